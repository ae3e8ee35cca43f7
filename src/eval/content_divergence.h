// content_divergence.h: a summary's content scored without reference summaries, by the
// Jensen-Shannon divergence between its word distribution and its input's (Louis &
// Nenkova 2009, 2013: "Automatically assessing machine summary content without a gold
// standard"; on DUC/TAC it ranks systems close to how pyramid and ROUGE rank them).
//
//   double js = eval::InputDivergence(summary_text, {article_1, article_2, ...});
//   // 0: the summary's words are distributed as the input's; 1: no word in common.
//
// Words are ROUGE-1.5.5's tokens (rouge_text.h) with SMART stopwords removed and
// stemming on, so the measure sees the same words the ROUGE figures do. It is a proxy:
// it rewards a summary that covers the input's frequent content, and it is used only
// where a set has no references (issue 13's 25-article stories) and beside ROUGE where
// it has them, to show how far the two agree.
#ifndef DOSSIER_SRC_EVAL_CONTENT_DIVERGENCE_H_
#define DOSSIER_SRC_EVAL_CONTENT_DIVERGENCE_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::eval {

// Relative frequencies of the content tokens (RougeTokens, -s -m) of all `texts`.
std::map<std::string, double> ContentDistribution(const std::vector<std::string_view>& texts);

// Jensen-Shannon divergence of two distributions, in bits (base 2), so in [0, 1].
// REQUIRES: each map's values are non-negative and sum to 1, or the map is empty (an
// empty distribution is at divergence 1 from anything, and 0 from another empty one).
double JensenShannon(const std::map<std::string, double>& p,
                     const std::map<std::string, double>& q);

// JensenShannon(ContentDistribution({summary}), ContentDistribution(input)).
double InputDivergence(std::string_view summary, const std::vector<std::string_view>& input);

}  // namespace dossier::eval

#endif  // DOSSIER_SRC_EVAL_CONTENT_DIVERGENCE_H_
