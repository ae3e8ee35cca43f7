#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "src/html/gzip_testing.h"
#include "src/ingest/ingest.h"

namespace dossier::ingest {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/data/html/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

using html::testing::Gzip;

std::vector<Article> Read(const std::string& origin, std::string_view data, IngestReport* report) {
  std::vector<Article> out;
  ReadArticles(origin, data, {}, &out, report);
  return out;
}

TEST(HtmlReaderTest, PageBecomesArticleByExtensionContentOrGzip) {
  const std::string page = Fixture("article.html");
  for (const auto& [origin, data] : std::vector<std::pair<std::string, std::string>>{
           {"dir/article.html", page}, {"dir/article", page}, {"dir/article.html.gz", Gzip(page)},
           {"dir/article.bin", Gzip(page)}}) {
    IngestReport report;
    std::vector<Article> got = Read(origin, data, &report);
    ASSERT_EQ(got.size(), 1u) << origin;
    const Article& a = got[0];
    EXPECT_EQ(a.title, "Council approves new bridge") << origin;
    EXPECT_EQ(a.date, "2024-03-05");
    EXPECT_EQ(a.source, "Riverton Gazette");
    EXPECT_EQ(a.byline, "Jane Doe");
    EXPECT_EQ(a.language, "en");
    EXPECT_EQ(a.page_kind, "article");
    EXPECT_FALSE(a.raw_map.empty());
    EXPECT_EQ(a.text.find("<p>"), std::string::npos);
    EXPECT_EQ(a.text.find("cookies"), std::string::npos);
    EXPECT_TRUE(a.text.starts_with("The city council voted")) << a.text;
    ASSERT_FALSE(a.body.empty());
    EXPECT_EQ(a.Slice(a.body[0]).substr(0, 8), "The city");
  }
}

TEST(HtmlReaderTest, JsonlHtmlFieldsAreExtractedAndJsonFieldsWin) {
  std::string page = Fixture("article.html");
  std::string escaped;
  for (char c : page) {
    if (c == '"' || c == '\\') escaped += '\\';
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped += c;
  }
  for (std::string_view field : {"html", "raw_html", "content_html"}) {
    std::string line = "{\"id\":\"p1\",\"title\":\"Given title\",\"url\":\"https://x.example/a\",\"" +
                       std::string(field) + "\":\"" + escaped + "\"}\n";
    IngestReport report;
    std::vector<Article> got = Read("pages.jsonl", line, &report);
    ASSERT_EQ(got.size(), 1u) << field << (report.rejected.empty() ? "" : report.rejected[0].status.ToString());
    EXPECT_EQ(got[0].id, "p1");
    EXPECT_EQ(got[0].title, "Given title");
    EXPECT_EQ(got[0].url, "https://x.example/a");
    EXPECT_EQ(got[0].date, "2024-03-05");
    EXPECT_TRUE(got[0].text.starts_with("The city council voted")) << got[0].text;
  }
}

TEST(HtmlReaderTest, BadPagesAreRejectedWithTheirName) {
  struct Case { std::string origin; std::string data; std::string_view message; };
  std::string gz = Gzip(Fixture("article.html"));
  for (const Case& c : {Case{"junk.html", std::string("\0\1\2\3binary", 10), "junk.html: binary data"},
                        Case{"cut.html.gz", gz.substr(0, gz.size() / 2), "cut.html.gz: truncated gzip"},
                        Case{"empty.html", " \n", "empty"}}) {
    IngestReport report;
    EXPECT_TRUE(Read(c.origin, c.data, &report).empty());
    ASSERT_EQ(report.rejected.size(), 1u) << c.origin;
    EXPECT_NE(report.rejected[0].status.message().find(c.message), std::string::npos)
        << report.rejected[0].status.message();
  }
}

TEST(HtmlReaderTest, HomePageIsFlaggedNotArticle) {
  IngestReport report;
  std::vector<Article> got = Read("index.html", Fixture("index.html"), &report);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_TRUE(got[0].IsNonArticlePage()) << got[0].page_kind;
}

}  // namespace
}  // namespace dossier::ingest
