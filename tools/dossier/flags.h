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

  // `required`: the inputs must be given (else a command may read a --db instead).
  CLI::Option* Add(CLI::App* app, bool required = true);
  // Fills EngineOptions from the flags; false (with a message on stderr) on a bad value.
  bool ToEngineOptions(EngineOptions* options) const;
};

// --db PATH: the database a command reads or writes (docs/storage.md).
struct DbFlags {
  std::string path;

  CLI::Option* Add(CLI::App* app, const std::string& help);
  // Opens the engine on the database (EngineOptions::database = path). A command that
  // only reads passes create = false, so a mistyped path is an error, not a new file.
  // Null, with "dossier <verb>: <message naming the path>" on stderr, on failure.
  std::unique_ptr<Engine> Open(EngineOptions options, bool create, const char* verb) const;
};

// Prints every repaired input ("dossier: warning: path:line: absurd date ... left empty"),
// every exact repeat of an article read before ("dossier: note: b.txt: the same article
// as a.txt, counted once") and every rejected input ("dossier: path:line: message") on
// stderr, and returns the exit code: kExitOk when nothing was rejected, kExitRejected
// otherwise.
int ReportResults(const std::vector<AddResult>& results);

// The ids of the accepted results, each once, in order.
std::vector<ArticleId> AcceptedIds(const std::vector<AddResult>& results);

// Runs app.parse and turns CLI11 outcomes into exit codes: -1 = go on, else exit with it.
int ParseOrExit(CLI::App* app, int argc, char** argv);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_FLAGS_H_
