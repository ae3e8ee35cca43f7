#include <gtest/gtest.h>

#include "src/ingest/ingest.h"

namespace dossier::ingest {
namespace {

constexpr std::string_view kRss = R"(<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Riverton Gazette</title><link>https://gazette.example/</link>
<item><title>Council approves new bridge</title><link>https://gazette.example/bridge</link>
<pubDate>Tue, 05 Mar 2024 09:30:00 GMT</pubDate><dc:creator>Jane Doe</dc:creator>
<description>Short teaser.</description>
<content:encoded><![CDATA[<p>The city council voted 7 to 2 on Tuesday to build a new bridge across the river, ending a long debate.</p><p>The bridge will cost 42 million and open in 2027, the mayor said after the vote on Tuesday evening.</p>]]></content:encoded></item>
<item><title>Library opens</title><link>https://gazette.example/library</link>
<description>&lt;p&gt;The new library opened its doors on Saturday with a reading marathon for children and adults.&lt;/p&gt;</description></item>
</channel></rss>)";

constexpr std::string_view kAtom = R"(<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Blog</title>
<entry><title>First post</title><link href="https://blog.example/1"/><published>2023-11-01T10:00:00Z</published>
<author><name>Ann Lee</name></author>
<content type="html">&lt;p&gt;A first post on the blog, long enough to be read as one paragraph of prose.&lt;/p&gt;</content></entry>
</feed>)";

TEST(FeedReaderTest, RssItemsBecomeArticlesWithTheirMetadata) {
  std::vector<Article> out;
  IngestReport report;
  ReadArticles("news.xml", kRss, {}, &out, &report);
  ASSERT_EQ(out.size(), 2u) << (report.rejected.empty() ? "" : report.rejected[0].status.ToString());
  EXPECT_EQ(out[0].title, "Council approves new bridge");
  EXPECT_EQ(out[0].url, "https://gazette.example/bridge");
  EXPECT_EQ(out[0].date, "2024-03-05");
  EXPECT_EQ(out[0].byline, "Jane Doe");
  EXPECT_TRUE(out[0].text.starts_with("The city council voted")) << out[0].text;
  EXPECT_NE(out[0].text.find("\n\nThe bridge will cost"), std::string::npos);
  EXPECT_TRUE(out[1].text.starts_with("The new library opened")) << out[1].text;
  EXPECT_EQ(out[1].origin, "news.xml#2");
}

TEST(FeedReaderTest, AtomEntriesBecomeArticles) {
  std::vector<Article> out;
  IngestReport report;
  ReadArticles("blog.atom", kAtom, {}, &out, &report);
  ASSERT_EQ(out.size(), 1u);
  EXPECT_EQ(out[0].url, "https://blog.example/1");
  EXPECT_EQ(out[0].date, "2023-11-01");
  EXPECT_EQ(out[0].byline, "Ann Lee");
  EXPECT_TRUE(out[0].text.starts_with("A first post")) << out[0].text;
}

TEST(FeedReaderTest, BrokenFeedIsReadAsFarAsItGoesOrRejectedByName) {
  std::vector<Article> out;
  IngestReport report;
  ReadArticles("cut.rss", kRss.substr(0, kRss.find("<item><title>Library")), {}, &out, &report);
  EXPECT_EQ(out.size(), 1u);
  IngestReport bad;
  ReadArticles("bad.rss", "<rss", {}, &out, &bad);
  ASSERT_EQ(bad.rejected.size(), 1u);
  EXPECT_NE(bad.rejected[0].status.message().find("bad.rss"), std::string::npos);
}

}  // namespace
}  // namespace dossier::ingest
