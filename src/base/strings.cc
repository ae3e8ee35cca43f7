#include "src/base/strings.h"

#include <array>
#include <cctype>

namespace dossier {

std::string_view StripAscii(std::string_view s) {
  while (!s.empty() && IsAsciiSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsAsciiSpace(s.back())) s.remove_suffix(1);
  return s;
}

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(s[i]) != lower(prefix[i])) return false;
  }
  return true;
}

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);  // memchr: this runs over every paragraph
    if (at == std::string_view::npos) break;
    out.push_back(s.substr(start, at - start));
    start = at + 1;
  }
  out.push_back(s.substr(start));
  return out;
}

std::vector<NumberedLine> NumberedResourceLines(std::string_view data) {
  std::vector<NumberedLine> out;
  int number = 0;
  for (std::string_view line : Split(data, '\n')) {
    ++number;
    line = StripAscii(line);
    if (!line.empty() && line[0] != '#') out.push_back({line, number});
  }
  return out;
}

std::vector<std::string_view> ResourceLines(std::string_view data) {
  std::vector<std::string_view> out;
  for (const NumberedLine& line : NumberedResourceLines(data)) out.push_back(line.text);
  return out;
}

bool HasWholeWord(std::string_view text, std::string_view word, bool plural_s) {
  auto letter = [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; };
  for (size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    if (at > 0 && letter(text[at - 1])) continue;
    size_t end = at + word.size();
    if (plural_s && end < text.size() && text[end] == 's' && word.size() >= 3) ++end;
    if (end == text.size() || !letter(text[end])) return true;
  }
  return false;
}

int MonthNumber(std::string_view t) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.size() < 3) return 0;
  for (size_t i = 0; i < kMonths.size(); ++i) {
    if (t == kMonths[i] || t == kMonths[i].substr(0, 3) || (i == 8 && t == "sept")) {
      return static_cast<int>(i) + 1;
    }
  }
  return 0;
}

}  // namespace dossier
