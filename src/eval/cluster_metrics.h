// cluster_metrics.h: scores of a clustering against gold classes: B-cubed precision,
// recall and F1 (Bagga & Baldwin 1998; Amigó et al. 2009), pairwise F1, NMI and the
// adjusted Rand index (Hubert & Arabie 1985).
//
//   eval::ClusterScores s = eval::ScoreClustering(gold_labels, predicted_labels);
//   std::printf("B3 F1 %.4f  ARI %.4f\n", s.bcubed_f1, s.ari);
//
// Labels are opaque strings, one per item, in the same item order in both vectors.
#ifndef DOSSIER_SRC_EVAL_CLUSTER_METRICS_H_
#define DOSSIER_SRC_EVAL_CLUSTER_METRICS_H_

#include <cstddef>
#include <string>
#include <vector>

namespace dossier::eval {

struct ClusterScores {
  size_t items = 0;
  size_t gold_clusters = 0;
  size_t predicted_clusters = 0;
  // B-cubed: the mean over items of the share of the item's predicted cluster that is in
  // its gold class (precision) and of its gold class that is in its cluster (recall).
  double bcubed_precision = 0;
  double bcubed_recall = 0;
  double bcubed_f1 = 0;
  // Over unordered pairs of items put together by the prediction / by the gold.
  double pairwise_precision = 0;
  double pairwise_recall = 0;
  double pairwise_f1 = 0;
  // Mutual information over the arithmetic mean of the two entropies (scikit-learn's
  // default); 1 when both partitions are a single cluster.
  double nmi = 0;
  // Adjusted Rand index; 1 when the partitions are equal, about 0 for random ones.
  double ari = 0;
};

// REQUIRES: gold.size() == predicted.size(). Empty input scores all zero.
ClusterScores ScoreClustering(const std::vector<std::string>& gold,
                              const std::vector<std::string>& predicted);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_CLUSTER_METRICS_H_
