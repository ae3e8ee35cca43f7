// date.h: reading a calendar date written alone ("2022-02-21", "20220221",
// "Tue, 18 Jan 2022", "December 7, 2021", "Dec. 7, 2021 10:54 am ET", ISO timestamps).
//
//   ParsedDate d = ParseDate("Dec. 7, 2021");  // d.kind == kValid, d.iso == "2021-12-07"
//
// Used by ingest for header lines and JSON date fields and by extract for date lines.
#ifndef DOSSIER_SRC_INGEST_DATE_H_
#define DOSSIER_SRC_INGEST_DATE_H_

#include <cstdint>
#include <string>
#include <string_view>

namespace dossier::ingest {

// Years outside this range are treated as absurd (typos, epoch zero, 9999 placeholders).
inline constexpr int kMinPlausibleYear = 1800;
inline constexpr int kMaxPlausibleYear = 2100;

struct ParsedDate {
  enum class Kind {
    kNotDate,  // the string is not (only) a date
    kValid,    // iso holds "YYYY-MM-DD"
    kAbsurd,   // shaped like a date but impossible or implausible ("2022-13-45", "9999-01-01")
  } kind = Kind::kNotDate;
  std::string iso;
};

// Parses `s` when the whole string is one date, optionally with a leading weekday and a
// trailing time and zone. Month/day order is taken from month names; all-numeric
// D/M/Y forms are accepted only when unambiguous (one part > 12, or both equal).
ParsedDate ParseDate(std::string_view s);

// Converts Unix time (seconds, or milliseconds when > 1e11) to a date, UTC.
ParsedDate DateFromUnixTime(int64_t t);

}  // namespace dossier::ingest

#endif  // DOSSIER_SRC_INGEST_DATE_H_
