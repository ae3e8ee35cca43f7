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
  if (!slot->value || slot->value->members != members) return nullptr;
  ++hits_;
  return slot->value;
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

StatusOr<std::shared_ptr<const RenderedBriefing>> BriefingCache::Get(
    uint64_t story, const std::vector<ArticleId>& members) {
  if (capacity_ == 0) return Build(members);
  std::shared_ptr<Slot> slot = SlotOf(story);
  if (auto hit = Lookup(slot.get(), members)) return hit;
  std::lock_guard<std::mutex> build(slot->build_mu);
  if (auto hit = Lookup(slot.get(), members)) return hit;  // built while we waited
  StatusOr<std::shared_ptr<const RenderedBriefing>> built = Build(members);
  if (!built.ok()) return built;
  std::lock_guard<std::mutex> lock(mu_);
  slot->value = *built;
  ++builds_;
  EvictLocked();
  return built;
}

void BriefingCache::EvictLocked() {
  size_t filled = 0;
  for (const auto& [id, slot] : slots_) filled += slot->value != nullptr;
  while (filled > capacity_) {
    auto oldest = slots_.end();
    for (auto it = slots_.begin(); it != slots_.end(); ++it) {
      if (it->second->value && (oldest == slots_.end() ||
                                it->second->last_used < oldest->second->last_used)) {
        oldest = it;
      }
    }
    oldest->second->value.reset();
    --filled;
  }
}

void BriefingCache::Retain(const std::unordered_set<uint64_t>& live) {
  std::lock_guard<std::mutex> lock(mu_);
  std::erase_if(slots_, [&](const auto& entry) { return !live.count(entry.first); });
}

BriefingCache::Stats BriefingCache::stats() const {
  std::lock_guard<std::mutex> lock(mu_);
  Stats s;
  for (const auto& [id, slot] : slots_) s.entries += slot->value != nullptr;
  s.hits = hits_;
  s.builds = builds_;
  return s;
}

}  // namespace dossier::server
