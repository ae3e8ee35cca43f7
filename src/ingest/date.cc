// date.cc: whole-string date recognition.
//
// Method: the string is lower-cased, commas dropped and split into tokens; a leading
// weekday is skipped; the remaining tokens must be one numeric form (YYYYMMDD,
// YYYY-MM-DD[Thh:mm...], D/M/YYYY) or a month-name form (month day year, day month
// year), followed only by time and time-zone tokens. Written by hand rather than with
// ICU's SimpleDateFormat because that needs one pattern per form, accepts trailing
// garbage, and cannot tell "not a date" from "an impossible date", which we report
// differently. Day counts per month use the Gregorian rules; Unix time conversion is
// Howard Hinnant's civil_from_days (http://howardhinnant.github.io/date_algorithms.html).
#include "src/ingest/date.h"

#include <array>
#include <chrono>
#include <cstdio>
#include <optional>
#include <regex>
#include <vector>

#include "src/base/strings.h"

namespace dossier::ingest {
namespace {

using Kind = ParsedDate::Kind;

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// A real Gregorian day (std::chrono's civil calendar, as src/timex/calendar.cc uses).
bool IsCivilDay(const Ymd& v) {
  if (v.m < 1 || v.m > 12 || v.d < 1 || v.d > 31) return false;
  namespace chr = std::chrono;
  return (chr::year(v.y) / chr::month(static_cast<unsigned>(v.m)) /
          chr::day(static_cast<unsigned>(v.d))).ok();
}

ParsedDate Make(Ymd v) {
  if (v.y < kMinPlausibleYear || v.y > kMaxPlausibleYear || !IsCivilDay(v)) {
    return {Kind::kAbsurd, ""};
  }
  char buf[48];
  std::snprintf(buf, sizeof(buf), "%04d-%02d-%02d", v.y, v.m, v.d);
  return {Kind::kValid, buf};
}

int ToInt(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

std::vector<std::string> Tokens(std::string_view s) {
  std::string lower = AsciiLower(StripAscii(s));
  for (char& c : lower) {
    if (c == ',') c = ' ';
  }
  std::vector<std::string> out;
  for (std::string_view piece : Split(lower, ' ')) {
    std::string_view t = StripAscii(piece);
    if (!t.empty()) out.emplace_back(t);
  }
  return out;
}

bool IsWeekday(std::string_view t) {
  static constexpr std::array<std::string_view, 7> kDays = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  if (t.size() < 3) return false;
  for (std::string_view d : kDays) {
    if (t == d || t == d.substr(0, 3) || t == d.substr(0, 4)) return true;
  }
  return false;
}

// "7", "7th", "21st" -> day number, else 0.
int DayNumber(std::string_view t) {
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (t.size() > 2 && t.ends_with(suffix)) t.remove_suffix(2);
  }
  return AllDigits(t) && t.size() <= 2 ? ToInt(t) : 0;
}

bool IsTimeOrZone(const std::string& t) {
  static const std::regex kTime(R"(\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(am|pm|z)?)");
  static const std::regex kZone(
      R"(am|pm|a\.m\.|p\.m\.|z|utc|gmt|et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|bst|cet|cest|eet|ist|jst|[+-]\d{2}:?\d{2}|\(utc\)|\(gmt\)|\|)");
  return std::regex_match(t, kTime) || std::regex_match(t, kZone);
}

std::optional<ParsedDate> NumericForm(const std::string& t) {
  static const std::regex kCompact(R"((\d{4})(\d{2})(\d{2}))");
  static const std::regex kIso(R"((\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(t[0-9:.]+(z|[+-][0-9:]+)?)?)");
  static const std::regex kDmy(R"((\d{1,2})[/.-](\d{1,2})[/.-](\d{4}))");
  std::smatch m;
  if (std::regex_match(t, m, kCompact) || std::regex_match(t, m, kIso)) {
    return Make({ToInt(m.str(1)), ToInt(m.str(2)), ToInt(m.str(3))});
  }
  if (std::regex_match(t, m, kDmy)) {
    int a = ToInt(m.str(1)), b = ToInt(m.str(2)), y = ToInt(m.str(3));
    if (a > 12 && b <= 12) return Make({y, b, a});
    if (b > 12 && a <= 12) return Make({y, a, b});
    if (a == b) return Make({y, a, b});
    return ParsedDate{Kind::kNotDate, ""};  // ambiguous: never guess
  }
  return std::nullopt;
}

// Month-name forms over tokens[i..]; sets *used to the tokens consumed.
std::optional<ParsedDate> NamedForm(const std::vector<std::string>& tk, size_t i, size_t* used) {
  if (i + 3 > tk.size()) return std::nullopt;
  const std::string& year = tk[i + 2];
  if (!AllDigits(year) || year.size() != 4) return std::nullopt;
  int month = MonthNumber(tk[i]), day = DayNumber(tk[i + 1]);
  if (month == 0) {
    month = MonthNumber(tk[i + 1]);
    day = DayNumber(tk[i]);
  }
  if (month == 0 || day == 0) return std::nullopt;
  *used = 3;
  return Make({ToInt(year), month, day});
}

}  // namespace

ParsedDate ParseDate(std::string_view s) {
  if (s.size() > 64) return {};
  std::vector<std::string> tk = Tokens(s);
  size_t i = 0;
  if (i < tk.size() && IsWeekday(tk[i])) ++i;
  if (i >= tk.size()) return {};
  std::optional<ParsedDate> date;
  size_t used = 1;
  date = NumericForm(tk[i]);
  if (!date) date = NamedForm(tk, i, &used);
  if (!date) return {};
  for (size_t j = i + used; j < tk.size(); ++j) {
    if (!IsTimeOrZone(tk[j])) return {};
  }
  return *date;
}

ParsedDate DateFromUnixTime(int64_t t) {
  if (t > 100'000'000'000LL || t < -100'000'000'000LL) t /= 1000;  // milliseconds
  int64_t z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
  int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  int64_t doe = z - era * 146097;
  int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  int64_t mp = (5 * doy + 2) / 153;
  int64_t d = doy - (153 * mp + 2) / 5 + 1;
  int64_t m = mp < 10 ? mp + 3 : mp - 9;
  int64_t y = yoe + era * 400 + (m <= 2 ? 1 : 0);
  if (y < kMinPlausibleYear || y > kMaxPlausibleYear) return {Kind::kAbsurd, ""};
  return Make({static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)});
}

}  // namespace dossier::ingest
