// timeml.cc: TimeML through libxml2's DOM. Text nodes under <TEXT> are concatenated in
// document order; a TIMEX3 element's span covers the text of its descendants.
#include "src/timex/timeml.h"

#include <libxml/parser.h>
#include <libxml/tree.h>

#include <climits>
#include <memory>

#include "src/base/file.h"
#include "src/base/strings.h"

namespace dossier::timex {
namespace {

struct DocDeleter {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};

bool IsElement(const xmlNode* n, const char* name) {
  return n->type == XML_ELEMENT_NODE && xmlStrcmp(n->name, BAD_CAST name) == 0;
}

std::string Attr(const xmlNode* n, const char* name) {
  xmlChar* v = xmlGetProp(n, BAD_CAST name);
  if (v == nullptr) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

// Appends the text under `n` to doc->text, recording TIMEX3 spans.
void CollectText(const xmlNode* n, TimemlDocument* doc) {
  for (const xmlNode* c = n->children; c != nullptr; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content != nullptr) doc->text += reinterpret_cast<const char*>(c->content);
      continue;
    }
    if (c->type != XML_ELEMENT_NODE) continue;
    uint32_t begin = static_cast<uint32_t>(doc->text.size());
    size_t slot = doc->timexes.size();
    if (IsElement(c, "TIMEX3")) {
      doc->timexes.push_back({{begin, begin}, Attr(c, "tid"), Attr(c, "type"), Attr(c, "value"), Attr(c, "mod")});
    }
    CollectText(c, doc);
    if (IsElement(c, "TIMEX3")) doc->timexes[slot].span.end = static_cast<uint32_t>(doc->text.size());
  }
}

// Depth-first search for the CREATION_TIME TIMEX3 and the TEXT element.
void Walk(const xmlNode* n, TimemlDocument* doc, const xmlNode** text) {
  for (const xmlNode* c = n; c != nullptr; c = c->next) {
    if (c->type != XML_ELEMENT_NODE) continue;
    if (IsElement(c, "TEXT") && *text == nullptr) {
      *text = c;
      continue;
    }
    if (IsElement(c, "TIMEX3") && Attr(c, "functionInDocument") == "CREATION_TIME" && doc->dct.empty()) {
      doc->dct = Attr(c, "value");
    }
    Walk(c->children, doc, text);
  }
}

}  // namespace

StatusOr<TimemlDocument> ParseTimeml(std::string_view xml, const std::string& name) {
  if (xml.size() > static_cast<size_t>(INT_MAX)) return Status::OutOfRange(StrCat(name, ": too large"));
  xmlResetLastError();
  std::unique_ptr<xmlDoc, DocDeleter> doc(
      xmlReadMemory(xml.data(), static_cast<int>(xml.size()), name.c_str(), nullptr,
                    XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (doc == nullptr) {
    const xmlError* e = xmlGetLastError();
    std::string msg(e != nullptr && e->message != nullptr ? StripAscii(e->message) : "not XML");
    return Status::InvalidArgument(StrCat(name, ":", e != nullptr ? e->line : 0, ": ", msg));
  }
  TimemlDocument out;
  out.name = name;
  const xmlNode* text = nullptr;
  Walk(xmlDocGetRootElement(doc.get()), &out, &text);
  if (text == nullptr) return Status::InvalidArgument(StrCat(name, ": no <TEXT> element"));
  CollectText(text, &out);
  return out;
}

StatusOr<TimemlDocument> ReadTimemlFile(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string xml, ReadFileToString(path));
  return ParseTimeml(xml, path);
}

}  // namespace dossier::timex
