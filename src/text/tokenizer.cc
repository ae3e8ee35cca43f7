// tokenizer.cc: a hand-written scanner, because ICU's word BreakIterator (UAX #29)
// costs a virtual call and a rule-table lookup per character and splits "150,000-plus"
// and "U.S." differently from what matching needs; news tokenization needs only a few
// rules on top of character classes (cf. the Penn Treebank tokenizer conventions):
//
//  * A word is a run of letters, marks and digits. Inside it, an apostrophe joins two
//    letters (don't, O'Connor), a hyphen joins two parts unless one of them is a plain
//    number (well-known; but 150,000 - plus and COVID - 19, so numbers stay usable),
//    a period joins one- or two-letter parts (U.S., Ph.D., a.m.), digits (3.5) and
//    lower-case domain parts (cdc.gov), a comma joins digit groups of three (175,000),
//    a colon joins hours and minutes (10:30), and "@" starts the domain of an e-mail.
//  * Runs of letters are kWord, runs of digits (with those separators) kNumber.
//  * "http://", "https://" and "www." start a URL token that runs to the next space.
//  * Everything else is one token per character (kPunct, or kSymbol for currency, math
//    and other symbols), except that runs of '.' ("...") and '-' ("--") stay together.
// ASCII bytes are classified without ICU; non-ASCII code points use ICU properties.
#include "src/text/tokenizer.h"

#include <algorithm>

#include "src/text/char_class.h"

namespace dossier::text::internal {
namespace {

// Statistics of the part of a word since the last joiner.
struct Part {
  size_t letters = 0;
  size_t digits = 0;
  bool upper = false;
  bool nonascii = false;
  bool all_digits() const { return letters == 0 && !nonascii && digits > 0; }
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<RawToken>* out) : text_(text), out_(out) {}

  void Run(size_t i);

 private:
  size_t ScanWord(size_t i);
  size_t ScanUrl(size_t i);
  size_t ScanOther(size_t i);
  size_t ConsumeUnits(size_t j, Part* part);
  bool Joins(size_t j, size_t after, const Part& part, bool number_segment, bool has_at);
  bool NextSegmentIsNumber(size_t j) const;
  size_t NextPartLetters(size_t j, bool* lower_only) const;
  void Add(size_t b, size_t e, TokenKind kind, bool address = false);

  std::string_view text_;
  std::vector<RawToken>* out_;
};

// ASCII case-insensitive prefix test without allocating (StartsWithIgnoreCase copies).
bool HasPrefixIgnoreCase(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) return false;
  for (size_t k = 0; k < lower_prefix.size(); ++k) {
    char c = s[k];
    if (IsAsciiUpper(static_cast<unsigned char>(c))) c = static_cast<char>(c + 32);
    if (c != lower_prefix[k]) return false;
  }
  return true;
}

bool IsUrlStart(std::string_view s) {
  if (s.empty() || ((s[0] | 0x20) != 'h' && (s[0] | 0x20) != 'w')) return false;
  return HasPrefixIgnoreCase(s, "http://") || HasPrefixIgnoreCase(s, "https://") ||
         HasPrefixIgnoreCase(s, "www.");
}

void Scanner::Run(size_t i) {
  while (i < text_.size()) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c < 0x80) {
      if (IsAsciiAlnum(c)) {
        i = IsUrlStart(text_.substr(i, 8)) ? ScanUrl(i) : ScanWord(i);
      } else if (c <= ' ' || c == 0x7F) {
        ++i;
      } else {
        i = ScanOther(i);
      }
      continue;
    }
    size_t len = 0;
    UChar32 cp = PeekCodePoint(text_, i, &len);
    if (IsWordCp(cp)) {
      i = ScanWord(i);
    } else if (IsSpaceCp(cp) || cp == 0x200B || cp == 0xFEFF || cp == 0x00AD) {
      i += len;
    } else {
      i = ScanOther(i);
    }
  }
}

void Scanner::Add(size_t b, size_t e, TokenKind kind, bool address) {
  RawToken t;
  t.span = Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)};
  t.kind = kind;
  t.address = address;
  t.ascii = std::all_of(text_.begin() + b, text_.begin() + e,
                        [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  out_->push_back(t);
}

// Consumes letters, marks and digits from text_[j]; returns the end.
size_t Scanner::ConsumeUnits(size_t j, Part* part) {
  while (j < text_.size()) {
    unsigned char c = static_cast<unsigned char>(text_[j]);
    if (c < 0x80) {
      if (IsAsciiDigit(c)) {
        ++part->digits;
      } else if (IsAsciiAlpha(c)) {
        ++part->letters;
        part->upper |= IsAsciiUpper(c);
      } else {
        break;
      }
      ++j;
      continue;
    }
    size_t len = 0;
    UChar32 cp = PeekCodePoint(text_, j, &len);
    if (!IsWordCp(cp)) break;
    part->nonascii = true;
    ++part->letters;
    j += len;
  }
  return j;
}

size_t Scanner::ScanWord(size_t i) {
  size_t j = i;
  bool number_segment = true, has_alpha = false, has_at = false, dotted = false;
  bool address = false;
  Part part;
  while (true) {
    part = Part{};
    j = ConsumeUnits(j, &part);
    has_alpha |= part.letters > 0;
    number_segment = number_segment && part.letters == 0;
    if (j >= text_.size()) break;
    size_t len = 0, after = 0;
    UChar32 joiner = PeekCodePoint(text_, j, &len);
    after = j + len;
    if (after >= text_.size() || !Joins(j, after, part, number_segment, has_at)) break;
    if (IsHyphenCp(joiner) || IsApostropheCp(joiner)) number_segment = true;
    if (joiner == '.' && part.letters > 0) {
      bool lower_only = false;
      dotted |= part.letters <= 2 && NextPartLetters(after, &lower_only) <= 2;
      address |= part.letters > 2 || !dotted;
    }
    if (joiner == '@') has_at = address = true;
    j = after;
  }
  // "U.S." keeps its final period when the word is a dotted abbreviation.
  if (dotted && !address && part.letters <= 2 && j < text_.size() && text_[j] == '.') {
    size_t len = 0;
    if (j + 1 >= text_.size() || !IsWordCp(PeekCodePoint(text_, j + 1, &len))) ++j;
  }
  Add(i, j, has_alpha ? TokenKind::kWord : TokenKind::kNumber, address);
  return j;
}

// True if the joiner at text_[j] continues the word; text_[after] is the next character.
bool Scanner::Joins(size_t j, size_t after, const Part& part, bool number_segment, bool has_at) {
  size_t len = 0;
  UChar32 joiner = PeekCodePoint(text_, j, &len);
  UChar32 next = PeekCodePoint(text_, after, &len);
  if (!IsWordCp(next)) return false;
  const bool next_digit = next >= '0' && next <= '9';
  const bool next_alpha = !next_digit;
  if (IsApostropheCp(joiner)) return part.letters > 0 && next_alpha && !part.all_digits();
  if (IsHyphenCp(joiner)) return !number_segment && !NextSegmentIsNumber(after);
  switch (joiner) {
    case '.': {
      if (number_segment) return next_digit;
      bool lower_only = false;
      size_t next_letters = NextPartLetters(after, &lower_only);
      if (part.letters <= 2 && part.digits == 0 && next_letters > 0 && next_letters <= 2) {
        return true;  // U.S, Ph.D, a.m
      }
      return !part.upper && lower_only && next_letters > 0;  // cdc.gov, loomwell.io
    }
    case ',':
      return number_segment && NextSegmentIsNumber(after) && after + 3 <= text_.size() &&
             std::all_of(text_.begin() + after, text_.begin() + after + 3,
                         [](char c) { return IsAsciiDigit(c); }) &&
             (after + 3 == text_.size() || !IsAsciiDigit(text_[after + 3]));
    case ':':
      return number_segment && after + 2 <= text_.size() && IsAsciiDigit(text_[after]) &&
             IsAsciiDigit(text_[after + 1]) &&
             (after + 2 == text_.size() || !IsAsciiAlnum(text_[after + 2]));
    case '@':
      return !has_at && IsAsciiAlnum(static_cast<unsigned char>(next));
    default:
      return false;
  }
}

// True if the word part starting at text_[j] is a plain number (175,000 / 3.5) that
// ends the word or is followed by a hyphen.
bool Scanner::NextSegmentIsNumber(size_t j) const {
  size_t k = j;
  while (k < text_.size() &&
         (IsAsciiDigit(text_[k]) || ((text_[k] == ',' || text_[k] == '.') && k + 1 < text_.size() &&
                                     IsAsciiDigit(text_[k + 1]) && k > j))) {
    ++k;
  }
  if (k == j) return false;
  if (k >= text_.size()) return true;
  size_t len = 0;
  return !IsWordCp(PeekCodePoint(text_, k, &len));
}

// The number of ASCII letters of the part starting at text_[j] (0 if it has anything
// else); *lower_only tells whether they are all lower case or digits.
size_t Scanner::NextPartLetters(size_t j, bool* lower_only) const {
  size_t k = j, letters = 0;
  *lower_only = true;
  while (k < text_.size() && IsAsciiAlnum(text_[k])) {
    letters += IsAsciiAlpha(text_[k]);
    *lower_only &= !IsAsciiUpper(text_[k]);
    ++k;
  }
  if (k < text_.size() && static_cast<unsigned char>(text_[k]) >= 0x80) return 0;
  return letters;
}

// A URL runs to the next white space, less trailing punctuation.
size_t Scanner::ScanUrl(size_t i) {
  size_t j = i;
  while (j < text_.size() && !IsAsciiSpaceByte(text_[j]) &&
         static_cast<unsigned char>(text_[j]) >= 0x21 &&
         static_cast<unsigned char>(text_[j]) < 0x80) {
    ++j;
  }
  while (j > i && std::string_view(".,;:!?)]}\"'").find(text_[j - 1]) != std::string_view::npos) {
    --j;
  }
  Add(i, j, TokenKind::kWord, /*address=*/true);
  return j;
}

TokenKind KindOf(UChar32 c) {
  if (c < 0) return TokenKind::kSymbol;  // invalid byte
  if (c < 0x80) {
    return std::string_view("$%#&+=<>^~|@").find(static_cast<char>(c)) != std::string_view::npos
               ? TokenKind::kSymbol
               : TokenKind::kPunct;
  }
  return (U_GET_GC_MASK(c) & U_GC_S_MASK) != 0 ? TokenKind::kSymbol : TokenKind::kPunct;
}

// One punctuation or symbol token; runs of '.' or '-' stay together.
size_t Scanner::ScanOther(size_t i) {
  size_t len = 0;
  UChar32 c = PeekCodePoint(text_, i, &len);
  size_t j = i + len;
  if (c == '.' || c == '-') {
    while (j < text_.size() && text_[j] == text_[i]) ++j;
  }
  Add(i, j, KindOf(c));
  return j;
}

}  // namespace

void ScanTokens(std::string_view text, Span span, std::vector<RawToken>* out) {
  size_t end = std::min<size_t>(span.end, text.size());
  if (span.begin >= end) return;
  Scanner(text.substr(0, end), out).Run(span.begin);
}

}  // namespace dossier::text::internal
