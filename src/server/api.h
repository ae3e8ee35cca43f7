// api.h: the handlers of the JSON API under /api/v1, free of any HTTP library type.
// server.cc routes requests to them; tests call them directly.
//
//   DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Api> api, Api::Create(&engine, ApiOptions{}));
//   ApiResponse r = api->GetStories({.query = {{"limit", "10"}}});
//   // r.status == 200, r.body == {"stories": [...]}
//
// Reads are served from an immutable story snapshot (StoryIndex) and the briefing cache,
// so they do not wait on the engine except to brief a story nobody has read yet or to
// read an article. Writes (PostArticles) are serialized by the Api: documents are added
// one at a time (the engine's writer lock is free between them), the next snapshot is
// built, the cached briefings are revalidated (the stories the write changed briefed
// again), and only then is it swapped in, before the response: a client reads its own
// writes, and readers never wait for a rebuild. Stories and briefings are the engine's
// (Engine::options().cluster: with a database, the stored stories).
//
// Thread safety: every handler may be called from any number of threads.
#ifndef DOSSIER_SRC_SERVER_API_H_
#define DOSSIER_SRC_SERVER_API_H_

#include <chrono>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/engine.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "src/server/briefing_cache.h"
#include "src/server/json_views.h"
#include "src/server/posted_documents.h"
#include "src/server/story_index.h"

namespace dossier::server {

struct ApiOptions {
  // Stories per page of GET /stories when `limit` is not given, and the most a client
  // may ask for. Larger pages cost the server one JSON object per story.
  size_t default_limit = 50;
  size_t max_limit = 1000;
  // Documents in one POST body. A client with more sends several requests, so one
  // request never holds the ingest lane for long.
  size_t max_documents = 10000;
  // Wall time a POST may spend adding documents; documents left when it runs out are
  // rejected ("too_large": split the request). Reads are bounded by their input instead.
  std::chrono::milliseconds ingest_time_limit{30000};
  // Stories whose briefings are kept rendered (BriefingCache), revalidated through the
  // engine's cache at every write; 0 renders the engine's briefing on every request.
  // Each write costs one engine cache lookup per cached story (microseconds).
  size_t cached_briefings = 256;
  BriefingOptions briefing;
};

// What a route receives: the path's id (empty for routes without one), the decoded
// query parameters and the body.
struct ApiRequest {
  std::string id;
  std::map<std::string, std::string> query;
  std::string body;
};

struct ApiResponse {
  int status = 200;
  std::string content_type = "application/json";
  std::string body;
};

class Api {
 public:
  // REQUIRES: engine outlives the Api. Builds the first story snapshot.
  static StatusOr<std::unique_ptr<Api>> Create(Engine* engine, const ApiOptions& options);

  ApiResponse GetStories(const ApiRequest& request);    // GET  /stories?limit&offset&since&q
  ApiResponse GetStory(const ApiRequest& request);      // GET  /stories/{id}
  ApiResponse GetBriefing(const ApiRequest& request);   // GET  /stories/{id}/briefing?format
  ApiResponse GetArticle(const ApiRequest& request);    // GET  /articles/{id}
  ApiResponse PostArticles(const ApiRequest& request);  // POST /articles
  ApiResponse GetStatus(const ApiRequest& request);     // GET  /status

  // The JSON error response of `status` (the one Status-to-HTTP table, http_errors.h).
  static ApiResponse Error(const Status& status);

 private:
  Api(Engine* engine, const ApiOptions& options, std::unique_ptr<DocumentIngester> ingester);

  std::shared_ptr<const StoryIndex> Snapshot() const;
  // Builds the next snapshot, revalidates the cached briefings, publishes it.
  // REQUIRES: ingest_mu_ held (or no reader yet).
  void Refresh();
  StatusOr<const Story*> FindStory(const StoryIndex& index, const std::string& id) const;
  ArticleMeta MetaOf(const ArticleId& id);
  std::vector<std::string> Headlines(const Story& story);
  Json AddAll(const std::vector<PostedDocument>& docs, size_t* accepted, Status* first_error);

  Engine* engine_;
  const ApiOptions options_;
  std::unique_ptr<DocumentIngester> ingester_;
  BriefingCache briefings_;

  mutable std::mutex snapshot_mu_;
  std::shared_ptr<const StoryIndex> snapshot_;  // guarded by snapshot_mu_

  std::mutex ingest_mu_;  // one POST at a time: add, then publish the next snapshot

  std::mutex meta_mu_;
  std::unordered_map<uint64_t, ArticleMeta> metas_;  // guarded by meta_mu_
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_API_H_
