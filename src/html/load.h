// load.h: raw page bytes -> UTF-8 text the HTML parser reads, with the way back.
//
//   DOSSIER_ASSIGN_OR_RETURN(std::string raw, html::Gunzip(origin, bytes, max_bytes));
//   html::DecodedPage page = html::DecodePage(raw);
//   uint32_t raw_at = page.RawOffset(decoded_offset);
//
// Gunzip inflates a gzip stream (one or more members) with a size cap. DecodePage picks
// the encoding in the order a browser would trust it, then converts with ICU; see
// load.cc for the order and why valid UTF-8 wins over a declared charset.
#ifndef DOSSIER_SRC_HTML_LOAD_H_
#define DOSSIER_SRC_HTML_LOAD_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "src/base/byte_stream.h"

namespace dossier::html {

// True when `bytes` start with the gzip magic (1f 8b).
bool IsGzip(std::string_view bytes);

// Inflates a gzip stream. InvalidArgument naming `origin` (and the byte offset) for a
// corrupt or truncated stream; OutOfRange when the output would exceed `max_bytes`.
StatusOr<std::string> Gunzip(std::string_view origin, std::string_view bytes,
                             size_t max_bytes);

// Inflates the one gzip member starting at `offset` (WARC.gz stores one record per
// member) and sets *next to the offset after it. Errors as Gunzip, naming the offset.
StatusOr<std::string> GunzipMember(std::string_view origin, std::string_view bytes, size_t offset,
                                   size_t max_bytes, size_t* next);

// The first `n` (or fewer) bytes of the gzip stream `bytes` inflated; "" when they do
// not inflate. For telling what a compressed file holds without inflating it.
std::string GunzipPrefix(std::string_view bytes, size_t n);

// Inflates the gzip member at the stream's position (WARC.gz stores one record per
// member), reading only that member: memory is the member's content, not the file.
// *member_offset gets the member's byte offset in the input. NotFound at the end of the
// input; InvalidArgument naming `origin` and the offset for a corrupt or truncated member
// (the stream is then at the next member header, or at the end); OutOfRange when the
// content exceeds `max_bytes` (the member is read through and dropped).
StatusOr<std::string> GunzipNextMember(std::string_view origin, ByteStream* in, size_t max_bytes,
                                       uint64_t* member_offset);

struct DecodedPage {
  std::string text;          // valid UTF-8
  std::string encoding;      // "UTF-8", "windows-1252", "Shift_JIS", ...
  std::string how;           // "bom", "utf8", "meta", "detected", "default"
  uint32_t replaced_bytes = 0;
  uint32_t bom_bytes = 0;    // raw bytes skipped before text[0] (a UTF-8 BOM)
  // Empty when text is the raw bytes (UTF-8 input); else raw offset of each text byte.
  std::vector<uint32_t> raw_of;
  uint32_t raw_size = 0;

  // Raw byte offset of text offset `i` (i == text.size() gives the raw end).
  uint32_t RawOffset(size_t i) const;
};

// The charset a <meta charset> or <meta http-equiv="Content-Type"> in the first 4 KiB
// declares, lower-cased; "" when none does.
std::string DeclaredCharset(std::string_view bytes);

DecodedPage DecodePage(std::string_view raw);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_LOAD_H_
