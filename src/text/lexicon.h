// lexicon.h: the word lists of resources/text/, compiled in and parsed once
// (internal to src/text; the public entry point is text::IsStopword in analyzer.h).
//
// Thread safety: every function is thread-safe (tables are built on first use by a
// function-local static and never change afterwards).
#ifndef DOSSIER_SRC_TEXT_LEXICON_H_
#define DOSSIER_SRC_TEXT_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace dossier::text {

bool IsStopword(std::string_view norm);  // also declared in analyzer.h

namespace internal {

// Classes of abbreviations_en.txt (bit flags: a word may have several).
enum AbbrevClass : uint8_t {
  kAbbrevTitle = 1,   // Mr, Gen, St: precedes a name
  kAbbrevNumber = 2,  // No, Jan, p: precedes a number
  kAbbrevFinal = 4,   // Inc, Jr, Calif: may end a sentence
  kAbbrevInner = 8,   // e.g, vs: never ends a sentence
  kAbbrevTime = 16,   // a.m, p.m
  kAbbrevState = 32,  // Calif, Ill: may end a sentence, and does after "City, St."
};

// The classes of `word` (the word before a period, without that period), 0 if unlisted.
// Case-sensitive.
uint8_t AbbreviationClasses(std::string_view word);

// True for the capitalised words that continue a sentence after "a.m."/"p.m."
// (time zones, weekdays, months).
bool ContinuesAfterTime(std::string_view word);

// True for the reporting verbs of speech_verbs_en.txt ("said", "asked"). Lower case.
bool IsSpeechVerb(std::string_view word);

}  // namespace internal
}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_LEXICON_H_
