#include "src/html/page.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

namespace dossier::html {
namespace {

std::string Fixture(const std::string& name) {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/data/html/" + name, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(ReadPageTest, ArticleKeepsBodyAndDropsFurniture) {
  StatusOr<Page> page = ReadPage("article.html", Fixture("article.html"), {});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  const std::string& t = page->text;
  for (std::string_view kept :
       {"The city council voted 7 to 2", "Costs and timing", "\xE2\x82\xAC" "42 million",
        "Two lanes for cars", "most important decision", "keep campaigning."}) {
    EXPECT_NE(t.find(kept), std::string::npos) << kept << "\n---\n" << t;
  }
  for (std::string_view dropped :
       {"cookies", "Home", "By Jane Doe", "Photo: City archive", "Share on Facebook",
        "Bridge plan delayed", "Great news", "newsletter", "All rights reserved"}) {
    EXPECT_EQ(t.find(dropped), std::string::npos) << dropped << "\n---\n" << t;
  }
  EXPECT_EQ(page->kind, "article");
}

TEST(ReadPageTest, ReadsMetadata) {
  StatusOr<Page> page = ReadPage("article.html", Fixture("article.html"), {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->meta.title, "Council approves new bridge");
  EXPECT_EQ(page->meta.date, "2024-03-05T09:30:00Z");
  EXPECT_EQ(page->meta.author, "Jane Doe");
  EXPECT_EQ(page->meta.site, "Riverton Gazette");
  EXPECT_EQ(page->meta.url, "https://gazette.example/2024/03/05/bridge");
  EXPECT_EQ(page->meta.language, "en");
}

TEST(ReadPageTest, TitleComesFromTheBestTagAndNeverIsTheSiteNameAlone) {
  struct Case {
    const char* head;
    const char* body;
    const char* title;
  };
  const Case cases[] = {
      {"<title>Dam opens | Harbor Ledger</title><meta property=og:site_name content='Harbor Ledger'>",
       "", "Dam opens"},
      {"<title>Harbor Ledger</title><meta property=og:site_name content='Harbor Ledger'>", "", ""},
      {"<title>harbor ledger </title><meta property=og:site_name content='Harbor Ledger'>", "", ""},
      {"<title>Harbor Ledger</title><meta property=og:site_name content='Harbor Ledger'>",
       "<h1>Dam opens</h1>", "Dam opens"},
      {"<title>Harbor Ledger</title>", "", "Harbor Ledger"},  // no site name known
  };
  for (const Case& c : cases) {
    const std::string html = std::string("<html><head>") + c.head + "</head><body>" + c.body +
                             "<p>The dam on the river opened on Monday after ten years of work.</p>"
                             "</body></html>";
    StatusOr<Page> page = ReadPage("t.html", html, {});
    ASSERT_TRUE(page.ok()) << c.head;
    EXPECT_EQ(page->meta.title, c.title) << c.head << c.body;
  }
}

TEST(ReadPageTest, RawMapPointsAtTheSourceBytes) {
  const std::string raw = Fixture("article.html");
  StatusOr<Page> page = ReadPage("article.html", raw, {});
  ASSERT_TRUE(page.ok());
  ASSERT_FALSE(page->raw_map.empty());
  for (const RawRun& r : page->raw_map) {
    ASSERT_LE(r.text_begin + r.size, page->text.size());
    ASSERT_LE(r.raw_begin + r.raw_size, raw.size());
    std::string_view text = std::string_view(page->text).substr(r.text_begin, r.size);
    std::string_view src = std::string_view(raw).substr(r.raw_begin, r.raw_size);
    if (src.find('&') == std::string_view::npos && src.find('\n') == std::string_view::npos) {
      EXPECT_EQ(text, src);
    }
  }
}

TEST(ReadPageTest, RawMapSurvivesCutScriptsStylesAndComments) {
  const std::string raw =
      "<html><head><style>p { color: red }</style><script>var a = '<p>nope</p>';</script>"
      "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"author\":"
      "{\"name\":\"Ann Lee\"}}</script></head><body><article><p>First paragraph of the "
      "story, long enough to be prose for the extractor to keep.</p><!-- <p>hidden</p> -->"
      "<svg><text>chart</text></svg><p>Second paragraph, also long enough to be read as prose "
      "by the extractor.</p></article></body></html>";
  StatusOr<Page> page = ReadPage("cut.html", raw, {});
  ASSERT_TRUE(page.ok());
  EXPECT_EQ(page->meta.author, "Ann Lee");
  EXPECT_EQ(page->text.find("nope"), std::string::npos);
  EXPECT_EQ(page->text.find("chart"), std::string::npos);
  ASSERT_EQ(page->raw_map.size(), 2u);
  for (const RawRun& r : page->raw_map) {
    EXPECT_EQ(std::string_view(page->text).substr(r.text_begin, r.size),
              std::string_view(raw).substr(r.raw_begin, r.raw_size));
  }
}

TEST(ReadPageTest, ConvertsDeclaredLatin1) {
  StatusOr<Page> page = ReadPage("latin1.html", Fixture("latin1.html"), {});
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("Le caf\xC3\xA9 de la place"), std::string::npos) << page->text;
  EXPECT_EQ(page->meta.title, "Caf\xC3\xA9");
}

TEST(ReadPageTest, FlagsHomePageAsNonArticle) {
  StatusOr<Page> page = ReadPage("index.html", Fixture("index.html"), {});
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->kind, "article");
}

TEST(ReadPageTest, BadInputGivesStatusNamingTheFile) {
  struct Case { std::string bytes; std::string_view message; };
  for (const Case& c : {Case{"", "bad.html: empty page"},
                        Case{"  \n ", "bad.html: empty page"},
                        Case{std::string("\x7f" "ELF\0\0\0\x01\x02", 9), "bad.html: binary data"},
                        Case{"\x1f\x8b\x08\x00", "bad.html: truncated gzip"}}) {
    StatusOr<Page> page = ReadPage("bad.html", c.bytes, {});
    ASSERT_FALSE(page.ok());
    EXPECT_NE(page.status().message().find(c.message), std::string::npos) << page.status().message();
  }
}

TEST(ReadPageTest, SurvivesHostileShapes) {
  std::string deep;
  for (int i = 0; i < 100000; ++i) deep += "<div>";
  deep += "<p>Deep inside a very nested page, a sentence that should survive intact.</p>";
  std::string giant = "<p>" + std::string(2 << 20, 'x') + "</p>";
  std::string unclosed = "<html><body><p>An unclosed paragraph <b>bold <i>both <table><tr><td>cell";
  for (const std::string& bytes : {deep, giant, unclosed}) {
    StatusOr<Page> page = ReadPage("hostile.html", bytes, {});
    ASSERT_TRUE(page.ok()) << page.status().ToString();
  }
  StatusOr<Page> page = ReadPage("deep.html", deep, {});
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("should survive intact"), std::string::npos);
  EXPECT_FALSE(page->warnings.empty());
}

TEST(ReadPageTest, IsDeterministic) {
  const std::string raw = Fixture("article.html");
  StatusOr<Page> a = ReadPage("a", raw, {}), b = ReadPage("a", raw, {});
  ASSERT_TRUE(a.ok() && b.ok());
  EXPECT_EQ(a->text, b->text);
  EXPECT_EQ(a->raw_map, b->raw_map);
}

}  // namespace
}  // namespace dossier::html
