#include "src/timex/fields.h"

#include <algorithm>
#include <charconv>

namespace dossier::timex {
namespace {

std::optional<int> ToInt(const std::string& s) {
  int v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
  return v;
}

void TakeLiteral(const std::string& w, Fields* f) {
  f->words.push_back(w);
  if (w == "century") f->century = true;
  if (w == "quarter") f->unit = "Q";
  if (w == "half") f->unit = f->unit.empty() ? "H" : f->unit;
  if (w == "weekend") f->unit = "WE";
  if (w == "end" && f->mod.empty()) f->mod = "END";  // "year-end", "the year's end"
  if (w == "year" && f->unit.empty()) f->unit = "Y";
  if (w == "month") f->unit = "M";
  if (w == "week") f->unit = "W";
  if ((w == "a" || w == "an") && f->count.empty()) f->count = "1";
}

// Deictic values are "<days>" or "<days>/<part of day>".
void TakeDeictic(const std::string& v, Fields* f) {
  size_t slash = v.find('/');
  f->deictic = ToInt(v.substr(0, slash));
  if (slash != std::string::npos) f->pod = v.substr(slash + 1);
}

void TakeClass(const Capture& c, Fields* f) {
  const std::string& k = c.cls;
  const std::string& v = c.value;
  if (k == "MONTH" || k == "MONTHNAME") f->month = ToInt(v);
  else if (k == "WEEKDAY") f->weekday = ToInt(v);
  else if (k == "DAY") f->day = ToInt(v);
  else if (k == "YEAR") f->year = ToInt(v);
  else if (k == "ISODATE" || k == "NUMDATE") f->full_date = ParseIsoDate(v);
  else if (k == "DECADE" || k == "DECADEWORD") f->decade = v;
  else if (k == "ORDINAL" || k == "ORDNUM") f->ordinal = ToInt(v);
  else if (k == "UNIT" || k == "UNITS") f->unit = v, f->plural_unit = k == "UNITS";
  else if (k == "NUM" || k == "FUZZY") f->count = v;
  else if (k == "SHIFT") f->shift = ToInt(v);
  else if (k == "DEICTIC") TakeDeictic(v, f);
  else if (k == "MOD") f->mod = v;
  else if (k == "APPROX") f->approx = v;
  else if (k == "POD") f->pod = v;
  else if (k == "CLOCK" || k == "CLOCKWORD") f->clock = v;
  else if (k == "HOUR") f->clock = v + ":00";
  else if (k == "AMPM") f->ampm = v;
  else if (k == "SEASON") f->season = v;
  else if (k == "REF") f->ref = v;
  else if (k == "SET") f->set = v;
  else if (k == "HOLIDAY") f->holiday = v;
}

}  // namespace

bool Fields::Has(const std::string& w) const {
  return std::find(words.begin(), words.end(), w) != words.end();
}

Fields GatherFields(const RuleMatch& m) {
  Fields f;
  for (const Capture& c : m.captures) {
    if (c.cls.empty()) TakeLiteral(c.value, &f);
    else TakeClass(c, &f);
  }
  bool half = f.Has("half") || f.Has("/");  // "two and a half", "2 1/2"
  if (half && !f.count.empty() && f.count != "X" && f.unit != "H") f.count += ".5";
  return f;
}

}  // namespace dossier::timex
