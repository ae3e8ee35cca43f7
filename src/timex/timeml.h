// timeml.h: reads TimeML (.tml) documents: the raw text of <TEXT> with its TIMEX3
// annotations as byte spans, and the document creation time.
//
//   DOSSIER_ASSIGN_OR_RETURN(TimemlDocument doc, ReadTimemlFile("wsj_0006.tml"));
//   for (const GoldTimex& t : doc.timexes) doc.text.substr(t.span.begin, t.span.size());
#ifndef DOSSIER_SRC_TIMEX_TIMEML_H_
#define DOSSIER_SRC_TIMEX_TIMEML_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/status.h"

namespace dossier::timex {

struct GoldTimex {
  Span span;          // into TimemlDocument::text
  std::string tid, type, value, mod;
};

struct TimemlDocument {
  std::string name;   // as given to the parser (file path)
  std::string dct;    // value of the CREATION_TIME TIMEX3 (YYYY-MM-DD...), or empty
  std::string text;   // character data of <TEXT>, entities decoded, tags removed
  std::vector<GoldTimex> timexes;  // TIMEX3 inside <TEXT>, in order
};

// Parses TimeML with libxml2 (no network, no DTD loading). Errors name `name` and the
// line. A document without <TEXT> is an error.
StatusOr<TimemlDocument> ParseTimeml(std::string_view xml, const std::string& name);
StatusOr<TimemlDocument> ReadTimemlFile(const std::string& path);

}  // namespace dossier::timex

#endif  // DOSSIER_SRC_TIMEX_TIMEML_H_
