// main_text.cc: main-text extraction by DOM structure.
//
// Method. The page is cut into segments: maximal runs of text whose nearest block-level
// ancestor (p, div, li, h2, td, ...) is the same element, so "A <div>B</div> C" gives
// A, B and C, and inline markup (a, em, span) never splits a sentence. Subtrees that are
// furniture by their markup are dropped before segmenting: head, script and style,
// nav/aside/footer, figure captions (image credits), hidden elements, ARIA roles of
// navigation, banners and dialogs, and elements whose class or id names boilerplate by
// whole words (share, comment, related, newsletter, cookie, consent, ad, sidebar, ...;
// the word list is in BoilerplateName) unless the element holds most of the page's text.
// Each segment then gets a value from its shape, the idea of Kohlschütter et al.'s
// boilerpipe (2010) and of jusText (Pomikálek 2011): link-dense text counts against
// (minus its length), short text without a sentence end counts a little against, prose
// counts for (its length, less its link text). The article's container is the element
// whose subtree has the largest total value, a maximum-sum subtree in the sense of
// Readability's candidate scoring but without its per-tag constants: it grows while the
// surrounding blocks add more prose than furniture and stops where navigation, teasers
// and footers begin. Within the container, link lists are dropped and non-prose
// fragments at its two ends (dates, bylines, "Tags:", a trailing "Related" heading) are
// trimmed. Everything is a few linear passes over the flattened Dom, deterministic, with
// no per-site rule and no language-specific list.
#include "src/html/main_text.h"

#include <algorithm>
#include <array>
#include <string_view>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

struct Segment {
  int32_t owner = -1;
  std::string text;
  uint32_t chars = 0;       // non-space bytes
  uint32_t link_chars = 0;  // of which inside <a>
  BlockKind kind = BlockKind::kParagraph;
  std::vector<SourceRun> runs;  // begin relative to `text`
  bool pending_space = false;
  bool teaser = false;  // follows a linked heading (a teaser's headline)
  double value = 0;
};

// Words naming furniture that is never the article, even when it is prose (comments,
// consent texts, newsletter pitches, related-article teasers).
constexpr std::array<std::string_view, 28> kStrongWords = {
    "author", "byline", "comment", "comments", "kommentare", "disqus", "respond", "cookie", "cookies",
    "consent", "gdpr", "newsletter", "subscribe", "subscription", "share", "sharing",
    "shariff", "social", "socials", "related", "recommended", "recommendations",
    "breadcrumb", "breadcrumbs", "pagination", "pager", "login", "signup"};
// Words naming boxes that are usually furniture, but that some sites give to the
// article's own wrapper (Elementor's "elementor-widget", Blogger's "widget Blog"): the
// element goes only when most of its text is not prose.
constexpr std::array<std::string_view, 34> kWeakWords = {
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer", "sidebar",
    "widget", "widgets", "banner", "ad", "ads", "advert", "advertisement", "adsbygoogle",
    "sponsor", "sponsored", "promo", "popup", "modal", "overlay", "tags", "tagcloud",
    "caption", "credit", "credits", "copyright", "toolbar", "masthead",
    "skip", "print", "rating", "teaser"};

constexpr std::array<std::string_view, 10> kDropRoles = {
    "navigation", "banner", "contentinfo", "complementary", "dialog", "alertdialog",
    "menu", "menubar", "search", "toolbar"};

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Splits "share-bar commentList" into share, bar, comment, list (camelCase too).
template <typename F>
void ForEachWord(std::string_view s, F&& f) {
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && IsWordByte(s[j])) {
      ++j;
      if (j < s.size() && std::islower(static_cast<unsigned char>(s[j - 1])) &&
          std::isupper(static_cast<unsigned char>(s[j]))) {
        break;
      }
    }
    if (j > i && f(AsciiLower(s.substr(i, j - i)))) return;
    i = j;
  }
}

// Words that name the article itself; an element named with one is never dropped by
// name ("article-content sticky-sidebar"), as Readability's okMaybeItsACandidate.
constexpr std::array<std::string_view, 9> kContentWords = {
    "article", "content", "main", "body", "text", "story", "entry", "artikel", "inhalt"};

template <size_t N>
bool NamesAny(std::string_view s, const std::array<std::string_view, N>& words) {
  bool hit = false;
  ForEachWord(s, [&](const std::string& w) {
    hit = std::find(words.begin(), words.end(), w) != words.end();
    return hit;
  });
  return hit;
}

bool Hidden(const Dom& dom, size_t i) {
  if (dom.HasAttr(i, "hidden") || dom.Attr(i, "aria-hidden") == "true") return true;
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
// included) that is named for content (an <article>, <main>, itemprop=articleBody or a
// class/id with a content word and no boilerplate word).
std::vector<uint32_t> ContentChars(const Dom& dom, const std::vector<uint32_t>& chars) {
  std::vector<uint32_t> best(dom.nodes.size(), 0);
  for (size_t i = dom.nodes.size(); i-- > 0;) {
    const Node& n = dom.nodes[i];
    if (n.IsText()) continue;
    const std::string_view cls = dom.Attr(i, "class"), id = dom.Attr(i, "id");
    const bool named = n.tag == Tag::kArticle || n.tag == Tag::kMain ||
                       dom.Attr(i, "itemprop") == "articleBody" ||
                       ((NamesAny(cls, kContentWords) || NamesAny(id, kContentWords)) &&
                        !NamesAny(cls, kStrongWords) && !NamesAny(id, kStrongWords) &&
                        !NamesAny(cls, kWeakWords) && !NamesAny(id, kWeakWords));
    if (named) best[i] = std::max(best[i], chars[i]);
    if (n.parent >= 0) best[n.parent] = std::max(best[n.parent], best[i]);
  }
  return best;
}

// Subtrees that are never article text, by tag, visibility or ARIA role. <aside> is
// judged by its text instead (NameDrop): some sites wrap the article in one.
bool HardDrop(const Dom& dom, size_t i) {
  const Node& n = dom.nodes[i];
  switch (n.tag) {
    case Tag::kHead: case Tag::kScript: case Tag::kStyle: case Tag::kDrop: case Tag::kNav:
    case Tag::kFooter: case Tag::kFigcaption: case Tag::kTitle:
      return true;
    case Tag::kHeader:
      return !InsideArticle(dom, i);
    case Tag::kText: case Tag::kHtml: case Tag::kBody: case Tag::kArticle: case Tag::kMain:
      return false;
    default:
      break;
  }
  if (n.attr_begin == n.attr_end) return false;
  if (Hidden(dom, i)) return true;
  const std::string role = AsciiLower(dom.Attr(i, "role"));
  return std::find(kDropRoles.begin(), kDropRoles.end(), role) != kDropRoles.end();
}

struct Shape {
  std::vector<uint32_t> chars;    // visible text bytes of each subtree
  std::vector<uint32_t> content;  // ContentChars
  std::vector<uint32_t> prose;    // bytes of prose segments (IsLongProse) in the subtree
};

// Furniture by class or id (strong words), or boxes by weak words or <aside> whose text
// is mostly not prose. An element holding most of the page's text, or most of whose text
// sits in an element named for content, is never dropped by name.
bool NameDrop(const Dom& dom, size_t i, const Shape& shape) {
  const Node& n = dom.nodes[i];
  if (n.IsText() || n.tag == Tag::kHtml || n.tag == Tag::kBody || n.tag == Tag::kArticle ||
      n.tag == Tag::kMain) {
    return false;
  }
  const bool aside = n.tag == Tag::kAside;
  if (!aside && n.attr_begin == n.attr_end) return false;
  const std::string_view cls = dom.Attr(i, "class"), id = dom.Attr(i, "id");
  if (NamesAny(cls, kContentWords) || NamesAny(id, kContentWords)) return false;
  const bool strong = NamesAny(cls, kStrongWords) || NamesAny(id, kStrongWords);
  const bool weak = aside || NamesAny(cls, kWeakWords) || NamesAny(id, kWeakWords);
  if (!strong && !weak) return false;
  const uint32_t chars = shape.chars[i];
  if (chars * 2 >= shape.chars[0] && shape.content[i] * 2 >= chars) return false;
  if (shape.content[i] * 2 >= chars && chars > 0) return false;
  if (strong) return chars * 2 < shape.chars[0];
  return shape.prose[i] * 2 < chars;
}

// 1 for h1 ... 6 for h6, 7 for a block that is not a heading.
int HeadingRank(const Dom& dom, int32_t owner) {
  for (int32_t p = owner; p >= 0; p = dom.nodes[p].parent) {
    const Tag t = dom.nodes[p].tag;
    if (IsHeading(t)) return 1 + static_cast<int>(t) - static_cast<int>(Tag::kH1);
  }
  return 7;
}

BlockKind KindOf(const Dom& dom, int32_t owner) {
  for (int32_t p = owner; p >= 0; p = dom.nodes[p].parent) {
    const Tag t = dom.nodes[p].tag;
    if (IsHeading(t)) return BlockKind::kHeading;
    if (t == Tag::kLi || t == Tag::kDd || t == Tag::kDt) return BlockKind::kListItem;
    if (t == Tag::kBlockquote) return BlockKind::kQuote;
    if (t == Tag::kTd || t == Tag::kTh) return BlockKind::kTableCell;
    if (t == Tag::kPre) return BlockKind::kPre;
    if (t == Tag::kArticle || t == Tag::kMain || t == Tag::kBody) break;
  }
  return BlockKind::kParagraph;
}

// Appends text node i to `s`, collapsing white space (none in <pre>); NBSP is a space.
void AppendText(const Dom& dom, size_t i, bool in_link, bool keep_space, Segment* s) {
  std::string_view t = dom.Text(i);
  const uint32_t start = static_cast<uint32_t>(s->text.size());
  uint32_t first = UINT32_MAX;
  for (size_t k = 0; k < t.size(); ++k) {
    const char c = t[k];
    const bool nbsp = c == '\xC2' && k + 1 < t.size() && t[k + 1] == '\xA0';
    if ((IsAsciiSpace(c) || nbsp) && !(keep_space && c == '\n')) {
      if (!s->text.empty()) s->pending_space = true;
      k += nbsp;
      continue;
    }
    if (s->pending_space || (keep_space && c == '\n')) {
      s->text.push_back(keep_space && c == '\n' ? '\n' : ' ');
      s->pending_space = false;
      if (c == '\n') continue;
    }
    if (first == UINT32_MAX) first = static_cast<uint32_t>(s->text.size());
    s->text.push_back(c);
    ++s->chars;
    s->link_chars += in_link;
  }
  if (first == UINT32_MAX) return;
  const uint32_t end = static_cast<uint32_t>(s->text.size());
  s->runs.push_back({first, end - first, dom.nodes[i].pos, dom.nodes[i].pos_len});
  (void)start;
}

bool EndsSentence(std::string_view t) {
  while (!t.empty() && (t.back() == '"' || t.back() == ')' || t.back() == '\'')) t.remove_suffix(1);
  if (t.empty()) return false;
  const char c = t.back();
  if (c == '.' || c == '!' || c == '?' || c == ':' || c == ';') return true;
  // Multi-byte sentence ends: 。！？ (CJK), … , » and closing quotes “ ” ‘ ’.
  return t.ends_with("\xE3\x80\x82") || t.ends_with("\xEF\xBC\x81") ||
         t.ends_with("\xEF\xBC\x9F") || t.ends_with("\xE2\x80\xA6") ||
         t.ends_with("\xC2\xBB") || t.ends_with("\xE2\x80\x9D") || t.ends_with("\xE2\x80\x9C");
}

// A paragraph that is certainly prose: long, few links, ends a sentence.
bool IsLongProse(const Segment& s) {
  return s.kind != BlockKind::kHeading && s.chars >= 80 && s.link_chars * 5 < s.chars &&
         EndsSentence(s.text);
}

bool IsProse(const Segment& s, const MainTextOptions& o) {
  return s.kind != BlockKind::kHeading && s.chars >= o.prose_min_chars &&
         s.link_chars <= s.chars * o.max_link_density;
}

double Value(const Segment& s, const MainTextOptions& o) {
  const double chars = s.chars;
  if (s.link_chars > chars * o.max_link_density) return -chars;
  if (s.kind == BlockKind::kHeading) return 0;
  const bool sentence = EndsSentence(s.text);
  // Short cells and list items without links are the article's tables and lists as
  // often as anything else: neutral. Short loose lines are bylines, dates, labels.
  if (chars < o.prose_min_chars && !sentence) {
    return s.kind == BlockKind::kTableCell || s.kind == BlockKind::kListItem ? 0 : -0.3 * chars;
  }
  double v = chars - 1.5 * s.link_chars;
  return sentence ? v * 1.2 : v;
}

std::vector<Segment> Segments(const Dom& dom, const std::vector<uint8_t>& dropped) {
  const size_t n = dom.nodes.size();
  std::vector<int32_t> owner(n, -1);
  std::vector<uint8_t> in_link(n, 0), in_pre(n, 0);
  std::vector<Segment> out;
  for (size_t i = 0; i < n; ++i) {
    if (dropped[i]) continue;
    const Node& node = dom.nodes[i];
    const int32_t p = node.parent;
    owner[i] = IsBlock(node.tag) ? static_cast<int32_t>(i) : (p >= 0 ? owner[p] : 0);
    in_link[i] = node.tag == Tag::kA || (p >= 0 && in_link[p]);
    in_pre[i] = node.tag == Tag::kPre || (p >= 0 && in_pre[p]);
    if (node.tag == Tag::kBr && !out.empty() && out.back().owner == owner[i]) {
      out.back().pending_space = !out.back().text.empty();
    }
    if (!node.IsText()) continue;
    if (out.empty() || out.back().owner != owner[i]) {
      if (!out.empty() && out.back().text.empty()) out.pop_back();
      out.emplace_back();
      out.back().owner = owner[i];
    }
    AppendText(dom, i, in_link[i], in_pre[i], &out.back());
  }
  if (!out.empty() && out.back().text.empty()) out.pop_back();
  return out;
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

// The element whose subtree has the largest total value; the first (outermost) on ties.
// An element named for content (ContentChars) competes with its value raised by
// `named_bonus`, so a marked-up article body beats a wrapper that adds a little more.
int32_t BestContainer(const Dom& dom, const std::vector<double>& score,
                      const std::vector<uint32_t>& chars, const std::vector<uint32_t>& content,
                      const std::vector<uint8_t>& dropped, double named_bonus) {
  int32_t best = 0;
  double best_score = score[0];
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    if (dropped[i] || dom.nodes[i].IsText()) continue;
    const bool named = content[i] == chars[i] && chars[i] > 0 &&
                       (i + 1 >= dom.nodes.size() || content[i] > 0);
    const double s = score[i] > 0 && named ? score[i] * (1 + named_bonus) : score[i];
    if (s > best_score + 1e-9) {
      best = static_cast<int32_t>(i);
      best_score = s;
    }
  }
  return best;
}

}  // namespace

bool BoilerplateName(const Dom& dom, size_t i) {
  const std::string_view cls = dom.Attr(i, "class"), id = dom.Attr(i, "id");
  if (NamesAny(cls, kContentWords) || NamesAny(id, kContentWords)) return false;
  return NamesAny(cls, kStrongWords) || NamesAny(id, kStrongWords) ||
         NamesAny(cls, kWeakWords) || NamesAny(id, kWeakWords);
}

MainText ExtractMainText(const Dom& dom, const MainTextOptions& options) {
  MainText out;
  if (dom.nodes.empty()) return out;
  std::vector<uint8_t> dropped(dom.nodes.size(), 0);
  auto drop_where = [&](auto&& pred) {
    for (size_t i = 0; i < dom.nodes.size();) {
      if (!dropped[i] && pred(i)) {
        std::fill(dropped.begin() + i, dropped.begin() + dom.nodes[i].end, 1);
        i = dom.nodes[i].end;
      } else {
        ++i;
      }
    }
  };
  drop_where([&](size_t i) { return HardDrop(dom, i); });
  std::vector<Segment> segs = Segments(dom, dropped);
  Shape shape;
  shape.chars = SubtreeChars(dom);
  shape.content = ContentChars(dom, shape.chars);
  shape.prose.assign(dom.nodes.size(), 0);
  for (Segment& s : segs) {
    s.kind = KindOf(dom, s.owner);
    if (IsLongProse(s)) shape.prose[s.owner] += s.chars;
  }
  for (size_t i = dom.nodes.size(); i-- > 1;) {
    if (dom.nodes[i].parent >= 0) shape.prose[dom.nodes[i].parent] += shape.prose[i];
  }
  drop_where([&](size_t i) { return NameDrop(dom, i, shape); });
  segs.erase(std::remove_if(segs.begin(), segs.end(),
                            [&](const Segment& s) { return dropped[s.owner] != 0; }),
             segs.end());
  // A linked heading is a teaser's headline (an article's own subheadings are not
  // links); the text after it, up to the next heading, is that teaser's summary.
  // A blog post's own title can be a link too, so only a short run (a summary, not an
  // article) counts as a teaser.
  for (size_t k = 0; k < segs.size(); ++k) {
    const Segment& h = segs[k];
    if (h.kind != BlockKind::kHeading || h.link_chars * 2 <= h.chars) continue;
    size_t end = k + 1;
    uint32_t run = 0;
    while (end < segs.size() && segs[end].kind != BlockKind::kHeading) run += segs[end++].chars;
    if (run > 0 && run < options.teaser_max_chars) {
      for (size_t t = k + 1; t < end; ++t) segs[t].teaser = true;
    }
  }
  for (Segment& s : segs) {
    s.value = s.teaser ? -0.5 * s.chars : Value(s, options);
    out.page_chars += s.chars;
    out.page_link_chars += s.link_chars;
  }
  if (segs.empty()) return out;
  const std::vector<double> score = SubtreeValues(dom, segs);
  out.container = BestContainer(dom, score, shape.chars, shape.content, dropped, options.named_bonus);
  const uint32_t lo = static_cast<uint32_t>(out.container);
  const uint32_t hi = dom.nodes[out.container].end;
  // Inside the container, a subtree that adds more furniture than prose (a box of
  // teaser links, a row of tags) is left out whole.
  for (uint32_t i = lo + 1; i < hi;) {
    if (!dom.nodes[i].IsText() && score[i] < -options.prune_below) {
      std::fill(dropped.begin() + i, dropped.begin() + dom.nodes[i].end, 1);
      i = dom.nodes[i].end;
    } else {
      ++i;
    }
  }
  std::vector<const Segment*> kept;
  for (const Segment& s : segs) {
    if (static_cast<uint32_t>(s.owner) < lo || static_cast<uint32_t>(s.owner) >= hi) continue;
    if (dropped[s.owner] || s.teaser) continue;
    if (s.link_chars > s.chars * options.max_link_density && s.chars < 300) continue;
    if (!options.title.empty() && s.kind == BlockKind::kHeading && s.text == options.title) continue;
    kept.push_back(&s);
  }
  auto fragment = [&](const Segment* s) {
    return (s->kind == BlockKind::kParagraph || s->kind == BlockKind::kHeading) &&
           !IsProse(*s, options) && !EndsSentence(s->text);
  };
  size_t first = 0, last = kept.size();
  while (first < last && kept[first]->kind != BlockKind::kHeading && fragment(kept[first])) ++first;
  while (last > first && fragment(kept[last - 1])) --last;
  for (size_t k = first; k < last; ++k) {
    const Segment& s = *kept[k];
    // A heading with nothing of its own before the next heading of the same or a higher
    // rank introduced a box that was dropped ("Related", "More on this").
    if (s.kind == BlockKind::kHeading &&
        (k + 1 == last || (kept[k + 1]->kind == BlockKind::kHeading &&
                           HeadingRank(dom, kept[k + 1]->owner) <= HeadingRank(dom, s.owner)))) {
      continue;
    }
    if (!out.text.empty()) out.text += "\n\n";
    const uint32_t at = static_cast<uint32_t>(out.text.size());
    out.text += s.text;
    out.blocks.push_back({at, static_cast<uint32_t>(s.text.size()), s.kind});
    for (SourceRun r : s.runs) {
      r.begin += at;
      out.runs.push_back(r);
    }
    if (IsProse(s, options)) out.prose_chars += s.chars;
  }
  return out;
}

}  // namespace dossier::html
