#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <fstream>

#include "src/base/strings.h"
#include "src/html/gzip_testing.h"
#include "src/ingest/ingest.h"
#include "tests/testing/temp_dir.h"

namespace dossier::ingest {
namespace {

using html::testing::Gzip;

std::string Hex(size_t n) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%zx", n);
  return buf;
}

std::string Record(std::string_view type, std::string_view uri, std::string_view content_type,
                   std::string_view block) {
  return StrCat("WARC/1.0\r\nWARC-Type: ", type, "\r\nWARC-Target-URI: ", uri,
                "\r\nContent-Type: ", content_type, "\r\nContent-Length: ", block.size(),
                "\r\n\r\n", block, "\r\n\r\n");
}

std::string Page(std::string_view sentence) {
  return StrCat("<html><head><title>T</title></head><body><article><p>", sentence,
                " It goes on with a second clause, so that it reads as prose.</p>"
                "<p>A further paragraph of the same story, long enough to count for the "
                "extractor, closes it.</p><p>", sentence, " once more, to pass the length "
                "that separates an article from a stub page of a site.</p></article></body></html>");
}

std::vector<std::string> Records() {
  const std::string page1 = Page("The first page speaks of harbours.");
  const std::string chunked = StrCat(
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nTransfer-Encoding: chunked\r\n\r\n",
      Hex(page1.size()), "\r\n", page1, "\r\n0\r\n\r\n");
  return {Record("warcinfo", "", "application/warc-fields", "software: test\r\n"),
          Record("request", "https://a.example/1", "application/http; msgtype=request",
                 "GET /1 HTTP/1.1\r\n\r\n"),
          Record("response", "https://a.example/1", "application/http; msgtype=response", chunked),
          Record("response", "https://a.example/logo.png", "application/http; msgtype=response",
                 "HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"),
          Record("resource", "https://b.example/2", "text/html", Page("The second page speaks of rivers."))};
}

std::vector<Article> Read(const std::string& origin, const std::string& data, IngestReport* report) {
  std::vector<Article> out;
  ReadArticles(origin, data, {}, &out, report);
  return out;
}

TEST(WarcReaderTest, HtmlResponsesAndResourcesBecomeArticles) {
  std::string plain, gz;
  for (const std::string& r : Records()) {
    plain += r;
    gz += Gzip(r);
  }
  for (const auto& [origin, data] : {std::pair{"crawl.warc", plain}, std::pair{"crawl.warc.gz", gz}}) {
    IngestReport report;
    std::vector<Article> got = Read(origin, data, &report);
    ASSERT_EQ(got.size(), 2u) << origin << (report.rejected.empty() ? "" : report.rejected[0].status.ToString());
    EXPECT_TRUE(report.rejected.empty());
    EXPECT_EQ(got[0].url, "https://a.example/1");
    EXPECT_TRUE(got[0].text.starts_with("The first page speaks of harbours.")) << got[0].text;
    EXPECT_EQ(got[1].url, "https://b.example/2");
    EXPECT_TRUE(got[1].origin.starts_with(std::string(origin) + ":")) << got[1].origin;
  }
}

TEST(WarcReaderTest, TruncatedRecordIsReportedByOffsetAndTheRestIsKept) {
  std::vector<std::string> records = Records();
  std::string gz;
  size_t last = 0;
  for (const std::string& r : records) {
    last = gz.size();
    gz += Gzip(r);
  }
  gz.resize(gz.size() - 20);
  IngestReport report;
  std::vector<Article> got = Read("cut.warc.gz", gz, &report);
  EXPECT_EQ(got.size(), 1u);
  ASSERT_EQ(report.rejected.size(), 1u);
  EXPECT_NE(report.rejected[0].status.message().find(StrCat("cut.warc.gz: truncated gzip member at byte ", last)),
            std::string::npos)
      << report.rejected[0].status.message();

  std::string plain;
  for (const std::string& r : records) plain += r;
  plain.resize(plain.size() - 30);
  IngestReport plain_report;
  EXPECT_EQ(Read("cut.warc", plain, &plain_report).size(), 1u);
  ASSERT_EQ(plain_report.rejected.size(), 1u);
  EXPECT_NE(plain_report.rejected[0].status.message().find("truncated WARC record"), std::string::npos);
}

struct Streamed {
  std::vector<Article> articles;
  std::vector<std::string> rejected;
  int calls_with_articles = 0;
  size_t most_articles_in_a_call = 0;
};

// Writes `data` to a file and reads it with ReadFile, as `dossier extract` does.
Streamed Stream(const std::string& name, const std::string& data) {
  const std::string path = testing::ProcessTempDir("warc_reader_test") + name;
  std::ofstream(path, std::ios::binary) << data;
  Streamed got;
  ReadFile(path, {}, [&](std::vector<Article>* articles, IngestReport* report) {
    got.calls_with_articles += !articles->empty();
    got.most_articles_in_a_call = std::max(got.most_articles_in_a_call, articles->size());
    for (Article& a : *articles) got.articles.push_back(std::move(a));
    for (const DocumentError& e : report->rejected) got.rejected.push_back(e.status.message());
  });
  return got;
}

// Streaming reads the same articles and rejections as reading the bytes in memory, and
// hands each record's article over before reading the next.
TEST(WarcReaderTest, StreamedFileMatchesReadingItWhole) {
  std::string plain, gz;
  for (const std::string& r : Records()) {
    plain += r;
    gz += Gzip(r);
  }
  std::string corrupt = gz;
  const size_t second = Gzip(Records()[0]).size() + Gzip(Records()[1]).size();
  for (size_t k = second + 20; k < second + 40; ++k) corrupt[k] = static_cast<char>(corrupt[k] ^ 0x5a);
  struct Case { std::string name, data; };
  for (const Case& c : {Case{"a.warc", plain}, Case{"a.warc.gz", gz},
                        Case{"cut.warc", plain.substr(0, plain.size() - 30)},
                        Case{"cut.warc.gz", gz.substr(0, gz.size() - 20)},
                        Case{"bad.warc.gz", corrupt}}) {
    const std::string path = testing::ProcessTempDir("warc_reader_test") + c.name;
    IngestReport report;
    std::vector<Article> whole = Read(path, c.data, &report);
    Streamed streamed = Stream(c.name, c.data);
    ASSERT_EQ(streamed.articles.size(), whole.size()) << c.name;
    for (size_t i = 0; i < whole.size(); ++i) {
      EXPECT_EQ(streamed.articles[i].origin, whole[i].origin) << c.name;
      EXPECT_EQ(streamed.articles[i].text, whole[i].text) << c.name;
    }
    ASSERT_EQ(streamed.rejected.size(), report.rejected.size()) << c.name;
    for (size_t i = 0; i < report.rejected.size(); ++i) {
      EXPECT_EQ(streamed.rejected[i], report.rejected[i].status.message()) << c.name;
    }
    EXPECT_EQ(streamed.most_articles_in_a_call, whole.empty() ? 0u : 1u) << c.name;
  }
}

TEST(WarcReaderTest, ManyRecordsAreHandedOverOneAtATime) {
  std::string gz;
  for (int i = 0; i < 500; ++i) {
    gz += Gzip(Record("resource", StrCat("https://c.example/", i), "text/html",
                      Page(StrCat("Page number ", i, " speaks of one more harbour."))));
  }
  Streamed got = Stream("many.warc.gz", gz);
  EXPECT_EQ(got.articles.size(), 500u);
  EXPECT_EQ(got.calls_with_articles, 500);
  EXPECT_EQ(got.most_articles_in_a_call, 1u);
  EXPECT_TRUE(got.rejected.empty());
}

TEST(ReadFileTest, OtherInputsAreReadWholeAndMissingFilesNamed) {
  Streamed text = Stream("note.txt", "A plain text article of a line or two, read whole.\n");
  ASSERT_EQ(text.articles.size(), 1u);
  EXPECT_EQ(text.calls_with_articles, 1);
  Streamed missing;
  ReadFile("/nonexistent/dir/x.warc", {}, [&](std::vector<Article>*, IngestReport* report) {
    for (const DocumentError& e : report->rejected) missing.rejected.push_back(e.status.message());
  });
  ASSERT_EQ(missing.rejected.size(), 1u);
  EXPECT_TRUE(missing.rejected[0].starts_with("/nonexistent/dir/x.warc: cannot open")) << missing.rejected[0];
}

}  // namespace
}  // namespace dossier::ingest
