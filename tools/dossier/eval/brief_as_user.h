// brief_as_user.h: a labelled story briefed the way a user gets it, for the harness.
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_BRIEF_AS_USER_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_BRIEF_AS_USER_H_

#include <string>

#include "dossier/briefing.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "src/ingest/ingest.h"

namespace dossier::cli {

// Writes `c` to `scratch` (overwritten) as the JSONL file a user hands to `dossier brief`
// (one {"id", "title", "date", "text"} line per article), reads it with a fresh Engine and
// briefs every article the engine holds with `options`: what `dossier brief --format json
// FILE` prints, as a Briefing. An exact repeat of an article is one article for the
// engine (AddResult::already_present), as it is for a user; every article index of the
// briefing (citations, unique statements, near-copy links) is mapped back to the
// position in `c.articles` of the article (the first of repeats), so labels keyed by
// that position apply. `sources` stays one entry per article briefed. An article the
// engine rejects is reported on stderr and left out; an error when none is left.
StatusOr<Briefing> BriefAsUser(const ingest::Cluster& c, const std::string& scratch,
                               const BriefingOptions& options);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_BRIEF_AS_USER_H_
