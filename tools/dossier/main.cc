// dossier: the command-line tool. main() is only the dispatch table; each subcommand
// lives in cmd_<verb>.cc.
#include <cstring>
#include <iostream>

#include "commands.h"

namespace dossier::cli {
namespace {

constexpr Command kCommands[] = {
    {"brief", "write the briefing of a story: summary, timeline, entities, numbers, disagreements", RunBrief},
    {"stories", "group articles into stories (online clustering); Markdown, JSON or TSV", RunStories},
    {"ingest", "add articles to a database (--db): deduplicated, cleaned, clustered, kept", RunIngest},
    {"clean", "read articles, strip boilerplate, print metadata, sentences and removed text", RunClean},
    {"extract", "print the main text and metadata of web pages (text or jsonl)", RunExtract},
    {"sentences", "print one JSON line per sentence with article id and byte offsets", RunSentences},
    {"serve", "serve the JSON API (/api/v1) and the web page over HTTP", RunServe},
    {"eval", "measure quality against reference data (rouge, segment, ...)", RunEval},
};

void PrintHelp(std::ostream& out) {
  out << "dossier: turn many news articles on one story into an attributed briefing\n\n"
         "usage: dossier <command> [options] FILES|DIRS|-\n\ncommands:\n";
  PrintCommands(kCommands, out);
  out << "\n`dossier <command> --help` shows a command's options.\n"
         "exit codes: 0 ok, 1 some input rejected, 2 bad usage\n";
}

}  // namespace
}  // namespace dossier::cli

int main(int argc, char** argv) {
  using namespace dossier::cli;
  if (argc < 2) {
    PrintHelp(std::cerr);
    return kExitUsage;
  }
  const char* verb = argv[1];
  if (!std::strcmp(verb, "--help") || !std::strcmp(verb, "-h") || !std::strcmp(verb, "help")) {
    PrintHelp(std::cout);
    return kExitOk;
  }
  if (std::optional<int> code = Dispatch(kCommands, argc - 1, argv + 1)) return *code;
  std::cerr << "dossier: unknown command '" << verb << "'\n\n";
  PrintHelp(std::cerr);
  return kExitUsage;
}
