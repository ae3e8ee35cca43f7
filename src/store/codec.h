// codec.h: the text forms in which the store keeps an article's span lists (internal
// to src/store; docs/storage.md describes them for readers of the database).
//
//   spans     "begin-end begin-end ..."                 (Article::body)
//   removed   "begin end reason\n" per span             (Article::removed)
//   raw map   "text_begin size raw_begin raw_size\n" per run  (Article::raw_map)
//   keys      one repeat key per line                   (the cleaning evidence)
//
// Text, not binary, so `sqlite3` shows them as they are. Decoding checks every offset
// against the article's text size, so a damaged row is an error naming the article,
// never an out-of-range span.
#ifndef DOSSIER_SRC_STORE_CODEC_H_
#define DOSSIER_SRC_STORE_CODEC_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/status.h"

namespace dossier::store {

std::string EncodeSpans(const std::vector<Span>& spans);
std::string EncodeRemoved(const std::vector<Removed>& removed);
std::string EncodeRawMap(const std::vector<RawRun>& runs);

// Each decoder fails (kIoError, "<what>: ...") on malformed input or a span reaching
// beyond `text_size`.
StatusOr<std::vector<Span>> DecodeSpans(std::string_view encoded, size_t text_size,
                                        std::string_view what);
StatusOr<std::vector<Removed>> DecodeRemoved(std::string_view encoded, size_t text_size,
                                             std::string_view what);
StatusOr<std::vector<RawRun>> DecodeRawMap(std::string_view encoded, size_t text_size,
                                           std::string_view what);

}  // namespace dossier::store

#endif  // DOSSIER_SRC_STORE_CODEC_H_
