#include "src/base/file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include "src/base/strings.h"

namespace dossier {

namespace fs = std::filesystem;

StatusOr<std::string> ReadFileToString(const std::string& path) {
  if (path == "-") {
    std::string data((std::istreambuf_iterator<char>(std::cin)), std::istreambuf_iterator<char>());
    return data;
  }
  std::error_code ec;
  if (fs::is_directory(path, ec)) return Status::InvalidArgument(StrCat(path, ": is a directory"));
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IoError(StrCat(path, ": cannot open: ", std::strerror(errno)));
  in.seekg(0, std::ios::end);
  std::streamoff size = in.tellg();
  if (size < 0) return Status::IoError(StrCat(path, ": cannot determine size"));
  if (static_cast<size_t>(size) > kMaxFileBytes) {
    return Status::OutOfRange(StrCat(path, ": file of ", size, " bytes exceeds the limit of ",
                                     kMaxFileBytes, " bytes"));
  }
  std::string data(static_cast<size_t>(size), '\0');
  in.seekg(0, std::ios::beg);
  if (size > 0 && !in.read(data.data(), size)) {
    return Status::IoError(StrCat(path, ": read failed: ", std::strerror(errno)));
  }
  return data;
}

StatusOr<std::vector<std::string>> ExpandInputPaths(const std::vector<std::string>& args) {
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    if (arg == "-") {
      out.push_back(arg);
      continue;
    }
    std::error_code ec;
    if (!fs::exists(arg, ec)) return Status::NotFound(StrCat(arg, ": no such file or directory"));
    if (!fs::is_directory(arg, ec)) {
      out.push_back(arg);
      continue;
    }
    std::vector<std::string> found;
    for (auto it = fs::recursive_directory_iterator(arg, ec); !ec && it != fs::end(it);
         it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (!name.empty() && name[0] == '.') {
        if (it->is_directory()) it.disable_recursion_pending();
        continue;
      }
      if (it->is_regular_file()) found.push_back(it->path().string());
    }
    if (ec) return Status::IoError(StrCat(arg, ": cannot list directory: ", ec.message()));
    std::sort(found.begin(), found.end());
    out.insert(out.end(), found.begin(), found.end());
  }
  return out;
}

}  // namespace dossier
