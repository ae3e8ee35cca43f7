#include "src/server/api.h"

#include <algorithm>
#include <charconv>
#include <initializer_list>
#include <string_view>
#include <utility>

#include "src/server/http_errors.h"

namespace dossier::server {
namespace {

constexpr size_t kMaxQueryBytes = 500;

ApiResponse Ok(const Json& json) { return {200, "application/json", Dump(json)}; }

// kInvalidArgument naming the first parameter not in `allowed`.
Status CheckParams(const ApiRequest& request, std::initializer_list<std::string_view> allowed) {
  for (const auto& [name, value] : request.query) {
    if (std::find(allowed.begin(), allowed.end(), name) != allowed.end()) continue;
    std::string list;
    for (std::string_view a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
    return Status::InvalidArgument("unknown parameter \"" + name.substr(0, 40) + "\"; " +
                                   (list.empty() ? "this route takes none" : "this route takes " + list));
  }
  return Status::Ok();
}

// A decimal number in [low, high]; `fallback` when the parameter is absent.
StatusOr<size_t> NumberParam(const ApiRequest& request, const std::string& name, size_t fallback,
                             size_t low, size_t high) {
  auto it = request.query.find(name);
  if (it == request.query.end()) return fallback;
  const std::string& text = it->second;
  size_t value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty() || value < low ||
      value > high) {
    return Status::InvalidArgument(name + ": \"" + text.substr(0, 40) + "\" is not a whole number from " +
                                   std::to_string(low) + " to " + std::to_string(high));
  }
  return value;
}

StatusOr<uint64_t> ParseStoryId(const std::string& text) {
  uint64_t id = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) {
    return Status::InvalidArgument("story id \"" + text.substr(0, 40) +
                                   "\" is not a decimal number");
  }
  return id;
}

Json ResultToJson(const AddResult& r, const StoryIndex& index) {
  Json j;
  j["name"] = r.name;
  if (!r.id.ok()) {
    j["error"] = {{"code", HttpErrorOf(r.id.status().code()).code},
                  {"message", r.id.status().message()}};
    return j;
  }
  j["id"] = r.id->ToString();
  j["input_id"] = r.input_id;
  j["already_present"] = r.already_present;
  std::optional<uint64_t> story = index.StoryOf(*r.id);
  j["story"] = story ? Json(*story) : Json();
  Json warnings = Json::array();
  for (const Status& w : r.warnings) warnings.push_back(w.message());
  j["warnings"] = std::move(warnings);
  return j;
}

}  // namespace

ApiResponse Api::Error(const Status& status) {
  return {HttpErrorOf(status.code()).http_status, "application/json", ErrorBody(status) + "\n"};
}

StatusOr<std::unique_ptr<Api>> Api::Create(Engine* engine, const ApiOptions& options) {
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<DocumentIngester> ingester,
                           DocumentIngester::Create(engine));
  std::unique_ptr<Api> api(new Api(engine, options, std::move(ingester)));
  api->Refresh();
  return api;
}

Api::Api(Engine* engine, const ApiOptions& options, std::unique_ptr<DocumentIngester> ingester)
    : engine_(engine),
      options_(options),
      ingester_(std::move(ingester)),
      briefings_(engine, options.briefing, options.cached_briefings) {}

std::shared_ptr<const StoryIndex> Api::Snapshot() const {
  std::lock_guard<std::mutex> lock(snapshot_mu_);
  return snapshot_;
}

void Api::Refresh() {
  auto next = std::make_shared<const StoryIndex>(engine_->Stories(engine_->options().cluster));
  briefings_.Revalidate(*next);
  std::lock_guard<std::mutex> lock(snapshot_mu_);
  snapshot_ = next;
}

StatusOr<const Story*> Api::FindStory(const StoryIndex& index, const std::string& id) const {
  DOSSIER_ASSIGN_OR_RETURN(uint64_t story_id, ParseStoryId(id));
  const Story* story = index.Find(story_id);
  if (story == nullptr) return Status::NotFound("no story with id " + std::to_string(story_id));
  return story;
}

ArticleMeta Api::MetaOf(const ArticleId& id) {
  {
    std::lock_guard<std::mutex> lock(meta_mu_);
    if (auto it = metas_.find(id.value()); it != metas_.end()) return it->second;
  }
  ArticleMeta meta;
  StatusOr<Article> a = engine_->Get(id);
  if (a.ok()) meta = {a->title, a->source, a->date, a->url};
  std::lock_guard<std::mutex> lock(meta_mu_);
  return metas_.emplace(id.value(), std::move(meta)).first->second;
}

std::vector<std::string> Api::Headlines(const Story& story) {
  std::vector<std::string> titles;
  for (const ArticleId& id : story.articles) titles.push_back(MetaOf(id).title);
  return titles;
}

ApiResponse Api::GetStories(const ApiRequest& request) {
  if (Status s = CheckParams(request, {"limit", "offset", "since", "q"}); !s.ok()) return Error(s);
  StatusOr<size_t> limit = NumberParam(request, "limit", options_.default_limit, 1, options_.max_limit);
  if (!limit.ok()) return Error(limit.status());
  StatusOr<size_t> offset = NumberParam(request, "offset", 0, 0, size_t{1} << 40);
  if (!offset.ok()) return Error(offset.status());
  StoryFilter filter;
  if (auto it = request.query.find("since"); it != request.query.end()) filter.since = it->second;
  if (Status s = ValidateSince(filter.since); !s.ok()) return Error(s);
  if (auto it = request.query.find("q"); it != request.query.end()) {
    if (it->second.size() > kMaxQueryBytes) {
      return Error(Status::OutOfRange("q: longer than " + std::to_string(kMaxQueryBytes) + " bytes"));
    }
    filter.words = QueryWords(it->second);
  }
  std::shared_ptr<const StoryIndex> index = Snapshot();
  std::vector<const Story*> selected =
      index->Select(filter, [this](const Story& s) { return Headlines(s); });
  Json stories = Json::array();
  for (size_t i = *offset; i < selected.size() && i < *offset + *limit; ++i) {
    stories.push_back(StoryToJson(*selected[i]));
  }
  Json j;
  j["stories"] = std::move(stories);
  j["total"] = selected.size();
  j["offset"] = *offset;
  j["limit"] = *limit;
  return Ok(j);
}

ApiResponse Api::GetStory(const ApiRequest& request) {
  if (Status s = CheckParams(request, {}); !s.ok()) return Error(s);
  std::shared_ptr<const StoryIndex> index = Snapshot();
  StatusOr<const Story*> story = FindStory(*index, request.id);
  if (!story.ok()) return Error(story.status());
  std::vector<ArticleMeta> metas;
  for (const ArticleId& id : (*story)->articles) metas.push_back(MetaOf(id));
  return Ok(StoryDetailToJson(**story, metas, *ParseStoryId(request.id)));
}

ApiResponse Api::GetBriefing(const ApiRequest& request) {
  if (Status s = CheckParams(request, {"format"}); !s.ok()) return Error(s);
  std::string format = "json";
  if (auto it = request.query.find("format"); it != request.query.end()) format = it->second;
  if (format != "json" && format != "markdown") {
    return Error(Status::InvalidArgument("format: \"" + format.substr(0, 40) +
                                         "\" is not json or markdown"));
  }
  std::shared_ptr<const StoryIndex> index = Snapshot();
  StatusOr<const Story*> story = FindStory(*index, request.id);
  if (!story.ok()) return Error(story.status());
  StatusOr<std::shared_ptr<const RenderedBriefing>> b =
      briefings_.Get((*story)->id, (*story)->articles);
  if (!b.ok()) return Error(b.status());
  if (format == "markdown") return {200, "text/markdown; charset=utf-8", (*b)->markdown};
  return {200, "application/json", (*b)->json};
}

ApiResponse Api::GetArticle(const ApiRequest& request) {
  if (Status s = CheckParams(request, {}); !s.ok()) return Error(s);
  StatusOr<ArticleId> id = ArticleId::Parse(request.id);
  if (!id.ok()) {
    return Error(Status::InvalidArgument("article id \"" + request.id.substr(0, 40) +
                                         "\" is not 16 hexadecimal digits"));
  }
  StatusOr<Article> article = engine_->Get(*id);
  if (!article.ok()) return Error(article.status());
  article->origin = ingester_->PublicOrigin(article->origin);
  std::optional<uint64_t> story = Snapshot()->StoryOf(*id);
  return Ok(ArticleToJson(*article, story ? Json(*story) : Json()));
}

Json Api::AddAll(const std::vector<PostedDocument>& docs, size_t* accepted, Status* first_error) {
  const auto deadline = std::chrono::steady_clock::now() + options_.ingest_time_limit;
  std::vector<AddResult> results;
  for (const PostedDocument& doc : docs) {
    if (std::chrono::steady_clock::now() > deadline) {
      AddResult r;
      r.name = doc.name;
      r.id = Status::OutOfRange(doc.name + ": not added: the request reached its ingest time limit of " +
                                std::to_string(options_.ingest_time_limit.count() / 1000) +
                                " s; send fewer documents per request");
      results.push_back(std::move(r));
      continue;
    }
    for (AddResult& r : ingester_->Add(doc)) results.push_back(std::move(r));
  }
  Refresh();
  std::shared_ptr<const StoryIndex> index = Snapshot();
  Json out = Json::array();
  size_t added = 0, present = 0;
  for (const AddResult& r : results) {
    if (r.id.ok()) {
      ++*accepted;
      ++(r.already_present ? present : added);
    } else if (first_error->ok()) {
      *first_error = r.id.status();
    }
    out.push_back(ResultToJson(r, *index));
  }
  Json j;
  j["added"] = added;
  j["already_present"] = present;
  j["rejected"] = results.size() - *accepted;
  j["articles"] = index->articles();
  j["results"] = std::move(out);
  return j;
}

ApiResponse Api::PostArticles(const ApiRequest& request) {
  if (Status s = CheckParams(request, {}); !s.ok()) return Error(s);
  StatusOr<std::vector<PostedDocument>> docs = SplitPostBody(request.body, options_.max_documents);
  if (!docs.ok()) return Error(docs.status());
  size_t accepted = 0;
  Status first_error;
  Json j;
  {
    std::lock_guard<std::mutex> lock(ingest_mu_);
    j = AddAll(*docs, &accepted, &first_error);
  }
  if (accepted > 0 || first_error.ok()) return Ok(j);
  // Nothing was accepted: the status of the first rejection, with every result.
  Json error = Json::parse(ErrorBody(first_error));
  error.update(j);
  return {HttpErrorOf(first_error.code()).http_status, "application/json", Dump(error)};
}

ApiResponse Api::GetStatus(const ApiRequest& request) {
  if (Status s = CheckParams(request, {}); !s.ok()) return Error(s);
  std::shared_ptr<const StoryIndex> index = Snapshot();
  BriefingCache::Stats cache = briefings_.stats();
  EngineStats engine = engine_->Stats();
  Json j;
  j["articles"] = index->articles();
  j["stories"] = index->list().stories.size();
  j["merges"] = index->list().merges.size();
  j["database"] = engine_->options().database;
  j["briefings_cached"] = cache.stories;
  j["briefing_hits"] = cache.hits;
  j["briefing_builds"] = cache.builds;
  j["briefing_prebuilds"] = cache.prebuilds;
  j["engine_briefing_hits"] = engine.briefing_cache_hits;
  j["engine_briefing_misses"] = engine.briefing_cache_misses;
  return Ok(j);
}

}  // namespace dossier::server
