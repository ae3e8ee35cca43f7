// lexicon.h: the boilerplate phrase list (resources/extract/boilerplate_phrases.tsv).
#ifndef DOSSIER_SRC_EXTRACT_LEXICON_H_
#define DOSSIER_SRC_EXTRACT_LEXICON_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace dossier::extract {

struct Phrase {
  enum class Mode { kExact, kStart, kAny, kWeak } mode = Mode::kAny;
  std::string reason;
  std::string text;  // normalized as by NormalizeForMatch
  // WordBloom(text): a block can only contain the phrase if it has all these bits.
  uint64_t anchor_bits = 0;
};

// The embedded phrase list, parsed once. Thread-safe.
const std::vector<Phrase>& BoilerplatePhrases();

// Lower-cases ASCII, maps curly quotes to straight ones and en/em dashes to '-', and
// collapses runs of whitespace to one space. Used on both phrases and blocks.
std::string NormalizeForMatch(std::string_view s);

// `norm` without surrounding brackets and trailing ": . ! | >", for exact matching.
// A 64-bit Bloom filter of the maximal runs of word bytes (ASCII letters and digits,
// and any non-ASCII byte) in `norm`. A phrase that matches a block at word boundaries
// has each of its runs as a run of the block, so (block & phrase) == phrase is a sound
// and cheap pre-test before searching: it lets the ~180 phrases be tried on every
// paragraph of a firehose without scanning each paragraph 180 times.
uint64_t WordBloom(std::string_view norm);
bool IsWordByte(char c);

std::string_view StripDecoration(std::string_view norm);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_LEXICON_H_
