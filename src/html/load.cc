// load.cc: gunzip and charset decoding for web pages.
//
// Encoding order: a byte-order mark; else bytes that are valid UTF-8 are UTF-8 (a page
// that declares ISO-8859-1 but is valid UTF-8 with non-ASCII bytes is, in practice,
// mislabelled UTF-8: the chance of Latin-1 prose forming valid multi-byte sequences is
// negligible); else the <meta> declaration (WHATWG prescan, first 4 KiB); else uchardet
// (Mozilla's universal detector); else windows-1252. Latin-1 and ASCII labels mean
// windows-1252, as WHATWG's encoding standard says. Conversion is ICU ucnv through
// UTF-16 with its source offsets, so every output byte knows its raw byte.
#include "src/html/load.h"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/utf16.h>
#include <unicode/utf8.h>
#include <zlib.h>

#include <algorithm>
#include <cctype>
#include <memory>

#include "src/base/strings.h"

namespace dossier::html {
namespace {

bool IsValidUtf8(std::string_view s) {
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  while (i < n) {
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    UChar32 c;
    U8_NEXT(p, i, n, c);
    if (c < 0) return false;
  }
  return true;
}

std::string NormalizeLabel(std::string label) {
  label = AsciiLower(StripAscii(label));
  if (label == "iso-8859-1" || label == "latin1" || label == "latin-1" || label == "ascii" ||
      label == "us-ascii" || label == "iso8859-1" || label == "8859-1") {
    return "windows-1252";
  }
  if (label == "utf8" || label == "unicode-1-1-utf-8") return "utf-8";
  return label;
}

std::string Detect(std::string_view raw) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> d(
      uchardet_new(), &uchardet_delete);
  std::string_view sample = raw.substr(0, 256 * 1024);
  if (uchardet_handle_data(d.get(), sample.data(), sample.size()) != 0) return "";
  uchardet_data_end(d.get());
  const char* name = uchardet_get_charset(d.get());
  return name ? NormalizeLabel(name) : "";
}

// Appends UTF-8 of code point c, recording `raw` for each byte written.
void Append(UChar32 c, uint32_t raw, DecodedPage* out) {
  char buf[4];
  int32_t len = 0;
  U8_APPEND_UNSAFE(buf, len, c);
  out->text.append(buf, len);
  out->raw_of.insert(out->raw_of.end(), len, raw);
}

bool Convert(std::string_view raw, const std::string& encoding, DecodedPage* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding.c_str(), &status),
                                                        &ucnv_close);
  if (U_FAILURE(status)) return false;
  std::vector<UChar> units(raw.size() + 16);
  std::vector<int32_t> offsets(units.size());
  UChar* target = units.data();
  const char* source = raw.data();
  ucnv_toUnicode(cnv.get(), &target, units.data() + units.size(), &source,
                 raw.data() + raw.size(), offsets.data(), true, &status);
  if (U_FAILURE(status)) return false;
  const int32_t n = static_cast<int32_t>(target - units.data());
  out->text.reserve(n * 2);
  out->raw_of.reserve(n * 2);
  for (int32_t i = 0; i < n;) {
    const uint32_t at = (offsets[i] < 0 ? 0 : static_cast<uint32_t>(offsets[i])) + out->bom_bytes;
    UChar32 c;
    U16_NEXT(units.data(), i, n, c);
    if (c == 0xFFFD) ++out->replaced_bytes;
    if (U_IS_SURROGATE(c)) c = 0xFFFD;
    Append(c, at, out);
  }
  out->encoding = encoding;  // the label asked for; ICU's own names are internal
  return true;
}

}  // namespace

bool IsGzip(std::string_view b) {
  return b.size() >= 2 && static_cast<uint8_t>(b[0]) == 0x1f && static_cast<uint8_t>(b[1]) == 0x8b;
}

StatusOr<std::string> Gunzip(std::string_view origin, std::string_view bytes, size_t max_bytes) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 32) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  std::string out;
  char buf[64 * 1024];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(bytes.size());
  int rc = Z_OK;
  while (true) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return Status::OutOfRange(StrCat(origin, ": gzip content exceeds ", max_bytes, " bytes"));
    }
    if (rc == Z_STREAM_END) {
      if (z.avail_in > 0 && IsGzip(std::string_view(reinterpret_cast<char*>(z.next_in),
                                                    z.avail_in))) {
        inflateReset(&z);  // another gzip member follows
        continue;
      }
      break;
    }
    if (rc != Z_OK && !(rc == Z_BUF_ERROR && z.avail_in > 0)) break;
  }
  const size_t at = bytes.size() - z.avail_in;
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    return Status::InvalidArgument(StrCat(origin, ": ", rc == Z_BUF_ERROR ? "truncated" : "corrupt",
                                          " gzip stream at byte ", at));
  }
  return out;
}

StatusOr<std::string> GunzipMember(std::string_view origin, std::string_view bytes, size_t offset,
                                   size_t max_bytes, size_t* next) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  std::string out;
  char buf[64 * 1024];
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data() + offset));
  z.avail_in = static_cast<uInt>(bytes.size() - offset);
  int rc = Z_OK;
  while (rc == Z_OK) {
    z.next_out = reinterpret_cast<Bytef*>(buf);
    z.avail_out = sizeof buf;
    rc = inflate(&z, Z_NO_FLUSH);
    out.append(buf, sizeof buf - z.avail_out);
    if (out.size() > max_bytes) {
      inflateEnd(&z);
      return Status::OutOfRange(StrCat(origin, ": gzip member at byte ", offset, " exceeds ",
                                       max_bytes, " bytes"));
    }
  }
  *next = bytes.size() - z.avail_in;
  inflateEnd(&z);
  if (rc != Z_STREAM_END) {
    return Status::InvalidArgument(StrCat(origin, ": ", rc == Z_BUF_ERROR ? "truncated" : "corrupt",
                                          " gzip member at byte ", offset));
  }
  return out;
}

std::string GunzipPrefix(std::string_view bytes, size_t n) {
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return "";
  std::string out(n, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(bytes.data()));
  z.avail_in = static_cast<uInt>(std::min(bytes.size(), size_t{1} << 30));
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(n);
  inflate(&z, Z_SYNC_FLUSH);
  out.resize(n - z.avail_out);
  inflateEnd(&z);
  return out;
}

StatusOr<std::string> GunzipNextMember(std::string_view origin, ByteStream* in, size_t max_bytes,
                                       uint64_t* member_offset) {
  *member_offset = in->offset();
  if (in->AtEnd()) return Status::NotFound(StrCat(origin, ": no more gzip members"));
  z_stream z{};
  if (inflateInit2(&z, 15 + 16) != Z_OK) return Status::Internal("zlib: inflateInit2 failed");
  std::string out;
  bool too_big = false;
  char buf[64 * 1024];
  int rc = Z_OK;
  while (rc == Z_OK || rc == Z_BUF_ERROR) {
    const std::string_view input = in->Peek(64 * 1024);
    if (input.empty()) break;  // truncated: the input ended inside the member
    z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(input.data()));
    z.avail_in = static_cast<uInt>(input.size());
    do {
      z.next_out = reinterpret_cast<Bytef*>(buf);
      z.avail_out = sizeof buf;
      rc = inflate(&z, Z_NO_FLUSH);
      const size_t got = sizeof buf - z.avail_out;
      too_big = too_big || out.size() + got > max_bytes;
      if (!too_big) out.append(buf, got);
    } while (rc == Z_OK && z.avail_out == 0);
    in->Skip(input.size() - z.avail_in);
    if (rc == Z_BUF_ERROR && z.avail_in > 0) break;
  }
  inflateEnd(&z);
  if (rc == Z_STREAM_END) {
    if (too_big) {
      return Status::OutOfRange(StrCat(origin, ": gzip member at byte ", *member_offset,
                                       " exceeds ", max_bytes, " bytes"));
    }
    return out;
  }
  const bool truncated = in->AtEnd();
  // Go on at the next member header, if any.
  while (!in->AtEnd()) {
    const std::string_view rest = in->Peek(64 * 1024);
    const size_t magic = rest.find("\x1f\x8b\x08", rest.size() > 0 && in->offset() == *member_offset ? 1 : 0);
    if (magic != std::string_view::npos) {
      in->Skip(magic);
      break;
    }
    in->Skip(rest.size() > 2 ? rest.size() - 2 : rest.size());
  }
  return Status::InvalidArgument(StrCat(origin, ": ", truncated ? "truncated" : "corrupt",
                                        " gzip member at byte ", *member_offset));
}

uint32_t DecodedPage::RawOffset(size_t i) const {
  if (raw_of.empty()) return static_cast<uint32_t>(i) + bom_bytes;
  if (i >= raw_of.size()) return raw_size;
  return raw_of[i];
}

std::string DeclaredCharset(std::string_view bytes) {
  std::string head = AsciiLower(bytes.substr(0, 4096));
  for (size_t at = head.find("<meta"); at != std::string::npos; at = head.find("<meta", at + 5)) {
    const size_t end = head.find('>', at);
    std::string_view tag = std::string_view(head).substr(at, end == std::string::npos ? 512 : end - at);
    const size_t cs = tag.find("charset");
    if (cs == std::string_view::npos) continue;
    size_t v = cs + 7;
    while (v < tag.size() && (IsAsciiSpace(tag[v]) || tag[v] == '=' || tag[v] == '"' || tag[v] == '\'')) ++v;
    size_t e = v;
    while (e < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[e])) || tag[e] == '-' ||
                              tag[e] == '_' || tag[e] == ':' || tag[e] == '.')) {
      ++e;
    }
    if (e > v) return NormalizeLabel(std::string(tag.substr(v, e - v)));
  }
  return "";
}

DecodedPage DecodePage(std::string_view raw) {
  DecodedPage out;
  out.raw_size = static_cast<uint32_t>(raw.size());
  if (raw.starts_with("\xEF\xBB\xBF")) {
    out.bom_bytes = 3;
    raw.remove_prefix(3);
    out.how = "bom";
  } else if (raw.starts_with("\xFF\xFE") || raw.starts_with("\xFE\xFF")) {
    out.how = "bom";
    if (Convert(raw, raw[0] == '\xFF' ? "UTF-16LE" : "UTF-16BE", &out)) return out;
  }
  if (IsValidUtf8(raw)) {
    out.text.assign(raw);
    out.encoding = "UTF-8";
    if (out.how.empty()) out.how = "utf8";
    return out;
  }
  std::string encoding = DeclaredCharset(raw);
  out.how = "meta";
  if (encoding.empty() || encoding == "utf-8") {
    encoding = Detect(raw);
    out.how = "detected";
  }
  // A page declared (or detected) UTF-8 with a few bad bytes stays UTF-8, bad bytes
  // replaced; only an unknown label falls back to windows-1252.
  if (encoding.empty() || !Convert(raw, encoding, &out)) {
    out.text.clear();
    out.raw_of.clear();
    out.replaced_bytes = 0;
    out.how = "default";
    Convert(raw, "windows-1252", &out);
  }
  return out;
}

}  // namespace dossier::html
