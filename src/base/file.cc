#include "src/base/file.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>

#include <zlib.h>

#include "src/base/strings.h"

namespace dossier {

namespace fs = std::filesystem;

namespace {

// Not inlined: GCC 12 warns (falsely) that the bytes of a string built from std::cin may
// be uninitialized once this is inlined into ReadFileToString.
[[gnu::noinline]] bool IsGzip(const std::string& data) {
  return data.size() >= 2 && data.compare(0, 2, "\x1f\x8b") == 0;
}

// Inflates gzip data (every member of a multi-member file), up to kMaxFileBytes.
StatusOr<std::string> Gunzip(const std::string& path, const std::string& data) {
  z_stream z{};
  if (inflateInit2(&z, 16 + MAX_WBITS) != Z_OK) {
    return Status::Internal(StrCat(path, ": cannot start gzip decoding"));
  }
  std::string out;
  std::string chunk(size_t{1} << 20, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  int rc = Z_OK;
  while (rc != Z_STREAM_END || z.avail_in > 0) {
    if (rc == Z_STREAM_END) inflateReset(&z);  // next member
    z.next_out = reinterpret_cast<Bytef*>(chunk.data());
    z.avail_out = static_cast<uInt>(chunk.size());
    rc = inflate(&z, Z_NO_FLUSH);
    if (rc != Z_OK && rc != Z_STREAM_END) {
      inflateEnd(&z);
      return Status::InvalidArgument(StrCat(path, ": broken gzip data after ", out.size(),
                                            " bytes"));
    }
    out.append(chunk.data(), chunk.size() - z.avail_out);
    if (out.size() > kMaxFileBytes) {
      inflateEnd(&z);
      return Status::OutOfRange(StrCat(path, ": decompressed data exceeds the limit of ",
                                       kMaxFileBytes, " bytes"));
    }
    if (rc == Z_OK && z.avail_in == 0 && z.avail_out > 0) break;  // truncated input
  }
  inflateEnd(&z);
  return out;
}

StatusOr<std::string> ReadRawFile(const std::string& path) {
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

}  // namespace

StatusOr<std::string> ReadFileToString(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, ReadRawFile(path));
  if (IsGzip(data)) return Gunzip(path, data);
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
