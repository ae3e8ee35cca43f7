// lexicon.cc: parses the embedded word lists of resources/text/ (see README.md there)
// into hash tables keyed by string_views into the embedded bytes, so lookups never
// allocate.
#include "src/text/lexicon.h"

#include <span>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include "src/base/embedded.h"
#include "src/base/strings.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> TextResources();
}  // namespace dossier::embedded

namespace dossier::text {
namespace internal {
namespace {

struct Tables {
  std::unordered_set<std::string_view> stopwords;
  std::unordered_map<std::string_view, uint8_t> abbreviations;
  std::unordered_set<std::string_view> after_time;
  std::unordered_set<std::string_view> speech_verbs;
};

uint8_t ClassFromName(std::string_view name) {
  if (name == "title") return kAbbrevTitle;
  if (name == "number") return kAbbrevNumber;
  if (name == "final") return kAbbrevFinal;
  if (name == "inner") return kAbbrevInner;
  if (name == "time") return kAbbrevTime;
  if (name == "state") return kAbbrevState | kAbbrevFinal;
  return 0;
}

void AddAbbreviation(std::string_view line, Tables* t) {
  size_t space = line.find(' ');
  if (space == std::string_view::npos) return;
  std::string_view cls = line.substr(0, space);
  std::string_view word = StripAscii(line.substr(space + 1));
  if (cls == "aftertime") {
    t->after_time.insert(word);
  } else {
    t->abbreviations[word] |= ClassFromName(cls);
  }
}

const Tables& GetTables() {
  static const Tables* tables = [] {
    auto* t = new Tables;
    auto files = embedded::TextResources();
    for (std::string_view w : ResourceLines(embedded::Find(files, "stopwords_en.txt"))) {
      t->stopwords.insert(w);
    }
    for (std::string_view line : ResourceLines(embedded::Find(files, "abbreviations_en.txt"))) {
      AddAbbreviation(line, t);
    }
    for (std::string_view w : ResourceLines(embedded::Find(files, "speech_verbs_en.txt"))) {
      t->speech_verbs.insert(w);
    }
    return t;
  }();
  return *tables;
}

}  // namespace

uint8_t AbbreviationClasses(std::string_view word) {
  const auto& map = GetTables().abbreviations;
  auto it = map.find(word);
  return it == map.end() ? 0 : it->second;
}

bool ContinuesAfterTime(std::string_view word) { return GetTables().after_time.contains(word); }

bool IsSpeechVerb(std::string_view word) { return GetTables().speech_verbs.contains(word); }

}  // namespace internal

bool IsStopword(std::string_view norm) { return internal::GetTables().stopwords.contains(norm); }

}  // namespace dossier::text
