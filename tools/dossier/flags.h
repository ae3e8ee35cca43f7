// flags.h: option groups shared by subcommands, so each flag is spelled one way (PISA's
// tools/app.hpp). A command adds the groups it needs to its CLI11 app. Like every user
// command, this file sees only the public API (include/dossier/).
#ifndef DOSSIER_TOOLS_DOSSIER_FLAGS_H_
#define DOSSIER_TOOLS_DOSSIER_FLAGS_H_

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "dossier/engine.h"
#include "dossier/options.h"

namespace dossier::cli {

// FILES|DIRS|- plus the reading options every article-consuming command takes.
struct InputFlags {
  std::vector<std::string> paths;
  std::string format = "auto";
  bool no_clean = false;

  void Add(CLI::App* app);
  // Fills EngineOptions from the flags; false (with a message on stderr) on a bad value.
  bool ToEngineOptions(EngineOptions* options) const;
};

// Prints every repaired input ("dossier: warning: path:line: absurd date ... left empty")
// and every rejected one ("dossier: path:line: message") on stderr, and returns the exit
// code: kExitOk when nothing was rejected, kExitRejected otherwise.
int ReportResults(const std::vector<AddResult>& results);

// The ids of the accepted results, each once, in order.
std::vector<ArticleId> AcceptedIds(const std::vector<AddResult>& results);

// Runs app.parse and turns CLI11 outcomes into exit codes: -1 = go on, else exit with it.
int ParseOrExit(CLI::App* app, int argc, char** argv);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_FLAGS_H_
