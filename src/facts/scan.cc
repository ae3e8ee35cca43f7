// scan.cc: a hand-written single pass over UTF-8 bytes (ICU's U8_NEXT decodes, u_isalpha
// and u_isupper classify), written by hand rather than with icu::BreakIterator because
// the extractors need glue information (no space in "F-16", "150,000-plus", "U.S.")
// that word-break rules discard, and one pass with no per-character allocation keeps
// extraction for a whole story under a few milliseconds.
#include "src/facts/scan.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace dossier::facts::internal {
namespace {

struct Decoded {
  UChar32 c;
  int32_t next;
};

Decoded DecodeAt(std::string_view text, int32_t i) {
  UChar32 c;
  int32_t n = static_cast<int32_t>(text.size());
  U8_NEXT(text.data(), i, n, c);
  return {c, i};
}

// ASCII is answered without ICU: most news text is ASCII and the property lookups
// dominated the extractors' profile.
bool IsAsciiLetter(UChar32 c) { return (c | 0x20) >= 'a' && (c | 0x20) <= 'z'; }
bool IsSpace(UChar32 c) {
  if (c < 0x80) return c == ' ' || (c >= 9 && c <= 13);
  return c == 0xA0 || u_isUWhiteSpace(c);
}
bool IsLetter(UChar32 c) {
  if (c < 0x80) return c >= 0 && IsAsciiLetter(c);
  return u_isalpha(c) || u_getCombiningClass(c) > 0;
}
bool IsUpper(UChar32 c) { return c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c)); }
bool IsDigit(UChar32 c) { return c >= '0' && c <= '9'; }
bool IsApostrophe(UChar32 c) { return c == '\'' || c == 0x2019; }
bool IsSymbol(UChar32 c) {
  return c == '$' || c == '%' || c == '+' || c == '#' || c == 0x20AC || c == 0xA3 ||
         c == 0xA5 || c == 0x20BD || c == 0x20B9 || c == 0x20B4;
}

bool AsciiAlphaAt(std::string_view t, size_t i) {
  return i < t.size() && ((t[i] | 0x20) >= 'a' && (t[i] | 0x20) <= 'z');
}

// Extends a one-letter word over ".X." chains: "U.S.", "a.m.", "D.C.".
int32_t ScanDottedAcronym(std::string_view text, int32_t end) {
  size_t j = static_cast<size_t>(end);
  while (j + 1 < text.size() && text[j] == '.' && AsciiAlphaAt(text, j + 1) &&
         !AsciiAlphaAt(text, j + 2)) {
    j += 2;
  }
  if (j == static_cast<size_t>(end)) return end;
  if (j < text.size() && text[j] == '.') ++j;
  return static_cast<int32_t>(j);
}

// Scans a word from `i`; sets possessive and returns where scanning continues.
int32_t ScanWord(std::string_view text, int32_t i, Tok* t) {
  int32_t j = i;
  int letters = 0, upper = 0;
  while (j < static_cast<int32_t>(text.size())) {
    unsigned char b = static_cast<unsigned char>(text[j]);
    if (b < 0x80 && (IsAsciiLetter(b) || IsDigit(b))) {  // fast path, no decoding
      ++letters;
      if (b <= 'Z' && b >= 'A') ++upper;
      if (IsDigit(b)) --letters;
      ++j;
      continue;
    }
    Decoded d = DecodeAt(text, j);
    if (IsLetter(d.c) || IsDigit(d.c)) {
      if (IsLetter(d.c)) ++letters;
      if (IsUpper(d.c)) ++upper;
      j = d.next;
      continue;
    }
    if (IsApostrophe(d.c) && d.next < static_cast<int32_t>(text.size())) {
      Decoded after = DecodeAt(text, d.next);
      if (!IsLetter(after.c)) break;
      Decoded after2 = after.next < static_cast<int32_t>(text.size()) ? DecodeAt(text, after.next)
                                                                       : Decoded{' ', after.next};
      if ((after.c == 's' || after.c == 'S') && !IsLetter(after2.c)) {
        t->end = static_cast<uint32_t>(j);
        t->possessive = true;
        t->all_caps = letters >= 2 && upper == letters;
        return after.next;
      }
      j = d.next;
      continue;
    }
    break;
  }
  if (letters == 1 && j - i == 1) j = ScanDottedAcronym(text, j);
  t->end = static_cast<uint32_t>(j);
  t->all_caps = letters >= 2 && upper == letters;
  return j;
}

int32_t ScanNumber(std::string_view text, int32_t i, Tok* t) {
  size_t j = static_cast<size_t>(i);
  while (j < text.size()) {
    char ch = text[j];
    if (ch >= '0' && ch <= '9') {
      ++j;
    } else if ((ch == ',' || ch == '.' || ch == ':') && j + 1 < text.size() &&
               text[j + 1] >= '0' && text[j + 1] <= '9') {
      ++j;
    } else {
      break;
    }
  }
  t->digits_end = static_cast<uint32_t>(j);
  while (AsciiAlphaAt(text, j)) ++j;  // "7th", "1990s", "10km"
  t->end = static_cast<uint32_t>(j);
  return static_cast<int32_t>(j);
}

}  // namespace

std::vector<Tok> Tokenize(std::string_view text) {
  std::vector<Tok> toks;
  toks.reserve(text.size() / 5 + 1);
  bool space = true;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(std::min<size_t>(text.size(), INT32_MAX));
  while (i < n) {
    if (text[i] == ' ') {  // fast path for the commonest byte
      space = true;
      ++i;
      continue;
    }
    Decoded d = DecodeAt(text, i);
    if (d.c >= 0 && IsSpace(d.c)) {
      space = true;
      i = d.next;
      continue;
    }
    Tok t;
    t.begin = static_cast<uint32_t>(i);
    t.space_before = space;
    space = false;
    if (IsDigit(d.c)) {
      t.type = TokType::kNumber;
      i = ScanNumber(text, i, &t);
    } else if (IsLetter(d.c)) {
      t.type = TokType::kWord;
      t.cap = IsUpper(d.c);
      i = ScanWord(text, i, &t);
    } else {
      t.type = d.c >= 0 && IsSymbol(d.c) ? TokType::kSymbol : TokType::kPunct;
      t.cp = d.c >= 0 ? static_cast<char32_t>(d.c) : 0xFFFD;
      t.end = static_cast<uint32_t>(d.next);
      i = d.next;
    }
    toks.push_back(t);
  }
  return toks;
}

void LowerInto(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

std::string Singular(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kIrregular[] = {
      {"people", "people"}, {"persons", "people"}, {"person", "people"},
      {"men", "man"},       {"women", "woman"},    {"children", "child"},
      {"feet", "foot"},     {"police", "police"},  {"news", "news"},
      {"series", "series"}, {"species", "species"}, {"data", "data"},
      {"lives", "life"},    {"wives", "wife"},     {"mice", "mouse"}};
  for (const auto& [plural, single] : kIrregular) {
    if (w == plural) return std::string(single);
  }
  auto ends = [&](std::string_view suf) { return w.size() > suf.size() + 1 && w.ends_with(suf); };
  if (ends("ies")) return std::string(w.substr(0, w.size() - 3)) + "y";
  if (ends("sses") || ends("shes") || ends("ches") || ends("xes") || ends("zes")) {
    return std::string(w.substr(0, w.size() - 2));
  }
  if (ends("s") && !ends("ss") && !ends("us") && !ends("is")) {
    return std::string(w.substr(0, w.size() - 1));
  }
  return std::string(w);
}

bool ParseDigits(std::string_view s, double* value) {
  double v = 0, scale = 0;
  bool seen_point = false, any = false;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      any = true;
      if (seen_point) {
        scale /= 10;
        v += (c - '0') * scale;
      } else {
        v = v * 10 + (c - '0');
      }
    } else if (c == '.' && !seen_point) {
      seen_point = true;
      scale = 1;
    } else if (c != ',' || seen_point) {
      return false;
    }
  }
  *value = v;
  return any;
}

}  // namespace dossier::facts::internal
