// ROUGE-1.5.5 text handling: sentence units, length limits, tokens, stemming.
//
// Follows ROUGE-1.5.5.pl (Lin 2004, "ROUGE: A Package for Automatic Evaluation of
// Summaries"): readText / readText_LCS apply -l and -b to the lower-cased raw units,
// then createNGram / tokenizeText_LCS do s/-/ - /g, s/[^A-Za-z0-9-]/ /g, split on
// whitespace and keep tokens starting with [a-z0-9$] — which leaves exactly the runs of
// ASCII letters and digits. Word counting for -l uses Perl's split(/\s+/), whose leading
// empty field (for a unit starting with a space) counts as a word; we keep that quirk.
// The exception table and stopword list are ROUGE's own data files, compiled in from
// resources/rouge/ (see its README).
#include "src/eval/rouge_text.h"

#include <span>
#include <unordered_map>
#include <unordered_set>

#include "src/base/embedded.h"
#include "src/base/strings.h"
#include "src/eval/porter_stemmer.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> RougeData();
}  // namespace dossier::embedded

namespace dossier::eval {
namespace {

// Perl's \s without Unicode rules: space, \t, \n, \v, \f, \r.
bool IsPerlSpace(char c) { return IsAsciiSpace(c); }

bool IsAsciiAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Perl's split(/\s+/, s): a leading separator yields an empty first field; trailing
// empty fields are dropped.
std::vector<std::string_view> PerlSplitWhitespace(std::string_view s) {
  std::vector<std::string_view> fields;
  size_t i = 0;
  while (i <= s.size()) {
    size_t j = i;
    while (j < s.size() && !IsPerlSpace(s[j])) ++j;
    fields.push_back(s.substr(i, j - i));
    if (j == s.size()) break;
    while (j < s.size() && IsPerlSpace(s[j])) ++j;
    i = j;
  }
  while (!fields.empty() && fields.back().empty()) fields.pop_back();
  return fields;
}

std::string JoinFirst(const std::vector<std::string_view>& words, size_t n) {
  std::string out;
  for (size_t i = 0; i < n && i < words.size(); ++i) {
    if (i > 0) out += ' ';
    out += words[i];
  }
  return out;
}

// Appends `piece` to `out` the way readText does: a space first unless nothing has been
// counted yet.
void AppendCounted(std::string& out, long counted, std::string_view piece) {
  if (counted != 0) out += ' ';
  out += piece;
}

std::string JoinedByWords(const std::vector<std::string>& units, long limit) {
  std::string out;
  long counted = 0;
  for (const std::string& unit : units) {
    std::vector<std::string_view> words = PerlSplitWhitespace(unit);
    long n = static_cast<long>(words.size());
    if (counted + n < limit) {
      AppendCounted(out, counted, unit);
      counted += n;
    } else {
      if (counted > 0) out += ' ';
      out += JoinFirst(words, static_cast<size_t>(limit - counted));
      break;
    }
  }
  return out;
}

std::string JoinedByBytes(const std::vector<std::string>& units, long limit) {
  std::string out;
  long counted = 0;
  for (const std::string& unit : units) {
    long n = static_cast<long>(unit.size());
    if (counted + n < limit) {
      AppendCounted(out, counted, unit);
      counted += n;
    } else {
      if (counted > 0) out += ' ';
      out += unit.substr(0, static_cast<size_t>(limit - counted));
      break;
    }
  }
  return out;
}

struct RougeResources {
  std::unordered_map<std::string, std::string> exceptions;
  std::unordered_set<std::string> stopwords;
};

// Parses the compiled-in data once. The TSV's '#' line is its header.
const RougeResources& Resources() {
  static const RougeResources* resources = [] {
    auto* r = new RougeResources;
    auto files = embedded::RougeData();
    for (std::string_view line : ResourceLines(embedded::Find(files, "rouge155_wordnet_exceptions.tsv"))) {
      size_t tab = line.find('\t');
      if (tab == std::string_view::npos) continue;
      r->exceptions.emplace(std::string(line.substr(0, tab)), std::string(line.substr(tab + 1)));
    }
    for (std::string_view line : Split(embedded::Find(files, "smart_common_words.txt"), '\n')) {
      if (!line.empty()) r->stopwords.emplace(line);
    }
    return r;
  }();
  return *resources;
}

}  // namespace

std::vector<std::string> TextToUnits(std::string_view text) {
  std::vector<std::string> units;
  for (std::string_view line : Split(text, '\n')) {
    std::string_view stripped = StripAscii(line);
    if (stripped.empty()) continue;
    std::string unit(stripped);
    for (char& c : unit) {
      if (c == '<' || c == '>') c = ' ';
    }
    units.push_back(std::move(unit));
  }
  return units;
}

std::string TruncateJoined(const std::vector<std::string>& units, int word_limit, int byte_limit) {
  if (word_limit > 0) return JoinedByWords(units, word_limit);
  if (byte_limit > 0) return JoinedByBytes(units, byte_limit);
  std::string out;
  for (size_t i = 0; i < units.size(); ++i) {
    if (i > 0) out += ' ';
    out += units[i];
  }
  return out;
}

std::vector<std::string> TruncateUnits(const std::vector<std::string>& units, int word_limit,
                                       int byte_limit) {
  if (word_limit <= 0 && byte_limit <= 0) return units;
  std::vector<std::string> out;
  long counted = 0;
  for (const std::string& unit : units) {
    if (word_limit > 0) {
      std::vector<std::string_view> words = PerlSplitWhitespace(unit);
      long n = static_cast<long>(words.size());
      if (counted + n < word_limit) {
        counted += n;
        out.push_back(unit);
        continue;
      }
      out.push_back(JoinFirst(words, static_cast<size_t>(word_limit - counted)));
      break;
    }
    // -b: ROUGE-1.5.5 compares each unit alone against the limit (its counter stays 0).
    if (static_cast<long>(unit.size()) < byte_limit) {
      out.push_back(unit);
      continue;
    }
    out.push_back(unit.substr(0, static_cast<size_t>(byte_limit)));
    break;
  }
  return out;
}

std::vector<std::string> RougeTokens(std::string_view text, const TokenOptions& options) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAsciiAlnum(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsAsciiAlnum(text[j])) ++j;
    std::string token = AsciiLower(text.substr(i, j - i));
    i = j;
    if (options.remove_stopwords && IsSmartStopword(token)) continue;
    if (options.stem && token.size() > 3) token = RougeStem(token);
    tokens.push_back(std::move(token));
  }
  return tokens;
}

std::string RougeStem(std::string_view token) {
  const auto& exceptions = Resources().exceptions;
  auto it = exceptions.find(std::string(token));
  if (it != exceptions.end()) return it->second;
  return RougePorterStem(token);
}

bool IsSmartStopword(std::string_view token) {
  return Resources().stopwords.contains(std::string(token));
}

}  // namespace dossier::eval
