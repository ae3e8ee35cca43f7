// cluster_metrics.cc: clustering scores from the contingency table of predicted
// clusters x gold classes (see cluster_metrics.h for the definitions).
#include "src/eval/cluster_metrics.h"

#include <cmath>
#include <map>
#include <utility>

namespace dossier::eval {
namespace {

double Pairs(double n) { return n * (n - 1) / 2; }

double F1(double p, double r) { return p + r > 0 ? 2 * p * r / (p + r) : 0; }

// Entropy (nats) of a distribution given by counts summing to n.
double Entropy(const std::map<int, double>& counts, double n) {
  double h = 0;
  for (const auto& [k, c] : counts) h -= c / n * std::log(c / n);
  return h;
}

// Dense ids for labels, in order of first appearance.
std::vector<int> Ids(const std::vector<std::string>& labels) {
  std::map<std::string, int> ids;
  std::vector<int> out;
  out.reserve(labels.size());
  for (const std::string& l : labels) {
    out.push_back(ids.try_emplace(l, static_cast<int>(ids.size())).first->second);
  }
  return out;
}

}  // namespace

ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& predicted) {
  ClusterScores s;
  const size_t n_items = std::min(gold.size(), predicted.size());
  if (n_items == 0) return s;
  const std::vector<int> g = Ids(gold);
  const std::vector<int> p = Ids(predicted);
  std::map<std::pair<int, int>, double> cell;  // (predicted, gold) -> items
  std::map<int, double> pred_size;
  std::map<int, double> gold_size;
  for (size_t i = 0; i < n_items; ++i) {
    cell[{p[i], g[i]}] += 1;
    pred_size[p[i]] += 1;
    gold_size[g[i]] += 1;
  }
  const double n = static_cast<double>(n_items);
  s.items = n_items;
  s.gold_clusters = gold_size.size();
  s.predicted_clusters = pred_size.size();

  double b3p = 0, b3r = 0, same_pairs = 0, mi = 0;
  for (const auto& [key, c] : cell) {
    const double a = pred_size[key.first];
    const double b = gold_size[key.second];
    b3p += c * c / a;  // each of the c items has precision c / a
    b3r += c * c / b;
    same_pairs += Pairs(c);
    mi += c / n * std::log(c * n / (a * b));
  }
  s.bcubed_precision = b3p / n;
  s.bcubed_recall = b3r / n;
  s.bcubed_f1 = F1(s.bcubed_precision, s.bcubed_recall);

  double pred_pairs = 0, gold_pairs = 0;
  for (const auto& [k, c] : pred_size) pred_pairs += Pairs(c);
  for (const auto& [k, c] : gold_size) gold_pairs += Pairs(c);
  s.pairwise_precision = pred_pairs > 0 ? same_pairs / pred_pairs : 1;
  s.pairwise_recall = gold_pairs > 0 ? same_pairs / gold_pairs : 1;
  s.pairwise_f1 = F1(s.pairwise_precision, s.pairwise_recall);

  const double hp = Entropy(pred_size, n);
  const double hg = Entropy(gold_size, n);
  s.nmi = hp + hg > 0 ? mi / ((hp + hg) / 2) : 1;

  const double expected = pred_pairs * gold_pairs / Pairs(n);
  const double max_index = (pred_pairs + gold_pairs) / 2;
  s.ari = max_index - expected != 0 ? (same_pairs - expected) / (max_index - expected) : 1;
  return s;
}

}  // namespace dossier::eval
