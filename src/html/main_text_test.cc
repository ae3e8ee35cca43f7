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

TEST(MainTextTest, SubheadlineAndLeadPastTheBylineAreTaken) {
  // Between the headline and the body: a subheadline set as a heading and a byline line.
  // The subheadline and the lead are taken, the byline stepped over; a linked heading or
  // a line of links stops the walk.
  const std::string head = "<body><div class=col><h1>Bridge vote ends decade of debate</h1>";
  std::string body = "<div class=longText>";
  for (const char* topic : {"the bridge", "the costs", "the roads", "the tolls", "the river", "the works", "the trees"}) {
    body += Para(topic);
  }
  body += Para("the timing") + "</div></div></body>";  // enough text that the container is this element
  struct Case { std::string html; std::string_view snippet; bool kept; };
  for (const Case& c : {
           Case{head + "<h2>The city will build its bridge after all, in a close vote</h2><p>By Jane Doe | "
                "4 min</p>" + body, "The city will build", true},
           Case{head + "<p>By Jane Doe | 4 min</p><p>The city will build its bridge after all, the council "
                "decided in a close vote.</p>" + body, "The city will build", true},
           Case{head + "<p>The city will build its bridge after all, the council decided in a close vote.</p>"
                "<div><a href=/a>Home</a> <a href=/b>News</a></div>" + body, "The city will build", false},
           Case{head + "<h2><a href=/x>The city will build its bridge after all, in a close vote</a></h2>" + body,
                "The city will build", false},
       }) {
    const std::string text = ExtractTitled(c.html, "Bridge vote ends decade of debate");
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_EQ(text.find("Jane Doe"), std::string::npos) << text;
    EXPECT_NE(text.find("discussed the timing"), std::string::npos) << text;
  }
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

TEST(MainTextTest, HeaderOrNoscriptHoldingMostOfThePageIsKept) {
  struct Case { std::string html; std::string_view kept, dropped; };
  const std::string body = Para("the bridge") + Para("the costs") + Para("the timing");
  for (const Case& c : {
           // A <header role=banner> never closed: the parser lets it run over the article.
           Case{"<body><header role=banner><a href=/>Site</a><div class=main>" + body + "</div></body>",
                "the timing", ""},
           // The page's script-less fallback holds the article.
           Case{"<body><div id=app></div><noscript><div>" + body + "</div></noscript></body>", "the costs", ""},
           // A small header and a small noscript stay furniture.
           Case{"<body><header><p>Welcome to the site of the city council of Springfield.</p></header>"
                "<noscript><p>Please turn on JavaScript to see the comments of our readers.</p></noscript>"
                "<article>" + body + "</article></body>",
                "the bridge", "Welcome"},
           Case{"<body><noscript><p>Please turn on JavaScript to see the comments of our readers.</p>"
                "</noscript><article>" + body + "</article></body>",
                "the bridge", "JavaScript"},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_NE(text.find(c.kept), std::string::npos) << c.html << "\n" << text;
    if (!c.dropped.empty()) {
      EXPECT_EQ(text.find(c.dropped), std::string::npos) << c.html << "\n" << text;
    }
  }
}

TEST(MainTextTest, InlineCreditLeavesItsParagraph) {
  struct Case { std::string html; std::string want_last; };
  const std::string body = Para("the bridge") + Para("the costs");
  for (const Case& c : {
           Case{"<body><article>" + body + "<p>The new bridge, seen from the east bank. "
                "<em class=copyright>Photo: Jane Doe / AP</em></p></article></body>",
                "The new bridge, seen from the east bank."},
           Case{"<body><article>" + body + "<p>The new bridge, seen from the east bank. "
                "<span class=credits>AP</span></p></article></body>",
                "The new bridge, seen from the east bank."},
           // Other inline boxes (a tag link) stay in their sentence.
           Case{"<body><article>" + body + "<p>The bridge opens in <span class=tags>May</span> "
                "next year, the mayor said.</p></article></body>",
                "The bridge opens in May next year, the mayor said."},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_TRUE(text.ends_with("\n\n" + c.want_last)) << text;
  }
}

TEST(MainTextTest, MetaLineBetweenStandfirstAndBodyIsTrimmed) {
  const std::string html =
      "<body><article><p>A short story about the future of shop tracking and the right to buy</p>"
      "<p>11 Jan 2019</p><p>4 min</p><p>Opinion</p>" + Para("the bridge") + Para("the costs") +
      "</article></body>";
  EXPECT_EQ(Extract(html),
            "A short story about the future of shop tracking and the right to buy\n\nOpinion\n\n"
            "The council discussed the bridge on Tuesday evening, and members spoke for and against "
            "the plan at length.\n\nThe council discussed the costs on Tuesday evening, and members "
            "spoke for and against the plan at length.");
}

TEST(MainTextTest, RubyReadingsAndInvisibleCharactersAreNotText) {
  struct Case { std::string html, want; };
  for (const Case& c : {
           Case{"<body><p><ruby>子<rp>(</rp><rt>こ</rt><rp>)</rp></ruby>どもの"
                "<ruby>法律<rt>ほうりつ</rt></ruby>ができました。</p></body>",
                "子どもの法律ができました。"},
           Case{"<body><p>Schon im Mit\u00ADtel\u00ADal\u00ADter war der Wein be\u200Bkannt.</p></body>",
                "Schon im Mittelalter war der Wein bekannt."},
           Case{"<body><p>Caf\u00E9 and na\u00EFve stay.</p></body>", "Caf\u00E9 and na\u00EFve stay."},
       }) {
    EXPECT_EQ(Extract(c.html), c.want) << c.html;
  }
}

TEST(MainTextTest, ArticleOfLinkListsIsNotLostToItsHeadline) {
  // Show notes: paragraphs and long lists of links score below the headline, which alone
  // would be the container; the text falls back on the element holding the prose (long
  // prose, or without any, the blocks that read as prose).
  std::string links;
  for (int k = 0; k < 20; ++k) {
    links += "<li><a href=/" + std::to_string(k) + ">Episode " + std::to_string(k) + " of our podcast about films</a></li>";
  }
  struct Case { std::string first, last; };
  for (const Case& c : {
           Case{"In this episode we talk about the new series, whether it lives up to the old one and "
                "what its first season tells us about the next, at some length.",
                "We will spoil the first five episodes of the season, so watch them first, then come "
                "back, sit down with a glass of wine and listen to us."},
           Case{"No summary of the product is given by its maker yet", "Package leaflet of the maker, as printed on the box"},
       }) {
    const std::string html = "<body><article><header><h1>Episode 70: Picard</h1></header><div class=notes><p>" +
                             c.first + "</p><ul>" + links + "</ul><p>" + c.last + "</p></div></article></body>";
    MainTextOptions o;
    o.title = "Episode 70: Picard";
    o.title_bonus = 400;  // the headline outweighs the paragraphs
    EXPECT_EQ(ExtractMainText(ParseDom(html), o).text, c.first + "\n\n" + c.last);
  }
}

TEST(MainTextTest, LabelOfALinkBoxLeftOutGoesWithIt) {
  // A short label whose link list was left out goes too; a subheading followed by the
  // article's own text, a label whose list is kept, and a short sentence stay.
  const std::string body = Para("the bridge") + Para("the costs");
  const std::string links =
      "<ul class=more><li><a href=/a>Bridge closed for repairs over the summer</a></li>"
      "<li><a href=/b>Council votes on the new budget next week</a></li></ul>";
  struct Case { std::string html, label; bool kept; };
  for (const Case& c : {
           Case{"<body><article>" + body + "<p><strong>Read more:</strong></p>" + links + Para("the tolls") +
                "</article></body>", "Read more:", false},
           Case{"<body><article>" + body + "<h3>More on this</h3>" + links + Para("the tolls") +
                "</article></body>", "More on this", false},
           Case{"<body><article>" + body + "<h3>The tolls</h3>" + Para("the tolls") + "</article></body>",
                "The tolls", true},
           Case{"<body><article>" + body + "<p>What it costs:</p><ul><li>Cars pay two euros</li>"
                "<li>Lorries pay ten euros</li></ul>" + Para("the tolls") + "</article></body>",
                "What it costs:", true},
           Case{"<body><article>" + body + Para("the tolls") + "<p>See you there.</p>" + links +
                "</article></body>", "See you there.", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.label) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

TEST(MainTextTest, CaptionBesideAnImageIsLeftOut) {
  // A short block opening with an image, or right after an element holding an image
  // alone, is the picture's caption or credit; prose after an image, a short exclamation
  // and a heading stay.
  const std::string body = Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{"<body><article>" + body + "<p><img src=a.jpg> Photo: AFP / Jane Doe</p>" + Para("the tolls") +
                "</article></body>", "Jane Doe", false},
           Case{"<body><article>" + body + "<div class=pic><img src=a.jpg></div><div>The bridge at dawn</div>" +
                Para("the tolls") + "</article></body>", "at dawn", false},
           Case{"<body><article>" + body + "<p><img src=a.jpg>The bridge was opened by the mayor on Monday "
                "morning, after two years of works on both banks of the river.</p>" + Para("the tolls") + "</article></body>",
                "opened by the mayor", true},
           Case{"<body><article>" + body + "<p><img src=a.jpg></p><p>What a view!</p>" + Para("the tolls") +
                "</article></body>", "What a view!", true},
           Case{"<body><article>" + body + "<div><img src=a.jpg></div><h2>The tolls</h2>" + Para("the tolls") +
                "</article></body>", "The tolls", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ElementsHiddenByClassAreDropped) {
  // Conventional hiding classes drop a subtree (a newsletter modal, a screen-reader label);
  // responsive ones ("hidden-xs") and names that hide only a part ("field--label-hidden")
  // do not.
  const std::string body = Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{"<body><article>" + body + "</article><div class='hidden' id=modal><p>Sign up for our weekly "
                "letter and never miss a story from our newsroom again.</p></div></body>", "Sign up", false},
           Case{"<body><article>" + body + "<span class=sr-only>Share this page</span></article></body>",
                "Share this", false},
           Case{"<body><article>" + body + "<div class='banner !hidden'><p>Your browser is out of date, so "
                "please update it to read this site safely.</p></div></article></body>", "out of date", false},
           Case{"<body><article>" + body + "<div class='d-none'>" + Para("the tolls") + "</div></article></body>",
                "the tolls", false},
           Case{"<body><article>" + body + "<div class='hidden-xs'>" + Para("the tolls") + "</div></article></body>",
                "the tolls", true},
           Case{"<body><article>" + body + "<div class='field field--label-hidden'>" + Para("the tolls") +
                "</div></article></body>", "the tolls", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the costs"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ProseInABoxAfterTheCoreIsLeftOut) {
  // After the article's core, a box (widget, sidebar) outside it goes even when its text
  // is prose; prose after the core that is in no box stays.
  const std::string core = "<div class=post>" + Para("the bridge") + Para("the costs") + Para("the tolls") + "</div>";
  const std::string about = "<p>We are a small team of local writers who cover the town, its council and "
                            "its schools every day of the week.</p>";
  struct Case { std::string html; bool kept; };
  for (const Case& c : {
           Case{"<body>" + core + "<div class='widget widget-about'>" + about + "</div></body>", false},
           Case{"<body>" + core + "<aside>" + about + "</aside></body>", false},
           Case{"<body>" + core + "<div class=more>" + about + "</div></body>", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find("small team") != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ClosingNoteInEmphasisWithALinkIsLeftOut) {
  // The last paragraphs holding a link that are wholly in emphasis, short, or a third
  // links are a closing note (follow us, subscribe, write to us); without a link, longer
  // with few links, or with plain text after, they stay.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<p><em>Follow us on <a href=/t>Twitter</a> and on Facebook.</em></p></article></body>",
                "Follow us", false},
           Case{body + "<p><strong>Get the news on your phone with <a href=/app>our app</a>.</strong></p>"
                "<p><i>Subscribe to <a href=/s>our letter</a>.</i></p></article></body>", "our app", false},
           Case{body + "<p>Write to us at <a href=/m>desk@example.org</a> or on <a href=/f>Facebook</a>.</p>"
                "</article></body>", "Write to us", false},
           Case{body + "<p>\xC2\xA9 2022, Example News. This article may not be reprinted without written "
                "permission.</p></article></body>", "reprinted", false},
           Case{body + "<p><em>Update: the vote was moved to Friday.</em></p></article></body>", "Update:", true},
           Case{body + "<p>Subscribe to <a href=/e>our e-edition</a> for the full story.</p></article></body>",
                "e-edition", false},
           Case{body + "<p>The vote, the mayor said on Tuesday after the long meeting, will be held on <a href=/c>"
                "Friday</a> in the old town hall, and every member of the council will take part.</p></article></body>",
                "the mayor said", true},
           Case{body + "<p><em>See <a href=/m>the map</a> of the works.</em></p>" + Para("the tolls") +
                "</article></body>", "the map", true},
           Case{body + "<p>The council <em>will <a href=/v>vote</a> on Friday</em>, after two more hearings on the "
                "costs and a visit to the site of the bridge by all its members.</p></article></body>", "will vote", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the costs"), std::string::npos) << text;
  }
}

TEST(MainTextTest, RepeatedShortLabelsAreLeftOut) {
  // A short paragraph kept twice is a widget's label ("Show picture"); list items that
  // repeat, and a short line that appears once, stay.
  const std::string body = Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{"<body><article>" + body + "<p>Show picture</p>" + Para("the tolls") + "<p>Show picture</p>" +
                Para("the roads") + "</article></body>", "Show picture", false},
           Case{"<body><article>" + body + "<ul><li>Yes</li><li>No</li></ul>" + Para("the tolls") +
                "<ul><li>Yes</li><li>No</li></ul>" + Para("the roads") + "</article></body>", "Yes", true},
           Case{"<body><article>" + body + "<p>Show picture</p>" + Para("the tolls") + Para("the roads") +
                "</article></body>", "Show picture", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the roads"), std::string::npos) << text;
  }
}

TEST(MainTextTest, SignOffUnderTheArticleStaysAndMetaFragmentsGo) {
  // The first short fragment after the article's last prose stays when it is words alone
  // (a sign-off); a date, a "Tags:" line or a dash-framed label is trimmed.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<p>x Franzi</p></article></body>", "x Franzi", true},
           Case{body + "<p>Yours, Jane Doe</p><p>12 May 2021</p></article></body>", "Yours, Jane Doe", true},
           Case{body + "<p>12 May 2021</p></article></body>", "12 May", false},
           Case{body + "<p>Tags: bridge</p></article></body>", "Tags", false},
           Case{body + "<p>- Advert -</p></article></body>", "Advert", false},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_EQ(text.find("12 May"), std::string::npos) << text;
    EXPECT_NE(text.find("discussed the costs"), std::string::npos) << text;
  }
}

TEST(MainTextTest, TeaserCardWhoseHeadlineIsNamedAsABoxGoesWithIt) {
  // A card's headline left out by its name ("teaser-title") takes the card's summary
  // with it, and then the heading over the cards has nothing left to introduce; a
  // section over 400 bytes under such a heading is the article's own and stays.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs") + Para("the timing");
  const std::string card =
      "<div class=card><h3 class=teaser-title>Older story</h3><p>A summary of an older story about the "
      "parks and the playgrounds, which the council also discussed on Monday.</p><a href=/a>Read more</a></div>";
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<div class=more><h2>More on this</h2>" + card + card + "</div></article></body>",
                "summary of an older story", false},
           Case{body + "<div class=more><h2>More on this</h2>" + card + card + "</div></article></body>",
                "More on this", false},
           Case{body + "<div class=sec><h3 class=teaser-title>The tolls</h3>" + Para("the tolls") +
                Para("the roads") + Para("the river") + Para("the trees") + Para("the works") +
                "</div></article></body>", "discussed the tolls", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the timing"), std::string::npos) << text;
  }
}

TEST(MainTextTest, DatedMetaLineAboveTheCoreIsLeftOut) {
  // A line of prose length with a date or a time and no sentence end, above the element
  // that holds the article's paragraphs, is its meta line; without a date, or inside
  // that element, such a line stays.
  const std::string standfirst =
      "<body><article><p class=intro>The city will build its bridge after all, the council decided in a "
      "close vote.</p>";
  const std::string body = "<div class=body>" + Para("the bridge") + Para("the costs") + Para("the timing");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{standfirst + "<p>Posted on January 13, 2020 at 08:45 AM by Jane Doe in Local News</p>" + body +
                "</div></article></body>", "Posted on", false},
           Case{standfirst + "<p>Freitag | 14. Juni | 15:49 von Jane Doe in der Rubrik Stadt und Land</p>" + body +
                "</div></article></body>", "Jane Doe", false},
           Case{standfirst + "<p>Everything you need to know about the new bridge over the river</p>" + body +
                "</div></article></body>", "Everything you need", true},
           Case{standfirst + body + "<p>Opening hours of the new bridge from 2021 in the summer months</p>" +
                Para("the tolls") + "</div></article></body>", "Opening hours", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the timing"), std::string::npos) << text;
  }
}

TEST(MainTextTest, LabelLeftLastByClosingNotesGoes) {
  // "Contact:" over contact lines that are closing notes is left out with them; with no
  // note after it, a label ending in ':' is not trimmed.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<p>Contact:</p><p>Jane Doe, press office of the city council, <a href=/m>jane@example.org</a></p>"
                "</article></body>", "Contact:", false},
           Case{body + "<p>Contact:</p></article></body>", "Contact:", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_EQ(text.find("jane@example.org"), std::string::npos) << text;
    EXPECT_NE(text.find("discussed the costs"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ShortBlockWithTheCopyrightSignIsACredit) {
  // A block under 300 bytes holding the copyright sign is a picture's credit or a reprint
  // notice wherever it stands; a longer paragraph that mentions it stays.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  const std::string tail = Para("the tolls") + "</article></body>";
  std::string long_para = "<p>The council said the old photographs of the bridge, \xC2\xA9 the city archive,";
  while (long_para.size() < 340) long_para += " would be shown in the town hall during the summer";
  long_para += ".</p>";
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<p>The mayor at the site of the bridge. | \xC2\xA9 Example Photo Agency</p>" + tail,
                "Example Photo Agency", false},
           Case{body + long_para + tail, "old photographs", true},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ShortBlocksAboveTheHeadlineAreLeftOut) {
  // Above the heading that repeats the title, inside the container: a kicker or another
  // story's title is left out when nothing there is substantial; a substantial block
  // above it (the title repeated lower down) keeps everything.
  const std::string body = "<h1>Bridge vote ends decade of debate</h1>" + Para("the bridge") + Para("the costs") +
                           Para("the timing") + "</article></body>";
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{"<body><article><h3>City hall</h3>" + body, "City hall", false},
           Case{"<body><article><h3>City hall</h3>" + Para("the parks") + body, "City hall", true},
       }) {
    const std::string text = ExtractTitled(c.html, "Bridge vote ends decade of debate");
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the timing"), std::string::npos) << text;
  }
}

TEST(MainTextTest, ObjectFallbackContentIsText) {
  // An <object>'s children are what a browser shows without the plugin (the caption of an
  // embedded video player); the fallback of <video> and <audio> is a browser notice.
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  const std::string tail = Para("the tolls") + "</article></body>";
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + "<object data='player.swf'><param name=movie value='player.swf'><div class=player>"
                "<p>The mayor explains to our reporter why the bridge will open a year later than planned.</p>"
                "</div></object>" + tail, "why the bridge will open", true},
           Case{body + "<video src='v.mp4'><p>Your browser does not support the video element, so please "
                "upgrade it to watch this clip.</p></video>" + tail, "does not support", false},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

TEST(MainTextTest, LongBoxNamedAsACaptionIsText) {
  // A box named caption or credit is left out by its name when short; from 300 bytes on it
  // is text, judged by its shape like any block (here prose that ends without a full stop).
  const std::string body = "<body><article>" + Para("the bridge") + Para("the costs");
  const std::string tail = Para("the tolls") + "</article></body>";
  std::string summary = "<div class='wp-caption'><p class='wp-caption-text'>Why the bridge opens late ";
  while (summary.size() < 420) summary += "(the council heard the engineers, the residents and the contractor ";
  summary += ")</p></div>";
  struct Case { std::string html, snippet; bool kept; };
  for (const Case& c : {
           Case{body + summary + tail, "Why the bridge opens late", true},
           Case{body + "<div class='wp-caption'><p class='wp-caption-text'>The bridge at dawn on Tuesday, "
                "seen from the harbour wall</p></div>" + tail, "bridge at dawn", false},
       }) {
    const std::string text = Extract(c.html);
    EXPECT_EQ(text.find(c.snippet) != std::string::npos, c.kept) << c.html << "\n" << text;
    EXPECT_NE(text.find("discussed the tolls"), std::string::npos) << text;
  }
}

}  // namespace
}  // namespace dossier::html
