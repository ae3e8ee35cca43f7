// Porter stemmer, as in ROUGE-1.5.5.pl `sub stem`.
//
// Method: M. F. Porter, "An algorithm for suffix stripping", Program 14(3):130-137, 1980,
// in the shape of Porter's own Perl reference implementation, which ROUGE-1.5.5 embeds.
// The Perl code decides every condition with regular expressions over the classes
//   c = [^aeiou]   v = [aeiouy]   C = c[^aeiouy]*   V = v[aeiou]*
// e.g. "measure m > 0" is /^(C)?VC/ and "m > 1" is /^(C)?VCVC/. Those expressions do
// not coincide with the textbook definition of m around the letter y, so rather than
// re-deriving m we evaluate the very same patterns with a tiny backtracking matcher
// over "one of / any number of" character-class atoms. Written by hand because ROUGE's
// variant (CYL's step-4 change: "-ement" is tried before "-ment" and "-ent") exists in
// no library; libstemmer implements Snowball, which stems differently.
//
// Steps, in order: 1a plurals, 1b -ed/-ing, 1c y->i, 2 and 3 suffix maps when m > 0,
// 4 suffix removal when m > 1, 5 final -e and -ll. An initial y is upper-cased during
// the steps so that it never counts as a vowel, then lower-cased again.
#include "src/eval/porter_stemmer.h"

#include <span>

namespace dossier::eval {
namespace {

// One regular-expression atom: a byte class, taken once or any number of times.
struct Atom {
  std::string_view chars;
  bool negated;  // [^chars] instead of [chars]
  bool star;     // chars* instead of a single chars
};

constexpr Atom kC1{"aeiou", true, false};     // c
constexpr Atom kCStar{"aeiouy", true, true};  // [^aeiouy]*
constexpr Atom kV1{"aeiouy", false, false};   // v
constexpr Atom kVStar{"aeiou", false, true};  // [aeiou]*
constexpr Atom kNotWxy{"aeiouwxy", true, false};

bool InClass(const Atom& atom, char ch) {
  bool found = atom.chars.find(ch) != std::string_view::npos;
  return found != atom.negated;
}

// True if atoms[i..] match s[pos..]; with `to_end` the match must consume all of s.
bool MatchFrom(std::span<const Atom> atoms, size_t i, std::string_view s, size_t pos,
               bool to_end) {
  if (i == atoms.size()) return !to_end || pos == s.size();
  const Atom& atom = atoms[i];
  if (!atom.star) {
    return pos < s.size() && InClass(atom, s[pos]) && MatchFrom(atoms, i + 1, s, pos + 1, to_end);
  }
  size_t end = pos;
  while (end < s.size() && InClass(atom, s[end])) ++end;
  for (size_t stop = end + 1; stop-- > pos;) {  // greedy, then backtrack
    if (MatchFrom(atoms, i + 1, s, stop, to_end)) return true;
  }
  return false;
}

bool Match(std::span<const Atom> atoms, std::string_view s, bool to_end) {
  return MatchFrom(atoms, 0, s, 0, to_end);
}

// /^(C)?VC/: m > 0.
bool MeasureAbove0(std::string_view s) {
  static constexpr Atom kWithC[] = {kC1, kCStar, kV1, kVStar, kC1, kCStar};
  static constexpr Atom kNoC[] = {kV1, kVStar, kC1, kCStar};
  return Match(kWithC, s, false) || Match(kNoC, s, false);
}

// /^(C)?VCVC/: m > 1.
bool MeasureAbove1(std::string_view s) {
  static constexpr Atom kWithC[] = {kC1, kCStar, kV1, kVStar, kC1, kCStar,
                                    kV1, kVStar, kC1, kCStar};
  static constexpr Atom kNoC[] = {kV1, kVStar, kC1, kCStar, kV1, kVStar, kC1, kCStar};
  return Match(kWithC, s, false) || Match(kNoC, s, false);
}

// /^(C)?VC(V)?$/: m == 1.
bool MeasureIs1(std::string_view s) {
  static constexpr Atom kCvcv[] = {kC1, kCStar, kV1, kVStar, kC1, kCStar, kV1, kVStar};
  static constexpr Atom kCvc[] = {kC1, kCStar, kV1, kVStar, kC1, kCStar};
  static constexpr Atom kVcv[] = {kV1, kVStar, kC1, kCStar, kV1, kVStar};
  static constexpr Atom kVc[] = {kV1, kVStar, kC1, kCStar};
  return Match(kCvcv, s, true) || Match(kCvc, s, true) || Match(kVcv, s, true) ||
         Match(kVc, s, true);
}

// /^(C)?v/: the stem contains a vowel.
bool HasVowel(std::string_view s) {
  static constexpr Atom kWithC[] = {kC1, kCStar, kV1};
  static constexpr Atom kNoC[] = {kV1};
  return Match(kWithC, s, false) || Match(kNoC, s, false);
}

// /^Cv[^aeiouwxy]$/: the whole word is consonant-vowel-consonant (not w, x or y).
bool IsShortCvc(std::string_view s) {
  static constexpr Atom kCvc[] = {kC1, kCStar, kV1, kNotWxy};
  return Match(kCvc, s, true);
}

bool EndsWith(std::string_view s, std::string_view suffix) { return s.ends_with(suffix); }

std::string_view Stem(std::string_view w, std::string_view suffix) {
  return w.substr(0, w.size() - suffix.size());
}

struct SuffixRule {
  std::string_view suffix;
  std::string_view replacement;
};

// The longest listed suffix `w` ends with (the leftmost match of the Perl alternation).
const SuffixRule* LongestSuffix(std::string_view w, std::span<const SuffixRule> rules) {
  const SuffixRule* best = nullptr;
  for (const SuffixRule& rule : rules) {
    if (EndsWith(w, rule.suffix) && (best == nullptr || rule.suffix.size() > best->suffix.size())) {
      best = &rule;
    }
  }
  return best;
}

void Step1a(std::string& w) {
  if (EndsWith(w, "sses") || EndsWith(w, "ies")) {
    w.resize(w.size() - 2);
  } else if (w.size() >= 2 && w.back() == 's' && w[w.size() - 2] != 's') {
    w.pop_back();
  }
}

void Step1b(std::string& w) {
  if (EndsWith(w, "eed")) {
    if (MeasureAbove0(Stem(w, "eed"))) w.pop_back();
    return;
  }
  std::string_view suffix = EndsWith(w, "ed") ? "ed" : EndsWith(w, "ing") ? "ing" : "";
  if (suffix.empty() || !HasVowel(Stem(w, suffix))) return;
  w.resize(w.size() - suffix.size());
  size_t n = w.size();
  if (EndsWith(w, "at") || EndsWith(w, "bl") || EndsWith(w, "iz")) {
    w += 'e';
  } else if (n >= 2 && w[n - 1] == w[n - 2] &&
             std::string_view("aeiouylsz").find(w[n - 1]) == std::string_view::npos) {
    w.pop_back();
  } else if (IsShortCvc(w)) {
    w += 'e';
  }
}

void Step1c(std::string& w) {
  if (EndsWith(w, "y") && HasVowel(Stem(w, "y"))) w.back() = 'i';
}

void Step2(std::string& w) {
  static constexpr SuffixRule kRules[] = {
      {"ational", "ate"}, {"tional", "tion"}, {"enci", "ence"},    {"anci", "ance"},
      {"izer", "ize"},    {"bli", "ble"},     {"alli", "al"},      {"entli", "ent"},
      {"eli", "e"},       {"ousli", "ous"},   {"ization", "ize"},  {"ation", "ate"},
      {"ator", "ate"},    {"alism", "al"},    {"iveness", "ive"},  {"fulness", "ful"},
      {"ousness", "ous"}, {"aliti", "al"},    {"iviti", "ive"},    {"biliti", "ble"},
      {"logi", "log"}};
  const SuffixRule* rule = LongestSuffix(w, kRules);
  if (rule != nullptr && MeasureAbove0(Stem(w, rule->suffix))) {
    w = std::string(Stem(w, rule->suffix)) + std::string(rule->replacement);
  }
}

void Step3(std::string& w) {
  static constexpr SuffixRule kRules[] = {{"icate", "ic"}, {"ative", ""}, {"alize", "al"},
                                          {"iciti", "ic"}, {"ical", "ic"}, {"ful", ""},
                                          {"ness", ""}};
  const SuffixRule* rule = LongestSuffix(w, kRules);
  if (rule != nullptr && MeasureAbove0(Stem(w, rule->suffix))) {
    w = std::string(Stem(w, rule->suffix)) + std::string(rule->replacement);
  }
}

// Drops `suffix` when the remaining stem has m > 1.
void DropIfMeasureAbove1(std::string& w, std::string_view suffix) {
  if (MeasureAbove1(Stem(w, suffix))) w.resize(w.size() - suffix.size());
}

// CYL's version: the list holds "ement" but not "ment"/"ent", which follow as separate
// rules applied to the result (ROUGE-1.5.5.pl, "Modified 02/14/2004").
void Step4(std::string& w) {
  static constexpr SuffixRule kRules[] = {
      {"al", ""},  {"ance", ""}, {"ence", ""}, {"er", ""},    {"ic", ""},  {"able", ""},
      {"ible", ""}, {"ant", ""}, {"ement", ""}, {"ou", ""},   {"ism", ""}, {"ate", ""},
      {"iti", ""}, {"ous", ""},  {"ive", ""},  {"ize", ""}};
  if (const SuffixRule* rule = LongestSuffix(w, kRules)) DropIfMeasureAbove1(w, rule->suffix);
  if (EndsWith(w, "ment")) DropIfMeasureAbove1(w, "ment");
  if (EndsWith(w, "ent")) {
    DropIfMeasureAbove1(w, "ent");
  } else if (EndsWith(w, "sion") || EndsWith(w, "tion")) {
    DropIfMeasureAbove1(w, "ion");
  }
}

void Step5(std::string& w) {
  if (EndsWith(w, "e")) {
    std::string_view stem = Stem(w, "e");
    if (MeasureAbove1(stem) || (MeasureIs1(stem) && !IsShortCvc(stem))) w.pop_back();
  }
  if (EndsWith(w, "ll") && MeasureAbove1(w)) w.pop_back();
}

}  // namespace

std::string RougePorterStem(std::string_view word) {
  std::string w(word);
  if (w.size() < 3) return w;
  const bool initial_y = w[0] == 'y';
  if (initial_y) w[0] = 'Y';
  Step1a(w);
  Step1b(w);
  Step1c(w);
  Step2(w);
  Step3(w);
  Step4(w);
  Step5(w);
  if (initial_y && !w.empty() && w[0] >= 'A' && w[0] <= 'Z') w[0] = static_cast<char>(w[0] - 'A' + 'a');
  return w;
}

}  // namespace dossier::eval
