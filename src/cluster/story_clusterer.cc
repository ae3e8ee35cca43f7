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
// leaves the index, so memory is bounded on an endless stream. Three signals the papers
// do not use: the near-duplicate index (a syndicated copy joins its original's story
// whatever the vectors say); merges, recorded as (younger id -> older id), when one
// headline is close to two live stories that are close to each other; and a second
// look at small stories: a story still of at most ten articles 256 articles after it
// opened is scored again, as one article, against the stories that grew meanwhile, and
// merges into the best if that clears its profile's threshold. Single-pass clustering
// depends on order, and the article that bridges two wordings of one event often comes
// after both; the second look repairs that by merges only, so placed articles keep
// their ids, and costs one ranking per small story. Because a wrong join is permanent and
// an opened story can still merge at its second look, full text defers the doubtful
// cases to that look: a story turns away an article far less like it than its members
// were when they joined (the cohesion gate), and a story still of one article merges at
// 0.9 of the threshold (kCohesionFactor, kLoneSecondLookFactor). Full-text articles
// weigh a term by its raw count, headlines by 1 + ln(count) (features.h). Candidates
// come from an inverted index of the live stories' terms, scanning only posting lists
// short enough to be informative, and are then scored exactly, so an article costs
// about its number of terms times the number of stories sharing its rare terms.
// Full text and headline-only articles have their own threshold, window and merge rule
// (the only rule by input); see docs/DESIGN.md, "Stories".
#include "src/cluster/story_clusterer.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <memory>
#include <unordered_map>
#include <utility>

#include "src/cluster/features.h"
#include "src/cluster/prepared.h"
#include "src/dedup/near_dup_index.h"
#include "src/text/analyzer.h"

namespace dossier::cluster {
namespace {

// Posting lists longer than this are not scanned (the term is in so many live stories
// that it cannot tell them apart); when one is skipped, the best candidates by the
// other terms are scored again with every term.
constexpr size_t kMaxScannedPostings = 2000;
// The idf prior: articles counted as seen before the stream starts (see Idf).
constexpr double kIdfPriorDocs = 100;
// Candidates scored again when a posting list was skipped.
constexpr size_t kMaxCandidates = 64;
// The index is swept for quiet stories every this many articles.
constexpr uint32_t kSweepEvery = 256;
// Articles per generation of the near-copy index. Two generations are queried, so a
// copy is found when its original is among the last 8,192 to 16,384 articles (days of
// a large wire feed; syndicated copies follow their original within hours), and the
// index stays bounded on an endless stream. A bigger index costs more than memory:
// short headlines share LSH bands with many others, so every query verifies more
// candidates (uci-all took 1.5x longer with 32,768).
constexpr size_t kNearCopyGeneration = 8192;
// Second look (ClusterOptions::second_look): a story opened this many articles ago that
// holds at most kSecondLookMaxSize articles is scored again, once. 256 is the sweep
// period (128 and 1,024 within 0.004 B-cubed F1 of it on both dev sets, cap 2). Ten:
// a fragment, next to the dozens of articles a day's aggregator story or a DUC topic
// has; B-cubed F1 with at most 2 / 5 / 10 articles: uci-first7days 0.866 / 0.872 /
// 0.874, uci-all 0.830 / 0.833 / 0.834, duc_stream 0.781 / 0.773 / 0.780 (docs/eval.md).
constexpr uint32_t kSecondLookAfter = 256;
constexpr uint32_t kSecondLookMaxSize = 10;
// Full text only, and only with the second look on (both measured on duc_stream and on
// five streams derived from it by scripts/cluster_variants.py; docs/eval.md):
// - Cohesion gate: a story that has taken kCohesionMinJoins or more articles by
//   similarity takes the next one only if its cosine is at least kCohesionFactor times
//   the mean cosine at which those joined. An article that clears the join threshold but
//   looks much less like the story than its members did (one shared word, "virus", in an
//   article about another virus) opens a story of its own instead: a wrong join is
//   permanent (articles keep their story), an opened story can still merge at its second
//   look. Factor 0.5 / 0.6 / 0.7 with the lone factor below: duc_stream B-cubed F1
//   0.791 / 0.796 / 0.795 (0.780 without either, 0.787 with the gate alone); at least
//   1 / 2 / 5 joins: 0.794 / 0.796 / 0.796.
// - A lone article at its second look (a story of one full-text article) merges at
//   kLoneSecondLookFactor times the join threshold: it opened alone (or was turned away
//   by the gate) and no article joined it in 256 arrivals, so it is more likely a
//   story's straggler than the start of a new story. 0.8 / 0.9 / 1.0: duc_stream 0.790 /
//   0.796 / 0.787 with the gate, 0.779 / 0.784 / 0.780 without it. Every pair in that
//   3 x 3 grid scores above the defaults without them on duc_stream and, on average,
//   on the five derived streams.
// Headlines keep neither: their cosines rest on two or three shared words, too noisy to
// judge against a story's mean (uci-first7days 0.874 -> 0.872 with both).
constexpr double kCohesionFactor = 0.6;
constexpr uint32_t kCohesionMinJoins = 2;
constexpr double kLoneSecondLookFactor = 0.9;

// A live story holding a term, with a pointer to the story's weight for it (nodes of
// an unordered_map keep their address across rehashing; postings are removed before
// their story is).
struct Posting {
  uint32_t slot;  // the story's slot in the dense score table (StoryClusterer::Impl)
  const float* weight;
};

struct LiveStory {
  uint64_t id = 0;
  uint32_t slot = 0;
  std::unordered_map<uint64_t, float> terms;  // summed article weights (no idf)
  double norm = 0;                            // of terms x idf, at the last update
  int64_t first = kNoTime;                    // effective times of its articles
  int64_t last = kNoTime;
  uint32_t last_article = 0;
  uint32_t size = 0;
  bool headline = false;  // the profile of the article that opened it
  // Full-text articles that joined by similarity (not the opener or copies) and the sum
  // of their cosines when they joined; a merge adds the other story's.
  uint32_t similar_joins = 0;
  double similar_score_sum = 0;
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

std::unique_ptr<dedup::NearDupIndex> NewNearCopyIndex() {
  auto index = std::make_unique<dedup::NearDupIndex>(StoryNearCopyOptions());
  index->Reserve(kNearCopyGeneration);
  return index;
}

}  // namespace

class StoryClusterer::Impl {
 public:
  explicit Impl(const ClusterOptions& options)
      : options_(options),
        dedup_(NewNearCopyIndex()) {}

  Placement Add(PreparedArticle article);
  uint64_t Resolve(uint64_t story) const {
    for (auto it = parent_.find(story); it != parent_.end(); it = parent_.find(story)) {
      story = it->second;
    }
    return story;
  }

  const ClusterOptions& options() const { return options_; }
  text::Analyzer* analyzer() { return &analyzer_; }

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
    // kIdfPriorDocs articles in which no word occurs are counted as seen, so in the
    // first articles of a stream every word weighs about the same (a word of the only
    // earlier article is not yet "in every article") and idf converges once the stream
    // is much longer than the prior.
    return std::log((docs_ + kIdfPriorDocs + 1.0) / (df + 0.5));
  }
  double WindowDays(bool headline) const {
    return headline ? options_.headline_window_days : options_.text_window_days;
  }
  double Threshold(bool headline) const {
    return headline ? options_.headline_threshold : options_.text_threshold;
  }
  double MergeFactor(bool headline) const {
    return headline ? options_.merge_factor : options_.text_merge_factor;
  }
  // Whether story `s` takes an article of cosine `score` (already at or above the join
  // threshold): false when the cohesion gate turns it away (a full-text article and
  // story, second look on, see kCohesionFactor). A bare headline is never judged
  // against a full-text story's mean: its cosines are not comparable.
  bool Takes(const LiveStory& s, double score, bool headline) const {
    if (headline || s.headline || !options_.second_look || s.similar_joins < kCohesionMinJoins) {
      return true;
    }
    return score >= kCohesionFactor * s.similar_score_sum / s.similar_joins;
  }
  double Norm(const TermVector& v) const;
  double Cosine(const TermVector& v, double v_norm, const LiveStory& s) const;
  double StoryCosine(const LiveStory& a, const LiveStory& b) const;
  // Live stories within the window of `t` that share a term with `v`, best first (ties:
  // lower id), scored exactly; `exclude` (a story placed again) is left out.
  std::vector<Scored> Rank(const TermVector& v, int64_t t, bool headline, uint64_t exclude = 0);
  // Scores a small story opened kSecondLookAfter articles ago as one article and merges
  // it into the best live story if that clears its profile's threshold.
  void SecondLook(uint64_t id, uint32_t index);
  uint64_t NearCopyStory(uint32_t index, dedup::NearDupIndex::Fingerprint fp);
  void Join(LiveStory* s, const TermVector& v, int64_t t, uint32_t index);
  uint64_t Open(const TermVector& v, int64_t t, uint32_t index, bool headline);
  void Merge(uint64_t from, uint64_t into, uint32_t index);
  void Renorm(LiveStory* s) const;
  void Sweep();
  // Removes the story's postings. REQUIRES: before the story is erased.
  void Unindex(const LiveStory& s);
  // Erases a live story and frees its slot. REQUIRES: Unindex called.
  void Forget(uint64_t id);

  ClusterOptions options_;
  text::Analyzer analyzer_;
  std::unique_ptr<dedup::NearDupIndex> dedup_;      // the current generation
  std::unique_ptr<dedup::NearDupIndex> dedup_old_;  // the one before; may be null
  std::unordered_map<uint64_t, uint32_t> df_;
  // Live stories by slot (node addresses of live_ are stable), free slots, and Rank's
  // dense dot products by slot with the slots it touched: a full-text article meets
  // tens of thousands of (story, term) postings, too many for a hash map per article.
  std::vector<LiveStory*> slots_;
  std::vector<uint32_t> free_slots_;
  std::vector<double> dot_;
  std::vector<uint32_t> touched_;
  uint32_t docs_ = 0;
  std::unordered_map<uint64_t, std::vector<Posting>> postings_;  // term -> live stories
  std::unordered_map<uint64_t, uint64_t> parent_;  // merged story -> the one it joined
  uint64_t next_id_ = 1;
  int64_t clock_ = kNoTime;  // newest dated time seen
  // Stories waiting for their second look: (article index when opened, id), in order.
  std::deque<std::pair<uint32_t, uint64_t>> second_look_;
};

double StoryClusterer::Impl::Norm(const TermVector& v) const {
  double n = 0;
  for (const Term& t : v) {
    const double w = t.weight * t.idf;
    n += w * w;
  }
  return std::sqrt(n);
}

double StoryClusterer::Impl::Cosine(const TermVector& v, double v_norm,
                                    const LiveStory& s) const {
  if (v_norm == 0 || s.norm == 0) return 0;
  double dot = 0;
  for (const Term& t : v) {
    auto it = s.terms.find(t.hash);
    if (it != s.terms.end()) dot += t.weight * t.idf * it->second * t.idf;
  }
  return dot / (v_norm * s.norm);
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
}

void StoryClusterer::Impl::Unindex(const LiveStory& s) {
  for (const auto& [h, w] : s.terms) {
    auto it = postings_.find(h);
    if (it == postings_.end()) continue;
    std::vector<Posting>& list = it->second;
    list.erase(std::remove_if(list.begin(), list.end(),
                              [&](const Posting& p) { return p.slot == s.slot; }),
               list.end());
    if (list.empty()) postings_.erase(it);
  }
}

std::vector<StoryClusterer::Impl::Scored> StoryClusterer::Impl::Rank(const TermVector& v,
                                                                    int64_t t, bool headline,
                                                                    uint64_t exclude) {
  bool skipped = false;
  touched_.clear();
  dot_.resize(slots_.size(), 0.0);
  for (const Term& term : v) {
    auto it = postings_.find(term.hash);
    if (it == postings_.end()) continue;
    if (it->second.size() > kMaxScannedPostings) {
      skipped = true;
      continue;
    }
    const double w = term.weight * term.idf * term.idf;
    for (const Posting& p : it->second) {
      if (dot_[p.slot] == 0) touched_.push_back(p.slot);
      dot_[p.slot] += w * *p.weight;
    }
  }
  const double v_norm = Norm(v);
  std::vector<Scored> candidates;
  for (uint32_t slot : touched_) {
    const double d = dot_[slot];
    dot_[slot] = 0;
    const LiveStory& s = *slots_[slot];
    if (s.id == exclude || GapDays(s, t) > WindowDays(headline) || v_norm == 0 ||
        s.norm == 0) {
      continue;
    }
    candidates.push_back({s.id, d / (v_norm * s.norm)});
  }
  auto better = [](const Scored& a, const Scored& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  };
  if (skipped) {  // the best by the scanned terms, scored again with every term
    if (candidates.size() > kMaxCandidates) {
      std::partial_sort(candidates.begin(), candidates.begin() + kMaxCandidates,
                        candidates.end(), better);
      candidates.resize(kMaxCandidates);
    }
    for (Scored& c : candidates) c.score = Cosine(v, v_norm, live_.at(c.id));
  }
  std::sort(candidates.begin(), candidates.end(), better);
  return candidates;
}

void StoryClusterer::Impl::SecondLook(uint64_t id, uint32_t index) {
  auto it = live_.find(id);
  if (it == live_.end() || it->second.size > kSecondLookMaxSize) return;
  const LiveStory& s = it->second;
  TermVector v;
  v.reserve(s.terms.size());
  for (const auto& [h, w] : s.terms) v.push_back({h, w, false, static_cast<float>(Idf(h))});
  std::sort(v.begin(), v.end(), [](const Term& a, const Term& b) { return a.hash < b.hash; });
  const std::vector<Scored> ranked =
      Rank(v, s.last != kNoTime ? s.last : clock_, s.headline, id);
  const double factor = !s.headline && s.size == 1 ? kLoneSecondLookFactor : 1.0;
  if (ranked.empty() || ranked[0].score < factor * Threshold(s.headline)) return;
  Merge(std::max(id, ranked[0].id), std::min(id, ranked[0].id), index);
}

// The live story of the earliest earlier article this one copies; 0 when none. `fp` is
// the fingerprint of the headline (headline profile) or of the text.
uint64_t StoryClusterer::Impl::NearCopyStory(uint32_t index,
                                             dedup::NearDupIndex::Fingerprint fp) {
  if (dedup_->size() >= kNearCopyGeneration) {
    dedup_old_ = std::move(dedup_);
    dedup_ = NewNearCopyIndex();
  }
  // One fingerprint serves both generations and the insert.
  std::vector<dedup::Match> matches;
  if (dedup_old_) matches = dedup_old_->QueryPrepared(fp);
  for (const dedup::Match& m : dedup_->QueryPrepared(fp)) matches.push_back(m);
  dedup_->AddPrepared(index, std::move(fp));
  if (!options_.join_near_copies) return 0;
  for (const dedup::Match& m : matches) {
    const uint64_t story = Resolve(article_story_[m.other]);
    if (live_.count(story)) return story;
  }
  return 0;
}

void StoryClusterer::Impl::Join(LiveStory* s, const TermVector& v, int64_t t, uint32_t index) {
  // Norms are updated for the article's terms at today's idf; the rest of the story's
  // terms keep the idf of their last update until the story has doubled (a full
  // recompute then), so a join costs the article's terms, not the story's.
  double norm2 = s->norm * s->norm;
  for (const Term& term : v) {
    auto [it, inserted] = s->terms.try_emplace(term.hash, 0.0f);
    const double idf2 = static_cast<double>(term.idf) * term.idf;
    norm2 += ((it->second + term.weight) * (it->second + term.weight) -
              it->second * it->second) * idf2;
    it->second += term.weight;
    if (inserted) postings_[term.hash].push_back({s->slot, &it->second});
  }
  s->norm = std::sqrt(std::max(norm2, 0.0));
  if (t != kNoTime) {
    s->first = s->first == kNoTime ? t : std::min(s->first, t);
    s->last = s->last == kNoTime ? t : std::max(s->last, t);
  }
  s->last_article = index;
  ++s->size;
  if ((s->size & (s->size - 1)) == 0) Renorm(s);  // sizes 1, 2, 4, 8, ...
}

uint64_t StoryClusterer::Impl::Open(const TermVector& v, int64_t t, uint32_t index,
                                    bool headline) {
  const uint64_t id = next_id_++;
  ++story_count_;
  LiveStory& s = live_[id];
  s.id = id;
  s.headline = headline;
  if (free_slots_.empty()) {
    s.slot = static_cast<uint32_t>(slots_.size());
    slots_.push_back(&s);
  } else {
    s.slot = free_slots_.back();
    free_slots_.pop_back();
    slots_[s.slot] = &s;
  }
  Join(&s, v, t, index);
  return id;
}

void StoryClusterer::Impl::Merge(uint64_t from, uint64_t into, uint32_t index) {
  LiveStory& a = live_.at(from);
  LiveStory& b = live_.at(into);
  for (const auto& [h, w] : a.terms) {
    auto [it, inserted] = b.terms.try_emplace(h, 0.0f);
    it->second += w;
    if (inserted) postings_[h].push_back({b.slot, &it->second});
  }
  Unindex(a);
  if (a.first != kNoTime) {
    b.first = b.first == kNoTime ? a.first : std::min(b.first, a.first);
    b.last = b.last == kNoTime ? a.last : std::max(b.last, a.last);
  }
  b.size += a.size;
  b.similar_joins += a.similar_joins;
  b.similar_score_sum += a.similar_score_sum;
  b.last_article = std::max(a.last_article, b.last_article);
  Renorm(&b);
  Forget(from);
  parent_[from] = into;
  --story_count_;
  merges_.push_back({from, into, index});
}

// Stories quiet for longer than their window, or beyond max_hot_stories (least recently
// active first), leave the index.
void StoryClusterer::Impl::Sweep() {
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
    Unindex(live_.at(id));
    Forget(id);
  }
}

void StoryClusterer::Impl::Forget(uint64_t id) {
  auto it = live_.find(id);
  slots_[it->second.slot] = nullptr;
  free_slots_.push_back(it->second.slot);
  live_.erase(it);
}

Placement StoryClusterer::Impl::Add(PreparedArticle article) {
  const uint32_t index = static_cast<uint32_t>(article_story_.size());
  const bool headline = article.headline;
  Placement p;
  p.undated = article.time == kNoTime;
  if (!p.undated) clock_ = clock_ == kNoTime ? article.time : std::max(clock_, article.time);
  const int64_t t = p.undated ? clock_ : article.time;
  TermVector v = std::move(article.terms);
  for (Term& term : v) term.idf = static_cast<float>(Idf(term.hash));

  if (uint64_t copy = NearCopyStory(index, std::move(article.fingerprint)); copy != 0) {
    p = {copy, PlacedBy::kNearCopy, 1.0, p.undated};
    Join(&live_.at(copy), v, t, index);
  } else {
    std::vector<Scored> ranked = Rank(v, t, headline);
    const double threshold = Threshold(headline);
    if (!ranked.empty() && ranked[0].score >= threshold &&
        Takes(live_.at(ranked[0].id), ranked[0].score, headline)) {
      p.story = ranked[0].id;
      p.by = PlacedBy::kSimilar;
      p.score = ranked[0].score;
      LiveStory& s = live_.at(p.story);
      Join(&s, v, t, index);
      if (!headline) {
        ++s.similar_joins;
        s.similar_score_sum += p.score;
      }
      const double merge_at = MergeFactor(headline) * threshold;
      for (size_t k = 1; merge_at > 0 && k < ranked.size(); ++k) {
        if (ranked[k].score < merge_at) break;
        if (StoryCosine(live_.at(p.story), live_.at(ranked[k].id)) < merge_at) continue;
        const uint64_t into = std::min(p.story, ranked[k].id);
        Merge(std::max(p.story, ranked[k].id), into, index);
        p.story = into;
      }
    } else {
      p.story = Open(v, t, index, headline);
      if (options_.second_look) second_look_.push_back({index, p.story});
    }
  }
  article_story_.push_back(p.story);
  for (const Term& term : v) ++df_[term.hash];
  ++docs_;
  while (!second_look_.empty() && second_look_.front().first + kSecondLookAfter <= index) {
    const uint64_t id = second_look_.front().second;
    second_look_.pop_front();
    SecondLook(id, index);
  }
  if ((index + 1) % kSweepEvery == 0 ||
      live_.size() > static_cast<size_t>(std::max(options_.max_hot_stories, 1)) * 2) {
    Sweep();
  }
  return p;
}

StoryClusterer::StoryClusterer(const ClusterOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryClusterer::~StoryClusterer() = default;

Placement StoryClusterer::Add(const StreamArticle& article) {
  return impl_->Add(PrepareArticle(article, impl_->options(), impl_->analyzer()));
}

Placement StoryClusterer::AddPrepared(PreparedArticle article) {
  return impl_->Add(std::move(article));
}

uint64_t StoryClusterer::StoryOf(uint32_t article) const {
  return impl_->Resolve(impl_->article_story_.at(article));
}
uint64_t StoryClusterer::Resolve(uint64_t story) const { return impl_->Resolve(story); }
const std::vector<StoryMerge>& StoryClusterer::merges() const { return impl_->merges_; }
size_t StoryClusterer::size() const { return impl_->article_story_.size(); }
size_t StoryClusterer::story_count() const { return impl_->story_count_; }
size_t StoryClusterer::hot_stories() const { return impl_->live_.size(); }

}  // namespace dossier::cluster
