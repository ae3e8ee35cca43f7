// feed.cc: RSS/Atom items with libxml2 (XML, recovery mode, no network, no entities
// expanded from outside the document).
#include "src/html/feed.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <memory>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

std::string_view Name(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

std::string Text(const xmlNode* n) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(xmlNodeGetContent(n), xmlFree);
  return s ? std::string(StripAscii(reinterpret_cast<const char*>(s.get()))) : "";
}

std::string Attr(const xmlNode* n, const char* name) {
  std::unique_ptr<xmlChar, decltype(xmlFree)> s(xmlGetProp(n, BAD_CAST name), xmlFree);
  return s ? std::string(reinterpret_cast<const char*>(s.get())) : "";
}

void SetIfEmpty(std::string* field, std::string value) {
  if (field->empty() && !value.empty()) *field = std::move(value);
}

FeedItem ReadItem(const xmlNode* item) {
  FeedItem f;
  std::string encoded, content, description;
  for (const xmlNode* c = item->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    const std::string_view name = Name(c);
    const std::string_view ns = c->ns && c->ns->prefix ? reinterpret_cast<const char*>(c->ns->prefix) : "";
    if (name == "title") SetIfEmpty(&f.title, Text(c));
    if (name == "link") SetIfEmpty(&f.link, Attr(c, "href").empty() ? Text(c) : Attr(c, "href"));
    if (name == "pubDate" || name == "published" || name == "updated" || (ns == "dc" && name == "date")) {
      SetIfEmpty(&f.date, Text(c));
    }
    if (name == "author" || (ns == "dc" && name == "creator")) {
      const xmlNode* who = c->children;
      while (who && !(who->type == XML_ELEMENT_NODE && Name(who) == "name")) who = who->next;
      SetIfEmpty(&f.author, Text(who ? who : c));
    }
    if (ns == "content" && name == "encoded") SetIfEmpty(&encoded, Text(c));
    if (ns.empty() && name == "content") SetIfEmpty(&content, Text(c));
    if (name == "description" || name == "summary") SetIfEmpty(&description, Text(c));
  }
  f.html = !encoded.empty() ? encoded : !content.empty() ? content : description;
  return f;
}

void Collect(const xmlNode* n, int depth, std::vector<FeedItem>* out) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (Name(n) == "item" || Name(n) == "entry") {
      out->push_back(ReadItem(n));
    } else if (depth < 4) {
      Collect(n->children, depth + 1, out);
    }
  }
}

}  // namespace

bool LooksLikeFeed(std::string_view bytes) {
  const std::string head = AsciiLower(bytes.substr(0, 2048));
  return head.find("<rss") != std::string::npos || head.find("<feed") != std::string::npos ||
         head.find("<rdf:rdf") != std::string::npos;
}

StatusOr<std::vector<FeedItem>> ParseFeed(std::string_view origin, std::string_view bytes) {
  std::unique_ptr<xmlDoc, decltype(&xmlFreeDoc)> doc(
      xmlReadMemory(bytes.data(), static_cast<int>(bytes.size()), nullptr, nullptr,
                    XML_PARSE_RECOVER | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | XML_PARSE_NONET),
      &xmlFreeDoc);
  const xmlNode* root = doc ? xmlDocGetRootElement(doc.get()) : nullptr;
  if (!root || !(Name(root) == "rss" || Name(root) == "feed" || Name(root) == "RDF")) {
    return Status::InvalidArgument(StrCat(origin, ": not an RSS or Atom feed"));
  }
  std::vector<FeedItem> items;
  Collect(root->children, 0, &items);
  return items;
}

}  // namespace dossier::html
