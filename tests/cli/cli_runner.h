// cli_runner.h: runs the built `dossier` binary in a shell and captures its outcome, for
// tests that check the CLI as a user meets it (exit codes, stdout, stderr).
#ifndef DOSSIER_TESTS_CLI_CLI_RUNNER_H_
#define DOSSIER_TESTS_CLI_CLI_RUNNER_H_

#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

namespace dossier::testing {

struct RunResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

inline std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Runs `dossier <args>` from the repository root; `args` is shell syntax.
inline RunResult RunDossier(const std::string& args) {
  static int counter = 0;
  // The pid too: other worktrees' and builds' tests run at the same time in one /tmp.
  const std::string err_path = std::string(::testing::TempDir()) + "dossier_stderr_" +
                               std::to_string(getpid()) + "_" + std::to_string(++counter);
  const std::string cmd = std::string("cd '") + DOSSIER_SOURCE_DIR + "' && '" + DOSSIER_BINARY +
                          "' " + args + " 2>'" + err_path + "'";
  RunResult r;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  std::array<char, 65536> buf;
  size_t n;
  while ((n = fread(buf.data(), 1, buf.size(), pipe)) > 0) r.out.append(buf.data(), n);
  int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.err = Slurp(err_path);
  std::remove(err_path.c_str());
  return r;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_CLI_CLI_RUNNER_H_
