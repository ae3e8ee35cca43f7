// content_divergence.cc: Jensen-Shannon divergence of word distributions. With M the
// mixture (P + Q) / 2, JS = (KL(P || M) + KL(Q || M)) / 2; M is positive wherever P or Q
// is, so no smoothing is needed and the value is finite and at most 1 bit.
#include "src/eval/content_divergence.h"

#include <cmath>

#include "src/eval/rouge_text.h"

namespace dossier::eval {

std::map<std::string, double> ContentDistribution(const std::vector<std::string_view>& texts) {
  std::map<std::string, double> counts;
  double total = 0;
  for (std::string_view text : texts) {
    for (std::string& t : RougeTokens(text, {.stem = true, .remove_stopwords = true})) {
      counts[std::move(t)] += 1;
      total += 1;
    }
  }
  for (auto& [token, n] : counts) n /= total;
  return counts;
}

namespace {

// p * log2(p / m), with 0 log 0 = 0.
double Term(double p, double m) { return p > 0 ? p * std::log2(p / m) : 0; }

}  // namespace

double JensenShannon(const std::map<std::string, double>& p,
                     const std::map<std::string, double>& q) {
  if (p.empty() || q.empty()) return p.empty() && q.empty() ? 0 : 1;
  double js = 0;
  auto pi = p.begin(), qi = q.begin();
  // One merge walk over the two sorted vocabularies.
  while (pi != p.end() || qi != q.end()) {
    double a = 0, b = 0;
    if (qi == q.end() || (pi != p.end() && pi->first < qi->first)) {
      a = (pi++)->second;
    } else if (pi == p.end() || qi->first < pi->first) {
      b = (qi++)->second;
    } else {
      a = (pi++)->second, b = (qi++)->second;
    }
    double m = (a + b) / 2;
    js += (Term(a, m) + Term(b, m)) / 2;
  }
  return js;
}

double InputDivergence(std::string_view summary, const std::vector<std::string_view>& input) {
  return JensenShannon(ContentDistribution({summary}), ContentDistribution(input));
}

}  // namespace dossier::eval
