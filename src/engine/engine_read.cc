// engine_read.cc: the readers of Engine::Impl: articles as Get returns them, briefings
// of any set of articles and of stories (with the cache), and story lists.
#include <unordered_set>
#include <utility>

#include "src/briefing/briefing.h"
#include "src/engine/engine_impl.h"
#include "src/engine/options_text.h"
#include "src/engine/steps.h"

namespace dossier {
namespace {

using engine::NameCitations;

// Idle analyzers kept for readers (each holds a 2.5 MB stem cache).
constexpr size_t kMaxIdleAnalyzers = 4;

Status NoArticle(const ArticleId& id) {
  return Status::NotFound("no article with id " + id.ToString());
}

}  // namespace

Article& Engine::Impl::Ready(size_t i) {
  Entry& e = entries_[i];
  if (!e.dirty) return e.ready;
  e.ready = e.read;
  if (options.clean_boilerplate) extract::CleanArticle(&e.ready, evidence_, options.clean);
  if (options.analyze) analyzer_.AnalyzeArticle(&e.ready);
  e.dirty = false;
  return e.ready;
}

std::unique_ptr<text::Analyzer> Engine::Impl::TakeAnalyzer() {
  std::lock_guard<std::mutex> lock(analyzers_mu_);
  if (analyzers_.empty()) return std::make_unique<text::Analyzer>();
  std::unique_ptr<text::Analyzer> a = std::move(analyzers_.back());
  analyzers_.pop_back();
  return a;
}

void Engine::Impl::ReturnAnalyzer(std::unique_ptr<text::Analyzer> analyzer) {
  std::lock_guard<std::mutex> lock(analyzers_mu_);
  if (analyzers_.size() < kMaxIdleAnalyzers) analyzers_.push_back(std::move(analyzer));
}

StatusOr<Article> Engine::Impl::LoadReady(uint32_t index, bool analyze) {
  DOSSIER_ASSIGN_OR_RETURN(store::StoredArticle r, store->LoadArticle(index + 1));
  Article a = std::move(r.read);
  if (r.clean) {
    a.title = std::move(r.clean->title);
    a.date = std::move(r.clean->date);
    a.byline = std::move(r.clean->byline);
    a.dateline = std::move(r.clean->dateline);
    a.body = std::move(r.clean->body);
    a.removed = std::move(r.clean->removed);
  }
  if (analyze) {
    std::unique_ptr<text::Analyzer> analyzer = TakeAnalyzer();
    analyzer->AnalyzeArticle(&a);
    ReturnAnalyzer(std::move(analyzer));
  }
  return a;
}

StatusOr<Article> Engine::Impl::Get(const ArticleId& id) {
  if (!open_status.ok()) return open_status;
  std::optional<uint32_t> index = view.Find(id);
  if (!index) return NoArticle(id);
  if (!in_memory()) return LoadReady(*index, options.analyze);
  std::lock_guard<std::mutex> lock(mu);
  return Ready(*index);
}

StatusOr<Briefing> Engine::Impl::Brief(const std::vector<ArticleId>& ids,
                                       const BriefingOptions& brief_options) {
  if (!open_status.ok()) return open_status;
  if (ids.empty()) return Status::InvalidArgument("brief: no article ids given");
  std::vector<uint32_t> indices;
  std::unordered_set<uint64_t> seen;
  for (const ArticleId& id : ids) {
    std::optional<uint32_t> index = view.Find(id);
    if (!index) return NoArticle(id);
    if (!seen.insert(id.value()).second) {
      return Status::InvalidArgument("brief: article " + id.ToString() + " is listed twice");
    }
    indices.push_back(*index);
  }
  Briefing b;
  if (in_memory()) {
    // The ready articles are moved into the briefing's input and back, not copied: a
    // 5,000-article story would otherwise hold two copies of every token. The writer
    // lock keeps anyone from seeing the entries while they are moved out.
    std::lock_guard<std::mutex> lock(mu);
    std::vector<Article> story;
    story.reserve(indices.size());
    for (uint32_t i : indices) story.push_back(std::move(Ready(i)));
    b = briefing::BuildBriefing(story, brief_options);
    for (size_t k = 0; k < indices.size(); ++k) entries_[indices[k]].ready = std::move(story[k]);
  } else {
    std::vector<Article> story;
    story.reserve(indices.size());
    for (uint32_t i : indices) {
      DOSSIER_ASSIGN_OR_RETURN(Article a, LoadReady(i, options.analyze));
      story.push_back(std::move(a));
    }
    b = briefing::BuildBriefing(story, brief_options);
  }
  NameCitations(ids, &b);
  return b;
}

void Engine::Impl::CatchUpStories() {
  if (clusterer_ == nullptr) clusterer_ = std::make_unique<cluster::StoryClusterer>(options.cluster);
  engine::ViewUpdate update;
  for (size_t i = view.placed_count(); i < entries_.size(); ++i) {
    const size_t merges_before = clusterer_->merges().size();
    const cluster::Placement placed = clusterer_->Add(engine::StreamInput(entries_[i].read));
    engine::PlacementUpdate& p = update.placed.emplace_back();
    p.index = static_cast<uint32_t>(i);
    p.placed = {placed.story, placed.by, placed.score, placed.undated};
    const std::vector<cluster::StoryMerge>& merges = clusterer_->merges();
    for (size_t m = merges_before; m < merges.size(); ++m) {
      p.merges.push_back({merges[m].from, merges[m].into});
    }
  }
  if (!update.placed.empty()) view.Apply(std::move(update));
}

StoryList Engine::Impl::OtherStories(const ClusterOptions& cluster_options) {
  if (other_clusterer_ == nullptr || !(cluster_options == other_options_)) {
    other_options_ = cluster_options;
    other_clusterer_ = std::make_unique<cluster::StoryClusterer>(cluster_options);
    other_placed_.clear();
  }
  auto place = [&](const Article& a) {
    const cluster::Placement p = other_clusterer_->Add(engine::StreamInput(a));
    other_placed_.push_back({p.story, p.by, p.score, p.undated});
  };
  const uint32_t held = static_cast<uint32_t>(view.size());
  if (in_memory()) {
    for (size_t i = other_placed_.size(); i < held; ++i) place(entries_[i].read);
  } else {
    // A read error leaves the list at the articles placed so far; the next call goes on
    // from there.
    store
        ->ForEachStoryInput(static_cast<uint32_t>(other_placed_.size()) + 1, held,
                            [&](store::StoredArticle&& r) {
                              place(r.read);
                              return Status::Ok();
                            })
        .ok();
  }
  return engine::BuildStoryList(view.Metas(), other_placed_, *other_clusterer_);
}

StoryList Engine::Impl::Stories(const ClusterOptions& cluster_options) {
  if (!open_status.ok()) return StoryList{};
  if (cluster_options == options.cluster) {
    if (in_memory()) {
      std::lock_guard<std::mutex> lock(mu);
      CatchUpStories();
    }
    return view.Stories();
  }
  std::lock_guard<std::mutex> lock(mu);
  return OtherStories(cluster_options);
}

StatusOr<Briefing> Engine::Impl::BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                            const BriefingOptions& brief_options) {
  if (!open_status.ok()) return open_status;
  const Status no_story = Status::NotFound("no story with id " + std::to_string(story_id));
  if (!(cluster == options.cluster)) {
    StoryList list = Stories(cluster);
    for (const StoryMergeRecord& m : list.merges) {
      if (m.from == story_id) story_id = m.into;
    }
    for (const Story& s : list.stories) {
      if (s.id == story_id) return Brief(s.articles, brief_options);
    }
    return no_story;
  }
  if (in_memory()) {
    std::lock_guard<std::mutex> lock(mu);
    CatchUpStories();
  }
  std::optional<engine::StoryRef> ref = view.FindStory(story_id);
  if (!ref) return no_story;
  const std::string key = engine::BriefingOptionsText(brief_options);
  if (std::shared_ptr<const Briefing> cached = view.CachedBriefing(ref->id, key)) return *cached;
  DOSSIER_ASSIGN_OR_RETURN(Briefing b, Brief(ref->articles, brief_options));
  view.PutBriefing(ref->id, ref->version, key, std::make_shared<const Briefing>(b));
  return b;
}

}  // namespace dossier
