// story.h: stories, the groups of articles that report one event or topic, as
// Engine::Stories finds them in the order articles arrived, and the options of the
// online clustering that finds them (src/cluster/, docs/DESIGN.md "Stories").
//
//   dossier::StoryList list = engine.Stories({});
//   for (const dossier::Story& s : list.stories)
//     std::cout << s.id << "\t" << s.size << "\t" << s.label << "\n";
//   dossier::StatusOr<dossier::Briefing> b = engine.BriefStory(list.stories[0].id, {}, {});
#ifndef DOSSIER_STORY_H_
#define DOSSIER_STORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "dossier/article_id.h"

namespace dossier {

// Online story clustering. Two profiles, picked per article by what it has: full text
// (title + text), or headline only (empty text). Nothing here is set per data set.
struct ClusterOptions {
  // Cosine (tf-idf, see DESIGN.md) to a story's centroid at or above which a full-text
  // article joins the story. Lower joins more follow-ups, and more same-topic strangers.
  double text_threshold = 0.2;
  // The same for a headline alone. A headline shares few words with its story, so a
  // single rare name carries more weight; higher keeps unrelated headlines apart.
  double headline_threshold = 0.15;
  // When a headline scores at least this factor of the join threshold with a second
  // live story, and that story's centroid is as close to the first one's, the two merge
  // (the younger id into the older). Higher merges less (more split stories); lower
  // chains stories of one beat together.
  double merge_factor = 1.5;
  // The same for full-text articles; 0 turns it off (the default): a full text shares
  // many words with its story, so two stories close to one article are more often two
  // stories of one beat than one story split (measured, docs/eval.md).
  double text_merge_factor = 0;
  // A story that still has at most ten articles when 256 more have arrived gets a second
  // look: it is scored as one article against the live stories and merges into the best
  // if that clears its profile's threshold (stories grown since it opened may now hold
  // it). Each story is looked at once. For full text it also brings two rules that rely
  // on that later look (docs/DESIGN.md "Stories"): a story that took articles by
  // similarity turns away one far less like it than they were (cosine under 0.6x their
  // mean), which opens a story of its own instead; and a story still of one article is
  // merged at 0.9x the threshold.
  bool second_look = true;
  // Days between an article and a story's dated span beyond which the story cannot take
  // the article; a story quiet for longer leaves the hot index. Dates have day
  // resolution, so 0 means "the same date". Aggregators' headline stories are the day's
  // coverage of an event (in the UCI News Aggregator, 7,206 of 7,229 stories lie within
  // one date); full-text collections (wires, archives) follow a topic for months and
  // come back to it after a year (trials, anniversaries, the next summit; DUC topics:
  // median gap between successive articles 12 days, 90th percentile 114; 87 of the 106
  // dated topics span more than a year, median 845 days). Memory is bounded by max_hot_stories either way. Measured on
  // duc_stream B-cubed F1: 180 days 0.731, 365 0.772, 730 0.781, 1,095 0.783, no
  // window 0.782 (docs/eval.md): past a year the window hardly matters.
  double text_window_days = 730;
  double headline_window_days = 0;
  // At most this many live stories are held; beyond it the least recently active goes
  // quiet first. Bounds memory on an endless stream.
  int max_hot_stories = 20000;
  // Words of an article's text read for its vector (the lead carries the story).
  int max_text_words = 400;
  // Weight of a title word relative to a text word, and extra weight of a name-like
  // (capitalised, not sentence-initial) word. Names and rare words tell stories apart.
  double title_weight = 2.0;
  double name_weight = 1.5;
  // Weight of the words of a bare headline's URL path ("/fed-plosser-says-weak-data-
  // caused-by-weather"), which often hold the newsroom's first wording of the story.
  // 0 ignores URLs. Measured: uci-first7days B-cubed F1 0.849 -> 0.860, uci-all 0.814
  // -> 0.827 (docs/eval.md); it costs a few more terms per headline.
  double url_weight = 0.5;
  // Copies found by the near-duplicate index (5-word-shingle Jaccard >= 0.5) join their
  // original's story while it is live, whatever the vectors say.
  bool join_near_copies = true;

  friend bool operator==(const ClusterOptions&, const ClusterOptions&) = default;
};

// How one article came to be in its story.
enum class StoryPlacement : uint8_t { kOpened, kSimilar, kNearCopy };

struct Story {
  uint64_t id = 0;                  // stable: the id given when the story opened
  std::string label;                // the headline that shares most words with the story's
  size_t size = 0;                  // articles
  std::vector<std::string> outlets; // distinct sources, sorted
  std::string first_date;           // earliest and latest article dates ("" if none dated)
  std::string last_date;
  std::vector<ArticleId> articles;  // in arrival order
  size_t undated = 0;               // articles without a date, placed in input order
  size_t near_copies = 0;           // articles that joined as copies of an earlier one
};

// A story that ceased because an article showed it to be part of an older one.
struct StoryMergeRecord {
  uint64_t from = 0;
  uint64_t into = 0;
};

struct StoryList {
  std::vector<Story> stories;            // by id
  std::vector<StoryMergeRecord> merges;  // in the order they happened
  // Every held article's story, in the engine's order (Engine::Ids()).
  std::vector<uint64_t> story_of;
};

}  // namespace dossier

#endif  // DOSSIER_STORY_H_
