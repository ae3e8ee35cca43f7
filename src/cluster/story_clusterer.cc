// story_clusterer.cc: online single-pass story clustering.
//
// Method. The single-pass clustering of the TDT detection systems (Allan et al. 1998;
// Yang et al. 1998), as Miranda et al. (EMNLP 2018, "Multilingual Clustering of
// Streaming News") run it over a news stream: each arriving article is a tf-idf vector
// of stemmed content words (idf from the document frequencies of the stream so far);
// each live story is the sum of its articles' vectors (its centroid, weighted by the
// current idf); the article joins the live story of highest cosine if that clears a
// threshold and opens a new story otherwise. From Miranda et al. we take the centroid
// representation, the online idf, the separate treatment of titles and names (their
// title and entity sub-vectors, here folded into one vector as extra weights), and time
// as a gate on which stories may take an article; we do not take their learned ranking
// and acceptance models, which need labelled training streams. From MStream/MStreamF
// (Yin et al., KDD 2018) we take forgetting: a story quiet for longer than a window
// leaves the index, so memory is bounded on an endless stream. Two signals the papers
// do not use: the near-duplicate index (a syndicated copy joins its original's story
// whatever the vectors say), and merges, recorded as (younger id -> older id), when one
// article is close to two live stories that are close to each other. Candidates come
// from an inverted index of the live stories' terms, scanning only posting lists short
// enough to be informative, and are then scored exactly, so an article costs about its
// number of terms times the number of stories sharing its rare terms.
// Full text and headline-only articles have their own threshold and window (the only
// rule by input); see docs/DESIGN.md, "Stories".
#include "src/cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <utility>

#include "src/cluster/features.h"
#include "src/dedup/near_dup_index.h"
#include "src/text/analyzer.h"

namespace dossier::cluster {
namespace {

// Posting lists longer than this are not scanned for candidates (the term is in so many
// live stories that it cannot tell them apart); they still count in the exact score.
constexpr size_t kMaxScannedPostings = 2000;
// Candidates scored exactly per article.
constexpr size_t kMaxCandidates = 24;
// The index is swept for quiet stories every this many articles.
constexpr uint32_t kSweepEvery = 256;

struct LiveStory {
  uint64_t id = 0;
  std::unordered_map<uint64_t, float> terms;  // summed article weights (no idf)
  double norm = 0;                            // of terms x idf, at the last update
  std::unordered_map<uint64_t, float> names;  // the name-like terms alone
  double name_norm = 0;
  int64_t first = kNoTime;                    // effective times of its articles
  int64_t last = kNoTime;
  uint32_t last_article = 0;
  uint32_t size = 0;
  bool headline = false;  // the profile of the article that opened it
};

// The calendar day (UTC) of `t`.
int64_t Day(int64_t t) { return t >= 0 ? t / 86400 : (t - 86399) / 86400; }

// Calendar days between `t` and the story's [first, last]; 0 on a day inside it or when
// either is undated. Days, not seconds: "the same date" must not depend on the hour.
double GapDays(const LiveStory& s, int64_t t) {
  if (t == kNoTime || s.last == kNoTime) return 0;
  if (Day(t) > Day(s.last)) return static_cast<double>(Day(t) - Day(s.last));
  if (Day(t) < Day(s.first)) return static_cast<double>(Day(s.first) - Day(t));
  return 0;
}

}  // namespace

class StoryClusterer::Impl {
 public:
  explicit Impl(const ClusterOptions& options)
      : options_(options), dedup_(dedup::NearDupOptions{}) {}

  Placement Add(const StreamArticle& article);
  uint64_t Resolve(uint64_t story) const {
    for (auto it = parent_.find(story); it != parent_.end(); it = parent_.find(story)) {
      story = it->second;
    }
    return story;
  }

  std::vector<uint64_t> article_story_;
  std::vector<StoryMerge> merges_;
  std::unordered_map<uint64_t, LiveStory> live_;
  size_t story_count_ = 0;

 private:
  struct Scored {
    uint64_t id;
    double score;
  };

  double Idf(uint64_t h) const {
    auto it = df_.find(h);
    const double df = it == df_.end() ? 0 : it->second;
    // No "+ 1" (scikit-learn's smoothing): a word in most articles should weigh about
    // nothing, or a story's centroid drifts toward the vocabulary of its country or beat.
    // The 0.5 keeps a word of the first article above zero for the second.
    return std::log((docs_ + 1.0) / (df + 0.5));
  }
  double WindowDays(bool headline) const {
    return headline ? options_.headline_window_days : options_.text_window_days;
  }
  double Threshold(bool headline) const {
    return headline ? options_.headline_threshold : options_.text_threshold;
  }
  double Norm(const TermVector& v) const;
  double Cosine(const TermVector& v, double v_norm, const LiveStory& s) const;
  double StoryCosine(const LiveStory& a, const LiveStory& b) const;
  std::vector<Scored> Rank(const TermVector& v, int64_t t, bool headline);
  uint64_t NearCopyStory(uint32_t index, const StreamArticle& article, bool headline);
  void Join(LiveStory* s, const TermVector& v, int64_t t, uint32_t index);
  uint64_t Open(const TermVector& v, int64_t t, uint32_t index, bool headline);
  void Merge(uint64_t from, uint64_t into, uint32_t index);
  void Renorm(LiveStory* s) const;
  void Sweep(uint32_t index);

  ClusterOptions options_;
  text::Analyzer analyzer_;
  dedup::NearDupIndex dedup_;
  std::unordered_map<uint64_t, uint32_t> df_;
  uint32_t docs_ = 0;
  std::unordered_map<uint64_t, std::vector<uint64_t>> postings_;  // term -> live story ids
  size_t stale_postings_ = 0;
  std::unordered_map<uint64_t, uint64_t> parent_;  // merged story -> the one it joined
  uint64_t next_id_ = 1;
  int64_t clock_ = kNoTime;  // newest dated time seen
};

double StoryClusterer::Impl::Norm(const TermVector& v) const {
  double n = 0;
  for (const Term& t : v) {
    const double w = t.weight * Idf(t.hash);
    n += w * w;
  }
  return std::sqrt(n);
}

// The cosine of all terms, mixed with the cosine of the name-like terms alone when both
// sides have names (Miranda et al.'s entity sub-vector): two plane crashes share
// "pilot", "flight" and "investigators", not "EgyptAir" and "Kennedy".
double StoryClusterer::Impl::Cosine(const TermVector& v, double v_norm,
                                    const LiveStory& s) const {
  if (v_norm == 0 || s.norm == 0) return 0;
  double dot = 0;
  double name_dot = 0;
  double name_norm = 0;
  for (const Term& t : v) {
    const double idf = Idf(t.hash);
    if (t.name) {
      name_norm += t.weight * idf * t.weight * idf;
      auto n = s.names.find(t.hash);
      if (n != s.names.end()) name_dot += t.weight * idf * n->second * idf;
    }
    auto it = s.terms.find(t.hash);
    if (it == s.terms.end()) continue;
    dot += t.weight * idf * it->second * idf;
  }
  const double all = dot / (v_norm * s.norm);
  if (name_norm == 0 || s.name_norm == 0 || options_.name_share <= 0) return all;
  const double names = name_dot / (std::sqrt(name_norm) * s.name_norm);
  return (1 - options_.name_share) * all + options_.name_share * names;
}

double StoryClusterer::Impl::StoryCosine(const LiveStory& a, const LiveStory& b) const {
  const LiveStory& small = a.terms.size() <= b.terms.size() ? a : b;
  const LiveStory& large = &small == &a ? b : a;
  if (small.norm == 0 || large.norm == 0) return 0;
  double dot = 0;
  for (const auto& [h, w] : small.terms) {
    auto it = large.terms.find(h);
    if (it == large.terms.end()) continue;
    const double idf = Idf(h);
    dot += w * idf * it->second * idf;
  }
  return dot / (small.norm * large.norm);
}

void StoryClusterer::Impl::Renorm(LiveStory* s) const {
  double n = 0;
  for (const auto& [h, w] : s->terms) {
    const double x = w * Idf(h);
    n += x * x;
  }
  s->norm = std::sqrt(n);
  n = 0;
  for (const auto& [h, w] : s->names) {
    const double x = w * Idf(h);
    n += x * x;
  }
  s->name_norm = std::sqrt(n);
}

// Live stories within the window of `t`, best first (ties: lower id), scored exactly.
std::vector<StoryClusterer::Impl::Scored> StoryClusterer::Impl::Rank(const TermVector& v,
                                                                    int64_t t, bool headline) {
  std::unordered_map<uint64_t, double> partial;
  for (const Term& term : v) {
    auto it = postings_.find(term.hash);
    if (it == postings_.end() || it->second.size() > kMaxScannedPostings) continue;
    const double idf = Idf(term.hash);
    for (uint64_t id : it->second) partial[id] += term.weight * idf * idf;
  }
  std::vector<Scored> candidates;
  for (const auto& [id, p] : partial) {
    auto s = live_.find(id);
    if (s == live_.end() || GapDays(s->second, t) > WindowDays(headline)) continue;
    candidates.push_back({id, p / std::max(s->second.norm, 1e-9)});
  }
  auto better = [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  };
  if (candidates.size() > kMaxCandidates) {
    std::partial_sort(candidates.begin(), candidates.begin() + kMaxCandidates,
                      candidates.end(), better);
    candidates.resize(kMaxCandidates);
  }
  const double v_norm = Norm(v);
  for (Scored& c : candidates) c.score = Cosine(v, v_norm, live_.at(c.id));
  std::sort(candidates.begin(), candidates.end(), better);
  return candidates;
}

// The live story of the earliest earlier article this one copies; 0 when none.
uint64_t StoryClusterer::Impl::NearCopyStory(uint32_t index, const StreamArticle& article,
                                             bool headline) {
  const std::string_view body = headline ? article.title : article.text;
  std::vector<dedup::Match> matches = dedup_.AddAndQuery(index, body);
  if (!options_.join_near_copies) return 0;
  for (const dedup::Match& m : matches) {
    const uint64_t story = Resolve(article_story_[m.other]);
    if (live_.count(story)) return story;
  }
  return 0;
}

void StoryClusterer::Impl::Join(LiveStory* s, const TermVector& v, int64_t t, uint32_t index) {
  for (const Term& term : v) {
    auto [it, inserted] = s->terms.try_emplace(term.hash, 0.0f);
    it->second += term.weight;
    if (inserted) postings_[term.hash].push_back(s->id);
    if (term.name) s->names[term.hash] += term.weight;
  }
  if (t != kNoTime) {
    s->first = s->first == kNoTime ? t : std::min(s->first, t);
    s->last = s->last == kNoTime ? t : std::max(s->last, t);
  }
  s->last_article = index;
  ++s->size;
  Renorm(s);
}

uint64_t StoryClusterer::Impl::Open(const TermVector& v, int64_t t, uint32_t index,
                                    bool headline) {
  const uint64_t id = next_id_++;
  ++story_count_;
  LiveStory& s = live_[id];
  s.id = id;
  s.headline = headline;
  Join(&s, v, t, index);
  return id;
}

void StoryClusterer::Impl::Merge(uint64_t from, uint64_t into, uint32_t index) {
  LiveStory& a = live_.at(from);
  LiveStory& b = live_.at(into);
  for (const auto& [h, w] : a.terms) {
    auto [it, inserted] = b.terms.try_emplace(h, 0.0f);
    it->second += w;
    if (inserted) postings_[h].push_back(into);
  }
  for (const auto& [h, w] : a.names) b.names[h] += w;
  stale_postings_ += a.terms.size();
  if (a.first != kNoTime) {
    b.first = b.first == kNoTime ? a.first : std::min(b.first, a.first);
    b.last = b.last == kNoTime ? a.last : std::max(b.last, a.last);
  }
  b.size += a.size;
  b.last_article = std::max(a.last_article, b.last_article);
  Renorm(&b);
  live_.erase(from);
  parent_[from] = into;
  --story_count_;
  merges_.push_back({from, into, index});
}

// Stories quiet for longer than their window, or beyond max_hot_stories (least recently
// active first), leave the index; stale posting entries are dropped once they dominate.
void StoryClusterer::Impl::Sweep(uint32_t index) {
  std::vector<std::pair<uint32_t, uint64_t>> by_activity;
  std::vector<uint64_t> quiet;
  for (const auto& [id, s] : live_) {
    const double idle = clock_ == kNoTime || s.last == kNoTime
                            ? 0
                            : static_cast<double>(Day(clock_) - Day(s.last));
    if (idle > WindowDays(s.headline)) {
      quiet.push_back(id);
    } else {
      by_activity.push_back({s.last_article, id});
    }
  }
  const size_t cap = static_cast<size_t>(std::max(options_.max_hot_stories, 1));
  if (by_activity.size() > cap) {
    std::sort(by_activity.begin(), by_activity.end());
    for (size_t i = 0; i < by_activity.size() - cap; ++i) quiet.push_back(by_activity[i].second);
  }
  for (uint64_t id : quiet) {
    stale_postings_ += live_.at(id).terms.size();
    live_.erase(id);
  }
  size_t live_postings = 0;
  for (const auto& [id, s] : live_) live_postings += s.terms.size();
  if (stale_postings_ <= live_postings) return;
  for (auto it = postings_.begin(); it != postings_.end();) {
    std::vector<uint64_t>& ids = it->second;
    ids.erase(std::remove_if(ids.begin(), ids.end(),
                             [&](uint64_t id) { return live_.count(id) == 0; }),
              ids.end());
    it = ids.empty() ? postings_.erase(it) : std::next(it);
  }
  stale_postings_ = 0;
  (void)index;
}

Placement StoryClusterer::Impl::Add(const StreamArticle& article) {
  const uint32_t index = static_cast<uint32_t>(article_story_.size());
  const bool headline = IsHeadlineOnly(article);
  Placement p;
  p.undated = article.time == kNoTime;
  if (!p.undated) clock_ = clock_ == kNoTime ? article.time : std::max(clock_, article.time);
  const int64_t t = p.undated ? clock_ : article.time;
  const TermVector v = ArticleTerms(&analyzer_, article, options_);

  if (uint64_t copy = NearCopyStory(index, article, headline); copy != 0) {
    p = {copy, PlacedBy::kNearCopy, 1.0, p.undated};
    Join(&live_.at(copy), v, t, index);
  } else {
    std::vector<Scored> ranked = Rank(v, t, headline);
    const double threshold = Threshold(headline);
    if (!ranked.empty() && ranked[0].score >= threshold) {
      p.story = ranked[0].id;
      p.by = PlacedBy::kSimilar;
      p.score = ranked[0].score;
      Join(&live_.at(p.story), v, t, index);
      for (size_t k = 1; k < ranked.size(); ++k) {
        if (ranked[k].score < options_.merge_factor * threshold) break;
        if (StoryCosine(live_.at(p.story), live_.at(ranked[k].id)) <
            options_.merge_factor * threshold) {
          continue;
        }
        const uint64_t into = std::min(p.story, ranked[k].id);
        Merge(std::max(p.story, ranked[k].id), into, index);
        p.story = into;
      }
    } else {
      p.story = Open(v, t, index, headline);
    }
  }
  article_story_.push_back(p.story);
  for (const Term& term : v) ++df_[term.hash];
  ++docs_;
  if ((index + 1) % kSweepEvery == 0 ||
      live_.size() > static_cast<size_t>(std::max(options_.max_hot_stories, 1)) * 2) {
    Sweep(index);
  }
  return p;
}

StoryClusterer::StoryClusterer(const ClusterOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;

Placement StoryClusterer::Add(const StreamArticle& article) { return impl_->Add(article); }

uint64_t StoryClusterer::StoryOf(uint32_t article) const {
  return impl_->Resolve(impl_->article_story_.at(article));
}
uint64_t StoryClusterer::Resolve(uint64_t story) const { return impl_->Resolve(story); }
const std::vector<StoryMerge>& StoryClusterer::merges() const { return impl_->merges_; }
size_t StoryClusterer::size() const { return impl_->article_story_.size(); }
size_t StoryClusterer::story_count() const { return impl_->story_count_; }
size_t StoryClusterer::hot_stories() const { return impl_->live_.size(); }

}  // namespace dossier::cluster
