#include "src/html/main_text.h"

#include <gtest/gtest.h>

namespace dossier::html {
namespace {

std::string Extract(std::string_view html) {
  return ExtractMainText(ParseDom(html), {}).text;
}

TEST(BoilerplateNameTest, MatchesWholeWordsOfClassAndId) {
  struct Case { std::string_view html; bool want; };
  for (const Case& c : {Case{"<div class='share-bar'>x</div>", true},
                        Case{"<div id='commentList'>x</div>", true},
                        Case{"<div class='cookie_consent'>x</div>", true},
                        Case{"<div class='shareholder'>x</div>", false},
                        Case{"<div class='article-body'>x</div>", false},
                        Case{"<div class='header'>x</div>", false}}) {
    Dom dom = ParseDom(c.html);
    size_t div = 0;
    while (div < dom.nodes.size() && dom.nodes[div].tag != Tag::kDiv) ++div;
    ASSERT_LT(div, dom.nodes.size());
    EXPECT_EQ(BoilerplateName(dom, div), c.want) << c.html;
  }
}

TEST(MainTextTest, KeepsInlineMarkupInsideOneParagraph) {
  std::string text = Extract(
      "<body><article><p>The <b>quick</b> brown\n   fox <a href=#>jumps</a> over the lazy dog, "
      "twice a day and on weekends.</p></article></body>");
  EXPECT_EQ(text, "The quick brown fox jumps over the lazy dog, twice a day and on weekends.");
}

TEST(MainTextTest, PrefersProseContainerOverLinkLists) {
  std::string text = Extract(
      "<body><div><a href=1>One link here</a><br><a href=2>Another link there</a><br>"
      "<a href=3>A third link too</a></div><div class=story><p>A long paragraph of prose "
      "that reads like an article, with commas, clauses and a full stop.</p><p>And a second "
      "paragraph that continues the story with more detail for the reader.</p></div></body>");
  EXPECT_EQ(text.find("link"), std::string::npos) << text;
  EXPECT_NE(text.find("second paragraph"), std::string::npos) << text;
}

TEST(MainTextTest, DropsHiddenAndScriptText) {
  std::string text = Extract(
      "<body><article><p>Visible paragraph of an article with enough words to count as "
      "prose.</p><p style='display: none'>Hidden text</p><script>var x = 1;</script>"
      "</article></body>");
  EXPECT_EQ(text.find("Hidden"), std::string::npos);
  EXPECT_EQ(text.find("var x"), std::string::npos);
}

std::string Para(std::string_view topic) {
  return std::string("<p>The council discussed ") + std::string(topic) +
         " on Tuesday evening, and members spoke for and against the plan at length.</p>";
}

std::string ExtractTitled(std::string_view html, std::string title) {
  MainTextOptions o;
  o.title = std::move(title);
  return ExtractMainText(ParseDom(html), o).text;
}

TEST(MainTextTest, TeaserSeriesLeftOutButALinkedPostTitleKeepsItsText) {
  struct Case { std::string html; std::string_view kept, dropped; };
  const std::string article = "<article>" + Para("the bridge") + Para("the budget") + Para("the schools") + "</article>";
  for (const Case& c : {
           // Two summaries under linked headings of the same markup: a list of teasers.
           Case{"<body>" + article + "<div><h3 class=t><a href=/a>Older story</a></h3><p>A teaser about "
                "parks.</p><h3 class=t><a href=/b>Another story</a></h3><p>A teaser about roads.</p></div></body>",
                "the schools", "teaser about"},
           // One linked heading (a blog post's own title) over a short post.
           Case{"<body><div class=post><h2><a href=/p>My post</a></h2><p>A short post of one sentence, "
                "written on a quiet afternoon by the river.</p></div><ul><li><a href=/1>Home</a></li>"
                "<li><a href=/2>About</a></li></ul></body>",
                "short post of one sentence", "Home"},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_NE(text.find(c.kept), std::string::npos) << text;
    EXPECT_EQ(text.find(c.dropped), std::string::npos) << text;
  }
}

TEST(MainTextTest, LeadBeforeTheBodyIsTakenAndTheHeadlineLeftOut) {
  const std::string html =
      "<body><div class=col><h1>Bridge vote ends decade of debate</h1><p class=intro>The city will "
      "build its bridge after all, the council decided in a close vote.</p><div class=share>"
      "<a href=/f>Share</a></div><div class=longText>" + Para("the bridge") + Para("the costs") +
      Para("the timing") + "</div></div></body>";
  const std::string text = ExtractTitled(html, "Bridge vote ends decade of debate");
  EXPECT_TRUE(text.starts_with("The city will build its bridge")) << text;
  EXPECT_EQ(text.find("Bridge vote ends"), std::string::npos) << text;
}

TEST(MainTextTest, BoxesAfterTheArticlesCoreAreLeftOut) {
  const std::string html =
      "<body><article><div class=entry>" + Para("the bridge") + Para("the costs") + Para("the timing") +
      "</div><div class=bio><h3>About the writer</h3><p>Jane Doe covers city hall.</p></div>"
      "<div class=cta><p>Get our weekly digest</p></div></article></body>";
  const std::string text = Extract(html);
  EXPECT_NE(text.find("the timing"), std::string::npos) << text;
  for (std::string_view dropped : {"About the writer", "Jane Doe", "weekly digest"}) {
    EXPECT_EQ(text.find(dropped), std::string::npos) << dropped << "\n" << text;
  }
}

TEST(MainTextTest, ArticleInsideABoxNamedWrapperIsKept) {
  // Blogger names the posts' wrapper "widget Blog"; the sidebar is a box too.
  const std::string html =
      "<body><div class='widget Blog'><div class=post-body>" + Para("the bridge") + Para("the costs") +
      "</div></div><div class='widget sidebar'><ul><li><a href=/1>Archive 2011</a></li>"
      "<li><a href=/2>Archive 2012</a></li></ul><p>Subscribe to posts</p></div></body>";
  const std::string text = Extract(html);
  EXPECT_NE(text.find("the costs"), std::string::npos) << text;
  EXPECT_EQ(text.find("Archive"), std::string::npos) << text;
}

}  // namespace
}  // namespace dossier::html
