// scan.h: the small tokenizer both fact extractors run on a sentence's raw text.
//
// It is internal to src/facts: the extractors need only word/number/punctuation
// boundaries, capitalization and whether whitespace separates two tokens ("F-16" vs
// "F - 16"), which the shared text::Analyzer does not promise, and they must not depend
// on its details. Offsets are bytes into the scanned text.
//
//   std::vector<Tok> toks = Tokenize("Russia's 150,000-plus troops");
//   // Word "Russia" (possessive), Number "150,000", Punct '-', Word "plus", Word "troops"
#ifndef DOSSIER_SRC_FACTS_SCAN_H_
#define DOSSIER_SRC_FACTS_SCAN_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::facts::internal {

enum class TokType : uint8_t { kWord, kNumber, kSymbol, kPunct };

struct Tok {
  uint32_t begin = 0;  // [begin, end) bytes; for a possessive word "'s" is excluded
  uint32_t end = 0;
  uint32_t digits_end = 0;  // kNumber: where the digits stop ("7th" -> after "7")
  char32_t cp = 0;          // kSymbol/kPunct: the code point (U+FFFD for invalid UTF-8)
  TokType type = TokType::kPunct;
  bool space_before = true;  // whitespace or start of text precedes the token
  bool cap = false;          // kWord: first letter is upper case
  bool all_caps = false;     // kWord: two or more letters, all upper case
  bool possessive = false;   // kWord: followed by 's / ’s, which was skipped
};

// Splits `text` into tokens. Never fails: invalid UTF-8 bytes become kPunct U+FFFD.
// REQUIRES: text.size() < 2^32.
std::vector<Tok> Tokenize(std::string_view text);

inline std::string_view TokText(std::string_view text, const Tok& t) {
  return text.substr(t.begin, t.end - t.begin);
}

// ASCII lower-casing into `out` (cleared first); other bytes are copied as they are.
void LowerInto(std::string_view s, std::string* out);

// Singular of a lower-case English noun by suffix rules and a short irregular list
// ("troops" -> "troop", "casualties" -> "casualty", "people" -> "people", "men" ->
// "man"). Hand-written: Snowball stems ("peopl", "casualti") are not readable units.
std::string Singular(std::string_view lower_word);

// Value of a digit string with thousands commas and one decimal point: "150,000" ->
// 150000, "1.2" -> 1.2. Returns false on anything else (colons, several points).
bool ParseDigits(std::string_view s, double* value);

}  // namespace dossier::facts::internal

#endif  // DOSSIER_SRC_FACTS_SCAN_H_
