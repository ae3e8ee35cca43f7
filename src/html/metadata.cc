// metadata.cc: page metadata from JSON-LD, meta tags and the document (see metadata.h).
#include "src/html/metadata.h"

#include <simdjson.h>

#include <cctype>
#include <initializer_list>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

using Json = simdjson::dom::element;

// All text below node i, white space collapsed.
std::string TextOf(const Dom& dom, size_t i) {
  std::string out;
  bool space = false;
  for (size_t k = i; k < dom.nodes[i].end; ++k) {
    if (!dom.nodes[k].IsText()) continue;
    for (char c : dom.Text(k)) {
      if (IsAsciiSpace(c)) {
        space = !out.empty();
        continue;
      }
      if (space) out.push_back(' ');
      space = false;
      out.push_back(c);
    }
  }
  return out;
}

void SetIfEmpty(std::string* field, std::string_view value) {
  value = StripAscii(value);
  if (field->empty() && !value.empty()) field->assign(value);
}

std::string JsonString(const Json& v) {
  std::string_view s;
  if (v.get_string().get(s) == simdjson::SUCCESS) return std::string(s);
  return "";
}

// A person or organization: a string, {"name": ...} or a list of those (first wins).
std::string NameOf(const Json& v) {
  if (v.is_string()) return JsonString(v);
  simdjson::dom::array list;
  if (v.get_array().get(list) == simdjson::SUCCESS) {
    for (Json e : list) {
      std::string n = NameOf(e);
      if (!n.empty()) return n;
    }
    return "";
  }
  Json name;
  if (v.is_object() && v["name"].get(name) == simdjson::SUCCESS) return NameOf(name);
  return "";
}

void ReadJsonLdObject(const Json& obj, int depth, PageMetadata* m) {
  if (depth > 8) return;
  simdjson::dom::array list;
  if (obj.get_array().get(list) == simdjson::SUCCESS) {
    for (Json e : list) ReadJsonLdObject(e, depth + 1, m);
    return;
  }
  if (!obj.is_object()) return;
  Json v;
  if (obj["@graph"].get(v) == simdjson::SUCCESS) ReadJsonLdObject(v, depth + 1, m);
  std::string type;
  if (obj["@type"].get(v) == simdjson::SUCCESS) type = AsciiLower(v.is_array() ? NameOf(v) : JsonString(v));
  const bool article = type.find("article") != std::string::npos ||
                       type.find("posting") != std::string::npos || type == "report";
  if (!article) return;
  SetIfEmpty(&m->type, "article");
  if (obj["headline"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->title, JsonString(v));
  if (obj["datePublished"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->date, JsonString(v));
  if (obj["dateCreated"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->date, JsonString(v));
  if (obj["author"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->author, NameOf(v));
  if (obj["publisher"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->site, NameOf(v));
  if (obj["inLanguage"].get(v) == simdjson::SUCCESS) SetIfEmpty(&m->language, JsonString(v));
}

void ReadJsonLd(const Dom& dom, size_t i, simdjson::dom::parser* parser, PageMetadata* m) {
  std::string text;
  for (size_t k = i + 1; k < dom.nodes[i].end; ++k) {
    if (dom.nodes[k].IsText()) text += dom.Text(k);
  }
  if (text.size() > (1u << 20)) return;
  Json doc;
  if (parser->parse(text).get(doc) != simdjson::SUCCESS) return;  // broken JSON-LD: ignored
  ReadJsonLdObject(doc, 0, m);
}

struct MetaTags {
  std::string og_title, og_site, og_url, og_type, published, author, date, language,
      canonical, title_tag, h1, time;
  std::vector<std::string> date_texts;
  std::string author_text;  // <a rel=author>, else the first short author/byline element
};

bool NamesWord(std::string_view s, std::initializer_list<std::string_view> words) {
  bool hit = false;
  std::string lower = AsciiLower(s);
  for (std::string_view w : words) {
    for (size_t at = lower.find(w); at != std::string::npos; at = lower.find(w, at + 1)) {
      const bool start = at == 0 || !std::isalpha(static_cast<unsigned char>(lower[at - 1]));
      const size_t e = at + w.size();
      const bool end = e >= lower.size() || !std::isalpha(static_cast<unsigned char>(lower[e]));
      if (start && end) hit = true;
    }
  }
  return hit;
}

bool NamesDate(std::string_view s) {
  return NamesWord(s, {"date", "time", "published", "posted", "datum", "pubdate"});
}

bool NamesAuthor(std::string_view s) {
  return NamesWord(s, {"author", "byline", "autor", "writer", "vcard"});
}

void ReadMeta(const Dom& dom, size_t i, MetaTags* t) {
  const std::string key =
      AsciiLower(dom.HasAttr(i, "property") ? dom.Attr(i, "property") : dom.Attr(i, "name"));
  const std::string_view content = dom.Attr(i, "content");
  if (key == "og:title") SetIfEmpty(&t->og_title, content);
  if (key == "og:site_name") SetIfEmpty(&t->og_site, content);
  if (key == "og:url") SetIfEmpty(&t->og_url, content);
  if (key == "og:type") SetIfEmpty(&t->og_type, AsciiLower(content));
  if (key == "article:published_time" || key == "og:published_time" ||
      key == "datepublished" || key == "publishdate" || key == "pubdate") {
    SetIfEmpty(&t->published, content);
  }
  if (key == "date" || key == "dc.date" || key == "dc.date.issued" ||
      key == "dcterms.date" || key == "citation_publication_date" ||
      key == "parsely-pub-date" || key == "sailthru.date" || key == "article.published") {
    SetIfEmpty(&t->date, content);
  }
  if (key == "author" || key == "article:author" || key == "dc.creator" ||
      key == "parsely-author" || key == "byl") {
    if (!StartsWithIgnoreCase(content, "http")) SetIfEmpty(&t->author, content);
  }
  if (AsciiLower(dom.Attr(i, "http-equiv")) == "content-language") SetIfEmpty(&t->language, content);
}

void Scan(const Dom& dom, PageMetadata* m, MetaTags* t) {
  simdjson::dom::parser parser;
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    const Node& n = dom.nodes[i];
    switch (n.tag) {
      case Tag::kHtml: SetIfEmpty(&t->language, dom.Attr(i, "lang")); break;
      case Tag::kMeta: ReadMeta(dom, i, t); break;
      case Tag::kTitle: SetIfEmpty(&t->title_tag, TextOf(dom, i)); break;
      case Tag::kH1: SetIfEmpty(&t->h1, TextOf(dom, i)); break;
      case Tag::kTime: SetIfEmpty(&t->time, dom.Attr(i, "datetime")); break;
      case Tag::kLink:
        if (AsciiLower(dom.Attr(i, "rel")) == "canonical") SetIfEmpty(&t->canonical, dom.Attr(i, "href"));
        break;
      case Tag::kScript:
        if (AsciiLower(dom.Attr(i, "type")) == "application/ld+json") ReadJsonLd(dom, i, &parser, m);
        break;
      default: break;
    }
    if (n.tag == Tag::kA && AsciiLower(dom.Attr(i, "rel")) == "author") {
      std::string text = TextOf(dom, i);
      if (text.size() >= 2 && text.size() < 80) t->author_text = std::move(text);
    }
    if (t->author_text.empty() && n.tag != Tag::kText && n.tag != Tag::kScript &&
        n.tag != Tag::kMeta && n.end - i < 12 &&
        (NamesAuthor(dom.Attr(i, "class")) || NamesAuthor(dom.Attr(i, "id")))) {
      std::string text = TextOf(dom, i);
      if (text.size() >= 2 && text.size() < 80) t->author_text = std::move(text);
    }
    if (t->date_texts.size() < 5 && n.tag != Tag::kText && n.tag != Tag::kScript &&
        n.tag != Tag::kMeta && n.end - i < 20 &&
        (NamesDate(dom.Attr(i, "class")) || NamesDate(dom.Attr(i, "id")))) {
      std::string text = TextOf(dom, i);
      if (!text.empty() && text.size() < 80) t->date_texts.push_back(std::move(text));
    }
  }
}


}  // namespace

std::string StripSiteName(std::string_view title, std::string_view site) {
  std::string t(StripAscii(title));
  static constexpr std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                               " :: ", " \xC2\xBB ", " \xC2\xB7 "};
  for (std::string_view sep : kSeps) {
    for (const std::string& cut : {StrCat(sep, site), StrCat(site, sep)}) {
      if (t.size() > cut.size() && AsciiLower(t).ends_with(AsciiLower(cut)) && cut.starts_with(sep)) {
        return t.substr(0, t.size() - cut.size());
      }
      if (t.size() > cut.size() && AsciiLower(t).starts_with(AsciiLower(cut)) && cut.ends_with(sep)) {
        return t.substr(cut.size());
      }
    }
  }
  return t;
}

std::string StripSiteSuffix(std::string_view title, std::string_view site) {
  std::string t(StripAscii(title));
  static constexpr std::string_view kSeps[] = {" | ", " - ", " \xE2\x80\x93 ", " \xE2\x80\x94 ",
                                               " :: ", " \xC2\xBB ", " \xC2\xB7 "};
  for (std::string_view sep : kSeps) {
    std::vector<std::string> parts;
    size_t at = 0;
    for (size_t k = t.find(sep); k != std::string::npos; k = t.find(sep, at)) {
      parts.emplace_back(t.substr(at, k - at));
      at = k + sep.size();
    }
    if (parts.empty()) continue;
    parts.emplace_back(t.substr(at));
    if (!site.empty()) {
      std::string rest;
      for (const std::string& p : parts) {
        if (AsciiLower(p) == AsciiLower(site)) continue;
        rest += rest.empty() ? p : StrCat(sep, p);
      }
      if (!rest.empty() && rest != t) return rest;
    }
    // The longest part is the headline; site names are short.
    size_t best = 0;
    for (size_t k = 1; k < parts.size(); ++k) {
      if (parts[k].size() > parts[best].size()) best = k;
    }
    if (parts[best].size() >= 12) return parts[best];
  }
  return t;
}

std::string DateFromUrl(std::string_view url) {
  for (size_t i = 0; i + 10 <= url.size(); ++i) {
    if (url[i] != '/') continue;
    auto digits = [&](size_t at, size_t n) {
      if (at + n > url.size()) return false;
      for (size_t k = at; k < at + n; ++k) {
        if (!std::isdigit(static_cast<unsigned char>(url[k]))) return false;
      }
      return true;
    };
    const size_t y = i + 1;
    if (!digits(y, 4) || y + 4 >= url.size()) continue;
    const char sep = url[y + 4];
    if ((sep != '/' && sep != '-') || !digits(y + 5, 2)) continue;
    const int year = std::stoi(std::string(url.substr(y, 4)));
    if (year < 1990 || year > 2100) continue;
    std::string month(url.substr(y + 5, 2));
    std::string day = "01";
    if (y + 7 < url.size() && url[y + 7] == sep && digits(y + 8, 2)) day = url.substr(y + 8, 2);
    else continue;  // a year and month alone is not a publication date
    return StrCat(url.substr(y, 4), "-", month, "-", day);
  }
  return "";
}

PageMetadata ReadMetadata(const Dom& dom, std::string_view url) {
  PageMetadata m;
  MetaTags t;
  Scan(dom, &m, &t);
  SetIfEmpty(&m.site, t.og_site);
  SetIfEmpty(&m.title, m.site.empty() ? t.og_title : StripSiteName(t.og_title, m.site));
  SetIfEmpty(&m.title, t.h1);
  // A <title> that is only the site's name ("Harbor Ledger") names no article.
  if (std::string title = StripSiteSuffix(t.title_tag, m.site);
      m.site.empty() || AsciiLower(title) != AsciiLower(StripAscii(m.site))) {
    SetIfEmpty(&m.title, title);
  }
  SetIfEmpty(&m.date, t.published);
  SetIfEmpty(&m.date, t.date);
  SetIfEmpty(&m.date, t.time);
  SetIfEmpty(&m.author, t.author);
  SetIfEmpty(&m.author, t.author_text);
  SetIfEmpty(&m.url, t.canonical);
  SetIfEmpty(&m.url, t.og_url);
  SetIfEmpty(&m.url, url);
  SetIfEmpty(&m.date, DateFromUrl(m.url));
  if (m.date.empty()) m.date_texts = std::move(t.date_texts);
  SetIfEmpty(&m.language, t.language);
  SetIfEmpty(&m.type, t.og_type);
  if (m.title.size() > 500) m.title.resize(500);
  return m;
}

}  // namespace dossier::html
