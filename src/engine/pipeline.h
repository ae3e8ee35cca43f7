// pipeline.h: from command-line paths to analyzed articles, the first half of every
// subcommand.
//
//   engine::LoadOptions options;
//   engine::LoadResult loaded = engine::LoadArticles({"examples/biden-putin/"}, options);
//   for (const auto& e : loaded.report.rejected) std::cerr << e.status.message() << "\n";
//   for (const Article& a : loaded.articles) ... a.sentences ...
//
// Reading (ingest), boilerplate removal (extract) and sentence/token analysis (text) run
// in that order. A file or record that cannot be read is reported and skipped; the rest
// of the batch goes on.
#ifndef DOSSIER_SRC_ENGINE_PIPELINE_H_
#define DOSSIER_SRC_ENGINE_PIPELINE_H_

#include <string>
#include <vector>

#include "dossier/article.h"
#include "src/extract/clean.h"
#include "src/ingest/ingest.h"

namespace dossier::engine {

struct LoadOptions {
  ingest::IngestOptions ingest;
  extract::CleanOptions clean;
  // Remove boilerplate. Off keeps every line as body text (still reported as sentences).
  bool clean_boilerplate = true;
  // Split sentences and tokenize. Off leaves Article::sentences empty.
  bool analyze = true;
};

struct LoadResult {
  std::vector<Article> articles;  // in input order: paths as given, directories sorted
  ingest::IngestReport report;    // includes paths that could not be read
};

// Reads every file under `paths` ("-" = stdin), cleans and analyzes the articles.
LoadResult LoadArticles(const std::vector<std::string>& paths, const LoadOptions& options);

// Cleans and analyzes articles that were read elsewhere (e.g. a dataset's cluster).
void PrepareArticles(std::vector<Article>* articles, const LoadOptions& options);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_PIPELINE_H_
