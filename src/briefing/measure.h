// measure.h: what a figure measures, read from the event word next to it (internal to
// src/briefing).
#ifndef DOSSIER_SRC_BRIEFING_MEASURE_H_
#define DOSSIER_SRC_BRIEFING_MEASURE_H_

#include <string_view>

#include "dossier/article.h"

namespace dossier::briefing::internal {

// The measure of the figure at `figure` in sentence `s`: the class of the event word
// nearest to it ("killing 12 people", "15 people died", "troops have been deployed"),
// as its display word ("killed", "injured", "deployed", ...); "" when no event word of
// the lexicon stands within a few content words of the figure in the same clause.
std::string_view MeasureOf(const Sentence& s, Span figure);

// The measure of a bare figure that is the object of an event verb right before it
// ("killing 60 and injuring about 180", "the blaze that killed 60 and injured 162"):
// what was done to people, so the figure counts people. Only verb forms ("-ing", "-ed",
// "hurt") of people's events (killed, injured, arrested, displaced, rescued, infected)
// qualify, never a noun ("the death toll of 60") or troops ("deployed 3,000", which
// may be anything deployed). "" otherwise.
std::string_view VerbObjectMeasure(const Sentence& s, Span figure);

// "population" for a count of people owned by a place ("North Korea's 22 million
// people", "feed its 23 million people", "the city's 40,000 residents"): the
// possessive before the figure says whose inhabitants they are. "" otherwise.
std::string_view PopulationMeasure(const Sentence& s, Span figure, std::string_view unit);

// "population" for a bare figure that a "population" before it in its clause
// measures ("the country's population has since fallen to 21.23 million"), else "".
std::string_view PopulationWordBefore(const Sentence& s, Span figure);

// The measure a counted word is itself ("60 dead", "22 wounded", "14 missing"), or "".
std::string_view MeasureNoun(std::string_view unit);

// True when the figure is the base of a ratio, not a count of its own: "one out of 10
// children", "one in five adults", "two of every three voters".
bool IsRatioBase(const Sentence& s, Span figure);

}  // namespace dossier::briefing::internal

#endif  // DOSSIER_SRC_BRIEFING_MEASURE_H_
