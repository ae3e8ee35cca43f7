// analyzer.h: tokens with normalized forms, Snowball stems and stopword flags, and the
// sentence + token analysis of a whole article.
//
//   text::Analyzer analyzer;             // one per thread
//   analyzer.AnalyzeArticle(&article);   // fills article.sentences[*].tokens
//   for (const Token& t : article.sentences[0].tokens)
//     std::cout << article.Slice(t.span) << " -> " << t.stem << "\n";
//
// Thread safety: an Analyzer is not thread-safe (it owns a Snowball stemmer and a stem
// cache); use one per thread. IsStopword is thread-safe.
#ifndef DOSSIER_SRC_TEXT_ANALYZER_H_
#define DOSSIER_SRC_TEXT_ANALYZER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "src/text/tokenizer.h"

struct sb_stemmer;

namespace dossier::text {

// True if `norm` (lower case, as in Token::norm) is in the English stopword list of
// resources/text/stopwords_en.txt.
bool IsStopword(std::string_view norm);

class Analyzer {
 public:
  Analyzer();
  ~Analyzer();
  Analyzer(const Analyzer&) = delete;
  Analyzer& operator=(const Analyzer&) = delete;

  // Appends the tokens of text[span] (absolute spans) with kind, norm, stem, stopword set.
  // Words get the Snowball stem of their norm; numbers, punctuation, symbols, URLs and
  // e-mail addresses get stem == norm.
  void Tokenize(std::string_view text, Span span, std::vector<Token>* out);

  // The Snowball English stem of `norm` (which should be lower case). Words longer
  // than kMaxStemBytes are returned unchanged.
  std::string Stem(std::string_view norm);

  // Fills article->sentences (span, paragraph, index, tokens) from article->body blocks;
  // if body is empty, the whole text is one block. Replaces any previous sentences.
  void AnalyzeArticle(Article* article);

  static constexpr size_t kMaxStemBytes = 64;

 private:
  // One slot of the stem cache: an open-addressing table (linear probing) keyed by
  // norm, which is several times faster than std::unordered_map here because a hit
  // touches one slot instead of a bucket array and a node.
  struct CacheSlot {
    uint64_t hash = 0;
    bool used = false;
    bool stopword = false;
    std::string norm;
    std::string stem;
  };
  // Slots in the cache (a power of two); it is emptied when half full. 2^15 slots
  // (about 2.5 MB) measured as fast as larger tables on news text and stays closer to
  // the CPU caches.
  static constexpr size_t kCacheSlots = 1 << 15;

  const CacheSlot& Lookup(const std::string& norm);
  void FillToken(std::string_view text, const internal::RawToken& raw, Token* token);

  struct StemmerDeleter {
    void operator()(sb_stemmer* s) const;
  };
  std::unique_ptr<sb_stemmer, StemmerDeleter> stemmer_;
  std::vector<CacheSlot> cache_;
  size_t cache_used_ = 0;
  std::vector<internal::RawToken> scratch_;
};

}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_ANALYZER_H_
