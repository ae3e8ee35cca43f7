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
  // Reached (TimeBank dev / AQUAINT held out / overall): relaxed F1 .944/.918/.936,
  // strict F1 .881/.810/.858, value F1 .815/.722/.785. The overall value F1 target of
  // .80 is met on TimeBank only (see resources/timex/README.md); these bounds guard
  // against regressions, held-out AQUAINT included.
  EXPECT_GE(ev.overall.RelaxedF1(), 0.93);
  EXPECT_GE(ev.overall.StrictF1(), 0.855);
  EXPECT_GE(ev.overall.ValueF1(), 0.78);
  EXPECT_GE(ev.by_corpus["TimeBank"].ValueF1(), 0.81);
  EXPECT_GE(ev.by_corpus["TimeBank"].StrictF1(), 0.875);
  EXPECT_GE(ev.by_corpus["AQUAINT"].RelaxedF1(), 0.915);
  EXPECT_GE(ev.by_corpus["AQUAINT"].StrictF1(), 0.805);
  EXPECT_GE(ev.by_corpus["AQUAINT"].ValueF1(), 0.72);
}

}  // namespace
}  // namespace dossier::timex
