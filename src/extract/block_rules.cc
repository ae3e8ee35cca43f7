// block_rules.cc: context-free classification of one block.
//
// Method: shallow text features in the manner of Boilerpipe (Kohlschuetter, Fankhauser
// and Nejdl, "Boilerplate Detection using Shallow Text Features", WSDM 2010) and jusText
// (Pomikalek 2011): word count, final punctuation, title case and link density decide
// whether a block reads as prose; a phrase list of site furniture (comment forms, share
// bars, newsletter boxes, link headers, credits, copyright) decides what kind of
// boilerplate a non-prose block is. Phrases are matched on word boundaries; "any"
// phrases only in blocks up to max_phrase_block_words long, so prose that quotes a
// phrase survives, and "weak" phrases only in non-prose blocks.
#include "src/extract/block_rules.h"

#include <algorithm>

#include "src/base/strings.h"
#include "src/extract/lexicon.h"
#include "src/ingest/date.h"

namespace dossier::extract {
namespace {

bool IsUrlToken(std::string_view t) {
  if (StartsWithIgnoreCase(t, "www.")) return true;
  bool at = false, dot = false, colon = false;  // one pass: this runs on every word
  for (char c : t) {
    at = at || c == '@';
    dot = dot || c == '.';
    colon = colon || c == ':';
  }
  if (colon && t.find("://") != std::string_view::npos) return true;
  return at && dot && t.size() > 5 && t.front() != '@';
}

// True if text ends with . ! ? or "…", looking through closing quotes and brackets.
bool EndsTerminal(std::string_view s) {
  while (!s.empty()) {
    if (s.ends_with("\xE2\x80\x9D") || s.ends_with("\xE2\x80\x99")) {
      s.remove_suffix(3);
    } else if (s.back() == '"' || s.back() == '\'' || s.back() == ')' || s.back() == ']' ||
               s.back() == ' ') {
      s.remove_suffix(1);
    } else {
      break;
    }
  }
  if (s.ends_with("\xE2\x80\xA6")) return true;
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?');
}

// `phrase` occurs in `norm` at `pos` with word boundaries on both sides.
bool BoundedAt(std::string_view norm, size_t pos, std::string_view phrase) {
  bool left = pos == 0 || !IsWordByte(norm[pos - 1]) || !IsWordByte(phrase.front());
  size_t end = pos + phrase.size();
  bool right = end >= norm.size() || !IsWordByte(norm[end]) || !IsWordByte(phrase.back());
  return left && right;
}

bool Contains(std::string_view norm, std::string_view phrase) {
  for (size_t pos = norm.find(phrase); pos != std::string_view::npos;
       pos = norm.find(phrase, pos + 1)) {
    if (BoundedAt(norm, pos, phrase)) return true;
  }
  return false;
}

bool Matches(const Phrase& p, const BlockInfo& b, const CleanOptions& o) {
  if ((b.word_bloom & p.anchor_bits) != p.anchor_bits) return false;
  switch (p.mode) {
    case Phrase::Mode::kExact:
      return StripDecoration(b.norm) == p.text;
    case Phrase::Mode::kStart:
      return b.words <= o.max_start_block_words && b.norm.starts_with(p.text) &&
             BoundedAt(b.norm, 0, p.text);
    case Phrase::Mode::kAny:
      return b.words <= o.max_phrase_block_words && Contains(b.norm, p.text);
    case Phrase::Mode::kWeak:
      return !b.prose && b.words <= 15 && Contains(b.norm, p.text);
  }
  return false;
}

bool HasLetterOrDigit(std::string_view s) {
  for (char c : s) {
    if (IsWordByte(c)) return true;
  }
  return false;
}

bool IsLinkLine(const BlockInfo& b) {
  return b.urls > 0 && b.words <= 12 && (!b.prose || b.words - b.urls <= 3);
}

}  // namespace

std::string DateOf(std::string_view norm) {
  for (std::string_view lead : {"posted ", "updated ", "published ", "last updated ", "posted: ",
                                "updated: ", "published: ", "last updated: "}) {
    if (norm.starts_with(lead)) norm.remove_prefix(lead.size());
  }
  ingest::ParsedDate d = ingest::ParseDate(norm);
  return d.kind == ingest::ParsedDate::Kind::kValid ? d.iso : "";
}

// Calls f(word) for each run of bytes between ASCII whitespace or no-break spaces,
// the same words NormalizeForMatch separates by single spaces.
template <typename F>
void ForEachWord(std::string_view s, F f) {
  size_t i = 0;
  while (i < s.size()) {
    size_t start = i;
    while (i < s.size() && !IsAsciiSpace(s[i]) && !(s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
      ++i;
    }
    if (i > start) f(s.substr(start, i - start));
    if (i < s.size()) i += s[i] == '\xC2' ? 2 : 1;
  }
}

BlockInfo Describe(std::string_view text, Span span, const CleanOptions& options) {
  BlockInfo b;
  b.span = span;
  std::string_view s = text.substr(span.begin, span.size());
  int long_words = 0, capitalized = 0;
  ForEachWord(s, [&](std::string_view w) {
    ++b.words;
    if (IsUrlToken(w)) ++b.urls;
    while (!w.empty() && !IsWordByte(w.front())) w.remove_prefix(1);
    if (w.size() < 4 || (w.front() >= '0' && w.front() <= '9')) return;
    ++long_words;
    if (w.front() >= 'A' && w.front() <= 'Z') ++capitalized;
  });
  // Every rule that reads the normalized text is limited to blocks of at most these
  // many words; longer blocks are prose, and skipping their copy keeps cleaning fast.
  const int norm_limit = std::max({options.max_phrase_block_words, options.max_start_block_words,
                                   options.max_title_words, options.prose_min_words, 40});
  if (b.words <= norm_limit) {
    b.norm = NormalizeForMatch(s);
    b.word_bloom = WordBloom(b.norm);
  }
  b.title_case = long_words ? static_cast<double>(capitalized) / long_words : 0.0;
  b.terminal = EndsTerminal(s);
  b.prose = (b.terminal && b.words >= 4) || b.words >= options.prose_min_words;
  return b;
}

std::string WholeBlockReason(const BlockInfo& b, std::string_view raw,
                             const CleanOptions& options) {
  if (!HasLetterOrDigit(raw)) return "separator";
  for (const Phrase& p : BoilerplatePhrases()) {
    if (Matches(p, b, options)) return p.reason;
  }
  if (IsShareBar(b.norm)) return "share-bar";
  if (!b.prose && b.words <= 5 && b.norm.starts_with("more ") && b.norm.ends_with(" news")) {
    return "related-links";  // "More US News", "More World News"
  }
  if (IsPhotoCreditLine(b, raw, options)) return "photo-credit";
  if (IsLinkLine(b)) return "link";
  if (b.words <= 9 && !DateOf(b.norm).empty()) return "date";
  return "";
}

std::string WeakPhraseReason(const BlockInfo& b) {
  if (b.words > 40) return "";
  for (const Phrase& p : BoilerplatePhrases()) {
    if (p.mode != Phrase::Mode::kWeak || (b.word_bloom & p.anchor_bits) != p.anchor_bits) continue;
    if (Contains(b.norm, p.text)) return p.reason;
  }
  return "";
}

}  // namespace dossier::extract
