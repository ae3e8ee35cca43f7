#include <gtest/gtest.h>

#include "dossier/status.h"
#include "src/base/file.h"
#include "src/base/strings.h"

namespace dossier {
namespace {

TEST(StatusTest, ToStringNamesCodeAndMessage) {
  struct Case { Status status; std::string want; };
  for (const Case& c : {Case{Status(), "OK"},
                        Case{Status::InvalidArgument("a.jsonl:3: broken JSON"),
                             "invalid argument: a.jsonl:3: broken JSON"},
                        Case{Status::NotFound("x: missing"), "not found: x: missing"}}) {
    EXPECT_EQ(c.status.ToString(), c.want);
  }
}

StatusOr<int> Half(int x) {
  if (x % 2) return Status::InvalidArgument("odd");
  return x / 2;
}

StatusOr<int> Quarter(int x) {
  DOSSIER_ASSIGN_OR_RETURN(int h, Half(x));
  return Half(h);
}

TEST(StatusOrTest, AssignOrReturnPropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  EXPECT_EQ(Quarter(6).status().message(), "odd");
  EXPECT_EQ(Quarter(5).status().message(), "odd");
}

TEST(StringsTest, StripAsciiRemovesOnlyAsciiWhitespace) {
  EXPECT_EQ(StripAscii(" \t a b \r\n"), "a b");
  EXPECT_EQ(StripAscii("   "), "");
  EXPECT_EQ(StripAscii("\xC2\xA0x"), "\xC2\xA0x");
}

TEST(StringsTest, ResourceLinesSkipBlankAndCommentLinesAndStripEnds) {
  struct Case {
    std::string_view data;
    std::vector<std::string_view> want;
  };
  const Case cases[] = {
      {"", {}},
      {"# header\nalpha\n\n  beta \r\n#gamma\n", {"alpha", "beta"}},
      {"a\tb\r\n \t \nc # not a comment", {"a\tb", "c # not a comment"}},
  };
  for (const Case& c : cases) EXPECT_EQ(ResourceLines(c.data), c.want) << c.data;
  std::vector<NumberedLine> numbered = NumberedResourceLines("# h\n\nalpha\n beta\n");
  ASSERT_EQ(numbered.size(), 2u);
  EXPECT_EQ(numbered[0].text, "alpha");
  EXPECT_EQ(numbered[0].number, 3);
  EXPECT_EQ(numbered[1].text, "beta");
  EXPECT_EQ(numbered[1].number, 4);
}

TEST(FileTest, MissingFileIsAnErrorNamingThePath) {
  auto r = ReadFileToString("/nonexistent/dossier/file.txt");
  ASSERT_FALSE(r.ok());
  EXPECT_NE(r.status().message().find("/nonexistent/dossier/file.txt"), std::string::npos);
}

TEST(FileTest, ExpandsDirectoriesSorted) {
  auto r = ExpandInputPaths({std::string(DOSSIER_SOURCE_DIR) + "/examples/biden-putin"});
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  ASSERT_EQ(r->size(), 5u);
  EXPECT_LT((*r)[0], (*r)[1]);
}

}  // namespace
}  // namespace dossier
