// ROUGE scores (Lin 2004, "ROUGE: A Package for Automatic Evaluation of Summaries"), as
// computed by ROUGE-1.5.5.pl, which is the reference these functions are tested against.
//
// ROUGE-N counts clipped n-gram matches between the summary (peer) and each reference
// (model). ROUGE-S counts skip-bigrams: ordered token pairs at most d tokens apart; its
// SU variant adds unigrams, but ROUGE-1.5.5 adds them only for positions before the last
// token. ROUGE-L is the union-LCS measure: for every reference unit, the tokens lying on
// an LCS with any summary unit are marked (each LCS picked by ROUGE's backtracking
// tie-break: diagonal on a match, else up when c[i-1][j] >= c[i][j-1]); marked tokens
// count as hits while both the reference's and the summary's unigram counts still have
// that token left, which keeps ROUGE-L <= ROUGE-1. ROUGE-W is the same with a weighted
// LCS table that rewards consecutive runs (f(k) = k^w). Under -f A the counts of all
// references are summed (the summary's count once per reference); under -f B the
// reference with the best score alone is kept. R = hit/model and P = hit/peer are
// rounded to 5 decimals before F is computed from them, exactly as the script does.
#include "src/eval/rouge.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "src/base/strings.h"

namespace dossier::eval {
namespace {

// One text as ROUGE reads it for counting (`tokens`) and for ROUGE-L (`lcs_units`).
struct PreparedText {
  std::vector<std::string> tokens;
  std::vector<std::vector<std::string>> lcs_units;
};

PreparedText Prepare(const std::vector<std::string>& units, const RougeOptions& o) {
  TokenOptions token_options{.stem = o.stem, .remove_stopwords = o.remove_stopwords};
  PreparedText text;
  text.tokens = RougeTokens(TruncateJoined(units, o.word_limit, o.byte_limit), token_options);
  if (o.rouge_l || o.wlcs_weight > 0) {
    for (const std::string& unit : TruncateUnits(units, o.word_limit, o.byte_limit)) {
      text.lcs_units.push_back(RougeTokens(unit, token_options));
    }
  }
  return text;
}

// Sums counts over references (-f A) or keeps the reference with the best score (-f B;
// the first one on ties, as ROUGE's strict '>' does).
class Accumulator {
 public:
  explicit Accumulator(bool model_average) : average_(model_average) {}
  void Add(const RougeCounts& c, double score) {
    if (average_) {
      sum_.model += c.model;
      sum_.peer += c.peer;
      sum_.hit += c.hit;
    } else if (score > best_) {
      best_ = score;
      sum_ = c;
    }
  }
  const RougeCounts& counts() const { return sum_; }

 private:
  bool average_;
  double best_ = -1;
  RougeCounts sum_;
};

// ROUGE's per-reference score for -f B on n-grams: the recall rounded to 5 decimals.
double RoundedRecall(double hit, double model) { return model != 0 ? RoundLikeRouge(hit / model) : 0; }

RougeCounts ScoreGrams(const GramCounts& peer, const std::vector<GramCounts>& models,
                       const RougeOptions& o) {
  Accumulator acc(o.model_average);
  for (const GramCounts& model : models) {
    double hit = static_cast<double>(ClippedHits(model, peer));
    double total = static_cast<double>(model.total);
    acc.Add({total, static_cast<double>(peer.total), hit}, RoundedRecall(hit, total));
  }
  return acc.counts();
}

std::unordered_map<std::string, int> Unigrams(const std::vector<std::string>& tokens) {
  std::unordered_map<std::string, int> counts;
  for (const std::string& t : tokens) ++counts[t];
  return counts;
}

// ROUGE-W's f(k) = k^w.
double Weigh(double k, double w) { return std::pow(k, w); }

// Counts the union-LCS hits of one reference: marked tokens, clipped by the remaining
// unigram counts (`model_left`, `peer_left` are consumed). With weight > 0, a run of
// consecutive counted hits of length k adds k^w (ROUGE-1.5.5's wlcs bookkeeping).
double UnionLcsHits(const PreparedText& model, const PreparedText& peer, double weight,
                    std::unordered_map<std::string, int>& model_left,
                    std::unordered_map<std::string, int>& peer_left) {
  double hit = 0;
  for (const std::vector<std::string>& unit : model.lcs_units) {
    std::vector<char> mask(unit.size(), 0);
    for (const std::vector<std::string>& peer_unit : peer.lcs_units) {
      MarkLcs(unit, peer_unit, mask, weight);
    }
    double run = 0;
    for (size_t j = 0; j < unit.size(); ++j) {
      if (!mask[j]) continue;
      int& m = model_left[unit[j]];
      int& p = peer_left[unit[j]];
      if (m <= 0 || p <= 0) continue;
      --m;
      --p;
      if (weight <= 0) {
        hit += 1;
        continue;
      }
      run += 1;
      if (j + 1 == unit.size() || !mask[j + 1]) {
        hit += Weigh(run, weight);
        run = 0;
      }
    }
  }
  return hit;
}

double TokensInUnits(const PreparedText& text, double weight) {
  double base = 0;
  for (const auto& unit : text.lcs_units) {
    double n = static_cast<double>(unit.size());
    base += weight > 0 ? Weigh(n, weight) : n;
  }
  return base;
}

// ROUGE-L (weight 0) or ROUGE-W (weight > 0) counts over all references.
RougeCounts ScoreLcs(const PreparedText& peer, const std::vector<PreparedText>& models,
                     double weight, const RougeOptions& o) {
  const auto peer_unigrams = Unigrams(peer.tokens);
  const double peer_total = static_cast<double>(peer.tokens.size());
  Accumulator acc(o.model_average);
  for (const PreparedText& model : models) {
    auto model_left = Unigrams(model.tokens);
    auto peer_left = peer_unigrams;
    double hit = UnionLcsHits(model, peer, weight, model_left, peer_left);
    double base = TokensInUnits(model, weight);
    if (weight <= 0) {
      acc.Add({base, peer_total, hit}, base > 0 ? hit / base : 0);
    } else {
      double score = base > 0 ? std::pow(hit / base, 1 / weight) : 0;
      acc.Add({Weigh(base, weight), Weigh(peer_total, weight), hit}, score);
    }
  }
  return acc.counts();
}

std::string FormatWeight(double w) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%g", w);
  return buffer;
}

std::string SkipSuffix(int distance) {
  return distance == kUnlimitedSkip ? "*" : std::to_string(distance);
}

void AddSkipScores(const PreparedText& peer, const std::vector<PreparedText>& models,
                   bool with_unigrams, const RougeOptions& o, RougeScores& out) {
  GramCounts peer_grams = SkipBigramCounts(peer.tokens, o.skip_distance, with_unigrams);
  std::vector<GramCounts> model_grams;
  for (const PreparedText& m : models) {
    model_grams.push_back(SkipBigramCounts(m.tokens, o.skip_distance, with_unigrams));
  }
  RougeCounts counts = ScoreGrams(peer_grams, model_grams, o);
  std::string name = (with_unigrams ? "rouge-su" : "rouge-s") + SkipSuffix(o.skip_distance);
  out[name] = {TripleFromCounts(counts, o.alpha), counts};
}

}  // namespace

GramCounts NgramCounts(const std::vector<std::string>& tokens, int n) {
  GramCounts grams;
  if (n <= 0) return grams;
  for (size_t i = 0; i + static_cast<size_t>(n) <= tokens.size(); ++i) {
    std::string gram = tokens[i];
    for (size_t j = i + 1; j < i + static_cast<size_t>(n); ++j) gram += " " + tokens[j];
    ++grams.counts[gram];
    ++grams.total;
  }
  return grams;
}

GramCounts SkipBigramCounts(const std::vector<std::string>& tokens, int max_gap,
                            bool with_unigrams) {
  GramCounts grams;
  const size_t n = tokens.size();
  for (size_t i = 0; i + 1 < n; ++i) {
    if (with_unigrams) {
      ++grams.counts[tokens[i]];
      ++grams.total;
    }
    size_t last = n - 1;
    if (max_gap != kUnlimitedSkip && max_gap >= 0) {
      last = std::min(last, i + static_cast<size_t>(max_gap) + 1);
    }
    for (size_t j = i + 1; j <= last; ++j) {
      ++grams.counts[tokens[i] + " " + tokens[j]];
      ++grams.total;
    }
  }
  return grams;
}

long ClippedHits(const GramCounts& model, const GramCounts& peer) {
  long hits = 0;
  for (const auto& [gram, count] : model.counts) {
    auto it = peer.counts.find(gram);
    if (it != peer.counts.end()) hits += std::min(count, it->second);
  }
  return hits;
}

void MarkLcs(const std::vector<std::string>& model, const std::vector<std::string>& peer,
             std::vector<char>& hit_mask, double weight) {
  // Beyond this many tokens per side the table (one bit per token pair) would pass
  // 256 MiB; such "sentences" are cut for the LCS only, a documented deviation.
  constexpr size_t kMaxLcsTokens = 46340;
  const size_t m = std::min(model.size(), kMaxLcsTokens);
  const size_t n = std::min(peer.size(), kMaxLcsTokens);
  if (m == 0 || n == 0) return;
  // Two rows of the (weighted) LCS table and, for weights, of the match-run lengths;
  // `up` keeps ROUGE's move at every mismatch: up when c[i-1][j] >= c[i][j-1].
  std::vector<double> prev(n + 1, 0.0), cur(n + 1, 0.0);
  std::vector<int> prev_run(n + 1, 0), cur_run(n + 1, 0);
  std::vector<bool> up(m * n, false);
  for (size_t i = 1; i <= m; ++i) {
    for (size_t j = 1; j <= n; ++j) {
      cur_run[j] = 0;
      if (model[i - 1] == peer[j - 1]) {
        int k = prev_run[j - 1];
        cur[j] = prev[j - 1] + (weight > 0 ? Weigh(k + 1, weight) - Weigh(k, weight) : 1.0);
        cur_run[j] = k + 1;
      } else if (prev[j] >= cur[j - 1]) {
        cur[j] = prev[j];
        up[(i - 1) * n + (j - 1)] = true;
      } else {
        cur[j] = cur[j - 1];
      }
    }
    std::swap(prev, cur);
    std::swap(prev_run, cur_run);
  }
  size_t i = m, j = n;
  while (i != 0 && j != 0) {
    if (model[i - 1] == peer[j - 1]) {
      --i;
      --j;
      hit_mask[i] = 1;
    } else if (up[(i - 1) * n + (j - 1)]) {
      --i;
    } else {
      --j;
    }
  }
}

RougeTriple TripleFromCounts(const RougeCounts& counts, double alpha, double weight) {
  auto ratio = [weight](double hit, double base) {
    if (base == 0) return 0.0;
    double r = hit / base;
    return RoundLikeRouge(weight != 1 ? std::pow(r, 1 / weight) : r);
  };
  RougeTriple t;
  t.recall = ratio(counts.hit, counts.model);
  t.precision = ratio(counts.hit, counts.peer);
  double denominator = (1 - alpha) * t.precision + alpha * t.recall;
  t.f = denominator > 0 ? RoundLikeRouge((t.precision * t.recall) / denominator) : 0;
  return t;
}

std::vector<std::string> RougeMetricNames(const RougeOptions& o) {
  std::vector<std::string> names;
  for (int n = 1; n <= o.max_n; ++n) names.push_back("rouge-" + std::to_string(n));
  if (o.rouge_l) names.push_back("rouge-l");
  if (o.wlcs_weight > 0) names.push_back("rouge-w-" + FormatWeight(o.wlcs_weight));
  if (o.skip_distance != -1) {
    std::string suffix = SkipSuffix(o.skip_distance);
    if (o.skip_unigrams) {
      names.push_back("rouge-su" + suffix);
    } else {
      names.push_back("rouge-s" + suffix);
      if (o.skip_both) names.push_back("rouge-su" + suffix);
    }
  }
  return names;
}

std::string RougeMetricLabel(std::string_view name) {
  std::string label(name);
  for (char& ch : label) {
    if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
  }
  return label;
}

RougeScores ScoreTopic(const std::vector<std::string>& peer_units,
                       const std::vector<std::vector<std::string>>& model_units,
                       const RougeOptions& o) {
  const PreparedText peer = Prepare(peer_units, o);
  std::vector<PreparedText> models;
  for (const auto& units : model_units) models.push_back(Prepare(units, o));
  RougeScores out;
  for (int n = 1; n <= o.max_n; ++n) {
    std::vector<GramCounts> model_grams;
    for (const PreparedText& m : models) model_grams.push_back(NgramCounts(m.tokens, n));
    RougeCounts counts = ScoreGrams(NgramCounts(peer.tokens, n), model_grams, o);
    out["rouge-" + std::to_string(n)] = {TripleFromCounts(counts, o.alpha), counts};
  }
  if (o.rouge_l) {
    RougeCounts counts = ScoreLcs(peer, models, 0, o);
    out["rouge-l"] = {TripleFromCounts(counts, o.alpha), counts};
  }
  if (o.wlcs_weight > 0) {
    RougeCounts counts = ScoreLcs(peer, models, o.wlcs_weight, o);
    out["rouge-w-" + FormatWeight(o.wlcs_weight)] = {
        TripleFromCounts(counts, o.alpha, o.wlcs_weight), counts};
  }
  if (o.skip_distance != -1) {
    if (o.skip_unigrams) {
      AddSkipScores(peer, models, true, o, out);
    } else {
      AddSkipScores(peer, models, false, o, out);
      if (o.skip_both) AddSkipScores(peer, models, true, o, out);
    }
  }
  return out;
}

}  // namespace dossier::eval
