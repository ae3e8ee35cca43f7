// normalize.h: turns a pattern match into a TIMEX3 type, value and mod, resolving
// relative expressions against the document creation time (DCT) and the tense of the
// sentence.
#ifndef DOSSIER_SRC_TIMEX_NORMALIZE_H_
#define DOSSIER_SRC_TIMEX_NORMALIZE_H_

#include <optional>
#include <string>

#include "src/timex/calendar.h"
#include "src/timex/matcher.h"

namespace dossier::timex {

enum class Tense { kNone, kPast, kFuture };

// How a value may depend on an earlier expression of the text rather than on the DCT
// (see anaphora.h): "the quarter" is the quarter last talked about, "a year earlier"
// the same period one year before it; "the following year", "that day", "the previous
// Friday" count from the last mentioned date (kRelative, see Relative).
enum class Anaphor { kNone, kSamePeriod, kYearBefore, kRelative };

// For kRelative: `shift` units (D, W, M, Q, Y) from the antecedent, or with `weekday`
// set (1-7) the weekday before (shift < 0) or after it; `pod` a part of day ("MO").
struct Relative {
  std::string unit;
  int shift = 0;
  int weekday = 0;
  std::string pod;
};

struct Resolution {
  std::string type;  // DATE, TIME, DURATION, SET
  std::string value;
  std::string mod;
  bool anchored = false;  // the value used the DCT
  Anaphor anaphor = Anaphor::kNone;
  Relative relative;  // for Anaphor::kRelative
};

// Normalizes `m` with its rule's normalizer. Without a DCT, relative expressions get
// underspecified values ("XXXX-12-07", "XXXX-WXX-2", "PAST_REF"); nothing is invented.
// Returns nullopt when the match does not denote a valid time (e.g. "February 31").
std::optional<Resolution> Normalize(const RuleMatch& m, const std::optional<Date>& dct,
                                    Tense tense);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_NORMALIZE_H_
