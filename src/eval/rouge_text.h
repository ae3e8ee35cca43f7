// rouge_text.h: how ROUGE-1.5.5 turns a summary into tokens.
//
//   std::vector<std::string> units = dossier::eval::TextToUnits(file_text);
//   std::string joined = dossier::eval::TruncateJoined(units, /*word_limit=*/100, 0);
//   std::vector<std::string> tokens = dossier::eval::RougeTokens(joined, {.stem = true});
//
// A text is a list of sentence units: its non-blank lines (the SEE convention of
// rouge155-golden/README.md). Length limits cut the raw units (readText for n-grams and
// skip-bigrams, readText_LCS for ROUGE-L, which has its own -b behaviour); tokens are
// then the lower-cased runs of ASCII letters and digits, optionally without stopwords
// and stemmed. All functions work on bytes: non-ASCII bytes separate tokens, as in the
// Perl script, which reads bytes.
#ifndef DOSSIER_SRC_EVAL_ROUGE_TEXT_H_
#define DOSSIER_SRC_EVAL_ROUGE_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::eval {

// Splits `text` on '\n', strips ASCII whitespace from each line, drops empty lines and
// replaces '<' and '>' with a space (ROUGE's SEE reader stops at '<').
std::vector<std::string> TextToUnits(std::string_view text);

// ROUGE's readText: the units under -l/-b (0 = no limit) joined by single spaces.
// -l keeps the first `word_limit` whitespace-separated words (punctuation-only words
// count); -b keeps `byte_limit` bytes, not counting the joining spaces, and may cut a
// word or a UTF-8 character. Returns "" when nothing is left.
std::string TruncateJoined(const std::vector<std::string>& units, int word_limit, int byte_limit);

// ROUGE's readText_LCS: the units as ROUGE-L reads them. -l cuts as TruncateJoined does.
// Under -b, ROUGE-1.5.5 never advances its running length, so every unit shorter than
// `byte_limit` is kept whole and the first longer one is cut to `byte_limit` bytes;
// this reproduces that bug on purpose.
std::vector<std::string> TruncateUnits(const std::vector<std::string>& units, int word_limit,
                                       int byte_limit);

struct TokenOptions {
  bool stem = false;              // -m
  bool remove_stopwords = false;  // -s
};

// ROUGE's tokens of `text`: maximal runs of [A-Za-z0-9], lower-cased; SMART stopwords
// dropped under -s (matched before stemming); under -m, tokens longer than 3 bytes
// replaced by RougeStem().
std::vector<std::string> RougeTokens(std::string_view text, const TokenOptions& options);

// ROUGE's MorphStem: the WordNet 2.0 exception table (as shipped with ROUGE-1.5.5, so
// "better" -> "well"), else RougePorterStem(). REQUIRES: `token` is lower-case.
std::string RougeStem(std::string_view token);

// True if `token` is in ROUGE's smart_common_words.txt.
bool IsSmartStopword(std::string_view token);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_ROUGE_TEXT_H_
