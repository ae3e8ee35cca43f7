// matcher.h: matches the grammar's patterns against a token sequence.
//
//   std::vector<Tok> toks = Tokenize(text, 0, text.size());
//   std::vector<RuleMatch> ms = MatchAt(DefaultGrammar(), toks, i);  // longest first
#ifndef DOSSIER_SRC_TIMEX_MATCHER_H_
#define DOSSIER_SRC_TIMEX_MATCHER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "src/timex/grammar.h"

namespace dossier::timex {

// What one pattern element matched: tokens [first, end) and, for a class, its value.
struct Capture {
  std::string cls;    // class name, empty for a literal word
  std::string value;  // the class value, or the literal word
  size_t first = 0;
  size_t end = 0;
};

struct RuleMatch {
  const Rule* rule = nullptr;
  size_t end = 0;  // one past the last token
  std::vector<Capture> captures;
};

// Every rule's longest match starting at toks[pos], sorted by end descending then rule
// order. REQUIRES: pos < toks.size().
std::vector<RuleMatch> MatchAt(const Grammar& g, const std::vector<Tok>& toks, size_t pos);

// Matches of class `cls` (word list or built-in) at toks[pos]: (end, value) pairs.
std::vector<std::pair<size_t, std::string>> MatchClass(const Grammar& g, const std::string& cls,
                                                       const std::vector<Tok>& toks, size_t pos);
// MatchClass for a class atom of a rule, through its resolved word list when it has one.
std::vector<std::pair<size_t, std::string>> MatchAtomClass(const Grammar& g, const Atom& a,
                                                           const std::vector<Tok>& toks,
                                                           size_t pos);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_MATCHER_H_
