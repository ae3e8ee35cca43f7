// lexicon.cc: loading and normalizing the boilerplate phrase list.
#include "src/extract/lexicon.h"

#include <span>

#include "src/base/embedded.h"
#include "src/base/strings.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> ExtractData();
}  // namespace dossier::embedded

namespace dossier::extract {
namespace {

Phrase::Mode ParseMode(std::string_view m) {
  if (m == "exact") return Phrase::Mode::kExact;
  if (m == "start") return Phrase::Mode::kStart;
  if (m == "weak") return Phrase::Mode::kWeak;
  return Phrase::Mode::kAny;
}

std::vector<Phrase> Load() {
  std::vector<Phrase> out;
  std::string_view data =
      embedded::Find(embedded::ExtractData(), "boilerplate_phrases.tsv");
  for (std::string_view line : ResourceLines(data)) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3) continue;
    Phrase p{ParseMode(f[1]), std::string(f[0]), NormalizeForMatch(f[2]), 0};
    p.anchor_bits = WordBloom(p.text);
    out.push_back(std::move(p));
  }
  return out;
}

}  // namespace

const std::vector<Phrase>& BoilerplatePhrases() {
  static const std::vector<Phrase>* phrases = new std::vector<Phrase>(Load());
  return *phrases;
}

std::string NormalizeForMatch(std::string_view s) {
  // Writes into a buffer sized for the worst case (the output is never longer than the
  // input) and trims it once: this runs on every paragraph of every article.
  std::string out(s.size(), '\0');
  size_t n = 0;
  bool space = false;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '\xE2' && i + 2 < s.size() && s[i + 1] == '\x80') {
      auto third = static_cast<unsigned char>(s[i + 2]);
      char mapped = third == 0x98 || third == 0x99   ? '\''
                    : third == 0x9C || third == 0x9D ? '"'
                    : third == 0x93 || third == 0x94 ? '-'
                                                     : '\0';
      if (mapped != '\0') {
        c = mapped;
        i += 2;
      }
    }
    if (IsAsciiSpace(c) || (c == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0')) {
      if (c == '\xC2') ++i;  // no-break space
      space = n > 0;
      continue;
    }
    if (space) out[n++] = ' ';
    space = false;
    out[n++] = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  out.resize(n);
  return out;
}

bool IsWordByte(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         static_cast<unsigned char>(c) >= 0x80;
}

uint64_t WordBloom(std::string_view norm) {
  uint64_t bits = 0;
  size_t i = 0;
  while (i < norm.size()) {
    while (i < norm.size() && !IsWordByte(norm[i])) ++i;
    uint64_t h = 1469598103934665603ull;  // FNV-1a of the run
    bool any = false;
    for (; i < norm.size() && IsWordByte(norm[i]); ++i) {
      h = (h ^ static_cast<unsigned char>(norm[i])) * 1099511628211ull;
      any = true;
    }
    if (any) bits |= uint64_t{1} << (h >> 58);
  }
  return bits;
}

std::string_view StripDecoration(std::string_view norm) {
  auto strip = [](char c) {
    return c == ':' || c == '.' || c == '!' || c == '|' || c == '>' || c == ' ' || c == ']' ||
           c == ')' || c == '-';
  };
  while (!norm.empty() && strip(norm.back())) norm.remove_suffix(1);
  while (!norm.empty() && (norm.front() == '[' || norm.front() == '(' || norm.front() == ' ')) {
    norm.remove_prefix(1);
  }
  return norm;
}

}  // namespace dossier::extract
