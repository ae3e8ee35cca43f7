#include "src/text/segment_eval.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <iostream>

#include "src/base/file.h"

namespace dossier::text {
namespace {

TEST(SegmentEvalTest, ParsesParagraphsAndNewlineJoins) {
  auto gold = ParseSegmentationGold("# c\nHeadline\n|First one.\nSecond.\n\nThird.\n", "g.txt");
  ASSERT_TRUE(gold.ok()) << gold.status().ToString();
  EXPECT_EQ(gold->text, "Headline\nFirst one. Second.\n\nThird.");
  ASSERT_EQ(gold->sentences.size(), 4u);
  EXPECT_EQ(gold->lines, (std::vector<int>{2, 3, 4, 6}));
  EXPECT_EQ(gold->paragraph_end, (std::vector<bool>{false, false, true, true}));
}

TEST(SegmentEvalTest, RejectsLeadingJoinLineWithItsLineNumber) {
  auto gold = ParseSegmentationGold("One.\n\n|Two.\n", "bad.txt");
  ASSERT_FALSE(gold.ok());
  EXPECT_NE(gold.status().message().find("bad.txt:3"), std::string::npos);
}

TEST(SegmentEvalTest, CountsMissedAndSpuriousBoundaries) {
  // This gold wrongly joins two sentences and wrongly splits after "Mr.", so the
  // splitter's (right) answers show up as one spurious and one missed boundary.
  auto gold = ParseSegmentationGold("He left. She stayed.\nMr.\nSmith came.\n", "g.txt");
  ASSERT_TRUE(gold.ok());
  SegmentationScore score;
  ScoreSegmentation(*gold, &score);
  EXPECT_EQ(score.gold_boundaries, 2);
  EXPECT_EQ(score.true_positives, 1);   // after "She stayed."
  EXPECT_EQ(score.false_positives, 1);  // after "He left."
  EXPECT_EQ(score.false_negatives, 1);  // after "Mr."
  ASSERT_EQ(score.errors.size(), 2u);
  EXPECT_EQ(score.errors[0].where, "g.txt:1");
  EXPECT_FALSE(score.errors[0].missed);
  EXPECT_EQ(score.errors[1].where, "g.txt:2");
  EXPECT_TRUE(score.errors[1].missed);
  EXPECT_DOUBLE_EQ(score.Precision(), 0.5);
  EXPECT_DOUBLE_EQ(score.Recall(), 0.5);
}

TEST(SegmentEvalTest, GoldSetF1IsAtLeast099) {
  std::string dir = std::string(DOSSIER_SOURCE_DIR) + "/tests/data/segmentation";
  SegmentationScore score;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.path().extension() != ".txt") continue;
    auto content = ReadFileToString(entry.path().string());
    ASSERT_TRUE(content.ok()) << content.status().ToString();
    auto gold = ParseSegmentationGold(*content, entry.path().filename().string());
    ASSERT_TRUE(gold.ok()) << gold.status().ToString();
    ScoreSegmentation(*gold, &score);
  }
  EXPECT_GE(score.gold_boundaries, 300);
  for (const SegmentationError& e : score.errors) {
    std::cout << e.where << (e.missed ? " missed: " : " spurious: ") << e.context << "\n";
  }
  EXPECT_GE(score.F1(), 0.99) << "P=" << score.Precision() << " R=" << score.Recall();
}

}  // namespace
}  // namespace dossier::text
