// merge.cc: cross-article entity merging (coreference by name only).
//
// Method: mentions are grouped by canonical name, then groups are joined with a
// union-find by two alias rules common in name-matching work (e.g. the "acronym" and
// "last name" heuristics of Stanford's deterministic coreference sieve, Lee et al.,
// Computational Linguistics 2013): an all-capital acronym joins the one multi-word name
// whose initials it spells ("NATO" / "North Atlantic Treaty Organization"), and a single
// word joins the one multi-word person name it ends ("Biden" / "Joe Biden"); when two
// people share the last name the word stays separate (ambiguous). A word that ends no
// name joins the one person name it opens when that word is not a given name of
// given_names.txt: names whose first word is the one used alone ("Mahathir" / "Mahathir
// Mohamad", "Saddam" / "Saddam Hussein"), while "Joe" never joins "Joe Biden". A
// description from descriptions.txt ("the alliance") then joins the one entity it can
// describe, in the manner of the sieve's lexicon-based "relaxed head match" pass, and is
// dropped when the story names none or several of them ("where clear"). Name variants
// join the one name they shorten: a person's name without its middle initials or middle
// name ("Eric Robert Rudolph" / "Eric Rudolph"), an organization's without its legal
// form ("Microsoft Corp." / "Microsoft") or by its first word when the story names the
// organization by that word alone ("Ford Motor Co." / "Ford"). The entity takes
// the fullest name, the majority type, and per-title article counts for finding garbled
// titles ("Vice President" in one source against "President" in four).
#include <algorithm>
#include <map>
#include <numeric>
#include <set>
#include <unordered_map>

#include "src/base/strings.h"
#include "src/facts/facts.h"
#include "src/facts/lexicon.h"

namespace dossier::facts {
namespace {

struct Group {
  std::string name;
  std::vector<EntityRef> refs;
  int votes[4] = {0, 0, 0, 0};  // by EntityType
  std::vector<std::string> words;
  bool description = false;  // "the alliance": joins the one entity it can describe

  EntityType Majority() const {
    int best = static_cast<int>(EntityType::kOther);
    for (int t : {0, 1, 2}) {
      if (votes[t] > 0 && (best == 3 || votes[t] > votes[best])) best = t;
    }
    return static_cast<EntityType>(best);
  }
};

struct UnionFind {
  std::vector<size_t> parent;
  explicit UnionFind(size_t n) : parent(n) { std::iota(parent.begin(), parent.end(), 0); }
  size_t Find(size_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  }
  void Join(size_t a, size_t b) { parent[Find(a)] = Find(b); }
};

std::vector<Group> GroupByName(const std::vector<std::vector<Mention>>& per_article) {
  std::map<std::string, size_t> index;
  std::vector<Group> groups;
  for (size_t a = 0; a < per_article.size(); ++a) {
    for (const Mention& m : per_article[a]) {
      if (m.name.empty()) continue;
      auto [it, added] = index.try_emplace(m.name, groups.size());
      if (added) {
        groups.emplace_back();
        groups.back().name = m.name;
        for (std::string_view w : Split(m.name, ' ')) {
          if (!w.empty()) groups.back().words.emplace_back(w);
        }
      }
      Group& g = groups[it->second];
      g.description = g.description || m.description;
      g.refs.push_back({a, m});
      g.votes[static_cast<int>(m.type)]++;
    }
  }
  return groups;
}

// "NATO", "U.N." -> "NATO", "UN"; empty if the name is not an acronym.
std::string AcronymLetters(const Group& g) {
  if (g.words.size() != 1) return "";
  std::string out;
  for (char c : g.name) {
    if (c >= 'A' && c <= 'Z') out.push_back(c);
    else if (c != '.') return "";
  }
  return out.size() >= 2 && out.size() <= 6 ? out : "";
}

std::string Initials(const Group& g) {
  std::string out;
  for (const std::string& w : g.words) {
    if (!w.empty() && w[0] >= 'A' && w[0] <= 'Z') out.push_back(w[0]);
  }
  return g.words.size() >= 2 ? out : "";
}

// Initials with each part of a hyphenated word: "Asia-Pacific Economic Cooperation"
// -> "APEC"; "" when no word is hyphenated (then Initials says it).
std::string HyphenInitials(const Group& g) {
  std::string out;
  bool hyphen = false;
  for (const std::string& w : g.words) {
    for (std::string_view part : Split(w, '-')) {
      if (!part.empty() && part[0] >= 'A' && part[0] <= 'Z') out.push_back(part[0]);
    }
    hyphen = hyphen || w.find('-') != std::string::npos;
  }
  return g.words.size() >= 2 && hyphen ? out : "";
}

std::string_view LastName(const Group& g) {
  size_t n = g.words.size();
  while (n > 1 && (g.words[n - 1] == "Jr." || g.words[n - 1] == "Sr." || g.words[n - 1] == "Jr" ||
                   g.words[n - 1] == "II" || g.words[n - 1] == "III")) {
    --n;
  }
  return n >= 2 ? std::string_view(g.words[n - 1]) : std::string_view();
}

// An organization's name without its closing legal form ("Microsoft Corp." ->
// "Microsoft", "Coty Inc" -> "Coty"); "" when it has none or nothing would be left.
std::string WithoutLegalForm(const Group& g) {
  static const std::set<std::string, std::less<>> kForms = {
      "Corp", "Corp.", "Corporation", "Inc", "Inc.", "Co", "Co.", "Ltd", "Ltd.", "LLC",
      "PLC", "plc", "AG", "SA", "S.A.", "N.V.", "GmbH"};
  if (g.Majority() != EntityType::kOrganization || g.words.size() < 2 ||
      !kForms.contains(g.words.back())) {
    return "";
  }
  std::string key;
  for (size_t i = 0; i + 1 < g.words.size(); ++i) key += (i > 0 ? " " : "") + g.words[i];
  return key;
}

// Joins g to the groups in `matches` (indices, any order; g itself ignored) when they
// all share one root.
void JoinIfUnique(size_t g, const std::vector<size_t>& matches, UnionFind* uf) {
  std::set<size_t> roots;
  size_t any = 0;
  for (size_t h : matches) {
    if (h == g) continue;
    roots.insert(uf->Find(h));
    any = h;
  }
  if (roots.size() == 1) uf->Join(g, any);
}

size_t ArticleCount(const Group& g);

// A surname shared by several full names joins the story's dominant one: named in full
// by at least two articles and kDominance times as many as any other ("Sementilli" is
// Fabio Sementilli, 4 articles, not his sister named once). Otherwise it stays apart.
constexpr size_t kDominance = 3;

void JoinDominant(const std::vector<Group>& groups, size_t g, const std::vector<size_t>& matches,
                  UnionFind* uf) {
  std::map<size_t, std::set<size_t>> articles;  // root -> articles naming it in full
  for (size_t h : matches) {
    if (h == g) continue;
    for (const EntityRef& r : groups[h].refs) articles[uf->Find(h)].insert(r.article);
  }
  if (articles.size() <= 1) return JoinIfUnique(g, matches, uf);
  size_t best_root = 0, best = 0, second = 0;
  for (const auto& [root, arts] : articles) {
    if (arts.size() > best) {
      second = best;
      best = arts.size();
      best_root = root;
    } else {
      second = std::max(second, arts.size());
    }
  }
  if (best >= 2 && best >= kDominance * second) uf->Join(g, best_root);
}

size_t ArticleCount(const Group& g) {
  std::set<size_t> articles;
  for (const EntityRef& r : g.refs) articles.insert(r.article);
  return articles.size();
}

// A place name that is the last name of the story's one person of that name ("Jordan"
// in a story of "Michael Jordan") is that person when the person is named in full by at
// least two articles and at least half as many as name the place: in a Jordan peace
// story a passing "Michael Jordan" stays apart.
void JoinSurnamePlace(const std::vector<Group>& groups, size_t g,
                      const std::vector<size_t>& people, UnionFind* uf) {
  if (people.size() != 1 || groups[g].description) return;
  for (const EntityRef& r : groups[g].refs) {
    if (r.mention.demonym) return;  // "Jordanian" is the country's
  }
  size_t person = ArticleCount(groups[people[0]]), place = ArticleCount(groups[g]);
  if (person >= 2 && 2 * person >= place) uf->Join(g, people[0]);
}

// Groups by a key computed once per group (an index instead of comparing every pair of
// groups, which was quadratic in the story's distinct names).
template <typename Key>
std::unordered_map<std::string, std::vector<size_t>> IndexGroups(const std::vector<Group>& groups,
                                                                 Key key) {
  std::unordered_map<std::string, std::vector<size_t>> out;
  for (size_t h = 0; h < groups.size(); ++h) {
    std::string k = key(groups[h]);
    if (!k.empty()) out[k].push_back(h);
  }
  return out;
}

const std::vector<size_t>& Lookup(const std::unordered_map<std::string, std::vector<size_t>>& index,
                                  const std::string& key) {
  static const std::vector<size_t> kNone;
  auto it = index.find(key);
  return it == index.end() ? kNone : it->second;
}

void JoinAliases(const std::vector<Group>& groups, UnionFind* uf) {
  auto by_initials = IndexGroups(groups, [](const Group& h) { return Initials(h); });
  auto by_hyphen_initials = IndexGroups(groups, [](const Group& h) { return HyphenInitials(h); });
  auto by_last_name = IndexGroups(groups, [](const Group& h) {
    return h.Majority() == EntityType::kPerson ? std::string(LastName(h)) : std::string();
  });
  const auto& given_names = internal::Lexicon::Get().given_names;
  auto by_first_name = IndexGroups(groups, [&](const Group& h) {
    if (h.Majority() != EntityType::kPerson || LastName(h).empty() ||
        given_names.contains(h.words[0])) {
      return std::string();
    }
    return h.words[0];
  });
  // "Del Toro" / "Benicio Del Toro", "bin Laden" / "Osama bin Laden": the last two
  // words of a longer person name.
  auto by_last_two = IndexGroups(groups, [](const Group& h) {
    size_t n = h.words.size();
    return h.Majority() == EntityType::kPerson && n >= 3 ? h.words[n - 2] + " " + h.words[n - 1]
                                                         : std::string();
  });
  // "Laura E. Crotty Alexander" / "Laura Crotty Alexander", "Joseph R. Biden" / "Joseph
  // Biden": a person's name read without its middle initials.
  auto without_initials = [](const Group& h) {
    if (h.Majority() != EntityType::kPerson || h.words.size() < 3) return std::string();
    std::string key;
    bool dropped = false;
    for (size_t i = 0; i < h.words.size(); ++i) {
      const std::string& w = h.words[i];
      bool initial = i > 0 && i + 1 < h.words.size() && w.size() == 2 && w[1] == '.';
      dropped = dropped || initial;
      if (!initial) key += (key.empty() ? "" : " ") + w;
    }
    return dropped ? key : std::string();
  };
  auto by_name = IndexGroups(groups, [](const Group& h) {
    return h.Majority() == EntityType::kPerson ? h.name : std::string();
  });
  // "Eric Robert Rudolph" / "Eric Rudolph": a three-word person name read without its
  // middle name, when the story names that two-word person (longer names keep their
  // middle words: "Benicio Del Toro" is not "Benicio Toro").
  auto without_middle = [](const Group& h) {
    if (h.Majority() != EntityType::kPerson || h.words.size() != 3) return std::string();
    return h.words[0] + " " + h.words[2];
  };
  for (size_t g = 0; g < groups.size(); ++g) {
    if (std::string key = without_initials(groups[g]); !key.empty()) {
      JoinIfUnique(g, Lookup(by_name, key), uf);
    }
    if (std::string key = without_middle(groups[g]); !key.empty()) {
      JoinIfUnique(g, Lookup(by_name, key), uf);
    }
  }
  // "Microsoft Corp." / "Microsoft": an organization named with and without its legal
  // form.
  auto by_org_name = IndexGroups(groups, [](const Group& h) {
    return h.Majority() == EntityType::kOrganization ? h.name : std::string();
  });
  for (size_t g = 0; g < groups.size(); ++g) {
    if (std::string key = WithoutLegalForm(groups[g]); !key.empty()) {
      JoinIfUnique(g, Lookup(by_org_name, key), uf);
    }
    // "Ford Motor Co." / "Ford", "Starbucks Coffee Co." / "Starbucks": a company's longer
    // name opens with the one word the story also uses alone for it.
    const Group& h = groups[g];
    if (h.Majority() == EntityType::kOrganization && h.words.size() >= 2) {
      JoinIfUnique(g, Lookup(by_org_name, h.words[0]), uf);
    }
  }
  for (size_t g = 0; g < groups.size(); ++g) {  // first, so a surname sees whole people
    if (groups[g].words.size() == 2 && groups[g].Majority() == EntityType::kPerson) {
      JoinDominant(groups, g, Lookup(by_last_two, groups[g].name), uf);
    }
  }
  for (size_t g = 0; g < groups.size(); ++g) {
    std::string acronym = AcronymLetters(groups[g]);
    if (!acronym.empty()) {
      std::vector<size_t> spelled = Lookup(by_initials, acronym);
      const std::vector<size_t>& hyphenated = Lookup(by_hyphen_initials, acronym);
      spelled.insert(spelled.end(), hyphenated.begin(), hyphenated.end());
      JoinIfUnique(g, spelled, uf);
    }
    EntityType type = groups[g].Majority();
    if (groups[g].words.size() == 1 && (type == EntityType::kPerson || type == EntityType::kOther)) {
      const std::vector<size_t>& ends = Lookup(by_last_name, groups[g].name);
      if (ends.empty()) JoinIfUnique(g, Lookup(by_first_name, groups[g].name), uf);
      else JoinDominant(groups, g, ends, uf);
    } else if (groups[g].words.size() == 1 && type == EntityType::kPlace) {
      JoinSurnamePlace(groups, g, Lookup(by_last_name, groups[g].name), uf);
    }
  }
}

// A description joins the one entity (by root, after the name rules) that it can
// describe: "the alliance" joins NATO only in a story that names NATO and no other
// alliance of descriptions.txt. Otherwise it stays alone and is dropped.
void JoinDescriptions(const std::vector<Group>& groups, UnionFind* uf) {
  const auto& descriptions = internal::Lexicon::Get().descriptions;
  auto by_name = IndexGroups(groups, [](const Group& h) {
    return h.description ? std::string() : h.name;
  });
  for (size_t g = 0; g < groups.size(); ++g) {
    if (!groups[g].description) continue;
    auto it = descriptions.find(groups[g].name);
    if (it == descriptions.end()) continue;
    std::vector<size_t> matches;
    for (const std::string& name : it->second) {
      const std::vector<size_t>& named = Lookup(by_name, name);
      matches.insert(matches.end(), named.begin(), named.end());
    }
    JoinIfUnique(g, matches, uf);
  }
}

Entity BuildEntity(const std::vector<const Group*>& members) {
  Entity e;
  const Group* best = members.front();
  int votes[4] = {0, 0, 0, 0};
  std::set<std::string> surfaces;
  std::map<std::string, std::set<size_t>> title_articles;
  std::set<size_t> articles;
  bool all_demonym = true;
  for (const Group* g : members) {
    // A name, never a description ("the alliance"), names the entity.
    bool better = std::tuple(!g->description, g->words.size(), g->refs.size()) >
                  std::tuple(!best->description, best->words.size(), best->refs.size());
    bool tie = g->description == best->description && g->words.size() == best->words.size() &&
               g->refs.size() == best->refs.size();
    if (better || (tie && g->name < best->name)) best = g;
    for (int t = 0; t < 4; ++t) votes[t] += g->votes[t];
    for (const EntityRef& r : g->refs) {
      e.mentions.push_back(r);
      surfaces.insert(r.mention.surface.empty() ? r.mention.name : r.mention.surface);
      if (!r.mention.title.empty()) title_articles[r.mention.title].insert(r.article);
      articles.insert(r.article);
      all_demonym = all_demonym && r.mention.demonym;
    }
  }
  e.name = best->name;
  Group tally;
  std::copy(std::begin(votes), std::end(votes), std::begin(tally.votes));
  // The entity is what its fullest name is: "Michael Jordan" (a person) named
  // "Jordan" more often is still a person.
  e.type = best->words.size() >= 2 && best->Majority() != EntityType::kOther ? best->Majority()
                                                                            : tally.Majority();
  surfaces.erase(e.name);
  e.aliases.assign(surfaces.begin(), surfaces.end());
  for (const auto& [title, arts] : title_articles) e.titles[title] = static_cast<int>(arts.size());
  e.article_count = static_cast<int>(articles.size());
  e.demonym_only = all_demonym;
  std::sort(e.mentions.begin(), e.mentions.end(), [](const EntityRef& a, const EntityRef& b) {
    return std::tie(a.article, a.mention.span.begin) < std::tie(b.article, b.mention.span.begin);
  });
  return e;
}

// Tentative words seen nowhere else, and descriptions that joined no named entity.
bool Unsupported(const Entity& e) {
  return std::all_of(e.mentions.begin(), e.mentions.end(), [](const EntityRef& r) {
    return r.mention.tentative || r.mention.description;
  });
}

}  // namespace

std::vector<Entity> MergeEntities(const std::vector<std::vector<Mention>>& mentions_per_article) {
  std::vector<Group> groups = GroupByName(mentions_per_article);
  UnionFind uf(groups.size());
  JoinAliases(groups, &uf);
  JoinDescriptions(groups, &uf);
  std::map<size_t, std::vector<const Group*>> by_root;
  for (size_t g = 0; g < groups.size(); ++g) by_root[uf.Find(g)].push_back(&groups[g]);
  std::vector<Entity> out;
  for (const auto& [root, members] : by_root) {
    Entity e = BuildEntity(members);
    if (!Unsupported(e)) out.push_back(std::move(e));
  }
  std::sort(out.begin(), out.end(), [](const Entity& a, const Entity& b) {
    return a.article_count != b.article_count ? a.article_count > b.article_count : a.name < b.name;
  });
  return out;
}

}  // namespace dossier::facts
