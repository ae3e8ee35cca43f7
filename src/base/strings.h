// strings.h: small string helpers shared by every module (ASCII-only where named so).
#ifndef DOSSIER_SRC_BASE_STRINGS_H_
#define DOSSIER_SRC_BASE_STRINGS_H_

#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace dossier {

// Concatenates anything streamable: StrCat(path, ":", line, ": bad JSON").
template <typename... Args>
std::string StrCat(const Args&... args) {
  std::ostringstream out;
  (out << ... << args);
  return out.str();
}

// Strips ASCII whitespace (space, \t, \r, \n, \f, \v) from both ends.
std::string_view StripAscii(std::string_view s);
inline bool IsAsciiSpace(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
std::string AsciiLower(std::string_view s);

// True when `word` occurs in `text` as a whole word (no ASCII letter on either side),
// case-sensitively; with `plural_s`, also followed by an "s" when `word` has three
// letters or more ("banner" finds "banners").
bool HasWholeWord(std::string_view text, std::string_view word, bool plural_s = false);

// 1..12 for a lower-case English month name or its abbreviation ("dec", "dec.", "sept",
// "december"), else 0.
int MonthNumber(std::string_view lower);
bool StartsWithIgnoreCase(std::string_view s, std::string_view prefix);
// Splits on `sep`, keeping empty pieces.
std::vector<std::string_view> Split(std::string_view s, char sep);
// The lines of a resource file (resources/<module>/) that carry data: each stripped of
// ASCII whitespace at both ends, without blank lines and "#" comment lines.
std::vector<std::string_view> ResourceLines(std::string_view data);
// The same, each with its 1-based line number in `data`, for messages that name it.
struct NumberedLine {
  std::string_view text;
  int number = 0;
};
std::vector<NumberedLine> NumberedResourceLines(std::string_view data);

}  // namespace dossier

#endif  // DOSSIER_SRC_BASE_STRINGS_H_
