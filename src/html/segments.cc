// segments.cc: cutting the Dom's text into blocks, and the shape tests on a block.
#include "src/html/segments.h"

#include <cctype>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

// The kind a block gets from its nearest ancestor (itself included) that says one;
// <article>, <main> and <body> start over (a list around the whole page says nothing).
BlockKind OwnKind(Tag t, BlockKind inherited) {
  if (IsHeading(t)) return BlockKind::kHeading;
  switch (t) {
    case Tag::kLi: case Tag::kDd: case Tag::kDt: return BlockKind::kListItem;
    case Tag::kBlockquote: return BlockKind::kQuote;
    case Tag::kTd: case Tag::kTh: return BlockKind::kTableCell;
    case Tag::kPre: return BlockKind::kPre;
    case Tag::kArticle: case Tag::kMain: case Tag::kBody: return BlockKind::kParagraph;
    default: return inherited;
  }
}

// Bytes of an invisible format character at t[k] (0 if none): the soft hyphen U+00AD,
// which sites put inside words for line breaking ("Mit\u00ADtel\u00ADal\u00ADter"), and
// the zero-width space U+200B, word joiner U+2060 and BOM U+FEFF. They are not text.
size_t InvisibleAt(std::string_view t, size_t k) {
  const auto at = [&](size_t j) { return static_cast<unsigned char>(t[j]); };
  if (at(k) == 0xC2 && k + 1 < t.size() && at(k + 1) == 0xAD) return 2;
  if (k + 2 >= t.size()) return 0;
  if (at(k) == 0xE2 && at(k + 1) == 0x80 && at(k + 2) == 0x8B) return 3;
  if (at(k) == 0xE2 && at(k + 1) == 0x81 && at(k + 2) == 0xA0) return 3;
  if (at(k) == 0xEF && at(k + 1) == 0xBB && at(k + 2) == 0xBF) return 3;
  return 0;
}

// Appends text node i to `s`, collapsing white space (none in <pre>); NBSP is a space;
// invisible format characters (InvisibleAt) are left out.
void AppendText(const Dom& dom, size_t i, bool in_link, bool in_emph, bool keep_space, Segment* s) {
  std::string_view t = dom.Text(i);
  uint32_t first = UINT32_MAX;
  for (size_t k = 0; k < t.size(); ++k) {
    const char c = t[k];
    if (static_cast<unsigned char>(c) >= 0xC2) {
      if (const size_t skip = InvisibleAt(t, k); skip > 0) {
        k += skip - 1;
        continue;
      }
    }
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
    s->emph_chars += in_emph;
  }
  if (first == UINT32_MAX) return;
  const uint32_t end = static_cast<uint32_t>(s->text.size());
  s->runs.push_back({first, end - first, dom.nodes[i].pos, dom.nodes[i].pos_len});
}

std::string NormalizedTitle(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (IsAsciiSpace(c)) {
      if (!out.empty() && out.back() != ' ') out.push_back(' ');
    } else {
      out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

}  // namespace

std::vector<Segment> Segments(const Dom& dom, const std::vector<uint8_t>& dropped) {
  const size_t n = dom.nodes.size();
  std::vector<int32_t> owner(n, -1);
  std::vector<uint8_t> in_link(n, 0), in_pre(n, 0), in_emph(n, 0);
  std::vector<BlockKind> kind(n, BlockKind::kParagraph);
  std::vector<Segment> out;
  for (size_t i = 0; i < n; ++i) {
    if (dropped[i]) continue;
    const Node& node = dom.nodes[i];
    const int32_t p = node.parent;
    owner[i] = IsBlock(node.tag) ? static_cast<int32_t>(i) : (p >= 0 ? owner[p] : 0);
    in_link[i] = node.tag == Tag::kA || (p >= 0 && in_link[p]);
    in_pre[i] = node.tag == Tag::kPre || (p >= 0 && in_pre[p]);
    in_emph[i] = node.tag == Tag::kEm || (p >= 0 && in_emph[p] && !IsBlock(node.tag));
    kind[i] = OwnKind(node.tag, p >= 0 ? kind[p] : BlockKind::kParagraph);
    if (node.tag == Tag::kBr && !out.empty() && out.back().owner == owner[i]) {
      out.back().pending_space = !out.back().text.empty();
    }
    if (!node.IsText()) continue;
    if (out.empty() || out.back().owner != owner[i]) {
      if (!out.empty() && out.back().text.empty()) out.pop_back();
      out.emplace_back();
      out.back().owner = owner[i];
      out.back().kind = kind[owner[i]];
    }
    AppendText(dom, i, in_link[i], in_emph[i], in_pre[i], &out.back());
  }
  if (!out.empty() && out.back().text.empty()) out.pop_back();
  return out;
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

bool IsLongProse(const Segment& s) {
  return s.kind != BlockKind::kHeading && s.chars >= 80 && s.link_chars * 5 < s.chars &&
         EndsSentence(s.text);
}

bool IsProse(const Segment& s, const MainTextOptions& o) {
  return s.kind != BlockKind::kHeading && s.chars >= o.prose_min_chars &&
         s.link_chars <= s.chars * o.max_link_density;
}

bool IsSubstantial(const Segment& s) {
  return IsLongProse(s) ||
         (s.kind != BlockKind::kHeading && s.chars >= 150 && s.link_chars * 5 < s.chars);
}

// Link-dense text counts against (minus its length), short text without a sentence end
// a little against, prose for (its length less its links, a fifth more when it ends a
// sentence); headings are neutral.
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

int HeadingRank(const Dom& dom, int32_t owner) {
  for (int32_t p = owner; p >= 0; p = dom.nodes[p].parent) {
    const Tag t = dom.nodes[p].tag;
    if (IsHeading(t)) return 1 + static_cast<int>(t) - static_cast<int>(Tag::kH1);
  }
  return 7;
}

bool SameTitle(std::string_view h, std::string_view t) {
  if (h.empty() || t.empty()) return false;
  if (h == t) return true;
  const std::string a = NormalizedTitle(h), b = NormalizedTitle(t);
  const std::string& shorter = a.size() < b.size() ? a : b;
  const std::string& longer = a.size() < b.size() ? b : a;
  return !shorter.empty() && shorter.size() * 10 >= longer.size() * 6 &&
         longer.find(shorter) != std::string::npos;
}

}  // namespace dossier::html
