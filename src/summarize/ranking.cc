// Sentence-ranking methods and the greedy selector they share.
//
// - Lead: first sentences of each article in turn (DUC's and Multi-News's baseline).
// - Centroid: MEAD (Radev, Jing, Stys & Tam 2004): a sentence's score is its cosine with
//   the cluster's tf-idf centroid plus a linear position score, each scaled to [0, 1].
// - LexRank, continuous variant (Erkan & Radev 2004): PageRank on the graph of tf-idf
//   cosines, damping 0.15, power iteration.
// - TextRank (Mihalcea & Tarau 2004): PageRank on word-overlap similarity
//   |Si ∩ Sj| / (log|Si| + log|Sj|), damping 0.85.
// The greedy selector then takes units by score, skipping those too similar to one
// already chosen (the usual redundancy check of MEAD's reranker).
#include <algorithm>
#include <cmath>

#include "src/summarize/methods.h"

namespace dossier::summarize::internal {
namespace {

constexpr int kPageRankIterations = 60;
constexpr double kPageRankTolerance = 1e-7;

// Unit indices sorted by descending score, ties by index.
std::vector<size_t> ByScore(const std::vector<size_t>& ids, const std::vector<double>& s) {
  std::vector<size_t> order = ids;
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return s[a] > s[b]; });
  return order;
}

// Stationary distribution of the random walk on weighted graph `w` (n x n, row-major)
// with teleport probability `teleport`.
std::vector<double> PageRank(const std::vector<double>& w, size_t n, double teleport) {
  std::vector<double> row_sum(n, 0), p(n, 1.0 / n), next(n);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) row_sum[i] += w[i * n + j];
  }
  for (int iter = 0; iter < kPageRankIterations; ++iter) {
    std::fill(next.begin(), next.end(), teleport / n);
    double dangling = 0;
    for (size_t i = 0; i < n; ++i) {
      if (row_sum[i] <= 0) {
        dangling += p[i];
        continue;
      }
      double share = (1 - teleport) * p[i] / row_sum[i];
      for (size_t j = 0; j < n; ++j) next[j] += share * w[i * n + j];
    }
    double delta = 0;
    for (size_t j = 0; j < n; ++j) {
      next[j] += (1 - teleport) * dangling / n;
      delta += std::abs(next[j] - p[j]);
    }
    p.swap(next);
    if (delta < kPageRankTolerance) break;
  }
  return p;
}

std::vector<uint32_t> UniqueTerms(const Unit& u) {
  std::vector<uint32_t> t = u.terms;
  std::sort(t.begin(), t.end());
  t.erase(std::unique(t.begin(), t.end()), t.end());
  return t;
}

size_t Overlap(const std::vector<uint32_t>& a, const std::vector<uint32_t>& b) {
  size_t n = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n, ++i, ++j;
    }
  }
  return n;
}

}  // namespace

bool BudgetTracker::Fits(const Unit& u) const {
  if (budget_.sentences > 0 && sentences_ + 1 > budget_.sentences) return false;
  if (budget_.bytes > 0 && bytes_ + static_cast<int>(u.span.size()) + 1 > budget_.bytes) {
    return false;
  }
  if (budget_.words <= 0) return true;
  return budget_.overflow_last ? words_ < budget_.words : words_ + u.length <= budget_.words;
}

void BudgetTracker::Add(const Unit& u) {
  ++sentences_;
  bytes_ += static_cast<int>(u.span.size()) + 1;
  words_ += u.length;
}

bool BudgetTracker::Full() const {
  return (budget_.sentences > 0 && sentences_ >= budget_.sentences) ||
         (budget_.words > 0 && words_ >= budget_.words) ||
         (budget_.bytes > 0 && bytes_ >= budget_.bytes);
}

std::vector<size_t> Candidates(const Cluster& c, int min_words) {
  std::vector<size_t> eligible;
  int words = 0;
  for (size_t i = 0; i < c.units.size(); ++i) {
    if (!c.units[i].eligible) continue;
    eligible.push_back(i);
    words += c.units[i].length;
  }
  if (words >= min_words) return eligible;
  // Too few words: sentences outside the length limits may stand in, but not fragments
  // ("PERHAPS LONGER.") unless there is nothing else ("Markets fell." alone), and never
  // ones that lean on their neighbours or are no statement: a short summary beats a
  // wrong one.
  constexpr int kMinFallbackWords = 5;
  for (int floor : {kMinFallbackWords, 0}) {
    std::vector<size_t> out;
    for (size_t i = 0; i < c.units.size(); ++i) {
      const Unit& u = c.units[i];
      if (u.eligible || (u.standalone && u.length >= floor)) out.push_back(i);
    }
    if (!out.empty()) return out;
  }
  return {};
}

std::vector<size_t> GreedyByScore(const Cluster& c, const std::vector<size_t>& candidates,
                                  const std::vector<double>& scores, const Budget& budget,
                                  double redundancy) {
  BudgetTracker tracker(budget);
  std::vector<size_t> chosen;
  for (size_t i : ByScore(candidates, scores)) {
    if (tracker.Full()) break;
    const Unit& u = c.units[i];
    if (!tracker.Fits(u)) continue;
    bool redundant = std::any_of(chosen.begin(), chosen.end(), [&](size_t j) {
      return Dot(u.vec, c.units[j].vec) > redundancy;
    });
    if (redundant) continue;
    tracker.Add(u);
    chosen.push_back(i);
  }
  return chosen;
}

std::vector<double> LeadScores(const Cluster& c) {
  std::vector<double> s;
  for (const Unit& u : c.units) s.push_back(1.0 / (1.0 + u.index));
  return s;
}

std::vector<double> CentroidScores(const Cluster& c) {
  SparseVector centroid = Centroid(c);
  std::vector<double> sim;
  for (const Unit& u : c.units) sim.push_back(Dot(u.vec, centroid));
  double max_sim = sim.empty() ? 0 : *std::max_element(sim.begin(), sim.end());
  std::vector<double> s;
  for (size_t i = 0; i < c.units.size(); ++i) {
    const Unit& u = c.units[i];
    double position = 1.0 - static_cast<double>(u.index) / std::max<uint32_t>(1, u.article_size);
    s.push_back((max_sim > 0 ? sim[i] / max_sim : 0) + position);
  }
  return s;
}

std::vector<double> LexRankScores(const Cluster& c) {
  size_t n = c.units.size();
  std::vector<double> w(n * n, 0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      w[i * n + j] = w[j * n + i] = Dot(c.units[i].vec, c.units[j].vec);
    }
  }
  return PageRank(w, n, 0.15);
}

std::vector<double> TextRankScores(const Cluster& c) {
  size_t n = c.units.size();
  std::vector<std::vector<uint32_t>> terms;
  for (const Unit& u : c.units) terms.push_back(UniqueTerms(u));
  std::vector<double> w(n * n, 0);
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = i + 1; j < n; ++j) {
      double denom = std::log(terms[i].size() + 1.0) + std::log(terms[j].size() + 1.0);
      w[i * n + j] = w[j * n + i] = Overlap(terms[i], terms[j]) / denom;
    }
  }
  return PageRank(w, n, 0.15);
}

}  // namespace dossier::summarize::internal
