// stories.cc: StoryList assembly: members, label, outlets and dates per story.
#include "src/engine/stories.h"

#include <algorithm>
#include <map>
#include <set>
#include <string>
#include <unordered_map>

#include "src/text/analyzer.h"

namespace dossier::engine {
namespace {

// Lower-cased ASCII-alphanumeric words of a headline (bytes >= 0x80 kept in words),
// without stopwords and one-letter words, each once.
std::vector<std::string> HeadlineWords(const std::string& title) {
  std::set<std::string> words;
  std::string w;
  auto flush = [&] {
    if (w.size() > 1 && !text::IsStopword(w)) words.insert(w);
    w.clear();
  };
  for (char c : title) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (u >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')) {
      w += c;
    } else if (c >= 'A' && c <= 'Z') {
      w += static_cast<char>(c - 'A' + 'a');
    } else {
      flush();
    }
  }
  flush();
  return {words.begin(), words.end()};
}

std::string Snippet(const std::string& text) {
  std::string s = text.substr(0, 80);
  std::replace(s.begin(), s.end(), '\n', ' ');
  return s;
}

}  // namespace

ArticleMeta MetaOf(const Article& a) {
  ArticleMeta m;
  m.id = a.article_id;
  m.title = a.title;
  m.date = a.date;
  m.source = a.source;
  if (a.title.empty()) m.snippet = a.text.substr(0, 80);
  return m;
}

cluster::StreamArticle StreamInput(const Article& a) {
  return cluster::StreamArticle{a.title, a.text, a.source, cluster::ParseTime(a.date), a.url};
}

std::string ChooseLabel(const std::vector<const ArticleMeta*>& members) {
  std::vector<std::vector<std::string>> words;
  std::unordered_map<std::string, int> share;  // word -> headlines holding it
  for (const ArticleMeta* a : members) {
    words.push_back(HeadlineWords(a->title));
    for (const std::string& w : words.back()) ++share[w];
  }
  double best = -1;
  const ArticleMeta* label = nullptr;
  for (size_t i = 0; i < members.size(); ++i) {
    if (members[i]->title.empty()) continue;
    double sum = 0;
    for (const std::string& w : words[i]) sum += share[w];
    // The mean share of its words, with two extra words' worth of length, so a two-word
    // headline of common words does not beat a full one.
    const double score = sum / (static_cast<double>(words[i].size()) + 2);
    if (score > best) {
      best = score;
      label = members[i];
    }
  }
  if (label != nullptr) return label->title;
  return members.empty() ? "" : Snippet(members.front()->snippet);
}

Story MakeStory(uint64_t id, const std::vector<uint32_t>& members,
                const std::vector<ArticleMeta>& meta, const std::vector<PlacedArticle>& placed,
                const std::string* label) {
  Story s;
  s.id = id;
  s.size = members.size();
  std::set<std::string> outlets;
  std::vector<const ArticleMeta*> docs;
  docs.reserve(members.size());
  s.articles.reserve(members.size());
  for (uint32_t i : members) {
    const ArticleMeta& a = meta[i];
    docs.push_back(&a);
    s.articles.push_back(a.id);
    if (!a.source.empty()) outlets.insert(a.source);
    if (placed[i].undated) ++s.undated;
    if (placed[i].by == cluster::PlacedBy::kNearCopy) ++s.near_copies;
    if (a.date.empty()) continue;
    if (s.first_date.empty() || a.date < s.first_date) s.first_date = a.date;
    if (s.last_date.empty() || a.date > s.last_date) s.last_date = a.date;
  }
  s.outlets.assign(outlets.begin(), outlets.end());
  s.label = label != nullptr ? *label : ChooseLabel(docs);
  return s;
}

StoryList BuildStoryList(const std::vector<ArticleMeta>& meta,
                         const std::vector<PlacedArticle>& placed,
                         const cluster::StoryClusterer& clusterer) {
  StoryList list;
  std::map<uint64_t, std::vector<uint32_t>> members;  // story id -> article indices
  list.story_of.reserve(placed.size());
  for (size_t i = 0; i < placed.size(); ++i) {
    const uint64_t story = clusterer.StoryOf(static_cast<uint32_t>(i));
    list.story_of.push_back(story);
    members[story].push_back(static_cast<uint32_t>(i));
  }
  for (const auto& [id, indices] : members) {
    list.stories.push_back(MakeStory(id, indices, meta, placed, nullptr));
  }
  for (const cluster::StoryMerge& m : clusterer.merges()) list.merges.push_back({m.from, m.into});
  return list;
}

}  // namespace dossier::engine
