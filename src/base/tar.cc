// tar.cc: 512-byte headers, octal sizes, data padded to 512; a zero block ends it.
#include "src/base/tar.h"

#include <cstdint>

#include "src/base/strings.h"

namespace dossier {
namespace {

uint64_t Octal(std::string_view s) {
  uint64_t v = 0;
  for (char c : s) {
    if (c >= '0' && c <= '7') v = v * 8 + static_cast<uint64_t>(c - '0');
  }
  return v;
}

std::string_view Field(std::string_view header, size_t at, size_t size) {
  std::string_view f = header.substr(at, size);
  return f.substr(0, f.find('\0'));
}

std::string BaseName(std::string_view path) {
  const size_t slash = path.rfind('/');
  return std::string(slash == std::string_view::npos ? path : path.substr(slash + 1));
}

}  // namespace

Status ReadTar(std::string_view origin, std::string_view tar,
               std::map<std::string, std::string>* files) {
  std::string long_name;
  for (size_t at = 0; at + 512 <= tar.size();) {
    const std::string_view h = tar.substr(at, 512);
    if (h.find_first_not_of('\0') == std::string_view::npos) break;
    const uint64_t size = Octal(h.substr(124, 12));
    const char type = h[156];
    const size_t data = at + 512;
    if (size > tar.size() - data) {
      return Status::InvalidArgument(StrCat(origin, ": truncated tar entry at byte ", at));
    }
    const std::string_view body = tar.substr(data, size);
    std::string name(Field(h, 0, 100));
    const std::string_view prefix = Field(h, 345, 155);
    if (!prefix.empty()) name = StrCat(prefix, "/", name);
    if (type == 'L') {
      long_name.assign(body.substr(0, body.find('\0')));
    } else if (type == 'x') {
      const size_t p = body.find(" path=");
      if (p != std::string_view::npos) {
        const size_t e = body.find('\n', p);
        long_name.assign(body.substr(p + 6, e == std::string_view::npos ? e : e - p - 6));
      }
    } else if (type == '0' || type == '\0') {
      if (!long_name.empty()) name = long_name;
      long_name.clear();
      (*files)[BaseName(name)] = std::string(body);
    }
    at = data + (size + 511) / 512 * 512;
  }
  return Status::Ok();
}

}  // namespace dossier
