// story_clusterer.h: online, single-pass clustering of a time-ordered article stream
// into stories.
//
//   cluster::StoryClusterer clusterer(cluster::ClusterOptions{});
//   for (const Article& a : stream) {                      // in arrival order
//     cluster::StreamArticle in{a.title, a.text, a.source, cluster::ParseTime(a.date)};
//     cluster::Placement p = clusterer.Add(in);           // article index = Adds before it
//   }
//   uint64_t story = clusterer.StoryOf(7);                 // current id, after merges
//
// Story ids start at 1 and are given in the order stories open. An article keeps the
// story it was placed in; when two stories merge, the younger id maps to the older one
// (`merges()`), and StoryOf follows the map. Output is a function of the sequence of Add
// calls only (no hash order, no clock, no randomness).
//
// Thread safety: not thread-safe; one clusterer per stream. const methods may run
// concurrently with each other.
#ifndef DOSSIER_SRC_CLUSTER_STORY_CLUSTERER_H_
#define DOSSIER_SRC_CLUSTER_STORY_CLUSTERER_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string_view>
#include <vector>

#include "dossier/story.h"

namespace dossier::cluster {

// Public as dossier::ClusterOptions (include/dossier/story.h).
using ClusterOptions = dossier::ClusterOptions;

// Seconds since 1970-01-01 UTC; kNoTime for an undated article.
inline constexpr int64_t kNoTime = std::numeric_limits<int64_t>::min();

// "YYYY-MM-DD" with an optional "THH:MM[:SS]" part (a trailing Z or offset ignored) to
// seconds since the epoch; kNoTime when `date` is empty or not of that form.
int64_t ParseTime(std::string_view date);

struct PreparedArticle;  // prepared.h

struct StreamArticle {
  std::string_view title;
  std::string_view text;    // empty for a headline-only feed
  std::string_view source;  // outlet; may be empty
  int64_t time = kNoTime;
  std::string_view url;     // may be empty; its path's words count for a bare headline
};

enum class PlacedBy : uint8_t {
  kOpened,     // no live story was similar enough: the article opened one
  kSimilar,    // joined the most similar live story
  kNearCopy,   // a near or exact copy (dedup::NearDupIndex) of an article of the story
};

struct Placement {
  uint64_t story = 0;  // the story's id when the article was placed
  PlacedBy by = PlacedBy::kOpened;
  double score = 0;    // similarity to the story (1 for copies, 0 when opened)
  bool undated = false;  // placed at the stream's current time (the last dated article's)
};

struct StoryMerge {
  uint64_t from = 0;     // the younger story, which ceases
  uint64_t into = 0;     // the older story, which takes its articles
  uint32_t at_article = 0;  // the article whose arrival showed they are one story
};

class StoryClusterer {
 public:
  explicit StoryClusterer(const ClusterOptions& options);
  ~StoryClusterer();
  StoryClusterer(const StoryClusterer&) = delete;
  StoryClusterer& operator=(const StoryClusterer&) = delete;

  // Places the next article of the stream (its index is size() before the call).
  Placement Add(const StreamArticle& article);
  // The same for an article prepared apart (prepared.h): Add(a) is
  // AddPrepared(PrepareArticle(a, options, analyzer)), so the placements are identical.
  // REQUIRES: prepared with this clusterer's options.
  Placement AddPrepared(PreparedArticle article);

  // The current id of the story holding `article` (after merges).
  // REQUIRES: article < size().
  uint64_t StoryOf(uint32_t article) const;
  // The id `story` is known by now (itself unless it was merged away).
  uint64_t Resolve(uint64_t story) const;

  const std::vector<StoryMerge>& merges() const;
  size_t size() const;          // articles added
  size_t story_count() const;   // stories opened, minus those merged away
  size_t hot_stories() const;   // stories still in the index (not gone quiet)

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::cluster

#endif  // DOSSIER_SRC_CLUSTER_STORY_CLUSTERER_H_
