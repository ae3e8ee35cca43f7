// attribution.h: which other articles say what a summary sentence says (internal).
#ifndef DOSSIER_SRC_SUMMARIZE_ATTRIBUTION_H_
#define DOSSIER_SRC_SUMMARIZE_ATTRIBUTION_H_

#include <vector>

#include "src/summarize/features.h"
#include "src/summarize/summarize.h"

namespace dossier::summarize::internal {

// Every unit of another article whose cosine with `unit` is at least `threshold`,
// sorted by article index, then position.
std::vector<Support> FindSupport(const Cluster& c, size_t unit, double threshold);

}  // namespace dossier::summarize::internal

#endif  // DOSSIER_SRC_SUMMARIZE_ATTRIBUTION_H_
