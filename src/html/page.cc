// page.cc: ReadPage wires load -> dom -> metadata -> main text, and classifies the page.
#include "src/html/page.h"

#include "src/base/strings.h"
#include "src/html/dom.h"
#include "src/html/load.h"

namespace dossier::html {
namespace {

// Binary data: more than 1% NUL bytes or 10% other control bytes in the first 64 KiB
// (UTF-16 has a BOM and is converted before this check). A few stray NULs, which real
// pages carry, are not enough: gumbo reads them as U+FFFD.
bool Binary(std::string_view s) {
  s = s.substr(0, 64 * 1024);
  size_t control = 0, nul = 0;
  for (char c : s) {
    const auto u = static_cast<unsigned char>(c);
    nul += u == 0;
    control += u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f';
  }
  return nul * 100 > s.size() || control * 10 > s.size();
}

std::string Kind(const MainText& m) {
  if (m.prose_chars < 200) return "short";
  if (m.page_link_chars * 2 > m.page_chars && m.prose_chars < 1500) return "index";
  return "article";
}

}  // namespace

bool LooksLikeHtml(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 2048));
  std::string_view h = head;
  if (h.starts_with("\xEF\xBB\xBF")) h.remove_prefix(3);
  h = StripAscii(h);
  while (h.starts_with("<!--")) {
    const size_t end = h.find("-->");
    if (end == std::string_view::npos) return false;
    h = StripAscii(h.substr(end + 3));
  }
  for (std::string_view start : {"<!doctype html", "<html", "<head", "<body", "<meta", "<title", "<?xml version"}) {
    if (h.starts_with(start)) return start != "<?xml version" || head.find("<html") != std::string::npos;
  }
  return head.find("<html") != std::string::npos || head.find("<body") != std::string::npos;
}

StatusOr<Page> ReadPage(std::string_view origin, std::string_view bytes, const PageOptions& options) {
  std::string inflated;
  if (IsGzip(bytes)) {
    DOSSIER_ASSIGN_OR_RETURN(inflated, Gunzip(origin, bytes, options.max_page_bytes));
    bytes = inflated;
  }
  if (StripAscii(bytes).empty()) return Status::InvalidArgument(StrCat(origin, ": empty page"));
  if (bytes.size() > options.max_page_bytes) {
    return Status::OutOfRange(StrCat(origin, ": page of ", bytes.size(), " bytes exceeds the limit of ",
                                     options.max_page_bytes, " (ReadOptions::max_page_bytes)"));
  }
  const bool utf16 = bytes.starts_with("\xFF\xFE") || bytes.starts_with("\xFE\xFF");
  if (!utf16 && Binary(bytes)) {
    return Status::InvalidArgument(StrCat(origin, ": binary data (NUL or control bytes), not HTML"));
  }
  DecodedPage decoded = DecodePage(bytes);
  Dom dom = ParseDom(decoded.text);
  Page page;
  page.encoding = decoded.encoding;
  page.replaced_bytes = decoded.replaced_bytes;
  if (dom.truncated_depth) {
    page.warnings.push_back(StrCat(origin, ": elements nested deeper than ", kMaxDepth,
                                   " were flattened into their ancestor"));
  }
  page.meta = ReadMetadata(dom, options.url);
  MainTextOptions mt = options.main_text;
  if (mt.title.empty()) mt.title = page.meta.title;
  MainText main = ExtractMainText(dom, mt);
  page.text = std::move(main.text);
  page.blocks = std::move(main.blocks);
  page.raw_map.reserve(main.runs.size());
  for (const SourceRun& r : main.runs) {
    const uint32_t raw = decoded.RawOffset(r.src);
    page.raw_map.push_back({r.begin, r.size, raw, decoded.RawOffset(r.src + r.src_size) - raw});
  }
  page.kind = Kind(main);
  return page;
}

}  // namespace dossier::html
