// `dossier clean FILES|DIRS|-`: the cleaned articles, per article its metadata, its
// sentences and (with --show-removed, always in JSON) what was removed as boilerplate.
#include <iostream>

#include "src/render/articles.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/flags.h"

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

  engine::LoadOptions options;
  if (!input.ToLoadOptions(&options)) return kExitUsage;
  engine::LoadResult loaded = engine::LoadArticles(input.paths, options);
  int number = 0;
  for (const Article& a : loaded.articles) {
    if (format == "json") {
      std::cout << render::DumpLine(render::ArticleToJson(a)) << "\n";
    } else {
      if (number > 0) std::cout << "\n";
      render::WriteArticleText(a, ++number, show_removed, std::cout);
    }
  }
  return ReportRejected(loaded.report);
}

}  // namespace dossier::cli
