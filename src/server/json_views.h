// json_views.h: the JSON the read routes return for stories and articles (the
// briefing's JSON is render.h's BriefingToJson, unchanged). Field lists are in
// docs/api.md; every string is JSON-escaped by nlohmann-json, invalid UTF-8 replaced.
#ifndef DOSSIER_SRC_SERVER_JSON_VIEWS_H_
#define DOSSIER_SRC_SERVER_JSON_VIEWS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "dossier/article.h"
#include "dossier/story.h"

namespace dossier::server {

using Json = nlohmann::ordered_json;

// What a story list shows of an article: its metadata as first read by the server.
struct ArticleMeta {
  std::string title, source, date, url;
};

// {"id","label","articles" (count),"outlets","first","last","undated","near_copies"}.
Json StoryToJson(const Story& story);

// StoryToJson plus "members": [{"id","title","source","date","url"}] in arrival order,
// and "requested" when `requested_id` was merged into this story.
// REQUIRES: metas.size() == story.articles.size().
Json StoryDetailToJson(const Story& story, const std::vector<ArticleMeta>& metas,
                       uint64_t requested_id);

// render.h's ArticleToJsonLine fields plus "text" (the decoded text every begin/end
// points into, in UTF-8 bytes), "body" (kept blocks), "cleaned_text" (kept blocks joined
// by blank lines), "language", "page_kind" and "story" (its story id, or null).
Json ArticleToJson(const Article& article, const Json& story);

// Two-space indented, with a final newline, invalid UTF-8 replaced (never thrown on).
std::string Dump(const Json& json);

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_JSON_VIEWS_H_
