#include "tools/dossier/eval/label_tsv.h"

#include <cstdio>

#include "src/base/file.h"
#include "src/base/strings.h"

namespace dossier::cli {

Status ForEachTsvRow(const std::string& path, size_t columns, const TsvRow& row) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, ReadFileToString(path));
  size_t line_number = 0;
  for (std::string_view line : Split(data, '\n')) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string_view> fields = Split(line, '\t');
    std::string where = StrCat(path, ":", line_number);
    if (fields.size() != columns) {
      return Status::InvalidArgument(
          StrCat(where, ": ", fields.size(), " fields, expected ", columns));
    }
    DOSSIER_RETURN_IF_ERROR(row(fields, where));
  }
  return Status::Ok();
}

bool ParseSize(std::string_view s, size_t* out) {
  if (s.empty() || s.size() > 9) return false;
  size_t v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
    v = v * 10 + static_cast<size_t>(c - '0');
  }
  *out = v;
  return true;
}

std::string Percent(int n, int d) {
  if (d == 0) return "-";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%.0f%%", 100.0 * n / d);
  return buf;
}

}  // namespace dossier::cli
