#include "src/server/briefing_cache.h"

#include <algorithm>
#include <tuple>
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
    Slot* slot, const std::vector<ArticleId>& members, bool count_hit) {
  std::lock_guard<std::mutex> lock(mu_);
  for (const auto& v : slot->versions) {
    if (v->members != members) continue;
    hits_ += count_hit;
    return v;
  }
  return nullptr;
}

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::Build(
    const std::vector<ArticleId>& members) {
  DOSSIER_ASSIGN_OR_RETURN(Briefing b, engine_->Brief(members, options_));
  auto rendered = std::make_shared<RenderedBriefing>();
  rendered->members = members;
  rendered->json = BriefingToJson(b);
  rendered->markdown = BriefingToMarkdown(b);
  return std::shared_ptr<const RenderedBriefing>(std::move(rendered));
}

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::BuildInto(
    Slot* slot, const std::vector<ArticleId>& members, bool for_reader) {
  if (auto hit = Lookup(slot, members, /*count_hit=*/for_reader)) return hit;
  StatusOr<std::shared_ptr<const RenderedBriefing>> built = Build(members);
  if (!built.ok()) return built;
  std::lock_guard<std::mutex> lock(mu_);
  slot->versions.push_back(*built);
  if (slot->versions.size() > kVersionsPerStory) slot->versions.erase(slot->versions.begin());
  ++(for_reader ? builds_ : prebuilds_);
  EvictLocked();
  return built;
}

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::Get(
    uint64_t story, const std::vector<ArticleId>& members) {
  if (capacity_ == 0) return Build(members);
  std::shared_ptr<Slot> slot = SlotOf(story);
  if (auto hit = Lookup(slot.get(), members, true)) return hit;
  std::lock_guard<std::mutex> build(slot->build_mu);
  return BuildInto(slot.get(), members, /*for_reader=*/true);  // a hit if built while we waited
}

size_t BriefingCache::Prebuild(const StoryIndex& next, size_t limit) {
  if (capacity_ == 0) return 0;
  // (last read, story id) of the stories whose cached briefings are all of other members.
  std::vector<std::tuple<uint64_t, uint64_t, std::shared_ptr<Slot>>> stale;
  {
    std::lock_guard<std::mutex> lock(mu_);
    for (const auto& [id, slot] : slots_) {
      const Story* story = next.Find(id);
      if (slot->versions.empty() || story == nullptr || story->id != id) continue;
      const bool current = std::any_of(slot->versions.begin(), slot->versions.end(),
                                       [&](const auto& v) { return v->members == story->articles; });
      if (!current) stale.emplace_back(slot->last_used, id, slot);
    }
  }
  std::sort(stale.begin(), stale.end(), [](const auto& a, const auto& b) { return a > b; });
  size_t built = 0;
  for (size_t i = 0; i < stale.size() && i < limit; ++i) {
    auto& [used, id, slot] = stale[i];
    std::lock_guard<std::mutex> build(slot->build_mu);
    built += BuildInto(slot.get(), next.Find(id)->articles, /*for_reader=*/false).ok();
  }
  return built;
}

void BriefingCache::EvictLocked() {
  size_t filled = 0;
  for (const auto& [id, slot] : slots_) filled += slot->versions.size();
  while (filled > capacity_) {
    auto oldest = slots_.end();
    for (auto it = slots_.begin(); it != slots_.end(); ++it) {
      if (!it->second->versions.empty() &&
          (oldest == slots_.end() || it->second->last_used < oldest->second->last_used)) {
        oldest = it;
      }
    }
    oldest->second->versions.erase(oldest->second->versions.begin());
    --filled;
  }
}

void BriefingCache::Retain(const StoryIndex& current) {
  std::lock_guard<std::mutex> lock(mu_);
  for (auto it = slots_.begin(); it != slots_.end();) {
    const Story* story = current.Find(it->first);
    if (story == nullptr || story->id != it->first) {
      it = slots_.erase(it);
      continue;
    }
    std::erase_if(it->second->versions, [&](const auto& v) { return v->members != story->articles; });
    ++it;
  }
}

BriefingCache::Stats BriefingCache::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  Stats s;
  for (const auto& [id, slot] : slots_) s.entries += slot->versions.size();
  s.hits = hits_;
  s.builds = builds_;
  s.prebuilds = prebuilds_;
  return s;
}

}  // namespace dossier::server
