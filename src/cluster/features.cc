// features.cc: article -> weighted stem terms for story clustering (see features.h).
#include "src/cluster/features.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_set>

namespace dossier::cluster {
namespace {

// Words read from a URL path at most (a path is a slug, not an article).
constexpr int kMaxUrlWords = 24;

bool IsUpperAscii(char c) { return c >= 'A' && c <= 'Z'; }

bool EndsSentence(std::string_view punct) {
  return punct == "." || punct == "?" || punct == "!" || punct == ":" || punct == "\"" ||
         punct == "--" || punct == "-";
}

// A title is in Title Case when most of its content words start with a capital; then a
// capital there says nothing about names.
bool IsTitleCase(std::string_view text, const std::vector<Token>& tokens) {
  int words = 0;
  int capitals = 0;
  for (const Token& t : tokens) {
    if (t.kind != TokenKind::kWord || t.stopword || t.norm.size() < 3) continue;
    ++words;
    if (IsUpperAscii(text[t.span.begin])) ++capitals;
  }
  return words > 0 && capitals * 2 > words;
}

struct Accumulator {
  struct Occurrence {
    uint64_t hash;
    float weight;
    bool name;
    bool operator<(const Occurrence& o) const { return hash < o.hash; }
  };
  std::vector<Occurrence> counts;
  std::unordered_set<uint64_t> outlet_words;

  // Adds the content words of `tokens` (from `text`) with `weight`; at most `max_words`.
  void AddTokens(std::string_view text, const std::vector<Token>& tokens, double weight,
                 bool names_from_case, double name_weight, int max_words) {
    bool sentence_start = true;
    int taken = 0;
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kPunct || t.kind == TokenKind::kSymbol) {
        if (EndsSentence(t.norm)) sentence_start = true;
        continue;
      }
      const bool was_start = sentence_start;
      sentence_start = false;
      if (t.stopword || t.stem.size() < 2) continue;
      if (taken++ >= max_words) break;
      const uint64_t h = HashTerm(t.stem);
      if (outlet_words.count(h)) continue;
      double w = weight;
      const bool name = names_from_case && !was_start && IsUpperAscii(text[t.span.begin]) &&
                        t.kind == TokenKind::kWord;
      if (name) w *= name_weight;
      counts.push_back({h, static_cast<float>(w), name});
    }
  }

  // `raw_tf`: a term weighs the sum of its occurrences' weights (full text); otherwise
  // 1 + ln(tf), scaled by the strongest weight the term had (a bare headline).
  TermVector Finish(bool raw_tf) {
    std::stable_sort(counts.begin(), counts.end());
    TermVector out;
    for (size_t i = 0; i < counts.size();) {
      size_t j = i;
      float sum = 0;
      float max_w = 0;
      bool name = false;
      for (; j < counts.size() && counts[j].hash == counts[i].hash; ++j) {
        sum += counts[j].weight;
        max_w = std::max(max_w, counts[j].weight);
        name = name || counts[j].name;
      }
      const float tf = sum / max_w;
      out.push_back({counts[i].hash, raw_tf ? sum : max_w * (1.0f + std::log(tf)), name});
      i = j;
    }
    return out;
  }
};

}  // namespace

uint64_t HashTerm(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool IsHeadlineOnly(const StreamArticle& article) {
  return article.text.find_first_not_of(" \t\r\n") == std::string_view::npos ||
         article.text == article.title;
}

TermVector ArticleTerms(text::Analyzer* analyzer, const StreamArticle& article,
                        const ClusterOptions& options) {
  Accumulator acc;
  std::vector<Token> tokens;
  if (!article.source.empty()) {
    analyzer->Tokenize(article.source, Span{0, static_cast<uint32_t>(article.source.size())},
                       &tokens);
    for (const Token& t : tokens) {
      if (t.kind == TokenKind::kWord && !t.stopword) acc.outlet_words.insert(HashTerm(t.stem));
    }
    // "www", "com" and the like in a host name are not words of a story either way.
    tokens.clear();
  }
  const bool headline_only = IsHeadlineOnly(article);
  analyzer->Tokenize(article.title, Span{0, static_cast<uint32_t>(article.title.size())},
                     &tokens);
  const bool title_names = !IsTitleCase(article.title, tokens);
  acc.AddTokens(article.title, tokens, headline_only ? 1.0 : options.title_weight, title_names,
                options.name_weight, 1 << 20);
  if (headline_only && !article.url.empty() && options.url_weight > 0) {
    // The path of a story's URL is often its headline as the newsroom wrote it first
    // ("/fed-plosser-says-weak-data-caused-by-weather"): words a bare headline lacks.
    std::string_view path = article.url;
    const size_t scheme = path.find("://");
    if (scheme != std::string_view::npos) path.remove_prefix(scheme + 3);
    const size_t slash = path.find('/');
    path = slash == std::string_view::npos ? std::string_view() : path.substr(slash);
    const size_t query = path.find_first_of("?#");
    if (query != std::string_view::npos) path = path.substr(0, query);
    std::string words(path);
    for (char& c : words) {
      if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) c = ' ';
    }
    tokens.clear();
    analyzer->Tokenize(words, Span{0, static_cast<uint32_t>(words.size())}, &tokens);
    acc.AddTokens(words, tokens, options.url_weight, false, 1.0, kMaxUrlWords);
  }
  if (!headline_only) {
    tokens.clear();
    // Read a little more than max_text_words bytes-wise; AddTokens stops at the count.
    const size_t bytes = std::min<size_t>(article.text.size(),
                                          static_cast<size_t>(options.max_text_words) * 12);
    analyzer->Tokenize(article.text, Span{0, static_cast<uint32_t>(bytes)}, &tokens);
    acc.AddTokens(article.text, tokens, 1.0, true, options.name_weight, options.max_text_words);
  }
  return acc.Finish(!headline_only);
}

}  // namespace dossier::cluster

namespace dossier::cluster {
namespace {

// Days from 1970-01-01 to y-m-d in the proleptic Gregorian calendar (Hinnant's
// days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// Reads `n` digits at s[pos]; -1 when they are not all digits.
int Digits(std::string_view s, size_t pos, size_t n) {
  if (pos + n > s.size()) return -1;
  int v = 0;
  for (size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return -1;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

int64_t ParseTime(std::string_view date) {
  const int y = Digits(date, 0, 4);
  const int m = Digits(date, 5, 2);
  const int d = Digits(date, 8, 2);
  if (y < 0 || m < 1 || m > 12 || d < 1 || d > 31 || date[4] != '-' || date[7] != '-') {
    return kNoTime;
  }
  int64_t t = DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) * 86400;
  if (date.size() >= 16 && (date[10] == 'T' || date[10] == ' ')) {
    const int hh = Digits(date, 11, 2);
    const int mm = Digits(date, 14, 2);
    const int ss = date.size() >= 19 ? Digits(date, 17, 2) : 0;
    if (hh >= 0 && hh < 24 && mm >= 0 && mm < 60) t += hh * 3600 + mm * 60 + std::max(ss, 0);
  }
  return t;
}

}  // namespace dossier::cluster
