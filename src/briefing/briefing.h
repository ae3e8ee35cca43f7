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
#include "dossier/options.h"
#include "src/summarize/summarize.h"

namespace dossier::briefing {

// Public as dossier::BriefingOptions (include/dossier/options.h).
using BriefingOptions = ::dossier::BriefingOptions;

// REQUIRES: articles analyzed (sentences with tokens).
Briefing BuildBriefing(const std::vector<Article>& articles, const BriefingOptions& options);

}  // namespace dossier::briefing

#endif  // DOSSIER_SRC_BRIEFING_BRIEFING_H_
