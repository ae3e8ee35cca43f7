// quantity_parts.h: pieces of the quantity extractor (internal): the tokenized sentence,
// number cores ("150,000", "three hundred", "tens of thousands of") and the tests that
// tell a quantity from a year, date, time, phone number or part of a name.
#ifndef DOSSIER_SRC_FACTS_QUANTITY_PARTS_H_
#define DOSSIER_SRC_FACTS_QUANTITY_PARTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "src/facts/lexicon.h"
#include "src/facts/scan.h"

namespace dossier::facts::internal {

// One sentence, tokenized, with each word's ASCII lower case ("" for other tokens).
struct Sent {
  explicit Sent(std::string_view t);
  std::string_view text;
  std::vector<Tok> toks;
  std::vector<std::string> lower;
  const Lexicon& lex;

  size_t size() const { return toks.size(); }
  bool IsWord(size_t i) const { return i < toks.size() && toks[i].type == TokType::kWord; }
  bool IsNumber(size_t i) const { return i < toks.size() && toks[i].type == TokType::kNumber; }
  bool IsPunct(size_t i, char32_t cp) const {
    return i < toks.size() && toks[i].type != TokType::kWord &&
           toks[i].type != TokType::kNumber && toks[i].cp == cp;
  }
  bool IsDash(size_t i) const { return IsPunct(i, '-') || IsPunct(i, 0x2013); }
  // True if token i is the lower-case word `w` (in any case in the text).
  bool Is(size_t i, std::string_view w) const { return i < toks.size() && lower[i] == w; }
  // Token i touches the token before it (no whitespace between).
  bool Glued(size_t i) const { return i < toks.size() && !toks[i].space_before; }
  // Lower-case words [i, i + n) joined by single spaces, "" if one is not a word.
  std::string Phrase(size_t i, size_t n) const;
};

struct NumberCore {
  size_t first = 0, last = 0;  // tokens, inclusive
  double value = 0;
  bool vague = false;          // "thousands of", "tens of thousands of": a lower bound
  bool from_words = false;     // spelled out ("two", "a dozen")
  bool has_scale = false;      // "million", "bn" applied
  double scale = 1;            // the scale applied: 1e6 for "5 million"
  std::string glued_unit;      // "10km" -> "kilometer"; "$5m" handled as a scale
};

// The number starting at token i, if any. `after_currency` lets "5m" mean 5 million.
std::optional<NumberCore> ParseCore(const Sent& s, size_t i, bool after_currency);

// True if the number at tokens [first, last] is not a quantity: part of a name, a date,
// a time, a year, a decade, an ordinal or a phone number.
bool IsNotQuantity(const Sent& s, const NumberCore& core, bool has_prefix);

}  // namespace dossier::facts::internal

#endif  // DOSSIER_SRC_FACTS_QUANTITY_PARTS_H_
