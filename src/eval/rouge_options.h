// rouge_options.h: the settings of a ROUGE run, and ROUGE-1.5.5's command-line syntax.
//
//   DOSSIER_ASSIGN_OR_RETURN(dossier::eval::RougeOptions options,
//                            dossier::eval::ParseRougeOptions({"-n", "2", "-m", "-l", "100"}));
//
// ParseRougeOptions follows ROUGE-1.5.5.pl's own defaults, which differ from a
// default-constructed RougeOptions in one place: without -n ROUGE computes no ROUGE-N at
// all (max_n = 0), whereas RougeOptions{} asks for ROUGE-1 and ROUGE-2.
#ifndef DOSSIER_SRC_EVAL_ROUGE_OPTIONS_H_
#define DOSSIER_SRC_EVAL_ROUGE_OPTIONS_H_

#include <climits>
#include <string>
#include <vector>

#include "dossier/status.h"

namespace dossier::eval {

// skip_distance value for ROUGE's "-2 -1": skip-bigrams with no gap limit (ROUGE-S*).
inline constexpr int kUnlimitedSkip = INT_MAX;

struct RougeOptions {
  // -n N: ROUGE-1 .. ROUGE-N. 0 computes no ROUGE-N.
  int max_n = 2;
  // -2 N: skip-bigrams with at most N words between the pair (ROUGE-S<N>); -1 = off;
  // kUnlimitedSkip = any gap (ROUGE-S*).
  int skip_distance = -1;
  // -u: count unigrams with the skip-bigrams and report ROUGE-SU<N> instead of ROUGE-S<N>.
  bool skip_unigrams = false;
  // -U: report both ROUGE-S<N> and ROUGE-SU<N> (ignored when -u is given, as in ROUGE).
  bool skip_both = false;
  // -m: WordNet exception table, then ROUGE's Porter stemmer, for tokens over 3 bytes.
  bool stem = false;
  // -s: drop the SMART stopwords (smart_common_words.txt) before counting.
  bool remove_stopwords = false;
  // -l N: keep the first N whitespace-separated words of each text; 0 = no limit.
  int word_limit = 0;
  // -b N: keep the first N bytes of each text (joining spaces not counted); 0 = no limit.
  // ROUGE-L then keeps ROUGE-1.5.5's bug of not truncating sentence units.
  int byte_limit = 0;
  // -f A (true): sum counts over the references. -f B (false): counts of the best one.
  bool model_average = true;
  // -p: F = PR / ((1-alpha) P + alpha R); 0.5 is F1, towards 1 favours precision.
  double alpha = 0.5;
  // ROUGE-L (union LCS over the reference's sentence units); -x turns it off.
  bool rouge_l = true;
  // -w W: ROUGE-W with weight W (> 1 rewards consecutive matches); 0 = off.
  double wlcs_weight = 0;
  // -c: confidence level in percent of the bootstrap interval.
  double confidence = 95;
  // -r: number of bootstrap resamples.
  int resamples = 1000;
  // -d: print per-topic scores (used by the command-line tool only).
  bool per_topic = false;
};

// Parses ROUGE-1.5.5 options ("-n 2 -m -l 100 -2 4 -u -c 95 -r 1000 -f A -p 0.5 -a -d").
// Flags may be bundled ("-ma") and values attached ("-n2"). -a and -e DIR are accepted
// and ignored (all inputs are evaluated; the data files are compiled in); -t accepts 0
// only. Options ROUGE-1.5.5 has but Dossier does not implement (-3, -z, -M, -v, -t 1|2)
// and values outside their range are InvalidArgument naming the option. Non-option
// arguments are an error too: the caller separates them first.
StatusOr<RougeOptions> ParseRougeOptions(const std::vector<std::string>& args);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_ROUGE_OPTIONS_H_
