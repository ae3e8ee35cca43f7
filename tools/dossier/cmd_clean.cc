// `dossier clean FILES|DIRS|-`: the cleaned articles, per article its metadata, its
// sentences and (with --show-removed, always in JSON) what was removed as boilerplate.
#include <iostream>

#include "commands.h"
#include "dossier/engine.h"
#include "dossier/render.h"
#include "flags.h"

namespace dossier::cli {

int RunClean(int argc, char** argv) {
  CLI::App app{"Read articles, strip boilerplate, print metadata, sentences and removed text",
               "dossier clean"};
  InputFlags input;
  input.Add(&app);
  std::string format = "text";
  bool show_removed = false;
  app.add_option("--format", format, "text (for reading) or json (one article per line)")
      ->check(CLI::IsMember({"text", "json"}));
  app.add_flag("--show-removed", show_removed, "also print removed boilerplate (text format)");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  EngineOptions options;
  if (!input.ToEngineOptions(&options)) return kExitUsage;
  Engine engine(options);
  std::vector<AddResult> added = engine.AddFiles(input.paths);
  int number = 0;
  for (const ArticleId& id : AcceptedIds(added)) {
    StatusOr<Article> a = engine.Get(id);
    if (!a.ok()) continue;  // impossible: the id was just added
    if (format == "json") {
      std::cout << ArticleToJsonLine(*a) << "\n";
    } else {
      if (number > 0) std::cout << "\n";
      std::cout << ArticleToText(*a, ++number, show_removed);
    }
  }
  return ReportResults(added);
}

}  // namespace dossier::cli
