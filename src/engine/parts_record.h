// parts_record.h: the byte forms the parts API ships between processes (internal to
// src/engine; include/dossier/parts.h is the way in).
//
// A record (RecordMaker::Make) and a story's evidence (StoryPlanner::Evidence) are
// written with src/base/bytes.h and open with a magic word and a version, so bytes of
// another kind or version are rejected with a message, never misread.
#ifndef DOSSIER_SRC_ENGINE_PARTS_RECORD_H_
#define DOSSIER_SRC_ENGINE_PARTS_RECORD_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/options.h"
#include "dossier/status.h"
#include "dossier/story.h"
#include "src/cluster/prepared.h"
#include "src/extract/clean.h"

namespace dossier::engine {

// Ids an article may get: the first kIdCandidates non-zero XXH3-64 hashes of its
// IdMaterial with seeds 0, 1, 2, ... (Engine moves a colliding article to the next one).
inline constexpr size_t kIdCandidates = 4;

struct ArticleRecord {
  uint64_t options = 0;  // RecordOptionsDigest of the options it was made with
  std::array<uint64_t, kIdCandidates> ids{};
  uint64_t digest_low = 0, digest_high = 0;  // XXH3-128 of IdMaterial: "the same article"
  std::string title, date, source;
  std::string snippet;                       // engine::MetaOf's: the text's start, untitled only
  std::vector<std::string> keys;             // extract::RepeatKeys (empty when not cleaning)
  cluster::PreparedArticle prepared;
};

// A digest of every option a record depends on (clustering, and cleaning keys).
uint64_t RecordOptionsDigest(const EngineOptions& options);

std::string WriteRecord(const ArticleRecord& record);
// kInvalidArgument for bytes that are not a whole record of this version.
Status ReadRecord(std::string_view bytes, ArticleRecord* record);

// Evidence: for each key (sorted), its overall count and its count for each listed
// source (sorted).
struct KeyCounts {
  std::string key;
  int articles = 0;
  std::vector<std::pair<std::string, int>> of_source;
};
std::string WriteEvidence(const std::vector<KeyCounts>& counts);
// Replaces `evidence` with the counts. kInvalidArgument for malformed bytes (then
// `evidence` is unchanged).
Status ReadEvidence(std::string_view bytes, extract::LineEvidence* evidence);

}  // namespace dossier::engine

#endif  // DOSSIER_SRC_ENGINE_PARTS_RECORD_H_
