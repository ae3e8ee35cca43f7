// Consistency against the consensus of independent sources.
//
// Without a knowledge base, the story's own sources are the reference: what most
// independent outlets say about a person's role is taken as true for the story, and a
// source that says otherwise is reported, with the sentences on both sides. Three checks:
//   title   a person given an office title no other source gives, where at least two
//           other independent sources agree on a different one ("Vice President Joe
//           Biden" where four outlets say "President");
//   office  an office (title + country, e.g. U.S. President) given to a different
//           person than the one at least two other sources name ("President Barack
//           Obama" in a story where every other source names Joe Biden);
//   date    a copyright notice or publication date years away from the story's date.
// An article with `suspect_min_contradictions` or more is flagged suspect; its summary
// sentences are then replaced by a clean source saying the same thing (see summary.cc).
#include <algorithm>
#include <map>
#include <set>

#include "src/base/strings.h"
#include "src/briefing/context.h"

namespace dossier::briefing::internal {

namespace {

// Titles naming an office one person holds at a time in one place. Roles such as
// "spokesman" or "official" are held by many and never contradict each other.
bool IsOffice(const std::string& title) {
  static const std::set<std::string> kOffices = {
      "president", "vice president", "prime minister", "chancellor", "secretary of state",
      "defense secretary", "foreign minister", "king", "queen", "pope", "premier",
      "governor", "mayor", "secretary-general", "secretary general", "first lady"};
  return kOffices.count(title) > 0;
}

// Titles that say what a person is: two different ones given to the same person
// contradict each other ("Senator" vs "Governor"). Offices, plus posts many people hold
// at once (a senator is one of many, so these never enter the office-holder check).
// Posts commonly held together with another ("Speaker" and representative, "chairman")
// are left out.
bool IsRole(const std::string& title) {
  static const std::set<std::string> kRoles = {
      "senator", "representative", "minister", "secretary", "ambassador", "general",
      "admiral", "judge", "justice", "chief justice", "lieutenant governor", "sheriff",
      "attorney general", "police chief"};
  return IsOffice(title) || kRoles.count(title) > 0;
}

std::string NormTitle(const std::string& title) {
  std::string t = AsciiLower(StripAscii(title));
  for (const char* prefix : {"u.s. ", "us ", "the "}) {
    if (t.rfind(prefix, 0) == 0) t = t.substr(std::string(prefix).size());
  }
  // Spellings of one title.
  static const std::map<std::string, std::string> kSame = {
      {"premier", "prime minister"}, {"sen.", "senator"}, {"rep.", "representative"},
      {"gen.", "general"}, {"gov.", "governor"}, {"secretary-general", "secretary general"},
      {"congressman", "representative"}, {"congresswoman", "representative"}};
  auto it = kSame.find(t);
  return it == kSame.end() ? t : it->second;
}

// Titles that can both be right: one is the start or the end of the other ("Secretary"
// for "Secretary of State", "General" for "Secretary General") without a rank word
// that makes it another post ("Vice President" is not "President").
// A rank word in front of a title makes it another post ("Vice President").
bool HasRankPrefix(std::string_view prefix) {
  for (const char* rank : {"vice", "deputy", "assistant", "lieutenant", "under", "associate",
                           "acting", "co-"}) {
    if (prefix.find(rank) != std::string_view::npos) return true;
  }
  return false;
}

bool Compatible(const std::string& a, const std::string& b) {
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  // "Secretary" for "Secretary of State": a shortened title.
  if (longer.compare(0, shorter.size(), shorter) == 0 && longer[shorter.size()] == ' ') {
    return true;
  }
  if (longer.compare(longer.size() - shorter.size(), shorter.size(), shorter) != 0) return false;
  if (longer.size() == shorter.size()) return true;
  std::string_view prefix(longer.data(), longer.size() - shorter.size());
  return prefix.back() == ' ' && !HasRankPrefix(prefix);
}

// Whether two names may be one person written two ways ("Clinton" / "William Jefferson
// Clinton", "Oskar Luigi Scalfaro" / "Oscar Luigi Scalfaro", "Yevgeny" / "Yevgeny
// Primakov"): they share a word of four or more letters.
bool MaySamePerson(const std::string& a, const std::string& b) {
  std::set<std::string> words;
  for (std::string_view w : Split(a, ' ')) {
    if (w.size() >= 4) words.insert(std::string(w));
  }
  for (std::string_view w : Split(b, ' ')) {
    if (w.size() >= 4 && words.count(std::string(w))) return true;
  }
  return false;
}

// "vice president" -> "Vice President", "secretary of state" -> "Secretary of State".
std::string DisplayTitle(const std::string& title) {
  std::string out = title;
  bool start = true;
  for (size_t i = 0; i < out.size(); ++i) {
    if (start && out.compare(i, 3, "of ") != 0 && out.compare(i, 4, "the ") != 0 &&
        out[i] >= 'a' && out[i] <= 'z') {
      out[i] = static_cast<char>(out[i] - 'a' + 'A');
    }
    start = out[i] == ' ' || out[i] == '-';
  }
  return out;
}

bool IsFormer(const std::string& title) {
  std::string t = AsciiLower(title);
  return t.find("former") != std::string::npos || t.find("ex-") != std::string::npos ||
         t.find("late ") != std::string::npos || t.find("then-") != std::string::npos;
}

std::string NormQualifier(std::string q) {
  q = AsciiLower(q);
  std::string letters;
  for (char c : q) {
    if (c != '.') letters += c;
  }
  if (letters == "us" || letters == "american" || letters == "united states") return "us";
  if (letters == "uk" || letters == "british") return "uk";
  return letters;
}

// The capitalized word just before "<title> <name>" ("U.S." in "U.S. President Joe
// Biden", "Russian" in "Russian President Vladimir Putin"), normalized; "" if none.
std::string QualifierOf(const Article& a, const facts::Mention& m) {
  std::string_view before = a.Slice({0, m.span.begin});
  before = StripAscii(before);
  std::string low = AsciiLower(before);
  std::string title = AsciiLower(m.title);
  if (title.empty() || low.size() < title.size() ||
      low.compare(low.size() - title.size(), title.size(), title) != 0) {
    return "";
  }
  before = StripAscii(before.substr(0, before.size() - title.size()));
  size_t start = before.find_last_of(" \t\n(\"'");
  std::string_view word = before.substr(start == std::string_view::npos ? 0 : start + 1);
  if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) return "";
  // Only a country or people qualifies an office held once ("Israeli Prime Minister");
  // an organization ("IOC Vice President") has several vice presidents.
  bool place = false;
  for (const facts::Mention& q : facts::ExtractMentions(word, {0, static_cast<uint32_t>(word.size())})) {
    place = place || q.type == facts::EntityType::kPlace;
  }
  return place ? NormQualifier(std::string(word)) : "";
}

struct TitledMention {
  size_t article;
  size_t sentence;
  std::string person;  // merged entity name
  std::string title;   // normalized
  std::string qualifier;
};

size_t SentenceOf(const Article& a, Span span) {
  for (size_t s = 0; s < a.sentences.size(); ++s) {
    if (a.sentences[s].span.begin <= span.begin && span.end <= a.sentences[s].span.end) return s;
  }
  return 0;
}

std::vector<TitledMention> CollectTitledPeople(const Context& ctx) {
  std::vector<TitledMention> out;
  for (const facts::Entity& e : ctx.entities) {
    if (e.type != facts::EntityType::kPerson) continue;
    for (const facts::EntityRef& r : e.mentions) {
      std::string title = NormTitle(r.mention.title);
      if (title.empty() || IsFormer(r.mention.title) || !IsRole(title)) continue;
      const Article& art = ctx.articles[r.article];
      out.push_back({r.article, SentenceOf(art, r.mention.span), e.name, title,
                     QualifierOf(art, r.mention)});
    }
  }
  return out;
}

struct Finding {
  size_t article;
  Disagreement disagreement;
};

BriefItem Evidence(const Context& ctx, size_t article, size_t sentence) {
  const Article& a = ctx.articles[article];
  Span span = a.sentences.empty() ? Span{} : a.sentences[sentence].span;
  return {std::string(a.Slice(span)), {{article, span}}};
}

std::string Sources(const std::vector<size_t>& articles) {
  std::string out;
  for (size_t a : articles) out += "[" + std::to_string(a + 1) + "]";
  return out;
}

// Articles (independent count >= 2, excluding `skip`) that use `title` for `person`.
std::vector<size_t> ArticlesWith(const std::vector<TitledMention>& ms, const std::string& person,
                                 const std::string& title, size_t skip) {
  std::vector<size_t> out;
  for (const TitledMention& m : ms) {
    if (m.person == person && m.title == title && m.article != skip) out.push_back(m.article);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

void CheckTitles(const Context& ctx, const std::vector<TitledMention>& ms,
                 std::vector<Finding>* out) {
  std::set<std::pair<size_t, std::string>> seen;
  for (const TitledMention& m : ms) {
    if (!seen.insert({m.article, m.person + "|" + m.title}).second) continue;
    if (!ArticlesWith(ms, m.person, m.title, m.article).empty()) continue;  // others agree
    // The title most other independent sources give this person.
    std::map<std::string, std::vector<size_t>> others;
    for (const TitledMention& o : ms) {
      if (o.person == m.person && o.article != m.article) others[o.title].push_back(o.article);
    }
    for (auto& [title, arts] : others) {
      if (Compatible(title, m.title)) continue;
      std::sort(arts.begin(), arts.end());
      arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
      if (ctx.IndependentCount(arts) < 2) continue;
      Disagreement d;
      d.kind = "title";
      d.subject = m.person;
      d.assessment = "conflict";
      d.summary = "[" + std::to_string(m.article + 1) + "] calls " + m.person + " \"" +
                  DisplayTitle(m.title) + "\"; " + std::to_string(ctx.IndependentCount(arts)) +
                  " other sources " + Sources(arts) + " call them \"" + DisplayTitle(title) + "\"";
      d.evidence.push_back(Evidence(ctx, m.article, m.sentence));
      for (const TitledMention& o : ms) {
        if (o.person == m.person && o.title == title && o.article == arts.front()) {
          d.evidence.push_back(Evidence(ctx, o.article, o.sentence));
          break;
        }
      }
      out->push_back({m.article, std::move(d)});
      break;
    }
  }
}

// Gives every mention a qualifier: its own, else the person's usual one under that
// title somewhere in the story. A person never named with a country ("President Nixon")
// keeps none and is left out of the office check: with several countries' leaders in
// one story, guessing the country would invent contradictions.
void ResolveQualifiers(std::vector<TitledMention>* ms) {
  std::map<std::pair<std::string, std::string>, std::map<std::string, int>> usual;
  for (const TitledMention& m : *ms) {
    if (!m.qualifier.empty()) ++usual[{m.person, m.title}][m.qualifier];
  }
  auto best = [](const std::map<std::string, int>& counts) {
    std::string arg;
    int top = 0;
    for (const auto& [k, n] : counts) {
      if (n > top) top = n, arg = k;
    }
    return arg;
  };
  for (TitledMention& m : *ms) {
    if (!m.qualifier.empty()) continue;
    auto it = usual.find({m.person, m.title});
    if (it != usual.end()) m.qualifier = best(it->second);
  }
}

void CheckOffices(const Context& ctx, std::vector<TitledMention> ms, std::vector<Finding>* out) {
  ResolveQualifiers(&ms);
  std::set<std::string> seen;
  for (const TitledMention& m : ms) {
    if (!IsOffice(m.title) || m.qualifier.empty()) continue;
    std::string key = std::to_string(m.article) + "|" + m.person + "|" + m.title + "|" + m.qualifier;
    if (!seen.insert(key).second) continue;
    std::map<std::string, std::vector<size_t>> holders;  // other articles' holders
    for (const TitledMention& o : ms) {
      if (o.title == m.title && o.qualifier == m.qualifier && o.article != m.article) {
        holders[o.person].push_back(o.article);
      }
    }
    if (holders.count(m.person)) continue;  // another source names the same holder
    for (auto& [person, arts] : holders) {
      if (MaySamePerson(person, m.person)) continue;
      std::sort(arts.begin(), arts.end());
      arts.erase(std::unique(arts.begin(), arts.end()), arts.end());
      if (ctx.IndependentCount(arts) < 2) continue;
      Disagreement d;
      d.kind = "office";
      d.subject = DisplayTitle(m.title);
      d.assessment = "conflict";
      d.summary = "[" + std::to_string(m.article + 1) + "] names " + m.person + " as " +
                  d.subject + "; " + std::to_string(ctx.IndependentCount(arts)) +
                  " other sources " + Sources(arts) + " name " + person;
      d.evidence.push_back(Evidence(ctx, m.article, m.sentence));
      out->push_back({m.article, std::move(d)});
      break;
    }
  }
}

// Four-digit years 1900..2099 in `s`.
std::vector<int> YearsIn(std::string_view s) {
  std::vector<int> years;
  for (size_t i = 0; i + 4 <= s.size(); ++i) {
    bool digits = true;
    for (size_t k = 0; k < 4; ++k) digits = digits && s[i + k] >= '0' && s[i + k] <= '9';
    bool bounded = (i == 0 || !(s[i - 1] >= '0' && s[i - 1] <= '9')) &&
                   (i + 4 == s.size() || !(s[i + 4] >= '0' && s[i + 4] <= '9'));
    if (!digits || !bounded) continue;
    int y = std::stoi(std::string(s.substr(i, 4)));
    if (y >= 1900 && y <= 2099) years.push_back(y);
  }
  return years;
}

void CheckStaleDates(const Context& ctx, std::vector<Finding>* out) {
  if (ctx.story_date.size() < 4) return;
  const int story_year = std::stoi(ctx.story_date.substr(0, 4));
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    const Article& art = ctx.articles[a];
    for (const Removed& r : art.removed) {
      if (r.reason != "copyright" && r.reason != "dateline") continue;
      for (int y : YearsIn(art.Slice(r.span))) {
        if (std::abs(y - story_year) < ctx.options.stale_year_gap) continue;
        Disagreement d;
        d.kind = "date";
        d.subject = r.reason;
        d.assessment = "stale";
        d.summary = "[" + std::to_string(a + 1) + "] carries a " + r.reason + " of " +
                    std::to_string(y) + " in a story dated " + ctx.story_date;
        d.evidence.push_back({std::string(art.Slice(r.span)), {{a, r.span}}});
        out->push_back({a, std::move(d)});
        break;
      }
    }
  }
}

}  // namespace

void CheckConsistency(const Context& ctx, Briefing* out) {
  std::vector<TitledMention> ms = CollectTitledPeople(ctx);
  std::vector<Finding> findings;
  CheckTitles(ctx, ms, &findings);
  CheckOffices(ctx, ms, &findings);
  CheckStaleDates(ctx, &findings);
  std::vector<int> count(ctx.articles.size(), 0);
  for (Finding& f : findings) {
    ++count[f.article];
    SourceFlag flag{f.disagreement.kind == "date" ? "stale-date" : "contradicts-consensus",
                    f.disagreement.summary, {}};
    for (const BriefItem& e : f.disagreement.evidence) {
      if (!e.cites.empty() && e.cites.front().article == f.article) flag.at.push_back(e.cites.front());
    }
    out->sources[f.article].flags.push_back(std::move(flag));
    out->disagreements.push_back(std::move(f.disagreement));
  }
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    if (count[a] >= ctx.options.suspect_min_contradictions) out->sources[a].suspect = true;
  }
}

}  // namespace dossier::briefing::internal
