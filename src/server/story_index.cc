#include "src/server/story_index.h"

#include <algorithm>
#include <cctype>

namespace dossier::server {
namespace {

bool IsWordByte(unsigned char c) { return c >= 0x80 || std::isalnum(c) != 0; }

bool AllDigits(std::string_view s) {
  return !s.empty() && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

// Every word of `query` starts some word of `words`.
bool AllFound(const std::vector<std::string>& query, const std::vector<std::string>& words) {
  for (const std::string& q : query) {
    const bool found = std::any_of(words.begin(), words.end(), [&](const std::string& w) {
      return std::string_view(w).substr(0, q.size()) == q;
    });
    if (!found) return false;
  }
  return true;
}

}  // namespace

std::vector<std::string> QueryWords(std::string_view text) {
  std::vector<std::string> words;
  std::string w;
  auto flush = [&] {
    if (!w.empty() && std::find(words.begin(), words.end(), w) == words.end()) words.push_back(w);
    w.clear();
  };
  for (char c : text) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (IsWordByte(u)) {
      w += u < 0x80 ? static_cast<char>(std::tolower(u)) : c;
    } else {
      flush();
    }
  }
  flush();
  return words;
}

Status ValidateSince(std::string_view since) {
  if (since.empty()) return Status::Ok();
  const bool ok = (since.size() == 4 && AllDigits(since)) ||
                  (since.size() == 7 && AllDigits(since.substr(0, 4)) && since[4] == '-' &&
                   AllDigits(since.substr(5, 2))) ||
                  (since.size() == 10 && AllDigits(since.substr(0, 4)) && since[4] == '-' &&
                   AllDigits(since.substr(5, 2)) && since[7] == '-' && AllDigits(since.substr(8, 2)));
  if (ok) return Status::Ok();
  return Status::InvalidArgument("since: \"" + std::string(since.substr(0, 40)) +
                                 "\" is not a date (YYYY, YYYY-MM or YYYY-MM-DD)");
}

StoryIndex::StoryIndex(StoryList list) : list_(std::move(list)) {
  for (size_t i = 0; i < list_.stories.size(); ++i) {
    const Story& s = list_.stories[i];
    by_id_.emplace(s.id, i);
    newest_first_.push_back(&s);
    for (const ArticleId& a : s.articles) story_of_.emplace(a.value(), s.id);
  }
  for (const StoryMergeRecord& m : list_.merges) merged_into_[m.from] = m.into;
  std::sort(newest_first_.begin(), newest_first_.end(), [](const Story* a, const Story* b) {
    if (a->last_date != b->last_date) return a->last_date > b->last_date;  // "" sorts last
    return a->id > b->id;
  });
}

const Story* StoryIndex::Find(uint64_t id) const {
  // A story merges at most once, into an older one, so the chain ends.
  for (auto m = merged_into_.find(id); m != merged_into_.end(); m = merged_into_.find(id)) {
    id = m->second;
  }
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &list_.stories[it->second];
}

std::optional<uint64_t> StoryIndex::StoryOf(const ArticleId& article) const {
  auto it = story_of_.find(article.value());
  if (it == story_of_.end()) return std::nullopt;
  return it->second;
}

std::vector<const Story*> StoryIndex::Select(
    const StoryFilter& filter,
    const std::function<std::vector<std::string>(const Story&)>& headlines) const {
  std::vector<const Story*> out;
  for (const Story* s : newest_first_) {
    if (!filter.since.empty() && (s->last_date.empty() || s->last_date < filter.since)) continue;
    if (!filter.words.empty() && !AllFound(filter.words, QueryWords(s->label))) {
      std::vector<std::string> words;
      for (const std::string& h : headlines(*s)) {
        for (std::string& w : QueryWords(h)) words.push_back(std::move(w));
      }
      if (!AllFound(filter.words, words)) continue;
    }
    out.push_back(s);
  }
  return out;
}

}  // namespace dossier::server
