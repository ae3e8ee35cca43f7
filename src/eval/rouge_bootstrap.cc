// ROUGE-1.5.5's bootstrap resampling of per-topic scores (computeAverages and
// bootstrapResampling in ROUGE-1.5.5.pl; Efron & Tibshirani 1993 for the method).
//
// ROUGE seeds Perl's generator with the resample number, so its figures are
// reproducible: resample i calls srand(i) and draws N instance indices int(rand(N))
// from the instances sorted as strings, averaging R, P and F of the same draws. Perl's
// rand is drand48 on every platform since 5.20: x0 = (seed << 16) + 0x330E,
// x' = (0x5DEECE66D x + 0xB) mod 2^48, rand = x / 2^48. The reported average is the mean
// of the sorted resample means (summed in sorted order, as the Perl loop does); the
// interval takes the resample means at ranks delta and R - delta - 1 with
// delta = R (100 - cf) / 200, interpolated exactly as the script does.
#include "src/eval/rouge_bootstrap.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace dossier::eval {
namespace {

constexpr uint64_t kMask48 = (uint64_t{1} << 48) - 1;

struct Resamples {
  std::vector<double> r, p, f;
};

Resamples Draw(const std::vector<RougeTriple>& values, int resamples) {
  Resamples out;
  const size_t n = values.size();
  for (int i = 0; i < resamples; ++i) {
    PerlDrand48 rng(static_cast<uint32_t>(i));
    double r = 0, p = 0, f = 0;
    for (size_t k = 0; k < n; ++k) {
      size_t index = static_cast<size_t>(rng.Next() * static_cast<double>(n));
      index = std::min(index, n - 1);
      r += values[index].recall;
      p += values[index].precision;
      f += values[index].f;
    }
    out.r.push_back(r / static_cast<double>(n));
    out.p.push_back(p / static_cast<double>(n));
    out.f.push_back(f / static_cast<double>(n));
  }
  return out;
}

// Perl reads past the end of an array as undef, i.e. 0.
double At(const std::vector<double>& v, long i) {
  return i >= 0 && static_cast<size_t>(i) < v.size() ? v[static_cast<size_t>(i)] : 0.0;
}

struct Summary {
  double average, low, high;
};

Summary Summarize(std::vector<double> samples, double confidence) {
  std::sort(samples.begin(), samples.end());
  double sum = 0;
  for (double s : samples) sum += s;
  const double count = static_cast<double>(samples.size());
  const double delta = count * ((100 - confidence) / 2.0) / 100.0;
  const long upper_a = static_cast<long>(count - delta - 1);
  const long lower_a = static_cast<long>(delta);
  const double ratio = count - delta - 1 - static_cast<double>(upper_a);
  Summary out;
  out.average = RoundLikeRouge(sum / count);
  out.low = RoundLikeRouge(At(samples, lower_a) +
                           (At(samples, lower_a + 1) - At(samples, lower_a)) * ratio);
  out.high = RoundLikeRouge(At(samples, upper_a) +
                            (At(samples, upper_a + 1) - At(samples, upper_a)) * ratio);
  return out;
}

}  // namespace

PerlDrand48::PerlDrand48(uint32_t seed) : state_((uint64_t{seed} << 16) + 0x330E) {}

double PerlDrand48::Next() {
  state_ = (state_ * 0x5DEECE66DULL + 0xB) & kMask48;
  return std::ldexp(static_cast<double>(state_), -48);
}

double RoundLikeRouge(double x) {
  char buffer[64];
  std::snprintf(buffer, sizeof(buffer), "%7.5f", x);
  return std::strtod(buffer, nullptr);
}

RougeAverage BootstrapAverage(std::vector<std::pair<std::string, RougeTriple>> per_topic,
                              int resamples, double confidence) {
  RougeAverage out;
  if (per_topic.empty() || resamples < 1) return out;
  std::sort(per_topic.begin(), per_topic.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<RougeTriple> values;
  for (const auto& [id, triple] : per_topic) values.push_back(triple);
  Resamples drawn = Draw(values, resamples);
  Summary r = Summarize(std::move(drawn.r), confidence);
  Summary p = Summarize(std::move(drawn.p), confidence);
  Summary f = Summarize(std::move(drawn.f), confidence);
  out.average = {r.average, p.average, f.average};
  out.ci_low = {r.low, p.low, f.low};
  out.ci_high = {r.high, p.high, f.high};
  return out;
}

}  // namespace dossier::eval
