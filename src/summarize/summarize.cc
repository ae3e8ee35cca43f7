// Summarize(): one interface over the extractive methods, then the steps they share.
//
// 1. BuildCluster turns analyzed sentences into units (src/statements/features.cc),
//    trims each one (compress.cc; lengths and concepts are those of the trimmed text)
//    and marks those that pass the quality filters (quality.cc).
// 2. The method selects units under the budget (ranking.cc, diversity.cc, concept.cc).
// 3. When truncate_last is set, the remaining unit whose score per fitting word is best
//    is added (again, while words are left) to fill the word budget exactly, the last
//    one cut there; ROUGE -l evaluations reward the filled budget. Under the strict
//    redundancy threshold a short cluster may have nothing non-redundant left: the best
//    of the rest is taken then (Multi-News: mean 256.3 -> 258.4 of 260 words; one
//    cluster has only 106 words of text; dev 47.97/16.54 -> 47.92/16.56).
//    Concept coverage chooses that unit itself (Budget::overflow_last: by its uncovered
//    concepts, not its total score).
// 4. Units are put in reading order: article date, then article, then position; the
//    cut sentence, if any, goes last so the cut never falls inside the summary.
//    A chosen sentence that opens by naming as known what no earlier summary sentence
//    introduced cannot be followed in the summary (quality.h FindOpeningReferent):
//    "The banner has become ..." when "banner" is in no earlier sentence and in under
//    half the articles (a topic word such as "the summit" is known to the reader),
//    "Johnson said ..." when the story names a Torrence Johnson and "Johnson" is in
//    under 80% of the articles (a figure in nearly every article is the story's own),
//    and the same for such a surname anywhere in the sentence when the story uses the
//    word as a person's ("... support for Fong", "..., Zhu said"; quality.h BareSurnames,
//    UsedAsPerson).
//    It leaves the candidates and the method selects again (SelectIntroduced), up to
//    kReferentRounds times; one still dangling after that is dropped. Without the two
//    shares, the rule cost reader-facing ROUGE (DUC 38.69/10.19 -> 37.93/9.84,
//    Multi-News 46.55/16.13 -> 46.02/15.61: central names and topic nouns went); with
//    them, 38.69/10.17 and 46.54/16.15, and the dev readability labels 23/25 -> 24/25
//    on DUC. A filter on the openers before selection would also remove sentences
//    whose referent another chosen sentence introduces.
// 5. Each sentence gets its supporting sentences from other articles
//    (src/statements/statement_index.cc).
// The default method (concept coverage) was chosen by measurement: it has the best
// ROUGE-2 and ROUGE-L on both DUC 2004 and Multi-News, dev and test splits.
#include "src/summarize/summarize.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>
#include <set>
#include <string>

#include "src/base/strings.h"
#include "src/statements/statement_index.h"
#include "src/statements/compress.h"
#include "src/statements/features.h"
#include "src/summarize/methods.h"
#include "src/statements/quality.h"

namespace dossier::summarize {
namespace {

using internal::Budget;
using internal::Cluster;
using internal::Selection;
using internal::Unit;

struct MethodRow {
  Method method;
  std::string_view name;
};
constexpr std::array<MethodRow, 7> kMethods = {{
    {Method::kLead, "lead"},
    {Method::kCentroid, "centroid"},
    {Method::kLexRank, "lexrank"},
    {Method::kTextRank, "textrank"},
    {Method::kMmr, "mmr"},
    {Method::kSubmodular, "submodular"},
    {Method::kConcept, "concept"},
}};

Budget MakeBudget(const SummaryOptions& o) {
  Budget b;
  b.words = std::max(0, o.max_words);
  b.sentences = std::max(0, o.max_sentences);
  b.bytes = std::max(0, o.max_bytes);
  if (b.words == 0 && b.sentences == 0 && b.bytes == 0) b.words = kDefaultWords;
  return b;
}

Selection Select(const Cluster& c, const internal::StatementIndex& statements,
                 const std::vector<size_t>& cand, const Budget& b, const SummaryOptions& o,
                 internal::ConceptTables* tables) {
  const double r = o.redundancy_threshold;
  auto ranked = [&](std::vector<double> scores) {
    Selection s;
    s.units = internal::GreedyByScore(c, cand, scores, b, r);
    s.scores = std::move(scores);
    return s;
  };
  switch (o.method) {
    case Method::kLead: return ranked(internal::LeadScores(c));
    case Method::kCentroid: return ranked(internal::CentroidScores(c));
    case Method::kLexRank: return ranked(internal::LexRankScores(c));
    case Method::kTextRank: return ranked(internal::TextRankScores(c));
    case Method::kMmr: return internal::SelectMmr(c, cand, b, r);
    case Method::kSubmodular: return internal::SelectSubmodular(c, cand, b, r);
    case Method::kConcept:
      return internal::SelectConcepts(c, statements, cand, b, r,
                                      {.exact = o.exact_concepts, .tables = tables});
  }
  return ranked(internal::LeadScores(c));
}

// The candidate not chosen and not redundant with the chosen whose score, scaled by the
// share of its words that fit in the `left` words of budget, is highest; or SIZE_MAX.
size_t FillUnit(const Cluster& c, const std::vector<size_t>& cand, const Selection& sel,
                double redundancy, int left) {
  auto value = [&](size_t i) {
    int length = std::max(1, c.units[i].length);
    return sel.scores[i] * std::min(left, length) / length;
  };
  size_t best = SIZE_MAX;
  for (size_t i : cand) {
    if (std::find(sel.units.begin(), sel.units.end(), i) != sel.units.end()) continue;
    if (best != SIZE_MAX && value(i) <= value(best)) continue;
    bool redundant = std::any_of(sel.units.begin(), sel.units.end(), [&](size_t j) {
      return internal::Dot(c.units[i].vec, c.units[j].vec) > redundancy;
    });
    if (!redundant) best = i;
  }
  return best;
}

void SortForReading(const Cluster& c, const std::vector<Article>& articles,
                    std::vector<size_t>* units);

constexpr int kReferentRounds = 6;
constexpr double kTopicShare = 0.5;
constexpr double kCentralShare = 0.8;

// The lower-case words of `text` with a final "s" taken off ("banners" -> "banner").
std::vector<std::string> LooseWords(std::string_view text) {
  std::vector<std::string> out;
  for (size_t i = 0; i < text.size();) {
    size_t end = i;
    while (end < text.size() && std::isalpha(static_cast<unsigned char>(text[end]))) ++end;
    if (end > i) {
      std::string w = AsciiLower(text.substr(i, end - i));
      if (w.size() > 3 && w.back() == 's') w.pop_back();
      out.push_back(std::move(w));
    }
    i = end + 1;
  }
  return out;
}

// Nouns that say what kind of thing but not whose, however often the story uses them:
// "The government is selling the companies", "The family has given ...". Written as
// LooseWords gives them (lower case, a final "s" taken off).
bool NeedsOwner(std::string_view loose) {
  static const std::set<std::string, std::less<>> kNouns = {
      "government", "country", "nation", "family", "familie", "police", "council", "party",
      "partie", "company", "companie", "court", "ministry", "army", "military", "state",
      "city", "citie", "capital", "region", "province", "administration", "agency", "group",
      "committee", "board", "parliament", "authoritie", "official", "leader", "president",
      "minister", "demonstrator", "protester", "men", "women", "people", "organization"};
  return kNouns.contains(loose);
}

// Checks the referents of a summary against what its sentences introduce.
class ReferentCheck {
 public:
  ReferentCheck(const Cluster& c, const std::vector<Article>& articles)
      : c_(c), articles_(articles) {}

  // The units of `order` (reading order) whose opening referent no earlier unit of
  // `order` introduces. Only eligible units are checked: one the quality filters
  // rejected stands in only when nothing else is left.
  std::vector<size_t> Dangling(const std::vector<size_t>& order) {
    std::vector<size_t> out;
    for (size_t k = 0; k < order.size(); ++k) {
      if (!c_.units[order[k]].eligible) continue;
      const statements::OpeningReferent r = statements::FindOpeningReferent(Shown(order[k]));
      bool known = true;
      if (!r.description.empty()) known = DescriptionIntroduced(r.description, order, k);
      if (known && !r.surname.empty()) known = SurnameIntroduced(r.surname, order, k);
      if (known) known = BareNamesIntroduced(order, k);
      if (!known) out.push_back(order[k]);
    }
    return out;
  }

 private:
  std::string Shown(size_t unit) const {
    const Unit& u = c_.units[unit];
    return statements::JoinParts(articles_[u.article].text, u.parts);
  }

  // Any of `words` in an earlier sentence, or one of them a topic word of the story
  // (in kTopicShare of its articles: "the summit" in a story of a summit).
  bool DescriptionIntroduced(const std::vector<std::string>& words,
                             const std::vector<size_t>& order, size_t k) {
    std::vector<std::string> wanted;
    for (const std::string& w : words) {
      std::vector<std::string> loose = LooseWords(w);
      wanted.insert(wanted.end(), loose.begin(), loose.end());
    }
    for (const std::string& w : wanted) {
      if (!NeedsOwner(w) && ArticleShare(w) >= kTopicShare) return true;
    }
    for (size_t j = 0; j < k; ++j) {
      for (const std::string& w : LooseWords(Shown(order[j]))) {
        if (std::find(wanted.begin(), wanted.end(), w) != wanted.end()) return true;
      }
    }
    return false;
  }

  // A surname the story never gives in full needs no introduction ("Madonna said"), nor
  // a word the story also writes in lower case (a common noun: "Solar energy ..."), nor
  // the name of a central figure (in kCentralShare of the articles; the briefing's key
  // entities give the full name). Else an earlier sentence must give it in full.
  bool SurnameIntroduced(const std::string& surname, const std::vector<size_t>& order,
                         size_t k) {
    if (!SurnameNeedsIntro(surname)) return true;
    for (size_t j = 0; j < k; ++j) {
      if (statements::NamesInFull(Shown(order[j]), surname)) return true;
    }
    return false;
  }

  // Whether every person the sentence order[k] names by surname alone, past its opener
  // ("... reaffirmed its support for Fong"), is named in full by it or by an earlier
  // sentence, when the story names that person in full, uses the word as a person's
  // (UsedAsPerson: "Fong said", "Mr. Fong"; not "Texas") and the person is not central.
  bool BareNamesIntroduced(const std::vector<size_t>& order, size_t k) {
    const std::string shown = Shown(order[k]);
    for (const std::string& name : statements::BareSurnames(shown)) {
      // The summary's own sentences first: they are few, the story's articles many.
      bool introduced = statements::NamesInFull(shown, name);
      for (size_t j = 0; j < k && !introduced; ++j) {
        introduced = statements::NamesInFull(Shown(order[j]), name);
      }
      if (!introduced && SurnameNeedsIntro(name) && PersonSurname(name)) return false;
    }
    return true;
  }

  // Whether some article uses `name` as a person's (cached).
  bool PersonSurname(const std::string& name) {
    auto [it, fresh] = person_.try_emplace(name, false);
    if (fresh) {
      it->second = std::any_of(articles_.begin(), articles_.end(), [&](const Article& a) {
        return statements::UsedAsPerson(a.text, name);
      });
    }
    return it->second;
  }

  // Whether `surname` needs an introduction (cached): the story names it in full, never
  // writes it in lower case, and it is in under kCentralShare of the articles.
  bool SurnameNeedsIntro(const std::string& surname) {
    auto [it, fresh] = needs_intro_.try_emplace(surname, false);
    if (!fresh) return it->second;
    const std::string lower = AsciiLower(surname);
    const double central = kCentralShare * static_cast<double>(articles_.size());
    size_t in = 0;
    bool full = false;
    for (const Article& a : articles_) {  // stops as soon as the answer is no
      if (HasWholeWord(a.text, lower)) return false;  // a common noun
      in += HasWholeWord(a.text, surname);
      if (static_cast<double>(in) >= central) return false;  // a central figure
      full = full || statements::NamesInFull(a.text, surname);
    }
    it->second = full;
    return full;
  }

  // The share of the story's articles that write `loose` (LooseWords: lower case, a
  // final "s" taken off) as a word, alone or with a final "s". Searched word by word and
  // cached: a summary asks for a few words, a big story has millions.
  double ArticleShare(const std::string& loose) {
    auto [it, fresh] = share_.try_emplace(loose, 0.0);
    if (!fresh) return it->second;
    if (lower_texts_.empty()) {
      for (const Article& a : articles_) lower_texts_.push_back(AsciiLower(a.text));
    }
    size_t in = 0;
    for (const std::string& text : lower_texts_) in += HasWholeWord(text, loose, /*plural_s=*/true);
    it->second = static_cast<double>(in) /
                 static_cast<double>(std::max<size_t>(1, articles_.size()));
    return it->second;
  }

  const Cluster& c_;
  const std::vector<Article>& articles_;
  std::map<std::string, bool> needs_intro_;
  std::map<std::string, bool> person_;
  std::map<std::string, double> share_;
  std::vector<std::string> lower_texts_;
};

void SortForReading(const Cluster& c, const std::vector<Article>& articles,
                    std::vector<size_t>* units) {
  auto date = [&](size_t i) -> std::string_view {
    const std::string& d = articles[c.units[i].article].date;
    return d.empty() ? std::string_view("9999") : std::string_view(d);
  };
  std::stable_sort(units->begin(), units->end(), [&](size_t a, size_t b) {
    if (date(a) != date(b)) return date(a) < date(b);
    return a < b;  // units are in (article, position) order
  });
}

// The method's selection in reading order (`order`; an overflowing last unit stays
// last), with no sentence whose opening referent the summary leaves unintroduced
// (ReferentCheck): such units leave `cand` and the method selects again, up to
// kReferentRounds times; those still dangling then are dropped.
Selection SelectIntroduced(const std::vector<Article>& articles, const Cluster& c,
                           const internal::StatementIndex& statements, const Budget& budget,
                           const SummaryOptions& options, std::vector<size_t>* cand,
                           std::vector<size_t>* order) {
  ReferentCheck referents(c, articles);
  internal::ConceptTables tables(c);  // the rounds share the story's concept weights
  for (int round = 0;; ++round) {
    Selection sel = Select(c, statements, *cand, budget, options, &tables);
    *order = sel.units;
    int words = 0;
    for (size_t i : *order) words += c.units[i].length;
    // A method that let its last unit overflow the budget chose it to be cut: it goes last.
    bool overflowed = budget.overflow_last && budget.words > 0 && words > budget.words;
    if (overflowed) order->pop_back();
    SortForReading(c, articles, order);
    if (overflowed) order->push_back(sel.units.back());
    if (!options.skip_dependent_sentences) return sel;
    std::vector<size_t> dangling = referents.Dangling(*order);
    if (dangling.empty()) return sel;
    auto gone = [&](size_t i) {
      return std::find(dangling.begin(), dangling.end(), i) != dangling.end();
    };
    if (round == kReferentRounds) {
      order->erase(std::remove_if(order->begin(), order->end(), gone), order->end());
      sel.units.erase(std::remove_if(sel.units.begin(), sel.units.end(), gone),
                      sel.units.end());
      return sel;
    }
    cand->erase(std::remove_if(cand->begin(), cand->end(), gone), cand->end());
  }
}

// Adds FillUnit's choices to `order` until the word budget is filled (the last one is
// cut there), in reading order but for that last one. When no candidate is left that is
// not redundant (short clusters under a strict threshold), the best of the rest is
// taken rather than leave the budget short; near-identical copies never.
void FillBudget(const Cluster& c, const std::vector<Article>& articles,
                const std::vector<size_t>& cand, const Budget& budget, double redundancy,
                int words, Selection* sel, std::vector<size_t>* order) {
  constexpr double kCopy = 1 - 1e-6;
  std::vector<size_t> extras;
  while (words < budget.words &&
         (budget.sentences == 0 || static_cast<int>(order->size() + extras.size()) <
                                       budget.sentences)) {
    size_t extra = FillUnit(c, cand, *sel, redundancy, budget.words - words);
    if (extra == SIZE_MAX) extra = FillUnit(c, cand, *sel, kCopy, budget.words - words);
    if (extra == SIZE_MAX) break;
    extras.push_back(extra);
    sel->units.push_back(extra);
    words += c.units[extra].length;
  }
  if (extras.empty()) return;
  order->insert(order->end(), extras.begin(), extras.end() - 1);
  SortForReading(c, articles, order);
  order->push_back(extras.back());
}

int CountWordsShown(std::string_view text, const std::vector<Span>& parts) {
  return statements::CountWords(statements::JoinParts(text, parts));
}

// Keeps the first `words` whitespace-separated words of `span`.
Span CutToWords(std::string_view text, Span span, int words) {
  int seen = 0;
  bool in_word = false;
  for (uint32_t p = span.begin; p < span.end; ++p) {
    bool space = IsAsciiSpace(text[p]);
    if (!space && !in_word && ++seen > words) return Span{span.begin, p};
    in_word = !space;
  }
  return span;
}

// The first `words` words of `parts` as JoinParts shows them.
std::vector<Span> CutParts(std::string_view text, const std::vector<Span>& parts, int words) {
  std::vector<Span> out;
  for (const Span& p : parts) {
    int before = CountWordsShown(text, out);
    out.push_back(p);
    if (CountWordsShown(text, out) <= words) continue;
    out.back() = CutToWords(text, p, words - before);
    if (out.back().empty()) out.pop_back();
    break;
  }
  return out;
}

SummarySentence MakeSentence(const Cluster& c, const std::vector<Article>& articles,
                             const internal::StatementIndex& statements,
                             size_t unit, double score, int word_limit,
                             const SummaryOptions& o) {
  const Unit& u = c.units[unit];
  const Article& a = articles[u.article];
  SummarySentence s;
  s.article = u.article;
  s.parts = word_limit < u.length ? CutParts(a.text, u.parts, word_limit) : u.parts;
  if (s.parts.empty()) s.parts = {CutToWords(a.text, u.span, word_limit)};
  s.span = Span{s.parts.front().begin, s.parts.back().end};
  s.text = statements::JoinParts(a.text, s.parts);
  s.score = score;
  s.support = internal::FindSupport(c, statements, unit, o.support_threshold);
  return s;
}

}  // namespace

Summary Summarize(const std::vector<Article>& articles, const SummaryOptions& options) {
  Cluster c = internal::BuildCluster(articles, options);
  if (c.units.empty()) return {};
  return internal::SummarizeCluster(articles, c, internal::StatementIndex(c, articles), options);
}

namespace internal {

Summary SummarizeCluster(const std::vector<Article>& articles, const Cluster& c,
                         const StatementIndex& statements, const SummaryOptions& options) {
  Summary summary;
  if (c.units.empty()) return summary;
  Budget budget = MakeBudget(options);
  // Concept coverage chooses the sentence to cut itself, by its uncovered concepts.
  budget.overflow_last = options.truncate_last && options.method == Method::kConcept;
  std::vector<size_t> cand = internal::Candidates(c, std::max(budget.words, 1));
  std::vector<size_t> order;
  Selection sel = SelectIntroduced(articles, c, statements, budget, options, &cand, &order);
  int words = 0;
  for (size_t i : order) words += c.units[i].length;
  if (options.truncate_last && budget.words > 0 && words < budget.words) {
    FillBudget(c, articles, cand, budget, options.redundancy_threshold, words, &sel, &order);
  }
  int left = budget.words > 0 ? budget.words : INT32_MAX;
  for (size_t i : order) {
    if (left <= 0) break;
    summary.sentences.push_back(
        MakeSentence(c, articles, statements, i, sel.scores[i], left, options));
    left -= std::min(left, c.units[i].length);
  }
  return summary;
}

}  // namespace internal

StatusOr<Method> ParseMethod(std::string_view name) {
  for (const MethodRow& row : kMethods) {
    if (row.name == name) return row.method;
  }
  return Status::InvalidArgument(
      StrCat("unknown summarization method \"", name,
             "\" (want lead, centroid, lexrank, textrank, mmr, submodular or concept)"));
}

std::string_view MethodName(Method method) {
  for (const MethodRow& row : kMethods) {
    if (row.method == method) return row.name;
  }
  return "unknown";
}

std::vector<Method> AllMethods() {
  std::vector<Method> out;
  for (const MethodRow& row : kMethods) out.push_back(row.method);
  return out;
}

}  // namespace dossier::summarize

namespace dossier {

StatusOr<SummaryMethod> ParseSummaryMethod(std::string_view name) {
  return summarize::ParseMethod(name);
}
std::string_view SummaryMethodName(SummaryMethod method) { return summarize::MethodName(method); }
std::vector<SummaryMethod> AllSummaryMethods() { return summarize::AllMethods(); }

}  // namespace dossier
