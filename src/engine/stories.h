// stories.h: Story records of include/dossier/story.h from articles' placements
// (internal to src/engine; Engine::Stories is the way in).
#ifndef DOSSIER_SRC_ENGINE_STORIES_H_
#define DOSSIER_SRC_ENGINE_STORIES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/article.h"
#include "dossier/story.h"
#include "src/cluster/story_clusterer.h"

namespace dossier::engine {

// What a story list needs of one held article, kept in memory for every article (the
// text stays in the database or the article store).
struct ArticleMeta {
  ArticleId id;
  std::string title;    // as read (clustering and labels read articles as given)
  std::string date;
  std::string source;
  std::string snippet;  // the text's first 80 bytes, only when the title is empty
};

// How one article was placed: the story id it got, how, and whether it was undated.
struct PlacedArticle {
  uint64_t story = 0;
  cluster::PlacedBy by = cluster::PlacedBy::kOpened;
  double score = 0;  // similarity to the story (1 for copies, 0 when opened)
  bool undated = false;
};

ArticleMeta MetaOf(const Article& a);

// The clusterer's input for one held article.
cluster::StreamArticle StreamInput(const Article& a);

// The headline of `members` whose content words are most shared by the others (ties:
// the earliest); the snippet of the first member when none has a title.
std::string ChooseLabel(const std::vector<const ArticleMeta*>& members);

// Story `id` of the articles `members` (indices into meta and placed, ascending): size,
// outlets, dates, undated and near-copy counts, article ids; the label only when
// `label` is null (else *label is used).
Story MakeStory(uint64_t id, const std::vector<uint32_t>& members,
                const std::vector<ArticleMeta>& meta, const std::vector<PlacedArticle>& placed,
                const std::string* label);

// The StoryList of articles [0, placed.size()) placed by `clusterer` (its i-th Add was
// article i). REQUIRES: placed.size() == clusterer.size() <= meta.size().
StoryList BuildStoryList(const std::vector<ArticleMeta>& meta,
                         const std::vector<PlacedArticle>& placed,
                         const cluster::StoryClusterer& clusterer);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_STORIES_H_
