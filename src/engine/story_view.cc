// story_view.cc: the published state of an Engine (story_view.h).
#include "src/engine/story_view.h"

#include <algorithm>
#include <iterator>
#include <utility>

namespace dossier::engine {
namespace {

std::string CacheKey(uint64_t story, const std::string& options_key) {
  return std::to_string(story) + '\n' + options_key;
}

}  // namespace

StoryView::StoryView(size_t cache_capacity) : capacity_(cache_capacity) {}

void StoryView::Replace(ViewUpdate update) {
  std::lock_guard<std::mutex> lock(mu_);
  meta_.clear();
  by_id_.clear();
  placed_.clear();
  parent_.clear();
  merges_.clear();
  stories_.clear();
  lru_.clear();
  cache_.clear();
  // clock_ keeps counting: a version is never given twice, so no entry made before the
  // reload can pass for current after it.
  ApplyLocked(std::move(update));
}

uint64_t StoryView::Resolve(uint64_t story) const {
  for (auto it = parent_.find(story); it != parent_.end(); it = parent_.find(story)) {
    story = it->second;
  }
  return story;
}

void StoryView::Touch(uint64_t story) {
  auto it = stories_.find(story);
  if (it != stories_.end()) it->second.version = ++clock_;
}

void StoryView::PlaceLocked(const PlacementUpdate& p) {
  for (const StoryMergeRecord& m : p.merges) {
    auto from = stories_.find(m.from);
    if (from != stories_.end()) {
      StoryState& into = stories_[m.into];
      std::vector<uint32_t> merged;
      merged.reserve(into.members.size() + from->second.members.size());
      std::merge(into.members.begin(), into.members.end(), from->second.members.begin(),
                 from->second.members.end(), std::back_inserter(merged));
      into.members = std::move(merged);
      stories_.erase(from);
    }
    parent_[m.from] = m.into;
    merges_.push_back(m);
    Touch(m.into);
  }
  placed_.push_back(p.placed);
  const uint64_t story = Resolve(p.placed.story);
  stories_[story].members.push_back(p.index);
  Touch(story);
}

void StoryView::Apply(ViewUpdate update) {
  std::lock_guard<std::mutex> lock(mu_);
  ApplyLocked(std::move(update));
}

void StoryView::ApplyLocked(ViewUpdate update) {
  for (ArticleMeta& m : update.added) {
    by_id_.emplace(m.id.value(), static_cast<uint32_t>(meta_.size()));
    meta_.push_back(std::move(m));
  }
  for (const PlacementUpdate& p : update.placed) PlaceLocked(p);
  for (uint32_t index : update.recleaned) {
    if (index < placed_.size()) Touch(Resolve(placed_[index].story));
  }
}

size_t StoryView::size() const {
  std::lock_guard<std::mutex> lock(mu_);
  return meta_.size();
}

size_t StoryView::placed_count() const {
  std::lock_guard<std::mutex> lock(mu_);
  return placed_.size();
}

std::vector<ArticleId> StoryView::Ids() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<ArticleId> ids;
  ids.reserve(meta_.size());
  for (const ArticleMeta& m : meta_) ids.push_back(m.id);
  return ids;
}

std::optional<uint32_t> StoryView::Find(ArticleId id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = by_id_.find(id.value());
  if (it == by_id_.end()) return std::nullopt;
  return it->second;
}

ArticleMeta StoryView::Meta(uint32_t index) const {
  std::lock_guard<std::mutex> lock(mu_);
  return meta_.at(index);
}

std::vector<ArticleMeta> StoryView::Metas() const {
  std::lock_guard<std::mutex> lock(mu_);
  return meta_;
}

uint64_t StoryView::StoryOf(uint32_t index) const {
  std::lock_guard<std::mutex> lock(mu_);
  return index < placed_.size() ? Resolve(placed_[index].story) : 0;
}

StoryList StoryView::Stories() {
  std::lock_guard<std::mutex> lock(mu_);
  StoryList list;
  list.stories.reserve(stories_.size());
  for (auto& [id, state] : stories_) {
    const bool fresh = state.label_version == state.version;
    list.stories.push_back(MakeStory(id, state.members, meta_, placed_, fresh ? &state.label : nullptr));
    if (!fresh) {
      state.label = list.stories.back().label;
      state.label_version = state.version;
    }
  }
  list.merges = merges_;
  list.story_of.reserve(placed_.size());
  for (const PlacedArticle& p : placed_) list.story_of.push_back(Resolve(p.story));
  return list;
}

std::optional<StoryRef> StoryView::FindStory(uint64_t id) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = stories_.find(Resolve(id));
  if (it == stories_.end()) return std::nullopt;
  StoryRef ref;
  ref.id = it->first;
  ref.version = it->second.version;
  ref.articles.reserve(it->second.members.size());
  for (uint32_t i : it->second.members) ref.articles.push_back(meta_[i].id);
  return ref;
}

std::shared_ptr<const Briefing> StoryView::CachedBriefing(uint64_t story, const std::string& key) {
  std::lock_guard<std::mutex> lock(mu_);
  story = Resolve(story);
  auto s = stories_.find(story);
  auto it = cache_.find(CacheKey(story, key));
  if (it == cache_.end()) {
    ++misses_;
    return nullptr;
  }
  if (s == stories_.end() || it->second->version != s->second.version) {
    lru_.erase(it->second);
    cache_.erase(it);
    ++misses_;
    return nullptr;
  }
  lru_.splice(lru_.begin(), lru_, it->second);
  ++hits_;
  return it->second->briefing;
}

void StoryView::PutBriefing(uint64_t story, uint64_t version, const std::string& key,
                            std::shared_ptr<const Briefing> briefing) {
  std::lock_guard<std::mutex> lock(mu_);
  auto s = stories_.find(story);
  if (capacity_ == 0 || s == stories_.end() || s->second.version != version) return;
  std::string full = CacheKey(story, key);
  auto it = cache_.find(full);
  if (it != cache_.end()) {
    lru_.erase(it->second);
    cache_.erase(it);
  }
  lru_.push_front({full, story, version, std::move(briefing)});
  cache_.emplace(std::move(full), lru_.begin());
  while (lru_.size() > capacity_) {
    cache_.erase(lru_.back().key);
    lru_.pop_back();
  }
}

CacheStats StoryView::cache_stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  return {hits_, misses_, lru_.size()};
}

}  // namespace dossier::engine
