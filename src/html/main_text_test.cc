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

}  // namespace
}  // namespace dossier::html
