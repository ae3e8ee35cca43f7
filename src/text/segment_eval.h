// segment_eval.h: scoring SplitSentences against a hand-split gold set
// (tests/data/segmentation/, format in its README.md).
//
//   DOSSIER_ASSIGN_OR_RETURN(text::SegmentationGold gold,
//                            text::ParseSegmentationGold(content, "politics.txt"));
//   text::SegmentationScore score;
//   text::ScoreSegmentation(gold, &score);
//   std::cout << score.F1() << "\n";
//
// A gold file has one sentence per line, blank lines between paragraphs, '#' comment
// lines, and lines starting with '|' that are joined to the previous sentence by a
// newline instead of a space (a headline above its story, list items). Only boundaries
// inside a paragraph are scored: paragraph breaks are given to the splitter.
#ifndef DOSSIER_SRC_TEXT_SEGMENT_EVAL_H_
#define DOSSIER_SRC_TEXT_SEGMENT_EVAL_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/status.h"

namespace dossier::text {

struct SegmentationGold {
  std::string name;                 // file name, for messages
  std::string text;                 // sentences joined as described above
  std::vector<Span> sentences;      // gold sentences, in order
  std::vector<int> lines;           // 1-based line of each sentence in the gold file
  std::vector<bool> paragraph_end;  // per sentence: last of its paragraph
};

// Parses a gold file. Returns InvalidArgument ("name:line: ...") for a '|' line that
// does not follow a sentence of the same paragraph, or a file with no sentence.
StatusOr<SegmentationGold> ParseSegmentationGold(std::string_view content, std::string_view name);

struct SegmentationError {
  std::string where;    // "politics.txt:18"
  bool missed = false;  // true: gold boundary not found; false: spurious boundary
  std::string context;  // text around the boundary, with "|" at the boundary
};

struct SegmentationScore {
  int files = 0;
  int sentences = 0;
  int gold_boundaries = 0;    // scored (in-paragraph) gold boundaries
  int tricky_boundaries = 0;  // of those, not a plain "word. Capital" case
  int inner_stops = 0;        // . ? ! inside a gold sentence followed by a space
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  std::vector<SegmentationError> errors;

  double Precision() const;
  double Recall() const;
  double F1() const;
};

// Runs SplitSentences on gold.text and adds the counts and errors to *score.
void ScoreSegmentation(const SegmentationGold& gold, SegmentationScore* score);

}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_SEGMENT_EVAL_H_
