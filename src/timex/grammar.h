// grammar.h: the tagger's resources (word lists and patterns of resources/timex/),
// parsed from their text form, and the tokenizer the patterns are written against.
//
//   DOSSIER_ASSIGN_OR_RETURN(Grammar g, ParseGrammar(files));   // files: name -> text
//   const Grammar& g = DefaultGrammar();                        // the embedded resources
//
// Keeping rules in data files follows HeidelTime (Strötgen & Gertz 2013), whose
// extraction patterns and normalization lists are resource files separate from code.
#ifndef DOSSIER_SRC_TIMEX_GRAMMAR_H_
#define DOSSIER_SRC_TIMEX_GRAMMAR_H_

#include <cstdint>
#include <map>
#include <unordered_map>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier::timex {

// A token: a run of ASCII letters/digits (bytes >= 0x80 count as letters, so UTF-8
// words stay whole and invalid bytes are harmless) or one other non-space byte.
struct Tok {
  uint32_t begin = 0;  // byte offsets into the tokenized text
  uint32_t end = 0;
  std::string lower;   // ASCII lower case
  bool capitalized = false;  // first byte is A-Z
};

// Tokenizes text[begin, end), offsets relative to the start of `text`.
// REQUIRES: begin <= end <= text.size().
std::vector<Tok> Tokenize(std::string_view text, uint32_t begin, uint32_t end);

// One entry of a word list: a phrase (tokenized) and its normalization value.
struct LexEntry {
  std::vector<std::string> words;
  std::vector<bool> glued;  // glued[i]: words[i] follows words[i-1] with no space
  std::string value;
};

struct WordClass {
  bool capitalized = false;  // the phrase's first letter must be upper case in the text
  std::unordered_map<std::string, std::vector<LexEntry>> by_first_word;
};

// One pattern element: alternatives (literal words or @classes), maybe optional.
struct WordClass;
struct Atom {
  bool is_class = false;
  std::string text;  // the literal word, or the class name without '@'
  // The word list of a class atom, resolved by IndexRules so the matcher does not look
  // the class up by name at every token; null for literals and built-in classes.
  const WordClass* word_class = nullptr;
};
struct Element {
  std::vector<Atom> alternatives;
  bool optional = false;
  bool negative = false;  // "!X": zero-width, the next token must not match X
  bool lookahead = false;  // "&X": zero-width, the next token must match X
};

struct Rule {
  std::string type;        // DATE, TIME, DURATION, SET
  std::string normalizer;  // date, ago, duration, set, ref
  std::vector<Element> elements;  // one flattened variant of the written pattern
  int line = 0;            // line in patterns.txt, for messages and tie-breaking
};

// Move-only: atoms point into `classes` (a node container, whose elements stay put
// when it is moved), so a copy would point into the original.
struct Grammar {
  Grammar() = default;
  Grammar(Grammar&&) = default;
  Grammar& operator=(Grammar&&) = default;
  Grammar(const Grammar&) = delete;
  Grammar& operator=(const Grammar&) = delete;

  std::unordered_map<std::string, WordClass> classes;  // "MONTH" -> month.txt
  std::vector<Rule> rules;                   // in file order, groups expanded
  // Which rules can start at a token: by the token's lower-cased text, plus the rules
  // whose first element is a built-in class (numbers, years, ...) that any token might
  // match. Filled by IndexRules; lets the matcher try a handful of rules per token
  // instead of all of them. Indices are ascending (file order).
  // rules_builtin_first holds the rules whose first element may be a built-in class;
  // the matcher tries them only where BuiltinMayStart (their literal first words are
  // also indexed by word). rules_any_first: rules that may match with no token at all.
  std::unordered_map<std::string, std::vector<size_t>> rules_by_first_word;
  std::vector<size_t> rules_builtin_first;
  std::vector<size_t> rules_any_first;
};

// Fills rules_by_first_word, rules_builtin_first and rules_any_first, and resolves
// every class atom's word_class.
void IndexRules(Grammar* g);

// Parses word lists ("<name>.txt" -> class NAME) and "patterns.txt". Errors name the
// file and line. Unknown @classes in patterns (neither a list nor built in) are errors.
StatusOr<Grammar> ParseGrammar(const std::map<std::string, std::string>& files);

// The grammar compiled from resources/timex/ (parsed once; empty if broken, which the
// tests rule out).
const Grammar& DefaultGrammar();

// Built-in classes matched by code (see matcher.cc).
bool IsBuiltinClass(std::string_view name);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_GRAMMAR_H_
