// engine_impl.h: Engine::Impl, the state behind include/dossier/engine.h (internal to
// src/engine; engine.cc has the method essay, engine_add.cc the writer, engine_read.cc
// the readers, engine_db.cc what is loaded from and written to the database).
//
// Two homes for articles, one set of rules:
//  - in memory (EngineOptions::database empty): every article as read and as ready
//    (cleaned and analyzed, lazily) in `entries`; stories are placed lazily when asked
//    for;
//  - in a database (src/store): articles, their cleaned form, the cleaning evidence and
//    each article's story are written in the transaction that adds the article; readers
//    load articles from the database and never take the writer lock.
// Both publish what readers may see to `view` (story_view.h) after each batch.
//
// Locks: `mu` is the writer lock. It is held by Add/AddFiles for one batch (at most
// kBatchArticles articles, one transaction) at a time, by the in-memory engine's
// readers (its articles live in `entries`), and by Stories with options other than the
// engine's. `view` has its own short lock. The database engine's Get, Brief, BriefStory
// and Stories (engine's options) never take `mu`.
#ifndef DOSSIER_SRC_ENGINE_ENGINE_IMPL_H_
#define DOSSIER_SRC_ENGINE_ENGINE_IMPL_H_

#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/engine.h"
#include "src/cluster/story_clusterer.h"
#include "src/engine/story_view.h"
#include "src/extract/clean.h"
#include "src/store/store.h"
#include "src/text/analyzer.h"

namespace dossier {

// Articles per batch: one transaction, and the longest the writer lock is held. At
// about 1 ms per full article, readers that need the lock wait at most tens of ms.
inline constexpr size_t kBatchArticles = 32;

class Engine::Impl {
 public:
  explicit Impl(const EngineOptions& options);

  // Database mode: opens the store, takes the options the database was made with, and
  // loads the view. Errors name the path.
  Status OpenDatabase();
  bool in_memory() const { return store == nullptr; }

  // --- adding (engine_add.cc) ---
  std::vector<AddResult> AddDocuments(const std::vector<Document>& documents);
  std::vector<AddResult> AddPaths(const std::vector<std::string>& paths);

  // --- reading (engine_read.cc) ---
  StatusOr<Article> Get(const ArticleId& id);
  StatusOr<Briefing> Brief(const std::vector<ArticleId>& ids, const BriefingOptions& options);
  StoryList Stories(const ClusterOptions& options);
  StatusOr<Briefing> BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                const BriefingOptions& options);

  EngineOptions options;
  Status open_status;  // why the constructor could not open options.database
  engine::StoryView view;
  std::unique_ptr<store::Store> store;  // null in memory

 private:
  // An article of the batch being added, until its commit.
  struct Pending {
    Article read;
    std::vector<std::string> keys;  // repeat keys (cleaning evidence)
    engine::PlacementUpdate placement;  // database mode only
    AddResult* result = nullptr;
  };
  struct Batch {
    std::vector<Pending> items;
    std::unordered_map<uint64_t, size_t> by_id;  // ArticleId -> item
    std::set<uint32_t> reclean;                  // held articles whose verdicts flipped
  };
  struct Entry {  // in-memory mode: one held article
    Article read;
    Article ready;  // valid when !dirty
    bool dirty = true;
  };

  // engine_add.cc
  // Adds `articles` (results[i] is articles[i]'s) in batches of kBatchArticles, each
  // under the writer lock, committed before the next.
  void AddArticles(std::vector<Article> articles, const std::vector<AddResult*>& results);
  Status BeginBatch();
  Status AddToBatch(Article article, AddResult* result, Batch* batch);
  Status CommitBatch(Batch* batch);
  // The id of `a`: its hash, or the next seed's when a different article holds it.
  StatusOr<ArticleId> NewId(const Article& a, const Batch& batch, bool* present);
  StatusOr<bool> SameAsHeld(uint32_t index, const Article& a);
  std::string SourceOf(uint32_t index, const Batch& batch) const;

  // engine_db.cc (database mode)
  // Replaces the view with what the database holds (on open, and after another
  // process wrote).
  Status LoadView();
  Status EnsureEvidence();
  Status EnsureClusterer();
  // Forgets the writer state (evidence, clusterer); it is reloaded from the database
  // when next needed. After a failed commit or another process's write.
  void DropWriterState();
  Status WriteBatch(const Batch& batch);
  StatusOr<store::CleanForm> CleanedForm(const Article& read) const;

  // engine_read.cc
  // In memory: places articles not placed yet in the engine's stories. REQUIRES: mu.
  void CatchUpStories();
  // In memory: entry i cleaned and analyzed. REQUIRES: mu.
  Article& Ready(size_t i);
  // Database: article `index` as Get returns it.
  StatusOr<Article> LoadReady(uint32_t index, bool analyze);
  std::unique_ptr<text::Analyzer> TakeAnalyzer();
  void ReturnAnalyzer(std::unique_ptr<text::Analyzer> analyzer);
  StoryList OtherStories(const ClusterOptions& options);

  std::mutex mu;  // the writer lock (see the file comment)

  // In memory: the articles.
  std::vector<Entry> entries_;

  // The writer state: cleaning evidence and the engine's clustering. Always valid in
  // memory; loaded from the database on first need in database mode.
  bool evidence_loaded_ = true;  // false: in the database only, not loaded yet
  extract::LineEvidence evidence_;
  std::unordered_map<std::string, std::vector<uint32_t>> holders_;  // key -> articles
  std::unique_ptr<cluster::StoryClusterer> clusterer_;
  text::Analyzer analyzer_;  // the writer's (in-memory Ready)

  // Stories with options other than the engine's, computed in memory.
  ClusterOptions other_options_;
  std::unique_ptr<cluster::StoryClusterer> other_clusterer_;
  std::vector<engine::PlacedArticle> other_placed_;

  std::mutex analyzers_mu_;
  std::vector<std::unique_ptr<text::Analyzer>> analyzers_;  // idle, for readers
};

}  // namespace dossier

#endif  // DOSSIER_SRC_ENGINE_ENGINE_IMPL_H_
