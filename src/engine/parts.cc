// parts.cc: RecordMaker, StoryPlanner and BriefArticles (include/dossier/parts.h).
//
// Method. Engine::Add names an article by a hash of its content and counts its boilerplate
// keys into the evidence; Engine::Stories feeds the articles, in the order first added,
// to one StoryClusterer; Engine::Brief cleans each article against the evidence, analyzes
// it and builds the briefing. Here the per-article half of each step (the id candidates,
// the keys, cluster::PrepareArticle) goes into a record made where the article is read;
// the planner replays the order-dependent half (the id a collision would move, repeats,
// evidence counts, cluster::StoryClusterer::AddPrepared) record by record; and a briefing
// gets, with its articles, the counts of exactly the keys they hold, which is all that
// extract::CleanArticle reads of the evidence.
#include "dossier/parts.h"

#include <xxhash.h>

#include <algorithm>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "src/briefing/briefing.h"
#include "src/cluster/prepared.h"
#include "src/engine/parts_record.h"
#include "src/engine/steps.h"
#include "src/engine/stories.h"
#include "src/extract/clean.h"
#include "src/text/analyzer.h"

namespace dossier {

class RecordMaker::Impl {
 public:
  explicit Impl(const EngineOptions& options)
      : options_(options), digest_(engine::RecordOptionsDigest(options)) {}

  std::string Make(const Article& a) {
    engine::ArticleRecord r;
    r.options = digest_;
    const std::string material = engine::IdMaterial(a);
    size_t found = 0;
    for (uint64_t seed = 0; found < engine::kIdCandidates; ++seed) {
      const uint64_t h = XXH3_64bits_withSeed(material.data(), material.size(), seed);
      if (h != 0) r.ids[found++] = h;
    }
    const XXH128_hash_t digest = XXH3_128bits(material.data(), material.size());
    r.digest_low = digest.low64;
    r.digest_high = digest.high64;
    const engine::ArticleMeta meta = engine::MetaOf(a);  // what a story list shows
    r.title = meta.title;
    r.date = meta.date;
    r.source = meta.source;
    r.snippet = meta.snippet;
    if (options_.clean_boilerplate) r.keys = extract::RepeatKeys(a, options_.clean);
    r.prepared = cluster::PrepareArticle(engine::StreamInput(a), options_.cluster, &analyzer_);
    return engine::WriteRecord(r);
  }

 private:
  EngineOptions options_;
  uint64_t digest_;
  text::Analyzer analyzer_;
};

RecordMaker::RecordMaker(const EngineOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
RecordMaker::~RecordMaker() = default;
std::string RecordMaker::Make(const Article& article) { return impl_->Make(article); }

class StoryPlanner::Impl {
 public:
  explicit Impl(const EngineOptions& options)
      : options_(options), digest_(engine::RecordOptionsDigest(options)),
        clusterer_(options.cluster) {}

  StatusOr<PlannedArticle> Add(std::string_view bytes);
  StoryList Stories() const;
  StatusOr<std::string> Evidence(const std::vector<ArticleId>& ids) const;

  std::vector<ArticleId> Ids() const {
    std::vector<ArticleId> ids;
    ids.reserve(meta_.size());
    for (const engine::ArticleMeta& m : meta_) ids.push_back(m.id);
    return ids;
  }
  size_t size() const { return meta_.size(); }

 private:
  // The id Engine::Add would give: the first candidate free or held by the same
  // article. kInternal when every candidate is held by another article (2^-256).
  StatusOr<PlannedArticle> Resolve(const engine::ArticleRecord& r) const;

  EngineOptions options_;
  uint64_t digest_;
  cluster::StoryClusterer clusterer_;
  // Per held article, in order: what a story list shows (id, title, date, source, the
  // text's first bytes when untitled), its placement, its content digest and its keys
  // (indices into keys_).
  std::vector<engine::ArticleMeta> meta_;
  std::vector<engine::PlacedArticle> placed_;
  std::vector<std::pair<uint64_t, uint64_t>> digests_;
  std::vector<std::vector<uint32_t>> article_keys_;
  std::unordered_map<uint64_t, size_t> by_id_;
  std::vector<std::string> keys_;
  std::unordered_map<std::string, uint32_t> key_index_;
  extract::LineEvidence evidence_;
};

StatusOr<PlannedArticle> StoryPlanner::Impl::Resolve(const engine::ArticleRecord& r) const {
  for (uint64_t h : r.ids) {
    auto it = by_id_.find(h);
    if (it == by_id_.end()) return PlannedArticle{ArticleId(h), false};
    if (digests_[it->second] == std::make_pair(r.digest_low, r.digest_high)) {
      return PlannedArticle{ArticleId(h), true};
    }
  }
  return Status::Internal("article record: every candidate id is held by another article");
}

StatusOr<PlannedArticle> StoryPlanner::Impl::Add(std::string_view bytes) {
  engine::ArticleRecord r;
  DOSSIER_RETURN_IF_ERROR(engine::ReadRecord(bytes, &r));
  if (r.options != digest_) {
    return Status::InvalidArgument(
        "article record: made with other cleaning or clustering options than the planner's");
  }
  DOSSIER_ASSIGN_OR_RETURN(PlannedArticle placed, Resolve(r));
  if (placed.already_present) return placed;
  const size_t index = meta_.size();
  by_id_.emplace(placed.id.value(), index);
  digests_.emplace_back(r.digest_low, r.digest_high);
  engine::ArticleMeta& a = meta_.emplace_back();
  a.id = placed.id;
  a.title = std::move(r.title);
  a.date = std::move(r.date);
  a.source = std::move(r.source);
  a.snippet = std::move(r.snippet);
  std::vector<uint32_t>& held = article_keys_.emplace_back();
  for (std::string& k : r.keys) {
    auto [it, inserted] = key_index_.try_emplace(k, static_cast<uint32_t>(keys_.size()));
    if (inserted) keys_.push_back(k);
    held.push_back(it->second);
  }
  if (options_.clean_boilerplate) evidence_.Add(a.source, r.keys, options_.clean);
  const cluster::Placement p = clusterer_.AddPrepared(std::move(r.prepared));
  placed_.push_back({p.story, p.by, p.score, p.undated});
  return placed;
}

StoryList StoryPlanner::Impl::Stories() const {
  return engine::BuildStoryList(meta_, placed_, clusterer_);
}

StatusOr<std::string> StoryPlanner::Impl::Evidence(const std::vector<ArticleId>& ids) const {
  std::set<std::string> sources;
  std::set<std::string> keys;  // sorted, so the bytes are the same for the same ids
  for (const ArticleId& id : ids) {
    auto it = by_id_.find(id.value());
    if (it == by_id_.end()) return Status::NotFound("no article with id " + id.ToString());
    if (!meta_[it->second].source.empty()) sources.insert(meta_[it->second].source);
    for (uint32_t k : article_keys_[it->second]) keys.insert(keys_[k]);
  }
  std::vector<engine::KeyCounts> counts;
  for (const std::string& key : keys) {
    engine::KeyCounts& c = counts.emplace_back();
    c.key = key;
    c.articles = evidence_.Count(key);
    for (const std::string& source : sources) {
      if (int n = evidence_.CountOfSource(source, key); n > 0) c.of_source.emplace_back(source, n);
    }
  }
  return engine::WriteEvidence(counts);
}

StoryPlanner::StoryPlanner(const EngineOptions& options)
    : impl_(std::make_unique<Impl>(options)) {}
StoryPlanner::~StoryPlanner() = default;
StatusOr<PlannedArticle> StoryPlanner::Add(std::string_view record) { return impl_->Add(record); }
size_t StoryPlanner::size() const { return impl_->size(); }
std::vector<ArticleId> StoryPlanner::Ids() const { return impl_->Ids(); }
StoryList StoryPlanner::Stories() const { return impl_->Stories(); }
StatusOr<std::string> StoryPlanner::Evidence(const std::vector<ArticleId>& ids) const {
  return impl_->Evidence(ids);
}

StatusOr<Briefing> BriefArticles(std::vector<Article> articles, std::string_view evidence,
                                 const EngineOptions& engine, const BriefingOptions& options) {
  if (articles.empty()) return Status::InvalidArgument("brief: no articles given");
  std::vector<ArticleId> ids;
  std::unordered_set<uint64_t> seen;
  for (const Article& a : articles) {
    if (a.article_id.empty()) {
      return Status::InvalidArgument("brief: article " + a.origin + " has no id");
    }
    if (!seen.insert(a.article_id.value()).second) {
      return Status::InvalidArgument("brief: article " + a.article_id.ToString() +
                                     " is listed twice");
    }
    ids.push_back(a.article_id);
  }
  extract::LineEvidence counts;
  DOSSIER_RETURN_IF_ERROR(engine::ReadEvidence(evidence, &counts));
  text::Analyzer analyzer;
  for (Article& a : articles) {
    if (engine.clean_boilerplate) extract::CleanArticle(&a, counts, engine.clean);
    if (engine.analyze) analyzer.AnalyzeArticle(&a);
  }
  Briefing b = briefing::BuildBriefing(articles, options);
  engine::NameCitations(ids, &b);
  return b;
}

}  // namespace dossier
