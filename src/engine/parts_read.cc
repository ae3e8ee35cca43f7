// parts_read.cc: ExtractPage and ReadDocument (include/dossier/parts.h): reading one
// document without an Engine, exactly as Engine::Add reads it.
#include "dossier/parts.h"
#include "src/engine/steps.h"
#include "src/ingest/date.h"
#include "src/ingest/ingest.h"
#include "src/ingest/readers.h"

namespace dossier {

PageResult ExtractPage(const std::string& name, std::string_view page, const std::string& url,
                       const ReadOptions& options) {
  PageResult result;
  result.name = name;
  Article a;
  a.id = name;
  ingest::IngestReport report;
  Status s = ingest::ArticleFromPage(name, page, url, options, &a, &report);
  for (ingest::DocumentError& w : report.warnings) {
    result.warnings.push_back(engine::Named(name, w.status));
  }
  if (!s.ok()) {
    result.article = engine::Named(name, s);
    return result;
  }
  if (!url.empty()) a.url = url;
  if (a.source.empty()) a.source = ingest::HostOfUrl(a.url);
  result.article = std::move(a);
  return result;
}

namespace {

// The document's own metadata over what was read from its content (Engine::Add's rule).
void ApplyMetadata(const Document& doc, Article* a, std::vector<Status>* warnings,
                   const std::string& name) {
  if (!doc.id.empty()) a->id = doc.id;
  if (!doc.title.empty()) a->title = doc.title;
  if (!doc.url.empty()) a->url = doc.url;
  if (!doc.source.empty()) a->source = doc.source;
  if (a->source.empty()) a->source = ingest::HostOfUrl(a->url);
  if (doc.date.empty()) return;
  ingest::ParsedDate d = ingest::ParseDate(doc.date);
  if (d.kind == ingest::ParsedDate::Kind::kValid) {
    a->date = d.iso;
  } else {
    warnings->push_back(Status::OutOfRange(name + ": date \"" + doc.date +
                                           "\" is not a plausible date; left empty"));
  }
}

}  // namespace

PageResult ReadDocument(const Document& doc, size_t number, const ReadOptions& options) {
  PageResult result;
  result.name = doc.name.empty() ? "document " + std::to_string(number + 1) : doc.name;
  ReadOptions read = options;
  read.format = ReadOptions::Format::kText;
  std::vector<Article> articles;
  ingest::IngestReport report;
  ingest::ReadArticles(result.name, doc.content, read, &articles, &report);
  for (const ingest::DocumentError& w : report.warnings) result.warnings.push_back(w.status);
  if (articles.empty()) {
    result.article =
        report.rejected.empty()
            ? Status::InvalidArgument(result.name + ": no article in the document")
            : engine::Named(result.name, report.rejected.front().status);
    return result;
  }
  Article a = std::move(articles.front());
  ApplyMetadata(doc, &a, &result.warnings, result.name);
  result.article = std::move(a);
  return result;
}

}  // namespace dossier
