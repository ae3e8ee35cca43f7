// rouge.h: ROUGE scores that reproduce the official ROUGE-1.5.5 Perl scorer.
//
//   dossier::eval::RougeOptions options;          // ROUGE-1, ROUGE-2, ROUGE-L, F1
//   options.stem = true;                          // -m
//   options.word_limit = 100;                     // -l 100
//   auto scores = dossier::eval::ScoreTopic(dossier::eval::TextToUnits(summary),
//                                           {dossier::eval::TextToUnits(reference)}, options);
//   double r2 = scores.at("rouge-2").first.recall;
//
// Scores per topic come rounded to 5 decimals as ROUGE prints them; the system average
// and its confidence interval are BootstrapAverage() (rouge_bootstrap.h). Tests compare
// every value with ROUGE-1.5.5's output (rouge155-golden, tests/golden/rouge/).
//
// Thread safety: all functions may be called concurrently.
#ifndef DOSSIER_SRC_EVAL_ROUGE_H_
#define DOSSIER_SRC_EVAL_ROUGE_H_

#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "src/eval/rouge_bootstrap.h"
#include "src/eval/rouge_options.h"
#include "src/eval/rouge_text.h"

namespace dossier::eval {

// Raw counts behind one score, summed over the references under -f A: `model` = the
// references' n-grams (ROUGE-L: their tokens), `peer` = the summary's n-grams added once
// per reference, `hit` = clipped matches. Whole numbers except for ROUGE-W, whose counts
// are weighted (hence double).
struct RougeCounts {
  double model = 0;
  double peer = 0;
  double hit = 0;
};

// Per-topic scores keyed by metric name: "rouge-1", "rouge-2", "rouge-l", "rouge-w-1.2",
// "rouge-s4", "rouge-su4", "rouge-s*", "rouge-su*".
using RougeScores = std::map<std::string, std::pair<RougeTriple, RougeCounts>>;

// Scores one summary (`peer_units`) against its references, each a list of sentence
// units (TextToUnits). A reference without units counts as empty, as in ROUGE.
RougeScores ScoreTopic(const std::vector<std::string>& peer_units,
                       const std::vector<std::vector<std::string>>& model_units,
                       const RougeOptions& options);

// The metric names ScoreTopic fills for `options`, in ROUGE-1.5.5's printing order.
std::vector<std::string> RougeMetricNames(const RougeOptions& options);

// ROUGE's label of a metric name: "rouge-su4" -> "ROUGE-SU4".
std::string RougeMetricLabel(std::string_view name);

// R, P and F from counts exactly as ROUGE prints them: R and P rounded to %7.5f first,
// F computed from the rounded values. `weight` != 1 applies ROUGE-W's inverse weighting.
RougeTriple TripleFromCounts(const RougeCounts& counts, double alpha, double weight = 1);

// ---- building blocks, exposed for tests ---------------------------------------------

// Multiset of grams ("w1 w2") and its total.
struct GramCounts {
  std::unordered_map<std::string, int> counts;
  long total = 0;
};

// The n-grams of `tokens`.
GramCounts NgramCounts(const std::vector<std::string>& tokens, int n);

// ROUGE-S pairs (i, j) with j - i - 1 <= `max_gap` (kUnlimitedSkip: any gap); with
// `with_unigrams` also each token but the last (ROUGE-1.5.5's ROUGE-SU quirk).
GramCounts SkipBigramCounts(const std::vector<std::string>& tokens, int max_gap,
                            bool with_unigrams);

// Sum over grams of min(model count, peer count).
long ClippedHits(const GramCounts& model, const GramCounts& peer);

// Marks in `hit_mask` (one entry per model token) the model tokens on one LCS of `model`
// and `peer`, chosen with ROUGE's tie-breaking. With `weight` > 0 uses ROUGE-W's
// weighted LCS table instead. Memory is one bit per token pair; sequences longer than
// 46,340 tokens are compared by their first 46,340 (ROUGE itself would run out of
// memory long before). REQUIRES: hit_mask.size() == model.size().
void MarkLcs(const std::vector<std::string>& model, const std::vector<std::string>& peer,
             std::vector<char>& hit_mask, double weight = 0);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_ROUGE_H_
