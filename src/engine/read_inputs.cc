// read_inputs.cc: dossier::ReadInputs (include/dossier/page.h), ingest without an Engine.
#include <utility>

#include "dossier/page.h"
#include "src/base/file.h"
#include "src/ingest/ingest.h"

namespace dossier {
namespace {

PageResult Failed(const std::string& name, Status s) {
  PageResult r;
  r.name = name;
  r.article = std::move(s);
  return r;
}

// Turns one flush of a file's reader into results: its articles, then its rejections;
// each warning goes with the result of the same name, else with the flush's first
// result, else waits in `pending` for the next one.
void Emit(std::vector<Article>* articles, ingest::IngestReport* report,
          std::vector<ingest::DocumentError>* pending, const std::function<void(PageResult)>& each) {
  std::vector<PageResult> results;
  for (Article& a : *articles) {
    PageResult r;
    r.name = a.origin;
    r.article = std::move(a);
    results.push_back(std::move(r));
  }
  for (ingest::DocumentError& e : report->rejected) results.push_back(Failed(e.origin, std::move(e.status)));
  for (ingest::DocumentError& w : report->warnings) pending->push_back(std::move(w));
  if (!results.empty()) {
    for (ingest::DocumentError& w : *pending) {
      size_t owner = 0;
      for (size_t i = 0; i < results.size(); ++i) {
        if (results[i].name == w.origin) owner = i;
      }
      results[owner].warnings.push_back(std::move(w.status));
    }
    pending->clear();
  }
  for (PageResult& r : results) each(std::move(r));
}

}  // namespace

void ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                const std::function<void(PageResult)>& each) {
  StatusOr<std::vector<std::string>> files = ExpandInputPaths(paths);
  if (!files.ok()) {
    each(Failed(paths.empty() ? "" : paths.front(), files.status()));
    return;
  }
  for (const std::string& path : *files) {
    std::vector<ingest::DocumentError> pending;
    ingest::ReadFile(path, options, [&](std::vector<Article>* articles, ingest::IngestReport* report) {
      Emit(articles, report, &pending, each);
    });
  }
}

std::vector<PageResult> ReadInputs(const std::vector<std::string>& paths,
                                   const ReadOptions& options) {
  std::vector<PageResult> results;
  ReadInputs(paths, options, [&](PageResult r) { results.push_back(std::move(r)); });
  return results;
}

}  // namespace dossier
