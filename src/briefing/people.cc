// Disagreements about people: the age the sources give a person, and how they spell a
// name.
//
// Method. Ages are read from the appositive news writes them in, a person's name
// followed by ", NN," ("Wang Youcai, 33, was arrested"): nothing else in a sentence is
// so surely an age. The text is scanned for the pattern (entity mentions miss names in
// lists: "Qin, 44, and Wang, 31, are accused"); the name is the one to three
// capitalized words before the comma, and must be no place or organization of the
// story. A single name ("Wang") stands for the full name with that first or last word
// (Chinese and Korean names put the family name first) that its article wrote last
// before it, as a reader resolves it ("Qin Yongmin's and Wang Youcai's families ...
// Qin, 44, and Wang, 31,"); with none before, the one such name after it, or the
// story's one such name; otherwise no one. Two independent sources that give one
// person different ages disagree.
//
// Spellings: two person entities whose names have the same words but the last, where
// the last words are one or two edits apart ("Larry Flint" / "Larry Flynt", "Dennis
// Hassert" / "Dennis Hastert") and begin with the same letter, used by different
// sources and never both in one article (an article that writes both means two people,
// or a typo it corrects itself). A letter doubled or not ("Sokhon" / "Sokhonn"), and a
// letter that renders one sound two ways ("Morsi" / "Mursi", "Gustav" / "Gustaf") are
// one name transliterated by two conventions, not a second spelling. Names of one word are left out: "Hans" / "Hand" alone
// are as likely two people as one.
//
// Both are reported only between independent sources (near-copies count once), with
// the sentences on both sides (one per value, citing every article that gives it), and never flag a source as suspect: a wrong age or a
// misspelling is a slip, not a sign of a garbled copy. A spelling only one source
// writes, where three or more independent sources write the other, is that source's
// slip and not reported ("Khomenei" once against "Khomeini" eighteen times).
#include <algorithm>
#include <cctype>
#include <functional>
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

// The capitalized words (one to three, "Wang", "Wang Youcai") that end at `end` in
// `text`, joined by single spaces, or "" when the word before `end` is not capitalized.
std::string NameBefore(std::string_view text, size_t end) {
  std::vector<std::string_view> words;
  size_t e = end;
  while (words.size() < 3) {
    size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
    if (b == e || !std::isupper(static_cast<unsigned char>(text[b]))) break;
    words.insert(words.begin(), text.substr(b, e - b));
    if (b < 2 || text[b - 1] != ' ' || !std::isalpha(static_cast<unsigned char>(text[b - 2]))) break;
    e = b - 1;
  }
  std::string out;
  for (std::string_view w : words) out += (out.empty() ? "" : " ") + std::string(w);
  return out;
}

struct WrittenName {
  size_t begin = 0;
  std::string name;
};

// Names of two or three words written in an article, in text order: runs of adjacent
// capitalized words that are not stopwords ("Qin Yongmin", "Wang Youcai"), possessives
// included ("Qin Yongmin's" gives "Qin Yongmin").
std::vector<WrittenName> FullNamesIn(const Article& a) {
  std::vector<WrittenName> out;
  for (const Sentence& s : a.sentences) {
    std::vector<std::string_view> run;
    auto flush = [&] {
      if (run.size() >= 2 && run.size() <= 3) {
        std::string name;
        for (std::string_view w : run) name += (name.empty() ? "" : " ") + std::string(w);
        out.push_back({static_cast<size_t>(run.front().data() - a.text.data()), name});
      }
      run.clear();
    };
    uint32_t last_end = 0;
    for (const Token& t : s.tokens) {
      std::string_view w = a.Slice(t.span);
      const size_t len = w.size();
      if (w.ends_with("'s")) w.remove_suffix(2);
      if (w.ends_with("\u2019s")) w.remove_suffix(4);
      const bool possessive = w.size() != len;
      const bool cap = t.kind == TokenKind::kWord && !t.stopword && !w.empty() &&
                       std::isupper(static_cast<unsigned char>(w[0]));
      if (!cap || (!run.empty() && !(t.span.begin == last_end + 1 && a.text[last_end] == ' '))) flush();
      if (cap) run.push_back(w);
      last_end = t.span.end;
      if (cap && possessive) flush();  // a possessive ends the name
    }
    flush();
  }
  return out;
}

bool HasWord(const std::string& name, const std::string& word) {
  std::vector<std::string> w = WordsOf(name);
  return w.front() == word || w.back() == word;
}

// The person a one-word name at `at` in an article stands for: the last full name with
// that word written before it in the article ("Qin Yongmin's and Wang Youcai's families
// ... Qin, 44, and Wang, 31,"), else the one such name written after it, else the one
// such name of the whole story (`story_names`, computed on demand); "" when the choice
// is not one name.
std::string Antecedent(const std::vector<WrittenName>& article,
                       const std::function<const std::set<std::string>&()>& story_names,
                       const std::string& word, size_t at) {
  std::string before;
  std::set<std::string> after;
  for (const WrittenName& n : article) {
    if (!HasWord(n.name, word)) continue;
    if (n.begin < at) {
      before = n.name;
    } else {
      after.insert(n.name);
    }
  }
  if (!before.empty()) return before;
  if (after.size() == 1) return *after.begin();
  if (!after.empty()) return "";
  std::string found;
  for (const std::string& n : story_names()) {
    if (!HasWord(n, word)) continue;
    if (!found.empty()) return "";
    found = n;
  }
  return found;
}

// Every "Name, NN," of the story whose name is a person's: a name of two or three
// capitalized words that is no place or organization of the story ("Wang Youcai, 33,"),
// or one word ("Wang, 31,") read as the full name it stands for (Antecedent). The text is
// scanned rather than the entity mentions, which miss names in lists ("Qin, 44, and
// Wang, 31, are accused").
std::vector<AgeClaim> CollectAges(const Context& ctx) {
  std::set<std::string> not_people;
  for (const facts::Entity& e : ctx.entities) {
    if (e.type == facts::EntityType::kPlace || e.type == facts::EntityType::kOrganization) {
      not_people.insert(e.name);
    }
  }
  // Names written in each article, read only for articles with a one-word name's age
  // (and the whole story's only when one article has no antecedent).
  std::vector<std::vector<WrittenName>> names(ctx.articles.size());
  std::vector<bool> named(ctx.articles.size(), false);
  auto names_of = [&](size_t a) -> const std::vector<WrittenName>& {
    if (!named[a]) names[a] = FullNamesIn(ctx.articles[a]), named[a] = true;
    return names[a];
  };
  std::set<std::string> story_names;
  bool story_named = false;
  auto all_names = [&]() -> const std::set<std::string>& {
    if (!story_named) {
      for (size_t a = 0; a < ctx.articles.size(); ++a) {
        for (const WrittenName& n : names_of(a)) story_names.insert(n.name);
      }
      story_named = true;
    }
    return story_names;
  };
  std::vector<AgeClaim> out;
  for (size_t ai = 0; ai < ctx.articles.size(); ++ai) {
    const Article& a = ctx.articles[ai];
    for (size_t comma = a.text.find(", "); comma != std::string::npos;
         comma = a.text.find(", ", comma + 1)) {
      int age = AgeAfter(a.text, comma);
      if (age == 0) continue;
      std::string name = NameBefore(a.text, comma);
      const size_t words = WordsOf(name).size();
      std::string person;
      if (words >= 2 && not_people.count(name) == 0) {
        person = name;
      } else if (words == 1) {
        person = Antecedent(names_of(ai), all_names, name, comma);
      }
      size_t s = SentenceAt(a, comma);
      if (person.empty() || s >= a.sentences.size()) continue;
      out.push_back({person, ai, s, age});
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
  // The sentence of each further article that states the value (article, sentence):
  // cited after the first, so every source the summary names has its sentence.
  std::vector<std::pair<size_t, size_t>> also;
};

// A disagreement of `kind` about `subject` when independent sources state different
// values: one evidence item per value (the first sentence stating it, citing the other
// articles' sentences that state it too), values in order of first appearance.
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
    BriefItem item = SentenceItem(ctx, st.article, st.sentence);
    for (const auto& [article, sentence] : st.also) {
      item.cites.push_back({article, ctx.articles[article].sentences[sentence].span});
    }
    d.evidence.push_back(std::move(item));
  }
  d.summary.back() = '.';
  out->disagreements.push_back(std::move(d));
}

// Whether the ages are one person growing older: every claim's article is dated, the
// ages never fall as the dates advance, and they rise by no more than the years between
// the first and the last date allow ("44" in May and "45" in September: a birthday).
bool AgesFollowDates(const Context& ctx, const std::vector<AgeClaim>& claims) {
  std::vector<std::pair<std::string, int>> dated;
  for (const AgeClaim& c : claims) {
    const std::string& date = ctx.articles[c.article].date;
    if (date.size() != 10) return false;
    dated.push_back({date, c.age});
  }
  std::sort(dated.begin(), dated.end());
  for (size_t i = 1; i < dated.size(); ++i) {
    // Two ages the same day are two claims, not a birthday.
    if (dated[i].second < dated[i - 1].second ||
        (dated[i].second != dated[i - 1].second && dated[i].first == dated[i - 1].first)) {
      return false;
    }
  }
  const int first_year = std::stoi(dated.front().first.substr(0, 4));
  const int last_year = std::stoi(dated.back().first.substr(0, 4));
  // Within the calendar years spanned, a person has at most one birthday per year
  // boundary plus one.
  return dated.back().second - dated.front().second <= last_year - first_year + 1;
}

void CheckAges(const Context& ctx, Briefing* out) {
  std::map<std::string, std::vector<AgeClaim>> by_person;
  for (AgeClaim& c : CollectAges(ctx)) by_person[c.person].push_back(c);
  for (auto& [person, claims] : by_person) {
    if (AgesFollowDates(ctx, claims)) continue;
    std::stable_sort(claims.begin(), claims.end(), [](const AgeClaim& x, const AgeClaim& y) {
      return x.article < y.article;
    });
    std::vector<std::pair<std::string, Stated>> values;
    for (const AgeClaim& c : claims) {
      std::string v = std::to_string(c.age);
      auto it = std::find_if(values.begin(), values.end(),
                             [&](const auto& p) { return p.first == v; });
      if (it == values.end()) {
        values.push_back({v, Stated{{c.article}, c.article, c.sentence, {}}});
      } else if (it->second.articles.back() != c.article) {
        it->second.articles.push_back(c.article);
        it->second.also.push_back({c.article, c.sentence});
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

// `word` with every run of one letter written once ("Sokhonn" -> "Sokhon").
std::string Undoubled(const std::string& word) {
  std::string out;
  for (char ch : word) {
    if (out.empty() || out.back() != ch) out += ch;
  }
  return out;
}

// Whether two words differ only as transliterations of one name do: one letter that
// renders one sound two ways ("Morsi" / "Mursi", "Gustav" / "Gustaf", "Farouk" /
// "Farouq") or an "h" written or not ("Gaddafi" / "Gadhafi").
bool Transliterated(const std::string& p, const std::string& q) {
  if (p.size() == q.size()) {
    size_t diff = 0, at = 0;
    for (size_t i = 0; i < p.size(); ++i) {
      if (p[i] != q[i]) ++diff, at = i;
    }
    if (diff != 1) return false;
    const std::string pair = {std::min(p[at], q[at]), std::max(p[at], q[at])};
    return pair == "ou" || pair == "fv" || pair == "kq";
  }
  const std::string& longer = p.size() > q.size() ? p : q;
  const std::string& shorter = p.size() > q.size() ? q : p;
  if (longer.size() != shorter.size() + 1) return false;
  for (size_t i = 0; i < longer.size(); ++i) {
    if (longer[i] == 'h' && longer.substr(0, i) + longer.substr(i + 1) == shorter) return true;
  }
  return false;
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
  // "Sokhon" / "Sokhonn": a letter doubled or not is how a name is transliterated, one
  // name spelled by two conventions, not two spellings a reader must choose between.
  if (Undoubled(p) == Undoubled(q) || Transliterated(p, q)) return false;
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

// Where a name is written: its articles, the first sentence that writes it, and the
// first sentence of each further article that does.
Stated FirstStated(const Context& ctx, const facts::Entity& e) {
  Stated st;
  st.articles = ArticlesOf(e);
  std::set<size_t> cited;
  for (const facts::EntityRef& r : e.mentions) {
    size_t s = SentenceAt(ctx.articles[r.article], r.mention.span.begin);
    if (s >= ctx.articles[r.article].sentences.size() || !cited.insert(r.article).second) continue;
    if (cited.size() == 1) {
      st.article = r.article, st.sentence = s;
    } else {
      st.also.push_back({r.article, s});
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

// Independent sources from which a spelling is settled: one source writing it otherwise
// made a slip.
constexpr int kSettledSpelling = 3;

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
    // One source against kSettledSpelling or more: a slip of that source ("Ruhollah
    // Khomenei" in one article, "Khomeini" in eighteen; "Carrad" in one, "Carrard" in
    // three), not a spelling the sources disagree on.
    const int nx = ctx.IndependentCount(ax), ny = ctx.IndependentCount(ay);
    if (std::min(nx, ny) == 1 && std::max(nx, ny) >= kSettledSpelling) continue;
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
