// Attribution: a summary sentence is supported by each sentence of another article
// whose stemmed content words point the same way.
//
// Method: cosine of tf-idf vectors over stemmed content words (stopwords dropped, idf
// over the cluster's sentences), the similarity of MEAD's redundancy check and of
// LexRank. Topic words that fill every sentence get a low idf, so a match needs shared
// specific words (names, numbers, verbs). The threshold (SummaryOptions::
// support_threshold) was set by reading cross-article sentence pairs of DUC 2004 in
// similarity bands (threshold 0.25 dump of 373 pairs, 3 read per 0.1 band): below 0.4 the
// pairs mostly share a topic only; in 0.4-0.5 about two in three state the same fact;
// from 0.5 up nearly all are paraphrases or copies, so 0.5 is the default.
#include "src/summarize/attribution.h"

#include <algorithm>

namespace dossier::summarize::internal {

std::vector<Support> FindSupport(const Cluster& c, size_t unit, double threshold) {
  std::vector<Support> out;
  const Unit& u = c.units[unit];
  for (const Unit& v : c.units) {
    if (v.article == u.article) continue;
    double sim = Dot(u.vec, v.vec);
    if (sim >= threshold) out.push_back(Support{v.article, v.span, sim});
  }
  // Units are already in (article, position) order; keep it explicit for the contract.
  std::stable_sort(out.begin(), out.end(), [](const Support& a, const Support& b) {
    return a.article != b.article ? a.article < b.article : a.span.begin < b.span.begin;
  });
  return out;
}

}  // namespace dossier::summarize::internal
