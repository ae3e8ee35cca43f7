// disagreement_labels.h: scores a briefing's disagreements against hand-labelled pairs
// of cross-source values (tests/data/briefing/disagreements/labels.tsv, see its README).
//
// A labelled pair names two articles of a story, the byte span of a value phrase in each
// ("killing 65 people" / "killing 60 people") and a verdict: disagree, same_value,
// changed_over_time, different_quantity or different_scope. A reported Disagreement
// covers a pair when, in each of the two articles, one of its quantity claims' figure
// text (found inside the cited sentence) or one of its evidence sentences overlaps the
// labelled phrase, and, for two quantity claims, their values differ (the disagreement
// sets them against each other).
// Then:
//   recall     labelled "disagree" pairs covered by some reported disagreement;
//   precision  reported disagreements that cover at least one labelled pair (the judged
//              ones) and are genuine: they cover a "disagree" pair, or a
//              "changed_over_time" pair and say "changed over time"; reported
//              disagreements that cover no labelled pair are counted as unjudged.
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_DISAGREEMENT_LABELS_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_DISAGREEMENT_LABELS_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/briefing.h"
#include "dossier/status.h"

namespace dossier::cli {

struct LabelledPair {
  int id = 0;
  std::string story;
  size_t article_a = 0, article_b = 0;
  Span quote_a, quote_b;
  std::string kind;     // count, date, name, title, other
  std::string verdict;  // disagree, same_value, changed_over_time, ...
};

// Reads labels.tsv; a malformed line is an error naming path:line.
StatusOr<std::vector<LabelledPair>> ReadDisagreementLabels(const std::string& path);

struct DisagreementScore {
  std::map<std::string, int> labelled;  // verdict -> pairs of the scored stories
  int disagree_found = 0;               // "disagree" pairs covered
  int disagree_found_as_conflict = 0;   // ... by a disagreement assessed "conflict"
  int reported = 0, judged = 0, genuine = 0;
  std::map<std::string, int> false_by_verdict;  // judged, not genuine: verdicts covered
};

// Adds the disagreements of `b` (the briefing of `articles`, in the set's order) against `pairs` (that story's labelled pairs) to `score`.
// With `show`, prints each reported disagreement's judgment (genuine, not genuine and
// the verdicts it covers, or unjudged) after `story`.
void ScoreDisagreements(const Briefing& b, const std::vector<Article>& articles,
                        const std::vector<LabelledPair>& pairs,
                        DisagreementScore* score, const std::string& story = "",
                        std::ostream* show = nullptr);

std::string FormatDisagreementScore(const DisagreementScore& score);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_DISAGREEMENT_LABELS_H_
