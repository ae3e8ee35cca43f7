// main_text.cc: main-text extraction by DOM structure.
//
// Method. Subtrees that are furniture by their markup are dropped first: head, script
// and style, nav and footer, figure captions, hidden elements (by attribute, style or a
// conventional hiding class: "hidden", "d-none", "sr-only"), ARIA roles of navigation,
// banners and dialogs, and elements whose class or id names furniture that is never the
// article (comments, consent, newsletter, share, related; names.h), unless the element
// holds most of the page's text or most of its text sits in an element named for
// content. A <header> or <noscript> holding half the page's text is kept: that is a
// header never closed, or a page whose script-less fallback is the article. The rest is
// cut into segments (segments.h) and each gets a value from its
// shape, the idea of Kohlschütter et al.'s boilerpipe (2010) and of jusText (Pomikálek
// 2011): link-dense text counts against, short text without a sentence end a little
// against, prose for; the summaries under linked headings that repeat down the page
// (teasers) count against, and the heading that repeats the page's title counts for
// (the headline anchors the article; it is not repeated in the text, which is the body).
// The article's container is the element whose subtree has the largest total value,
// a maximum-sum subtree in the sense of Readability's candidate scoring but without its
// per-tag constants; an element named for content competes with a bonus, one inside a
// box named as such (sidebar, widget, <aside>, <form>) with a penalty. Inside the
// container: boxes named as such whose text is not mostly prose, and subtrees that add
// more furniture than prose (but not one holding half the container's prose), are left
// out; an inline credit (<em class="copyright">) leaves its paragraph, which is cut again
// without it, and a teaser card whose headline went by its name takes its summary with
// it. Then the kept blocks are trimmed by position around the article's core,
// the deepest element holding most of its prose: a lead paragraph or subheadline between
// the headline and the container is taken in (stepping over a byline); after the core's
// last block, what lies outside the core and is not substantial prose, or sits in a box,
// is left out (the author box, the newsletter pitch, "More on this", the footer widget);
// before the core's first block, a line outside the core holding a date or time is the
// meta line and is left out, and so is what stands above the headline inside the
// container when none of it is substantial (a kicker, a breadcrumb); non-prose fragments
// at the two ends and before the first paragraph (dates, bylines, "Tags:"), and those
// holding a digit between a standfirst and the body (the meta line), are trimmed, but a
// sign-off under the last paragraph stays.
// Closing notes (last paragraphs that hold a link and are wholly in emphasis, or short,
// and a label they leave last) and short blocks kept twice (a widget's label) are left
// out. A short block that is a picture's caption (it opens with an image, or follows an
// element holding an image alone) or holds the copyright sign (a credit, a reprint
// notice) is left out, and so is a short label whose next kept block comes only after
// link text that was left out (the "Read more:" of a dropped list). A page whose headline
// outweighs all its text (an article of link lists) would give the headline alone; it
// falls back on the element holding most of the prose. Everything is a few linear
// passes over the flattened Dom, deterministic, with no per-site rule and no
// language-specific list.
#include "src/html/main_text.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <string_view>

#include "src/base/strings.h"
#include "src/html/names.h"
#include "src/html/segments.h"

namespace dossier::html {
namespace {

constexpr std::string_view kDropRoles[] = {
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
    "menu", "menubar", "search", "toolbar"};

// Class names that by convention hide an element (Bootstrap, Tailwind, WordPress,
// Drupal): "hidden", "d-none", "sr-only", "screen-reader-text", "element-invisible",
// also in Tailwind's important form "!hidden". Not the responsive ones ("hidden-xs":
// hidden on small screens only), nor names that hide a part ("field--label-hidden", on
// Drupal's body field) or hold an element back until it loads ("lazy-hidden").
constexpr std::string_view kHiddenClasses[] = {
    "hidden", "hide", "invisible", "d-none", "is-hidden", "js-hidden", "u-hidden",
    "visually-hidden", "u-visually-hidden", "sr-only", "screen-reader-text",
    "element-invisible", "element-hidden"};

bool HiddenClass(std::string_view classes) {
  for (size_t i = 0; i < classes.size();) {
    const size_t j = std::min(classes.find(' ', i), classes.size());
    std::string_view token = classes.substr(i, j - i);
    if (token.starts_with('!')) token.remove_prefix(1);
    if (std::find(std::begin(kHiddenClasses), std::end(kHiddenClasses), token) != std::end(kHiddenClasses)) {
      return true;
    }
    i = j + 1;
  }
  return false;
}

// Invisible by the hidden attribute, aria-hidden, a hiding class or an inline style.
bool Hidden(const Dom& dom, size_t i) {
  if (dom.HasAttr(i, "hidden") || dom.Attr(i, "aria-hidden") == "true") return true;
  if (HiddenClass(dom.Attr(i, "class"))) return true;
  std::string style = AsciiLower(dom.Attr(i, "style"));
  style.erase(std::remove(style.begin(), style.end(), ' '), style.end());
  return style.find("display:none") != std::string::npos ||
         style.find("visibility:hidden") != std::string::npos;
}

bool InsideArticle(const Dom& dom, size_t i) {
  for (int32_t p = dom.nodes[i].parent; p >= 0; p = dom.nodes[p].parent) {
    if (dom.nodes[p].tag == Tag::kArticle || dom.nodes[p].tag == Tag::kMain) return true;
  }
  return false;
}

// <html>, <body>, <article> and <main> are never dropped by name, nor do their names
// say anything about the elements inside (WordPress puts "comments-open" on <body>).
bool Structural(Tag t) {
  return t == Tag::kHtml || t == Tag::kBody || t == Tag::kArticle || t == Tag::kMain;
}

// Subtrees that are never article text, by tag, visibility or ARIA role. <aside> is
// judged by its text instead (WeakDrop): some sites wrap the article in one. A <header>
// or <noscript> that holds at least half of the page's text (`chars`) is kept, whatever
// its role: that is a header never closed, which the parser lets run over the whole
// page, or a page whose script-less fallback is the article. (Not so for footers, navs,
// hidden elements and the other roles: when those hold most of a page it is a comment
// thread, a sitemap or a hidden copy.)
bool HardDrop(const Dom& dom, size_t i, const std::vector<uint32_t>& chars) {
  const Node& n = dom.nodes[i];
  switch (n.tag) {
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kDrop: case Tag::kNav:
    case Tag::kFooter: case Tag::kFigcaption: case Tag::kTitle:
      return true;
    case Tag::kHeader: case Tag::kNoscript:
      if (chars[i] * 2 >= chars[0] && chars[i] > 0) return false;
      return n.tag == Tag::kNoscript || !InsideArticle(dom, i);
    case Tag::kText: case Tag::kHtml: case Tag::kBody: case Tag::kArticle: case Tag::kMain:
      return false;
    default:
      break;
  }
  if (n.attr_begin == n.attr_end) return false;
  if (Hidden(dom, i)) return true;
  const std::string role = AsciiLower(dom.Attr(i, "role"));
  return std::find(std::begin(kDropRoles), std::end(kDropRoles), role) != std::end(kDropRoles);
}

// What the drop rules look at, per node.
struct Shape {
  std::vector<uint8_t> names;     // ElementNames
  std::vector<uint32_t> chars;    // visible text bytes of each subtree
  std::vector<uint32_t> content;  // ContentChars
  std::vector<uint32_t> prose;    // bytes of long-prose segments in the subtree
};

// Visible non-space text bytes of each subtree.
std::vector<uint32_t> SubtreeChars(const Dom& dom) {
  std::vector<uint32_t> chars(dom.nodes.size(), 0);
  for (size_t i = dom.nodes.size(); i-- > 0;) {
    const Node& n = dom.nodes[i];
    if (n.IsText()) {
      for (char c : dom.Text(i)) chars[i] += !IsAsciiSpace(c);
    }
    if (n.tag == Tag::kScript || n.tag == Tag::kStyle || n.tag == Tag::kHead) chars[i] = 0;
    if (n.parent >= 0) chars[n.parent] += chars[i];
  }
  return chars;
}

// Per element, the most characters held by one element in its subtree (itself
// included) that is named for content: an <article>, <main>, itemprop=articleBody, or a
// class/id with a content word and no strong or weak word. Inside a comment section
// ("comment-body", "format_text" of each comment) nothing counts as named for content.
std::vector<uint32_t> ContentChars(const Dom& dom, const std::vector<uint8_t>& names,
                                   const std::vector<uint32_t>& chars) {
  const size_t n = dom.nodes.size();
  std::vector<uint8_t> in_comments(n, 0);
  for (size_t i = 0; i < n; ++i) {
    const int32_t p = dom.nodes[i].parent;
    if (dom.nodes[i].IsText() || p < 0) continue;
    in_comments[i] = in_comments[p] ||
                     (!Structural(dom.nodes[p].tag) && (names[p] & kNamesComments) != 0);
  }
  std::vector<uint32_t> best(n, 0);
  for (size_t i = n; i-- > 0;) {
    const Node& node = dom.nodes[i];
    if (node.IsText()) continue;
    const bool named = !in_comments[i] &&
                       (node.tag == Tag::kArticle || node.tag == Tag::kMain ||
                        dom.Attr(i, "itemprop") == "articleBody" ||
                        ((names[i] & kNamesContent) && !(names[i] & (kNamesStrong | kNamesWeak))));
    if (named) best[i] = std::max(best[i], chars[i]);
    if (node.parent >= 0) best[node.parent] = std::max(best[node.parent], best[i]);
  }
  return best;
}

// Long-prose bytes of each subtree.
std::vector<uint32_t> SubtreeProse(const Dom& dom, const std::vector<Segment>& segs) {
  std::vector<uint32_t> prose(dom.nodes.size(), 0);
  for (const Segment& s : segs) {
    if (IsLongProse(s)) prose[s.owner] += s.chars;
  }
  for (size_t i = dom.nodes.size(); i-- > 1;) {
    if (dom.nodes[i].parent >= 0) prose[dom.nodes[i].parent] += prose[i];
  }
  return prose;
}

// A content name protects a box only when it names some text: a share bar's
// "sd-content" holds a few words.
constexpr uint32_t kMinNamedContent = 200;

// Blocks shorter than this next to an image are its caption or credit (Caption).
constexpr uint32_t kCaptionMaxChars = 100;

// Blocks shorter than this holding the copyright sign are a credit or a reprint notice
// (Credited).
constexpr uint32_t kCreditMaxChars = 300;

// An element holding most of the page's text, or most of whose text sits in an element
// named for content (of kMinNamedContent bytes or more), is never dropped by name.
bool ProtectedByShape(size_t i, const Shape& shape) {
  const uint32_t chars = shape.chars[i];
  if (chars * 2 >= shape.chars[0] && shape.content[i] * 2 >= chars) return true;
  return shape.content[i] * 2 >= chars && shape.content[i] >= kMinNamedContent;
}

// Furniture by a strong word in class or id, unless the element holds half the page.
bool StrongDrop(const Dom& dom, size_t i, const Shape& shape) {
  const uint8_t names = shape.names[i];
  if (Structural(dom.nodes[i].tag) || !IsBlock(dom.nodes[i].tag) || !(names & (kNamesStrong | kNamesStrongIn))) return false;
  if ((names & kNamesContent) || ProtectedByShape(i, shape)) return false;
  return shape.chars[i] * 2 < shape.chars[0];
}

// A box (weak word, <aside>) whose text is mostly not prose. Judged only inside the
// container: Blogger names the article's wrapper "widget Blog". A box named as a caption
// or credit that holds kCreditMaxChars bytes or more is not one, whatever its shape: a
// video's summary, or a caption's markup left open over the article's text.
bool WeakDrop(const Dom& dom, size_t i, const Shape& shape) {
  const Node& n = dom.nodes[i];
  const uint8_t names = shape.names[i];
  if (n.IsText() || Structural(n.tag)) return false;
  if (n.tag != Tag::kAside && !(names & kNamesWeak)) return false;
  if (!IsBlock(n.tag) && !(names & kNamesCredit)) return false;
  if ((names & (kNamesContent | kNamesStrong | kNamesStrongIn)) != 0) return false;
  if ((names & kNamesCredit) && shape.chars[i] >= kCreditMaxChars) return false;
  if (shape.prose[i] * 2 >= shape.prose[0] && shape.prose[i] > 0) return false;
  if (ProtectedByShape(i, shape)) return false;
  return shape.prose[i] * 2 < shape.chars[i];
}

// Marks every subtree in [from, to) that satisfies `pred` (outermost first).
template <typename Pred>
void DropSubtrees(const Dom& dom, uint32_t from, uint32_t to, Pred&& pred, std::vector<uint8_t>* dropped) {
  for (uint32_t i = from; i < to;) {
    if (!(*dropped)[i] && pred(i)) {
      std::fill(dropped->begin() + i, dropped->begin() + dom.nodes[i].end, 1);
      i = dom.nodes[i].end;
    } else {
      ++i;
    }
  }
}

// A linked heading is a teaser's headline (an article's own subheadings are not links);
// the text after it, up to the next heading, is that teaser's summary. Teasers come in
// series with the same markup, so a linked heading counts only when another heading of
// the same tag and class does too: a blog post's own linked title does not. Only a short
// run (a summary, not an article) counts.
void MarkTeasers(const Dom& dom, const MainTextOptions& options, std::vector<Segment>* segs) {
  struct Candidate {
    size_t heading, end;
    std::string markup;
  };
  std::vector<Candidate> found;
  std::map<std::string, int> series;
  for (size_t k = 0; k < segs->size(); ++k) {
    const Segment& h = (*segs)[k];
    if (h.kind != BlockKind::kHeading || h.link_chars * 2 <= h.chars) continue;
    size_t end = k + 1;
    uint32_t run = 0;
    while (end < segs->size() && (*segs)[end].kind != BlockKind::kHeading) run += (*segs)[end++].chars;
    if (run == 0 || run >= options.teaser_max_chars) continue;
    std::string markup = StrCat(static_cast<int>(dom.nodes[h.owner].tag), "|", dom.Attr(h.owner, "class"));
    ++series[markup];
    found.push_back({k, end, std::move(markup)});
  }
  for (const Candidate& c : found) {
    if (series[c.markup] < 2) continue;
    for (size_t t = c.heading + 1; t < c.end; ++t) (*segs)[t].teaser = true;
  }
}

// Total segment value of each subtree.
std::vector<double> SubtreeValues(const Dom& dom, const std::vector<Segment>& segs) {
  std::vector<double> score(dom.nodes.size(), 0);
  for (const Segment& s : segs) score[s.owner] += s.value;
  for (size_t i = dom.nodes.size(); i-- > 1;) {
    if (dom.nodes[i].parent >= 0) score[dom.nodes[i].parent] += score[i];
  }
  return score;
}

// Nodes inside a box: an <aside>, a <form>, or an element with a weak word and no
// content word in its name.
std::vector<uint8_t> InsideBox(const Dom& dom, const std::vector<uint8_t>& names) {
  std::vector<uint8_t> box(dom.nodes.size(), 0);
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    const Node& n = dom.nodes[i];
    if (n.IsText()) continue;
    box[i] = (n.parent >= 0 && box[n.parent]) || n.tag == Tag::kAside || n.tag == Tag::kForm ||
             ((names[i] & kNamesWeak) && !(names[i] & kNamesContent));
  }
  return box;
}

// The element whose subtree has the largest total value; the first (outermost) on ties.
// An element named for content competes with its value raised by `named_bonus`, so a
// marked-up article body beats a wrapper that adds a little more; one inside a box with
// its value halved, so a sidebar's prose wins only when nothing else reads as text.
int32_t BestContainer(const Dom& dom, const std::vector<double>& score, const Shape& shape,
                      const std::vector<uint8_t>& dropped, double named_bonus) {
  const std::vector<uint8_t> box = InsideBox(dom, shape.names);
  int32_t best = 0;
  double best_score = score[0];
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dropped[i] || dom.nodes[i].IsText()) continue;
    const bool named = shape.content[i] == shape.chars[i] && shape.chars[i] > 0 &&
                       (i + 1 >= dom.nodes.size() || shape.content[i] > 0);
    double s = score[i] > 0 && named ? score[i] * (1 + named_bonus) : score[i];
    if (box[i] && s > 0) s *= 0.5;
    if (s > best_score + 1e-9) {
      best = static_cast<int32_t>(i);
      best_score = s;
    }
  }
  return best;
}

// The segments of the blocks marked in `recut`, cut again without the `dropped` nodes;
// each is a teaser's summary when a segment of that block was before (`before`).
std::vector<Segment> Recut(const Dom& dom, const std::vector<uint8_t>& dropped,
                           const std::vector<uint8_t>& recut, const std::vector<Segment>& before) {
  std::vector<uint8_t> teaser(dom.nodes.size(), 0);
  for (const Segment& s : before) teaser[s.owner] |= s.teaser;
  std::vector<Segment> out = Segments(dom, dropped);
  out.erase(std::remove_if(out.begin(), out.end(), [&](const Segment& s) { return !recut[s.owner]; }), out.end());
  for (Segment& s : out) s.teaser = teaser[s.owner] != 0;
  return out;
}

using Blocks = std::vector<const Segment*>;

// Up to three lead blocks right before the container (a standfirst set apart from the
// body), when the walk back from the container reaches the headline: prose paragraphs,
// and headings of prose length without links (a subheadline set as <h2>). Up to three
// short fragments on the way that are mostly not links (the date, the byline, "4 min")
// are stepped over and not taken. `segs` are the page's segments before the drops
// inside the container.
constexpr int kLeadMaxSkipped = 3;
void AddLead(const std::vector<Segment>& segs, const std::vector<uint8_t>& dropped,
             const MainTextOptions& options, Blocks* kept) {
  if (kept->empty()) return;
  size_t at = 0;
  while (at < segs.size() && segs[at].owner < kept->front()->owner) ++at;
  Blocks lead;
  int skipped = 0;
  for (size_t k = at; k-- > 0 && lead.size() < 3;) {
    const Segment& g = segs[k];
    if (dropped[g.owner] || g.teaser) return;
    if (g.kind == BlockKind::kHeading) {
      if (SameTitle(g.text, options.title)) {
        kept->insert(kept->begin(), lead.rbegin(), lead.rend());
        return;
      }
      if (g.chars < options.prose_min_chars || g.link_chars > 0) return;
      lead.push_back(&g);
    } else if (IsProse(g, options) && EndsSentence(g.text) && g.link_chars * 5 < g.chars) {
      lead.push_back(&g);
    } else if (IsProse(g, options) || g.link_chars * 2 >= g.chars || ++skipped > kLeadMaxSkipped) {
      return;
    }
  }
}

// The article's core: the deepest element holding 60% of the kept substantial text,
// and never one block alone (its parent holds the paragraphs). -1 when no text is.
int32_t Core(const Dom& dom, const Blocks& kept) {
  std::vector<uint32_t> prose(dom.nodes.size(), 0);
  uint32_t total = 0;
  for (const Segment* k : kept) {
    if (!IsSubstantial(*k)) continue;
    prose[k->owner] += k->chars;
    total += k->chars;
  }
  if (total == 0) return -1;
  for (size_t i = dom.nodes.size(); i-- > 1;) {
    if (dom.nodes[i].parent >= 0) prose[dom.nodes[i].parent] += prose[i];
  }
  int32_t core = -1;
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    if (prose[i] * 10 >= total * 6 && (core < 0 || dom.nodes[i].depth > dom.nodes[core].depth)) {
      core = static_cast<int32_t>(i);
    }
  }
  while (core > 0 && std::any_of(kept.begin(), kept.end(), [&](const Segment* k) { return k->owner == core; })) {
    core = dom.nodes[core].parent;
  }
  return core;
}

// After the core's last block, blocks outside the core that are not substantial prose
// are boxes after the article: author boxes, pitches, "More on this"; and so are those
// inside a box (`box`, InsideBox: a widget, a sidebar, an <aside>) even when they are
// prose: the footer's "About us" text, a sponsor's disclaimer.
void DropAfterCore(const Dom& dom, const std::vector<uint8_t>& box, Blocks* kept) {
  const int32_t core = Core(dom, *kept);
  if (core < 0) return;
  auto in_core = [&](int32_t o) { return o >= core && o < static_cast<int32_t>(dom.nodes[core].end); };
  size_t last_core = 0;
  for (size_t k = 0; k < kept->size(); ++k) {
    if (in_core((*kept)[k]->owner)) last_core = k;
  }
  Blocks out;
  for (size_t k = 0; k < kept->size(); ++k) {
    const Segment* s = (*kept)[k];
    if (k > last_core && !in_core(s->owner) && (!IsSubstantial(*s) || box[s->owner])) continue;
    out.push_back(s);
  }
  kept->swap(out);
}

// A writer's sign-off under the article: a short paragraph of words alone (letters,
// spaces, commas, periods; no digit, colon or link), as "x Franzi", "Euer Hans" or
// "XX, Die Redaktion". Dates, "Tags:" lines and "- Anzeige -" are not.
constexpr uint32_t kSignOffMaxChars = 30;
bool SignOff(const Segment& s) {
  if (s.kind != BlockKind::kParagraph || s.link_chars > 0 || s.chars > kSignOffMaxChars) return false;
  return std::all_of(s.text.begin(), s.text.end(), [](char c) {
    const unsigned char u = static_cast<unsigned char>(c);
    return std::isalpha(u) || u >= 0x80 || c == ' ' || c == ',' || c == '.' || c == '\'';
  });
}

// Non-prose fragments (dates, bylines, "Tags:", a trailing "Related") are trimmed from
// the end, from the start up to the first heading, and between the start and the first
// prose paragraph (headings stay). Between a standfirst and the body's first substantial
// block, fragments holding a digit are the article's meta line ("11 Jan 2019", "4 min
// read", "20:37") and are trimmed too. Of the fragments trimmed from the end, the first
// stays when it is a sign-off (SignOff: "x Franzi", "Yours, Jane"). Returns the kept
// range [first, last).
std::pair<size_t, size_t> TrimFragments(const MainTextOptions& options, Blocks* kept) {
  auto fragment = [&](const Segment* s) {
    return (s->kind == BlockKind::kParagraph || s->kind == BlockKind::kHeading) &&
           !IsProse(*s, options) && !EndsSentence(s->text);
  };
  auto has_digit = [](const Segment* s) {
    return std::any_of(s->text.begin(), s->text.end(), [](char c) { return c >= '0' && c <= '9'; });
  };
  size_t first = 0, last = kept->size();
  while (first < last && (*kept)[first]->kind != BlockKind::kHeading && fragment((*kept)[first])) ++first;
  while (last > first && fragment((*kept)[last - 1])) --last;
  if (last > first && last < kept->size() && SignOff(*(*kept)[last])) ++last;
  size_t lead = first;
  while (lead < last && !IsProse(*(*kept)[lead], options)) ++lead;
  size_t body = lead;
  while (body < last && !IsSubstantial(*(*kept)[body])) ++body;
  Blocks out(kept->begin(), kept->begin() + first);
  for (size_t k = first; k < kept->size(); ++k) {
    const Segment* s = (*kept)[k];
    if (s->kind == BlockKind::kParagraph && fragment(s) && (k < lead || (k < body && has_digit(s)))) continue;
    out.push_back(s);
  }
  last -= kept->size() - out.size();
  kept->swap(out);
  return {first, last};
}

// Appends the blocks of [first, last) to `out`. A heading with nothing of its own before
// the next heading of the same or a higher rank introduced a box that was dropped
// ("Related", "More on this") and is left out.
void Emit(const Dom& dom, const MainTextOptions& options, const Blocks& kept, size_t first,
          size_t last, MainText* out) {
  for (size_t k = first; k < last; ++k) {
    const Segment& s = *kept[k];
    if (s.kind == BlockKind::kHeading &&
        (k + 1 == last || (kept[k + 1]->kind == BlockKind::kHeading &&
                           HeadingRank(dom, kept[k + 1]->owner) <= HeadingRank(dom, s.owner)))) {
      continue;
    }
    if (!out->text.empty()) out->text += "\n\n";
    const uint32_t at = static_cast<uint32_t>(out->text.size());
    out->text += s.text;
    out->blocks.push_back({at, static_cast<uint32_t>(s.text.size()), s.kind});
    for (SourceRun r : s.runs) {
      r.begin += at;
      out->runs.push_back(r);
    }
    if (IsProse(s, options)) out->prose_chars += s.chars;
  }
}

// True when `sub` holds an image and no visible text.
bool ImageOnly(const Dom& dom, const Shape& shape, int32_t sub) {
  if (shape.chars[sub] > 0) return false;
  for (uint32_t j = sub; j < dom.nodes[sub].end; ++j) {
    if (dom.nodes[j].tag == Tag::kImg) return true;
  }
  return false;
}

// A picture's caption or credit: a short block that is not long prose, which opens with
// an image (<p><img> Photo: AFP</p>) or whose previous sibling element is an image alone
// (<div><img></div><div>Caption</div>).
bool Caption(const Dom& dom, const Shape& shape, const Segment& s) {
  if (s.chars >= kCaptionMaxChars || IsLongProse(s) || s.kind == BlockKind::kHeading) return false;
  if (s.text.ends_with('!') || s.text.ends_with('?')) return false;
  const int32_t o = s.owner;
  for (uint32_t j = o + 1; j < dom.nodes[o].end; ++j) {
    if (dom.nodes[j].tag == Tag::kImg) {
      int32_t b = dom.nodes[j].parent;
      while (b != o && !IsBlock(dom.nodes[b].tag)) b = dom.nodes[b].parent;
      if (b == o) return true;
    }
    if (dom.nodes[j].IsText() && shape.chars[j] > 0) break;
  }
  if (o <= 0) return false;
  int32_t prev = o - 1;
  while (prev >= 0 && dom.nodes[prev].parent != dom.nodes[o].parent) prev = dom.nodes[prev].parent;
  return prev >= 0 && prev != dom.nodes[o].parent && ImageOnly(dom, shape, prev);
}

// A short block that introduces a box left out ("Read more:", "Related", "Contact:") is
// left out with it: a paragraph or heading that does not read as prose (IsProse),
// mostly not a link and not a sentence (it may end in ':' or '?'), whose next kept block
// (or the container's end, `hi`) comes only after at least kLabelMinRemoved bytes, and
// twice its own, of link text that was not kept. Returns [first, last) of `kept`
// without them.
constexpr uint32_t kLabelMinRemoved = 30;
Blocks DropLabels(const Dom& dom, const MainTextOptions& options, const Shape& shape, uint32_t hi,
                  const Blocks& kept, size_t first, size_t last) {
  Blocks out;
  std::vector<uint8_t> in_link;
  for (size_t k = first; k < last; ++k) {
    const Segment* s = kept[k];
    const bool candidate = !IsProse(*s, options) && s->link_chars * 2 < s->chars &&
                           (s->kind == BlockKind::kParagraph || s->kind == BlockKind::kHeading) &&
                           !(EndsSentence(s->text) && !s->text.ends_with(':') && !s->text.ends_with('?'));
    if (candidate) {
      if (in_link.empty()) {
        in_link.assign(dom.nodes.size(), 0);
        for (size_t i = 0; i < dom.nodes.size(); ++i) {
          const int32_t p = dom.nodes[i].parent;
          in_link[i] = dom.nodes[i].tag == Tag::kA || (p >= 0 && in_link[p]);
        }
      }
      const uint32_t from = dom.nodes[s->owner].end;
      const uint32_t to = k + 1 < last ? static_cast<uint32_t>(kept[k + 1]->owner) : hi;
      uint32_t removed = 0;
      for (uint32_t j = from; j < to; ++j) {
        if (dom.nodes[j].IsText() && in_link[j]) removed += shape.chars[j];
      }
      if (removed >= kLabelMinRemoved && removed >= 2 * s->chars) continue;
    }
    out.push_back(s);
  }
  return out;
}

// A note set apart at the article's end: the last blocks, each a paragraph that holds a
// link and is wholly in emphasis (<em>, <i>, <strong>, <b>), or short (under
// kNoteShortChars), or under kNoteMaxChars with a third or more of link text, after a
// block of substantial plain text: "<p><em>Follow us on <a>Twitter</a></em></p>",
// "Subscribe now to our <a>e-edition</a> for the full story.", "Write to us at
// <a>...</a>", the author's line with a link to their page. Without the link the
// emphasis is as often the article's own last words (a postscript, an update note).
// (A reprint notice, "© 2022, Example News. ...", is left out before: Credited.) A
// label left last by the notes (under kNoteLabelChars, ending in ':', not a list item:
// "Kontakt:" over the contact lines that were notes) introduces nothing and goes too.
constexpr uint32_t kNoteShortChars = 100;
constexpr uint32_t kNoteMaxChars = 300;
constexpr uint32_t kNoteLabelChars = 40;
void DropClosingNotes(Blocks* kept) {
  auto note = [](const Segment* s) {
    if (s->kind != BlockKind::kParagraph) return false;
    if (s->link_chars == 0) return false;
    return s->emph_chars == s->chars || s->chars < kNoteShortChars ||
           (s->chars < kNoteMaxChars && s->link_chars * 3 >= s->chars);
  };
  size_t last = kept->size();
  while (last > 0 && note((*kept)[last - 1])) --last;
  if (last == kept->size()) return;
  const bool plain_before = std::any_of(kept->begin(), kept->begin() + last, [](const Segment* s) {
    return IsSubstantial(*s) && s->emph_chars * 2 < s->chars;
  });
  if (!plain_before) return;
  auto label = [](const Segment* s) {
    return s->kind != BlockKind::kListItem && s->chars < kNoteLabelChars && s->text.ends_with(':');
  };
  while (last > 0 && label((*kept)[last - 1])) --last;
  kept->resize(last);
}

// A paragraph or heading, not substantial prose, whose text is kept twice or more is a
// widget's repeated label ("Bild anzeigen Bild schließen" under every picture, a
// "Quelle: ..." credit, a short notice shown at two places): every copy is left out.
// Cells and list items repeat in tables and lists and stay; so does repeated prose (a
// page that holds its article twice would lose all of it: Readability set -0.08).
void DropRepeated(Blocks* kept) {
  auto candidate = [](const Segment* s) {
    return (s->kind == BlockKind::kParagraph || s->kind == BlockKind::kHeading) && !IsSubstantial(*s);
  };
  std::map<std::string_view, int> seen;
  for (const Segment* s : *kept) {
    if (candidate(s)) ++seen[s->text];
  }
  std::erase_if(*kept, [&](const Segment* s) { return candidate(s) && seen[s->text] >= 2; });
}

// A credit or a reprint notice: a block under kCreditMaxChars holding the copyright sign,
// wherever it stands ("Lee Elder in 1975. | © Augusta National/Getty Images" under a
// picture, "© 2022 Example News. All rights reserved." at the end).
bool Credited(const Segment& s) {
  return s.chars < kCreditMaxChars && s.text.find("\xC2\xA9") != std::string::npos;  // ©
}

// True when `t` holds a year (a number of four digits starting 19 or 20) or a clock time
// ("9:45", "15:49"): the date of a meta line, not an ingredient's "200 g".
bool HoldsDateOrTime(std::string_view t) {
  auto digit = [&](size_t j) { return j < t.size() && t[j] >= '0' && t[j] <= '9'; };
  for (size_t i = 0; i < t.size(); ++i) {
    if (!digit(i) || (i > 0 && digit(i - 1))) continue;  // the start of a number
    size_t j = i;
    while (digit(j)) ++j;
    const bool year = j - i == 4 && (t.compare(i, 2, "19") == 0 || t.compare(i, 2, "20") == 0);
    const bool clock = j - i <= 2 && j < t.size() && t[j] == ':' && digit(j + 1) && digit(j + 2) && !digit(j + 3);
    if (year || clock) return true;
  }
  return false;
}

// The meta line above the article: before the core's first block, a paragraph outside
// the core that is not substantial, does not end a sentence and holds a date or time
// ("Verfasst von: X | 31. Dezember 2008", "January 13, 2020 at 08:45 AM | categories:
// ...", "Pubblicato il 19 Febbraio 2020"). Inside the core such lines are the article's
// own (a subtitle, a list of dates), and without the date test the lead-in lines of a
// recipe ("Zubereitungszeit: 25 Minuten") went too.
void DropMetaBeforeCore(const Dom& dom, Blocks* kept) {
  const int32_t core = Core(dom, *kept);
  if (core < 0) return;
  const uint32_t end = dom.nodes[core].end;
  Blocks out;
  bool reached = false;
  for (const Segment* s : *kept) {
    reached = reached || (s->owner >= core && static_cast<uint32_t>(s->owner) < end);
    if (!reached && s->kind == BlockKind::kParagraph && !IsSubstantial(*s) && !EndsSentence(s->text) &&
        HoldsDateOrTime(s->text)) {
      continue;
    }
    out.push_back(s);
  }
  kept->swap(out);
}

// What stands above the headline inside the container, when none of it is substantial,
// is not the article: a kicker ("Corte Suprema"), a breadcrumb, a date, the title of
// another story. The headline is the first heading inside the container, not dropped,
// that repeats the page's title (`segs` are the page's segments); order is by position
// in the input, since text after the headline can belong to an element that opens
// before it. A substantial block above it (a page that repeats its title lower down)
// keeps everything.
void DropAboveHeadline(const std::vector<Segment>& segs, const std::vector<uint8_t>& dropped,
                       const MainTextOptions& options, uint32_t lo, uint32_t hi, Blocks* kept) {
  if (options.title.empty()) return;
  const Segment* headline = nullptr;
  for (const Segment& s : segs) {
    const uint32_t o = static_cast<uint32_t>(s.owner);
    if (o > lo && o < hi && !dropped[o] && s.kind == BlockKind::kHeading && !s.runs.empty() &&
        SameTitle(s.text, options.title)) {
      headline = &s;
      break;
    }
  }
  if (headline == nullptr) return;
  const uint32_t at = headline->runs.front().src;
  auto above = [&](const Segment* s) { return !s->runs.empty() && s->runs.front().src < at; };
  if (std::any_of(kept->begin(), kept->end(), [&](const Segment* s) { return above(s) && IsSubstantial(*s); })) {
    return;
  }
  std::erase_if(*kept, above);
}

// A teaser card whose headline was left out by its name (a heading in a box named
// "teaser", "promo", "widget"; WeakDrop) takes its summary with it: the card is the
// outermost element below the container around the heading that holds no other heading
// and under teaser_max_chars bytes of text. `headings` are the page's heading segments
// inside the container that were kept before the drops by name, `dropped` the state
// after them.
void DropTeaserCards(const Dom& dom, const Shape& shape, const MainTextOptions& options,
                     const std::vector<Segment>& segs, const std::vector<int32_t>& headings,
                     const std::vector<uint8_t>& dropped, uint32_t lo, Blocks* kept) {
  std::vector<int32_t> named;
  for (int32_t o : headings) {
    if (dropped[o]) named.push_back(o);
  }
  if (named.empty()) return;
  const size_t n = dom.nodes.size();
  std::vector<uint16_t> count(n, 0);  // heading segments in each subtree, capped
  for (const Segment& s : segs) {
    if (s.kind == BlockKind::kHeading) ++count[s.owner];
  }
  for (size_t i = n; i-- > 1;) {
    const int32_t p = dom.nodes[i].parent;
    if (p >= 0) count[p] = static_cast<uint16_t>(std::min<int>(count[p] + count[i], 1000));
  }
  std::vector<std::pair<uint32_t, uint32_t>> cards;
  for (int32_t o : named) {
    int32_t card = -1;
    for (int32_t a = dom.nodes[o].parent; a > static_cast<int32_t>(lo); a = dom.nodes[a].parent) {
      if (count[a] != 1 || shape.chars[a] >= options.teaser_max_chars) break;
      card = a;
    }
    if (card >= 0) cards.push_back({static_cast<uint32_t>(card), dom.nodes[card].end});
  }
  std::erase_if(*kept, [&](const Segment* s) {
    const uint32_t o = static_cast<uint32_t>(s->owner);
    return std::any_of(cards.begin(), cards.end(), [&](const auto& c) { return o >= c.first && o < c.second; });
  });
}

// The article's text from inside `container`: boxes and furniture subtrees dropped
// (into a copy of `dropped`), then the lead, the core and the fragment trims, emitted
// into `out`.
void Harvest(const Dom& dom, const MainTextOptions& options, const std::vector<Segment>& segs,
             const std::vector<double>& score, const Shape& shape, std::vector<uint8_t> dropped,
             int32_t container, MainText* out) {
  const uint32_t n = static_cast<uint32_t>(dom.nodes.size());
  const uint32_t lo = static_cast<uint32_t>(container), hi = dom.nodes[container].end;
  // An inline box dropped (a <span class="credits">, <em class="copyright">) takes its
  // text out of the block around it, its owner, which is cut again below.
  std::vector<uint8_t> recut(n, 0);
  bool any_recut = false;
  std::vector<int32_t> headings;  // heading segments inside, before the drops by name
  for (const Segment& s : segs) {
    const uint32_t o = static_cast<uint32_t>(s.owner);
    if (s.kind == BlockKind::kHeading && o > lo && o < hi && !dropped[o]) headings.push_back(s.owner);
  }
  DropSubtrees(dom, lo + 1, hi, [&](size_t i) {
    if (!WeakDrop(dom, i, shape)) return false;
    if (!IsBlock(dom.nodes[i].tag)) {
      int32_t o = dom.nodes[i].parent;
      while (o > 0 && !IsBlock(dom.nodes[o].tag)) o = dom.nodes[o].parent;
      recut[std::max(o, 0)] = 1;
      any_recut = true;
    }
    return true;
  }, &dropped);
  std::erase_if(headings, [&](int32_t o) { return !dropped[o]; });
  // A subtree that adds more furniture than prose (a box of teaser links, a row of tags),
  // unless it holds half the container's long prose (an article with long link lists).
  DropSubtrees(dom, lo + 1, hi,
               [&](size_t i) {
                 return !dom.nodes[i].IsText() && score[i] < -options.prune_below &&
                        (shape.prose[i] * 2 < shape.prose[lo] || shape.prose[i] == 0);
               },
               &dropped);
  std::vector<Segment> recuts;
  if (any_recut) recuts = Recut(dom, dropped, recut, segs);
  Blocks kept;
  auto consider = [&](const Segment& s) {
    if (s.runs.empty()) return;  // no source bytes: nothing to show or to place
    if (static_cast<uint32_t>(s.owner) < lo || static_cast<uint32_t>(s.owner) >= hi) return;
    if (dropped[s.owner] || s.teaser) return;
    if (s.link_chars > s.chars * options.max_link_density && s.chars < 300) return;
    if (s.kind == BlockKind::kHeading && SameTitle(s.text, options.title)) return;
    if (Caption(dom, shape, s) || Credited(s)) return;
    kept.push_back(&s);
  };
  for (const Segment& s : segs) {
    if (!recut[s.owner]) consider(s);
  }
  for (const Segment& s : recuts) consider(s);
  if (!recuts.empty()) {
    std::stable_sort(kept.begin(), kept.end(), [](const Segment* a, const Segment* b) {
      return a->runs.front().src < b->runs.front().src;
    });
  }
  DropTeaserCards(dom, shape, options, segs, headings, dropped, lo, &kept);
  AddLead(segs, dropped, options, &kept);
  if (!kept.empty()) {
    DropAfterCore(dom, InsideBox(dom, shape.names), &kept);
    DropMetaBeforeCore(dom, &kept);
  }
  DropAboveHeadline(segs, dropped, options, lo, hi, &kept);
  const auto [first, last] = TrimFragments(options, &kept);
  Blocks labelled = DropLabels(dom, options, shape, hi, kept, first, last);
  DropClosingNotes(&labelled);
  DropRepeated(&labelled);

  Emit(dom, options, labelled, 0, labelled.size(), out);
}

// The deepest element holding 60% of the page's long prose, and never one block alone
// (its parent holds the paragraphs); -1 when there is no long prose.
int32_t ProseHolder(const Dom& dom, const std::vector<Segment>& segs, const std::vector<uint32_t>& prose) {
  if (prose[0] == 0) return -1;
  int32_t best = 0;
  for (size_t i = 1; i < dom.nodes.size(); ++i) {
    if (prose[i] * 10 >= prose[0] * 6 && dom.nodes[i].depth > dom.nodes[best].depth) best = static_cast<int32_t>(i);
  }
  while (best > 0 && std::any_of(segs.begin(), segs.end(), [&](const Segment& s) { return s.owner == best; })) {
    best = dom.nodes[best].parent;
  }
  return best;
}

}  // namespace

bool BoilerplateName(const Dom& dom, size_t i) {
  const uint8_t names = NamesOf(dom.Attr(i, "class")) | NamesOf(dom.Attr(i, "id"));
  return !(names & kNamesContent) && (names & (kNamesStrong | kNamesWeak)) != 0;
}

MainText ExtractMainText(const Dom& dom, const MainTextOptions& options) {
  MainText out;
  if (dom.nodes.empty()) return out;
  const uint32_t n = static_cast<uint32_t>(dom.nodes.size());
  std::vector<uint8_t> dropped(n, 0);
  Shape shape;
  shape.chars = SubtreeChars(dom);
  DropSubtrees(dom, 0, n, [&](size_t i) { return HardDrop(dom, i, shape.chars); }, &dropped);
  std::vector<Segment> segs = Segments(dom, dropped);
  shape.names = ElementNames(dom);
  shape.content = ContentChars(dom, shape.names, shape.chars);
  shape.prose = SubtreeProse(dom, segs);
  DropSubtrees(dom, 0, n, [&](size_t i) { return StrongDrop(dom, i, shape); }, &dropped);
  segs.erase(std::remove_if(segs.begin(), segs.end(), [&](const Segment& s) { return dropped[s.owner] != 0; }),
             segs.end());
  MarkTeasers(dom, options, &segs);
  for (Segment& s : segs) {
    s.value = s.teaser ? -0.5 * s.chars : Value(s, options);
    if (s.kind == BlockKind::kHeading && SameTitle(s.text, options.title)) s.value += options.title_bonus;
    out.page_chars += s.chars;
    out.page_link_chars += s.link_chars;
  }
  if (segs.empty()) return out;
  const std::vector<double> score = SubtreeValues(dom, segs);
  out.container = BestContainer(dom, score, shape, dropped, options.named_bonus);
  Harvest(dom, options, segs, score, shape, dropped, out.container, &out);

  // A page whose text scores below its headline (an article of link lists: show notes, a
  // link roll) gets the headline's element as container and no text. It falls back on the
  // element holding most of the page's long prose.
  if (out.prose_chars == 0) {
    // Without long prose, the blocks that read as prose (IsProse) stand in for it.
    std::vector<uint32_t> short_prose;
    if (shape.prose[0] == 0) {
      short_prose.assign(n, 0);
      for (const Segment& s : segs) {
        if (IsProse(s, options)) short_prose[s.owner] += s.chars;
      }
      for (uint32_t i = n; i-- > 1;) {
        if (dom.nodes[i].parent >= 0) short_prose[dom.nodes[i].parent] += short_prose[i];
      }
    }
    const int32_t holder = ProseHolder(dom, segs, shape.prose[0] > 0 ? shape.prose : short_prose);
    if (holder >= 0 && holder != out.container && !dropped[holder]) {
      MainText retry;
      retry.page_chars = out.page_chars;
      retry.page_link_chars = out.page_link_chars;
      retry.container = holder;
      Harvest(dom, options, segs, score, shape, dropped, holder, &retry);
      if (retry.prose_chars > 0) out = std::move(retry);
    }
  }
  return out;
}

}  // namespace dossier::html
