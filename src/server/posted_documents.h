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
// the same fields, the same ArticleId.
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
  std::string json;  // one line of JSON, as sent or re-serialized
};

// Deepest nesting of JSON arrays and objects a body may have (articles have 2 or 3);
// deeper bodies are rejected before parsing, which would cost memory per level.
inline constexpr int kMaxJsonDepth = 64;

// The documents of a POST body. kInvalidArgument for an empty body or one nested deeper
// than kMaxJsonDepth; kOutOfRange for more than `max_documents` documents. A line that
// is not valid JSON is still a document: the engine rejects it, naming its line.
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

  const std::string& dir() const { return dir_; }

 private:
  DocumentIngester(Engine* engine, std::string dir) : engine_(engine), dir_(std::move(dir)) {}

  Engine* engine_;
  const std::string dir_;
  std::atomic<uint64_t> next_file_{0};
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_POSTED_DOCUMENTS_H_
