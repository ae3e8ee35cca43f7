// Disagreements about people: the age the sources give a person, and how they spell a
// name.
//
// Method. Ages are read from the appositive news writes them in, a person's name
// followed by ", NN," ("Wang Youcai, 33, was arrested"): nothing else in a sentence is
// so surely an age. A single name ("Wang") stands for the one multi-word person of the
// story whose first or last word it is (Chinese and Korean names put the family name
// first, so the last-name rule of entity merging does not join "Wang" and "Wang
// Youcai"). Two independent sources that give one person different ages disagree.
//
// Spellings: two person entities whose names have the same words but the last, where
// the last words are one or two edits apart ("Larry Flint" / "Larry Flynt", "Dennis
// Hassert" / "Dennis Hastert") and begin with the same letter, used by different
// sources and never both in one article (an article that writes both means two people,
// or a typo it corrects itself). Names of one word are left out: "Hans" / "Hand" alone
// are as likely two people as one.
//
// Both are reported only between independent sources (near-copies count once), with
// the sentences on both sides, and never flag a source as suspect: a wrong age or a
// misspelling is a slip, not a sign of a garbled copy.
#include <algorithm>
#include <map>
#include <set>

#include "src/base/strings.h"
#include "src/briefing/context.h"

namespace dossier::briefing::internal {
namespace {

constexpr int kMaxAge = 110;

struct AgeClaim {
  std::string person;
  size_t article = 0;
  size_t sentence = 0;
  int age = 0;
};

size_t SentenceAt(const Article& a, size_t offset) {
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    if (a.sentences[s].span.begin <= offset && offset < a.sentences[s].span.end) return s;
  }
  return a.sentences.size();
}

// The age in ", NN," (or ", NN;" / ", NN)" / ", NN.") right after `end` in `text`, or 0.
int AgeAfter(std::string_view text, size_t end) {
  if (end + 3 > text.size() || text[end] != ',' || text[end + 1] != ' ') return 0;
  size_t d = end + 2;
  int age = 0;
  while (d < text.size() && d - end - 2 < 3 && text[d] >= '0' && text[d] <= '9') {
    age = age * 10 + (text[d] - '0');
    ++d;
  }
  if (d == end + 2 || d >= text.size() || (d < text.size() && text[d] >= '0' && text[d] <= '9')) {
    return 0;
  }
  char next = text[d];
  if (next != ',' && next != ';' && next != ')' && next != '.') return 0;
  return age >= 1 && age <= kMaxAge ? age : 0;
}

std::vector<std::string> WordsOf(const std::string& name) {
  std::vector<std::string> out;
  for (std::string_view w : Split(name, ' ')) {
    if (!w.empty()) out.emplace_back(w);
  }
  return out;
}

// One-word person names -> the one multi-word person name of the story that begins or
// ends with that word ("Wang" -> "Wang Youcai"); words shared by two such people map to
// nothing.
std::map<std::string, std::string> ShortNames(const Context& ctx) {
  std::map<std::string, std::set<std::string>> candidates;
  for (const facts::Entity& e : ctx.entities) {
    if (e.type != facts::EntityType::kPerson) continue;
    std::vector<std::string> words = WordsOf(e.name);
    if (words.size() < 2) continue;
    candidates[words.front()].insert(e.name);
    candidates[words.back()].insert(e.name);
  }
  std::map<std::string, std::string> out;
  for (const auto& [word, names] : candidates) {
    if (names.size() == 1) out[word] = *names.begin();
  }
  return out;
}

std::vector<AgeClaim> CollectAges(const Context& ctx) {
  std::map<std::string, std::string> short_names = ShortNames(ctx);
  std::vector<AgeClaim> out;
  for (const facts::Entity& e : ctx.entities) {
    if (e.type != facts::EntityType::kPerson) continue;
    std::string person = e.name;
    if (WordsOf(person).size() == 1) {
      auto it = short_names.find(person);
      if (it != short_names.end()) person = it->second;
    }
    for (const facts::EntityRef& r : e.mentions) {
      const Article& a = ctx.articles[r.article];
      int age = AgeAfter(a.text, r.mention.span.end);
      size_t s = SentenceAt(a, r.mention.span.begin);
      if (age == 0 || s >= a.sentences.size()) continue;
      out.push_back({person, r.article, s, age});
    }
  }
  return out;
}

BriefItem SentenceItem(const Context& ctx, size_t article, size_t sentence) {
  const Article& a = ctx.articles[article];
  Span span = a.sentences[sentence].span;
  return {std::string(a.Slice(span)), {{article, span}}};
}

std::string Sources(const std::vector<size_t>& articles) {
  std::string out;
  for (size_t a : articles) out += "[" + std::to_string(a + 1) + "]";
  return out;
}

// value -> (articles, first claim's article and sentence), for one subject.
struct Stated {
  std::vector<size_t> articles;
  size_t article = 0, sentence = 0;
};

// A disagreement of `kind` about `subject` when independent sources state different
// values: one evidence sentence per value, values in order of first appearance.
void AddIfDiffer(const Context& ctx, const std::string& kind, const std::string& subject,
                 const std::string& what, const std::vector<std::pair<std::string, Stated>>& values,
                 Briefing* out) {
  if (values.size() < 2) return;
  std::vector<size_t> all;
  for (const auto& [v, st] : values) all.insert(all.end(), st.articles.begin(), st.articles.end());
  std::sort(all.begin(), all.end());
  all.erase(std::unique(all.begin(), all.end()), all.end());
  if (ctx.IndependentCount(all) < 2) return;
  // Every value must come from a source that is not a copy of one giving another value.
  for (const auto& [v, st] : values) {
    std::vector<size_t> rest;
    for (size_t a : all) {
      if (std::find(st.articles.begin(), st.articles.end(), a) == st.articles.end()) {
        rest.push_back(a);
      }
    }
    if (ctx.IndependentCount(rest) == ctx.IndependentCount(all)) return;
  }
  Disagreement d;
  d.kind = kind;
  d.subject = subject;
  d.assessment = "conflict";
  d.summary = "Sources differ on " + what + ":";
  for (const auto& [v, st] : values) {
    d.summary += " " + v + " " + Sources(st.articles) + ";";
    d.evidence.push_back(SentenceItem(ctx, st.article, st.sentence));
  }
  d.summary.back() = '.';
  out->disagreements.push_back(std::move(d));
}

void CheckAges(const Context& ctx, Briefing* out) {
  std::map<std::string, std::vector<AgeClaim>> by_person;
  for (AgeClaim& c : CollectAges(ctx)) by_person[c.person].push_back(c);
  for (auto& [person, claims] : by_person) {
    std::stable_sort(claims.begin(), claims.end(), [](const AgeClaim& x, const AgeClaim& y) {
      return x.article < y.article;
    });
    std::vector<std::pair<std::string, Stated>> values;
    for (const AgeClaim& c : claims) {
      std::string v = std::to_string(c.age);
      auto it = std::find_if(values.begin(), values.end(),
                             [&](const auto& p) { return p.first == v; });
      if (it == values.end()) {
        values.push_back({v, Stated{{c.article}, c.article, c.sentence}});
      } else if (it->second.articles.back() != c.article) {
        it->second.articles.push_back(c.article);
      }
    }
    AddIfDiffer(ctx, "age", person, person + "'s age", values, out);
  }
}

// Edit distance with adjacent transpositions (optimal string alignment), capped: any
// result above `cap` is returned as cap + 1.
size_t EditDistance(std::string_view a, std::string_view b, size_t cap) {
  if (a.size() > b.size() + cap || b.size() > a.size() + cap) return cap + 1;
  std::vector<std::vector<size_t>> d(a.size() + 1, std::vector<size_t>(b.size() + 1));
  for (size_t i = 0; i <= a.size(); ++i) d[i][0] = i;
  for (size_t j = 0; j <= b.size(); ++j) d[0][j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) {
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
      }
    }
  }
  return std::min(d[a.size()][b.size()], cap + 1);
}

// Whether two multi-word person names are spellings of one: every word equal but the
// last, and the last words (4+ letters, same first letter) one edit apart, or two when
// both have 6 letters or more.
bool SpellingsOfOne(const std::string& x, const std::string& y) {
  std::vector<std::string> a = WordsOf(x), b = WordsOf(y);
  if (a.size() < 2 || a.size() != b.size() || x == y) return false;
  for (size_t i = 0; i + 1 < a.size(); ++i) {
    if (a[i] != b[i]) return false;
  }
  const std::string &p = a.back(), &q = b.back();
  if (p.size() < 4 || q.size() < 4 || p[0] != q[0]) return false;
  if (p + "s" == q || q + "s" == p) return false;  // "Hydes", "Phalangists": a plural or a
                                                   // possessive without its apostrophe
  size_t cap = std::min(p.size(), q.size()) >= 6 ? 2 : 1;
  return EditDistance(p, q, cap) <= cap;
}

std::vector<size_t> ArticlesOf(const facts::Entity& e) {
  std::vector<size_t> out;
  for (const facts::EntityRef& r : e.mentions) out.push_back(r.article);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

Stated FirstStated(const Context& ctx, const facts::Entity& e) {
  Stated st;
  st.articles = ArticlesOf(e);
  for (const facts::EntityRef& r : e.mentions) {
    size_t s = SentenceAt(ctx.articles[r.article], r.mention.span.begin);
    if (s < ctx.articles[r.article].sentences.size()) {
      st.article = r.article, st.sentence = s;
      break;
    }
  }
  return st;
}

// Names that may be spellings of one another share every word but the last and the
// last word's first letter: the key that groups them, so a story of thousands of people
// compares only the few names of each group.
std::string SpellingKey(const std::string& name) {
  std::vector<std::string> words = WordsOf(name);
  std::string key;
  for (size_t i = 0; i + 1 < words.size(); ++i) key += words[i] + " ";
  return key + words.back().substr(0, 1);
}

void CheckSpellings(const Context& ctx, Briefing* out) {
  std::map<std::string, std::vector<const facts::Entity*>> groups;  // SpellingKey -> people
  for (const facts::Entity& e : ctx.entities) {
    if (e.type == facts::EntityType::kPerson && WordsOf(e.name).size() >= 2) {
      groups[SpellingKey(e.name)].push_back(&e);
    }
  }
  // Pairs in the order of the entity list (entities come sorted by article count).
  std::vector<std::pair<const facts::Entity*, const facts::Entity*>> pairs;
  for (const auto& [key, people] : groups) {
    for (size_t i = 0; i < people.size(); ++i) {
      for (size_t j = i + 1; j < people.size(); ++j) {
        if (SpellingsOfOne(people[i]->name, people[j]->name)) pairs.push_back({people[i], people[j]});
      }
    }
  }
  std::sort(pairs.begin(), pairs.end());
  for (const auto& [x, y] : pairs) {
    std::vector<size_t> ax = ArticlesOf(*x), ay = ArticlesOf(*y), both;
    std::set_intersection(ax.begin(), ax.end(), ay.begin(), ay.end(), std::back_inserter(both));
    if (!both.empty()) continue;
    // The spelling more sources use first.
    std::vector<std::pair<std::string, Stated>> values = {
        {"\"" + x->name + "\"", FirstStated(ctx, *x)},
        {"\"" + y->name + "\"", FirstStated(ctx, *y)}};
    AddIfDiffer(ctx, "name", x->name, "the spelling of a name", values, out);
  }
}

}  // namespace

void AddPersonDisagreements(const Context& ctx, Briefing* out) {
  CheckAges(ctx, out);
  CheckSpellings(ctx, out);
}

}  // namespace dossier::briefing::internal
