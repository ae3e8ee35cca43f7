// engine.h: the front door. An Engine holds many articles and answers for them.
//
//   dossier::Engine engine(dossier::EngineOptions{});
//
//   // Documents from a caller: bytes plus whatever metadata it has.
//   dossier::Document doc;
//   doc.name = "feed/4711";                   // named in every message about it
//   doc.content = raw_bytes;                  // any encoding; decoded to UTF-8
//   doc.url = "https://example.com/a";
//   std::vector<dossier::AddResult> added = engine.Add({doc});
//
//   // Or files, directories and JSONL as the CLI reads them.
//   for (const dossier::AddResult& r : engine.AddFiles({"examples/biden-putin/"})) {
//     if (!r.id.ok()) std::cerr << r.id.status().ToString() << "\n";
//   }
//
//   dossier::StatusOr<dossier::Briefing> b = engine.Brief(engine.Ids(), {});
//   if (b.ok()) std::cout << dossier::BriefingToMarkdown(*b);
//
//   // Or kept in a database: articles and stories survive the process.
//   dossier::EngineOptions options;
//   options.database = "news.db";
//   dossier::StatusOr<std::unique_ptr<dossier::Engine>> db = dossier::Engine::Open(options);
//   if (!db.ok()) { std::cerr << db.status().ToString() << "\n"; return 1; }  // names the path
//   (*db)->AddFiles({"today.jsonl"});               // committed as it goes
//   for (const dossier::Story& s : (*db)->Stories(options.cluster).stories) ...
//   (*db)->BriefStory(story_id, options.cluster, {});   // cached until the story changes
//
// Articles are named by ArticleId, a hash of what the article says and who says it
// (text, title, source, url): reading the same article twice, from two folders or in
// another encoding, gives the same id and adds nothing; two different articles never
// share one (a hash collision is detected and resolved by rehashing).
//
// Cleaning (boilerplate removal) of one article depends on the article and on the
// evidence the engine keeps: how many distinct articles, overall and of the same source,
// hold each short non-prose line. Adding articles updates the evidence; an article one of
// whose lines crosses a threshold is recleaned (in memory the next time it is read, with
// a database in the transaction that crossed it). So an article's
// body is a function of the SET of articles added so far, never of their order or of
// which batch they came in (docs/DESIGN.md, "Cleaning evidence").
//
// With a database (EngineOptions::database, docs/storage.md), each article is written
// with its cleaned form, its share of the cleaning evidence and its story in one
// transaction; a crash (kill -9) at any moment loses no committed article and leaves no
// half-written one. Reopening restores the articles, the evidence and the stories: an
// article keeps its story id, new articles are deduplicated and clustered against what
// is stored, and adding a stored article again changes nothing.
//
// Thread safety: every method may be called from any thread at any time.
//  - Writers (Add, AddFiles) are serialized by a writer lock, which they hold for one
//    batch of at most 32 articles (one transaction) at a time, never for a whole call;
//    between batches other callers get in (another writer's batches may fall between
//    this call's; each result is still that of its own document).
//  - With a database, readers (Get, Brief, BriefStory, Stories with the engine's
//    ClusterOptions, Ids, size, Stats) never take the writer lock: they see the
//    articles and stories of the last committed batch, and load articles through
//    connections of their own, so a cached briefing is served in microseconds while an
//    ingest runs, and a briefing is computed in parallel with it.
//  - In memory, Get, Brief, Stories and BriefStory take the writer lock (the articles
//    live in memory, and stories are placed when asked for), so they wait for at most
//    one batch; a cached briefing is still returned without recomputing.
//  - Stories with options other than EngineOptions::cluster recluster in memory under the
//    writer lock.
//  - Another process writing the same database (one at a time: SQLite's write lock)
//    is noticed at this engine's next write, which reloads the database first; this
//    engine's readers see the other's articles after that, or after a reopen.
#ifndef DOSSIER_ENGINE_H_
#define DOSSIER_ENGINE_H_

#include <memory>
#include <string>
#include <vector>

#include "dossier/article.h"
#include "dossier/briefing.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "dossier/story.h"

namespace dossier {

// One article as a caller has it. Only `content` is needed; metadata given here wins
// over what is read from the content (a header line, a byline).
struct Document {
  std::string name;     // for messages and as Article::origin; "document <n>" when empty
  std::string content;  // raw bytes in any encoding (a text article; a header of title,
                        // date and URL lines is read as metadata)
  std::string id;       // the caller's own id (Article::id); else derived from `name`
  std::string title;
  std::string date;     // any form ParseDate reads ("2021-12-07", "Dec. 7, 2021", ...)
  std::string url;
  std::string source;   // outlet; else derived from the url's host
};

struct AddResult {
  std::string name;             // the document, file or "file:line" the result is about
  StatusOr<ArticleId> id;       // its article, or why it was rejected (message names it)
  std::string input_id;         // the article's id as read (Article::id: the JSONL "id",
                                // else derived from the name); empty when rejected
  bool already_present = false; // the engine held this article already; nothing changed
  std::vector<Status> warnings; // repairs made while reading (absurd date left empty, ...)

  AddResult() : id(Status(StatusCode::kInternal, "unset")) {}
};

// Counters for monitoring and tests.
struct EngineStats {
  size_t articles = 0;                 // held (committed, with a database)
  uint64_t briefing_cache_hits = 0;    // BriefStory answered from the cache
  uint64_t briefing_cache_misses = 0;  // BriefStory computed (then cached)
  size_t briefing_cache_entries = 0;
};

class Engine {
 public:
  // An engine on options.database, or in memory when it is empty. A new database is
  // created (unless !options.create_if_missing); an existing one is reopened with its
  // articles, evidence and stories, migrated first if an older version of Dossier made
  // it. Errors name the path: kIoError (cannot open or create, locked, corrupt),
  // kNotFound (missing and not to be created), kInvalidArgument (not a Dossier database,
  // or damaged), kOutOfRange (made by a newer Dossier, schema version too new).
  static StatusOr<std::unique_ptr<Engine>> Open(const EngineOptions& options);

  // The in-memory engine (options.database empty). Given a database path it opens it
  // as Open does, but cannot report a failure to open but through each call: every
  // AddResult, Get, Brief and BriefStory then carries that error and Stories is empty.
  // Prefer Open for a database.
  explicit Engine(const EngineOptions& options);
  ~Engine();
  Engine(const Engine&) = delete;
  Engine& operator=(const Engine&) = delete;

  // Adds each document as one article. Returns one result per document, in order.
  std::vector<AddResult> Add(const std::vector<Document>& documents);

  // Reads files, directories (recursively, sorted) and "-" (stdin) in the formats of
  // ReadOptions, and adds every article they hold. Returns one result per article read,
  // in input order, and one per file or record that could not be read.
  std::vector<AddResult> AddFiles(const std::vector<std::string>& paths);

  // The article, cleaned and analyzed against the current evidence; kNotFound for an
  // id the engine does not hold.
  StatusOr<Article> Get(const ArticleId& id);

  // Every held article's id, in the order first added.
  std::vector<ArticleId> Ids() const;
  size_t size() const;

  // The briefing of the articles `ids` taken as one story; Briefing::sources follows
  // the order of `ids`, and every citation names its article's ArticleId.
  // kInvalidArgument when `ids` is empty or lists an article twice; kNotFound for an
  // unknown id.
  StatusOr<Briefing> Brief(const std::vector<ArticleId>& ids, const BriefingOptions& options);

  // Every held article's story, found by online clustering (src/cluster/) of the
  // articles in the order first added: title, text (or the headline alone), date, outlet
  // and near copies. Incremental: articles added since the last call are placed in the
  // existing stories, so an article keeps its story id (unless its story merged into an
  // older one, recorded in StoryList::merges). With options == options().cluster these
  // are the engine's stories (with a database, the stored ones, placed as each article
  // was added); other options cluster everything again from the start, in memory, and
  // are never stored. Undated articles are placed at the time of the last dated article
  // before them (input order).
  StoryList Stories(const ClusterOptions& options);

  // The briefing of story `story_id` of Stories(cluster) (an id merged away is followed
  // to the story that took it). kNotFound for an id that names no story.
  // With cluster == options().cluster, briefings are cached (EngineOptions::
  // briefing_cache_size) per story and BriefingOptions, and a cached one is returned
  // only while its story is unchanged: an article joining it, a story merging into it,
  // or the cleaning evidence recleaning one of its articles makes the next call brief
  // it again.
  StatusOr<Briefing> BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                const BriefingOptions& options);

  // The options in force: those given, except that a reopened database's cleaning and
  // clustering options replace the given ones.
  const EngineOptions& options() const;
  EngineStats Stats() const;

 private:
  class Impl;
  explicit Engine(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_ENGINE_H_
