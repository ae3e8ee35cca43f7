// matcher.cc: backtracking match of flat token patterns, longest match per rule.
//
// Each rule variant is a short list of elements; a depth-first search tries every way
// (optional elements skipped or taken, every phrase length of a word class) and keeps
// the longest. Patterns are a few elements long, so the search stays tiny.
#include "src/timex/matcher.h"

#include <algorithm>
#include <iterator>

#include "src/timex/builtins.h"

namespace dossier::timex {
namespace {

constexpr size_t kMaxMatchTokens = 24;

bool PhraseMatches(const LexEntry& e, const std::vector<Tok>& toks, size_t pos) {
  if (pos + e.words.size() > toks.size()) return false;
  for (size_t k = 0; k < e.words.size(); ++k) {
    const Tok& t = toks[pos + k];
    if (t.lower != e.words[k]) return false;
    if (k > 0 && e.glued[k] && t.begin != toks[pos + k - 1].end) return false;
  }
  return true;
}

struct Search {
  const Grammar& g;
  const std::vector<Tok>& toks;
  const Rule& rule;
  size_t start;
  std::vector<Capture> caps;
  RuleMatch best;

  void Run(size_t ei, size_t pos) {
    if (ei == rule.elements.size()) {
      if (pos > start && pos > best.end) best = {&rule, pos, caps};
      return;
    }
    const Element& e = rule.elements[ei];
    if (e.negative) {
      if (pos >= toks.size() || !AnyMatches(e, pos)) Run(ei + 1, pos);
      return;
    }
    if (e.lookahead) {
      if (pos < toks.size() && AnyMatches(e, pos)) Run(ei + 1, pos);
      return;
    }
    if (e.optional) Run(ei + 1, pos);
    if (pos >= toks.size() || pos - start >= kMaxMatchTokens) return;
    for (const Atom& a : e.alternatives) TryAtom(a, ei, pos);
  }

  bool AnyMatches(const Element& e, size_t pos) const {
    for (const Atom& a : e.alternatives) {
      if (a.is_class ? !MatchAtomClass(g, a, toks, pos).empty() : toks[pos].lower == a.text) return true;
    }
    return false;
  }

  void TryAtom(const Atom& a, size_t ei, size_t pos) {
    if (!a.is_class) {
      if (toks[pos].lower != a.text) return;
      Take({"", a.text, pos, pos + 1}, ei);
      return;
    }
    for (auto& [end, value] : MatchAtomClass(g, a, toks, pos)) Take({a.text, value, pos, end}, ei);
  }

  void Take(Capture c, size_t ei) {
    size_t end = c.end;
    caps.push_back(std::move(c));
    Run(ei + 1, end);
    caps.pop_back();
  }
};

}  // namespace

namespace {

std::vector<std::pair<size_t, std::string>> MatchWordClass(const WordClass& wc,
                                                           const std::vector<Tok>& toks,
                                                           size_t pos) {
  std::vector<std::pair<size_t, std::string>> out;
  if (wc.capitalized && !toks[pos].capitalized) return out;
  auto entries = wc.by_first_word.find(toks[pos].lower);
  if (entries == wc.by_first_word.end()) return out;
  for (const LexEntry& e : entries->second) {
    if (PhraseMatches(e, toks, pos)) out.emplace_back(pos + e.words.size(), e.value);
  }
  return out;
}

std::vector<std::pair<size_t, std::string>> MatchBuiltinClass(const Grammar& g,
                                                              const std::string& cls,
                                                              const std::vector<Tok>& toks,
                                                              size_t pos) {
  std::vector<std::pair<size_t, std::string>> out;
  if (IsBuiltinClass(cls)) {
    if (auto m = MatchBuiltin(g, cls, toks, pos)) out.push_back(std::move(*m));
  }
  return out;
}

}  // namespace

std::vector<std::pair<size_t, std::string>> MatchClass(const Grammar& g, const std::string& cls,
                                                       const std::vector<Tok>& toks, size_t pos) {
  auto it = g.classes.find(cls);
  if (it == g.classes.end()) return MatchBuiltinClass(g, cls, toks, pos);
  return MatchWordClass(it->second, toks, pos);
}

std::vector<std::pair<size_t, std::string>> MatchAtomClass(const Grammar& g, const Atom& a,
                                                           const std::vector<Tok>& toks,
                                                           size_t pos) {
  if (a.word_class != nullptr) return MatchWordClass(*a.word_class, toks, pos);
  return MatchClass(g, a.text, toks, pos);
}

// The rules that can start at toks[pos], in file order and each once (see
// Grammar::rules_by_first_word).
std::vector<size_t> CandidateRules(const Grammar& g, const Tok& tok) {
  static const std::vector<size_t> kNone;
  auto it = g.rules_by_first_word.find(tok.lower);
  const std::vector<size_t>& by_word = it == g.rules_by_first_word.end() ? kNone : it->second;
  const std::vector<size_t>& builtin = BuiltinMayStart(g, tok) ? g.rules_builtin_first : kNone;
  std::vector<size_t> some, out;
  std::set_union(by_word.begin(), by_word.end(), builtin.begin(), builtin.end(),
                 std::back_inserter(some));
  std::set_union(some.begin(), some.end(), g.rules_any_first.begin(), g.rules_any_first.end(),
                 std::back_inserter(out));
  return out;
}

std::vector<RuleMatch> MatchAt(const Grammar& g, const std::vector<Tok>& toks, size_t pos) {
  std::vector<RuleMatch> out;
  if (pos >= toks.size()) return out;
  for (size_t ri : CandidateRules(g, toks[pos])) {
    const Rule& r = g.rules[ri];
    Search s{g, toks, r, pos, {}, {}};
    s.best.end = pos;
    s.Run(0, pos);
    if (s.best.rule != nullptr) out.push_back(std::move(s.best));
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const RuleMatch& a, const RuleMatch& b) { return a.end > b.end; });
  return out;
}

}  // namespace dossier::timex
