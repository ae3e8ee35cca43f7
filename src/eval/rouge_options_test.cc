#include "src/eval/rouge_options.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::eval {
namespace {

using Args = std::vector<std::string>;

TEST(ParseRougeOptionsTest, ReadsRouge155CommandLines) {
  StatusOr<RougeOptions> o = ParseRougeOptions(
      {"-n", "2", "-m", "-b", "665", "-c", "95", "-r", "1000", "-f", "A", "-p", "0.5",
       "-t", "0", "-2", "4", "-u", "-a", "-d", "-e", "/opt/rouge/data"});
  ASSERT_TRUE(o.ok()) << o.status().ToString();
  EXPECT_EQ(o->max_n, 2);
  EXPECT_TRUE(o->stem);
  EXPECT_EQ(o->byte_limit, 665);
  EXPECT_EQ(o->word_limit, 0);
  EXPECT_EQ(o->skip_distance, 4);
  EXPECT_TRUE(o->skip_unigrams);
  EXPECT_TRUE(o->per_topic);
  EXPECT_TRUE(o->model_average);
  EXPECT_EQ(o->alpha, 0.5);
  EXPECT_TRUE(o->rouge_l);
}

TEST(ParseRougeOptionsTest, DefaultsAreRouge155s) {
  StatusOr<RougeOptions> o = ParseRougeOptions({});
  ASSERT_TRUE(o.ok());
  EXPECT_EQ(o->max_n, 0);  // no ROUGE-N without -n
  EXPECT_TRUE(o->rouge_l);
  EXPECT_EQ(o->skip_distance, -1);
  EXPECT_EQ(o->resamples, 1000);
  EXPECT_EQ(o->confidence, 95);
}

TEST(ParseRougeOptionsTest, AcceptsBundledFlagsAndAttachedValues) {
  StatusOr<RougeOptions> o = ParseRougeOptions({"-mUx", "-n4", "-2", "-1", "-fB", "-w", "1.2", "-s"});
  ASSERT_TRUE(o.ok()) << o.status().ToString();
  EXPECT_TRUE(o->stem);
  EXPECT_TRUE(o->skip_both);
  EXPECT_FALSE(o->rouge_l);
  EXPECT_EQ(o->max_n, 4);
  EXPECT_EQ(o->skip_distance, kUnlimitedSkip);
  EXPECT_FALSE(o->model_average);
  EXPECT_EQ(o->wlcs_weight, 1.2);
  EXPECT_TRUE(o->remove_stopwords);
}

TEST(ParseRougeOptionsTest, RejectsBadOrUnsupportedOptionsNamingThem) {
  struct Case {
    Args args;
    std::string in_message;
  };
  for (const Case& c : {Case{{"-l", "100", "-b", "665"}, "not both"},
                        Case{{"-n"}, "-n"},
                        Case{{"-n", "two"}, "-n"},
                        Case{{"-n", "1000"}, "-n"},
                        Case{{"-p", "1.5"}, "-p"},
                        Case{{"-c", "101"}, "-c"},
                        Case{{"-f", "C"}, "-f"},
                        Case{{"-w", "0"}, "-w"},
                        Case{{"-t", "1"}, "-t"},
                        Case{{"-z", "SEE"}, "-z"},
                        Case{{"-q"}, "-q"},
                        Case{{"-M"}, "-M"},
                        Case{{"summaries/"}, "summaries/"}}) {
    StatusOr<RougeOptions> o = ParseRougeOptions(c.args);
    ASSERT_FALSE(o.ok()) << c.args[0];
    EXPECT_NE(o.status().message().find(c.in_message), std::string::npos) << o.status().message();
  }
}

}  // namespace
}  // namespace dossier::eval
