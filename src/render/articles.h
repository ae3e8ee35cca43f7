// articles.h: cleaned articles as JSON or as text for a reader (`dossier clean`,
// `dossier sentences`). Every sentence and removed span is printed with its byte offsets
// into Article::text.
#ifndef DOSSIER_SRC_RENDER_ARTICLES_H_
#define DOSSIER_SRC_RENDER_ARTICLES_H_

#include <nlohmann/json.hpp>
#include <ostream>
#include <vector>

#include "dossier/article.h"

namespace dossier::render {

using Json = nlohmann::ordered_json;

// {"id","origin","title","date","url","source","byline","dateline","encoding",
//  "replaced_bytes","sentences":[{"begin","end","paragraph","text"}],
//  "removed":[{"begin","end","reason","text"}]}
Json ArticleToJson(const Article& article);

// One JSON object per sentence: {"article","index","paragraph","begin","end","text"}.
void WriteSentencesJsonl(const Article& article, std::ostream& out);

// A reader's view: a header per article, numbered sentences, and with `show_removed`
// every removed span with its reason.
void WriteArticleText(const Article& article, int number, bool show_removed, std::ostream& out);

// `s` with runs of whitespace (newlines included) collapsed to one space, for display.
std::string OneLine(std::string_view s);

// Dumps JSON as one line; invalid UTF-8 (impossible after decoding, but never trusted) is
// replaced rather than thrown on.
std::string DumpLine(const Json& json);

}  // namespace dossier::render

#endif  // DOSSIER_SRC_RENDER_ARTICLES_H_
