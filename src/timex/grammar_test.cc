#include "src/timex/grammar.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "src/base/file.h"

namespace dossier::timex {
namespace {

TEST(GrammarTest, ResourceFilesParse) {
  std::map<std::string, std::string> files;
  for (const auto& e : std::filesystem::directory_iterator(std::string(DOSSIER_SOURCE_DIR) + "/resources/timex")) {
    if (e.path().extension() != ".txt") continue;
    auto text = ReadFileToString(e.path().string());
    ASSERT_TRUE(text.ok());
    files[e.path().filename().string()] = *text;
  }
  auto g = ParseGrammar(files);
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->rules.size(), DefaultGrammar().rules.size());
}

TEST(GrammarTest, EmbeddedResourcesParse) {
  const Grammar& g = DefaultGrammar();
  EXPECT_GT(g.rules.size(), 40u);
  EXPECT_TRUE(g.classes.count("MONTH"));
  EXPECT_TRUE(g.classes.at("MONTH").capitalized);
}

TEST(GrammarTest, ExpandsOptionalGroupsIntoVariants) {
  auto g = ParseGrammar({{"month.txt", "may | 5\n"},
                         {"patterns.txt", "DATE date : @MONTH ( , @YEAR | @DAY )?\n"}});
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  EXPECT_EQ(g->rules.size(), 3u);
  EXPECT_EQ(g->rules[0].elements.size(), 3u);
}

TEST(GrammarTest, ReportsErrorsWithFileAndLine) {
  struct Case { const char* patterns; const char* want; };
  for (const Case& c : {Case{"# c\nDATE date @X\n", "patterns.txt:2"},
                        Case{"DATE date : @NOPE\n", "unknown class @NOPE"},
                        Case{"DATE date : ( a | b\n", "unclosed"}}) {
    auto g = ParseGrammar({{"patterns.txt", c.patterns}});
    ASSERT_FALSE(g.ok());
    EXPECT_NE(g.status().message().find(c.want), std::string::npos) << g.status().message();
  }
  auto bad_list = ParseGrammar({{"month.txt", "january 1\n"}, {"patterns.txt", ""}});
  ASSERT_FALSE(bad_list.ok());
  EXPECT_NE(bad_list.status().message().find("month.txt:1"), std::string::npos);
}

TEST(TokenizeTest, SplitsWordsAndPunctuationWithOffsets) {
  std::vector<Tok> t = Tokenize("Dec. 7th, 10:30", 0, 15);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_EQ(t[0].lower, "dec");
  EXPECT_TRUE(t[0].capitalized);
  EXPECT_EQ(t[2].lower, "7th");
  EXPECT_EQ(t[4].begin, 10u);
  EXPECT_EQ(t[5].lower, ":");
}

}  // namespace
}  // namespace dossier::timex
