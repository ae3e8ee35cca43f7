// briefing.h: assembles a Briefing (summary, timeline, entities, numbers,
// disagreements, single-source statements, source flags) from analyzed articles.
//
//   engine::LoadResult loaded = engine::LoadArticles({"examples/biden-putin/"}, {});
//   Briefing b = briefing::BuildBriefing(loaded.articles, {});
//
// Order of work: sources and near-copies first (copies are reach, not corroboration),
// then facts (entities, quantities, dates) per sentence, then consistency checks against
// the consensus of independent sources (which flag suspect copies), then the summary
// (preferring clean sources), timeline, numbers, disagreements and what only one source
// says. Every stage is a pure function of the articles; the result is deterministic.
#ifndef DOSSIER_SRC_BRIEFING_BRIEFING_H_
#define DOSSIER_SRC_BRIEFING_BRIEFING_H_

#include <vector>

#include "dossier/article.h"
#include "dossier/briefing.h"
#include "src/summarize/summarize.h"

namespace dossier::briefing {

struct BriefingOptions {
  // Whole sentences for readers: trimming (SummaryOptions::compress) can drop an
  // attribution ("..., officials said") or a time, which changes what a source claims.
  BriefingOptions() { summary.compress = false; }

  summarize::SummaryOptions summary;
  // Jaccard similarity of 5-word shingle sets above which a later article is a
  // near-copy (syndicated or lightly edited) of an earlier one. Lower finds more
  // rewrites, and more false pairs between articles quoting the same statement.
  double duplicate_threshold = 0.5;
  // An article contradicting the consensus this many times is flagged as suspect and
  // its sentences are replaced in the summary by a clean source saying the same thing.
  int suspect_min_contradictions = 2;
  // A copyright or dateline year this far from the story's year is flagged.
  int stale_year_gap = 2;
  size_t max_timeline_entries = 12;
  size_t max_entities = 12;
  size_t max_numbers = 8;
  size_t max_unique_per_source = 3;
};

// REQUIRES: articles analyzed (sentences with tokens).
Briefing BuildBriefing(const std::vector<Article>& articles, const BriefingOptions& options);

}  // namespace dossier::briefing

#endif  // DOSSIER_SRC_BRIEFING_BRIEFING_H_
