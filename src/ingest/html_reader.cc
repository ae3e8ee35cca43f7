// html_reader.cc: web pages (and HTML held in JSON Lines) -> Articles through src/html.
//
// The page's main text becomes Article::text, its blocks Article::body, and
// Article::raw_map leads from the text back to the page's bytes (after gunzip; for HTML
// from JSON, to the bytes of the decoded JSON string). Metadata the container states
// (JSON fields) wins over what the page says about itself.
#include "src/base/strings.h"
#include "src/html/feed.h"
#include "src/html/page.h"
#include "src/ingest/date.h"
#include "src/ingest/readers.h"

namespace dossier::ingest {

Status ArticleFromPage(const std::string& origin, std::string_view bytes, const std::string& url,
                       const IngestOptions& options, Article* a, IngestReport* report) {
  html::PageOptions po;
  po.max_page_bytes = options.max_page_bytes;
  po.url = url;
  DOSSIER_ASSIGN_OR_RETURN(html::Page page, html::ReadPage(origin, bytes, po));
  if (page.text.size() > options.max_document_bytes) {
    return Status::OutOfRange(StrCat(origin, ": main text of ", page.text.size(),
                                     " bytes exceeds ReadOptions::max_document_bytes"));
  }
  for (std::string& w : page.warnings) report->warnings.push_back({origin, Status::InvalidArgument(w)});
  a->origin = origin;
  a->text = std::move(page.text);
  a->title = std::move(page.meta.title);
  a->url = std::move(page.meta.url);
  a->source = page.meta.site.empty() ? HostOfUrl(a->url) : page.meta.site;
  a->byline = std::move(page.meta.author);
  a->language = std::move(page.meta.language);
  a->raw_map = std::move(page.raw_map);
  a->page_kind = std::move(page.kind);
  a->encoding = std::move(page.encoding);
  a->replaced_bytes = page.replaced_bytes;
  for (const html::TextBlock& b : page.blocks) a->body.push_back({b.begin, b.begin + b.size});
  // A date element's text ("6. August 2009") when no tag states the date.
  for (const std::string& text : page.meta.date_texts) {
    if (!page.meta.date.empty()) break;
    if (ParseDate(text).kind == ParsedDate::Kind::kValid) page.meta.date = text;
  }
  if (!page.meta.date.empty()) {
    ParsedDate d = ParseDate(page.meta.date);
    if (d.kind != ParsedDate::Kind::kValid) d = ParseDate(page.meta.date.substr(0, 10));
    if (d.kind == ParsedDate::Kind::kValid) {
      a->date = d.iso;
    } else {
      report->warnings.push_back(
          {origin, Status::InvalidArgument(StrCat(origin, ": unrecognized page date \"",
                                                  page.meta.date.substr(0, 80), "\" left empty"))});
    }
  }
  return Status::Ok();
}

void ReadHtml(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report) {
  Article a;
  a.id = FileStem(origin);
  for (std::string_view ext : {".html", ".htm"}) {
    if (a.id.size() > ext.size() && a.id.ends_with(ext)) a.id.resize(a.id.size() - ext.size());
  }
  Status s = ArticleFromPage(origin, data, "", options, &a, report);
  if (!s.ok()) {
    report->rejected.push_back({origin, std::move(s)});
    return;
  }
  out->push_back(std::move(a));
  ++report->accepted;
}

void ReadFeed(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report) {
  StatusOr<std::vector<html::FeedItem>> items = html::ParseFeed(origin, data);
  if (!items.ok()) {
    report->rejected.push_back({origin, items.status()});
    return;
  }
  if (items->empty()) {
    report->rejected.push_back(
        {origin, Status::InvalidArgument(StrCat(origin, ": feed without items (broken or empty)"))});
    return;
  }
  size_t n = 0;
  for (html::FeedItem& item : *items) {
    const std::string where = StrCat(origin, "#", ++n);
    Article a;
    a.id = item.link.empty() ? where : item.link;
    // The item's HTML is a fragment; an item with no content is read as its title.
    const std::string& body = item.html.empty() ? item.title : item.html;
    Status s = body.empty() ? Status::InvalidArgument(StrCat(where, ": feed item without title or content"))
                            : ArticleFromPage(where, body, item.link, options, &a, report);
    if (!s.ok()) {
      report->rejected.push_back({where, std::move(s)});
      continue;
    }
    if (!item.title.empty()) a.title = std::move(item.title);
    if (!item.link.empty()) a.url = std::move(item.link);
    if (!item.author.empty()) a.byline = std::move(item.author);
    if (ParsedDate d = ParseDate(item.date); d.kind == ParsedDate::Kind::kValid) a.date = d.iso;
    if (a.source.empty()) a.source = HostOfUrl(a.url);
    out->push_back(std::move(a));
    ++report->accepted;
  }
}

}  // namespace dossier::ingest
