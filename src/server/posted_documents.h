// posted_documents.h: the body of POST /api/v1/articles as documents, and their way
// into the engine.
//
//   DOSSIER_ASSIGN_OR_RETURN(std::vector<PostedDocument> docs, SplitPostBody(body, 10000));
//   DOSSIER_ASSIGN_OR_RETURN(auto ingester, DocumentIngester::Create(&engine));
//   for (const PostedDocument& d : docs) results = ingester->Add(d);
//
// A body is one JSON object, a JSON array of objects, or JSON Lines (one object per
// line), with the article fields `dossier` reads from JSONL files (docs/formats.md:
// text/body/content, title/headline, date/published, url/link, source/publisher, id,
// html/raw_html for web pages, {"documents": [...]} clusters).
//
// The engine's public API reads JSON articles from files (Engine::AddFiles), so each
// document is written to its own file in a private temporary directory (mode 0700),
// added, and removed. One document per call keeps the engine lock free between
// documents, and a document posted is read exactly as the same line in a file would be:
// the same fields, the same ArticleId. A document without an "id" is given "post-<n>"
// (n counts the documents this server has staged), which its staging file is named
// after, so neither the article's id nor its origin shows the temporary path.
#ifndef DOSSIER_SRC_SERVER_POSTED_DOCUMENTS_H_
#define DOSSIER_SRC_SERVER_POSTED_DOCUMENTS_H_

#include <atomic>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/engine.h"
#include "dossier/status.h"

namespace dossier::server {

struct PostedDocument {
  std::string name;  // "line 3" (JSON Lines), "document 2" (array or single object)
  std::string json;  // the object on one line, re-serialized; empty when `error` is set
  bool has_id = false;  // the object names its own "id" or "doc_id"
  Status error;         // why this document cannot be an article (not JSON, not an object)
};

// Deepest nesting of JSON arrays and objects a body may have (articles have 2 or 3);
// deeper bodies are rejected before parsing, which would cost memory per level.
inline constexpr int kMaxJsonDepth = 64;

// The documents of a POST body. kInvalidArgument for an empty body or one nested deeper
// than kMaxJsonDepth; kOutOfRange for more than `max_documents` documents. A document
// that is not a JSON object (broken JSON, invalid UTF-8, a number) carries its error.
StatusOr<std::vector<PostedDocument>> SplitPostBody(std::string_view body, size_t max_documents);

class DocumentIngester {
 public:
  // Makes the temporary directory (under $TMPDIR, else /tmp). REQUIRES: engine outlives this.
  static StatusOr<std::unique_ptr<DocumentIngester>> Create(Engine* engine);
  ~DocumentIngester();  // removes the directory
  DocumentIngester(const DocumentIngester&) = delete;
  DocumentIngester& operator=(const DocumentIngester&) = delete;

  // Adds one document: one result per article it holds (a {"documents": [...]} line may
  // hold several) or one naming why it was rejected. Names and messages say
  // `doc.name`, never the temporary path. Thread-safe.
  std::vector<AddResult> Add(const PostedDocument& doc);

  // "post-12" for an article origin of a staged document ("<dir>/post-12.jsonl:1");
  // any other origin unchanged.
  std::string PublicOrigin(const std::string& origin) const;

  const std::string& dir() const { return dir_; }

 private:
  DocumentIngester(Engine* engine, std::string dir) : engine_(engine), dir_(std::move(dir)) {}

  Engine* engine_;
  const std::string dir_;
  std::atomic<uint64_t> staged_{0};
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_POSTED_DOCUMENTS_H_
