// segment_eval.cc: boundary precision/recall of the sentence splitter, the usual
// measure for sentence boundary detection (Palmer & Hearst 1997; Read et al. 2012,
// "Sentence Boundary Detection: A Long Solved Problem?"). A boundary is identified by
// the byte offset where a sentence ends; paragraph ends are excluded on both sides.
#include "src/text/segment_eval.h"

#include <algorithm>
#include <set>

#include "src/base/strings.h"
#include "src/text/char_class.h"
#include "src/text/sentence_splitter.h"

namespace dossier::text {
namespace {

void AppendSentence(std::string_view line, int line_number, std::string_view joiner,
                    SegmentationGold* gold) {
  gold->text += joiner;
  uint32_t begin = static_cast<uint32_t>(gold->text.size());
  gold->text += line;
  gold->sentences.push_back(Span{begin, static_cast<uint32_t>(gold->text.size())});
  gold->lines.push_back(line_number);
  gold->paragraph_end.push_back(false);
}

// "word. Capital": a stop after a lower-case word of three or more letters, followed
// by a capitalised word.
bool IsPlainBoundary(std::string_view text, Span s, size_t next_begin) {
  std::string_view sent = text.substr(s.begin, s.size());
  if (sent.size() < 4 || sent.back() != '.') return false;
  for (size_t k = sent.size() - 4; k < sent.size() - 1; ++k) {
    if (!internal::IsAsciiLower(static_cast<unsigned char>(sent[k]))) return false;
  }
  return internal::IsAsciiUpper(static_cast<unsigned char>(text[next_begin])) &&
         text[next_begin - 1] == ' ';
}

int CountInnerStops(std::string_view sentence) {
  int n = 0;
  for (size_t k = 0; k + 1 < sentence.size(); ++k) {
    char c = sentence[k];
    if ((c == '.' || c == '?' || c == '!') && sentence[k + 1] == ' ') ++n;
  }
  return n;
}

std::string Context(std::string_view text, size_t at) {
  size_t b = at > 40 ? at - 40 : 0;
  std::string out = StrCat(text.substr(b, at - b), "|", text.substr(at, 40));
  std::replace(out.begin(), out.end(), '\n', ' ');
  return out;
}

// The gold line of the sentence containing byte `at` (for error messages).
int LineAt(const SegmentationGold& gold, size_t at) {
  for (size_t k = gold.sentences.size(); k-- > 0;) {
    if (gold.sentences[k].begin <= at) return gold.lines[k];
  }
  return gold.lines.empty() ? 0 : gold.lines.front();
}

}  // namespace

StatusOr<SegmentationGold> ParseSegmentationGold(std::string_view content, std::string_view name) {
  SegmentationGold gold;
  gold.name = std::string(name);
  bool in_paragraph = false;
  int line_number = 0;
  for (std::string_view line : Split(content, '\n')) {
    ++line_number;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (!line.empty() && line[0] == '#') continue;
    if (line.empty()) {
      if (in_paragraph) gold.paragraph_end.back() = true;
      in_paragraph = false;
      continue;
    }
    bool newline_join = line[0] == '|';
    if (newline_join) line.remove_prefix(1);
    if (newline_join && !in_paragraph) {
      return Status::InvalidArgument(
          StrCat(name, ":", line_number, ": '|' line does not follow a sentence"));
    }
    std::string_view joiner =
        !in_paragraph ? (gold.sentences.empty() ? "" : "\n\n") : (newline_join ? "\n" : " ");
    AppendSentence(StripAscii(line), line_number, joiner, &gold);
    in_paragraph = true;
  }
  if (gold.sentences.empty()) {
    return Status::InvalidArgument(StrCat(name, ": no sentences"));
  }
  gold.paragraph_end.back() = true;
  return gold;
}

void ScoreSegmentation(const SegmentationGold& gold, SegmentationScore* score) {
  std::set<uint32_t> gold_ends, paragraph_ends;
  ++score->files;
  score->sentences += static_cast<int>(gold.sentences.size());
  for (size_t k = 0; k < gold.sentences.size(); ++k) {
    Span s = gold.sentences[k];
    score->inner_stops += CountInnerStops(std::string_view(gold.text).substr(s.begin, s.size()));
    if (gold.paragraph_end[k]) {
      paragraph_ends.insert(s.end);
      continue;
    }
    gold_ends.insert(s.end);
    ++score->gold_boundaries;
    if (!IsPlainBoundary(gold.text, s, gold.sentences[k + 1].begin)) ++score->tricky_boundaries;
  }
  std::set<uint32_t> predicted;
  for (Span s : SplitSentences(gold.text, Span{0, static_cast<uint32_t>(gold.text.size())})) {
    if (!paragraph_ends.contains(s.end)) predicted.insert(s.end);
  }
  for (uint32_t end : predicted) {
    bool hit = gold_ends.contains(end);
    (hit ? score->true_positives : score->false_positives)++;
    if (!hit) {
      score->errors.push_back(
          {StrCat(gold.name, ":", LineAt(gold, end)), false, Context(gold.text, end)});
    }
  }
  for (uint32_t end : gold_ends) {
    if (predicted.contains(end)) continue;
    ++score->false_negatives;
    score->errors.push_back(
        {StrCat(gold.name, ":", LineAt(gold, end)), true, Context(gold.text, end)});
  }
}

double SegmentationScore::Precision() const {
  int predicted = true_positives + false_positives;
  return predicted == 0 ? 1.0 : static_cast<double>(true_positives) / predicted;
}

double SegmentationScore::Recall() const {
  int gold = true_positives + false_negatives;
  return gold == 0 ? 1.0 : static_cast<double>(true_positives) / gold;
}

double SegmentationScore::F1() const {
  double p = Precision(), r = Recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

}  // namespace dossier::text
