// `dossier sentences FILES|DIRS|-`: one JSON line per sentence with the article id,
// byte offsets into the article text and the sentence text.
#include <iostream>

#include "commands.h"
#include "dossier/engine.h"
#include "dossier/render.h"
#include "flags.h"

namespace dossier::cli {

int RunSentences(int argc, char** argv) {
  CLI::App app{"Print one JSON line per sentence with article id and byte offsets",
               "dossier sentences"};
  InputFlags input;
  input.Add(&app);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  EngineOptions options;
  if (!input.ToEngineOptions(&options)) return kExitUsage;
  Engine engine(options);
  std::vector<AddResult> added = engine.AddFiles(input.paths);
  for (const ArticleId& id : AcceptedIds(added)) {
    StatusOr<Article> a = engine.Get(id);
    if (a.ok()) std::cout << SentencesToJsonl(*a);
  }
  return ReportResults(added);
}

}  // namespace dossier::cli
