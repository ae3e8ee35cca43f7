// metadata.h: what a page says about itself (title, date, author, site, URL, language).
//
//   html::PageMetadata m = html::ReadMetadata(dom, /*url=*/"");
//
// Sources, first present wins: JSON-LD (NewsArticle and kin), OpenGraph / article:*
// meta tags, Dublin Core and common name= meta tags, then the document itself (<h1>,
// <title> minus the site's suffix, the first <time datetime>, <link rel=canonical>,
// <html lang>, a short element named for the author or the date), and last the URL
// (a /2021/05/31/ path). Dates are returned as written;
// the caller normalizes them (ingest::ParseDate).
#ifndef DOSSIER_SRC_HTML_METADATA_H_
#define DOSSIER_SRC_HTML_METADATA_H_

#include <string>
#include <string_view>
#include <vector>

#include "src/html/dom.h"

namespace dossier::html {

struct PageMetadata {
  std::string title;
  std::string date;  // as written ("2021-05-31T10:00:00+02:00", "31.05.2021", ...)
  std::string author;
  std::string site;
  std::string url;   // canonical or og:url, else the one given
  std::string language;
  std::string type;  // og:type or JSON-LD @type, lower-cased ("article", "website")
  // When no tag states the date: the texts of the first elements whose class or id
  // names a date ("date", "time", "published", "posted", "datum"), for the caller to try.
  std::vector<std::string> date_texts;
};

PageMetadata ReadMetadata(const Dom& dom, std::string_view url);

// "Headline | Site" / "Headline - Site" -> "Headline"; keeps the text when no part stands
// out. `site` (when known) is removed wherever it is.
std::string StripSiteSuffix(std::string_view title, std::string_view site);

// "Headline | Site" / "Site - Headline" -> "Headline" only when the part is the site's name.
std::string StripSiteName(std::string_view title, std::string_view site);

// "2021-05-31" from a URL path holding /2021/05/31/ or /2021-05-31; "" when none.
std::string DateFromUrl(std::string_view url);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_METADATA_H_
