// public.cc: include/dossier/render.h over the stream writers of this module.
#include <sstream>

#include "dossier/render.h"
#include "src/render/articles.h"
#include "src/render/briefing_render.h"

namespace dossier {

std::string BriefingToMarkdown(const Briefing& briefing) {
  std::ostringstream out;
  render::WriteBriefingMarkdown(briefing, out);
  return out.str();
}

std::string BriefingToJson(const Briefing& briefing) {
  return render::BriefingToJson(briefing).dump(2, ' ', false,
                                               render::Json::error_handler_t::replace) +
         "\n";
}

std::string ArticleToJsonLine(const Article& article) {
  return render::DumpLine(render::ArticleToJson(article));
}

std::string ArticleToText(const Article& article, int number, bool show_removed) {
  std::ostringstream out;
  render::WriteArticleText(article, number, show_removed, out);
  return out.str();
}

std::string SentencesToJsonl(const Article& article) {
  std::ostringstream out;
  render::WriteSentencesJsonl(article, out);
  return out.str();
}

}  // namespace dossier
