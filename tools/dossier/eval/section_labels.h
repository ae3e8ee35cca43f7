// section_labels.h: blind labels for two briefing sections, and how the briefing's
// items are scored against them (`dossier eval briefing --timeline-labels F
// --entity-labels F`).
//
// Timeline (tests/data/briefing/timeline/labels.tsv): a label is an anchor phrase in a
// sentence of an article and the date of that sentence's main event ("none" when it
// has no datable event). A timeline entry is judged when its cited sentence holds a
// label's anchor (same story, same article); it is right when the entry's date is the
// label's date or a coarser form of it ("2021-12" for "2021-12-07"; a quarter holding
// the month), and wrong when the label is "none", when the dates differ, or when the
// entry is more precise than the text supports (a day for a month).
//
// Entities (tests/data/briefing/entities/labels.tsv): every named entity that two or
// more articles of a story mention, with its type, its aliases and whether it is
// central. A reported entity is right when its name (else one of its aliases) equals,
// ignoring case, the name or an alias of a labelled entity, its type is that entity's
// type, none of its aliases names a different labelled entity, and no earlier item
// matched the same entity; else wrong (unknown: matches nothing; type; merged; split).
// Recall is over the central labelled entities: those
// some right reported entity matches.
// Readability (tests/data/briefing/readability/labels.tsv): the first sentences of every
// article, each labelled readable on its own (or why not) and on the story's topic. A
// summary sentence is judged when its cited sentence holds a label's anchor; the
// figures are the judged sentences labelled readable, and on topic.
// Only in one source (tests/data/briefing/unique/labels.tsv): statements a briefing
// showed as carried by one source, each labelled by reading the story's other articles:
// truly only there (yes), stated elsewhere (no), or partly (its main claim elsewhere, a
// substantive detail only here). A shown statement is judged when its sentence holds a
// label's anchor; precision is yes over judged (strict) and yes + partly (lenient).
// Timeline repeats (tests/data/briefing/timeline-repeats/labels.tsv): pairs of timeline
// entries a briefing showed on close dates (the same date, one date inside the other, or
// two days in a row), each labelled by reading the two sentences: the same event told
// twice (same) or two events (different). A shown pair is judged when the two entries'
// sentences hold the row's two anchors, in either order.
// Key numbers (tests/data/briefing/numbers/labels.tsv): key numbers a briefing showed,
// each judged right (one quantity, its value, a label a reader understands) or wrong
// with a class (mixed, label, value, trivial, other). A key number is judged when its
// label is the row's and its first claim's sentence holds the row's anchor (two key
// numbers may come from one sentence).
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_SECTION_LABELS_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_SECTION_LABELS_H_

#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "dossier/briefing.h"
#include "dossier/status.h"

namespace dossier::cli {

struct TimelineLabel {
  int id = 0;
  std::string story;
  size_t article = 0;
  Span anchor;
  std::string date;       // "1998-10-30", "1998-10", "1998", or "none"
  std::string precision;  // day, month, year, none
};

struct EntityLabel {
  int id = 0;
  std::string story;
  std::string name, type;            // type: person, organization, place, other
  std::vector<std::string> aliases;
  bool central = false;
};

struct ReadabilityLabel {
  int id = 0;
  std::string story;
  size_t article = 0;
  Span anchor;
  bool standalone = false, on_topic = false;
  std::string why;  // when not standalone: pronoun, no-speaker-quote, connective, ...
};

struct UniqueLabel {
  int id = 0;
  std::string story;
  size_t article = 0;
  Span anchor;
  std::string unique;  // yes, no, partly
};

struct NumberLabel {
  int id = 0;
  std::string story;
  std::string label;  // what is counted, as the briefing showed it ("people killed")
  size_t article = 0;
  Span anchor;
  bool right = false;
  // A row that only marks a story whose section showed nothing: it judges no item, but
  // makes the story a labelled one, so a key number shown there later counts (unjudged).
  bool empty = false;
  std::string why;  // when wrong: mixed, label, value, trivial, other
};

struct RepeatLabel {
  int id = 0;
  std::string story;
  size_t article = 0, other_article = 0;
  Span anchor, other_anchor;
  bool same = false;  // the same event told twice
};

// Read the label files; a malformed line is an error naming path:line.
StatusOr<std::vector<TimelineLabel>> ReadTimelineLabels(const std::string& path);
StatusOr<std::vector<EntityLabel>> ReadEntityLabels(const std::string& path);
StatusOr<std::vector<ReadabilityLabel>> ReadReadabilityLabels(const std::string& path);
StatusOr<std::vector<UniqueLabel>> ReadUniqueLabels(const std::string& path);
StatusOr<std::vector<NumberLabel>> ReadNumberLabels(const std::string& path);
StatusOr<std::vector<RepeatLabel>> ReadRepeatLabels(const std::string& path);

struct TimelineScore {
  int entries = 0;  // timeline entries of labelled stories
  int judged = 0, right = 0;
  std::map<std::string, int> wrong;  // "no event", "other date", "too precise"
};

struct RepeatScore {
  int entries = 0;  // timeline entries of labelled stories
  int pairs = 0;    // pairs of them on close dates
  int judged = 0, same = 0;
};

struct EntityScore {
  int reported = 0, right = 0;
  std::map<std::string, int> wrong;  // "unknown", "type", "merged", "split"
  int central = 0, central_found = 0;
};

struct ReadabilityScore {
  int sentences = 0;  // summary sentences of labelled stories
  int judged = 0, standalone = 0, on_topic = 0;
  std::map<std::string, int> not_standalone;  // by the labelled reason
};

struct UniqueScore {
  int shown = 0;  // statements shown as single-source on labelled stories
  int judged = 0, yes = 0, partly = 0, no = 0;
};

struct NumberScore {
  int shown = 0;  // key numbers of labelled stories
  int judged = 0, right = 0;
  std::map<std::string, int> wrong;  // by the labelled class
};

// Add one labelled story's briefing (`labels`: that story's rows) to the score; with
// `show`, print each judged item after `story`.
void ScoreTimeline(const Briefing& b, const std::vector<TimelineLabel>& labels,
                   TimelineScore* score, const std::string& story, std::ostream* show);
void ScoreEntities(const Briefing& b, const std::vector<EntityLabel>& labels,
                   EntityScore* score, const std::string& story, std::ostream* show);

void ScoreReadability(const Briefing& b, const std::vector<ReadabilityLabel>& labels,
                      ReadabilityScore* score, const std::string& story, std::ostream* show);

void ScoreUnique(const Briefing& b, const std::vector<UniqueLabel>& labels, UniqueScore* score,
                 const std::string& story, std::ostream* show);

std::string FormatTimelineScore(const TimelineScore& s);
void ScoreRepeats(const Briefing& b, const std::vector<RepeatLabel>& labels, RepeatScore* score,
                  const std::string& story, std::ostream* show);
std::string FormatRepeatScore(const RepeatScore& s);
std::string FormatUniqueScore(const UniqueScore& s);
void ScoreNumbers(const Briefing& b, const std::vector<NumberLabel>& labels, NumberScore* score,
                  const std::string& story, std::ostream* show);
std::string FormatNumberScore(const NumberScore& s);
std::string FormatReadabilityScore(const ReadabilityScore& s);
std::string FormatEntityScore(const EntityScore& s);

// Whether timeline date `entry` ("2021-12", "2022-Q1", ...) is right for an event
// labelled `label` ("2021-12-07"); "" when right, else why not. Exposed for tests.
std::string JudgeDate(const std::string& entry, const std::string& label);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_SECTION_LABELS_H_
