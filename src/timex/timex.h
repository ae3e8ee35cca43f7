// timex.h: a rule-based time-expression tagger producing TimeML TIMEX3 annotations.
//
//   TimexContext ctx{.document_date = "2021-12-09"};
//   for (const Timex& t : TagTimex(text, Span{0, n}, ctx))
//     std::cout << text.substr(t.span.begin, t.span.size()) << " -> " << t.value << "\n";
//   // "spoke on Tuesday" -> 2021-12-07, "will speak on Tuesday" -> 2021-12-14
//
//   std::string dct = FindDocumentDate(article.text);  // "" when none is found
//
// Patterns and word lists live in resources/timex/ (see its README.md); values follow the
// TimeML 1.2.1 TIMEX3 guidelines. Thread safety: all functions may be called concurrently.
#ifndef DOSSIER_SRC_TIMEX_TIMEX_H_
#define DOSSIER_SRC_TIMEX_TIMEX_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::timex {

enum class TimexType { kDate, kTime, kDuration, kSet };

struct Timex {
  Span span;                   // absolute byte span into the tagged text
  TimexType type = TimexType::kDate;
  std::string value;           // TIMEX3 value: 2021-12-07, XXXX-06, P2H, PAST_REF, ...
  std::string mod;             // START, MID, END, APPROX, MORE_THAN, ... or empty
  bool anchored = false;       // the value was resolved against the document date
};

struct TimexContext {
  std::string document_date;  // YYYY-MM-DD or empty (then relative values stay unresolved)
};

// Tags time expressions in text[span], in text order, without overlaps.
// Spans past the end of `text` are clipped; any bytes (invalid UTF-8 too) are accepted.
std::vector<Timex> TagTimex(std::string_view text, Span span, const TimexContext& ctx);

// Finds the publication date of an article that carries none: a line near the top
// (within the first `max_lines` non-empty lines) that is mostly a full calendar date,
// such as "Tue, 18 Jan 2022" or "January 18, 2022 10:31 AM". Returns "YYYY-MM-DD" or "".
std::string FindDocumentDate(std::string_view text, int max_lines = 12);

const char* TimexTypeName(TimexType t);  // "DATE", "TIME", "DURATION", "SET"

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_TIMEX_H_
