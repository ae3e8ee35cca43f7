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
// Articles are named by ArticleId, a hash of what the article says and who says it
// (text, title, source, url): reading the same article twice, from two folders or in
// another encoding, gives the same id and adds nothing; two different articles never
// share one (a hash collision is detected and resolved by rehashing).
//
// Cleaning (boilerplate removal) of one article depends on the article and on the
// evidence the engine keeps: how many distinct articles, overall and of the same source,
// hold each short non-prose line. Adding articles updates the evidence; an article one of
// whose lines crosses a threshold is recleaned the next time it is read. So an article's
// body is a function of the SET of articles added so far, never of their order or of
// which batch they came in (docs/DESIGN.md, "Cleaning evidence").
//
// Thread safety: every method may be called from several threads; calls are serialized
// by an internal mutex.
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

class Engine {
 public:
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
  // older one, recorded in StoryList::merges). Calling with other options clusters
  // everything again from the start. Undated articles are placed at the time of the
  // last dated article before them (input order).
  StoryList Stories(const ClusterOptions& options);

  // The briefing of story `story_id` of Stories(cluster) (an id merged away is followed
  // to the story that took it). kNotFound for an id that names no story.
  StatusOr<Briefing> BriefStory(uint64_t story_id, const ClusterOptions& cluster,
                                const BriefingOptions& options);

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier

#endif  // DOSSIER_ENGINE_H_
