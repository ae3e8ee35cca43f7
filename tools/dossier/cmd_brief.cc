// `dossier brief FILES|DIRS|-`: the briefing of a story: summary with sources,
// timeline, who and where, key numbers, disagreements, what only one source says, and
// the source list with flags. Markdown by default, JSON with --format json.
#include <iostream>

#include "src/briefing/briefing.h"
#include "src/render/briefing_render.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/flags.h"

namespace dossier::cli {

int RunBrief(int argc, char** argv) {
  CLI::App app{"Write the briefing of a story: summary, timeline, entities, numbers, "
               "disagreements, single-source statements, sources",
               "dossier brief"};
  InputFlags input;
  input.Add(&app);
  std::string format = "markdown";
  std::string method;
  briefing::BriefingOptions options;
  app.add_option("--format", format, "markdown or json")
      ->check(CLI::IsMember({"markdown", "json"}));
  app.add_option("--method", method,
                 "summarization method: " + std::string("lead, centroid, lexrank, textrank, "
                                                        "mmr, submodular, concept"));
  app.add_option("--words", options.summary.max_words, "summary length budget in words")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--sentences", options.summary.max_sentences, "summary budget in sentences")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--bytes", options.summary.max_bytes, "summary budget in bytes")
      ->check(CLI::NonNegativeNumber);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  if (!method.empty()) {
    StatusOr<summarize::Method> m = summarize::ParseMethod(method);
    if (!m.ok()) {
      std::cerr << "dossier brief: " << m.status().message() << "\n";
      return kExitUsage;
    }
    options.summary.method = *m;
  }

  engine::LoadOptions load;
  if (!input.ToLoadOptions(&load)) return kExitUsage;
  engine::LoadResult loaded = engine::LoadArticles(input.paths, load);
  if (loaded.articles.empty()) {
    ReportRejected(loaded.report);
    std::cerr << "dossier brief: no article could be read\n";
    return kExitRejected;
  }
  Briefing b = briefing::BuildBriefing(loaded.articles, options);
  if (format == "json") {
    std::cout << render::BriefingToJson(b).dump(2, ' ', false, render::Json::error_handler_t::replace)
              << "\n";
  } else {
    render::WriteBriefingMarkdown(b, std::cout);
  }
  return ReportRejected(loaded.report);
}

}  // namespace dossier::cli
