// page.h: one web page's bytes -> its main text, metadata and provenance. Start here.
//
//   DOSSIER_ASSIGN_OR_RETURN(html::Page page, html::ReadPage("saved/a.html", bytes, {}));
//   std::cout << page.meta.title << "\n" << page.text;
//   // page.raw_map: text byte -> byte of the (gunzipped) input, for provenance.
//
// The page may be gzipped and in any encoding (load.h); it is parsed as HTML5 by gumbo
// (dom.h), its main text found by structure (main_text.h) and its metadata read
// (metadata.h). Errors name `origin`. Deterministic and thread-compatible: no globals.
#ifndef DOSSIER_SRC_HTML_PAGE_H_
#define DOSSIER_SRC_HTML_PAGE_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/status.h"
#include "src/html/main_text.h"
#include "src/html/metadata.h"

namespace dossier::html {

struct PageOptions {
  // Largest page parsed, after gunzip (ReadOptions::max_page_bytes).
  size_t max_page_bytes = size_t{64} << 20;
  // The page's address when the container knows it (WARC, JSONL); metadata may override
  // it with the page's canonical URL.
  std::string url;
  MainTextOptions main_text;
};

struct Page {
  std::string text;  // the main text: blocks separated by "\n\n"
  std::vector<TextBlock> blocks;
  std::vector<RawRun> raw_map;  // text -> input bytes (after gunzip)
  PageMetadata meta;
  std::string encoding;
  uint32_t replaced_bytes = 0;
  // "article", or why not: "short" (under ~200 characters of prose), "index" (mostly
  // links around little prose: a home page or archive).
  std::string kind;
  std::vector<std::string> warnings;  // "nesting deeper than 512 flattened", ...
};

// True when `bytes` (gunzipped) start, after white space, a BOM and comments, with a
// doctype or an <html>/<head>/<body>/<meta>/<title> tag, or hold <html / <body early on.
bool LooksLikeHtml(std::string_view bytes);

// InvalidArgument for an empty, binary or corrupt-gzip input, OutOfRange for one above
// max_page_bytes; the message names `origin`. Anything else gives a Page (possibly
// with empty text and kind "short"): HTML has no syntax errors to fail on.
StatusOr<Page> ReadPage(std::string_view origin, std::string_view bytes, const PageOptions& options);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_PAGE_H_
