// engine.cc: the Engine behind include/dossier/engine.h.
//
// Method. Each added article is kept twice: as read (ingest's output, before cleaning)
// and as ready (cleaned against the current evidence, then split into sentences). The
// evidence (extract::LineEvidence) counts, for every short non-prose line ("repeat key"),
// the distinct articles holding it, overall and per source; counts only grow, so a line's
// verdict ("site furniture") flips at most once per threshold. When adding an article
// makes a key cross a threshold, every article holding that key is marked dirty and is
// recleaned when it is next read (Get, Brief). An article's body is therefore a function
// of the set of articles added, whatever their order or batching.
//
// Ids: ArticleId = XXH3-64 of the length-prefixed text, title, source and url, so the
// same article read twice (or from another folder or encoding) gets the same id. If the
// hash is already taken by a different article, the hash is recomputed with seed 1, 2,
// ... until it is free; 0 is skipped (it means "no id").
#include "dossier/engine.h"

#include <xxhash.h>

#include <mutex>
#include <unordered_map>
#include <utility>

#include "src/base/file.h"
#include "src/briefing/briefing.h"
#include "src/cluster/story_clusterer.h"
#include "src/engine/stories.h"
#include "src/extract/clean.h"
#include "src/ingest/date.h"
#include "src/ingest/ingest.h"
#include "src/ingest/readers.h"
#include "src/text/analyzer.h"

namespace dossier {
namespace {

// The fields an ArticleId is computed from, in a form without ambiguity between fields.
std::string IdMaterial(const Article& a) {
  std::string m;
  for (const std::string* f : {&a.text, &a.title, &a.source, &a.url}) {
    m += std::to_string(f->size());
    m += ':';
    m += *f;
  }
  return m;
}

bool SameArticle(const Article& x, const Article& y) {
  return x.text == y.text && x.title == y.title && x.source == y.source && x.url == y.url;
}

// Prefixes `origin` to a message that does not name it yet.
Status Named(const std::string& origin, const Status& s) {
  if (s.message().rfind(origin, 0) == 0) return s;
  return Status(s.code(), origin + ": " + s.message());
}

}  // namespace

class Engine::Impl {
 public:
  explicit Impl(const EngineOptions& options) : options_(options) {}

  // Adds one ingested article; fills result->id and already_present.
  void AddArticle(Article article, AddResult* result);
  // Turns one Document into an ingested article, or an error naming it.
  void AddDocument(const Document& doc, size_t number, AddResult* result);
  void AddFile(const std::string& path, std::vector<AddResult>* results);

  StatusOr<size_t> Find(const ArticleId& id) const;
  // REQUIRES: i < entries_.size(). Cleans and analyzes entry i if its evidence changed.
  Article& Ready(size_t i);
  StatusOr<Briefing> Brief(const std::vector<ArticleId>& ids, const BriefingOptions& options);
  StoryList Stories(const ClusterOptions& options);

  std::mutex mu;
  std::vector<ArticleId> Ids() const {
    std::vector<ArticleId> ids;
    ids.reserve(entries_.size());
    for (const Entry& e : entries_) ids.push_back(e.read.article_id);
    return ids;
  }
  size_t size() const { return entries_.size(); }

 private:
  struct Entry {
    Article read;   // as ingested
    Article ready;  // cleaned and analyzed; valid when !dirty
    bool dirty = true;
  };

  ArticleId NewId(const Article& a, bool* present) const;

  EngineOptions options_;
  std::vector<Entry> entries_;
  std::unordered_map<uint64_t, size_t> by_id_;
  extract::LineEvidence evidence_;
  // Online story clustering of entries_ in order; placements_[i] is entry i's.
  ClusterOptions cluster_options_;
  std::unique_ptr<cluster::StoryClusterer> clusterer_;
  std::vector<cluster::Placement> placements_;
  // Entries holding each repeat key, to mark them dirty when the key's verdict flips.
  std::unordered_map<std::string, std::vector<size_t>> holders_;
  text::Analyzer analyzer_;
};

ArticleId Engine::Impl::NewId(const Article& a, bool* present) const {
  const std::string material = IdMaterial(a);
  *present = false;
  for (uint64_t seed = 0;; ++seed) {
    uint64_t h = XXH3_64bits_withSeed(material.data(), material.size(), seed);
    if (h == 0) continue;
    auto it = by_id_.find(h);
    if (it == by_id_.end()) return ArticleId(h);
    if (SameArticle(entries_[it->second].read, a)) {
      *present = true;
      return ArticleId(h);
    }
  }
}

void Engine::Impl::AddArticle(Article article, AddResult* result) {
  bool present = false;
  ArticleId id = NewId(article, &present);
  result->id = id;
  result->input_id = article.id;
  result->already_present = present;
  if (present) return;
  article.article_id = id;
  const size_t index = entries_.size();
  if (options_.clean_boilerplate) {
    std::vector<std::string> keys = extract::RepeatKeys(article, options_.clean);
    for (const std::string& flipped : evidence_.Add(article.source, keys, options_.clean)) {
      for (size_t holder : holders_[flipped]) entries_[holder].dirty = true;
    }
    for (std::string& k : keys) holders_[std::move(k)].push_back(index);
  }
  by_id_.emplace(id.value(), index);
  entries_.push_back({std::move(article), Article{}, true});
}

void Engine::Impl::AddDocument(const Document& doc, size_t number, AddResult* result) {
  result->name = doc.name.empty() ? "document " + std::to_string(number + 1) : doc.name;
  ReadOptions read = options_.read;
  read.format = ReadOptions::Format::kText;
  std::vector<Article> read_articles;
  ingest::IngestReport report;
  ingest::ReadArticles(result->name, doc.content, read, &read_articles, &report);
  for (const ingest::DocumentError& w : report.warnings) result->warnings.push_back(w.status);
  if (read_articles.empty()) {
    result->id = report.rejected.empty()
                     ? Status::InvalidArgument(result->name + ": no article in the document")
                     : Named(result->name, report.rejected.front().status);
    return;
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
  AddArticle(std::move(a), result);
}

void Engine::Impl::AddFile(const std::string& path, std::vector<AddResult>* results) {
  auto fail = [&](const Status& s) {
    AddResult r;
    r.name = path;
    r.id = Named(path, s);
    results->push_back(std::move(r));
  };
  StatusOr<std::string> data = ReadFileToString(path);
  if (!data.ok()) return fail(data.status());
  std::vector<Article> read_articles;
  ingest::IngestReport report;
  ingest::ReadArticles(path, *data, options_.read, &read_articles, &report);
  const size_t first = results->size();
  for (Article& a : read_articles) {
    AddResult r;
    r.name = a.origin;
    AddArticle(std::move(a), &r);
    results->push_back(std::move(r));
  }
  for (const ingest::DocumentError& e : report.rejected) {
    AddResult r;
    r.name = e.origin;
    r.id = Named(e.origin, e.status);
    results->push_back(std::move(r));
  }
  // A repair is reported with the article it was made to; one whose origin matches no
  // article (none should) goes with the file's first, so it is never dropped.
  std::unordered_map<std::string, size_t> by_name;
  for (size_t i = first; i < results->size(); ++i) by_name.emplace((*results)[i].name, i);
  for (const ingest::DocumentError& w : report.warnings) {
    auto it = by_name.find(w.origin);
    size_t owner = it == by_name.end() ? first : it->second;
    if (owner < results->size()) (*results)[owner].warnings.push_back(Named(w.origin, w.status));
  }
}

StatusOr<size_t> Engine::Impl::Find(const ArticleId& id) const {
  auto it = by_id_.find(id.value());
  if (it == by_id_.end()) return Status::NotFound("no article with id " + id.ToString());
  return it->second;
}

Article& Engine::Impl::Ready(size_t i) {
  Entry& e = entries_[i];
  if (!e.dirty) return e.ready;
  e.ready = e.read;
  if (options_.clean_boilerplate) extract::CleanArticle(&e.ready, evidence_, options_.clean);
  if (options_.analyze) analyzer_.AnalyzeArticle(&e.ready);
  e.dirty = false;
  return e.ready;
}

namespace {

void NameCitations(const std::vector<ArticleId>& ids, Briefing* b) {
  auto name = [&](Citation& c) { c.id = ids[c.article]; };
  auto name_item = [&](BriefItem& item) {
    for (Citation& c : item.cites) name(c);
  };
  for (size_t i = 0; i < b->sources.size(); ++i) b->sources[i].article = ids[i];
  for (BriefItem& item : b->summary) name_item(item);
  for (TimelineEntry& t : b->timeline) name_item(t.event);
  for (KeyNumber& n : b->numbers) {
    for (QuantityClaim& q : n.claims) name(q.at);
  }
  for (Disagreement& d : b->disagreements) {
    for (QuantityClaim& q : d.claims) name(q.at);
    for (BriefItem& item : d.evidence) name_item(item);
  }
  for (SourceInfo& s : b->sources) {
    for (SourceFlag& f : s.flags) {
      for (Citation& c : f.at) name(c);
    }
  }
  for (UniqueStatements& u : b->unique) {
    for (BriefItem& item : u.items) name_item(item);
  }
}

}  // namespace

StatusOr<Briefing> Engine::Impl::Brief(const std::vector<ArticleId>& ids,
                                       const BriefingOptions& options) {
  if (ids.empty()) return Status::InvalidArgument("brief: no article ids given");
  std::vector<size_t> indices;
  std::unordered_map<uint64_t, bool> seen;
  for (const ArticleId& id : ids) {
    DOSSIER_ASSIGN_OR_RETURN(size_t i, Find(id));
    if (!seen.emplace(id.value(), true).second) {
      return Status::InvalidArgument("brief: article " + id.ToString() + " is listed twice");
    }
    indices.push_back(i);
  }
  // The ready articles are moved into the briefing's input and back, not copied: a
  // 5,000-article story would otherwise hold two copies of every token. The mutex held
  // by the caller keeps anyone from seeing the entries while they are moved out.
  std::vector<Article> story;
  story.reserve(indices.size());
  for (size_t i : indices) story.push_back(std::move(Ready(i)));
  Briefing b = briefing::BuildBriefing(story, options);
  for (size_t k = 0; k < indices.size(); ++k) entries_[indices[k]].ready = std::move(story[k]);
  NameCitations(ids, &b);
  return b;
}

StoryList Engine::Impl::Stories(const ClusterOptions& options) {
  if (!clusterer_ || !(options == cluster_options_)) {
    cluster_options_ = options;
    clusterer_ = std::make_unique<cluster::StoryClusterer>(options);
    placements_.clear();
  }
  std::vector<const Article*> articles;
  articles.reserve(entries_.size());
  for (const Entry& e : entries_) articles.push_back(&e.read);
  for (size_t i = placements_.size(); i < entries_.size(); ++i) {
    placements_.push_back(clusterer_->Add(engine::StreamInput(entries_[i].read)));
  }
  return engine::BuildStoryList(articles, placements_, *clusterer_);
}

Engine::Engine(const EngineOptions& options) : impl_(std::make_unique<Impl>(options)) {}
Engine::~Engine() = default;

std::vector<AddResult> Engine::Add(const std::vector<Document>& documents) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  std::vector<AddResult> results(documents.size());
  for (size_t i = 0; i < documents.size(); ++i) impl_->AddDocument(documents[i], i, &results[i]);
  return results;
}

std::vector<AddResult> Engine::AddFiles(const std::vector<std::string>& paths) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  std::vector<AddResult> results;
  for (const std::string& arg : paths) {
    StatusOr<std::vector<std::string>> files = ExpandInputPaths({arg});
    if (!files.ok()) {
      AddResult r;
      r.name = arg;
      r.id = Named(arg, files.status());
      results.push_back(std::move(r));
      continue;
    }
    for (const std::string& path : *files) impl_->AddFile(path, &results);
  }
  return results;
}

StatusOr<Article> Engine::Get(const ArticleId& id) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  DOSSIER_ASSIGN_OR_RETURN(size_t i, impl_->Find(id));
  return impl_->Ready(i);
}

std::vector<ArticleId> Engine::Ids() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->Ids();
}

size_t Engine::size() const {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->size();
}

StatusOr<Briefing> Engine::Brief(const std::vector<ArticleId>& ids,
                                 const BriefingOptions& options) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->Brief(ids, options);
}

StoryList Engine::Stories(const ClusterOptions& options) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  return impl_->Stories(options);
}

StatusOr<Briefing> Engine::BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                      const BriefingOptions& options) {
  std::lock_guard<std::mutex> lock(impl_->mu);
  StoryList list = impl_->Stories(cluster);
  for (const StoryMergeRecord& m : list.merges) {
    if (m.from == story_id) story_id = m.into;
  }
  for (const Story& s : list.stories) {
    if (s.id == story_id) return impl_->Brief(s.articles, options);
  }
  return Status::NotFound("no story with id " + std::to_string(story_id));
}

}  // namespace dossier
