// briefing_cache.h: rendered story briefings, kept while the story's articles stay the
// same, so a reader's request is a lookup and not a briefing.
//
//   BriefingCache cache(&engine, BriefingOptions{}, /*capacity=*/10000);
//   StatusOr<std::shared_ptr<const RenderedBriefing>> b = cache.Get(story.id, story.articles);
//   if (b.ok()) reply((*b)->json);
//
//   // A write: brief the changed stories before the new snapshot is published.
//   cache.Prebuild(next_index, 32);
//   publish(next_index);
//   cache.Retain(next_index);
//
// An entry is the briefing of one story with one member list (ids, in order). A story
// that gains an article needs a new entry; a write builds the new entries of the stories
// readers have asked for (Prebuild) before it publishes the snapshot that shows the new
// members, so readers of either snapshot find their briefing built and never wait for
// the engine; only a story nobody asked for yet is briefed on its first request (one
// build per story at a time; others asking wait for it rather than brief it again).
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
#include <vector>

#include "dossier/article_id.h"
#include "dossier/engine.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "src/server/story_index.h"

namespace dossier::server {

struct RenderedBriefing {
  std::vector<ArticleId> members;  // the story's articles it was built from, in order
  std::string json;                // exactly `dossier brief --format json`
  std::string markdown;            // exactly `dossier brief` (Markdown)
};

class BriefingCache {
 public:
  // Keeps at most `capacity` briefings (least recently read dropped first); 0 disables
  // caching (every request briefs). REQUIRES: engine outlives this.
  BriefingCache(Engine* engine, BriefingOptions options, size_t capacity);

  // The briefing of story `story` whose articles are `members` (non-empty).
  StatusOr<std::shared_ptr<const RenderedBriefing>> Get(uint64_t story,
                                                        const std::vector<ArticleId>& members);

  // Briefs the stories of `next` that have a cached briefing of other members, at most
  // `limit` of them, most recently read first. Returns how many it built.
  size_t Prebuild(const StoryIndex& next, size_t limit);

  // Drops the briefings that match no story of `current` (old member lists, stories
  // merged away).
  void Retain(const StoryIndex& current);

  struct Stats {
    size_t entries = 0;
    uint64_t hits = 0;
    uint64_t builds = 0;     // on a reader's request
    uint64_t prebuilds = 0;  // by a write, before publishing
  };
  Stats stats() const;

 private:
  struct Slot {
    std::mutex build_mu;  // held while this story is being briefed
    // Guarded by BriefingCache::mu_: briefings of this story for different member
    // lists (at most two: the published snapshot's and the next one's).
    std::vector<std::shared_ptr<const RenderedBriefing>> versions;
    uint64_t last_used = 0;
  };
  static constexpr size_t kVersionsPerStory = 2;

  std::shared_ptr<Slot> SlotOf(uint64_t story);
  std::shared_ptr<const RenderedBriefing> Lookup(Slot* slot, const std::vector<ArticleId>& members,
                                                 bool count_hit);
  // Builds the briefing of `members` into `slot` unless it is there (for a reader, or
  // for a write's Prebuild). REQUIRES: slot->build_mu held.
  StatusOr<std::shared_ptr<const RenderedBriefing>> BuildInto(Slot* slot,
                                                              const std::vector<ArticleId>& members,
                                                              bool for_reader);
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
  uint64_t prebuilds_ = 0;                                    // guarded by mu_
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_BRIEFING_CACHE_H_
