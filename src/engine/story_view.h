// story_view.h: what readers of an Engine see while a writer adds articles: the held
// articles' ids and metadata, the stories of the engine's own clustering, and the
// briefing cache (internal to src/engine).
//
//   StoryView view(/*cache_capacity=*/1024);
//   ViewUpdate u;                                  // the writer, after each commit
//   u.added.push_back(MetaOf(article));
//   u.placed.push_back({index, placed, merges_at_this_article});
//   view.Apply(std::move(u));
//   StoryList list = view.Stories();               // any thread
//   std::optional<StoryRef> s = view.FindStory(7); // members and version
//   view.PutBriefing(s->id, s->version, key, briefing);
//   view.CachedBriefing(7, key);                   // until story 7 changes
//
// A story's version changes whenever what its briefing reads changes: an article joins
// it, another story merges into it, or one of its articles is recleaned (the cleaning
// evidence changed its body). A cached briefing is served only while its story has the
// version it was computed at, so a briefing is never stale, whatever the interleaving
// of readers and the writer. The cache is an LRU of `cache_capacity` briefings.
//
// Thread safety: every method may be called from any thread. One internal mutex guards
// everything; it is held for the length of a lookup or an update of one batch, and for
// Stories() (O(articles)), never while a briefing is computed.
#ifndef DOSSIER_SRC_ENGINE_STORY_VIEW_H_
#define DOSSIER_SRC_ENGINE_STORY_VIEW_H_

#include <cstdint>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/briefing.h"
#include "dossier/story.h"
#include "src/engine/stories.h"

namespace dossier::engine {

// One placed article, with the merges its arrival caused (in the order they happened).
struct PlacementUpdate {
  uint32_t index = 0;
  PlacedArticle placed;
  std::vector<StoryMergeRecord> merges;
};

// What one committed batch changed.
struct ViewUpdate {
  std::vector<ArticleMeta> added;      // new articles, indices size() ... in order
  std::vector<PlacementUpdate> placed; // in index order, continuing placed_count()
  std::vector<uint32_t> recleaned;     // held articles whose cleaned form changed
};

struct StoryRef {
  uint64_t id = 0;       // after following merges
  uint64_t version = 0;
  std::vector<ArticleId> articles;  // arrival order
};

struct CacheStats {
  uint64_t hits = 0;
  uint64_t misses = 0;
  size_t entries = 0;
};

class StoryView {
 public:
  explicit StoryView(size_t cache_capacity);

  // REQUIRES: one writer; update.placed continues placed_count() in order.
  void Apply(ViewUpdate update);
  // Everything forgotten and `update` applied, in one step: readers see the old view or
  // the new one, never an empty one (a reload after another process wrote).
  void Replace(ViewUpdate update);

  size_t size() const;
  size_t placed_count() const;
  std::vector<ArticleId> Ids() const;
  // The index of article `id`; nullopt when not held.
  std::optional<uint32_t> Find(ArticleId id) const;
  ArticleMeta Meta(uint32_t index) const;
  // Every article's metadata (a copy), by index.
  std::vector<ArticleMeta> Metas() const;
  // The story article `index` is in now; 0 when not placed yet.
  uint64_t StoryOf(uint32_t index) const;

  // The stories of every placed article (StoryList::story_of covers placed articles).
  StoryList Stories();
  // Story `id`, following merges; nullopt when no story has or had that id.
  std::optional<StoryRef> FindStory(uint64_t id) const;

  // The cached briefing of `story` under options `key`, if it is current.
  std::shared_ptr<const Briefing> CachedBriefing(uint64_t story, const std::string& key);
  // Caches `briefing` unless the story changed since `version`.
  void PutBriefing(uint64_t story, uint64_t version, const std::string& key,
                   std::shared_ptr<const Briefing> briefing);
  CacheStats cache_stats() const;

 private:
  struct StoryState {
    std::vector<uint32_t> members;  // ascending
    uint64_t version = 0;
    std::string label;
    uint64_t label_version = 0;     // the version `label` was chosen at (0: never)
  };
  struct CacheEntry {
    std::string key;
    uint64_t story = 0;
    uint64_t version = 0;
    std::shared_ptr<const Briefing> briefing;
  };

  uint64_t Resolve(uint64_t story) const;  // REQUIRES: mu_ held
  void Touch(uint64_t story);              // REQUIRES: mu_ held
  void PlaceLocked(const PlacementUpdate& p);
  void ApplyLocked(ViewUpdate update);

  mutable std::mutex mu_;
  std::vector<ArticleMeta> meta_;
  std::unordered_map<uint64_t, uint32_t> by_id_;
  std::vector<PlacedArticle> placed_;
  std::unordered_map<uint64_t, uint64_t> parent_;  // merged story -> the one it joined
  std::vector<StoryMergeRecord> merges_;
  std::map<uint64_t, StoryState> stories_;         // live stories by id
  uint64_t clock_ = 0;                             // the last version given

  size_t capacity_;
  std::list<CacheEntry> lru_;  // most recently used first
  std::unordered_map<std::string, std::list<CacheEntry>::iterator> cache_;
  uint64_t hits_ = 0;
  uint64_t misses_ = 0;
};

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_STORY_VIEW_H_
