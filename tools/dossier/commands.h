// commands.h: one entry point per `dossier` subcommand, each in its own cmd_<verb>.cc.
//
// Every Run* gets argv with argv[0] = the subcommand name ("sentences", "rouge", ...),
// writes data to stdout and diagnostics to stderr, and returns the process exit code:
// 0 ok, 1 some input rejected or a failure, 2 bad usage.
#ifndef DOSSIER_TOOLS_DOSSIER_COMMANDS_H_
#define DOSSIER_TOOLS_DOSSIER_COMMANDS_H_

#include <optional>
#include <ostream>
#include <span>

namespace dossier::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitRejected = 1;
inline constexpr int kExitUsage = 2;

struct Command {
  const char* name;
  const char* help;  // one short line for `dossier --help`
  int (*run)(int argc, char** argv);
};

// One line per command: "  name        help", as `dossier --help` prints them.
void PrintCommands(std::span<const Command> commands, std::ostream& out);

// Runs the command named argv[0] of `commands` with argv shifted by one; nullopt when
// there is none of that name.
std::optional<int> Dispatch(std::span<const Command> commands, int argc, char** argv);

int RunBrief(int argc, char** argv);
int RunClean(int argc, char** argv);
int RunExtract(int argc, char** argv);
int RunIngest(int argc, char** argv);
int RunSentences(int argc, char** argv);
int RunStories(int argc, char** argv);
int RunServe(int argc, char** argv);
int RunEval(int argc, char** argv);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_COMMANDS_H_
