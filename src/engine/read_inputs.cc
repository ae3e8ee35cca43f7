// read_inputs.cc: dossier::ReadInputs (include/dossier/page.h), ingest without an Engine.
#include "dossier/page.h"
#include "src/base/file.h"
#include "src/ingest/ingest.h"

namespace dossier {

std::vector<PageResult> ReadInputs(const std::vector<std::string>& paths,
                                   const ReadOptions& options) {
  std::vector<PageResult> results;
  auto fail = [&](const std::string& name, Status s) {
    PageResult r;
    r.name = name;
    r.article = std::move(s);
    results.push_back(std::move(r));
  };
  StatusOr<std::vector<std::string>> files = ExpandInputPaths(paths);
  if (!files.ok()) {
    fail(paths.empty() ? "" : paths.front(), files.status());
    return results;
  }
  for (const std::string& path : *files) {
    StatusOr<std::string> data = ReadFileToString(path);
    if (!data.ok()) {
      fail(path, data.status());
      continue;
    }
    std::vector<Article> articles;
    ingest::IngestReport report;
    ingest::ReadArticles(path, *data, options, &articles, &report);
    const size_t first = results.size();
    for (Article& a : articles) {
      PageResult r;
      r.name = a.origin;
      r.article = std::move(a);
      results.push_back(std::move(r));
    }
    for (ingest::DocumentError& e : report.rejected) fail(e.origin, std::move(e.status));
    for (ingest::DocumentError& w : report.warnings) {
      size_t owner = first;
      for (size_t i = first; i < results.size(); ++i) {
        if (results[i].name == w.origin) owner = i;
      }
      if (owner < results.size()) results[owner].warnings.push_back(std::move(w.status));
    }
  }
  return results;
}

}  // namespace dossier
