// engine_add.cc: adding articles (the writer side of Engine::Impl): reading documents
// and files outside the writer lock, then batches of kBatchArticles articles, each under
// the lock and, with a database, in one transaction: ids, cleaning evidence, story
// placement, rows, commit, then the view readers see.
#include <xxhash.h>

#include <algorithm>
#include <optional>
#include <unordered_map>
#include <utility>

#include "src/base/file.h"
#include "src/engine/engine_impl.h"
#include "src/engine/steps.h"
#include "src/ingest/date.h"
#include "src/ingest/ingest.h"
#include "src/ingest/readers.h"

namespace dossier {
namespace {

using engine::IdMaterial;
using engine::Named;

bool SameArticle(const Article& x, const Article& y) {
  return x.text == y.text && x.title == y.title && x.source == y.source && x.url == y.url;
}

// One Document as an ingested article; nullopt with result->id set to why not.
std::optional<Article> ReadDocument(const Document& doc, size_t number, ReadOptions read,
                                    AddResult* result) {
  result->name = doc.name.empty() ? "document " + std::to_string(number + 1) : doc.name;
  read.format = ReadOptions::Format::kText;
  std::vector<Article> read_articles;
  ingest::IngestReport report;
  ingest::ReadArticles(result->name, doc.content, read, &read_articles, &report);
  for (const ingest::DocumentError& w : report.warnings) result->warnings.push_back(w.status);
  if (read_articles.empty()) {
    result->id = report.rejected.empty()
                     ? Status::InvalidArgument(result->name + ": no article in the document")
                     : Named(result->name, report.rejected.front().status);
    return std::nullopt;
  }
  Article a = std::move(read_articles.front());
  if (!doc.id.empty()) a.id = doc.id;
  if (!doc.title.empty()) a.title = doc.title;
  if (!doc.url.empty()) a.url = doc.url;
  if (!doc.source.empty()) a.source = doc.source;
  if (a.source.empty()) a.source = ingest::HostOfUrl(a.url);
  if (!doc.date.empty()) {
    ingest::ParsedDate d = ingest::ParseDate(doc.date);
    if (d.kind == ingest::ParsedDate::Kind::kValid) {
      a.date = d.iso;
    } else {
      result->warnings.push_back(Status::OutOfRange(
          result->name + ": date \"" + doc.date + "\" is not a plausible date; left empty"));
    }
  }
  return a;
}

}  // namespace

std::vector<AddResult> Engine::Impl::AddDocuments(const std::vector<Document>& documents) {
  std::vector<AddResult> results(documents.size());
  std::vector<Article> articles;
  std::vector<AddResult*> owners;
  for (size_t i = 0; i < documents.size(); ++i) {
    std::optional<Article> a = ReadDocument(documents[i], i, options.read, &results[i]);
    if (!a) continue;
    articles.push_back(std::move(*a));
    owners.push_back(&results[i]);
  }
  AddArticles(std::move(articles), owners);
  return results;
}

std::vector<AddResult> Engine::Impl::AddPaths(const std::vector<std::string>& paths) {
  std::vector<AddResult> results;
  auto fail = [&](const std::string& name, const Status& s) {
    AddResult r;
    r.name = name;
    r.id = Named(name, s);
    results.push_back(std::move(r));
  };
  for (const std::string& arg : paths) {
    StatusOr<std::vector<std::string>> files = ExpandInputPaths({arg});
    if (!files.ok()) {
      fail(arg, files.status());
      continue;
    }
    for (const std::string& path : *files) {
      // A WARC is read a record at a time (ingest::ReadFile) and added kBatchArticles at a
      // time: memory for the reading stays bounded whatever the file's size.
      std::vector<ingest::DocumentError> pending;  // warnings waiting for a result
      std::vector<Article> batch;
      std::vector<size_t> batch_results;  // index in `results` of each batch article
      auto add_batch = [&] {
        std::vector<AddResult*> owners;
        for (size_t i : batch_results) owners.push_back(&results[i]);
        AddArticles(std::move(batch), owners);  // before `results` grows again
        batch.clear();
        batch_results.clear();
      };
      ingest::ReadFile(path, options.read, [&](std::vector<Article>* read_articles, ingest::IngestReport* report) {
        const size_t first = results.size();
        for (Article& a : *read_articles) {
          AddResult r;
          r.name = a.origin;
          batch_results.push_back(results.size());
          results.push_back(std::move(r));
          batch.push_back(std::move(a));
        }
        for (const ingest::DocumentError& e : report->rejected) fail(e.origin, e.status);
        for (ingest::DocumentError& w : report->warnings) pending.push_back(std::move(w));
        // A repair goes with the article it was made to; one whose origin matches no
        // article (none should) goes with the first result, so it is never dropped.
        if (results.size() > first) {
          std::unordered_map<std::string, size_t> by_name;
          for (size_t i = first; i < results.size(); ++i) by_name.emplace(results[i].name, i);
          for (const ingest::DocumentError& w : pending) {
            auto it = by_name.find(w.origin);
            results[it == by_name.end() ? first : it->second].warnings.push_back(Named(w.origin, w.status));
          }
          pending.clear();
        }
        if (batch.size() >= kBatchArticles) add_batch();
      });
      if (!batch.empty()) add_batch();
    }
  }
  return results;
}

void Engine::Impl::AddArticles(std::vector<Article> articles,
                               const std::vector<AddResult*>& results) {
  for (size_t start = 0; start < articles.size(); start += kBatchArticles) {
    const size_t end = std::min(start + kBatchArticles, articles.size());
    std::lock_guard<std::mutex> lock(mu);
    Status s = open_status;
    Batch batch;
    if (s.ok()) s = BeginBatch();
    for (size_t k = start; s.ok() && k < end; ++k) {
      s = AddToBatch(std::move(articles[k]), results[k], &batch);
    }
    if (s.ok()) s = CommitBatch(&batch);
    if (s.ok()) continue;
    // Nothing of the batch was stored: the writer state goes (it is reloaded from the
    // database when next needed), and every article of the batch that is not held
    // reports why.
    if (store != nullptr) {
      store->Rollback();
      DropWriterState();
    }
    for (size_t k = start; k < end; ++k) {
      AddResult* r = results[k];
      if (r->id.ok() && view.Find(*r->id)) continue;
      r->id = Named(r->name, s);
      r->already_present = false;
    }
  }
}

Status Engine::Impl::BeginBatch() {
  if (store == nullptr) return Status::Ok();
  DOSSIER_RETURN_IF_ERROR(store->Begin());
  DOSSIER_ASSIGN_OR_RETURN(uint32_t last, store->LastSeq());
  if (last != view.size()) {
    // Another process added articles since this engine last wrote: start from what the
    // database holds now (the write lock keeps it still until the commit).
    DropWriterState();
    DOSSIER_RETURN_IF_ERROR(LoadView());
  }
  return Status::Ok();
}

StatusOr<bool> Engine::Impl::SameAsHeld(uint32_t index, const Article& a) {
  if (in_memory()) return SameArticle(entries_[index].read, a);
  DOSSIER_ASSIGN_OR_RETURN(Article held, store->LoadIdentity(index + 1));
  return SameArticle(held, a);
}

StatusOr<ArticleId> Engine::Impl::NewId(const Article& a, const Batch& batch, bool* present) {
  const std::string material = IdMaterial(a);
  *present = false;
  for (uint64_t seed = 0;; ++seed) {
    const uint64_t h = XXH3_64bits_withSeed(material.data(), material.size(), seed);
    if (h == 0) continue;
    if (auto it = batch.by_id.find(h); it != batch.by_id.end()) {
      if (!SameArticle(batch.items[it->second].read, a)) continue;
      *present = true;
      return ArticleId(h);
    }
    if (std::optional<uint32_t> index = view.Find(ArticleId(h))) {
      DOSSIER_ASSIGN_OR_RETURN(bool same, SameAsHeld(*index, a));
      if (!same) continue;
      *present = true;
    }
    return ArticleId(h);
  }
}

std::string Engine::Impl::SourceOf(uint32_t index, const Batch& batch) const {
  const size_t held = view.size();
  if (index >= held) return batch.items[index - held].read.source;
  return in_memory() ? entries_[index].read.source : view.Meta(index).source;
}

Status Engine::Impl::AddToBatch(Article article, AddResult* result, Batch* batch) {
  bool present = false;
  DOSSIER_ASSIGN_OR_RETURN(ArticleId id, NewId(article, *batch, &present));
  result->id = id;
  result->input_id = article.id;
  result->already_present = present;
  if (present) return Status::Ok();
  article.article_id = id;
  const uint32_t index = static_cast<uint32_t>(view.size() + batch->items.size());
  Pending p;
  if (options.clean_boilerplate) {
    if (!in_memory()) DOSSIER_RETURN_IF_ERROR(EnsureEvidence());
    p.keys = extract::RepeatKeys(article, options.clean);
    for (const std::string& key : evidence_.Add(article.source, p.keys, options.clean)) {
      // The overall count reached its threshold: every holder's verdict flipped; else
      // the count of this article's source did: its holders of that source flipped.
      const std::vector<uint32_t>& holders = holders_[key];
      const bool overall =
          holders.size() + 1 == static_cast<size_t>(options.clean.min_repeat_articles);
      for (uint32_t h : holders) {
        if (overall || SourceOf(h, *batch) == article.source) batch->reclean.insert(h);
      }
    }
    for (const std::string& key : p.keys) holders_[key].push_back(index);
  }
  if (!in_memory()) {
    DOSSIER_RETURN_IF_ERROR(EnsureClusterer());
    const size_t merges_before = clusterer_->merges().size();
    const cluster::Placement placed = clusterer_->Add(engine::StreamInput(article));
    p.placement.index = index;
    p.placement.placed = {placed.story, placed.by, placed.score, placed.undated};
    const std::vector<cluster::StoryMerge>& merges = clusterer_->merges();
    for (size_t m = merges_before; m < merges.size(); ++m) {
      p.placement.merges.push_back({merges[m].from, merges[m].into});
    }
  }
  p.read = std::move(article);
  p.result = result;
  batch->by_id.emplace(id.value(), batch->items.size());
  batch->items.push_back(std::move(p));
  return Status::Ok();
}

Status Engine::Impl::CommitBatch(Batch* batch) {
  const uint32_t held = static_cast<uint32_t>(view.size());
  engine::ViewUpdate update;
  for (const Pending& p : batch->items) update.added.push_back(engine::MetaOf(p.read));
  for (uint32_t i : batch->reclean) {
    if (i < held) update.recleaned.push_back(i);  // the batch's own are cleaned as new
  }
  if (in_memory()) {
    for (uint32_t i : update.recleaned) entries_[i].dirty = true;
    for (Pending& p : batch->items) entries_.push_back({std::move(p.read), Article{}, true});
  } else {
    DOSSIER_RETURN_IF_ERROR(WriteBatch(*batch));
    for (Pending& p : batch->items) update.placed.push_back(std::move(p.placement));
  }
  view.Apply(std::move(update));
  return Status::Ok();
}

}  // namespace dossier
