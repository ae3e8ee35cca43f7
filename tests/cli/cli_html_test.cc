// `dossier extract` and `dossier brief` on web pages (tests/data/html), run as a user would.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "tests/cli/cli_runner.h"

namespace dossier::testing {
namespace {

TEST(CliHtmlTest, ExtractPrintsMainTextAndMetadata) {
  RunResult r = RunDossier("extract tests/data/html/article.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("title: Council approves new bridge"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("date: 2024-03-05"), std::string::npos);
  EXPECT_NE(r.out.find("The city council voted 7 to 2"), std::string::npos);
  EXPECT_EQ(r.out.find("<p>"), std::string::npos);
  EXPECT_EQ(r.out.find("cookies"), std::string::npos);
}

TEST(CliHtmlTest, ExtractJsonlHasOneObjectPerPageWithTheDocumentedFields) {
  RunResult r = RunDossier("extract --format jsonl tests/data/html/article.html tests/data/html/index.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::string line;
  std::vector<nlohmann::json> pages;
  while (std::getline(lines, line)) pages.push_back(nlohmann::json::parse(line));
  ASSERT_EQ(pages.size(), 2u);
  for (const char* key : {"source", "url", "title", "date", "author", "site", "language", "text",
                          "non_article"}) {
    EXPECT_TRUE(pages[0].contains(key)) << key;
  }
  EXPECT_EQ(pages[0]["source"], "tests/data/html/article.html");
  EXPECT_EQ(pages[0]["author"], "Jane Doe");
  EXPECT_EQ(pages[0]["non_article"], false);
  EXPECT_EQ(pages[1]["non_article"], true);
}

TEST(CliHtmlTest, ExtractReadsStdinAndNamesBadFiles) {
  RunResult r = RunDossier("extract - < tests/data/html/article.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("The city council voted"), std::string::npos);
  RunResult bad = RunDossier("extract /nonexistent/page.html");
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_NE(bad.err.find("/nonexistent/page.html"), std::string::npos) << bad.err;
}

TEST(CliHtmlTest, BriefReadsThePageTextNotTheMarkup) {
  RunResult r = RunDossier("brief tests/data/html/article.html tests/data/html/index.html");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out.find("<html"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("cookies"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bridge"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("index.html: not an article"), std::string::npos) << r.err;
}

}  // namespace
}  // namespace dossier::testing
