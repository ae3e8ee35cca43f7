// feed.h: RSS 2.0, RSS 1.0 (RDF) and Atom feeds -> items whose content is HTML.
//
//   DOSSIER_ASSIGN_OR_RETURN(std::vector<html::FeedItem> items, html::ParseFeed(origin, bytes));
//   for (const auto& item : items) ReadPage(origin, item.html, {.url = item.link});
//
// Parsed with libxml2's XML parser in recovery mode (feeds are XML; CDATA sections hold
// the HTML). The content is content:encoded, else Atom content, else description or
// summary; entity-escaped HTML is unescaped by the parser.
#ifndef DOSSIER_SRC_HTML_FEED_H_
#define DOSSIER_SRC_HTML_FEED_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier::html {

struct FeedItem {
  std::string title, link, date, author, html;
};

// True when the first 2 KiB hold an <rss, <feed or <rdf:RDF root element.
bool LooksLikeFeed(std::string_view bytes);

// InvalidArgument naming `origin` when the bytes are not a feed (no rss/feed/RDF root).
StatusOr<std::vector<FeedItem>> ParseFeed(std::string_view origin, std::string_view bytes);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_FEED_H_
