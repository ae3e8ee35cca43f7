// builtins.cc: token classes that a word list cannot express.
//
// Spelled numbers follow the usual English grammar ("twenty-four", "two hundred and
// five", "nineteen ninety-six" read as a year); digit forms check their neighbours so
// that "2.5", "1,200" or "$1990" are not read as a count or a year.
#include "src/timex/builtins.h"

#include <array>
#include <charconv>
#include <string_view>

#include "src/timex/calendar.h"

namespace dossier::timex {
namespace {

bool Glued(const std::vector<Tok>& t, size_t k) { return k > 0 && t[k].begin == t[k - 1].end; }

bool AllDigits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

// Value of a digit string of at most 9 digits, else -1.
int DigitsValue(std::string_view s) {
  if (!AllDigits(s) || s.size() > 9) return -1;
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// Value of a single spelled number word ("twenty" -> 20), else -1.
int WordValue(const Grammar& g, const std::string& w) {
  auto cls = g.classes.find("NUMBER");
  if (cls == g.classes.end()) return -1;
  auto it = cls->second.by_first_word.find(w);
  if (it == cls->second.by_first_word.end()) return -1;
  for (const LexEntry& e : it->second) {
    if (e.words.size() == 1) return DigitsValue(e.value);
  }
  return -1;
}

// Part of a digit number: "2.5" or "1,200" must not match from the middle.
bool InsideDigitNumber(const std::vector<Tok>& t, size_t pos) {
  if (pos < 2 || !Glued(t, pos)) return false;
  const std::string& p = t[pos - 1].lower;
  return (p == "." || p == ",") && Glued(t, pos - 1) && AllDigits(t[pos - 2].lower);
}

// Spelled number below 100 at pos: "seven", "twenty four", "twenty-four".
std::optional<std::pair<size_t, int>> SpelledBelow100(const Grammar& g,
                                                      const std::vector<Tok>& t, size_t pos) {
  int v = WordValue(g, t[pos].lower);
  if (v < 0 || v >= 100) return std::nullopt;
  size_t end = pos + 1;
  if (v >= 20 && v % 10 == 0) {
    size_t k = end < t.size() && t[end].lower == "-" ? end + 1 : end;
    int u = k < t.size() ? WordValue(g, t[k].lower) : -1;
    if (u >= 1 && u <= 9) return std::make_pair(k + 1, v + u);
  }
  return std::make_pair(end, v);
}

BuiltinMatch MatchNum(const Grammar& g, const std::vector<Tok>& t, size_t pos) {
  if (InsideDigitNumber(t, pos)) return std::nullopt;
  if (AllDigits(t[pos].lower) && t[pos].lower.size() <= 9) {
    size_t end = pos + 1;
    std::string v = t[pos].lower;
    while (end + 1 < t.size() && (t[end].lower == "," || t[end].lower == ".") &&
           Glued(t, end) && Glued(t, end + 1) && AllDigits(t[end + 1].lower)) {
      if (t[end].lower == ".") v += "." + t[end + 1].lower;
      else v += t[end + 1].lower;
      end += 2;
    }
    return std::make_pair(end, v);
  }
  auto low = SpelledBelow100(g, t, pos);
  if (!low) return std::nullopt;
  auto [end, v] = *low;
  if (end < t.size() && (t[end].lower == "hundred" || t[end].lower == "thousand")) {
    v *= t[end].lower == "hundred" ? 100 : 1000;
    ++end;
  }
  return std::make_pair(end, std::to_string(v));
}

BuiltinMatch MatchYear(const Grammar& g, const std::vector<Tok>& t, size_t pos) {
  const std::string& w = t[pos].lower;
  if (w.size() == 4 && AllDigits(w)) {
    int y = DigitsValue(w);
    bool money = pos > 0 && (t[pos - 1].lower == "$" || t[pos - 1].lower == "#");
    bool percent = pos + 1 < t.size() && (t[pos + 1].lower == "%" || t[pos + 1].lower == "percent");
    // "1,200,000" and "2596.72" (an index level) are amounts, not years.
    bool grouped = pos + 2 < t.size() && (t[pos + 1].lower == "," || t[pos + 1].lower == ".") &&
                   Glued(t, pos + 1) && Glued(t, pos + 2) && AllDigits(t[pos + 2].lower);
    // "888-484-1644": the last group of a telephone number (a year range, "1998-1999",
    // has four digits before the hyphen).
    bool phone = pos >= 2 && t[pos - 1].lower == "-" && Glued(t, pos) && Glued(t, pos - 1) &&
                 t[pos - 2].lower.size() == 3 && AllDigits(t[pos - 2].lower);
    if (y < 1000 || y > 2999 || money || percent || grouped || phone ||
        InsideDigitNumber(t, pos)) {
      return std::nullopt;
    }
    return std::make_pair(pos + 1, w);
  }
  if (w == "'" && pos + 1 < t.size() && Glued(t, pos + 1) && t[pos + 1].lower.size() == 2 &&
      AllDigits(t[pos + 1].lower)) {
    int yy = DigitsValue(t[pos + 1].lower);
    return std::make_pair(pos + 2, std::to_string(yy <= 30 ? 2000 + yy : 1900 + yy));
  }
  // "nineteen ninety-six", "two thousand (and) one".
  auto hi = SpelledBelow100(g, t, pos);
  if (!hi) return std::nullopt;
  if (hi->second >= 11 && hi->second <= 20 && hi->first < t.size()) {
    auto lo = SpelledBelow100(g, t, hi->first);
    if (lo && lo->second >= 10) {
      return std::make_pair(lo->first, std::to_string(hi->second * 100 + lo->second));
    }
  }
  if (hi->second == 2 && hi->first < t.size() && t[hi->first].lower == "thousand") {
    size_t end = hi->first + 1;
    size_t k = end < t.size() && t[end].lower == "and" ? end + 1 : end;
    auto lo = k < t.size() ? SpelledBelow100(g, t, k) : std::nullopt;
    if (lo && lo->second > 0) return std::make_pair(lo->first, std::to_string(2000 + lo->second));
    return std::make_pair(end, std::string("2000"));
  }
  return std::nullopt;
}

// "3rd", "21st" -> 3, 21; else -1.
int DigitOrdinal(const std::string& w) {
  if (w.size() < 3) return -1;
  std::string_view suf = std::string_view(w).substr(w.size() - 2);
  if (suf != "st" && suf != "nd" && suf != "rd" && suf != "th") return -1;
  return DigitsValue(std::string_view(w).substr(0, w.size() - 2));
}

BuiltinMatch MatchDay(const std::vector<Tok>& t, size_t pos) {
  const std::string& w = t[pos].lower;
  int d = w.size() <= 2 ? DigitsValue(w) : DigitOrdinal(w);
  if (d < 1 || d > 31 || InsideDigitNumber(t, pos)) return std::nullopt;
  // "10:30" is a clock time; "on April 25: the court..." ends a phrase.
  bool clock = pos + 2 < t.size() && Glued(t, pos + 1) && t[pos + 1].lower == ":" &&
               Glued(t, pos + 2) && AllDigits(t[pos + 2].lower);
  if (clock) return std::nullopt;
  return std::make_pair(pos + 1, std::to_string(d));
}

// "in his 30s", "their early twenties": after a possessive a decade is an age.
bool AfterPossessive(const std::vector<Tok>& t, size_t pos) {
  if (pos == 0) return false;
  static constexpr std::string_view kPossessive[] = {"his", "her", "their", "my", "your", "our"};
  for (std::string_view p : kPossessive) {
    if (t[pos - 1].lower == p) return true;
  }
  return false;
}

BuiltinMatch MatchDecade(const std::vector<Tok>& t, size_t pos) {
  if (AfterPossessive(t, pos)) return std::nullopt;
  size_t k = pos;
  if (t[k].lower == "'" && k + 1 < t.size() && Glued(t, k + 1)) ++k;
  const std::string& w = t[k].lower;
  if (w.back() != 's') return std::nullopt;
  std::string_view digits = std::string_view(w).substr(0, w.size() - 1);
  if (!AllDigits(digits) || digits.back() != '0') return std::nullopt;
  if (digits.size() == 4) return std::make_pair(k + 1, std::string(digits.substr(0, 3)));
  if (digits.size() == 2) return std::make_pair(k + 1, "19" + std::string(digits.substr(0, 1)));
  return std::nullopt;
}

// "10:30", "10:30:15", "10am", "10pm", "10.30pm" -> "10:30", "10:00am", ...
BuiltinMatch MatchClock(const std::vector<Tok>& t, size_t pos) {
  const std::string& w = t[pos].lower;
  if (w.size() >= 3 && (w.ends_with("am") || w.ends_with("pm"))) {
    int h = DigitsValue(std::string_view(w).substr(0, w.size() - 2));
    if (h >= 1 && h <= 12) return std::make_pair(pos + 1, std::to_string(h) + ":00" + w.substr(w.size() - 2));
  }
  int h = w.size() <= 2 ? DigitsValue(w) : -1;
  if (h < 0 || h > 24 || pos + 2 >= t.size() || t[pos + 1].lower != ":" || !Glued(t, pos + 1) ||
      !Glued(t, pos + 2)) {
    return std::nullopt;
  }
  std::string m = t[pos + 2].lower;
  std::string suffix;
  if (m.size() == 4 && (m.ends_with("am") || m.ends_with("pm"))) {
    suffix = m.substr(2);
    m = m.substr(0, 2);
  }
  if (m.size() != 2 || DigitsValue(m) < 0 || DigitsValue(m) > 59) return std::nullopt;
  size_t end = pos + 3;
  if (end + 1 < t.size() && t[end].lower == ":" && Glued(t, end) && Glued(t, end + 1) &&
      t[end + 1].lower.size() == 2 && AllDigits(t[end + 1].lower)) {
    end += 2;
  }
  return std::make_pair(end, std::to_string(h) + ":" + m + suffix);
}

BuiltinMatch MatchHour(const Grammar& g, const std::vector<Tok>& t, size_t pos) {
  int h = DigitsValue(t[pos].lower);
  if (h < 0 && t[pos].lower.size() > 2) return std::nullopt;
  if (h < 0) h = WordValue(g, t[pos].lower);
  if (h < 1 || h > 12 || InsideDigitNumber(t, pos)) return std::nullopt;
  return std::make_pair(pos + 1, std::to_string(h));
}

// Three numbers joined by `sep` with no spaces; returns their values.
std::optional<std::array<int, 3>> Triple(const std::vector<Tok>& t, size_t pos, const char* sep) {
  if (pos + 4 >= t.size()) return std::nullopt;
  for (size_t k = pos + 1; k <= pos + 4; ++k) {
    if (!Glued(t, k)) return std::nullopt;
  }
  if (t[pos + 1].lower != sep || t[pos + 3].lower != sep) return std::nullopt;
  std::array<int, 3> v = {DigitsValue(t[pos].lower), DigitsValue(t[pos + 2].lower),
                          DigitsValue(t[pos + 4].lower)};
  if (v[0] < 0 || v[1] < 0 || v[2] < 0) return std::nullopt;
  if (pos + 5 < t.size() && Glued(t, pos + 5) && t[pos + 5].lower == sep) return std::nullopt;
  return v;
}

BuiltinMatch MatchIsoDate(const std::vector<Tok>& t, size_t pos) {
  auto v = Triple(t, pos, "-");
  if (!v || t[pos].lower.size() != 4 || !IsValidDate((*v)[0], (*v)[1], (*v)[2])) return std::nullopt;
  return std::make_pair(pos + 5, FormatDay({(*v)[0], (*v)[1], (*v)[2]}));
}

BuiltinMatch MatchNumDate(const std::vector<Tok>& t, size_t pos) {
  auto v = Triple(t, pos, "/");
  if (!v) return std::nullopt;
  int y = (*v)[2];
  if (t[pos + 4].lower.size() == 2) y += y <= 30 ? 2000 : 1900;
  else if (t[pos + 4].lower.size() != 4) return std::nullopt;
  if (!IsValidDate(y, (*v)[0], (*v)[1])) return std::nullopt;
  return std::make_pair(pos + 5, FormatDay({y, (*v)[0], (*v)[1]}));
}

}  // namespace

BuiltinMatch MatchBuiltin(const Grammar& g, const std::string& cls,
                          const std::vector<Tok>& toks, size_t pos) {
  if (cls == "NUM") return MatchNum(g, toks, pos);
  if (cls == "YEAR") return MatchYear(g, toks, pos);
  if (cls == "DAY") return MatchDay(toks, pos);
  if (cls == "ORDNUM") {
    int v = DigitOrdinal(toks[pos].lower);
    if (v < 1) return std::nullopt;
    return std::make_pair(pos + 1, std::to_string(v));
  }
  if (cls == "WORD") {
    char c = toks[pos].lower.empty() ? ' ' : toks[pos].lower[0];
    if (c < 'a' || c > 'z' || toks[pos].capitalized) return std::nullopt;
    return std::make_pair(pos + 1, toks[pos].lower);
  }
  if (cls == "DECADE") return MatchDecade(toks, pos);
  if (cls == "CLOCK") return MatchClock(toks, pos);
  if (cls == "HOUR") return MatchHour(g, toks, pos);
  if (cls == "ISODATE") return MatchIsoDate(toks, pos);
  if (cls == "NUMDATE") return MatchNumDate(toks, pos);
  return std::nullopt;
}

bool BuiltinMayStart(const Grammar& g, const Tok& tok) {
  const std::string& w = tok.lower;
  if (w.empty()) return false;
  if ((w[0] >= '0' && w[0] <= '9') || w == "'") return true;
  return WordValue(g, w) >= 0;
}

}  // namespace dossier::timex
