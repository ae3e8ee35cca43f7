// fields.h: the meaning of a match's captures, gathered by role (month, shift, unit...).
#ifndef DOSSIER_SRC_TIMEX_FIELDS_H_
#define DOSSIER_SRC_TIMEX_FIELDS_H_

#include <optional>
#include <string>
#include <vector>

#include "src/timex/calendar.h"
#include "src/timex/matcher.h"

namespace dossier::timex {

struct Fields {
  std::optional<int> year, month, day, weekday, ordinal, shift, deictic;
  std::optional<Date> full_date;     // @ISODATE / @NUMDATE
  std::string decade;                // "199"
  std::string count;                 // "2", "2.5", "X"; empty = none given
  std::string unit;                  // unit code (unit.txt), "H" for "half"
  bool plural_unit = false;
  bool century = false;
  std::string season, pod, clock, ampm, ref, set, mod, approx;
  std::string holiday;               // holiday rule (holiday.txt), e.g. "11-4-4"
  std::vector<std::string> words;    // literal words matched

  bool Has(const std::string& w) const;
};

Fields GatherFields(const RuleMatch& m);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_FIELDS_H_
