// file.h: reading whole files and listing input paths.
#ifndef DOSSIER_SRC_BASE_FILE_H_
#define DOSSIER_SRC_BASE_FILE_H_

#include <string>
#include <vector>

#include "dossier/status.h"

namespace dossier {

// Largest file read whole; bigger inputs are rejected with OutOfRange rather than
// exhausting memory. 1 GiB covers every news dump we know of.
inline constexpr size_t kMaxFileBytes = size_t{1} << 30;

// Reads `path` ("-" = stdin) into a string. Errors name the path.
StatusOr<std::string> ReadFileToString(const std::string& path);

// Expands files and directories (recursively, sorted by path for determinism) into a
// list of files. "-" passes through. Hidden files are skipped. A missing path is an error.
StatusOr<std::vector<std::string>> ExpandInputPaths(const std::vector<std::string>& args);

}  // namespace dossier

#endif  // DOSSIER_SRC_BASE_FILE_H_
