// story_index.h: an immutable snapshot of the engine's stories, as the read routes see
// them: newest first, found by id (following merges), filtered by date and words.
//
//   auto index = std::make_shared<const StoryIndex>(engine.Stories({}));
//   const Story* s = index->Find(42);              // or the story 42 merged into
//   std::vector<const Story*> page = index->Select(query, headlines);
//
// Readers share one snapshot through a shared_ptr; a write builds the next one and
// swaps it in, so reading never waits on the engine (docs/DESIGN.md, "Server").
#ifndef DOSSIER_SRC_SERVER_STORY_INDEX_H_
#define DOSSIER_SRC_SERVER_STORY_INDEX_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "dossier/article_id.h"
#include "dossier/status.h"
#include "dossier/story.h"

namespace dossier::server {

// The filters of GET /stories. `since` is "YYYY", "YYYY-MM" or "YYYY-MM-DD" (or empty);
// `words` are the lower-cased words of `q` (QueryWords).
struct StoryFilter {
  std::string since;
  std::vector<std::string> words;
};

// Lower-cased words of a query or headline: runs of ASCII letters and digits, and of
// bytes >= 0x80 (so "Zürich" is one word). Each once, in order of first appearance.
std::vector<std::string> QueryWords(std::string_view text);

// kInvalidArgument unless `since` is empty or a date of the forms StoryFilter names.
Status ValidateSince(std::string_view since);

class StoryIndex {
 public:
  explicit StoryIndex(StoryList list);

  // Articles the snapshot covers: it changes exactly when an article is added.
  size_t articles() const { return list_.story_of.size(); }
  const StoryList& list() const { return list_; }
  // Stories by last date, newest first; undated stories last; ties by id, newest first.
  const std::vector<const Story*>& newest_first() const { return newest_first_; }

  // The story `id` names, or the story it was merged into; nullptr when there is none.
  const Story* Find(uint64_t id) const;
  // The story holding `article`; nullopt for an article the snapshot does not cover.
  std::optional<uint64_t> StoryOf(const ArticleId& article) const;

  // Stories passing `filter`, newest first. A story passes `since` when its last date is
  // on or after it (undated stories never do), and `words` when every word is the start
  // of a word of its label or of one of its headlines; `headlines(story)` is asked only
  // for stories whose label does not already match.
  std::vector<const Story*> Select(
      const StoryFilter& filter,
      const std::function<std::vector<std::string>(const Story&)>& headlines) const;

 private:
  StoryList list_;
  std::vector<const Story*> newest_first_;
  std::unordered_map<uint64_t, size_t> by_id_;          // story id -> index in list_
  std::unordered_map<uint64_t, uint64_t> merged_into_;  // merged-away id -> survivor
  std::unordered_map<uint64_t, uint64_t> story_of_;     // article id -> story id
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_STORY_INDEX_H_
