// metadata_rules.cc: bylines and datelines, which become Article metadata.
//
// Method: the wire-service forms (AP Stylebook, "byline" and "dateline"): a byline is
// "By" (optionally after "Updated"/"Posted" or a separator) and a few capitalized names,
// possibly with an affiliation ("By Jane Doe, Associated Press"); a dateline opens the
// first paragraph with an upper-case place, an optional ", State" or ", Month Day", an
// optional "(Agency)" and a dash ("WASHINGTON (AP) —", "NAIROBI, January 4 (Xinhua) --").
// Scrapers sometimes drop the dash and leave two spaces ("MOSCOW  The ..."), which is
// accepted when a capital letter follows.
#include <array>
#include <regex>

#include "src/base/strings.h"
#include "src/extract/block_rules.h"

namespace dossier::extract {
namespace {

constexpr std::array<std::string_view, 12> kBylineConnectors = {
    "and", "of", "the", "for", "in", "&", "staff", "writer", "reporter", "correspondent",
    "editor", "news"};

constexpr std::array<std::string_view, 14> kNotPlaces = {
    "FILE", "UPDATE", "UPDATED", "CLOSE", "EXCLUSIVE", "BREAKING", "WATCH", "VIDEO", "PHOTOS",
    "PHOTO", "CORRECTION", "EDITOR'S", "LIVE", "OPINION"};

bool IsNameWord(std::string_view w) {
  while (!w.empty() && (w.back() == ',' || w.back() == '|')) w.remove_suffix(1);
  if (w.empty() || w == "|" || w == "/" || w == "-") return true;
  if (w.front() >= 'A' && w.front() <= 'Z') return true;
  std::string lower = AsciiLower(w);
  for (std::string_view c : kBylineConnectors) {
    if (lower == c) return true;
  }
  return false;
}

}  // namespace

std::optional<std::string> FindByline(std::string_view block) {
  static const std::regex kBy(
      R"(^(?:[/|\-]\s*)?(?:(?:updated|posted|written|story|words)\s+)?by:?\s+(.+)$)",
      std::regex::icase);
  std::string s(StripAscii(block));
  std::smatch m;
  if (s.size() > 120 || !std::regex_match(s, m, kBy)) return std::nullopt;
  std::string names = m.str(1);
  std::vector<std::string_view> words;
  for (std::string_view w : Split(names, ' ')) {
    if (!w.empty()) words.push_back(w);
  }
  if (words.empty() || words.size() > 10) return std::nullopt;
  for (std::string_view w : words) {
    if (!IsNameWord(w)) return std::nullopt;
  }
  std::string_view last = words.back();
  bool initial = last.size() == 2 && last[1] == '.';
  if (names.back() == '.' && !initial) return std::nullopt;
  return names;
}

std::optional<Dateline> FindDateline(std::string_view block) {
  static const std::regex kDateline(
      R"(^([A-Z][A-Z.'&-]+(?: [A-Z][A-Z.'&-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: [A-Za-z0-9.]+){0,2})?)( \([A-Za-z.&/ ]{1,24}\))?(?: ?(?:\xE2\x80\x94|\xE2\x80\x93|--|-|\|) ?|  (?=[A-Z"]|\xE2\x80\x9C)))");
  std::string s(block.substr(0, 160));
  std::smatch m;
  if (!std::regex_search(s, m, kDateline)) return std::nullopt;
  std::string place = m.str(1);
  std::string first = place.substr(0, place.find_first_of(" ,"));
  for (std::string_view bad : kNotPlaces) {
    if (first == bad) return std::nullopt;
  }
  size_t letters = 0;
  for (char c : first) letters += (c >= 'A' && c <= 'Z') ? 1 : 0;
  if (letters < 2) return std::nullopt;
  Dateline d;
  d.length = static_cast<uint32_t>(m.length(0));
  d.place = place + m.str(2);
  return d;
}

}  // namespace dossier::extract
