// quality.h: which sentences may appear in a summary, and which of their bytes (internal).
//
// News text carries noise that extractive summarizers copy verbatim: datelines
// ("MOSCOW (AP) _"), headlines or captions glued to the first sentence by the splitter,
// questions, dangling quotes, pronoun-led fragments and page furniture ("Sign up for our
// newsletter"). These rules are general (from the DUC/MEAD literature's usual filters and
// our own reading of news pages), not fitted to evaluation clusters.
#ifndef DOSSIER_SRC_STATEMENTS_QUALITY_H_
#define DOSSIER_SRC_STATEMENTS_QUALITY_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::statements {

// Returns `span` without a leading dateline ("WASHINGTON (AP) _ ", "BEIJING, Oct. 16
// (Xinhua) -- ") or list bullet ("-- ", "* ", "\u2022 "), and without text before the last
// line break or before a wire service's dateline (a glued headline: "ETA announces
// cease-fire MADRID, Spain (AP) _ ").
Span CleanSpan(std::string_view text, Span span);

// Words as ROUGE counts them: maximal runs of non-whitespace.
int CountWords(std::string_view s);

// True when the sentence reads as a self-contained statement of fact: not a question,
// no unbalanced quotes (an attributed quotation, even one that opens the sentence, is a
// statement: `"We will stay," he said.`), ending with a full stop or "!" (not
// an ellipsis: headlines, captions and cut teasers fail), not boilerplate. Word limits and
// leading connectives are checked by the caller (they are options).
bool IsStatement(std::string_view sentence);

// The length of a wire service's typesetting code left as an entity at s[i] ("&UR;",
// "&QL;": "&", two to four capitals, ";"), or 0.
size_t WireCodeAt(std::string_view s, size_t i);

// True when the sentence ends as a finished sentence (a full stop or "!", no ellipsis),
// is not page furniture (boilerplate cues, a verb telling the reader what to do: "Read
// more below.") and so may report something; unlike IsStatement, its quotes may be
// unbalanced (sources quote sloppily).
bool IsFinishedProse(std::string_view sentence);

// True when the first word leans on the previous sentence ("He", "But", "This").
bool StartsWithConnective(std::string_view sentence);

// True when a reader needs the sentences around this one to follow it: it starts with
// a connective (StartsWithConnective), it is a quotation and nothing else (``It's up to
// them.'' says nothing of who says it), its speaker is a bare pronoun with no name
// before it ("Some books, he said, might not survive"; `"We will stay," she said.`), it
// opens with a quantifier standing for people already named ("All complained ...",
// "Fourteen of them accused ..."), its main clause after an opener that names no one
// has "he" or "she" for subject ("Later, he was charged ..."), it sets a connective off
// after its subject ("More air bags, though, are ..."), it opens with an ordinal or a
// word of reference ("The first to go was ...", "The latter said"), or it opens with
// an age for a person ("The 49-year-old suffered ..."), it speaks in the first person
// outside quotes (a tweet or a letter: "I wish you the best of luck"), or it is a photo
// caption (a weekday with a full date: "arrives at the house on Tuesday, Jan. 24,
// 2017"), or a chronology's entry dated by month and day alone ("May 30 _ The FTC
// opens a probe": the list's heading holds the year), a list's item with its bullet ("--U.S.
// District Judge ...") or an opening "With ..." phrase that never reaches its clause.
bool NeedsContext(std::string_view sentence);

// What a sentence refers back to when it opens by naming something as already known.
// A reader can follow it only after a sentence that introduced that thing.
struct OpeningReferent {
  // The lower-case words of an opening definite description of common nouns ("The
  // banner has become ..." -> {"banner"}; "The solar energy industry grew" -> {"solar",
  // "energy", "industry", "grew"}: the description's end is a guess, so any of them in
  // an earlier sentence counts). Empty when the description identifies itself: a name
  // or a figure in it ("The European Union", "The 1998 floods"), a restrictive modifier
  // after it ("The leader of the rebels", "The man who ..."), or a unique noun ("The
  // world").
  std::vector<std::string> description;
  // A lone capitalized word before a lower-case verb ("Johnson said ...", "Kimalat is
  // ...", `"...," Johnson said`): a surname, if the story gives the name in full
  // somewhere and never writes the word in lower case (the caller checks).
  std::string surname;

  bool empty() const { return description.empty() && surname.empty(); }
};
OpeningReferent FindOpeningReferent(std::string_view sentence);

// True when `text` names `surname` in full: right after a capitalized word that is not
// a function word or a courtesy title ("Torrence Johnson said", "President Clinton";
// not "Mr. Johnson" or "At Johnson's ...").
bool NamesInFull(std::string_view text, std::string_view surname);

// The lone capitalized words inside `sentence`, outside quotes and after its first word,
// that could be a person's surname used alone ("... reaffirmed its support for Fong",
// "Buchanan and other conservatives"): neither the word before nor the word after is
// capitalized (so not "Matt Fong", "Mr. Fong", "Fong Industries"), and it is no
// function word, connective, month, weekday or title. A possessive's "'s" is taken off.
// In order of first appearance, each once. Whether one is a person the story names in
// full is the caller's to check (NamesInFull, UsedAsPerson).
std::vector<std::string> BareSurnames(std::string_view sentence);

// True when `text` uses `surname` as a person's: a speaker ("Fong said", "said Fong"),
// or after a courtesy or political title ("Mr. Fong", "Sen. Fong"). Places and
// organisations written alone ("Texas", "Senate") are not used so.
bool UsedAsPerson(std::string_view text, std::string_view surname);

// True for a word written capitalized that names no one (lower case, no final period):
// a month or weekday, or a month's abbreviation ("sept"), or a
// courtesy title ("mr", "dr").
bool CapitalizedWithoutName(std::string_view lower);

// True when `word` (lower case) is a verb of saying or reporting ("said", "announced";
// resources/summarize/speech_verbs.txt).
bool IsSpeechVerb(std::string_view word);

// True when `word` (lower case) is a role noun that stands for a person ("minister",
// "president", "judge"; resources/summarize/person_roles.txt).
bool IsPersonRole(std::string_view word);

// The non-comment lines of resources/summarize/<name> (trimmed; '#' starts a comment).
std::vector<std::string> LoadResourceList(std::string_view name);

// Whitespace runs (including line breaks) collapsed to one space.
std::string CollapseSpaces(std::string_view s);

}  // namespace dossier::statements

#endif  // DOSSIER_SRC_STATEMENTS_QUALITY_H_
