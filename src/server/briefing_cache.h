// briefing_cache.h: rendered story briefings, kept while the story's articles stay the
// same, so a reader's second request is a lookup and not a briefing.
//
//   BriefingCache cache(&engine, BriefingOptions{}, /*capacity=*/10000);
//   StatusOr<std::shared_ptr<const RenderedBriefing>> b = cache.Get(story.id, story.articles);
//   if (b.ok()) reply((*b)->json);
//
// An entry is valid while the story's member list (ids, in order) is the one it was
// built from: a story that gains an article is briefed again on its next request. One
// build per story runs at a time; others asking for the same story wait for it rather
// than brief it again, and requests for cached stories never wait on the engine.
//
// What the key does not see: an article's cleaned text also depends on evidence from
// articles outside its story (a short line seen in three articles becomes boilerplate).
// When such a line crosses its threshold the engine recleans the member, and a cached
// briefing keeps the earlier cleaning until its story changes. The store's engine-side
// cache (docs/storage.md) tracks recleaning; this cache is for the in-memory engine.
//
// Thread safety: all methods may be called concurrently.
#ifndef DOSSIER_SRC_SERVER_BRIEFING_CACHE_H_
#define DOSSIER_SRC_SERVER_BRIEFING_CACHE_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "dossier/article_id.h"
#include "dossier/engine.h"
#include "dossier/options.h"
#include "dossier/status.h"

namespace dossier::server {

struct RenderedBriefing {
  std::vector<ArticleId> members;  // the story's articles it was built from, in order
  std::string json;                // exactly `dossier brief --format json`
  std::string markdown;            // exactly `dossier brief` (Markdown)
};

class BriefingCache {
 public:
  // `capacity` = 0 disables caching (every request briefs). REQUIRES: engine outlives this.
  BriefingCache(Engine* engine, BriefingOptions options, size_t capacity);

  // The briefing of story `story` whose articles are `members` (non-empty).
  StatusOr<std::shared_ptr<const RenderedBriefing>> Get(uint64_t story,
                                                        const std::vector<ArticleId>& members);

  // Drops the entries of stories not in `live` (merged away).
  void Retain(const std::unordered_set<uint64_t>& live);

  struct Stats {
    size_t entries = 0;
    uint64_t hits = 0;
    uint64_t builds = 0;
  };
  Stats stats() const;

 private:
  struct Slot {
    std::mutex build_mu;  // held while this story is being briefed
    std::shared_ptr<const RenderedBriefing> value;  // guarded by BriefingCache::mu_
    uint64_t last_used = 0;                          // guarded by BriefingCache::mu_
  };

  std::shared_ptr<Slot> SlotOf(uint64_t story);
  // The slot's value when it was built from `members`, else nullptr.
  std::shared_ptr<const RenderedBriefing> Lookup(Slot* slot, const std::vector<ArticleId>& members);
  StatusOr<std::shared_ptr<const RenderedBriefing>> Build(const std::vector<ArticleId>& members);
  void EvictLocked();

  Engine* engine_;
  const BriefingOptions options_;
  const size_t capacity_;
  mutable std::mutex mu_;
  std::unordered_map<uint64_t, std::shared_ptr<Slot>> slots_;  // guarded by mu_
  uint64_t clock_ = 0;                                        // guarded by mu_
  uint64_t hits_ = 0;                                         // guarded by mu_
  uint64_t builds_ = 0;                                       // guarded by mu_
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_BRIEFING_CACHE_H_
