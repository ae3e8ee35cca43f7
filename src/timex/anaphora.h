// anaphora.h: re-anchors anaphoric expressions to the period the text last talked about.
//
//   std::vector<Anchored> tagged = ...;   // in text order, values resolved against the DCT
//   ResolveAnaphora(&tagged);             // "a year earlier" after "the third quarter" of
//                                         // 1989 becomes 1988-Q3 instead of 1988
#ifndef DOSSIER_SRC_TIMEX_ANAPHORA_H_
#define DOSSIER_SRC_TIMEX_ANAPHORA_H_

#include <vector>

#include "src/timex/normalize.h"
#include "src/timex/timex.h"

namespace dossier::timex {

struct Anchored {
  Timex timex;
  Anaphor anaphor = Anaphor::kNone;
  Relative relative;  // for Anaphor::kRelative
};

// Rewrites the values of anaphoric expressions in place, in text order, so that a
// re-anchored value can anchor later ones. Expressions with no suitable antecedent keep
// their DCT-based value. REQUIRES: `tagged` is in text order.
void ResolveAnaphora(std::vector<Anchored>* tagged);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_ANAPHORA_H_
