// temp_dir.h: a temporary directory of this test process's own. Tests of several
// worktrees and builds run at once on one machine, and ::testing::TempDir() is the same
// /tmp/ for all of them: a database or corpus at a fixed path there would be rewritten
// or deleted by another run under a test's feet.
//
//   const std::string dir = testing::ProcessTempDir("crash_test");  // ".../crash_test.4711/"
//
// The directory is removed when the process exits if every test passed (kept for a look
// otherwise).
#ifndef DOSSIER_TESTS_TESTING_TEMP_DIR_H_
#define DOSSIER_TESTS_TESTING_TEMP_DIR_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <mutex>
#include <set>
#include <string>

namespace dossier::testing {

namespace temp_dir_internal {

struct Registry {
  std::mutex mu;
  std::set<std::string> dirs;
  ~Registry() {
    if (!::testing::UnitTest::GetInstance()->Passed()) return;
    std::error_code ec;
    for (const std::string& d : dirs) std::filesystem::remove_all(d, ec);
  }
};

inline Registry& TheRegistry() {
  static Registry registry;
  return registry;
}

}  // namespace temp_dir_internal

// "<TempDir()><name>.<pid>/", created (empty the first time this process asks).
inline std::string ProcessTempDir(const std::string& name) {
  const std::string dir = ::testing::TempDir() + name + "." + std::to_string(getpid()) + "/";
  temp_dir_internal::Registry& r = temp_dir_internal::TheRegistry();
  std::lock_guard<std::mutex> lock(r.mu);
  if (r.dirs.insert(dir).second) {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  std::filesystem::create_directories(dir);
  return dir;
}

}  // namespace dossier::testing

#endif  // DOSSIER_TESTS_TESTING_TEMP_DIR_H_
