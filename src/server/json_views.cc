#include "src/server/json_views.h"

#include "dossier/render.h"

namespace dossier::server {

Json StoryToJson(const Story& s) {
  Json j;
  j["id"] = s.id;
  j["label"] = s.label;
  j["articles"] = s.size;
  j["outlets"] = s.outlets;
  j["first"] = s.first_date;
  j["last"] = s.last_date;
  j["undated"] = s.undated;
  j["near_copies"] = s.near_copies;
  return j;
}

Json StoryDetailToJson(const Story& story, const std::vector<ArticleMeta>& metas,
                       uint64_t requested_id) {
  Json j = StoryToJson(story);
  if (requested_id != story.id) j["requested"] = requested_id;
  Json members = Json::array();
  for (size_t i = 0; i < story.articles.size(); ++i) {
    members.push_back({{"id", story.articles[i].ToString()},
                       {"title", metas[i].title},
                       {"source", metas[i].source},
                       {"date", metas[i].date},
                       {"url", metas[i].url}});
  }
  j["members"] = std::move(members);
  return j;
}

Json ArticleToJson(const Article& a, const Json& story) {
  Json j = Json::parse(ArticleToJsonLine(a));
  j["story"] = story;
  j["language"] = a.language;
  j["page_kind"] = a.page_kind;
  j["text"] = a.text;
  Json body = Json::array();
  std::string cleaned;
  for (const Span& s : a.body) {
    body.push_back({{"begin", s.begin}, {"end", s.end}});
    if (!cleaned.empty()) cleaned += "\n\n";
    cleaned += a.Slice(s);
  }
  j["body"] = std::move(body);
  j["cleaned_text"] = cleaned;
  return j;
}

std::string Dump(const Json& json) {
  return json.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

}  // namespace dossier::server
