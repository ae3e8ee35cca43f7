// main_text.h: the article's text from a Dom, as blocks with offsets into the parsed input.
//
//   html::MainText m = html::ExtractMainText(dom, {});
//   for (const html::TextBlock& b : m.blocks) std::cout << m.text.substr(b.begin, b.size) << "\n\n";
#ifndef DOSSIER_SRC_HTML_MAIN_TEXT_H_
#define DOSSIER_SRC_HTML_MAIN_TEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "src/html/dom.h"

namespace dossier::html {

enum class BlockKind : uint8_t { kParagraph, kHeading, kListItem, kQuote, kTableCell, kPre };

// A run of MainText::text copied from one text node: text [begin, begin+size) came from
// input bytes [src, src + src_size).
struct SourceRun {
  uint32_t begin = 0, size = 0, src = 0, src_size = 0;
};

struct TextBlock {
  uint32_t begin = 0, size = 0;  // into MainText::text
  BlockKind kind = BlockKind::kParagraph;
};

struct MainText {
  std::string text;  // blocks joined by "\n\n", whitespace inside a block collapsed
  std::vector<TextBlock> blocks;
  std::vector<SourceRun> runs;
  // Page shape, for telling articles from other pages.
  uint32_t page_chars = 0;       // all visible text of the body
  uint32_t page_link_chars = 0;  // of which inside links
  uint32_t prose_chars = 0;      // chars of the kept blocks that read as prose
  int32_t container = -1;        // the Dom node chosen as the article's container
};

struct MainTextOptions {
  // A block of at least this many characters with few links reads as prose. Lower keeps
  // more short paragraphs, and more captions and teasers.
  uint32_t prose_min_chars = 40;
  // Blocks whose share of link text exceeds this are navigation, not article text.
  double max_link_density = 0.5;
  // A subtree inside the container whose value is below minus this is left out (about
  // the characters of link text it holds). Lower prunes more boxes, and more short lists.
  double prune_below = 20;
  // Weight added to the value of an element named for content (<article>, itemprop=
  // articleBody, class "entry-content") when choosing the container. Higher trusts markup
  // more than text shape.
  double named_bonus = 0.3;
  // Text after a linked heading, up to the next heading, shorter than this is a teaser's
  // summary and left out. Higher drops longer teasers, and risks short linked-title posts.
  // Also the most text of a teaser card whose headline is left out by its name.
  uint32_t teaser_max_chars = 400;
  // Value added to the heading that repeats the page's title when choosing the container,
  // about the worth of a short paragraph: it pulls the choice toward the element that
  // holds the headline. Higher lets a headline outweigh more text elsewhere.
  double title_bonus = 100;
  // The page's title (PageMetadata::title), when known: the heading that repeats it is
  // the article's headline, which anchors the container and is left out of the text.
  std::string title;
};

MainText ExtractMainText(const Dom& dom, const MainTextOptions& options);

// True when node i's class, id or role names boilerplate (navigation, share bars,
// comments, cookie banners, ...), by whole words: "share-bar" and "commentList" do,
// "shareholder" does not. Exposed for tests.
bool BoilerplateName(const Dom& dom, size_t i);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_MAIN_TEXT_H_
