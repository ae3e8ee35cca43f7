// builtins.h: token classes matched by code rather than word lists: numbers (digits or
// spelled out), years, days of the month, ordinals, decades, clock times, numeric dates.
#ifndef DOSSIER_SRC_TIMEX_BUILTINS_H_
#define DOSSIER_SRC_TIMEX_BUILTINS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "src/timex/grammar.h"

namespace dossier::timex {

// A built-in match: one past the last token, and the value.
using BuiltinMatch = std::optional<std::pair<size_t, std::string>>;

// REQUIRES: IsBuiltinClass(cls) and pos < toks.size().
BuiltinMatch MatchBuiltin(const Grammar& g, const std::string& cls,
                          const std::vector<Tok>& toks, size_t pos);

// False only when no built-in class can match starting at `tok`: every one starts with
// a digit, an apostrophe ("'98", "'90s") or a spelled number word ("twenty", "five
// o'clock"). Lets the matcher skip rules that open with a built-in class at the other
// tokens (most of them) without running the rule.
bool BuiltinMayStart(const Grammar& g, const Tok& tok);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_BUILTINS_H_
