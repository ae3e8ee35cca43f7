// inline_rules.cc: credits, share bars, bylines and datelines, whole or inside a block.
//
// Method: these are the forms news pages put around the body (see the wire-service style
// guides, e.g. the AP Stylebook entries "dateline" and "byline"): a dateline is an
// upper-case place, an optional state or date and an optional agency in parentheses,
// then a dash (scrapers sometimes drop the dash and leave two spaces); a byline is "By"
// and capitalized names; a photo credit is a few capitalized names joined by slashes or
// ending in an agency. Share bars are runs of platform names. Each rule is a small
// scanner over tokens rather than one large regular expression, so that each condition
// can be tested and explained on its own.
#include <algorithm>
#include <array>
#include <regex>

#include "src/base/strings.h"
#include "src/extract/block_rules.h"
#include "src/extract/lexicon.h"

namespace dossier::extract {
namespace {

constexpr std::array<std::string_view, 16> kCreditWords = {
    "getty",       "reuters",   "afp",      "ap",        "epa",     "shutterstock",
    "bloomberg",   "wireimage", "invision", "courtesy",  "pool",    "photographer",
    "istockphoto", "istock",    "ap photo", "keystone"};

constexpr std::array<std::string_view, 14> kPlatforms = {
    "facebook", "twitter", "pinterest", "linkedin", "whatsapp", "reddit",    "tumblr",
    "google+",  "email",   "e-mail",    "share",    "tweet",    "messenger", "flipboard"};

constexpr std::array<std::string_view, 14> kShareFiller = {
    "on", "to", "a", "friend", "this", "article", "story", "print", "copy", "link", "sms",
    "|",  "-",  "shares"};

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

// Lower-case word without surrounding punctuation (keeps '+' for "google+").
std::string_view Bare(std::string_view w) {
  auto junk = [](char c) {
    return c == ',' || c == '.' || c == ':' || c == '(' || c == ')' || c == '"' || c == '\'' ||
           c == ';' || c == '[' || c == ']';
  };
  while (!w.empty() && junk(w.front())) w.remove_prefix(1);
  while (!w.empty() && junk(w.back())) w.remove_suffix(1);
  return w;
}

bool HasCreditCue(std::string_view norm, std::string_view raw) {
  static const std::regex kSlash(R"([A-Za-z]\s?/\s?[A-Z])");
  if (std::regex_search(raw.begin(), raw.end(), kSlash)) return true;
  for (std::string_view w : Split(norm, ' ')) {
    for (std::string_view part : Split(Bare(w), '/')) {
      if (In(kCreditWords, part)) return true;
    }
  }
  return false;
}

// Share of words of 4+ letters that start upper case.
double TitleCase(std::string_view s) {
  int long_words = 0, capitalized = 0;
  for (std::string_view w : Split(s, ' ')) {
    while (!w.empty() && (w.front() == '(' || w.front() == '"' || w.front() == '\'')) {
      w.remove_prefix(1);
    }
    if (w.size() < 4) continue;
    ++long_words;
    capitalized += (w.front() >= 'A' && w.front() <= 'Z') ? 1 : 0;
  }
  return long_words ? static_cast<double>(capitalized) / long_words : 0.0;
}

bool IsSocialWord(std::string_view w) { return In(kPlatforms, w) || In(kShareFiller, w); }

// Words of `s` with their byte offsets.
std::vector<std::pair<size_t, std::string_view>> Words(std::string_view s) {
  std::vector<std::pair<size_t, std::string_view>> out;
  size_t pos = 0;
  for (std::string_view w : Split(s, ' ')) {
    if (!StripAscii(w).empty()) out.push_back({pos, w});
    pos += w.size() + 1;
  }
  return out;
}

Span Sub(Span block, size_t begin, size_t end) {
  return {block.begin + static_cast<uint32_t>(begin), block.begin + static_cast<uint32_t>(end)};
}

// Trailing "(Photo: ...)" / "(Jane Doe / Staff Photographer)": the offset of '(' or npos.
size_t CreditParenthesis(std::string_view s) {
  if (s.empty() || s.back() != ')') return std::string_view::npos;
  size_t open = s.rfind('(');
  if (open == std::string_view::npos || s.size() - open > 120) return std::string_view::npos;
  std::string inner = NormalizeForMatch(s.substr(open + 1, s.size() - open - 2));
  bool credit = inner.starts_with("photo") || inner.starts_with("credit") ||
                inner.starts_with("image") || inner.starts_with("ap photo") ||
                inner.find("photographer") != std::string::npos ||
                inner.find("getty") != std::string::npos;
  return credit ? open : std::string_view::npos;
}

// Offset after the last sentence end ('.', '!', '?', closing quote) in `s`, or npos.
size_t AfterLastSentence(std::string_view s) {
  for (size_t i = s.size(); i-- > 1;) {
    char c = s[i];
    bool end = c == '.' || c == '!' || c == '?' || c == '"' ||
               (c == '\x9D' && i >= 2 && s[i - 1] == '\x80' && s[i - 2] == '\xE2');
    if (end && s[i - 1] != ' ' && i + 2 < s.size() && s[i + 1] == ' ' &&
        !(s[i + 2] >= 'a' && s[i + 2] <= 'z')) {
      return i + 1;
    }
  }
  return std::string_view::npos;
}

// A trailing credit is short, so only the paragraph's last bytes are searched: the
// scan stays proportional to the credit, not to the paragraph.
constexpr size_t kMaxTrailingCreditBytes = 240;

std::optional<Cut> TrailingCredit(std::string_view s, Span span) {
  size_t open = CreditParenthesis(s);
  if (open != std::string_view::npos && open > 0) {
    return Cut{Sub(span, open, s.size()), "photo-credit"};
  }
  size_t cut = AfterLastSentence(s);
  const size_t window = s.size() > kMaxTrailingCreditBytes ? s.size() - kMaxTrailingCreditBytes : 0;
  if (cut != std::string_view::npos && cut < window) return std::nullopt;
  for (std::string_view label : {" Photograph: ", " Photo: ", " Photo credit: "}) {
    size_t at = s.find(label, window);
    if (at != std::string_view::npos && (cut == std::string_view::npos || at >= cut)) cut = at;
  }
  if (cut == std::string_view::npos) return std::nullopt;
  std::string_view tail = StripAscii(s.substr(cut));
  std::string norm = NormalizeForMatch(tail);
  size_t words = Words(tail).size();
  bool labelled = norm.starts_with("photograph:") || norm.starts_with("photo:") ||
                  norm.starts_with("courtesy ") || norm.starts_with("image:");
  if (words == 0 || words > 8 || (!labelled && !HasCreditCue(norm, tail))) return std::nullopt;
  if (!labelled && TitleCase(tail) < 0.7) return std::nullopt;
  if (tail.back() == '.' && !labelled) return std::nullopt;
  auto begin = static_cast<size_t>(tail.data() - s.data());
  return Cut{Sub(span, begin, s.size()), "photo-credit"};
}

bool EndsWithSentence(std::string_view s) {
  s = StripAscii(s);
  return !s.empty() && (s.back() == '.' || s.back() == '!' || s.back() == '?' ||
                        s.back() == '"' || s.ends_with("\xE2\x80\x9D"));
}

// A share bar is a run of short words; only the paragraph's tail can hold one.
constexpr size_t kMaxTrailingShareBytes = 400;

// The last whitespace-separated word of `s` ("" if none).
std::string_view LastWord(std::string_view s) {
  s = StripAscii(s);
  size_t space = s.find_last_of(" \t\n\r");
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// The first whitespace-separated word of `s` ("" if none).
std::string_view FirstWord(std::string_view s) {
  s = StripAscii(s);
  return s.substr(0, s.find_first_of(" \t\n\r"));
}

std::optional<Cut> TrailingShare(std::string_view s, Span span) {
  // Nearly every paragraph ends in prose: decide that from the last word alone.
  if (!IsSocialWord(AsciiLower(Bare(LastWord(s))))) return std::nullopt;
  size_t skip = 0;
  if (s.size() > kMaxTrailingShareBytes) {
    skip = s.find(' ', s.size() - kMaxTrailingShareBytes);
    if (skip == std::string_view::npos) return std::nullopt;
    skip += 1;
  }
  auto words = Words(s.substr(skip));
  for (auto& w : words) w.first += skip;
  size_t first = words.size();
  int platforms = 0;
  while (first > 0 && IsSocialWord(AsciiLower(Bare(words[first - 1].second)))) {
    platforms += In(kPlatforms, AsciiLower(Bare(words[first - 1].second))) ? 1 : 0;
    --first;
  }
  if (words.size() - first < 3 || platforms < 2 || (first == 0 && skip == 0)) return std::nullopt;
  if (!EndsWithSentence(s.substr(0, words[first].first))) return std::nullopt;
  return Cut{Sub(span, words[first].first, s.size()), "share-bar"};
}

}  // namespace

bool HasInnerSentenceEnd(std::string_view raw) {
  size_t end = AfterLastSentence(raw);
  return end != std::string_view::npos && end + 1 < raw.size();
}

bool IsPhotoCreditLine(const BlockInfo& b, std::string_view raw, const CleanOptions& options) {
  if (b.terminal || b.words > options.max_credit_words || b.title_case < 0.7) return false;
  return !HasInnerSentenceEnd(raw) && HasCreditCue(b.norm, raw);
}

// Longest block taken for a share bar: a run of platform names and filler words.
constexpr size_t kMaxShareBarBytes = 400;

bool IsShareBar(std::string_view norm) {
  if (norm.size() > kMaxShareBarBytes) return false;
  int platforms = 0, words = 0;
  for (std::string_view w : Split(norm, ' ')) {
    std::string_view bare = Bare(w);
    if (bare.empty()) continue;
    ++words;
    if (!IsSocialWord(bare)) return false;
    platforms += In(kPlatforms, bare) ? 1 : 0;
  }
  return platforms >= 1 && words >= 1;
}

std::optional<Cut> TrailingCut(std::string_view text, Span span) {
  std::string_view s = text.substr(span.begin, span.size());
  if (auto cut = TrailingShare(s, span)) return cut;
  return TrailingCredit(s, span);
}

std::optional<Cut> LeadingCut(std::string_view text, Span span) {
  std::string_view s = text.substr(span.begin, span.size());
  if (!In(kPlatforms, AsciiLower(Bare(FirstWord(s))))) return std::nullopt;
  // A leading share bar is a few words: look at the block's head only.
  auto words = Words(s.substr(0, std::min<size_t>(s.size(), kMaxShareBarBytes)));
  size_t n = 0;
  while (n < words.size() && In(kPlatforms, AsciiLower(Bare(words[n].second)))) ++n;
  if (n < 3 || n == words.size()) return std::nullopt;
  return Cut{Sub(span, 0, words[n].first), "share-bar"};
}

}  // namespace dossier::extract
