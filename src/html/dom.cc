// dom.cc: gumbo's tree -> Dom, iteratively (an explicit stack, never recursion).
#include "src/html/dom.h"

#include <gumbo.h>

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <iterator>
#include <memory>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

Tag MapTag(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_HTML: return Tag::kHtml;
    case GUMBO_TAG_HEAD: return Tag::kHead;
    case GUMBO_TAG_TITLE: return Tag::kTitle;
    case GUMBO_TAG_META: return Tag::kMeta;
    case GUMBO_TAG_LINK: return Tag::kLink;
    case GUMBO_TAG_BODY: return Tag::kBody;
    case GUMBO_TAG_SCRIPT: return Tag::kScript;
    case GUMBO_TAG_STYLE: return Tag::kStyle;
    case GUMBO_TAG_NOSCRIPT: return Tag::kNoscript;
    case GUMBO_TAG_TEMPLATE: case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH: case GUMBO_TAG_IFRAME: case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION: case GUMBO_TAG_TEXTAREA: case GUMBO_TAG_INPUT:
    case GUMBO_TAG_AUDIO: case GUMBO_TAG_VIDEO: case GUMBO_TAG_MENU:
    case GUMBO_TAG_RT: case GUMBO_TAG_RP:  // ruby readings, not the text itself
      return Tag::kDrop;
    case GUMBO_TAG_A: return Tag::kA;
    case GUMBO_TAG_BR: return Tag::kBr;
    case GUMBO_TAG_P: return Tag::kP;
    case GUMBO_TAG_DIV: return Tag::kDiv;
    case GUMBO_TAG_SECTION: return Tag::kSection;
    case GUMBO_TAG_ARTICLE: return Tag::kArticle;
    case GUMBO_TAG_MAIN: return Tag::kMain;
    case GUMBO_TAG_HEADER: return Tag::kHeader;
    case GUMBO_TAG_FOOTER: return Tag::kFooter;
    case GUMBO_TAG_NAV: return Tag::kNav;
    case GUMBO_TAG_ASIDE: return Tag::kAside;
    case GUMBO_TAG_FORM: return Tag::kForm;
    case GUMBO_TAG_H1: return Tag::kH1;
    case GUMBO_TAG_H2: return Tag::kH2;
    case GUMBO_TAG_H3: return Tag::kH3;
    case GUMBO_TAG_H4: return Tag::kH4;
    case GUMBO_TAG_H5: return Tag::kH5;
    case GUMBO_TAG_H6: return Tag::kH6;
    case GUMBO_TAG_UL: return Tag::kUl;
    case GUMBO_TAG_OL: return Tag::kOl;
    case GUMBO_TAG_LI: return Tag::kLi;
    case GUMBO_TAG_DL: return Tag::kDl;
    case GUMBO_TAG_DT: return Tag::kDt;
    case GUMBO_TAG_DD: return Tag::kDd;
    case GUMBO_TAG_BLOCKQUOTE: return Tag::kBlockquote;
    case GUMBO_TAG_PRE: return Tag::kPre;
    case GUMBO_TAG_TABLE: return Tag::kTable;
    case GUMBO_TAG_TR: return Tag::kTr;
    case GUMBO_TAG_TD: return Tag::kTd;
    case GUMBO_TAG_TH: return Tag::kTh;
    case GUMBO_TAG_FIGURE: return Tag::kFigure;
    case GUMBO_TAG_FIGCAPTION: return Tag::kFigcaption;
    case GUMBO_TAG_TIME: return Tag::kTime;
    case GUMBO_TAG_IMG: return Tag::kImg;
    case GUMBO_TAG_EM: case GUMBO_TAG_I: case GUMBO_TAG_STRONG: case GUMBO_TAG_B: return Tag::kEm;
    case GUMBO_TAG_ADDRESS: case GUMBO_TAG_CENTER: case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_HR: case GUMBO_TAG_CAPTION: case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_SUMMARY: case GUMBO_TAG_TBODY: case GUMBO_TAG_THEAD: case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_HGROUP: case GUMBO_TAG_LEGEND:
      return Tag::kOtherBlock;
    // An <object>'s children are its fallback content, which is what browsers show now
    // that plugins are gone: the caption of an embedded video player (<param> holds no
    // text). <video> and <audio> stay dropped: their fallback is "your browser does not
    // support ...".
    case GUMBO_TAG_OBJECT:
      return Tag::kOtherBlock;
    default: return Tag::kOther;
  }
}

bool IsVoid(std::string_view name) {
  static constexpr std::string_view kVoid[] = {"area", "base", "br", "col", "embed", "hr",
                                               "img", "input", "link", "meta", "param",
                                               "source", "track", "wbr", "!doctype"};
  for (std::string_view v : kVoid) {
    if (name == v) return true;
  }
  return false;
}

// Offset of the "</name" (any case) at or after `from`; npos when none.
size_t FindEndTag(std::string_view text, size_t from, std::string_view name) {
  for (size_t at = text.find("</", from); at != std::string_view::npos; at = text.find("</", at + 2)) {
    if (StartsWithIgnoreCase(text.substr(at + 2), name)) return at;
  }
  return std::string_view::npos;
}

// Tag-level scan of the input tracking open elements roughly (void elements, comments and
// script/style contents are skipped). When `blank` is set, start tags beyond `max_depth`
// and their end tags are overwritten with spaces (offsets are unchanged), so gumbo, whose
// scope checks walk the stack of open elements, stays linear. Returns the deepest
// nesting seen (capped at max_depth + 1).
uint32_t ScanNesting(std::string* text_or_null, std::string_view text, uint32_t max_depth) {
  uint32_t depth = 0, deepest = 0, blanked = 0;
  size_t i = 0;
  while ((i = text.find('<', i)) != std::string_view::npos) {
    if (text.substr(i, 4) == "<!--") {
      const size_t e = text.find("-->", i + 4);
      if (e == std::string_view::npos) break;
      i = e + 3;
      continue;
    }
    const bool close = i + 1 < text.size() && text[i + 1] == '/';
    size_t j = i + 1 + close;
    while (j < text.size() && (std::isalnum(static_cast<unsigned char>(text[j])) || text[j] == '!' || text[j] == '-')) ++j;
    if (j == i + 1 + close) {
      ++i;
      continue;
    }
    const std::string name = AsciiLower(text.substr(i + 1 + close, j - i - 1 - close));
    const size_t gt = text.find('>', j);
    if (gt == std::string_view::npos) break;
    const bool self_closing = text[gt - 1] == '/';
    bool blank = false;
    if (close) {
      if (blanked > 0) {
        --blanked;
        blank = true;
      } else if (depth > 0) {
        --depth;
      }
    } else if (!IsVoid(name) && !self_closing) {
      if (depth >= max_depth) {
        ++blanked;
        blank = true;
      } else {
        deepest = std::max(deepest, ++depth);
      }
      if (name == "script" || name == "style" || name == "textarea" || name == "title") {
        const size_t e = FindEndTag(text, gt, name);
        if (e != std::string_view::npos) {
          if (text_or_null && blank) {
            std::fill(text_or_null->begin() + i, text_or_null->begin() + gt + 1, ' ');
          }
          i = e;
          continue;
        }
      }
    }
    if (blank) {
      if (!text_or_null) return max_depth + 1;
      std::fill(text_or_null->begin() + i, text_or_null->begin() + gt + 1, ' ');
    }
    i = gt + 1;
  }
  return blanked > 0 ? max_depth + 1 : deepest;
}

bool NameEndsAt(std::string_view text, size_t at) {
  return at >= text.size() || text[at] == '>' || text[at] == '/' || IsAsciiSpace(text[at]);
}

// The text with comments and the elements that never hold visible text (script but
// JSON-LD, style, svg) cut out, and the breaks to map offsets back. Half the bytes of
// a typical page are such; gumbo tokenizes every one of them a character at a time.
struct Compacted {
  std::string text;
  std::vector<std::pair<uint32_t, uint32_t>> breaks;  // (offset in text, bytes cut before)

  uint32_t Original(uint32_t at) const {
    auto it = std::upper_bound(breaks.begin(), breaks.end(), std::make_pair(at, UINT32_MAX));
    return it == breaks.begin() ? at : at + std::prev(it)->second;
  }
};

// End (one past '>') of the element starting at `at` whose raw text runs to "</name",
// or npos when it should be kept (JSON-LD) or is unterminated.
size_t RawElementEnd(std::string_view text, size_t at, std::string_view name) {
  const size_t gt = text.find('>', at);
  if (gt == std::string_view::npos) return gt;
  if (name == "script" && AsciiLower(text.substr(at, gt - at)).find("ld+json") != std::string::npos) {
    return std::string_view::npos;
  }
  const size_t close = FindEndTag(text, gt, name);
  if (close == std::string_view::npos) return close;
  const size_t end = text.find('>', close);
  return end == std::string_view::npos ? end : end + 1;
}

Compacted Compact(std::string_view text) {
  Compacted c;
  c.text.reserve(text.size());
  size_t copied = 0;
  auto cut = [&](size_t from, size_t to) {
    c.text.append(text.substr(copied, from - copied));
    copied = to;
    c.breaks.emplace_back(static_cast<uint32_t>(c.text.size()), static_cast<uint32_t>(to - c.text.size()));
  };
  for (size_t i = text.find('<'); i != std::string_view::npos; i = text.find('<', i + 1)) {
    std::string_view at = text.substr(i);
    size_t end = std::string_view::npos;
    if (at.starts_with("<!--")) {
      end = text.find("-->", i + 4);
      if (end != std::string_view::npos) end += 3;
    } else {
      for (std::string_view name : {"script", "style", "svg"}) {
        if (StartsWithIgnoreCase(at.substr(1), name) && NameEndsAt(at, 1 + name.size())) {
          end = RawElementEnd(text, i, name);
          break;
        }
      }
    }
    if (end == std::string_view::npos) continue;
    cut(i, end);
    i = end - 1;
  }
  c.text.append(text.substr(copied));
  return c;
}

// Gumbo's allocations come from large blocks freed all at once: parsing makes millions
// of small allocations (a node, a vector, a string buffer each) that malloc and free
// one by one, and the tree is thrown away as soon as it is flattened. A block holds
// 1 MiB (or one larger allocation); memory abandoned when gumbo grows a buffer is freed
// with the rest, so the arena holds at most a few times gumbo's own peak.
class Arena {
 public:
  static void* Allocate(void* self, size_t size) { return static_cast<Arena*>(self)->Get(size); }
  static void Free(void*, void*) {}

 private:
  void* Get(size_t size) {
    size = (size + 15) & ~size_t{15};
    if (size > left_) {
      const size_t block = std::max(size, kBlock);
      blocks_.push_back(std::make_unique<char[]>(block));
      next_ = blocks_.back().get();
      left_ = block;
    }
    void* p = next_;
    next_ += size;
    left_ -= size;
    return p;
  }

  static constexpr size_t kBlock = size_t{1} << 20;
  std::vector<std::unique_ptr<char[]>> blocks_;
  char* next_ = nullptr;
  size_t left_ = 0;
};

struct Frame {
  const GumboNode* node;
  int32_t parent;
  uint32_t depth;
};

void AddElement(const GumboNode* g, int32_t parent, uint32_t depth, const Compacted& c, Dom* dom) {
  const GumboElement& e = g->v.element;
  Node n;
  n.tag = MapTag(e.tag);
  if (e.tag == GUMBO_TAG_UNKNOWN) {
    GumboStringPiece name = e.original_tag;
    gumbo_tag_from_original_text(&name);
    const std::string lower = AsciiLower(std::string_view(name.data, name.length));
    // Newer HTML than gumbo 0.10.1 knows, and custom elements that are widgets.
    if (lower == "dialog" || lower == "amp-ad" || lower == "amp-iframe") n.tag = Tag::kDrop;
  }
  n.parent = parent;
  n.depth = depth;
  n.pos = c.Original(static_cast<uint32_t>(e.start_pos.offset));
  n.attr_begin = static_cast<uint32_t>(dom->attrs.size());
  for (unsigned i = 0; i < e.attributes.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(e.attributes.data[i]);
    dom->attrs.emplace_back(AsciiLower(a->name), a->value);
  }
  n.attr_end = static_cast<uint32_t>(dom->attrs.size());
  dom->nodes.push_back(n);
}

void AddText(const GumboNode* g, int32_t parent, uint32_t depth, const Compacted& c, Dom* dom) {
  const GumboText& t = g->v.text;
  Node n;
  n.tag = Tag::kText;
  n.parent = parent;
  n.depth = depth;
  const auto begin = static_cast<uint32_t>(t.start_pos.offset);
  n.pos = c.Original(begin);
  n.pos_len = c.Original(begin + static_cast<uint32_t>(t.original_text.length)) - n.pos;
  n.text_off = static_cast<uint32_t>(dom->text_store.size());
  dom->text_store.append(t.text);
  n.text_len = static_cast<uint32_t>(dom->text_store.size()) - n.text_off;
  dom->nodes.push_back(n);
}

}  // namespace

std::string_view Dom::Attr(size_t i, std::string_view name) const {
  for (uint32_t a = nodes[i].attr_begin; a < nodes[i].attr_end; ++a) {
    if (attrs[a].first == name) return attrs[a].second;
  }
  return "";
}

bool Dom::HasAttr(size_t i, std::string_view name) const {
  for (uint32_t a = nodes[i].attr_begin; a < nodes[i].attr_end; ++a) {
    if (attrs[a].first == name) return true;
  }
  return false;
}

bool IsHeading(Tag t) { return t >= Tag::kH1 && t <= Tag::kH6; }

bool IsBlock(Tag t) {
  switch (t) {
    case Tag::kOther: case Tag::kText: case Tag::kA: case Tag::kBr: case Tag::kTime:
    case Tag::kImg: case Tag::kEm:
      return false;
    default:
      return true;
  }
}

Dom ParseDom(std::string_view text) {
  Dom dom;
  Compacted compact = Compact(text);
  text = compact.text;
  std::string limited;
  if (ScanNesting(nullptr, text, kMaxDepth) > kMaxDepth) {
    limited.assign(text);
    ScanNesting(&limited, text, kMaxDepth);
    text = limited;
    dom.truncated_depth = true;
  }
  Arena arena;
  GumboOptions options = kGumboDefaultOptions;
  options.allocator = &Arena::Allocate;
  options.deallocator = &Arena::Free;
  options.userdata = &arena;
  options.max_errors = 0;  // errors are not reported; recording them costs memory
  GumboOutput* out = gumbo_parse_with_options(&options, text.data(), text.size());
  dom.nodes.reserve(text.size() / 40 + 16);
  std::vector<Frame> stack = {{out->root, -1, 0}};
  std::vector<uint32_t> open;  // indexes of elements whose `end` is still to be set
  while (!stack.empty()) {
    Frame f = stack.back();
    stack.pop_back();
    // Close the elements this node is not inside: their subtrees ended here.
    while (!open.empty() && static_cast<int32_t>(open.back()) != f.parent &&
           dom.nodes[open.back()].depth >= f.depth) {
      dom.nodes[open.back()].end = static_cast<uint32_t>(dom.nodes.size());
      open.pop_back();
    }
    const GumboNode* g = f.node;
    if (g->type == GUMBO_NODE_TEXT || g->type == GUMBO_NODE_WHITESPACE ||
        g->type == GUMBO_NODE_CDATA) {
      AddText(g, f.parent, f.depth, compact, &dom);
      dom.nodes.back().end = static_cast<uint32_t>(dom.nodes.size());
      continue;
    }
    if (g->type != GUMBO_NODE_ELEMENT && g->type != GUMBO_NODE_TEMPLATE) continue;
    int32_t self = f.parent;
    uint32_t child_depth = f.depth;
    if (f.depth < kMaxDepth) {
      AddElement(g, f.parent, f.depth, compact, &dom);
      self = static_cast<int32_t>(dom.nodes.size() - 1);
      open.push_back(static_cast<uint32_t>(self));
      child_depth = f.depth + 1;
    } else {
      dom.truncated_depth = true;
    }
    const GumboVector& kids = g->v.element.children;
    for (unsigned i = kids.length; i-- > 0;) {
      stack.push_back({static_cast<const GumboNode*>(kids.data[i]), self, child_depth});
    }
  }
  for (uint32_t i : open) dom.nodes[i].end = static_cast<uint32_t>(dom.nodes.size());
  // The tree is freed with the arena (gumbo_destroy_output would only walk it).
  return dom;
}

}  // namespace dossier::html
