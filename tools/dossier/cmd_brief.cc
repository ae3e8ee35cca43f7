// `dossier brief FILES|DIRS|-`: the briefing of a story: summary with sources,
// timeline, who and where, key numbers, disagreements, what only one source says, and
// the source list with flags. Markdown by default, JSON with --format json.
#include <iostream>

#include "commands.h"
#include "dossier/engine.h"
#include "dossier/render.h"
#include "flags.h"

namespace dossier::cli {

int RunBrief(int argc, char** argv) {
  CLI::App app{"Write the briefing of a story: summary, timeline, entities, numbers, "
               "disagreements, single-source statements, sources",
               "dossier brief"};
  InputFlags input;
  input.Add(&app);
  std::string format = "markdown";
  std::string method;
  BriefingOptions options;
  app.add_option("--format", format, "markdown or json")
      ->check(CLI::IsMember({"markdown", "json"}));
  app.add_option("--method", method,
                 "summarization method: lead, centroid, lexrank, textrank, mmr, submodular, "
                 "concept");
  app.add_option("--words", options.summary.max_words, "summary length budget in words")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--sentences", options.summary.max_sentences, "summary budget in sentences")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--bytes", options.summary.max_bytes, "summary budget in bytes")
      ->check(CLI::NonNegativeNumber);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  if (!method.empty()) {
    StatusOr<SummaryMethod> m = ParseSummaryMethod(method);
    if (!m.ok()) {
      std::cerr << "dossier brief: " << m.status().message() << "\n";
      return kExitUsage;
    }
    options.summary.method = *m;
  }

  EngineOptions engine_options;
  if (!input.ToEngineOptions(&engine_options)) return kExitUsage;
  Engine engine(engine_options);
  std::vector<AddResult> added = engine.AddFiles(input.paths);
  std::vector<ArticleId> ids;
  for (const ArticleId& id : AcceptedIds(added)) {
    StatusOr<Article> a = engine.Get(id);
    // A web page that is not an article (a home page, an archive) is not news to brief.
    if (a.ok() && a->IsNonArticlePage()) {
      std::cerr << "dossier brief: " << a->origin << ": not an article (" << a->page_kind
                << " page); left out\n";
      continue;
    }
    ids.push_back(id);
  }
  if (ids.empty()) {
    ReportResults(added);
    std::cerr << "dossier brief: no article could be read\n";
    return kExitRejected;
  }
  StatusOr<Briefing> b = engine.Brief(ids, options);
  if (!b.ok()) {
    std::cerr << "dossier brief: " << b.status().ToString() << "\n";
    return kExitRejected;
  }
  std::cout << (format == "json" ? BriefingToJson(*b) : BriefingToMarkdown(*b));
  return ReportResults(added);
}

}  // namespace dossier::cli
