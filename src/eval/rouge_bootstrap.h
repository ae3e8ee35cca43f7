// rouge_bootstrap.h: ROUGE-1.5.5's system average and confidence interval.
//
//   std::vector<std::pair<std::string, RougeTriple>> per_topic = {{"d30001.SYS", t1}, ...};
//   dossier::eval::RougeAverage avg = dossier::eval::BootstrapAverage(per_topic);
//   // avg.average.recall is what ROUGE prints as "Average_R".
#ifndef DOSSIER_SRC_EVAL_ROUGE_BOOTSTRAP_H_
#define DOSSIER_SRC_EVAL_ROUGE_BOOTSTRAP_H_

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace dossier::eval {

struct RougeTriple {
  double recall = 0;
  double precision = 0;
  double f = 0;
};

struct RougeAverage {
  RougeTriple average;  // mean of the resample means (not the plain mean)
  RougeTriple ci_low;
  RougeTriple ci_high;
};

// Perl's rand() since 5.20: drand48 (48-bit LCG), seeded as srand(seed) seeds it.
class PerlDrand48 {
 public:
  explicit PerlDrand48(uint32_t seed);
  // Next value in [0, 1).
  double Next();

 private:
  uint64_t state_;
};

// ROUGE's bootstrap: instances sorted by id (byte order); resample i = 0..resamples-1
// seeds PerlDrand48(i) and draws N indices int(rand * N); the average is the mean of the
// resample means and the interval the interpolated percentiles, all rounded to %7.5f.
// For ROUGE's exact figures pass the per-topic values as printed (ScoreTopic's) and ids
// "<topic>.<system>", the instance names ROUGE sorts. Empty input gives zeros.
// REQUIRES: resamples >= 1, 0 <= confidence <= 100.
RougeAverage BootstrapAverage(std::vector<std::pair<std::string, RougeTriple>> per_topic,
                              int resamples = 1000, double confidence = 95);

// Rounds as sprintf("%7.5f") and reads the result back, as ROUGE's Perl does.
double RoundLikeRouge(double x);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_ROUGE_BOOTSTRAP_H_
