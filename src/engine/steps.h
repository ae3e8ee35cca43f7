// steps.h: pieces of Engine::Add and Engine::Brief that the parts API
// (include/dossier/parts.h) runs apart from an Engine (internal to src/engine).
//
// The Engine's own code (engine_add.cc, engine_read.cc) calls these same functions;
// tests/api/parts_test.cc checks that the Engine and the parts agree on ids, stories and
// briefings.
#ifndef DOSSIER_SRC_ENGINE_STEPS_H_
#define DOSSIER_SRC_ENGINE_STEPS_H_

#include <string>
#include <vector>

#include "dossier/article.h"
#include "dossier/briefing.h"
#include "dossier/status.h"

namespace dossier::engine {

// `s` with "origin: " in front unless its message already starts with origin.
Status Named(const std::string& origin, const Status& s);

// The fields an ArticleId is computed from (text, title, source, url), length-prefixed
// so no two different articles give the same material.
std::string IdMaterial(const Article& a);

// Fills every citation's and source's ArticleId from `ids` (Briefing::sources order).
// REQUIRES: ids.size() == briefing->sources.size().
void NameCitations(const std::vector<ArticleId>& ids, Briefing* briefing);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_STEPS_H_
