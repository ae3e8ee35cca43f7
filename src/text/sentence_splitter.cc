// sentence_splitter.cc: a rule-based sentence splitter in the tradition of the
// "Punkt"-style decision at each period (Kiss & Strunk 2006, "Unsupervised Multilingual
// Sentence Boundary Detection") but with hand-written lists instead of learned ones, and
// the newline rules of news-text cleaners.
//
// Why not ICU: icu::BreakIterator's sentence rules (UAX #29) break after every period
// followed by a space and an upper-case letter, so "Mr. Smith", "U.S. Rep. Lee" and
// "J. R. R. Tolkien" are split; the suppression lists of ICU's "ss=standard" locale
// option know only a few dozen abbreviations and nothing of context ("in the U.S. The
// next day" must split, "U.S. officials" must not). ICU is used here only for Unicode
// character properties of non-ASCII code points.
//
// Method, in one left-to-right pass over the bytes:
//  1. A candidate is a run of . ? ! or U+2026, plus the closing quotes and brackets right
//     after it, followed by white space. Stops inside tokens (3.5, U.S., example.com)
//     are never candidates.
//  2. The next token decides most cases: lower case continues the sentence ("etc. and");
//     upper case, a digit or an opening quote starts one. Periods after abbreviations are
//     refined by the class of the abbreviation (resources/text/abbreviations_en.txt):
//     titles end a sentence only after a name and before a capitalised function word
//     ("Hun Sen. The"), "final" abbreviations (Inc., U.S., initials) end one
//     only before a capitalised function word ("The", "He"), month and number
//     abbreviations never before a digit, "a.m." before anything but a time zone or day.
//  3. A quotation ending in ? or ! followed by "Name said" continues the sentence.
//     Bracketed reference numbers right after the stop ("...a disgrace."[12] Others")
//     belong to the sentence they follow. A time abbreviation ending a sentence-opening
//     phrase ("At 5 a.m. Mr. Okafor left") does not end the sentence: no sentence is only
//     "At 5 a.m.".
//  3a. Inline enumerations: "1.) The first 2.) The second", "a. Close b. Lock" and
//     "i. ... ii. ..." put each item in its own sentence. A marker is an item (and the
//     break comes before it, not after it) only when the marker before it in the
//     sequence opens the sentence being built or stands earlier in it, so "in round 2. The
//     crowd" still ends after "2.".
//  4. Line breaks: a blank line always ends a sentence; a single newline does when the
//     next line is a list item, or when the line before has no final punctuation, the
//     next one starts with a capital, and the break is not a hard wrap (the first word of
//     the next line would have fitted within the paragraph's longest line).
#include "src/text/sentence_splitter.h"

#include <algorithm>

#include "src/text/char_class.h"
#include "src/text/lexicon.h"

namespace dossier::text {
namespace {

using namespace internal;  // NOLINT: character helpers of this module

// Longest word looked at after a candidate boundary ("Wednesday" fits).
constexpr size_t kMaxWordBytes = 24;
// Lines longer than this are not hard-wrapped text: a newline after one is a break.
constexpr size_t kMaxWrapWidth = 200;
// Paragraphs whose longest line is shorter are lists of short lines, never wrapped.
constexpr size_t kMinWrapWidth = 40;

// What follows a candidate boundary.
struct NextToken {
  bool upper = false;  // starts with an upper-case letter
  bool lower = false;  // starts with a lower-case letter (and is not "iPhone")
  bool digit = false;
  bool opener = false;    // an opening quote or bracket before a capital or digit
  bool quote = false;     // the opener is a quotation mark, not a bracket
  std::string_view word;  // leading ASCII word (letters and apostrophes)
};

// The ASCII word (letters, apostrophes) starting at text[i].
std::string_view AsciiWordAt(std::string_view text, size_t i, size_t end) {
  size_t j = i;
  while (j < end && j - i < kMaxWordBytes &&
         (IsAsciiAlpha(static_cast<unsigned char>(text[j])) || text[j] == '\'')) {
    ++j;
  }
  return text.substr(i, j - i);
}

bool HasUpperAfterFirst(std::string_view word) {
  for (size_t k = 1; k < word.size(); ++k) {
    if (IsAsciiUpper(static_cast<unsigned char>(word[k]))) return true;
  }
  return false;
}

NextToken ReadNext(std::string_view text, size_t m, size_t end) {
  NextToken next;
  size_t len = 0;
  UChar32 c = PeekCodePoint(text, m, &len);
  if (IsOpenerCp(c)) {
    size_t k = m + len;
    while (k < end && IsOpenerCp(PeekCodePoint(text, k, &len))) k += len;
    if (k >= end) return next;
    UChar32 d = PeekCodePoint(text, k, &len);
    next.opener = IsUpperCp(d) || (d >= '0' && d <= '9');
    next.quote = next.opener && c != '(' && c != '[';
    return next;
  }
  if (c >= '0' && c <= '9') {
    next.digit = true;
  } else if (IsUpperCp(c)) {
    next.upper = true;
    next.word = AsciiWordAt(text, m, end);
  } else if (IsLowerCp(c)) {
    // "iPhone sales rose" and "eBay said" start sentences despite the lower case.
    next.lower = !HasUpperAfterFirst(AsciiWordAt(text, m, end));
    next.upper = !next.lower;
  }
  return next;
}

// True if `word` is a capitalised function word ("The", "He", "It's").
bool IsSentenceStarter(std::string_view word) {
  if (word.empty() || word.size() > kMaxWordBytes) return false;
  char buf[kMaxWordBytes];
  for (size_t k = 0; k < word.size(); ++k) {
    unsigned char c = static_cast<unsigned char>(word[k]);
    buf[k] = static_cast<char>(IsAsciiUpper(c) ? c + 32 : c);
  }
  return IsStopword(std::string_view(buf, word.size()));
}

// "A.B", "a.m", "Ph.D": two or more parts of one or two letters joined by periods.
bool IsDottedAbbreviation(std::string_view w) {
  size_t parts = 0, run = 0;
  for (char ch : w) {
    if (ch == '.') {
      if (run == 0) return false;
      ++parts;
      run = 0;
    } else if (IsAsciiAlpha(static_cast<unsigned char>(ch)) && run < 2) {
      ++run;
    } else {
      return false;
    }
  }
  return run > 0 && parts >= 1;
}

// "ST" -> "St" for all-capital datelines ("ST. PAUL, Minn."); 0 if not all capitals.
uint8_t ClassesOfCapitalized(std::string_view w) {
  if (w.size() < 2 || w.size() > 8) return 0;
  char buf[8];
  buf[0] = w[0];
  for (size_t k = 1; k < w.size(); ++k) {
    if (!IsAsciiUpper(static_cast<unsigned char>(w[k]))) return 0;
    buf[k] = static_cast<char>(w[k] + 32);
  }
  return AbbreviationClasses(std::string_view(buf, w.size()));
}

bool IsAllCapitals(std::string_view w) {
  return w.size() >= 2 && std::all_of(w.begin(), w.end(), [](char c) {
           return IsAsciiUpper(static_cast<unsigned char>(c));
         });
}

// The abbreviation classes of the word before a period; 0 for an ordinary word.
// `next_word` is the capitalised word after it, if any: an all-capitals abbreviation
// is looked up in title case only before another all-capitals word ("ST. PAUL", but
// not "7:30 p.m. PT. United").
uint8_t Classify(std::string_view w, std::string_view next_word) {
  if (w.find_first_of("/@") != std::string_view::npos) return 0;  // URL, e-mail
  if (uint8_t cls = AbbreviationClasses(w)) return cls;
  if (IsAllCapitals(next_word)) {
    if (uint8_t cls = ClassesOfCapitalized(w)) return cls;
  }
  size_t hyphen = w.rfind('-');
  if (hyphen != std::string_view::npos) {
    if (uint8_t cls = AbbreviationClasses(w.substr(hyphen + 1))) return cls;  // "D-Ill."
  }
  if (IsDottedAbbreviation(w)) return kAbbrevFinal;
  if (w.size() == 1 && IsAsciiUpper(static_cast<unsigned char>(w[0]))) return kAbbrevFinal;
  return 0;
}

// True if reporting words follow: up to three capitalised non-function words (a name,
// a title) and then a speech verb, as in `"Why?" Gov. Lee asked.`
bool AttributionFollows(std::string_view text, size_t m, size_t end) {
  for (int words = 0; words < 4 && m < end; ++words) {
    size_t j = m;
    while (j < end && j - m < kMaxWordBytes && !IsAsciiSpaceByte(text[j])) ++j;
    std::string_view w = text.substr(m, j - m);
    while (!w.empty() && (w.back() == '.' || w.back() == ',')) w.remove_suffix(1);
    if (words > 0 && IsSpeechVerb(w)) return true;
    if (w.empty() || !IsAsciiUpper(static_cast<unsigned char>(w[0])) ||
        IsSentenceStarter(AsciiWordAt(w, 0, w.size()))) {
      return false;
    }
    m = j;
    while (m < end && text[m] == ' ') ++m;
  }
  return false;
}

// A list marker at the start of a line: "- ", "* ", "• ", "1. ", "2) ", "a) ", "(3) ".
bool IsListMarkerAt(std::string_view text, size_t m, size_t end) {
  size_t len = 0;
  UChar32 c = PeekCodePoint(text, m, &len);
  auto space_at = [&](size_t k) { return k < end && (text[k] == ' ' || text[k] == '\t'); };
  if (c == '-' || c == '*' || c == '+' || c == 0x2022 || c == 0x00B7 || c == 0x2013 ||
      c == 0x2014 || c == 0x25AA || c == 0x25A0 || c == 0x25BA || c == 0x2043) {
    return space_at(m + len);
  }
  size_t k = m + (c == '(' ? 1 : 0);
  size_t digits = 0;
  while (k < end && IsAsciiDigit(static_cast<unsigned char>(text[k])) && digits < 3) {
    ++k;
    ++digits;
  }
  if (digits == 0) {
    if (k < end && IsAsciiAlpha(static_cast<unsigned char>(text[k]))) ++k;
    if (k == m || k >= end || text[k] != ')') return false;  // "a)" but not "A." (initial)
  }
  return k < end && (text[k] == '.' || text[k] == ')') && space_at(k + 1);
}

// The marker before `marker` in its sequence: "1" for "2", "a" for "b", "i" for "ii",
// "iv" for "v"; "" when `marker` is the first of a sequence or no marker at all.
std::string PreviousItemMarker(std::string_view marker) {
  static constexpr std::string_view kRoman[] = {"i",  "ii",  "iii", "iv", "v",
                                                "vi", "vii", "viii", "ix", "x"};
  if (std::all_of(marker.begin(), marker.end(), [](char c) { return IsAsciiDigit(c); })) {
    if (marker.size() > 2) return "";
    int n = std::stoi(std::string(marker));
    return n >= 2 ? std::to_string(n - 1) : "";
  }
  for (size_t r = 1; r < std::size(kRoman); ++r) {
    if (marker == kRoman[r]) return std::string(kRoman[r - 1]);
  }
  if (marker.size() == 1 && marker[0] > 'a' && marker[0] <= 'h') {
    return std::string(1, static_cast<char>(marker[0] - 1));
  }
  return "";
}

// True if `marker` opening a sentence before a capital is a list item's marker ("1.)",
// "2.)", "a.", "iii."): no sentence is only "b.". A bare number ("2.") is left to the
// line rules, which know "1. Stop the car." at a line start.
bool OpensItem(std::string_view marker, std::string_view tail) {
  bool digits = std::all_of(marker.begin(), marker.end(), [](char c) { return IsAsciiDigit(c); });
  if (digits) return tail == ".)" && marker.size() <= 2;
  return marker == "a" || marker == "i" || !PreviousItemMarker(marker).empty();
}

bool IsTimePreposition(std::string_view w) {
  static constexpr std::string_view kWords[] = {"At", "By", "Around", "About", "Until",
                                                "Till", "Before", "After", "Since", "From",
                                                "Shortly", "Just"};
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

class Splitter {
 public:
  Splitter(std::string_view text, Span block)
      : text_(text.substr(0, std::min<size_t>(block.end, text.size()))),
        end_(text_.size()),
        start_(std::min<size_t>(block.begin, end_)),
        para_start_(start_) {}

  std::vector<Span> Run();

 private:
  size_t OnTerminal(size_t i);
  size_t SkipReferenceMarks(size_t k) const;
  size_t InlineItemStart(size_t i, size_t after) const;
  bool OpensWithTimePhrase(size_t word_begin) const;
  bool AttributiveTime(size_t word_begin) const;
  bool ItemMarkerAt(size_t m) const;
  bool IsBoundaryAfterStop(size_t i, size_t run_end, size_t m, bool quote_closed);
  bool PeriodEndsSentence(size_t i, const NextToken& next);
  std::string_view WordBefore(size_t i) const;
  bool AtLineStart(size_t i) const;
  bool CommaBefore(size_t i) const;
  bool NameBefore(size_t i) const;
  void OnNewline(size_t i);
  bool LineBreakIsBoundary(size_t i, size_t m);
  bool LooksHardWrapped(size_t line_begin, size_t line_end, size_t m);
  size_t ParagraphWidth(size_t i);
  void Emit(size_t end);

  std::string_view text_;
  size_t end_;
  size_t start_;                  // start of the sentence being built
  size_t para_start_;             // start of the current paragraph (after the last blank line)
  size_t width_para_ = SIZE_MAX;  // paragraph whose width is cached in width_
  size_t width_ = 0;
  std::vector<Span> out_;
};

std::vector<Span> Splitter::Run() {
  size_t i = start_;
  while (i < end_) {
    unsigned char c = static_cast<unsigned char>(text_[i]);
    if (c == '.' || c == '?' || c == '!') {
      i = OnTerminal(i);
    } else if (c == 0xE2 && i + 2 < end_ && text_[i + 1] == '\x80' && text_[i + 2] == '\xA6') {
      i = OnTerminal(i);  // U+2026 HORIZONTAL ELLIPSIS
    } else {
      if (c == '\n') OnNewline(i);
      ++i;
    }
  }
  Emit(end_);
  return std::move(out_);
}

// Handles the run of stops starting at text_[i]; returns where scanning resumes.
size_t Splitter::OnTerminal(size_t i) {
  size_t j = i;
  while (j < end_) {
    char c = text_[j];
    if (c == '.' || c == '?' || c == '!') {
      ++j;
    } else if (j + 2 < end_ && text_.compare(j, 3, "\xE2\x80\xA6") == 0) {
      j += 3;
    } else {
      break;
    }
  }
  size_t k = j, len = 0;
  bool quote_closed = false;
  while (k < end_) {
    UChar32 c = PeekCodePoint(text_, k, &len);
    if (!IsCloserCp(c)) break;
    quote_closed = quote_closed || (c != ')' && c != ']');
    k += len;
  }
  k = SkipReferenceMarks(k);
  if (k < end_ && !IsSpaceCp(PeekCodePoint(text_, k, &len))) return j;  // inside a token
  size_t m = k;
  while (m < end_ && IsSpaceCp(PeekCodePoint(text_, m, &len))) m += len;
  if (j == i + 1 && text_[i] == '.' && m < end_ &&
      (IsAsciiUpper(static_cast<unsigned char>(text_[m])) || IsAsciiDigit(text_[m]))) {
    if (size_t item = InlineItemStart(i, k); item != SIZE_MAX) {
      if (item > start_) Emit(item);  // the item marker begins a sentence
      return k;
    }
  }
  if (m >= end_) return k;
  if (IsBoundaryAfterStop(i, j, m, quote_closed)) Emit(k);
  return k;
}

// REQUIRES: text_[i, run_end) is a run of stops, text_[m] the next non-space character.
bool Splitter::IsBoundaryAfterStop(size_t i, size_t run_end, size_t m, bool quote_closed) {
  NextToken next = ReadNext(text_, m, end_);
  if (next.lower) return ItemMarkerAt(m);  // "... to owners. a. A cash payment"
  std::string_view run = text_.substr(i, run_end - i);
  bool question = run.find_first_of("?!") != std::string_view::npos;
  if (question) {
    if (quote_closed && AttributionFollows(text_, m, end_)) return false;
    return next.upper || next.digit || next.opener;
  }
  if (run.size() > 1) return next.upper || next.opener;  // "..." / "…"
  return PeriodEndsSentence(i, next);
}

// REQUIRES: text_[i] is a lone period followed by white space.
bool Splitter::PeriodEndsSentence(size_t i, const NextToken& next) {
  const bool starts = next.upper || next.digit || next.opener;
  size_t len = 0;
  if (i == start_ || IsCloserCp(PrevCodePoint(text_, i, &len))) return starts;
  std::string_view w = WordBefore(i);
  if (w.empty()) return starts;
  if (w.size() <= 3 && AtLineStart(i - w.size()) &&
      std::all_of(w.begin(), w.end(), [](char c) { return IsAsciiDigit(c); })) {
    return false;  // "1. " list marker
  }
  // "(r. 1294-1320)", "b. 1950", "c. 1500", "p. 12": a lone lower-case letter before a
  // number abbreviates a word.
  if (w.size() == 1 && IsAsciiLower(static_cast<unsigned char>(w[0])) && next.digit) return false;
  uint8_t cls = Classify(w, next.word);
  if (cls == 0) return starts;
  if (cls & kAbbrevInner) return false;
  if (cls & kAbbrevTime) {
    if (OpensWithTimePhrase(i - w.size())) return false;  // "At 5 a.m. Mr. Okafor left"
    if (AttributiveTime(i - w.size())) return false;     // "the 7 p.m. Concorde from"
    return next.quote || (next.upper && !ContinuesAfterTime(next.word));
  }
  if ((cls & kAbbrevNumber) && next.digit) return false;
  // A bracket after an abbreviation is a dateline's "(AP)" or an aside, not a new sentence.
  if (cls & (kAbbrevFinal | kAbbrevNumber)) {
    if ((cls & kAbbrevState) && next.upper && CommaBefore(i - w.size())) return true;
    return next.quote || (next.upper && IsSentenceStarter(next.word));
  }
  // A title after a capitalised name is that name's last word, not a title: "... led by
  // Hun Sen. The ruling party" ends a sentence, as a final abbreviation would.
  if (next.upper && IsSentenceStarter(next.word) && NameBefore(i - w.size())) return true;
  return false;  // a title: "Mr. Smith"
}

// True if the word starting at text_[i] follows a capitalised word in the same sentence
// that is neither an abbreviation nor a function word ("Hun Sen", not "U.S. Sen." or
// "The Sen.").
bool Splitter::NameBefore(size_t i) const {
  if (i < start_ + 2 || text_[i - 1] != ' ') return false;
  std::string_view prev = WordBefore(i - 1);
  if (prev.empty() || !IsAsciiUpper(static_cast<unsigned char>(prev[0])) ||
      prev.size() > kMaxWordBytes || IsSentenceStarter(prev)) {
    return false;
  }
  return std::all_of(prev.begin(), prev.end(), [](char c) { return IsAsciiAlpha(c); });
}

// Past bracketed reference numbers at text_[k] ("[12]", "[7][8]"), if any.
size_t Splitter::SkipReferenceMarks(size_t k) const {
  size_t at = k;
  while (at < end_ && text_[at] == '[') {
    size_t d = at + 1;
    while (d < end_ && d - at <= 3 && IsAsciiDigit(static_cast<unsigned char>(text_[d]))) ++d;
    if (d == at + 1 || d >= end_ || text_[d] != ']') break;
    at = d + 1;
  }
  return at;
}

// REQUIRES: the next token after the marker starts with a capital or a digit.
// If the period at text_[i] ends an inline enumeration marker ("2." of "2.)", "b.",
// "ii.") whose predecessor in its sequence opens the current sentence or stands earlier
// in it, returns where the marker begins; else SIZE_MAX. text_[i + 1, after) holds the
// closers after the period.
size_t Splitter::InlineItemStart(size_t i, size_t after) const {
  size_t b = i;
  while (b > start_ && IsAsciiAlnum(static_cast<unsigned char>(text_[b - 1]))) --b;
  std::string_view marker = text_.substr(b, i - b);
  std::string_view tail = text_.substr(i, after - i);  // "." or ".)"
  if (marker.empty() || marker.size() > 4 || (tail != "." && tail != ".)")) return SIZE_MAX;
  if (b > start_ && text_[b - 1] != ' ' && text_[b - 1] != '\n') return SIZE_MAX;
  size_t first = start_;
  while (first < b && IsAsciiSpaceByte(text_[first])) ++first;
  if (b == first) return OpensItem(marker, tail) ? b : SIZE_MAX;
  std::string prev = PreviousItemMarker(marker);
  if (prev.empty()) return SIZE_MAX;
  std::string needle = prev + std::string(tail) + " ";
  std::string_view before = text_.substr(first, b - first);
  if (before.substr(0, needle.size()) == needle) return b;
  return before.find(" " + needle) != std::string_view::npos ? b : SIZE_MAX;
}

// True if a lower-case list marker ("a.", "ii.") followed by a capital starts at text_[m].
bool Splitter::ItemMarkerAt(size_t m) const {
  size_t e = m;
  while (e < end_ && e - m < 4 && IsAsciiLower(static_cast<unsigned char>(text_[e]))) ++e;
  if (e == m || e + 2 >= end_ || text_[e] != '.' || text_[e + 1] != ' ') return false;
  if (!IsAsciiUpper(static_cast<unsigned char>(text_[e + 2]))) return false;
  std::string_view marker = text_.substr(m, e - m);
  if (marker == "a" || marker == "i") return true;
  // Later items need their predecessor earlier in the paragraph ("U.S. v. Lyle" has no
  // "iv.").
  std::string prev = PreviousItemMarker(marker);
  if (prev.empty()) return false;
  std::string_view para = text_.substr(para_start_, m - para_start_);
  std::string needle = prev + ". ";
  for (size_t at = para.find(needle); at != std::string_view::npos;
       at = para.find(needle, at + 1)) {
    if (at == 0 || IsAsciiSpaceByte(para[at - 1])) return true;
  }
  return false;
}

// True if the sentence being built opens with a short time phrase that ends at
// `word_begin`: a preposition and at most two more words ("At 5", "Shortly after 6").
// True if the clock time ending in the word at text_[word_begin] ("p.m.") follows a
// determiner: "the 7 p.m. Concorde", "a 10 a.m. session" name a flight or a meeting by
// its time, and the noun follows.
bool Splitter::AttributiveTime(size_t word_begin) const {
  if (word_begin < start_ + 2 || text_[word_begin - 1] != ' ') return false;
  std::string_view clock = WordBefore(word_begin - 1);  // "7", "10:30"
  if (clock.empty() || !IsAsciiDigit(static_cast<unsigned char>(clock[0]))) return false;
  const size_t clock_begin = word_begin - 1 - clock.size();
  if (clock_begin < start_ + 2 || text_[clock_begin - 1] != ' ') return false;
  std::string_view det = WordBefore(clock_begin - 1);
  return det == "the" || det == "The" || det == "a" || det == "A";
}

bool Splitter::OpensWithTimePhrase(size_t word_begin) const {
  size_t first = start_;
  while (first < word_begin && IsAsciiSpaceByte(text_[first])) ++first;
  std::string_view opener = AsciiWordAt(text_, first, word_begin);
  if (!IsTimePreposition(opener)) return false;
  size_t spaces = 0;
  for (size_t k = first; k < word_begin; ++k) spaces += text_[k] == ' ';
  return spaces <= 3;
}

// The token before the period at text_[i], without leading quotes or brackets.
std::string_view Splitter::WordBefore(size_t i) const {
  size_t b = i;
  while (b > start_ && i - b < 64 && !IsAsciiSpaceByte(text_[b - 1])) --b;
  while (b < i && !IsAsciiAlnum(static_cast<unsigned char>(text_[b])) &&
         static_cast<unsigned char>(text_[b]) < 0x80) {
    ++b;
  }
  return text_.substr(b, i - b);
}

// True if the word starting at text_[i] follows ", " ("Panama City, Fla.").
bool Splitter::CommaBefore(size_t i) const {
  return i >= start_ + 2 && text_[i - 1] == ' ' && text_[i - 2] == ',';
}

bool Splitter::AtLineStart(size_t i) const {
  while (i > start_ && (text_[i - 1] == ' ' || text_[i - 1] == '\t')) --i;
  return i == start_ || text_[i - 1] == '\n';
}

void Splitter::OnNewline(size_t i) {
  size_t m = i + 1;
  bool blank = false;
  while (m < end_ && IsAsciiSpaceByte(text_[m])) blank |= text_[m++] == '\n';
  if (m >= end_) return;
  if (blank) {
    Emit(i);
    para_start_ = m;
  } else if (LineBreakIsBoundary(i, m)) {
    Emit(i);
  }
}

// REQUIRES: text_[i] is a single newline, text_[m] the first non-space of the next line.
bool Splitter::LineBreakIsBoundary(size_t i, size_t m) {
  if (IsListMarkerAt(text_, m, end_)) return true;
  size_t line_end = i;
  while (line_end > start_ && IsAsciiSpaceByte(text_[line_end - 1])) --line_end;
  if (line_end <= start_) return false;
  size_t line_begin = line_end;
  while (line_begin > start_ && text_[line_begin - 1] != '\n') --line_begin;
  size_t len = 0;
  UChar32 last = PrevCodePoint(text_, line_end, &len);
  if (last == '.' || last == '?' || last == '!' || last == 0x2026 || IsCloserCp(last) ||
      last == ',' || last == ';' || last == '&' || last == '(' || IsHyphenCp(last) || last == '/') {
    return false;  // decided by the stop rules, or clearly continued
  }
  size_t wb = line_end;
  while (wb > line_begin && text_[wb - 1] != ' ') --wb;
  if (IsStopword(text_.substr(wb, line_end - wb))) return false;  // "... of the\nSenate"
  NextToken next = ReadNext(text_, m, end_);
  if (!(next.upper || next.digit || next.opener)) return false;
  return !LooksHardWrapped(line_begin, line_end, m);
}

// True if the break after text_[line_begin, line_end) looks like a wrap: the next
// line's first word would not have fitted within the paragraph's longest line.
bool Splitter::LooksHardWrapped(size_t line_begin, size_t line_end, size_t m) {
  size_t width = ParagraphWidth(m);
  if (width > kMaxWrapWidth || width < kMinWrapWidth) return false;
  size_t word_end = m;
  while (word_end < end_ && !IsAsciiSpaceByte(text_[word_end])) ++word_end;
  size_t needed = (line_end - line_begin) + 1 + (word_end - m);
  return needed + 3 > width;
}

// The longest line (in bytes) of the paragraph containing text_[i]; cached per paragraph.
size_t Splitter::ParagraphWidth(size_t i) {
  if (width_para_ == para_start_) return width_;
  size_t width = 0, line_begin = para_start_;
  for (size_t k = para_start_; k <= end_; ++k) {
    if (k < end_ && text_[k] != '\n') continue;
    width = std::max(width, k - line_begin);
    if (k >= end_) break;
    size_t n = k + 1;
    while (n < end_ && (text_[n] == ' ' || text_[n] == '\t' || text_[n] == '\r')) ++n;
    if (n < end_ && text_[n] == '\n') break;  // blank line: end of paragraph
    line_begin = k + 1;
  }
  width_para_ = para_start_;
  width_ = width;
  return width;
}

// Ends the current sentence at `end` (trimmed) and starts the next one there.
void Splitter::Emit(size_t end) {
  size_t b = start_, e = std::max(end, start_), len = 0;
  while (b < e && IsSpaceCp(PeekCodePoint(text_, b, &len))) b += len;
  while (e > b && IsSpaceCp(PrevCodePoint(text_, e, &len))) e -= len;
  if (e > b) out_.push_back(Span{static_cast<uint32_t>(b), static_cast<uint32_t>(e)});
  start_ = std::max(end, start_);
}

}  // namespace

std::vector<Span> SplitSentences(std::string_view text, Span block) {
  if (block.begin >= block.end || block.begin >= text.size()) return {};
  return Splitter(text, block).Run();
}

}  // namespace dossier::text
