// normalize.cc: NFC and matching normalization. The Unicode work (decoding invalid
// UTF-8 to U+FFFD, NFC composition, full lower-casing) is done by ICU's Normalizer2 and
// UnicodeString; only the final folding of quote, dash and space variants to their ASCII
// forms is ours, since no ICU transform does exactly that set (it is the same folding
// search engines apply before matching: see the Unicode "confusables" and Lucene's
// ASCIIFoldingFilter). Pure-ASCII input takes a fast path that never calls ICU.
#include "src/text/normalize.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include "src/text/char_class.h"

namespace dossier::text {
namespace {

bool IsAscii(std::string_view s) {
  for (unsigned char c : s) {
    if (c >= 0x80) return false;
  }
  return true;
}

// Decodes (invalid -> U+FFFD) and composes to NFC.
icu::UnicodeString ToNfc(std::string_view utf8) {
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return s;
  icu::UnicodeString out = nfc->normalize(s, status);
  return U_SUCCESS(status) ? out : s;
}

// The matching form of one (already lower-cased) code point; -1 drops it.
UChar32 FoldForMatching(UChar32 c) {
  switch (c) {
    case 0x2018:
    case 0x2019:
    case 0x201A:
    case 0x201B:
    case 0x2032:
    case 0x2035:
    case 0x02BC:
    case 0xFF07:
      return '\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x2033:
    case 0x2036:
    case 0x00AB:
    case 0x00BB:
    case 0xFF02:
      return '"';
    case 0x2212:
    case 0x2043:
    case 0xFE63:
    case 0xFF0D:
      return '-';
    case 0x00AD:
    case 0x200B:
    case 0xFEFF:
      return -1;
    default:
      break;
  }
  if (internal::IsSpaceCp(c)) return ' ';
  if (c >= 0x80 && u_charType(c) == U_DASH_PUNCTUATION) return '-';
  return c;
}

std::string AsciiForMatching(std::string_view s) {
  std::string out(s);
  for (char& ch : out) {
    unsigned char c = static_cast<unsigned char>(ch);
    if (internal::IsAsciiUpper(c)) {
      ch = static_cast<char>(c + 32);
    } else if (internal::IsAsciiSpaceByte(c)) {
      ch = ' ';
    }
  }
  return out;
}

}  // namespace

std::string NormalizeNfc(std::string_view utf8) {
  if (IsAscii(utf8)) return std::string(utf8);
  std::string out;
  ToNfc(utf8).toUTF8String(out);
  return out;
}

std::string NormalizeForMatching(std::string_view utf8) {
  if (IsAscii(utf8)) return AsciiForMatching(utf8);
  icu::UnicodeString s = ToNfc(utf8);
  s.toLower(icu::Locale::getRoot());
  icu::UnicodeString folded;
  for (int32_t i = 0; i < s.length(); i = s.moveIndex32(i, 1)) {
    UChar32 c = FoldForMatching(s.char32At(i));
    if (c >= 0) folded.append(c);
  }
  std::string out;
  folded.toUTF8String(out);
  return out;
}

}  // namespace dossier::text
