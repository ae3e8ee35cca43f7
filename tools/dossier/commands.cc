#include "commands.h"

#include <cstring>
#include <string>

namespace dossier::cli {

void PrintCommands(std::span<const Command> commands, std::ostream& out) {
  for (const Command& c : commands) {
    const size_t n = std::strlen(c.name);
    out << "  " << c.name << std::string(n < 12 ? 12 - n : 1, ' ') << c.help << "\n";
  }
}

std::optional<int> Dispatch(std::span<const Command> commands, int argc, char** argv) {
  for (const Command& c : commands) {
    if (!std::strcmp(argv[0], c.name)) return c.run(argc, argv);
  }
  return std::nullopt;
}

}  // namespace dossier::cli
