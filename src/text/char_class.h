// char_class.h: byte- and code-point-level character tests shared by the splitter and
// the tokenizer (internal to src/text).
//
// ASCII bytes are classified with a 256-entry table so the hot loops never call ICU;
// only non-ASCII code points go to ICU's property functions (u_isalpha, u_charType...).
// Decoding uses ICU's U8_NEXT macro, which maps any invalid sequence to a negative
// value and always advances, so malformed UTF-8 cannot stall or overrun a loop.
#ifndef DOSSIER_SRC_TEXT_CHAR_CLASS_H_
#define DOSSIER_SRC_TEXT_CHAR_CLASS_H_

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <string_view>

namespace dossier::text::internal {

inline bool IsAsciiAlpha(unsigned char c) { return static_cast<unsigned>((c | 0x20) - 'a') < 26u; }
inline bool IsAsciiDigit(unsigned char c) { return static_cast<unsigned>(c - '0') < 10u; }
inline bool IsAsciiAlnum(unsigned char c) { return IsAsciiAlpha(c) || IsAsciiDigit(c); }
inline bool IsAsciiUpper(unsigned char c) { return static_cast<unsigned>(c - 'A') < 26u; }
inline bool IsAsciiLower(unsigned char c) { return static_cast<unsigned>(c - 'a') < 26u; }
inline bool IsAsciiSpaceByte(unsigned char c) {
  return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

// Decodes the code point at s[*i] and advances *i past it (at least one byte).
// Returns a negative value for an invalid sequence.
// REQUIRES: *i < s.size().
inline UChar32 NextCodePoint(std::string_view s, size_t* i) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(*i);
  const int32_t length = static_cast<int32_t>(s.size());
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), pos, length, c);
  *i = static_cast<size_t>(pos);
  return c;
}

// Decodes the code point at s[i] without advancing; sets *len to its byte length.
inline UChar32 PeekCodePoint(std::string_view s, size_t i, size_t* len) {
  size_t j = i;
  UChar32 c = NextCodePoint(s, &j);
  *len = j - i;
  return c;
}

// Decodes the code point that ends just before s[i]; sets *len to its byte length.
// REQUIRES: i > 0.
inline UChar32 PrevCodePoint(std::string_view s, size_t i, size_t* len) {
  UChar32 c;
  int32_t pos = static_cast<int32_t>(i);
  U8_PREV(reinterpret_cast<const uint8_t*>(s.data()), 0, pos, c);
  *len = i - static_cast<size_t>(pos);
  return c;
}

// Unicode white space (includes NBSP, the U+2000 block, U+3000, line separators).
inline bool IsSpaceCp(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiSpaceByte(static_cast<unsigned char>(c));
  return u_isUWhiteSpace(c);
}

// Letters, combining marks and digits: the code points that make up a word.
inline bool IsWordCp(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiAlnum(static_cast<unsigned char>(c));
  return u_isalnum(c) || (U_GET_GC_MASK(c) & U_GC_M_MASK) != 0;
}

inline bool IsUpperCp(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiUpper(static_cast<unsigned char>(c));
  return u_isupper(c) || u_istitle(c);
}

inline bool IsLowerCp(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiLower(static_cast<unsigned char>(c));
  return u_islower(c);
}

// Apostrophes that may join the parts of a word (don't, O’Connor).
inline bool IsApostropheCp(UChar32 c) { return c == '\'' || c == 0x2019 || c == 0x02BC; }

// Hyphens that may join the parts of a compound (well-known); not dashes.
inline bool IsHyphenCp(UChar32 c) { return c == '-' || c == 0x2010 || c == 0x2011; }

// Quotation marks and brackets that can close a sentence after its final stop.
inline bool IsCloserCp(UChar32 c) {
  return c == '"' || c == '\'' || c == ')' || c == ']' || c == 0x201D || c == 0x2019 ||
         c == 0x00BB || c == 0x203A;
}

// Quotation marks and brackets that can open a sentence (` for the `` of LDC/PTB text).
inline bool IsOpenerCp(UChar32 c) {
  return c == '"' || c == '\'' || c == '`' || c == '(' || c == '[' || c == 0x201C || c == 0x2018 ||
         c == 0x00AB || c == 0x2039;
}

}  // namespace dossier::text::internal

#endif  // DOSSIER_SRC_TEXT_CHAR_CLASS_H_
