// Selection methods that trade relevance against redundancy while choosing.
//
// - MMR (Carbonell & Goldstein 1998): repeatedly take the unit maximizing
//   lambda * cos(u, centroid) - (1 - lambda) * max over chosen v of cos(u, v).
// - Submodular (Lin & Bilmes 2011, "A class of submodular functions for document
//   summarization"): F(S) = L(S) + lambda R(S) with coverage
//   L(S) = sum_i min(sum_{j in S} w_ij, alpha sum_{j in V} w_ij) and diversity reward
//   R(S) = sum_k sqrt(sum_{j in S ∩ P_k} r_j), r_j = mean_i w_ij, over a k-means
//   partition P of the units (K = N / 5). Maximized by their budgeted greedy, gain /
//   cost^0.3 (without the final best-single-unit check). Parameters are the paper's
//   DUC 2004 values (alpha = 5 / N, lambda = 6, r = 0.3).
#include <algorithm>
#include <cmath>

#include "src/summarize/methods.h"

namespace dossier::summarize::internal {
namespace {

constexpr double kMmrLambda = 0.7;
constexpr double kSubmodularAlpha = 5.0;  // alpha = kSubmodularAlpha / N
constexpr double kSubmodularLambda = 6.0;
constexpr double kCostExponent = 0.3;
constexpr int kKMeansIterations = 8;

bool Redundant(const Cluster& c, const std::vector<size_t>& chosen, size_t i, double limit) {
  return std::any_of(chosen.begin(), chosen.end(),
                     [&](size_t j) { return Dot(c.units[i].vec, c.units[j].vec) > limit; });
}

// k-means on unit vectors (cosine), seeded with evenly spaced units: deterministic.
std::vector<int> Partition(const Cluster& c, size_t k) {
  size_t n = c.units.size();
  std::vector<SparseVector> centers;
  for (size_t i = 0; i < k; ++i) centers.push_back(c.units[i * n / k].vec);
  std::vector<int> label(n, 0);
  for (int iter = 0; iter < kKMeansIterations; ++iter) {
    for (size_t i = 0; i < n; ++i) {
      double best = -1;
      for (size_t m = 0; m < k; ++m) {
        double s = Dot(c.units[i].vec, centers[m]);
        if (s > best) best = s, label[i] = static_cast<int>(m);
      }
    }
    std::vector<std::vector<double>> sum(k, std::vector<double>(c.num_terms, 0));
    for (size_t i = 0; i < n; ++i) {
      for (const auto& [id, w] : c.units[i].vec) sum[label[i]][id] += w;
    }
    for (size_t m = 0; m < k; ++m) {
      centers[m].clear();
      for (size_t t = 0; t < c.num_terms; ++t) {
        if (sum[m][t] > 0) centers[m].emplace_back(static_cast<uint32_t>(t), static_cast<float>(sum[m][t]));
      }
      Normalize(&centers[m]);
    }
  }
  return label;
}

class SubmodularObjective {
 public:
  explicit SubmodularObjective(const Cluster& c) : n_(c.units.size()), w_(n_ * n_, 0) {
    for (size_t i = 0; i < n_; ++i) {
      w_[i * n_ + i] = 1;
      for (size_t j = i + 1; j < n_; ++j) {
        w_[i * n_ + j] = w_[j * n_ + i] = Dot(c.units[i].vec, c.units[j].vec);
      }
    }
    cap_.assign(n_, 0);
    reward_.assign(n_, 0);
    for (size_t i = 0; i < n_; ++i) {
      for (size_t j = 0; j < n_; ++j) cap_[i] += w_[i * n_ + j], reward_[j] += w_[i * n_ + j] / n_;
    }
    for (double& x : cap_) x *= kSubmodularAlpha / n_;
    label_ = Partition(c, std::max<size_t>(1, n_ / 5));
    covered_.assign(n_, 0);
    part_sum_.assign(n_, 0);
  }

  // F(S + j) - F(S).
  double Gain(size_t j) const {
    double gain = 0;
    for (size_t i = 0; i < n_; ++i) {
      gain += std::min(covered_[i] + w_[i * n_ + j], cap_[i]) - std::min(covered_[i], cap_[i]);
    }
    double before = part_sum_[label_[j]];
    return gain + kSubmodularLambda * (std::sqrt(before + reward_[j]) - std::sqrt(before));
  }

  void Add(size_t j) {
    for (size_t i = 0; i < n_; ++i) covered_[i] += w_[i * n_ + j];
    part_sum_[label_[j]] += reward_[j];
  }

 private:
  size_t n_;
  std::vector<double> w_, cap_, reward_, covered_, part_sum_;
  std::vector<int> label_;
};

}  // namespace

Selection SelectMmr(const Cluster& c, const std::vector<size_t>& candidates,
                    const Budget& budget, double redundancy) {
  SparseVector centroid = Centroid(c);
  Selection sel;
  sel.scores.assign(c.units.size(), 0);
  for (size_t i : candidates) sel.scores[i] = Dot(c.units[i].vec, centroid);
  BudgetTracker tracker(budget);
  std::vector<bool> used(c.units.size(), false);
  while (!tracker.Full()) {
    size_t best = SIZE_MAX;
    double best_value = -1e300;
    for (size_t i : candidates) {
      if (used[i] || !tracker.Fits(c.units[i])) continue;
      double max_sim = 0;
      for (size_t j : sel.units) max_sim = std::max(max_sim, Dot(c.units[i].vec, c.units[j].vec));
      if (max_sim > redundancy) continue;
      double value = kMmrLambda * sel.scores[i] - (1 - kMmrLambda) * max_sim;
      if (value > best_value) best_value = value, best = i;
    }
    if (best == SIZE_MAX) break;
    used[best] = true;
    tracker.Add(c.units[best]);
    sel.units.push_back(best);
  }
  return sel;
}

Selection SelectSubmodular(const Cluster& c, const std::vector<size_t>& candidates,
                           const Budget& budget, double redundancy) {
  Selection sel;
  sel.scores.assign(c.units.size(), 0);
  if (c.units.empty()) return sel;
  SubmodularObjective objective(c);
  for (size_t i : candidates) sel.scores[i] = objective.Gain(i);
  BudgetTracker tracker(budget);
  std::vector<bool> used(c.units.size(), false);
  while (!tracker.Full()) {
    size_t best = SIZE_MAX;
    double best_value = 0;
    for (size_t i : candidates) {
      if (used[i] || !tracker.Fits(c.units[i]) || Redundant(c, sel.units, i, redundancy)) continue;
      double value = objective.Gain(i) / std::pow(std::max(1, c.units[i].length), kCostExponent);
      if (value > best_value) best_value = value, best = i;
    }
    if (best == SIZE_MAX) break;
    used[best] = true;
    objective.Add(best);
    tracker.Add(c.units[best]);
    sel.units.push_back(best);
  }
  return sel;
}

}  // namespace dossier::summarize::internal
