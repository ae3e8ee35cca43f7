// dom.h: an HTML5 parse (gumbo) flattened into a pre-order array of nodes.
//
//   html::Dom dom = html::ParseDom(decoded.text);
//   for (size_t i = 0; i < dom.nodes.size(); ++i)  // document order
//     if (dom.nodes[i].IsText()) std::cout << dom.Text(i);
//
// Node i's subtree is [i, nodes[i].end); parents come before children, so bottom-up sums
// are one reverse loop and no pass needs recursion (pages nest 10^5 deep). Gumbo is the
// only code that knows the parser; its tree is freed before ParseDom returns.
#ifndef DOSSIER_SRC_HTML_DOM_H_
#define DOSSIER_SRC_HTML_DOM_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace dossier::html {

// The tags the extractor tells apart; everything else is kOther (inline) or kOtherBlock.
enum class Tag : uint8_t {
  kText, kOther, kOtherBlock, kHtml, kHead, kTitle, kMeta, kLink, kBody, kScript, kStyle,
  kDrop,  // never text: template, ruby readings (rt, rp), svg, iframe, button, select, textarea, ...
  kA, kBr, kP, kDiv, kSection, kArticle, kMain, kHeader, kFooter, kNav, kAside, kForm,
  kH1, kH2, kH3, kH4, kH5, kH6, kUl, kOl, kLi, kDl, kDt, kDd, kBlockquote, kPre,
  kTable, kTr, kTd, kTh, kFigure, kFigcaption, kTime, kImg,
  kEm,  // inline emphasis: em, i, strong, b
  kNoscript,  // dropped unless it holds most of the page (the page's script-less fallback)
};

struct Node {
  Tag tag = Tag::kOther;
  int32_t parent = -1;
  uint32_t end = 0;        // one past the last node of the subtree
  uint32_t depth = 0;
  uint32_t text_off = 0, text_len = 0;  // kText: decoded text in Dom::text_store
  uint32_t pos = 0;        // byte offset in the parsed input (start tag or text)
  uint32_t pos_len = 0;    // kText: bytes of its source (entities unresolved)
  uint32_t attr_begin = 0, attr_end = 0;  // into Dom::attrs
  bool IsText() const { return tag == Tag::kText; }
};

struct Dom {
  std::vector<Node> nodes;
  std::vector<std::pair<std::string, std::string>> attrs;  // name lower-cased
  std::string text_store;                                  // every text node's text
  bool truncated_depth = false;  // nesting beyond kMaxDepth was flattened

  std::string_view Text(size_t i) const {
    return std::string_view(text_store).substr(nodes[i].text_off, nodes[i].text_len);
  }
  // The value of attribute `name` of node i; "" when absent.
  std::string_view Attr(size_t i, std::string_view name) const;
  bool HasAttr(size_t i, std::string_view name) const;
};

// Deeper elements are attached to their kMaxDepth ancestor (text is kept; structure
// below is lost): bounded work per node whatever the nesting. The tags beyond it are
// blanked in the input before parsing, because gumbo's scope checks are linear in the
// depth (10^5 nested <div> took 4 minutes; now milliseconds).
inline constexpr uint32_t kMaxDepth = 512;

bool IsHeading(Tag t);
// Elements that start a new text block (a paragraph break before and after).
bool IsBlock(Tag t);

// Parses UTF-8 `text` (HTML5 tree construction, never fails: broken markup is repaired
// as a browser would).
Dom ParseDom(std::string_view text);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_DOM_H_
