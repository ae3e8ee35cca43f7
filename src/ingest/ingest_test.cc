#include "src/ingest/ingest.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/base/file.h"

namespace dossier::ingest {
namespace {

struct Result {
  std::vector<Article> articles;
  IngestReport report;
};

Result Read(const std::string& origin, std::string_view data, IngestOptions options = {}) {
  Result r;
  ReadArticles(origin, data, options, &r.articles, &r.report);
  return r;
}

std::vector<std::string> Reasons(const Article& a) {
  std::vector<std::string> out;
  for (const Removed& r : a.removed) out.push_back(r.reason);
  return out;
}

TEST(ReadArticlesTest, TakesHeaderLinesInAnyOrderAndForm) {
  struct Case {
    std::string text, title, date, url;
    std::vector<std::string> reasons;
  };
  const std::string body = "\nThe ferry service resumed on Monday after a week of storms.\n";
  for (const Case& c : {
           Case{"Ferry Service Resumes\n20220221\nhttps://www.wkbw.example/ferry" + body,
                "Ferry Service Resumes", "2022-02-21", "https://www.wkbw.example/ferry",
                {"header-title", "header-date", "header-url"}},
           Case{"2022-02-21\nFerry Service Resumes" + body, "Ferry Service Resumes",
                "2022-02-21", "", {"header-date", "header-title"}},
           Case{"Tue, 18 Jan 2022\n" + body, "", "2022-01-18", "", {"header-date"}},
           Case{"https://example.com/x\n\nDecember 7, 2021\n" + body, "", "2021-12-07",
                "https://example.com/x", {"header-url", "header-date"}},
           Case{"Dec. 7, 2021\nFerry Service Resumes\n" + body, "Ferry Service Resumes",
                "2021-12-07", "", {"header-date", "header-title"}},
           // No anchor: a title alone is left to extract, never guessed here.
           Case{"Ferry Service Resumes\n" + body, "", "", "", {}},
           // A date inside a sentence is not a header.
           Case{"On December 7, 2021 the ferry stopped.\n" + body, "", "", "", {}},
       }) {
    Result r = Read("dir/story.txt", c.text);
    ASSERT_EQ(r.articles.size(), 1u) << c.text;
    const Article& a = r.articles[0];
    EXPECT_EQ(a.id, "story");
    EXPECT_EQ(a.origin, "dir/story.txt");
    EXPECT_EQ(a.text, c.text);
    EXPECT_EQ(a.title, c.title) << c.text;
    EXPECT_EQ(a.date, c.date) << c.text;
    EXPECT_EQ(a.url, c.url) << c.text;
    EXPECT_EQ(Reasons(a), c.reasons) << c.text;
    for (const Removed& rm : a.removed) {
      EXPECT_NE(a.Slice(rm.span).find_first_not_of(" \n"), std::string::npos);
    }
  }
}

TEST(ReadArticlesTest, ReadsHeaderFixtureAndDerivesSource) {
  std::string path = DOSSIER_SOURCE_DIR "/tests/data/ingest/header_title_url_date.txt";
  StatusOr<std::string> data = ReadFileToString(path);
  ASSERT_TRUE(data.ok());
  Result r = Read(path, *data);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title, "Harbour Bridge Reopens After Repairs");
  EXPECT_EQ(r.articles[0].date, "2023-05-04");
  EXPECT_EQ(r.articles[0].source, "example.org");
  EXPECT_EQ(r.articles[0].id, "header_title_url_date");
}

TEST(ReadArticlesTest, ReadsJsonlFieldNamesOfCommonTools) {
  struct Case {
    std::string line, id, title, text, date, url, source;
  };
  for (const Case& c : {
           Case{R"({"id":"x","title":"T","text":"Body.","date":"2021-12-07","url":"https://a.example/1","source":"A News"})",
                "x", "T", "Body.", "2021-12-07", "https://a.example/1", "A News"},
           Case{R"({"headline":"H","body":"B.","published":"Tue, 18 Jan 2022","link":"http://www.b.example/2"})",
                "in.jsonl:1", "H", "B.", "2022-01-18", "http://www.b.example/2", "b.example"},
           Case{R"({"title":"M","maintext":"C.","date_publish":"2017-06-13 21:22:05","domain":"c.example"})",
                "in.jsonl:1", "M", "C.", "2017-06-13", "", "c.example"},
           Case{R"({"title":"N","content":"D.","publish_date":1645401600,"publisher":"P","id":42})",
                "42", "N", "D.", "2022-02-21", "", "P"},
           Case{R"({"id":"uci-1","date":"2014-03-10T16:52:50Z","title":"Headline only","text":"","lang":"en","story":"S1","hostname":"www.latimes.com"})",
                "uci-1", "Headline only", "", "2014-03-10", "", "latimes.com"},
       }) {
    Result r = Read("in.jsonl", c.line);
    ASSERT_EQ(r.articles.size(), 1u) << c.line;
    const Article& a = r.articles[0];
    EXPECT_EQ(a.id, c.id);
    EXPECT_EQ(a.origin, "in.jsonl:1");
    EXPECT_EQ(a.title, c.title);
    EXPECT_EQ(a.text, c.text);
    EXPECT_EQ(a.date, c.date);
    EXPECT_EQ(a.url, c.url);
    EXPECT_EQ(a.source, c.source);
    EXPECT_TRUE(r.report.rejected.empty());
  }
}

TEST(ReadArticlesTest, RecordsEveryBadJsonLineAndKeepsTheRest) {
  std::string path = DOSSIER_SOURCE_DIR "/tests/data/ingest/mixed.jsonl";
  StatusOr<std::string> data = ReadFileToString(path);
  ASSERT_TRUE(data.ok());
  Result r = Read(path, *data);
  ASSERT_EQ(r.articles.size(), 3u);
  EXPECT_EQ(r.articles[0].date, "2023-03-06");
  EXPECT_EQ(r.articles[1].text, "Engineers inspected the dam.");
  EXPECT_EQ(r.articles[1].source, "river.example");
  EXPECT_EQ(r.articles[2].date, "");  // 2021-02-30 is absurd: left empty, warned
  EXPECT_EQ(r.report.accepted, 3);
  ASSERT_EQ(r.report.rejected.size(), 2u);
  EXPECT_EQ(r.report.rejected[0].origin, path + ":2");
  EXPECT_NE(r.report.rejected[0].status.message().find("broken JSON"), std::string::npos);
  EXPECT_EQ(r.report.rejected[1].origin, path + ":6");
  EXPECT_NE(r.report.rejected[1].status.message().find("empty article"), std::string::npos);
  ASSERT_EQ(r.report.warnings.size(), 1u);
  EXPECT_EQ(r.report.warnings[0].origin, path + ":5");
  EXPECT_NE(r.report.warnings[0].status.message().find("absurd date"), std::string::npos);
}

TEST(ReadArticlesTest, ReadsSummarizationClusterLinesAsArticles) {
  const std::string line =
      R"({"id":"c1","documents":[{"doc_id":"APW1","title":null,"date":"1998-10-16","text":"One."},)"
      R"({"title":"Two","date":null,"text":"Two."}],"summaries":["S1","S2"]})";
  Result r = Read("sum.jsonl", line);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "APW1");
  EXPECT_EQ(r.articles[0].date, "1998-10-16");
  EXPECT_EQ(r.articles[1].id, "c1#2");
  EXPECT_EQ(r.articles[1].origin, "sum.jsonl:1");

  std::vector<Cluster> clusters;
  IngestReport report;
  ReadClusters("sum.jsonl", line + "\n{\"id\":\"bad\"}\n", &clusters, &report);
  ASSERT_EQ(clusters.size(), 1u);
  EXPECT_EQ(clusters[0].id, "c1");
  EXPECT_EQ(clusters[0].articles.size(), 2u);
  EXPECT_EQ(clusters[0].summaries, (std::vector<std::string>{"S1", "S2"}));
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_EQ(report.rejected[0].origin, "sum.jsonl:2");
}

TEST(ReadArticlesTest, SplitsMultiNewsDocuments) {
  std::string path = DOSSIER_SOURCE_DIR "/tests/data/ingest/cluster.multinews.txt";
  StatusOr<std::string> data = ReadFileToString(path);
  ASSERT_TRUE(data.ok());
  Result r = Read(path, *data);
  ASSERT_EQ(r.articles.size(), 2u);
  EXPECT_EQ(r.articles[0].id, "cluster.multinews#1");
  EXPECT_EQ(r.articles[0].text, "First document text.\nSecond line of it.");
  EXPECT_EQ(r.articles[0].origin, path + ":1");
  EXPECT_EQ(r.articles[1].id, "cluster.multinews#3");
  EXPECT_EQ(r.articles[1].text, "Third document, after an empty one.");
  EXPECT_EQ(r.articles[1].origin, path + ":5");
}

TEST(ReadArticlesTest, RejectsBadInputsWithOriginAndLine) {
  struct Case {
    std::string name, data;
    IngestOptions::Format format;
    StatusCode code;
    std::string origin, message;
  };
  using F = IngestOptions::Format;
  std::string huge_line = "{\"text\":\"" + std::string(300, 'a') + "\"}";
  for (const Case& c : {
           Case{"empty", "", F::kAuto, StatusCode::kInvalidArgument, "f.txt:1", "empty input"},
           Case{"blank", " \n\n \t\n", F::kAuto, StatusCode::kInvalidArgument, "f.txt:1",
                "empty input"},
           Case{"binary", std::string("\x7f" "ELF\x02\x01\x01\0\0\0", 10) + "junk",
                F::kAuto, StatusCode::kInvalidArgument, "f.txt:1", "binary data"},
           Case{"controls", std::string(50, '\x01') + "abc", F::kAuto,
                StatusCode::kInvalidArgument, "f.txt:1", "binary data"},
           Case{"bom only", "\xEF\xBB\xBF\n", F::kText, StatusCode::kInvalidArgument, "f.txt",
                "empty document"},
           Case{"huge line", huge_line, F::kJsonl, StatusCode::kOutOfRange, "f.txt:1",
                "exceeds the limit"},
           Case{"huge text", std::string(300, 'b'), F::kText, StatusCode::kOutOfRange, "f.txt",
                "exceeds the limit"},
       }) {
    IngestOptions options;
    options.format = c.format;
    options.max_document_bytes = 200;
    Result r = Read("f.txt", c.data, options);
    EXPECT_TRUE(r.articles.empty()) << c.name;
    ASSERT_EQ(r.report.rejected.size(), 1u) << c.name;
    EXPECT_EQ(r.report.rejected[0].status.code(), c.code) << c.name;
    EXPECT_EQ(r.report.rejected[0].origin, c.origin) << c.name;
    EXPECT_NE(r.report.rejected[0].status.message().find(c.message), std::string::npos)
        << c.name << ": " << r.report.rejected[0].status.message();
  }
}

TEST(DecodeToUtf8Test, PassesConvertsAndReplaces) {
  struct Case {
    std::string name, bytes, want, encoding;
    uint32_t replaced;
  };
  for (const Case& c : {
           Case{"utf8", "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D", "caf\xC3\xA9 \xE2\x80\x9Cok\xE2\x80\x9D",
                "UTF-8", 0},
           Case{"bom", "\xEF\xBB\xBFplain", "plain", "UTF-8", 0},
           Case{"cp1252", "He said \x93" "bonjour\x94 at the caf\xE9 \x96 twice.",
                "He said \xE2\x80\x9C" "bonjour\xE2\x80\x9D at the caf\xC3\xA9 \xE2\x80\x93 twice.",
                "WINDOWS-1252", 0},
           Case{"broken utf8", "na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xFF end",
                "na\xC3\xAFve r\xC3\xA9sum\xC3\xA9 \xEF\xBF\xBD end", "UTF-8", 1},
           Case{"truncated", "\xE2\x80\x9Cquote\xE2\x80\x9D and \xE2\x80", 
                "\xE2\x80\x9Cquote\xE2\x80\x9D and \xEF\xBF\xBD", "UTF-8", 2},
       }) {
    Decoded d = DecodeToUtf8(c.bytes);
    EXPECT_EQ(d.text, c.want) << c.name;
    EXPECT_EQ(d.encoding, c.encoding) << c.name;
    EXPECT_EQ(d.replaced_bytes, c.replaced) << c.name;
  }
}

TEST(ReadArticlesTest, ConvertsWindows1252TextFiles) {
  Result r = Read("w.txt", "Caf\xE9 owners \x93welcome\x94 the rule.\n");
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].text, "Caf\xC3\xA9 owners \xE2\x80\x9Cwelcome\xE2\x80\x9D the rule.\n");
  EXPECT_EQ(r.articles[0].encoding, "WINDOWS-1252");
}

TEST(ReadArticlesTest, ReadsTheBidenPutinExample) {
  std::string dir = DOSSIER_SOURCE_DIR "/examples/biden-putin/";
  StatusOr<std::string> a = ReadFileToString(dir + "000_fe2a3623769d33c7.txt");
  StatusOr<std::string> b = ReadFileToString(dir + "004_360080f3a78997b5.txt");
  ASSERT_TRUE(a.ok() && b.ok());
  Result r = Read(dir + "000_fe2a3623769d33c7.txt", *a);
  Read(dir + "004_360080f3a78997b5.txt", *b);
  ASSERT_EQ(r.articles.size(), 1u);
  EXPECT_EQ(r.articles[0].title,
            "Biden Putin tentatively agree to meeting as fears of Russian invasion of Ukraine peak");
  EXPECT_EQ(r.articles[0].date, "2022-02-21");
  EXPECT_EQ(r.articles[0].source, "wkbw.com");
  Result r4 = Read(dir + "004_360080f3a78997b5.txt", *b);
  ASSERT_EQ(r4.articles.size(), 1u);
  EXPECT_EQ(r4.articles[0].date, "2022-01-18");
  EXPECT_EQ(r4.articles[0].title, "");
}

}  // namespace
}  // namespace dossier::ingest
