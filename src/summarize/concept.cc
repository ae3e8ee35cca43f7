// Concept coverage selection (Gillick & Favre 2009, "A scalable global model for
// summarization"; the ICSI system of TAC 2008/2009).
//
// Concepts are stemmed word bigrams (not both stopwords); a concept's weight is the
// number of articles that contain it (its document frequency), which rewards facts that
// several outlets report independently, each article's vote raised when the concept
// comes early in it (position prior, as Boudin et al. 2015 found useful). Near-copies of an article (syndicated wire copy, by
// the engine's one rule, dedup::FindCopies) vote once, so a story reprinted by three
// outlets does not triple its concepts' weight. Only concepts found in at least
// max(1, round(kMinDfFraction * distinct articles)) articles count, as ICSI kept bigrams
// seen in 3 of 10 documents. The summary maximizes the total weight of the concepts it covers,
// each counted once, under the length budget:
//
//   max sum_i w_i c_i   s.t.  sum_j l_j s_j <= L,   s_j <= c_i for i in j,
//                             sum_{j ∋ i} s_j >= c_i,   s_a + s_b <= 1 for redundant a, b
//
// solved exactly as an integer program with GLPK's branch-and-cut when `exact` is set,
// else (the default, and when GLPK fails or runs out of time) with the cost-scaled
// greedy of Khuller, Moss & Naor (1999): repeatedly take the unit with the best uncovered
// weight per word. On DUC 2004 and Multi-News dev the greedy scores within 0.2 ROUGE
// points of the exact optimum at a tenth of the time. The greedy result is then improved
// by local search: while replacing one chosen unit by an unused one that fits raises the
// total weight covered, the best such swap is made and the freed words refilled (a
// 1-swap neighbourhood, which contains Lin & Bilmes's (2010) comparison of the greedy
// result with the best single unit). Dev: DUC 39.46/10.08 -> 39.79/10.16,
// Multi-News 46.15/14.88 -> 46.26/14.99. Swaps judged by covered weight per word instead
// favoured short units and lost a point on both sets.
//
// Redundancy is also scored softly in the greedy (as MMR, Carbonell & Goldstein 1998, and
// Lin & Bilmes 2011 temper coverage by similarity): a unit's uncovered weight per word is
// scaled by max(0, 1 - kRedundancyDamping * d), d its highest "says the same thing"
// score with a chosen unit (StatementIndex::Dice, the idf-weighted Dice that attribution
// uses, measured on labelled pairs), besides the hard cosine threshold. Bigram concepts
// miss paraphrase: the leads of two outlets saying "a leopard ate a ranger's son" in
// different words share few bigrams, and the position prior would take both. Dev
// with the threshold at 0.2 and quote-led sentences allowed, scaling by cosine: DUC
// 39.30/9.68 -> 39.85/10.03, Multi-News 47.80/16.52 -> 47.97/16.54 (damping 1:
// 39.80/47.95, 2: 39.97/47.67, 3: 39.42/47.72; squared cosine and damping in the swap
// search too were worse on both sets). Scaling by Dice instead (same damping): dev DUC
// 40.09/10.26, Multi-News 47.82/16.58; test DUC 40.11/11.42 -> 40.69/11.67, Multi-News
// 46.45/17.42 -> 46.57/17.57. Dice for the hard threshold as well lost on Multi-News
// (dev 47.25-47.56).
//
// When the summary is to fill its budget exactly (Budget::overflow_last), the unit to be
// cut at the budget is chosen last by the same rule, uncovered weight per word, so it
// adds new concepts rather than repeating covered ones (dev: DUC 39.79/10.16 ->
// 39.88/10.26, Multi-News 46.26/14.99 -> 46.25/14.98).
//
// Words left after the selection are filled with rarer concepts (FillWithRarerConcepts):
// in a big, loose story (25 articles, a topic rather than one event) few bigrams reach the
// 30% floor, the greedy runs out of units with weight and the budget stayed a third
// empty (duc_stream, 145 stories, 250 words: mean fill 88.8%, 30 stories under 80%). The
// floor then gives way, to 15% and then to any bigram, and the greedy continues from what
// is chosen with the redundancy rules unchanged: mean fill 99.4%, lowest story 97.2%; at
// 400 words 78.5% -> 99.5%. The dev sets fill before the floor is reached, so their
// scores stay as they were (reader-facing DUC 38.53/10.19, Multi-News 47.04/16.69 ->
// 47.03/16.68).
//
// Measured on dev and not adopted (R-1/R-2 against 39.79/10.16 DUC, 46.26/14.99 MN):
// unigram concepts for capitalized words and numbers at 0.2/0.5/1 of a bigram's vote
// (DUC 39.54/38.87/38.49 R-1, Multi-News +-0.1); bigrams that skip one stopword
// ("president of Russia" -> president_russia: DUC 39.58, Multi-News 46.12); a cost
// exponent on the greedy's length (weight / length^r, r in 0.3-1.15, against 39.88 and
// 46.25 with the cut unit chosen here: the best, r = 0.7, moved either set by 0.1).
// Later, against DUC 39.88/10.26 and Multi-News 46.25/14.98 (or, with the new defaults,
// 39.85/10.03 and 47.97/16.54): within-article frequency of a concept in its vote
// (x (1 + b log tf) or + b (tf - 1), b in 0.3-3: DUC -0.5 to -1.2, MN +-0.1); bigrams
// with a stopword at 0.3/0.6/1.5 of the weight (DUC 38.4-38.7); redundancy cosines over
// article-level idf so that the story's shared words do not count (MN 47.1 against
// 47.9); a threshold at a quantile of the cluster's pairwise cosines (the quantiles of
// both sets are alike); the threshold on different articles' units only or on one
// article's only (MN 47.3 either way); position gamma 20/50 or relative to the
// article's length (noise-sized, opposite moves on the two sets).
#include <glpk.h>

#include <algorithm>
#include <cmath>
#include <span>
#include <unordered_map>

#include "src/statements/statement_index.h"
#include "src/summarize/methods.h"

namespace dossier::summarize::internal {
namespace {

constexpr double kMinDfFraction = 0.3;
// The floors tried, in order, when words are left (FillWithRarerConcepts); 0 means every
// bigram of one article counts.
constexpr double kRelaxedDfFractions[] = {0.15, 0};
// Position prior: an article contributes 1 + kPositionGamma / (1 + i) to a concept whose
// first occurrence in it is sentence i (news puts the key facts first). 30 was the best
// of {0, 1, 3, 10, 30, 100} on the DUC 2004 dev split. Measured and not adopted: the
// index relative to the article's length (i * 30 / n): DUC dev 39.46/10.08 ->
// 40.09/10.21 but Multi-News dev 46.15/14.88 -> 45.66/14.70, a rule that helps one kind
// of input at the other's cost; a unit-level prior (x (1 + 0.3 / (1 + i))) and gamma 10
// or 100 moved either set by under 0.4 points, within the noise of 25 clusters.
constexpr double kPositionGamma = 30;
constexpr int kIlpTimeLimitMs = 2000;
constexpr double kTieBreak = 1e-6;
// Swap rounds after the greedy (each one scans chosen x candidates; 1-3 happen in
// practice), and the relative gain a swap must bring (guards against float ties).
constexpr int kMaxSwapRounds = 10;
constexpr double kMinSwapGain = 1e-9;
// Soft redundancy of the greedy (see the top of the file): 1.5 of {0, 1, 1.5, 2, 3} on dev.
constexpr double kRedundancyDamping = 1.5;

struct ConceptModel {
  // Per concept: the weights of the story's ConceptTable, shared across the referent
  // rounds rather than copied into each model (a 5,000-article story's table at the
  // lowest floor holds every bigram); `own` holds them when no table is shared.
  std::span<const double> weight;
  std::vector<double> own;

  ConceptModel() = default;
  ConceptModel(ConceptModel&&) = default;  // moving `own` keeps its buffer: `weight` holds
  ConceptModel& operator=(ConceptModel&&) = default;
  ConceptModel(const ConceptModel&) = delete;  // a copy would point into the original's
  ConceptModel& operator=(const ConceptModel&) = delete;
  std::vector<std::vector<int>> concepts;  // per candidate (parallel to candidates)
  const StatementIndex* statements = nullptr;  // over the cluster's units, for Novelty
};

}  // namespace

std::vector<size_t> NearCopyGroups(const Cluster& c) {
  std::vector<size_t> group(c.num_articles);
  for (size_t a = 0; a < c.num_articles; ++a) {
    group[a] = a < c.copy_of.size() && c.copy_of[a] >= 0 ? static_cast<size_t>(c.copy_of[a]) : a;
  }
  return group;
}

namespace {

double PositionVote(const Unit& u) { return 1 + kPositionGamma / (1.0 + u.index); }

// `min_df_fraction`: a concept counts when found in at least
// max(1, round(min_df_fraction * distinct article groups)) of them.
ConceptTable BuildTable(const Cluster& c, double min_df_fraction) {
  std::vector<size_t> group = NearCopyGroups(c);
  // (concept, article group, vote) for every mention, sorted: a flat vector instead of a
  // map of maps (8% of a 5,000-article briefing), giving the same order and sums.
  struct Mention {
    uint64_t bigram;
    size_t group;
    double vote;
  };
  std::vector<Mention> mentions;
  for (const Unit& u : c.units) {
    double vote = PositionVote(u);
    for (uint64_t b : u.bigrams) mentions.push_back({b, group[u.article], vote});
  }
  std::sort(mentions.begin(), mentions.end(), [](const Mention& x, const Mention& y) {
    return x.bigram != y.bigram ? x.bigram < y.bigram : x.group < y.group;
  });
  size_t groups = 0;
  for (size_t a = 0; a < group.size(); ++a) groups += group[a] == a;
  size_t min_df = std::max<size_t>(1, std::lround(min_df_fraction * groups));
  ConceptTable t;
  for (size_t i = 0; i < mentions.size();) {
    // One concept: its groups in order, each voting its best (earliest) mention.
    size_t by_group = 0;
    double w = 0;
    size_t j = i;
    while (j < mentions.size() && mentions[j].bigram == mentions[i].bigram) {
      double best = 0;
      size_t k = j;
      for (; k < mentions.size() && mentions[k].bigram == mentions[i].bigram &&
             mentions[k].group == mentions[j].group;
           ++k) {
        best = std::max(best, mentions[k].vote);
      }
      w += best;
      ++by_group;
      j = k;
    }
    if (by_group >= min_df) {
      t.index[mentions[i].bigram] = static_cast<int>(t.weight.size());
      t.weight.push_back(w);
    }
    i = j;
  }
  return t;
}

// The model of `candidates` over the story's concepts at floor `min_df_fraction`, from
// `tables` when given.
ConceptModel BuildModel(const Cluster& c, const std::vector<size_t>& candidates,
                        double min_df_fraction, ConceptTables* tables) {
  ConceptTable own;
  const ConceptTable& t =
      tables != nullptr ? tables->For(min_df_fraction) : (own = BuildTable(c, min_df_fraction));
  ConceptModel m;
  if (tables != nullptr) {
    m.weight = t.weight;
  } else {
    m.own = std::move(own.weight);  // the buffer moves with it, so the span stays valid
    m.weight = m.own;
  }
  for (size_t j : candidates) {
    if (!t.unit_concepts.empty()) {  // a shared table knows every unit's concepts
      m.concepts.push_back(t.unit_concepts[j]);
      continue;
    }
    std::vector<int>& list = m.concepts.emplace_back();
    for (uint64_t b : c.units[j].bigrams) {
      auto it = t.index.find(b);
      if (it != t.index.end()) list.push_back(it->second);
    }
  }
  return m;
}

double UnitWeight(const ConceptModel& m, size_t k, const std::vector<bool>& covered) {
  double w = 0;
  for (int i : m.concepts[k]) w += covered[i] ? 0 : m.weight[i];
  return w;
}

bool RedundantWith(const Cluster& c, const std::vector<size_t>& cand,
                   const std::vector<size_t>& chosen, size_t k, double redundancy) {
  return std::any_of(chosen.begin(), chosen.end(), [&](size_t j) {
    return j != k && Dot(c.units[cand[k]].vec, c.units[cand[j]].vec) > redundancy;
  });
}

// The share of a unit's value left after its redundancy with `chosen`:
// max(0, 1 - kRedundancyDamping * d), d its highest "says the same thing" score
// (StatementIndex::Dice, the relation attribution uses) with a chosen unit.
double Novelty(const std::vector<size_t>& cand, const ConceptModel& m,
               const std::vector<size_t>& chosen, size_t k) {
  double most = 0;
  for (size_t j : chosen) {
    if (j != k) most = std::max(most, m.statements->Dice(cand[k], cand[j]));
  }
  return std::max(0.0, 1 - kRedundancyDamping * most);
}

BudgetTracker Spent(const Cluster& c, const std::vector<size_t>& cand, const Budget& budget,
                    const std::vector<size_t>& chosen) {
  BudgetTracker tracker(budget);
  for (size_t k : chosen) tracker.Add(c.units[cand[k]]);
  return tracker;
}

// Budgeted greedy from `chosen` (positions into candidates): repeatedly adds the unit
// with the best uncovered weight per word, scaled by its Novelty, that fits and is not
// redundant.
void GreedyFrom(const Cluster& c, const std::vector<size_t>& cand, const ConceptModel& m,
                const Budget& budget, double redundancy, std::vector<size_t>* chosen) {
  BudgetTracker tracker = Spent(c, cand, budget, *chosen);
  std::vector<bool> covered(m.weight.size(), false), used(cand.size(), false);
  for (size_t k : *chosen) {
    used[k] = true;
    for (int i : m.concepts[k]) covered[i] = true;
  }
  while (!tracker.Full()) {
    size_t best = SIZE_MAX;
    double best_value = 0;
    for (size_t k = 0; k < cand.size(); ++k) {
      const Unit& u = c.units[cand[k]];
      if (used[k] || !tracker.Fits(u)) continue;
      double value = UnitWeight(m, k, covered) / std::max(1, u.length);
      if (value <= best_value) continue;  // Novelty <= 1: cannot win
      value *= Novelty(cand, m, *chosen, k);
      if (value > best_value && !RedundantWith(c, cand, *chosen, k, redundancy)) {
        best_value = value, best = k;
      }
    }
    if (best == SIZE_MAX) break;
    used[best] = true;
    for (int i : m.concepts[best]) covered[i] = true;
    tracker.Add(c.units[cand[best]]);
    chosen->push_back(best);
  }
}

// Total weight of the concepts `chosen` covers, each counted once.
double Coverage(const ConceptModel& m, const std::vector<size_t>& chosen) {
  std::vector<int> ids;
  for (size_t k : chosen) ids.insert(ids.end(), m.concepts[k].begin(), m.concepts[k].end());
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  double w = 0;
  for (int i : ids) w += m.weight[i];
  return w;
}

struct Swap {
  size_t slot = SIZE_MAX;  // index into chosen
  size_t unit = SIZE_MAX;  // candidate position to put there
  double value = 0;
};

// The best swap of chosen[slot] for an unused candidate, by the total weight covered.
Swap BestSwapAt(const Cluster& c, const std::vector<size_t>& cand, const ConceptModel& m,
                const Budget& budget, double redundancy, const std::vector<size_t>& chosen,
                size_t slot, const std::vector<bool>& used) {
  std::vector<size_t> rest = chosen;
  rest.erase(rest.begin() + static_cast<std::ptrdiff_t>(slot));
  std::vector<bool> covered(m.weight.size(), false);
  for (size_t k : rest) {
    for (int i : m.concepts[k]) covered[i] = true;
  }
  double base = Coverage(m, rest);
  BudgetTracker tracker = Spent(c, cand, budget, rest);
  Swap best;
  for (size_t k = 0; k < cand.size(); ++k) {
    if (used[k] || !tracker.Fits(c.units[cand[k]])) continue;
    double value = base + UnitWeight(m, k, covered);
    if (value > best.value && !RedundantWith(c, cand, rest, k, redundancy)) {
      best = Swap{slot, k, value};
    }
  }
  return best;
}

// Local search after the greedy (Lin & Bilmes 2010 compare the greedy result with the
// best single unit; a 1-swap neighbourhood generalizes that check): while replacing one
// chosen unit by an unused one that fits raises the total weight covered, make the
// best such swap, then let the greedy fill any words freed.
void ImproveBySwaps(const Cluster& c, const std::vector<size_t>& cand, const ConceptModel& m,
                    const Budget& budget, double redundancy, std::vector<size_t>* chosen) {
  for (int round = 0; round < kMaxSwapRounds && !chosen->empty(); ++round) {
    std::vector<bool> used(cand.size(), false);
    for (size_t k : *chosen) used[k] = true;
    Swap best{SIZE_MAX, SIZE_MAX, Coverage(m, *chosen) * (1 + kMinSwapGain)};
    for (size_t slot = 0; slot < chosen->size(); ++slot) {
      Swap s = BestSwapAt(c, cand, m, budget, redundancy, *chosen, slot, used);
      if (s.value > best.value) best = s;
    }
    if (best.slot == SIZE_MAX) break;
    (*chosen)[best.slot] = best.unit;
    GreedyFrom(c, cand, m, budget, redundancy, chosen);
  }
}

std::vector<size_t> Greedy(const Cluster& c, const std::vector<size_t>& cand,
                           const ConceptModel& m, const Budget& budget, double redundancy,
                           bool swaps) {
  std::vector<size_t> chosen;
  GreedyFrom(c, cand, m, budget, redundancy, &chosen);
  if (swaps) ImproveBySwaps(c, cand, m, budget, redundancy, &chosen);
  return chosen;
}

// Words left after the selection (a big, loose story where few bigrams reach the
// kMinDfFraction floor, so the greedy runs out of units with any weight): the floor gives
// way step by step (kRelaxedDfFractions) and the greedy continues from what is chosen,
// so a sentence of the story's rarer but shared facts fills a slot rather than leaving it
// empty. The redundancy rules stay as they are. A no-op when the budget is already full.
void FillWithRarerConcepts(const Cluster& c, const std::vector<size_t>& cand,
                           const StatementIndex& statements, const Budget& budget,
                           double redundancy, ConceptTables* tables,
                           std::vector<size_t>* chosen) {
  for (double fraction : kRelaxedDfFractions) {
    if (Spent(c, cand, budget, *chosen).Full()) return;
    ConceptModel rarer = BuildModel(c, cand, fraction, tables);
    rarer.statements = &statements;
    GreedyFrom(c, cand, rarer, budget, redundancy, chosen);
  }
}

// Exact ILP with GLPK; returns false if no integer solution was found in time.
bool SolveIlp(const Cluster& c, const std::vector<size_t>& cand, const ConceptModel& m,
              const Budget& budget, double redundancy, std::vector<size_t>* chosen) {
  const int nc = static_cast<int>(m.weight.size()), ns = static_cast<int>(cand.size());
  glp_prob* lp = glp_create_prob();
  glp_set_obj_dir(lp, GLP_MAX);
  glp_add_cols(lp, nc + ns);
  for (int i = 1; i <= nc + ns; ++i) {
    glp_set_col_kind(lp, i, GLP_BV);
    // Sentence columns get a tiny cost growing with their index so that, among equal
    // coverings, the earlier units (lower article index, then position) win.
    glp_set_obj_coef(lp, i, i <= nc ? m.weight[i - 1] : -kTieBreak * (i - nc));
  }
  std::vector<int> ia{0}, ja{0};
  std::vector<double> ar{0};
  auto add_row = [&](int type, double lb, double ub) {
    int r = glp_add_rows(lp, 1);
    glp_set_row_bnds(lp, r, type, lb, ub);
    return r;
  };
  auto put = [&](int r, int col, double v) { ia.push_back(r), ja.push_back(col), ar.push_back(v); };
  // Length budget (words; the caller already added any overflow allowance).
  if (budget.words > 0) {
    int r = add_row(GLP_UP, 0, budget.words);
    for (int k = 0; k < ns; ++k) put(r, nc + k + 1, c.units[cand[k]].length);
  }
  if (budget.sentences > 0) {
    int r = add_row(GLP_UP, 0, budget.sentences);
    for (int k = 0; k < ns; ++k) put(r, nc + k + 1, 1);
  }
  if (budget.bytes > 0) {
    int r = add_row(GLP_UP, 0, budget.bytes);
    for (int k = 0; k < ns; ++k) put(r, nc + k + 1, c.units[cand[k]].span.size() + 1.0);
  }
  std::vector<std::vector<int>> occurrences(nc);
  for (int k = 0; k < ns; ++k) {
    for (int i : m.concepts[k]) {
      int r = add_row(GLP_UP, 0, 0);  // s_k - c_i <= 0
      put(r, nc + k + 1, 1), put(r, i + 1, -1);
      occurrences[i].push_back(k);
    }
  }
  for (int i = 0; i < nc; ++i) {
    int r = add_row(GLP_LO, 0, 0);  // sum s_k - c_i >= 0
    put(r, i + 1, -1);
    for (int k : occurrences[i]) put(r, nc + k + 1, 1);
  }
  for (int a = 0; a < ns; ++a) {
    for (int b = a + 1; b < ns; ++b) {
      if (Dot(c.units[cand[a]].vec, c.units[cand[b]].vec) <= redundancy) continue;
      int r = add_row(GLP_UP, 0, 1);
      put(r, nc + a + 1, 1), put(r, nc + b + 1, 1);
    }
  }
  glp_load_matrix(lp, static_cast<int>(ia.size()) - 1, ia.data(), ja.data(), ar.data());
  glp_iocp parm;
  glp_init_iocp(&parm);
  parm.presolve = GLP_ON;
  parm.msg_lev = GLP_MSG_OFF;
  parm.tm_lim = kIlpTimeLimitMs;
  int err = glp_intopt(lp, &parm);
  int status = glp_mip_status(lp);
  bool ok = err == 0 && status == GLP_OPT;
  if (ok) {
    for (int k = 0; k < ns; ++k) {
      if (glp_mip_col_val(lp, nc + k + 1) > 0.5) chosen->push_back(static_cast<size_t>(k));
    }
  }
  glp_delete_prob(lp);
  return ok;
}

}  // namespace

const ConceptTable& ConceptTables::For(double min_df_fraction) {
  auto it = tables_.find(min_df_fraction);
  if (it == tables_.end()) {
    it = tables_.emplace(min_df_fraction, BuildTable(c_, min_df_fraction)).first;
    ConceptTable& t = it->second;
    t.unit_concepts.resize(c_.units.size());
    for (size_t u = 0; u < c_.units.size(); ++u) {
      for (uint64_t b : c_.units[u].bigrams) {
        if (auto found = t.index.find(b); found != t.index.end()) {
          t.unit_concepts[u].push_back(found->second);
        }
      }
    }
  }
  return it->second;
}

Selection SelectConcepts(const Cluster& c, const StatementIndex& statements,
                         const std::vector<size_t>& candidates, const Budget& budget,
                         double redundancy, const ConceptSearch& search) {
  ConceptModel m = BuildModel(c, candidates, kMinDfFraction, search.tables);
  m.statements = &statements;
  Selection sel;
  sel.scores.assign(c.units.size(), 0);
  std::vector<bool> none(m.weight.size(), false);
  for (size_t k = 0; k < candidates.size(); ++k) sel.scores[candidates[k]] = UnitWeight(m, k, none);
  std::vector<size_t> chosen;
  bool bounded = budget.words > 0 || budget.sentences > 0 || budget.bytes > 0;
  Budget whole = budget;
  whole.overflow_last = false;
  if (!search.exact || !bounded || !SolveIlp(c, candidates, m, whole, redundancy, &chosen)) {
    chosen = Greedy(c, candidates, m, whole, redundancy, search.swaps);
  }
  FillWithRarerConcepts(c, candidates, statements, whole, redundancy, search.tables, &chosen);
  // The unit to be cut at the budget: the best uncovered weight per word again.
  if (budget.overflow_last) GreedyFrom(c, candidates, m, budget, redundancy, &chosen);
  for (size_t k : chosen) sel.units.push_back(candidates[k]);
  return sel;
}

}  // namespace dossier::summarize::internal
