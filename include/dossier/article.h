// article.h: the data every pipeline stage shares. Start here; then briefing.h.
//
// An Article owns its text (`text`, valid UTF-8 after decoding) and every other
// structure points into it by byte Span, so a summary sentence, a date or a number can
// always be traced back to the exact bytes it came from:
//
//   Article a = ...;                      // from ingest + extract
//   for (const Sentence& s : a.sentences) // from text::SplitSentences
//     std::cout << a.text.substr(s.span.begin, s.span.size()) << "\n";
//
// Offsets are into Article::text, which is the input as read, decoded to UTF-8 when the
// source was in another encoding (see docs/DESIGN.md, "Offsets").
#ifndef DOSSIER_ARTICLE_H_
#define DOSSIER_ARTICLE_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article_id.h"

namespace dossier {

// [begin, end) in bytes into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t size() const { return end - begin; }
  bool empty() const { return end <= begin; }
  friend bool operator==(const Span&, const Span&) = default;
};

enum class TokenKind : uint8_t { kWord, kNumber, kPunct, kSymbol };

struct Token {
  Span span;
  TokenKind kind = TokenKind::kWord;
  std::string norm;  // NFC, lower-cased, quote/dash variants unified: for matching only
  std::string stem;  // Snowball English stem of norm (== norm for numbers and punctuation)
  bool stopword = false;
};

struct Sentence {
  Span span;                  // trimmed sentence text
  uint32_t paragraph = 0;     // index of the body block it came from
  uint32_t index = 0;         // position among the article's sentences
  std::vector<Token> tokens;  // filled by the tokenizer
};

// Text that extraction took out of the body, kept so nothing is lost silently.
struct Removed {
  Span span;
  std::string reason;  // "comment-prompt", "share-bar", "related-links", "copyright", ...
};

// A run of Article::text copied from the raw page: text bytes [text_begin, text_begin +
// size) came from page bytes [raw_begin, raw_begin + raw_size) (raw = the input as read,
// after gunzip, before decoding). Text the extractor made (a newline between blocks, a
// decoded "&amp;") falls between or inside runs; see Article::RawOffset.
struct RawRun {
  uint32_t text_begin = 0;
  uint32_t size = 0;
  uint32_t raw_begin = 0;
  uint32_t raw_size = 0;
  friend bool operator==(const RawRun&, const RawRun&) = default;
};

struct Article {
  ArticleId article_id{}; // the engine's stable id (engine.h); empty outside an Engine
  std::string id;       // as given in the input, else "<file stem>" or "<file>:<line>"
  std::string origin;   // "path" or "path:line" it was read from
  std::string text;     // full decoded text: every Span points here
  std::string title;
  std::string date;     // ISO "YYYY-MM-DD" when known, else empty; never invented
  std::string url;
  std::string source;   // outlet / publisher / site when given or derivable from url
  std::string byline;   // "By ..." line when found
  std::string dateline; // "MOSCOW" / "WASHINGTON (AP)" when found

  std::string encoding = "UTF-8";  // detected source encoding before conversion
  uint32_t replaced_bytes = 0;     // undecodable bytes replaced by U+FFFD

  // Web pages only (empty for text inputs): the page's language ("en", from <html lang>
  // or its metadata), the map from text back to raw page bytes (sorted by text_begin),
  // and what kind of page it is: "article", or why it is not one ("index": mostly
  // links, "short": too little prose). Non-articles are kept but never briefed as news.
  std::string language;
  std::vector<RawRun> raw_map;
  std::string page_kind;
  bool IsNonArticlePage() const { return !page_kind.empty() && page_kind != "article"; }

  std::vector<Span> body;        // kept body blocks (paragraphs), in order
  std::vector<Removed> removed;  // what extraction dropped, in order
  std::vector<Sentence> sentences;

  std::string_view Slice(Span s) const {
    return std::string_view(text).substr(s.begin, s.end - s.begin);
  }
};

}  // namespace dossier

#endif  // DOSSIER_ARTICLE_H_
