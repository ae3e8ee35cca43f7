// lexicon.h: the boilerplate phrase list (resources/extract/boilerplate_phrases.tsv).
#ifndef DOSSIER_SRC_EXTRACT_LEXICON_H_
#define DOSSIER_SRC_EXTRACT_LEXICON_H_

#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

struct Phrase {
  enum class Mode { kExact, kStart, kAny, kWeak } mode = Mode::kAny;
  std::string reason;
  std::string text;  // normalized as by NormalizeForMatch
};

// The embedded phrase list, parsed once. Thread-safe.
const std::vector<Phrase>& BoilerplatePhrases();

// Lower-cases ASCII, maps curly quotes to straight ones and en/em dashes to '-', and
// collapses runs of whitespace to one space. Used on both phrases and blocks.
std::string NormalizeForMatch(std::string_view s);

// `norm` without surrounding brackets and trailing ": . ! | >", for exact matching.
std::string_view StripDecoration(std::string_view norm);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_LEXICON_H_
