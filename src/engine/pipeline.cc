#include "src/engine/pipeline.h"

#include "src/base/file.h"
#include "src/text/analyzer.h"

namespace dossier::engine {

void PrepareArticles(std::vector<Article>* articles, const LoadOptions& options) {
  if (options.clean_boilerplate) extract::CleanBatch(articles, options.clean);
  if (!options.analyze) return;
  text::Analyzer analyzer;
  for (Article& a : *articles) analyzer.AnalyzeArticle(&a);
}

namespace {

void ReadOne(const std::string& path, const LoadOptions& options, LoadResult* result) {
  ingest::ReadFile(path, options.ingest, [&](std::vector<Article>* articles, ingest::IngestReport* report) {
    for (Article& a : *articles) result->articles.push_back(std::move(a));
    result->report.accepted += report->accepted;
    for (auto& e : report->rejected) result->report.rejected.push_back(std::move(e));
    for (auto& w : report->warnings) result->report.warnings.push_back(std::move(w));
  });
}

}  // namespace

LoadResult LoadArticles(const std::vector<std::string>& paths, const LoadOptions& options) {
  LoadResult result;
  for (const std::string& arg : paths) {
    StatusOr<std::vector<std::string>> files = ExpandInputPaths({arg});
    if (!files.ok()) {
      result.report.rejected.push_back({arg, files.status()});
      continue;
    }
    for (const std::string& path : *files) ReadOne(path, options, &result);
  }
  PrepareArticles(&result.articles, options);
  return result;
}

}  // namespace dossier::engine
