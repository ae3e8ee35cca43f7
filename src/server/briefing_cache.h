// briefing_cache.h: rendered briefings (JSON and Markdown) of the stories readers ask
// for, over the engine's own briefing cache, so a reader's request is a lookup and no
// reader waits for a briefing that a write changed.
//
//   BriefingCache cache(&engine, BriefingOptions{}, /*capacity=*/256);
//   StatusOr<std::shared_ptr<const RenderedBriefing>> b = cache.Get(story.id, story.articles);
//   if (b.ok()) reply((*b)->json);
//
//   // A write, after adding its articles and before publishing the next snapshot:
//   cache.Revalidate(next_index);
//   publish(next_index);
//
// The engine caches briefings as Briefing values and knows when one is stale (its story
// gained an article, merged, or had an article recleaned because the cleaning evidence
// changed: Engine::BriefStory). This cache keeps the rendered bytes of at most
// `capacity` stories, the most recently read. Each write revalidates every one of them
// through Engine::BriefStory before its new snapshot is published: an unchanged story is
// an engine cache hit (microseconds, no render), a changed one is briefed and rendered
// then, by the writer. So readers of either snapshot find their story's briefing
// rendered, current as of the last write; only a story no reader asked for yet is
// briefed on its first request (one build per story at a time; others asking wait).
// Versions are kept per member list, so a reader still holding the previous snapshot
// gets the briefing of the members it was shown.
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
  // Keeps the briefings of at most `capacity` stories (the least recently read dropped
  // first); 0 keeps none (every request renders the engine's briefing).
  // REQUIRES: engine outlives this.
  BriefingCache(Engine* engine, BriefingOptions options, size_t capacity);

  // The briefing of story `story`, whose articles in the reader's snapshot are
  // `members`: the cached one built from those members, else the engine's current one.
  StatusOr<std::shared_ptr<const RenderedBriefing>> Get(uint64_t story,
                                                        const std::vector<ArticleId>& members);

  // After a write: asks the engine for the briefing of every cached story of `next`
  // and renders those that changed; drops stories `next` no longer has. Returns how
  // many it rendered.
  size_t Revalidate(const StoryIndex& next);

  struct Stats {
    size_t stories = 0;      // stories with a rendered briefing
    uint64_t hits = 0;       // requests answered from the cache
    uint64_t builds = 0;     // rendered on a reader's request
    uint64_t prebuilds = 0;  // rendered by a write's Revalidate
  };
  Stats stats() const;

 private:
  struct Slot {
    std::mutex build_mu;  // held while this story is being briefed or revalidated
    // Guarded by BriefingCache::mu_: the story's briefings for different member lists,
    // newest last (at most kVersionsPerStory).
    std::vector<std::shared_ptr<const RenderedBriefing>> versions;
    uint64_t last_used = 0;
  };
  static constexpr size_t kVersionsPerStory = 2;

  std::shared_ptr<Slot> SlotOf(uint64_t story);
  std::shared_ptr<const RenderedBriefing> Lookup(Slot* slot, const std::vector<ArticleId>& members);
  // The engine's briefing of `story`, rendered; `*engine_briefed` is set when the engine
  // briefed it rather than answering from its cache.
  StatusOr<std::shared_ptr<const RenderedBriefing>> Render(uint64_t story, bool* engine_briefed);
  // Stores `b` as the slot's version for its members (replacing one of the same members).
  void Store(Slot* slot, std::shared_ptr<const RenderedBriefing> b);
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
