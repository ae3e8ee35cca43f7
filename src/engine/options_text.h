// options_text.h: options as canonical text, for the database's record of how its data
// was made and for briefing cache keys (internal to src/engine).
//
//   std::string t = CleanOptionsText(options.clean);   // "min_repeat_articles=3;..."
//   StatusOr<CleanOptions> back = ParseCleanOptions(t);
//
// Every field is written as name=value in declaration order, doubles with 17 significant
// digits, so equal options give equal text and the text parses back to equal options.
#ifndef DOSSIER_SRC_ENGINE_OPTIONS_TEXT_H_
#define DOSSIER_SRC_ENGINE_OPTIONS_TEXT_H_

#include <string>
#include <string_view>

#include "dossier/options.h"
#include "dossier/story.h"

namespace dossier::engine {

std::string CleanOptionsText(const CleanOptions& options);
std::string ClusterOptionsText(const ClusterOptions& options);
// Every field of the briefing, summary method included; for cache keys only.
std::string BriefingOptionsText(const BriefingOptions& options);

// kInvalidArgument naming the field for an unknown name or a malformed value; fields
// the text does not name keep their defaults.
StatusOr<CleanOptions> ParseCleanOptions(std::string_view text);
StatusOr<ClusterOptions> ParseClusterOptions(std::string_view text);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_OPTIONS_TEXT_H_
