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
  // Reached (TimeBank dev / AQUAINT held out / overall): relaxed F1 .938/.894/.923,
  // strict F1 .864/.787/.839, value F1 .767/.700/.745. The value F1 target of .80 is not
  // met yet (see resources/timex/README.md); these bounds guard against regressions.
  EXPECT_GE(ev.overall.RelaxedF1(), 0.90);
  EXPECT_GE(ev.overall.StrictF1(), 0.82);
  EXPECT_GE(ev.overall.ValueF1(), 0.73);
  EXPECT_GE(ev.by_corpus["AQUAINT"].RelaxedF1(), 0.87);
}

}  // namespace
}  // namespace dossier::timex
