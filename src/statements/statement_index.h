// statement_index.h: "says the same thing", which sentences of other articles state what a
// sentence states: the one relation behind citations, single-source statements, merged
// timeline entries and the summary's redundancy (internal to src/).
#ifndef DOSSIER_SRC_STATEMENTS_STATEMENT_INDEX_H_
#define DOSSIER_SRC_STATEMENTS_STATEMENT_INDEX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "src/statements/features.h"

namespace dossier::statements {

// A sentence of another article that says what a unit says.
struct Support {
  size_t article = 0;  // index into the input vector
  Span span;
  double similarity = 0;
};

// Ways of comparing two units' content stems (distinct stems, weighted by the cluster
// idf). `cover` is asymmetric: how much of the first unit the second one carries.
struct PairScores {
  double cosine = 0;   // tf-idf cosine (Dot of the unit vectors)
  double overlap = 0;  // shared mass / the smaller unit's mass
  double dice = 0;     // 2 * shared mass / (mass of both)
  double cover = 0;    // shared mass / the first unit's mass
  // Both units state figures (digit tokens) and share none: "65 dead" / "60 dead".
  bool numbers_clash = false;
  bool names_clash = false;  // NamesClash of the two units (filled by callers with text)
};

// The figures of a unit: its digit tokens' normalized text, sorted and unique.
std::vector<std::string> NumbersOf(const Article& article, const Unit& u);
bool NumbersClash(const std::vector<std::string>& x, const std::vector<std::string>& y);

// The proper names of a unit: the stems of its capitalized words that are neither the
// sentence's first word, nor after an opening quote, nor a stopword, a month (or its
// abbreviation), a weekday or a courtesy title, also when possessive ("Thursday's");
// a hyphenated word gives its capitalized parts, lower-cased ("CPP-FUNCINPEC" -> cpp,
// funcinpec); sorted and unique ("John Mayoue said" -> john, mayou).
std::vector<std::string> NamesOf(const Article& article, const Unit& u);
// Both units name someone or something the other does not ("John Mayoue" / "Randy
// Evans"): two statements about different people, whatever words they share.
bool NamesClash(const std::vector<std::string>& x, const std::vector<std::string>& y);

// How many lower-case content stems units `u` (of article `a`) and `v` (of `b`) share:
// words that are not stopwords, not capitalized and not "said"/"say". Names carry most
// of the weight of a Dice on rare stems, so two sentences about one person can reach the
// support threshold on the name alone ("Her attorney, John Mayoue, declined to
// elaborate" / "... John Mayoue, has denied the allegations"); what is said of the
// person is in these words.
int SharedContentStems(const Article& a, const Unit& u, const Article& b, const Unit& v);

// Whether unit `v` (of `b`) carries the direct quotation of unit `u` (of `a`), if `u`
// has one: at least a third of the content stems inside its quotation marks (``...'',
// "...", “...”) are among `v`'s stems. A quotation of under three content words, or
// none, needs nothing. Words in quotes are a speaker's own: a source that reports the
// speaker's point in other words does not say what the quoted sentence shows ("'The
// tone has totally changed,' said Rich Tafel" is not in a source that writes that Tafel
// saw a change).
bool QuoteCarried(const Article& a, const Unit& u, const Article& b, const Unit& v);

// A citation's bar on top of Support (StatementIndex): the cited sentence shares at least
// this many content stems with the cited statement (`dossier eval attribution`, measure
// "cite": precision 0.837 -> 0.875 on DUC 2004's labelled pairs, 0.726 -> 0.843 on
// Multi-News', recall 0.921 -> 0.882 and 0.543 -> 0.527, at the support threshold).
inline constexpr int kMinCitationContentStems = 2;

// `numbers_clash` is left false (ScorePair has no text); see NumbersOf.
PairScores ScorePair(const Cluster& c, const Unit& u, const Unit& v);

// "Says the same thing", the one relation behind citations, single-source statements
// and merged timeline entries. Built once per cluster (each unit's distinct stems and
// their idf mass), then queried for any pair of units.
//
// Support is the idf-weighted Dice coefficient of the two units' distinct content stems,
// and 0 when both state figures and share none ("65 dead" / "60 dead"). Chosen over
// cosine, overlap and coverage on hand-labelled pairs (`dossier eval attribution`).
class StatementIndex {
 public:
  // REQUIRES: `c` was built from `articles`; both outlive the index.
  StatementIndex(const Cluster& c, const std::vector<Article>& articles);
  // Without the articles' text: no figures are known, so Support == Dice.
  // REQUIRES: `c` outlives the index.
  explicit StatementIndex(const Cluster& c);
  // How far unit v states what unit u states, in [0, 1]: compare with
  // SummaryOptions::support_threshold.
  double Support(size_t u, size_t v) const;
  // The idf-weighted Dice coefficient alone, without the figure veto: how much two
  // sentences share besides their figures (for comparing the figures themselves).
  double Dice(size_t u, size_t v) const;
  // Ascending, every unit v != u whose Dice (hence Support) with `u` can reach
  // `threshold`; with threshold <= 0, every unit sharing a content stem with `u`.
  // Exact, not a heuristic: a unit left out cannot reach the threshold (prefix and size
  // filtering, see attribution.cc), so a scan of the candidates finds the same pairs as
  // a scan of every unit, at a cost set by the rare stems of `u`, not the story's size.
  std::vector<size_t> Candidates(size_t u, double threshold) const;
  // The units holding u's rarest stem (u among them), ascending: where a supporting
  // unit most likely is, for a yes/no question to look first before Candidates.
  const std::vector<uint32_t>& RarestStemUnits(size_t u) const;

 private:
  void InternNumbers(const std::vector<std::vector<std::string>>& numbers);

  std::vector<std::vector<uint32_t>> terms_;  // per unit, distinct and sorted
  std::vector<double> mass_;                  // per unit, sum of idf of its terms
  // Per unit, NumbersOf as ids (equal strings, equal ids), sorted and unique, so the
  // figure veto compares integers instead of strings.
  std::vector<std::vector<uint32_t>> numbers_;
  std::vector<std::vector<uint32_t>> postings_;  // per stem, the units holding it, ascending
  const std::vector<float>& idf_;
};

// Every unit of another article that supports `unit` at least `threshold`, sorted by
// article index, then position.
// REQUIRES: `index` was built over `c`.
std::vector<Support> FindSupport(const Cluster& c, const StatementIndex& index, size_t unit,
                                 double threshold);

}  // namespace dossier::statements

#endif  // DOSSIER_SRC_STATEMENTS_STATEMENT_INDEX_H_
