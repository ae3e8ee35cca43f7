// decode.cc: bytes to UTF-8.
//
// Method: valid UTF-8 passes through untouched (the common case, checked with ICU's
// U8_NEXT). Text that is mostly UTF-8 with a few broken bytes (at least as many valid
// multi-byte sequences as ill-formed ones) is decoded as UTF-8 with U+FFFD for the broken bytes.
// Anything else goes to uchardet (Mozilla's universal charset detector, Li & Momoi
// 2001) and is converted with ICU's ucnv; ISO-8859-1 and an undecided detector map to
// WINDOWS-1252, as the WHATWG Encoding Standard does for web text, because Latin-1
// labelled web text almost always uses the 0x80-0x9F quote and dash bytes of cp1252.
// Every undecodable byte becomes U+FFFD and is counted by a ucnv callback.
#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <memory>

#include "src/ingest/ingest.h"

namespace dossier::ingest {
namespace {

constexpr size_t kSniffBytes = 64 * 1024;

struct Utf8Scan {
  size_t multibyte = 0;  // valid sequences of 2-4 bytes
  size_t invalid = 0;    // ill-formed sequences (each may span several bytes)
};

Utf8Scan ScanUtf8(std::string_view s) {
  Utf8Scan scan;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t length = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    int32_t start = i;
    UChar32 c;
    U8_NEXT(p, i, length, c);
    if (c < 0) {
      ++scan.invalid;
    } else if (i - start > 1) {
      ++scan.multibyte;
    }
  }
  return scan;
}

// ucnv "to Unicode" callback: counts the bytes it replaces, then substitutes U+FFFD.
void CountingSubstitute(const void* context, UConverterToUnicodeArgs* args,
                        const char* code_units, int32_t length, UConverterCallbackReason reason,
                        UErrorCode* err) {
  if (reason <= UCNV_IRREGULAR) {  // UCNV_UNASSIGNED, UCNV_ILLEGAL, UCNV_IRREGULAR
    *static_cast<uint32_t*>(const_cast<void*>(context)) += static_cast<uint32_t>(length);
  }
  UCNV_TO_U_CALLBACK_SUBSTITUTE(nullptr, args, code_units, length, reason, err);
}

// Converts with ICU; returns false if ICU has no converter named `encoding`.
bool Convert(std::string_view bytes, const std::string& encoding, Decoded* out) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, decltype(&ucnv_close)> cnv(ucnv_open(encoding.c_str(), &status),
                                                        &ucnv_close);
  if (U_FAILURE(status) || !cnv) return false;
  uint32_t replaced = 0;
  ucnv_setToUCallBack(cnv.get(), CountingSubstitute, &replaced, nullptr, nullptr, &status);
  if (U_FAILURE(status)) return false;
  int32_t length = static_cast<int32_t>(std::min<size_t>(bytes.size(), INT32_MAX));
  icu::UnicodeString unicode(bytes.data(), length, cnv.get(), status);
  if (U_FAILURE(status)) return false;
  out->text.clear();
  unicode.toUTF8String(out->text);
  out->encoding = encoding;
  out->replaced_bytes = replaced;
  return true;
}

std::string Detect(std::string_view bytes) {
  std::unique_ptr<std::remove_pointer_t<uchardet_t>, decltype(&uchardet_delete)> detector(
      uchardet_new(), &uchardet_delete);
  std::string_view sample = bytes.substr(0, kSniffBytes);
  if (uchardet_handle_data(detector.get(), sample.data(), sample.size()) != 0) return "";
  uchardet_data_end(detector.get());
  const char* name = uchardet_get_charset(detector.get());
  return name ? std::string(name) : std::string();
}

// Maps a detector verdict to the converter to use for text known not to be UTF-8.
std::string ChooseLegacyEncoding(std::string detected) {
  for (char& c : detected) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (detected.empty() || detected == "ASCII" || detected == "UTF-8" ||
      detected == "ISO-8859-1") {
    return "WINDOWS-1252";
  }
  return detected;
}

bool HasPrefix(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

}  // namespace

bool LooksBinary(std::string_view bytes) {
  if (HasPrefix(bytes, "\xFF\xFE") || HasPrefix(bytes, "\xFE\xFF")) return false;  // UTF-16
  std::string_view sample = bytes.substr(0, kSniffBytes);
  size_t control = 0;
  for (char ch : sample) {
    auto c = static_cast<unsigned char>(ch);
    if (c == 0) return true;
    if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') ++control;
  }
  return control * 10 > sample.size();
}

Decoded DecodeToUtf8(std::string_view bytes) {
  Decoded out;
  if (HasPrefix(bytes, "\xFF\xFE") || HasPrefix(bytes, "\xFE\xFF")) {
    if (Convert(bytes, "UTF-16", &out)) return out;
  }
  if (HasPrefix(bytes, "\xEF\xBB\xBF")) bytes.remove_prefix(3);
  Utf8Scan scan = ScanUtf8(bytes);
  if (scan.invalid == 0) {
    out.text = std::string(bytes);
    out.encoding = "UTF-8";
    return out;
  }
  if (scan.multibyte >= scan.invalid && Convert(bytes, "UTF-8", &out)) return out;
  if (Convert(bytes, ChooseLegacyEncoding(Detect(bytes)), &out)) return out;
  Convert(bytes, "WINDOWS-1252", &out);  // ICU always has it
  return out;
}

}  // namespace dossier::ingest
