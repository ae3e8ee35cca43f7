// Runs the TempEval-3 training data (TimeBank + AQUAINT) through the tagger when the
// shared data is present and checks the figures the tagger reached.
#include "src/timex/timex_eval.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "src/base/file.h"

namespace dossier::timex {
namespace {

TEST(TimexEvalTest, MeetsTempEval3TargetsOnTrainingData) {
  const std::string dir = std::string(DOSSIER_SHARED_DIR) + "/data/temporal/tempeval3-train";
  if (!std::filesystem::is_directory(dir)) GTEST_SKIP() << dir << " absent";
  auto paths = ExpandInputPaths({dir});
  ASSERT_TRUE(paths.ok());
  std::vector<std::string> tml;
  for (const std::string& p : *paths) {
    if (p.ends_with(".tml")) tml.push_back(p);
  }
  TimexEvaluation ev = EvaluateTimeml(tml);
  EXPECT_TRUE(ev.rejected.empty());
  EXPECT_GT(ev.documents, 200);
  // Reached (TimeBank dev / AQUAINT held out / overall): relaxed F1 .948/.932/.943,
  // strict F1 .889/.826/.869, value F1 .826/.751/.802 (1508 correct values of 1940
  // system and 1822 gold expressions). The overall value F1 target of .80 is asserted;
  // the other bounds guard against regressions, held-out AQUAINT included (see
  // resources/timex/README.md for what was measured and rejected).
  EXPECT_GE(ev.overall.ValueF1(), 0.80);
  EXPECT_GE(ev.overall.RelaxedF1(), 0.94);
  EXPECT_GE(ev.overall.StrictF1(), 0.865);
  EXPECT_GE(ev.by_corpus["TimeBank"].ValueF1(), 0.82);
  EXPECT_GE(ev.by_corpus["TimeBank"].StrictF1(), 0.885);
  EXPECT_GE(ev.by_corpus["AQUAINT"].RelaxedF1(), 0.93);
  EXPECT_GE(ev.by_corpus["AQUAINT"].StrictF1(), 0.82);
  EXPECT_GE(ev.by_corpus["AQUAINT"].ValueF1(), 0.745);
}

}  // namespace
}  // namespace dossier::timex
