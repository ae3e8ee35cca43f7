// timex_eval.h: TempEval-3 scoring of the tagger against TimeML gold annotations.
//
//   TimexEvaluation ev = EvaluateTimeml(paths);        // per corpus and overall
//   ev.overall.StrictF1(); ev.by_corpus["TimeBank"].ValueF1();
//
// Definitions follow the TempEval-3 scorer (UzZaman et al. 2013): strict = exact span
// match, relaxed = any overlap; precision counts system expressions that match a gold
// one, recall gold expressions matched by a system one; value (and type) F1 is
// attribute F1 over relaxed matches: P = correct / system, R = correct / gold.
#ifndef DOSSIER_SRC_TIMEX_TIMEX_EVAL_H_
#define DOSSIER_SRC_TIMEX_TIMEX_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "src/timex/timeml.h"
#include "src/timex/timex.h"

namespace dossier::timex {

struct TimexScores {
  int gold = 0;
  int system = 0;
  int strict_system = 0;   // system spans equal to a gold span
  int strict_gold = 0;     // gold spans equal to a system span
  int relaxed_system = 0;  // system spans overlapping a gold span
  int relaxed_gold = 0;    // gold spans overlapping a system span
  int value_correct = 0;   // relaxed pairs with the same value
  int type_correct = 0;    // relaxed pairs with the same type

  void Add(const TimexScores& o);
  double StrictP() const;
  double StrictR() const;
  double StrictF1() const;
  double RelaxedP() const;
  double RelaxedR() const;
  double RelaxedF1() const;
  double ValueAccuracy() const;  // value_correct / relaxed_gold
  double ValueF1() const;
  double TypeF1() const;
};

// One disagreement, for error analysis: kind is "missed", "spurious", "span" or "value".
struct TimexError {
  std::string doc, kind, gold_text, gold_value, system_text, system_value;
};

// Scores `system` against doc.timexes (which must not include the DCT).
TimexScores ScoreDocument(const TimemlDocument& doc, const std::vector<Timex>& system,
                          std::vector<TimexError>* errors = nullptr);

struct TimexEvaluation {
  std::map<std::string, TimexScores> by_corpus;  // parent folder name -> scores
  std::map<std::string, int> documents_by_corpus;
  TimexScores overall;
  int documents = 0;
  std::vector<std::string> rejected;             // files that failed to parse, with reason
  std::vector<TimexError> errors;
};

// Tags each file's TEXT with its DCT as document date and scores it. Files that do not
// parse are listed in `rejected` and skipped.
TimexEvaluation EvaluateTimeml(const std::vector<std::string>& paths);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_TIMEX_EVAL_H_
