// briefing_render.h: a Briefing as Markdown (for readers) or JSON (for programs).
// Citations print as [n], n = 1-based index into Briefing::sources; JSON carries the
// article ids and byte spans.
#ifndef DOSSIER_SRC_RENDER_BRIEFING_RENDER_H_
#define DOSSIER_SRC_RENDER_BRIEFING_RENDER_H_

#include <ostream>

#include "dossier/briefing.h"
#include "src/render/articles.h"

namespace dossier::render {

void WriteBriefingMarkdown(const Briefing& b, std::ostream& out);
Json BriefingToJson(const Briefing& b);

}  // namespace dossier::render

#endif  // DOSSIER_SRC_RENDER_BRIEFING_RENDER_H_
