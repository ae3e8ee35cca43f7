// `dossier sentences FILES|DIRS|-`: one JSON line per sentence with the article id,
// byte offsets into the article text and the sentence text.
#include <iostream>

#include "src/render/articles.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/flags.h"

namespace dossier::cli {

int RunSentences(int argc, char** argv) {
  CLI::App app{"Print one JSON line per sentence with article id and byte offsets",
               "dossier sentences"};
  InputFlags input;
  input.Add(&app);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;

  engine::LoadOptions options;
  if (!input.ToLoadOptions(&options)) return kExitUsage;
  engine::LoadResult loaded = engine::LoadArticles(input.paths, options);
  for (const Article& a : loaded.articles) render::WriteSentencesJsonl(a, std::cout);
  return ReportRejected(loaded.report);
}

}  // namespace dossier::cli
