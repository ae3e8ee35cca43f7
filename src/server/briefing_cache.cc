#include "src/server/briefing_cache.h"

#include <algorithm>
#include <utility>

#include "dossier/render.h"

namespace dossier::server {

BriefingCache::BriefingCache(Engine* engine, BriefingOptions options, size_t capacity)
    : engine_(engine), options_(std::move(options)), capacity_(capacity) {}

std::shared_ptr<BriefingCache::Slot> BriefingCache::SlotOf(uint64_t story) {
  std::lock_guard<std::mutex> lock(mu_);
  std::shared_ptr<Slot>& slot = slots_[story];
  if (!slot) slot = std::make_shared<Slot>();
  slot->last_used = ++clock_;
  return slot;
}

std::shared_ptr<const RenderedBriefing> BriefingCache::Lookup(
    Slot* slot, const std::vector<ArticleId>& members) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& v : slot->versions) {
    if (v->members != members) continue;
    ++hits_;
    return v;
  }
  return nullptr;
}

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::Render(uint64_t story,
                                                                        bool* engine_briefed) {
  const uint64_t misses = engine_->Stats().briefing_cache_misses;
  DOSSIER_ASSIGN_OR_RETURN(Briefing b, engine_->BriefStory(story, engine_->options().cluster, options_));
  // Another reader's miss in between counts too: then this renders needlessly, never
  // the other way round.
  *engine_briefed = engine_->Stats().briefing_cache_misses != misses;
  auto rendered = std::make_shared<RenderedBriefing>();
  for (const SourceInfo& s : b.sources) rendered->members.push_back(s.article);
  rendered->json = BriefingToJson(b);
  rendered->markdown = BriefingToMarkdown(b);
  return std::shared_ptr<const RenderedBriefing>(std::move(rendered));
}

void BriefingCache::Store(Slot* slot, std::shared_ptr<const RenderedBriefing> b) {
  std::lock_guard<std::mutex> lock(mu_);
  std::erase_if(slot->versions, [&](const auto& v) { return v->members == b->members; });
  slot->versions.push_back(std::move(b));
  if (slot->versions.size() > kVersionsPerStory) slot->versions.erase(slot->versions.begin());
  EvictLocked();
}

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::Get(
    uint64_t story, const std::vector<ArticleId>& members) {
  bool briefed = false;
  if (capacity_ == 0) return Render(story, &briefed);
  std::shared_ptr<Slot> slot = SlotOf(story);
  if (auto hit = Lookup(slot.get(), members)) return hit;
  std::lock_guard<std::mutex> build(slot->build_mu);
  if (auto hit = Lookup(slot.get(), members)) return hit;  // built while we waited
  StatusOr<std::shared_ptr<const RenderedBriefing>> rendered = Render(story, &briefed);
  if (!rendered.ok()) return rendered;
  Store(slot.get(), *rendered);
  std::lock_guard<std::mutex> lock(mu_);
  ++builds_;
  return rendered;
}

size_t BriefingCache::Revalidate(const StoryIndex& next) {
  std::vector<std::pair<uint64_t, std::shared_ptr<Slot>>> cached;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (auto it = slots_.begin(); it != slots_.end();) {
      const Story* story = next.Find(it->first);
      if (story == nullptr || story->id != it->first) {
        it = slots_.erase(it);  // merged away
        continue;
      }
      if (!it->second->versions.empty()) cached.emplace_back(it->first, it->second);
      ++it;
    }
  }
  size_t rendered = 0;
  for (auto& [id, slot] : cached) {
    std::lock_guard<std::mutex> build(slot->build_mu);
    const std::vector<ArticleId>& members = next.Find(id)->articles;
    bool briefed = false;
    std::shared_ptr<const RenderedBriefing> have;
    {
      std::lock_guard<std::mutex> lock(mu_);
      for (const auto& v : slot->versions) {
        if (v->members == members) have = v;
      }
    }
    StatusOr<std::shared_ptr<const RenderedBriefing>> now = Render(id, &briefed);
    if (!now.ok() || (have && !briefed)) continue;  // unchanged: the engine had it cached
    if (have && have->json == (*now)->json) continue;
    Store(slot.get(), *now);
    ++rendered;
  }
  std::lock_guard<std::mutex> lock(mu_);
  prebuilds_ += rendered;
  return rendered;
}

void BriefingCache::EvictLocked() {
  size_t stories = 0;
  for (const auto& [id, slot] : slots_) stories += !slot->versions.empty();
  while (stories > capacity_) {
    auto oldest = slots_.end();
    for (auto it = slots_.begin(); it != slots_.end(); ++it) {
      if (!it->second->versions.empty() &&
          (oldest == slots_.end() || it->second->last_used < oldest->second->last_used)) {
        oldest = it;
      }
    }
    oldest->second->versions.clear();
    --stories;
  }
}

BriefingCache::Stats BriefingCache::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  Stats s;
  for (const auto& [id, slot] : slots_) s.stories += !slot->versions.empty();
  s.hits = hits_;
  s.builds = builds_;
  s.prebuilds = prebuilds_;
  return s;
}

}  // namespace dossier::server
