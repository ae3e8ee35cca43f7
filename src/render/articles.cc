#include "src/render/articles.h"

namespace dossier::render {

std::string OneLine(std::string_view s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == '\n' || c == '\r' || c == '\t' || c == ' ') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

std::string DumpLine(const Json& json) {
  return json.dump(-1, ' ', false, Json::error_handler_t::replace);
}

Json ArticleToJson(const Article& a) {
  Json j;
  j["article"] = a.article_id.empty() ? Json() : Json(a.article_id.ToString());
  j["id"] = a.id;
  j["origin"] = a.origin;
  j["title"] = a.title;
  j["date"] = a.date;
  j["url"] = a.url;
  j["source"] = a.source;
  j["byline"] = a.byline;
  j["dateline"] = a.dateline;
  j["encoding"] = a.encoding;
  j["replaced_bytes"] = a.replaced_bytes;
  Json sentences = Json::array();
  for (const Sentence& s : a.sentences) {
    sentences.push_back({{"begin", s.span.begin}, {"end", s.span.end},
                         {"paragraph", s.paragraph}, {"text", a.Slice(s.span)}});
  }
  j["sentences"] = std::move(sentences);
  Json removed = Json::array();
  for (const Removed& r : a.removed) {
    removed.push_back({{"begin", r.span.begin}, {"end", r.span.end}, {"reason", r.reason},
                       {"text", a.Slice(r.span)}});
  }
  j["removed"] = std::move(removed);
  return j;
}

void WriteSentencesJsonl(const Article& a, std::ostream& out) {
  for (const Sentence& s : a.sentences) {
    Json j;
    j["article"] = a.id;
    j["index"] = s.index;
    j["paragraph"] = s.paragraph;
    j["begin"] = s.span.begin;
    j["end"] = s.span.end;
    j["text"] = a.Slice(s.span);
    out << DumpLine(j) << "\n";
  }
}

void WriteArticleText(const Article& a, int number, bool show_removed, std::ostream& out) {
  out << "[" << number << "] " << (a.title.empty() ? "(no title)" : a.title) << "\n";
  out << "    id: " << a.id << "   date: " << (a.date.empty() ? "unknown" : a.date);
  if (!a.source.empty()) out << "   source: " << a.source;
  out << "\n";
  if (!a.url.empty()) out << "    url: " << a.url << "\n";
  if (!a.byline.empty()) out << "    byline: " << a.byline << "\n";
  if (!a.dateline.empty()) out << "    dateline: " << a.dateline << "\n";
  if (a.encoding != "UTF-8" || a.replaced_bytes > 0) {
    out << "    encoding: " << a.encoding << " (" << a.replaced_bytes << " bytes replaced)\n";
  }
  out << "    " << a.sentences.size() << " sentences, " << a.removed.size() << " removed spans\n";
  for (const Sentence& s : a.sentences) {
    out << "  " << s.index + 1 << ". " << OneLine(a.Slice(s.span)) << "\n";
  }
  if (!show_removed) return;
  for (const Removed& r : a.removed) {
    out << "  - removed (" << r.reason << ") [" << r.span.begin << "," << r.span.end
        << "): " << OneLine(a.Slice(r.span)) << "\n";
  }
}

}  // namespace dossier::render
