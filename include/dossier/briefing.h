// briefing.h: what a reader needs from many articles on one story.
//
//   StatusOr<Briefing> b = engine.Brief(ids, BriefingOptions{});   // engine.h
//   for (const BriefItem& s : b->summary) ... s.text, s.cites ...
//
// Every item cites the articles it came from by ArticleId and by index into
// Briefing::sources (the order of the ids given to Brief) with the byte span of the
// supporting sentence, so a reader (or a program) can check each claim against its
// source.
#ifndef DOSSIER_BRIEFING_H_
#define DOSSIER_BRIEFING_H_

#include <cstddef>
#include <string>
#include <vector>

#include "dossier/article.h"

namespace dossier {

struct Citation {
  size_t article = 0;  // index into Briefing::sources / the input articles
  Span span;           // the supporting sentence in that article's text
  ArticleId id{};      // that article's id (filled by Engine::Brief)
};

// A sentence taken from one source, with every source that says the same thing.
struct BriefItem {
  std::string text;
  std::vector<Citation> cites;  // first = where `text` was taken from; then the others
};

struct TimelineEntry {
  std::string date;       // TIMEX3 value: "2021-12-07", "2022-02", "2022-Q1", "2022"
  std::string precision;  // "day", "month", "quarter", "season", "year"
  std::string basis;      // "text" (a date in the sentence) or "published" (lead of a dated article)
  BriefItem event;
};

struct KeyEntity {
  std::string name;
  std::string type;                  // "person", "organization", "place"
  std::vector<std::string> aliases;  // other surface forms seen
  std::vector<std::string> titles;   // "President (4 sources)", ...
  int source_count = 0;              // independent sources mentioning it
  std::vector<size_t> articles;
};

// One quantity as a source states it.
struct QuantityClaim {
  std::string text;     // "more than 90,000 Russian troops"
  double value = 0;
  double value_high = 0;
  std::string bound;    // "exact", "at least", "at most", "approximately", "range"
  bool projection = false;
  std::string date;     // the source's date (publication), "" when unknown
  Citation at;
};

struct KeyNumber {
  // What is counted, as the sources write it most often, with whose it is when the
  // phrase does not say: "troops (Russia)", "hours of talks", "USD", "percent".
  std::string counted;
  std::vector<QuantityClaim> claims;  // one per source statement, by source
  int source_count = 0;
};

struct Disagreement {
  std::string kind;     // "quantity", "title", "office", "date"
  std::string subject;  // "Russian troops", "Joe Biden", "President", ...
  std::string summary;  // one line a reader can take in
  // "conflict", "changed over time", "projection vs current": what best explains it.
  std::string assessment;
  std::vector<QuantityClaim> claims;  // for quantities
  std::vector<BriefItem> evidence;    // for titles, offices and dates
};

struct SourceFlag {
  std::string kind;      // "contradicts-consensus", "copy-of", "stale-copyright", ...
  std::string evidence;  // a sentence a reader can check
  std::vector<Citation> at;
};

struct SourceInfo {
  std::string id, title, date, url, outlet;  // id: as given in the input
  bool suspect = false;      // several contradictions of the consensus
  int duplicate_of = -1;     // index of the source this is a near-copy of, or -1
  std::vector<SourceFlag> flags;
  ArticleId article{};  // the article's id (filled by Engine::Brief)
};

struct UniqueStatements {
  size_t article = 0;
  std::vector<BriefItem> items;  // statements no other source carries
};

struct Briefing {
  std::vector<SourceInfo> sources;
  std::vector<BriefItem> summary;
  std::vector<TimelineEntry> timeline;
  std::vector<KeyEntity> entities;
  std::vector<KeyNumber> numbers;
  std::vector<Disagreement> disagreements;
  std::vector<UniqueStatements> unique;
  std::string method;  // summarization method used
};

}  // namespace dossier

#endif  // DOSSIER_BRIEFING_H_
