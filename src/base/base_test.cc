#include <gtest/gtest.h>

#include <cstdio>
#include <map>

#include "dossier/status.h"
#include "src/base/byte_stream.h"
#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/base/tar.h"

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

TEST(StringsTest, HasWholeWordWantsNoLetterBesideTheWord) {
  struct Case {
    const char* text;
    const char* word;
    bool plural_s, found;
  };
  for (const Case& c : {Case{"Mr. Fong said so.", "Fong", false, true},
                        Case{"Fongs said so.", "Fong", false, false},
                        Case{"the Fong-Lee plan", "Fong", false, true},
                        Case{"two banners hung", "banner", true, true},
                        Case{"two banners hung", "banner", false, false},
                        Case{"fongs", "Fong", false, false}}) {
    EXPECT_EQ(HasWholeWord(c.text, c.word, c.plural_s), c.found) << c.text << " / " << c.word;
  }
}

TEST(StringsTest, MonthNumberReadsNamesAndAbbreviations) {
  struct Case {
    const char* word;
    int month;
  };
  for (const Case& c : {Case{"january", 1}, Case{"jan", 1}, Case{"dec.", 12}, Case{"sept", 9},
                        Case{"sep", 9}, Case{"may", 5}, Case{"jun", 6}, Case{"ja", 0},
                        Case{"mayor", 0}, Case{"", 0}, Case{"Jan", 0}}) {
    EXPECT_EQ(MonthNumber(c.word), c.month) << c.word;
  }
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

// One ustar entry: a 512-byte header (name, octal size, type) and the data padded to 512.
std::string TarEntry(const std::string& name, const std::string& data, char type = '0') {
  std::string h(512, '\0');
  h.replace(0, name.size(), name);
  char size[12];
  std::snprintf(size, sizeof size, "%011o", static_cast<unsigned>(data.size()));
  h.replace(124, 11, size);
  h[156] = type;
  std::string padded = data;
  padded.resize((data.size() + 511) / 512 * 512, '\0');
  return h + padded;
}

TEST(ReadTarTest, ReadsFilesByBaseNameAndLongNames) {
  const std::string long_name(120, 'x');
  const std::string tar = TarEntry("dir/a.html", "<p>a</p>") + TarEntry("././@LongLink", long_name, 'L') +
                          TarEntry("cut", "long") + TarEntry("dir/", "", '5') + std::string(1024, '\0');
  std::map<std::string, std::string> files;
  ASSERT_TRUE(ReadTar("t.tar", tar, &files).ok());
  ASSERT_EQ(files.size(), 2u);
  EXPECT_EQ(files["a.html"], "<p>a</p>");
  EXPECT_EQ(files[long_name], "long");
}

TEST(ReadTarTest, TruncatedEntryNamesTheArchiveAndOffset) {
  std::string tar = TarEntry("a", "first") + TarEntry("b", std::string(2000, 'b'));
  tar.resize(512 + 512 + 512 + 100);
  std::map<std::string, std::string> files;
  const Status s = ReadTar("set.tar", tar, &files);
  EXPECT_EQ(s.message(), "set.tar: truncated tar entry at byte 1024");
  EXPECT_EQ(files["a"], "first");
}

TEST(ByteStreamTest, PeeksSkipsAndReadsTheRestWithOffsets) {
  const std::string data = std::string(100000, 'a') + "WARC/1.0" + std::string(50, 'b');
  std::FILE* f = std::tmpfile();
  ASSERT_NE(f, nullptr);
  std::fwrite(data.data(), 1, data.size(), f);
  std::rewind(f);
  {
    ByteStream in(f, "t");
    EXPECT_EQ(in.Peek(3), std::string_view(data).substr(0, in.Peek(3).size()));
    EXPECT_GE(in.Peek(70000).size(), 70000u);
    in.Skip(100000);
    EXPECT_EQ(in.offset(), 100000u);
    EXPECT_TRUE(in.Peek(8).starts_with("WARC/1.0"));
    StatusOr<std::string> rest = in.ReadRest(1000);
    ASSERT_TRUE(rest.ok());
    EXPECT_EQ(rest->size(), 58u);
    EXPECT_TRUE(in.AtEnd());
    in.Skip(10);  // past the end: stays at the end
    EXPECT_EQ(in.offset(), data.size());
  }
  std::rewind(f);
  ByteStream again(f, "t");
  EXPECT_EQ(again.ReadRest(100).status().message(), "t: file exceeds the limit of 100 bytes");
  std::fclose(f);
}

TEST(ByteStreamTest, MissingFileIsAnErrorNamingThePath) {
  StatusOr<std::unique_ptr<ByteStream>> in = ByteStream::Open("/nonexistent/x.warc");
  ASSERT_FALSE(in.ok());
  EXPECT_TRUE(in.status().message().starts_with("/nonexistent/x.warc: cannot open")) << in.status().message();
}

}  // namespace
}  // namespace dossier
