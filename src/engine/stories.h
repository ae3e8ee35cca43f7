// stories.h: the StoryList of include/dossier/story.h from a clusterer's placements
// (internal to src/engine; Engine::Stories is the way in).
#ifndef DOSSIER_SRC_ENGINE_STORIES_H_
#define DOSSIER_SRC_ENGINE_STORIES_H_

#include <vector>

#include "dossier/article.h"
#include "dossier/story.h"
#include "src/cluster/story_clusterer.h"

namespace dossier::engine {

// The clusterer's input for one held article.
cluster::StreamArticle StreamInput(const Article& a);

// Stories (by id) of `articles` (in clustering order; articles[i] was the i-th Add of
// `clusterer`, placed as placements[i]).
// REQUIRES: articles.size() == placements.size() == clusterer.size().
StoryList BuildStoryList(const std::vector<const Article*>& articles,
                         const std::vector<cluster::Placement>& placements,
                         const cluster::StoryClusterer& clusterer);

// The headline of `members` whose content words are most shared by the others (ties:
// the earliest); the start of the first text when no member has a title.
std::string ChooseLabel(const std::vector<const Article*>& members);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_STORIES_H_
