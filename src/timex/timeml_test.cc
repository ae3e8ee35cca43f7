#include "src/timex/timeml.h"

#include <gtest/gtest.h>

#include "src/timex/timex_eval.h"

namespace dossier::timex {
namespace {

const std::string kData = std::string(DOSSIER_SOURCE_DIR) + "/tests/data/timex/";

TEST(TimemlTest, ReadsTextSpansAndCreationTime) {
  auto doc = ReadTimemlFile(kData + "sample.tml");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ(doc->dct, "2021-12-09");
  ASSERT_EQ(doc->timexes.size(), 3u);  // the DCT is not a target
  struct Want { const char* text; const char* type; const char* value; const char* mod; };
  const Want want[] = {{"Tuesday", "DATE", "2021-12-07", ""},
                       {"about two hours", "DURATION", "PT2H", "APPROX"},
                       {"next year", "DATE", "2022", ""}};
  for (size_t i = 0; i < 3; ++i) {
    const GoldTimex& g = doc->timexes[i];
    EXPECT_EQ(doc->text.substr(g.span.begin, g.span.size()), want[i].text);
    EXPECT_EQ(g.type, want[i].type);
    EXPECT_EQ(g.value, want[i].value);
    EXPECT_EQ(g.mod, want[i].mod);
  }
  EXPECT_NE(doc->text.find("Tuesday & talked"), std::string::npos);  // entity decoded
  EXPECT_EQ(doc->text.find('<'), std::string::npos);
}

TEST(TimemlTest, RejectsMalformedXmlNamingFileAndLine) {
  auto doc = ReadTimemlFile(kData + "broken.tml");
  ASSERT_FALSE(doc.ok());
  EXPECT_NE(doc.status().message().find("broken.tml:4"), std::string::npos)
      << doc.status().message();
  EXPECT_FALSE(ParseTimeml("<TimeML><DOCID>x</DOCID></TimeML>", "x.tml").ok());
  EXPECT_FALSE(ParseTimeml("", "empty.tml").ok());
  EXPECT_FALSE(ParseTimeml("\xff\xfe garbage", "bin.tml").ok());
}

TEST(TimexScoresTest, CountsStrictRelaxedAndValueMatches) {
  auto doc = ReadTimemlFile(kData + "sample.tml");
  ASSERT_TRUE(doc.ok());
  const auto& g = doc->timexes;
  std::vector<Timex> system = {
      {g[0].span, TimexType::kDate, "2021-12-07", "", true},                             // exact, right
      {{g[1].span.begin + 6, g[1].span.end}, TimexType::kDuration, "PT2H", "", false},  // overlap
      {{0, 7}, TimexType::kDate, "2021", "", false},                                    // spurious
  };
  TimexScores s = ScoreDocument(*doc, system);
  EXPECT_EQ(s.gold, 3);
  EXPECT_EQ(s.system, 3);
  EXPECT_EQ(s.strict_system, 1);
  EXPECT_EQ(s.relaxed_system, 2);
  EXPECT_EQ(s.relaxed_gold, 2);
  EXPECT_EQ(s.value_correct, 2);
  EXPECT_NEAR(s.StrictF1(), 1.0 / 3, 1e-9);
  EXPECT_NEAR(s.RelaxedF1(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.ValueF1(), 2.0 / 3, 1e-9);
  EXPECT_NEAR(s.ValueAccuracy(), 1.0, 1e-9);
}

TEST(TimexScoresTest, EvaluatesFixtureEndToEnd) {
  TimexEvaluation ev = EvaluateTimeml({kData + "sample.tml", kData + "broken.tml"});
  EXPECT_EQ(ev.documents, 1);
  ASSERT_EQ(ev.rejected.size(), 1u);
  EXPECT_EQ(ev.overall.gold, 3);
  EXPECT_EQ(ev.overall.strict_gold, 3);
  EXPECT_EQ(ev.overall.value_correct, 3);
  EXPECT_EQ(ev.by_corpus.count("timex"), 1u);
}

}  // namespace
}  // namespace dossier::timex
