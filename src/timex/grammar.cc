// grammar.cc: parsing of the word lists and pattern file of resources/timex/.
//
// Patterns are a small regular language over tokens (literals, word classes, optional
// elements and groups). Groups are expanded at load time into flat variants, so the
// matcher only walks flat element lists; the longest variant match wins (HeidelTime's
// rule files are regular expressions over text; tokens make the rules shorter and keep
// matches on word boundaries).
#include "src/timex/grammar.h"

#include <set>

#include <utility>

#include "src/base/embedded.h"
#include "src/base/strings.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> TimexResources();
}  // namespace dossier::embedded

namespace dossier::timex {
namespace {

bool IsWordByte(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         c >= 0x80;
}

using Variants = std::vector<std::vector<Element>>;

// Cartesian product: every variant of `a` followed by every variant of `b`.
Variants Concat(const Variants& a, const Variants& b) {
  Variants out;
  for (const auto& x : a) {
    for (const auto& y : b) {
      std::vector<Element> v = x;
      v.insert(v.end(), y.begin(), y.end());
      out.push_back(std::move(v));
    }
  }
  return out;
}

Element ParseElement(std::string_view word) {
  Element e;
  if (word.size() > 1 && word.back() == '?') {
    e.optional = true;
    word.remove_suffix(1);
  }
  if (word.size() > 1 && (word[0] == '!' || word[0] == '&')) {
    (word[0] == '!' ? e.negative : e.lookahead) = true;
    word.remove_prefix(1);
  }
  for (std::string_view alt : Split(word, '|')) {
    Atom a;
    a.is_class = alt.size() > 1 && alt[0] == '@';
    a.text = a.is_class ? std::string(alt.substr(1)) : AsciiLower(alt);
    e.alternatives.push_back(std::move(a));
  }
  return e;
}

constexpr size_t kMaxVariants = 4096;

// Parses words[*i...] up to an unmatched ")" or "|" (not consumed). Returns variants.
StatusOr<Variants> ParseSeq(const std::vector<std::string_view>& words, size_t* i);

StatusOr<Variants> ParseGroup(const std::vector<std::string_view>& words, size_t* i) {
  Variants all;
  while (true) {
    DOSSIER_ASSIGN_OR_RETURN(Variants v, ParseSeq(words, i));
    all.insert(all.end(), v.begin(), v.end());
    if (*i >= words.size()) return Status::InvalidArgument("unclosed '('");
    if (words[*i] != "|") break;
    ++*i;
  }
  bool optional = words[*i] == ")?";
  ++*i;
  if (optional) all.push_back({});
  return all;
}

StatusOr<Variants> ParseSeq(const std::vector<std::string_view>& words, size_t* i) {
  Variants out = {{}};
  while (*i < words.size() && words[*i] != "|" && words[*i] != ")" && words[*i] != ")?") {
    Variants part;
    if (words[*i] == "(") {
      ++*i;
      DOSSIER_ASSIGN_OR_RETURN(part, ParseGroup(words, i));
    } else {
      part = {{ParseElement(words[(*i)++])}};
    }
    out = Concat(out, part);
    if (out.size() > kMaxVariants) return Status::InvalidArgument("pattern too ambiguous");
  }
  return out;
}

std::vector<std::string_view> SplitWords(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && IsAsciiSpace(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && !IsAsciiSpace(s[j])) ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

Status CheckClasses(const Grammar& g, const Rule& r) {
  for (const Element& e : r.elements) {
    for (const Atom& a : e.alternatives) {
      if (a.is_class && !g.classes.count(a.text) && !IsBuiltinClass(a.text)) {
        return Status::InvalidArgument(StrCat("unknown class @", a.text));
      }
    }
  }
  return Status::Ok();
}

Status ParsePatternLine(std::string_view line, int line_no, Grammar* g) {
  std::vector<std::string_view> words = SplitWords(line);
  if (words.size() < 4 || words[2] != ":") {
    return Status::InvalidArgument("expected 'TYPE NORMALIZER : ELEMENT...'");
  }
  size_t i = 3;
  DOSSIER_ASSIGN_OR_RETURN(Variants variants, ParseSeq(words, &i));
  if (i != words.size()) return Status::InvalidArgument("unbalanced ')' or '|'");
  for (auto& v : variants) {
    if (v.empty()) continue;
    Rule r{std::string(words[0]), std::string(words[1]), std::move(v), line_no};
    DOSSIER_RETURN_IF_ERROR(CheckClasses(*g, r));
    g->rules.push_back(std::move(r));
  }
  return Status::Ok();
}

LexEntry MakeEntry(std::string_view phrase, std::string_view value) {
  LexEntry e;
  e.value = std::string(value);
  std::vector<Tok> toks = Tokenize(phrase, 0, static_cast<uint32_t>(phrase.size()));
  for (size_t k = 0; k < toks.size(); ++k) {
    e.words.push_back(toks[k].lower);
    e.glued.push_back(k > 0 && toks[k].begin == toks[k - 1].end);
  }
  return e;
}

Status ParseWordList(std::string_view text, WordClass* wc) {
  for (const auto& [line, line_no] : NumberedResourceLines(text)) {
    if (line == "!capitalized") {
      wc->capitalized = true;
      continue;
    }
    size_t bar = line.find(" | ");
    if (bar == std::string_view::npos) {
      return Status::InvalidArgument(StrCat(line_no, ": expected 'phrase | value'"));
    }
    LexEntry e = MakeEntry(StripAscii(line.substr(0, bar)), StripAscii(line.substr(bar + 3)));
    if (e.words.empty()) return Status::InvalidArgument(StrCat(line_no, ": empty phrase"));
    wc->by_first_word[e.words[0]].push_back(std::move(e));
  }
  return Status::Ok();
}

Status ParsePatterns(std::string_view text, Grammar* g) {
  for (const auto& [line, line_no] : NumberedResourceLines(text)) {
    Status s = ParsePatternLine(line, line_no, g);
    if (!s.ok()) return Status::InvalidArgument(StrCat("patterns.txt:", line_no, ": ", s.message()));
  }
  return Status::Ok();
}

}  // namespace

std::vector<Tok> Tokenize(std::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Tok> out;
  uint32_t i = begin;
  while (i < end) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (IsAsciiSpace(static_cast<char>(c))) {
      ++i;
      continue;
    }
    uint32_t j = i + 1;
    if (IsWordByte(c)) {
      while (j < end && IsWordByte(static_cast<unsigned char>(text[j]))) ++j;
    }
    Tok t{i, j, AsciiLower(text.substr(i, j - i)), c >= 'A' && c <= 'Z'};
    out.push_back(std::move(t));
    i = j;
  }
  return out;
}

bool IsBuiltinClass(std::string_view name) {
  static constexpr std::string_view kBuiltins[] = {
      "NUM", "YEAR", "DAY", "WORD", "ORDNUM", "DECADE", "CLOCK", "HOUR", "ISODATE", "NUMDATE"};
  for (std::string_view b : kBuiltins) {
    if (b == name) return true;
  }
  return false;
}

StatusOr<Grammar> ParseGrammar(const std::map<std::string, std::string>& files) {
  Grammar g;
  for (const auto& [name, text] : files) {
    if (name == "patterns.txt" || name.size() < 5 || name.substr(name.size() - 4) != ".txt") {
      continue;
    }
    std::string cls = name.substr(0, name.size() - 4);
    for (char& c : cls) c = static_cast<char>(c >= 'a' && c <= 'z' ? c - 'a' + 'A' : c);
    Status s = ParseWordList(text, &g.classes[cls]);
    if (!s.ok()) return Status::InvalidArgument(StrCat(name, ":", s.message()));
  }
  auto it = files.find("patterns.txt");
  if (it == files.end()) return Status::NotFound("patterns.txt missing");
  DOSSIER_RETURN_IF_ERROR(ParsePatterns(it->second, &g));
  IndexRules(&g);
  return g;
}

namespace {

// Adds the words that can start a match of rule elements [ei, end) to `words`; sets
// `any` when a built-in class (or an all-optional tail) could start it.
// What can open rule r from element ei: literal words (into `words`), a built-in class
// (*builtin), or nothing at all when every remaining element is optional (*any).
void FirstWords(const Grammar& g, const Rule& r, size_t ei, std::set<std::string>* words,
                bool* builtin, bool* any) {
  if (ei == r.elements.size()) {
    *any = true;
    return;
  }
  const Element& e = r.elements[ei];
  if (e.negative || e.lookahead) return FirstWords(g, r, ei + 1, words, builtin, any);
  for (const Atom& a : e.alternatives) {
    if (!a.is_class) {
      words->insert(a.text);
      continue;
    }
    auto c = g.classes.find(a.text);
    if (c == g.classes.end()) {
      *builtin = true;
      continue;
    }
    for (const auto& [w, entries] : c->second.by_first_word) words->insert(w);
  }
  if (e.optional) FirstWords(g, r, ei + 1, words, builtin, any);
}

}  // namespace

void IndexRules(Grammar* g) {
  g->rules_by_first_word.clear();
  g->rules_builtin_first.clear();
  g->rules_any_first.clear();
  for (Rule& r : g->rules) {
    for (Element& e : r.elements) {
      for (Atom& a : e.alternatives) {
        auto c = a.is_class ? g->classes.find(a.text) : g->classes.end();
        a.word_class = c == g->classes.end() ? nullptr : &c->second;
      }
    }
  }
  for (size_t i = 0; i < g->rules.size(); ++i) {
    std::set<std::string> words;
    bool builtin = false, any = false;
    FirstWords(*g, g->rules[i], 0, &words, &builtin, &any);
    if (any) {
      g->rules_any_first.push_back(i);
      continue;
    }
    if (builtin) g->rules_builtin_first.push_back(i);
    for (const std::string& w : words) g->rules_by_first_word[w].push_back(i);
  }
}

const Grammar& DefaultGrammar() {
  static const Grammar* grammar = [] {
    std::map<std::string, std::string> files;
    for (const auto& f : embedded::TimexResources()) files[std::string(f.name)] = f.data;
    StatusOr<Grammar> g = ParseGrammar(files);
    return new Grammar(g.ok() ? std::move(g).value() : Grammar{});
  }();
  return *grammar;
}

}  // namespace dossier::timex
