// engine.cc: the Engine behind include/dossier/engine.h: construction and the public
// methods, each a thin call into Engine::Impl (engine_impl.h).
//
// Method. Each added article is kept as read (ingest's output, before cleaning) and as
// ready (cleaned against the current evidence, then split into sentences). The evidence
// (extract::LineEvidence) counts, for every short non-prose line ("repeat key"), the
// distinct articles holding it, overall and per source; counts only grow, so a line's
// verdict ("site furniture") flips at most once per threshold. When adding an article
// makes a key cross a threshold, the articles whose verdict on it changed (all holders
// when the overall count crossed, those of the article's source when its source's count
// did: at most the threshold's number of articles) are recleaned: lazily, when next
// read, in memory; in the same transaction, in a database. An article's body is
// therefore a function of the set of articles added, whatever their order or batching.
//
// Stories: articles are placed by an online clusterer (src/cluster/) in the order first
// added. In memory they are placed when stories are first asked for; with a database,
// as they are added, in the transaction that stores them (the story each article was
// placed in, the stories opened and the merges are rows). The clusterer's state is not
// stored: reopening for writing replays the stored articles through a fresh clusterer in
// the stored order, which gives every article the story it has (the clusterer is a
// deterministic function of its input sequence; the replay checks it), and leaves the
// clusterer exactly as an uninterrupted run would have. Readers never need the replay.
//
// Ids: ArticleId = XXH3-64 of the length-prefixed text, title, source and url, so the
// same article read twice (or from another folder or encoding) gets the same id. If the
// hash is already taken by a different article, the hash is recomputed with seed 1, 2,
// ... until it is free; 0 is skipped (it means "no id").
#include "dossier/engine.h"

#include <utility>

#include "src/engine/engine_impl.h"

namespace dossier {

Engine::Impl::Impl(const EngineOptions& opts)
    : options(opts), view(opts.briefing_cache_size) {}

Engine::Engine(const EngineOptions& options) : impl_(std::make_unique<Impl>(options)) {
  if (!options.database.empty()) impl_->open_status = impl_->OpenDatabase();
}

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}

Engine::~Engine() = default;

StatusOr<std::unique_ptr<Engine>> Engine::Open(const EngineOptions& options) {
  auto impl = std::make_unique<Impl>(options);
  if (!options.database.empty()) DOSSIER_RETURN_IF_ERROR(impl->OpenDatabase());
  return std::unique_ptr<Engine>(new Engine(std::move(impl)));
}

std::vector<AddResult> Engine::Add(const std::vector<Document>& documents) {
  return impl_->AddDocuments(documents);
}

std::vector<AddResult> Engine::AddFiles(const std::vector<std::string>& paths) {
  return impl_->AddPaths(paths);
}

StatusOr<Article> Engine::Get(const ArticleId& id) { return impl_->Get(id); }

std::vector<ArticleId> Engine::Ids() const { return impl_->view.Ids(); }

size_t Engine::size() const { return impl_->view.size(); }

StatusOr<Briefing> Engine::Brief(const std::vector<ArticleId>& ids,
                                 const BriefingOptions& options) {
  return impl_->Brief(ids, options);
}

StoryList Engine::Stories(const ClusterOptions& options) { return impl_->Stories(options); }

StatusOr<Briefing> Engine::BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                      const BriefingOptions& options) {
  return impl_->BriefStory(story_id, cluster, options);
}

const EngineOptions& Engine::options() const { return impl_->options; }

EngineStats Engine::Stats() const {
  engine::CacheStats cache = impl_->view.cache_stats();
  EngineStats stats;
  stats.articles = impl_->view.size();
  stats.briefing_cache_hits = cache.hits;
  stats.briefing_cache_misses = cache.misses;
  stats.briefing_cache_entries = cache.entries;
  return stats;
}

}  // namespace dossier
