// segments.h: a page's text cut into blocks (segments), with the shape of each.
//
//   std::vector<html::Segment> segs = html::Segments(dom, dropped);  // document order
//   if (html::IsLongProse(segs[0])) ...
//
// A segment is a maximal run of text whose nearest block-level ancestor (p, div, li, h2,
// td, ...) is the same element, so "A <div>B</div> C" gives A, B and C and inline markup
// (a, em, span) never splits a sentence. Internal to the html module (main_text.cc).
#ifndef DOSSIER_SRC_HTML_SEGMENTS_H_
#define DOSSIER_SRC_HTML_SEGMENTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "src/html/dom.h"
#include "src/html/main_text.h"

namespace dossier::html {

struct Segment {
  int32_t owner = -1;       // the block element the text belongs to
  std::string text;         // white space collapsed (kept in <pre>)
  uint32_t chars = 0;       // non-space bytes
  uint32_t link_chars = 0;  // of which inside <a>
  uint32_t emph_chars = 0;  // of which inside <em>, <i>, <strong> or <b>
  BlockKind kind = BlockKind::kParagraph;
  std::vector<SourceRun> runs;  // begin relative to `text`
  bool pending_space = false;
  bool teaser = false;  // follows a linked heading (a teaser's headline)
  double value = 0;     // for choosing the container: prose counts for, links against
};

// The segments of the text nodes not marked in `dropped`, in document order, each with
// its BlockKind.
std::vector<Segment> Segments(const Dom& dom, const std::vector<uint8_t>& dropped);

// Ends with . ! ? : ; (or their CJK forms, an ellipsis, closing quotes).
bool EndsSentence(std::string_view text);
// Certainly prose: not a heading, 80+ bytes, under 20% links, ends a sentence.
bool IsLongProse(const Segment& s);
// Reads as prose: not a heading, prose_min_chars+, links under max_link_density.
bool IsProse(const Segment& s, const MainTextOptions& o);
// Long prose, or any 150+ byte block under 20% links (a transcript that ends without a
// full stop): the text an article's core is made of.
bool IsSubstantial(const Segment& s);
// The segment's worth as article text (see main_text.cc).
double Value(const Segment& s, const MainTextOptions& o);
// 1 for h1 ... 6 for h6, 7 for a block that is not a heading.
int HeadingRank(const Dom& dom, int32_t owner);
// True when heading text `h` is the page's title `t`: equal, or one holds the other and
// is at least 60% of it ("Headline" vs "Headline - Section"), compared case-blind with
// white space collapsed.
bool SameTitle(std::string_view h, std::string_view t);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_SEGMENTS_H_
