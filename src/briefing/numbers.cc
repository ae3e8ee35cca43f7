// Key numbers and disagreements about them.
//
// Method. Quantities (src/facts) are grouped by what they count: the head noun or unit
// ("troop", "USD", "percent"); a group's label is the most common full counted phrase.
// Bare numbers and quantities with no counted noun are left out. A group is a key number
// when it is stated by at least one source in a sentence the summarizer would consider
// (a unit of the cluster); groups are ranked by independent sources, then mentions.
//
// Two claims of a group disagree when the intervals they assert do not overlap. Each
// bound becomes an interval: exact v = [v, v]; approximately v = [0.9v, 1.1v]; "more
// than v" or "v-plus" = [v, 1.25v] (news writers round down to a nearby figure, so "more
// than 90,000" does not cover 175,000); "up to v" = [0.8v, v]; vague plurals ("tens of
// thousands") = [v, 10v); ranges as given. Projections ("could eventually reach") never
// count as disagreeing with a current figure. The assessment says which explanation
// fits: "changed over time" when every disagreeing pair has two different known dates,
// else "conflict".
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "src/briefing/context.h"

namespace dossier::briefing::internal {

namespace {

constexpr double kMinKeyCount = 10;

struct Interval {
  double lo, hi;
};

bool IsVague(std::string_view text) {
  for (const char* w : {"tens of", "hundreds of", "thousands of", "millions of", "dozens"}) {
    if (text.find(w) != std::string_view::npos) return true;
  }
  return false;
}

Interval IntervalOf(const facts::Quantity& q, std::string_view text) {
  const double v = q.value;
  if (IsVague(text)) return {v, 10 * v};
  switch (q.bound) {
    case facts::QuantityBound::kExact: return {v, v};
    case facts::QuantityBound::kApprox: return {0.9 * v, 1.1 * v};
    case facts::QuantityBound::kAtLeast: return {v, 1.25 * v};
    case facts::QuantityBound::kAtMost: return {0.8 * v, v};
    case facts::QuantityBound::kRange: return {v, std::max(v, q.value_high)};
  }
  return {v, v};
}

std::string BoundText(facts::QuantityBound b) {
  switch (b) {
    case facts::QuantityBound::kExact: return "exact";
    case facts::QuantityBound::kAtLeast: return "at least";
    case facts::QuantityBound::kAtMost: return "at most";
    case facts::QuantityBound::kApprox: return "approximately";
    case facts::QuantityBound::kRange: return "range";
  }
  return "exact";
}

struct Claim {
  QuantityClaim out;
  Interval interval;
  std::string counted;
  std::string owner;
};

// Small counts ("two leaders", "three sources") are how prose refers to things, not
// figures a reader tracks; measures, money and percentages of any size are kept.
bool IsKeyQuantity(const facts::Quantity& q) {
  if (q.unit.empty() || q.value <= 0) return false;
  return q.kind != facts::QuantityKind::kCount || q.value >= kMinKeyCount;
}

// Whose quantity it is: a demonym in the counted phrase ("Russian troops" -> Russia),
// else the nearest place named before it in the sentence ("Russia has massed 150,000
// troops"), else "". Keeps U.S. troops and Russian troops apart.
std::string OwnerOf(const facts::Quantity& q, const std::vector<facts::Mention>& mentions) {
  std::string owner;
  for (const facts::Mention& m : mentions) {
    if (m.type != facts::EntityType::kPlace) continue;
    bool inside = m.span.begin >= q.span.begin && m.span.end <= q.span.end;
    if (inside) return m.name;
    if (m.span.end <= q.span.begin) owner = m.name;
  }
  return owner;
}

std::map<std::string, std::vector<Claim>> GroupClaims(const Context& ctx) {
  std::map<std::string, std::vector<Claim>> groups;
  std::set<std::pair<size_t, std::string>> seen;  // (article, text): repeats count once
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    const Article& art = ctx.articles[a];
    for (size_t s = 0; s < art.sentences.size(); ++s) {
      if (ctx.unit_of[a][s] < 0) continue;
      const SentenceFacts& f = ctx.facts[a][s];
      for (const facts::Quantity& q : f.quantities) {
        if (!IsKeyQuantity(q)) continue;
        std::string_view text = art.Slice(q.span);
        if (!seen.insert({a, std::string(text)}).second) continue;
        Claim c;
        c.out = {std::string(text), q.value, q.value_high, BoundText(q.bound), q.projection,
                 art.date, {a, art.sentences[s].span}};
        c.interval = IntervalOf(q, text);
        c.counted = q.counted.empty() ? q.unit : q.counted;
        std::string owner = OwnerOf(q, f.mentions);
        c.owner = owner;
        groups[q.unit + "|" + owner].push_back(std::move(c));
      }
    }
  }
  return groups;
}

bool Disjoint(const Interval& x, const Interval& y) { return x.hi < y.lo || y.hi < x.lo; }

std::string Label(const std::vector<Claim>& claims) {
  std::map<std::string, int> counts;
  for (const Claim& c : claims) ++counts[c.counted];
  std::string best;
  int top = 0;
  for (const auto& [k, n] : counts) {
    if (n > top) top = n, best = k;
  }
  return best;
}

std::vector<size_t> ArticlesOf(const std::vector<Claim>& claims) {
  std::vector<size_t> out;
  for (const Claim& c : claims) out.push_back(c.out.at.article);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

bool Current(const Claim& c) { return !c.out.projection; }

// Whether two current claims of different sources disagree.
bool Disagree(const Claim& x, const Claim& y) {
  return x.out.at.article != y.out.at.article && Current(x) && Current(y) &&
         Disjoint(x.interval, y.interval);
}

// "changed over time" when the dated claims disagree only across different dates and
// every undated claim agrees with some dated one (it may be either report); "conflict"
// for any other disagreement; "" when no two current claims of different sources
// disagree.
std::string Assess(const std::vector<Claim>& claims) {
  bool any = false, explained_by_time = true;
  for (size_t i = 0; i < claims.size(); ++i) {
    for (size_t j = i + 1; j < claims.size(); ++j) {
      if (!Disagree(claims[i], claims[j])) continue;
      any = true;
      const std::string& di = claims[i].out.date;
      const std::string& dj = claims[j].out.date;
      if (!di.empty() && !dj.empty() && di == dj) explained_by_time = false;
    }
  }
  if (!any) return "";
  bool any_dated = false;
  for (const Claim& c : claims) {
    if (!Current(c)) continue;
    if (!c.out.date.empty()) {
      any_dated = true;
      continue;
    }
    bool fits = false;
    for (const Claim& d : claims) {
      fits = fits || (Current(d) && !d.out.date.empty() && !Disjoint(c.interval, d.interval));
    }
    explained_by_time = explained_by_time && fits;
  }
  return any_dated && explained_by_time ? "changed over time" : "conflict";
}

std::string Describe(const std::string& label, const std::vector<Claim>& claims) {
  std::string out = "Sources differ on " + label + ":";
  for (const Claim& c : claims) {
    out += " \"" + c.out.text + "\" [" + std::to_string(c.out.at.article + 1) + "]" +
           (c.out.projection ? " (projection)" : "") + ";";
  }
  out.back() = '.';
  return out;
}

}  // namespace

void AddNumbers(const Context& ctx, Briefing* out) {
  std::vector<KeyNumber> numbers;
  for (auto& [unit, claims] : GroupClaims(ctx)) {
    std::stable_sort(claims.begin(), claims.end(), [](const Claim& x, const Claim& y) {
      return x.out.at.article < y.out.at.article;
    });
    KeyNumber k;
    k.counted = Label(claims);
    if (!claims.front().owner.empty() && k.counted.find(' ') == std::string::npos) {
      k.counted += " (" + claims.front().owner + ")";
    }
    k.source_count = ctx.IndependentCount(ArticlesOf(claims));
    for (const Claim& c : claims) k.claims.push_back(c.out);
    std::string assessment = Assess(claims);
    if (!assessment.empty()) {
      Disagreement d{"quantity", k.counted, Describe(k.counted, claims), assessment,
                     k.claims, {}};
      out->disagreements.push_back(std::move(d));
    }
    numbers.push_back(std::move(k));
  }
  std::stable_sort(numbers.begin(), numbers.end(), [](const KeyNumber& x, const KeyNumber& y) {
    if (x.source_count != y.source_count) return x.source_count > y.source_count;
    return x.claims.size() > y.claims.size();
  });
  if (numbers.size() > ctx.options.max_numbers) numbers.resize(ctx.options.max_numbers);
  out->numbers = std::move(numbers);
}

}  // namespace dossier::briefing::internal
