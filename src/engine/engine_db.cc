// engine_db.cc: what a database engine loads from and writes to its store (src/store):
// the view on open, the writer state (cleaning evidence, clustering) on first need, and
// each batch in one transaction.
#include <utility>

#include "src/engine/engine_impl.h"
#include "src/engine/options_text.h"

namespace dossier {
namespace {

constexpr char kCleanBoilerplateKey[] = "clean_boilerplate";
constexpr char kCleanOptionsKey[] = "clean_options";
constexpr char kClusterOptionsKey[] = "cluster_options";

}  // namespace

Status Engine::Impl::OpenDatabase() {
  store::OpenOptions open;
  open.create_if_missing = options.create_if_missing;
  DOSSIER_ASSIGN_OR_RETURN(store, store::Store::Open(options.database, open));
  evidence_loaded_ = false;
  const std::string& path = store->path();
  DOSSIER_ASSIGN_OR_RETURN(std::optional<std::string> clean_text, store->GetMeta(kCleanOptionsKey));
  if (!clean_text) {
    // A new database (or one whose creation stopped before this record): it keeps the
    // options it is made with.
    DOSSIER_ASSIGN_OR_RETURN(uint32_t last, store->LastSeq());
    if (last > 0) {
      return Status::InvalidArgument(path + ": damaged: it holds articles but no record of "
                                            "the options they were cleaned and clustered with");
    }
    DOSSIER_RETURN_IF_ERROR(store->Begin());
    Status s = store->SetMeta("application", "dossier");
    if (s.ok()) s = store->SetMeta(kCleanBoilerplateKey, options.clean_boilerplate ? "true" : "false");
    if (s.ok()) s = store->SetMeta(kCleanOptionsKey, engine::CleanOptionsText(options.clean));
    if (s.ok()) s = store->SetMeta(kClusterOptionsKey, engine::ClusterOptionsText(options.cluster));
    if (s.ok()) s = store->Commit();
    if (!s.ok()) {
      store->Rollback();
      return s;
    }
  } else {
    DOSSIER_ASSIGN_OR_RETURN(std::optional<std::string> boilerplate,
                             store->GetMeta(kCleanBoilerplateKey));
    DOSSIER_ASSIGN_OR_RETURN(std::optional<std::string> cluster_text,
                             store->GetMeta(kClusterOptionsKey));
    StatusOr<CleanOptions> clean = engine::ParseCleanOptions(*clean_text);
    StatusOr<ClusterOptions> cluster = engine::ParseClusterOptions(cluster_text.value_or(""));
    if (!clean.ok() || !cluster.ok() || !boilerplate ||
        (*boilerplate != "true" && *boilerplate != "false")) {
      const Status bad = !clean.ok() ? clean.status() : cluster.status();
      return Status::InvalidArgument(path + ": damaged record of its options: " +
                                     (bad.ok() ? "clean_boilerplate" : bad.message()));
    }
    options.clean = *clean;
    options.cluster = *cluster;
    options.clean_boilerplate = *boilerplate == "true";
  }
  return LoadView();
}

Status Engine::Impl::LoadView() {
  const std::string& path = store->path();
  DOSSIER_ASSIGN_OR_RETURN(std::vector<store::StoryMergeRow> merges, store->Merges());
  engine::ViewUpdate update;
  size_t next_merge = 0;
  uint32_t expected = 1;
  Status s = store->ForEachSummary([&](store::ArticleSummary&& a) -> Status {
    if (a.seq != expected) {
      return Status::InvalidArgument(path + ": damaged: article " + std::to_string(a.seq) +
                                     " follows article " + std::to_string(expected - 1));
    }
    ++expected;
    engine::PlacementUpdate p;
    p.index = a.seq - 1;
    p.placed = {a.placed.story, static_cast<cluster::PlacedBy>(a.placed.by), a.placed.score,
                a.placed.undated};
    for (; next_merge < merges.size() && merges[next_merge].at_seq == a.seq; ++next_merge) {
      p.merges.push_back({merges[next_merge].from, merges[next_merge].into});
    }
    if (a.placed.story == 0 || a.placed.by > 2) {
      return Status::InvalidArgument(path + ": damaged: article " + std::to_string(a.seq) +
                                     " has no valid story placement");
    }
    update.placed.push_back(std::move(p));
    update.added.push_back({ArticleId(a.id), std::move(a.title), std::move(a.date),
                            std::move(a.source), std::move(a.snippet)});
    return Status::Ok();
  });
  DOSSIER_RETURN_IF_ERROR(s);
  if (next_merge != merges.size()) {
    return Status::InvalidArgument(path + ": damaged: story merge " +
                                   std::to_string(next_merge + 1) + " names article " +
                                   std::to_string(merges[next_merge].at_seq) +
                                   " out of order or not stored");
  }
  view.Replace(std::move(update));
  return Status::Ok();
}

void Engine::Impl::DropWriterState() {
  evidence_loaded_ = false;
  evidence_ = extract::LineEvidence();
  holders_.clear();
  clusterer_.reset();
}

Status Engine::Impl::EnsureEvidence() {
  if (evidence_loaded_) return Status::Ok();
  const std::vector<engine::ArticleMeta> meta = view.Metas();
  bool bad_seq = false;
  evidence_ = extract::LineEvidence();
  holders_.clear();
  DOSSIER_RETURN_IF_ERROR(store->ForEachRepeatKey([&](uint32_t seq, std::string_view key) {
    if (seq == 0 || seq > meta.size()) {
      bad_seq = true;
      return;
    }
    std::string k(key);
    evidence_.Add(meta[seq - 1].source, {k}, options.clean);
    holders_[std::move(k)].push_back(seq - 1);
  }));
  if (bad_seq) {
    holders_.clear();
    return Status::InvalidArgument(store->path() +
                                   ": damaged: cleaning evidence names an article not stored");
  }
  evidence_loaded_ = true;
  return Status::Ok();
}

Status Engine::Impl::EnsureClusterer() {
  if (clusterer_ != nullptr) return Status::Ok();
  auto clusterer = std::make_unique<cluster::StoryClusterer>(options.cluster);
  const uint32_t held = static_cast<uint32_t>(view.size());
  const std::string& path = store->path();
  DOSSIER_RETURN_IF_ERROR(
      store->ForEachStoryInput(1, held, [&](store::StoredArticle&& r) -> Status {
        const cluster::Placement p = clusterer->Add(engine::StreamInput(r.read));
        if (p.story != r.placed.story || static_cast<uint8_t>(p.by) != r.placed.by) {
          return Status::InvalidArgument(
              path + ": replaying its stories placed article " + std::to_string(r.seq) +
              " in story " + std::to_string(p.story) + ", the database says story " +
              std::to_string(r.placed.story) +
              ": it was made by another version of the story clustering; new articles "
              "cannot be clustered against it (its articles and stories can still be read)");
        }
        return Status::Ok();
      }));
  if (clusterer->size() != held) {
    return Status::InvalidArgument(path + ": damaged: replayed " +
                                   std::to_string(clusterer->size()) + " of " +
                                   std::to_string(held) + " articles");
  }
  clusterer_ = std::move(clusterer);
  return Status::Ok();
}

StatusOr<store::CleanForm> Engine::Impl::CleanedForm(const Article& read) const {
  Article a = read;
  extract::CleanArticle(&a, evidence_, options.clean);
  store::CleanForm c;
  c.title = std::move(a.title);
  c.date = std::move(a.date);
  c.byline = std::move(a.byline);
  c.dateline = std::move(a.dateline);
  c.body = std::move(a.body);
  c.removed = std::move(a.removed);
  return c;
}

Status Engine::Impl::WriteBatch(const Batch& batch) {
  const uint32_t held = static_cast<uint32_t>(view.size());
  for (size_t k = 0; k < batch.items.size(); ++k) {
    const Pending& p = batch.items[k];
    store::StoredArticle r;
    r.seq = held + static_cast<uint32_t>(k) + 1;
    r.read = p.read;
    if (options.clean_boilerplate) {
      DOSSIER_ASSIGN_OR_RETURN(r.clean, CleanedForm(p.read));
    }
    r.repeat_keys = p.keys;
    const engine::PlacedArticle& placed = p.placement.placed;
    r.placed = {placed.story, static_cast<uint8_t>(placed.by), placed.score, placed.undated};
    r.story = placed.story;
    for (const StoryMergeRecord& m : p.placement.merges) {
      DOSSIER_RETURN_IF_ERROR(store->InsertMerge({m.from, m.into, r.seq}));
    }
    DOSSIER_RETURN_IF_ERROR(store->InsertArticle(r));
    if (placed.by == cluster::PlacedBy::kOpened) {
      DOSSIER_RETURN_IF_ERROR(store->InsertStory(placed.story, r.seq));
    }
  }
  // Held articles whose verdict on a line flipped: cleaned again against the evidence
  // as it is after this batch, in the same transaction.
  for (uint32_t i : batch.reclean) {
    if (i >= held) continue;
    DOSSIER_ASSIGN_OR_RETURN(store::StoredArticle old, store->LoadArticle(i + 1));
    DOSSIER_ASSIGN_OR_RETURN(store::CleanForm clean, CleanedForm(old.read));
    DOSSIER_RETURN_IF_ERROR(store->UpdateClean(i + 1, clean));
  }
  return store->Commit();
}

}  // namespace dossier
