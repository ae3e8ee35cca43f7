// parts.h: the Engine's work in parts, for corpora too big for one process. Reading and
// per-article records run anywhere, in parallel; one sequential pass (StoryPlanner) takes
// the records in arrival order, sets repeated articles aside, counts the cleaning
// evidence and assigns stories; then each story is briefed anywhere, in parallel
// (BriefArticles). For the same documents in the same order, the ids, stories and
// briefings are those of one in-memory Engine with the same options (Add, Stories,
// BriefStory; EngineOptions::cluster clusters, ::clean cleans): tests/api/parts_test.cc
// checks it, and python/dossier/dask.py runs it on a Dask cluster.
//
//   // 1. Workers, in parallel (one RecordMaker per thread):
//   dossier::RecordMaker maker(engine_options);
//   dossier::PageResult read = dossier::ReadDocument(doc, n, engine_options.read);
//   std::string record = maker.Make(*read.article);      // bytes: a few KB
//
//   // 2. One process, every record in arrival order:
//   dossier::StoryPlanner planner(engine_options);
//   dossier::StatusOr<dossier::PlannedArticle> placed = planner.Add(record);
//   dossier::StoryList stories = planner.Stories();
//   dossier::StatusOr<std::string> evidence = planner.Evidence(story.articles);
//
//   // 3. Workers, per story: the story's articles as read (ReadDocument again), in the
//   //    story's order, each with the id the planner gave it.
//   read.article->article_id = placed->id;
//   dossier::StatusOr<dossier::Briefing> b =
//       dossier::BriefArticles(std::move(articles), *evidence, engine_options, {});
//
// Why it is exact: an article's id, its boilerplate keys and its story features depend on
// the article alone (step 1). What depends on the others is the order-dependent story
// clustering and the evidence counts, and both are kept by the planner (step 2); a
// briefing depends only on its articles and on the evidence about their lines (step 3).
//
// Thread safety: the free functions are pure. A RecordMaker or StoryPlanner belongs to
// one thread at a time.
#ifndef DOSSIER_PARTS_H_
#define DOSSIER_PARTS_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/briefing.h"
#include "dossier/engine.h"
#include "dossier/options.h"
#include "dossier/page.h"
#include "dossier/status.h"
#include "dossier/story.h"

namespace dossier {

// The main text and metadata of one web page held in memory, as `dossier extract` reads
// a saved page (gzipped or not, any encoding). `url` is the page's address when the
// caller knows it, else "". Errors name `name`.
PageResult ExtractPage(const std::string& name, std::string_view page, const std::string& url,
                       const ReadOptions& options);

// The article Engine::Add makes of `document` (the `number`-th of its batch, from 0,
// which names it "document <number + 1>" when it has no name), before cleaning: a text
// article whose header lines become metadata, the document's metadata winning.
PageResult ReadDocument(const Document& document, size_t number, const ReadOptions& options);

// Makes the record of an article as read: its content id (with the candidates a hash
// collision would move it to), a digest that tells two articles apart, the metadata a
// story list shows, its boilerplate keys and its story-clustering features (weighted
// terms and the near-copy fingerprint: shingles, MinHash, paragraph hashes). The record
// is about as big as the article's text; the work of making it (tokenizing, stemming,
// shingling) is most of what clustering costs.
class RecordMaker {
 public:
  explicit RecordMaker(const EngineOptions& options);
  ~RecordMaker();
  RecordMaker(const RecordMaker&) = delete;
  RecordMaker& operator=(const RecordMaker&) = delete;

  // REQUIRES: `article` as ReadDocument (or Engine::Add) reads it: not cleaned.
  std::string Make(const Article& article);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// The id an article was given, and whether an earlier record was the same article (it
// is then left out of stories and evidence, as Engine::Add leaves it out).
struct PlannedArticle {
  ArticleId id;
  bool already_present = false;
};

// The sequential pass over the records of a corpus, in arrival order.
class StoryPlanner {
 public:
  explicit StoryPlanner(const EngineOptions& options);
  ~StoryPlanner();
  StoryPlanner(const StoryPlanner&) = delete;
  StoryPlanner& operator=(const StoryPlanner&) = delete;

  // Takes the next record. kInvalidArgument for a malformed record or one made with
  // other options; the planner is unchanged then.
  StatusOr<PlannedArticle> Add(std::string_view record);

  // Distinct articles taken, and their ids in the order first added (Engine::Ids).
  size_t size() const;
  std::vector<ArticleId> Ids() const;

  // The stories so far: Engine::Stories(options.cluster) for the same documents.
  StoryList Stories() const;

  // The cleaning evidence a briefing of `ids` needs (the counts of their lines), as bytes
  // for BriefArticles. kNotFound for an id the planner does not hold.
  StatusOr<std::string> Evidence(const std::vector<ArticleId>& ids) const;

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

// Engine::Brief of `articles` (as read, each with its planner id, in the order the
// briefing should list them), cleaned against `evidence` from StoryPlanner::Evidence.
// kInvalidArgument when `articles` is empty, an id is missing or listed twice, or the
// evidence is malformed.
StatusOr<Briefing> BriefArticles(std::vector<Article> articles, std::string_view evidence,
                                 const EngineOptions& engine, const BriefingOptions& options);

}  // namespace dossier

#endif  // DOSSIER_PARTS_H_
