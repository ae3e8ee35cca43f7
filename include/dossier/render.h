// render.h: briefings and articles as text for readers and as JSON for programs.
//
//   dossier::StatusOr<dossier::Briefing> b = engine.Brief(ids, {});
//   std::cout << dossier::BriefingToMarkdown(*b);   // citations print as [n]
//   std::cout << dossier::BriefingToJson(*b);       // ids and byte spans, 2-space indent
//
// Markdown numbers sources from 1 in Briefing::sources order; JSON carries each
// citation's ArticleId, source number and byte span. Output is deterministic: the same
// Briefing gives the same bytes. Invalid UTF-8 (impossible after decoding, but never
// trusted) is replaced, never thrown on.
#ifndef DOSSIER_RENDER_H_
#define DOSSIER_RENDER_H_

#include <string>

#include "dossier/article.h"
#include "dossier/briefing.h"

namespace dossier {

std::string BriefingToMarkdown(const Briefing& briefing);
// Ends with a newline.
std::string BriefingToJson(const Briefing& briefing);

// One line (no newline) per article: {"article","id","origin","title","date","url",
// "source","byline","dateline","encoding","replaced_bytes",
// "sentences":[{"begin","end","paragraph","text"}],"removed":[{"begin","end","reason","text"}]}
std::string ArticleToJsonLine(const Article& article);
// A reader's view: a header (number, id, metadata), numbered sentences, and with
// `show_removed` every removed span with its reason.
std::string ArticleToText(const Article& article, int number, bool show_removed);
// One JSON line per sentence: {"article","index","paragraph","begin","end","text"}.
std::string SentencesToJsonl(const Article& article);

}  // namespace dossier

#endif  // DOSSIER_RENDER_H_
