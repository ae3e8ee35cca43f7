#include "src/server/story_index.h"

#include <gtest/gtest.h>

namespace dossier::server {
namespace {

Story MakeStory(uint64_t id, std::string label, std::string first, std::string last,
                std::vector<uint64_t> articles) {
  Story s;
  s.id = id;
  s.label = std::move(label);
  s.first_date = std::move(first);
  s.last_date = std::move(last);
  for (uint64_t a : articles) s.articles.push_back(ArticleId(a));
  s.size = s.articles.size();
  return s;
}

// Stories 1..4 (3 merged into 1), ids of articles 101.., as Engine::Stories lists them.
StoryList SampleList() {
  StoryList list;
  list.stories = {MakeStory(1, "Miners trapped at Kelvale colliery", "2024-05-02", "2024-05-04", {101, 102, 105}),
                  MakeStory(2, "Council approves tram extension", "2024-05-02", "2024-05-02", {103}),
                  MakeStory(4, "Okafor breaks course record", "2024-05-03", "2024-05-03", {104}),
                  MakeStory(5, "Zürich opens a new line", "", "", {106})};
  list.merges = {{3, 1}};
  list.story_of = {1, 1, 2, 4, 1, 5};
  return list;
}

std::vector<uint64_t> Ids(const std::vector<const Story*>& stories) {
  std::vector<uint64_t> ids;
  for (const Story* s : stories) ids.push_back(s->id);
  return ids;
}

TEST(StoryIndexTest, OrdersNewestFirstWithUndatedLast) {
  StoryIndex index(SampleList());
  EXPECT_EQ(Ids(index.newest_first()), (std::vector<uint64_t>{1, 4, 2, 5}));
  EXPECT_EQ(index.articles(), 6u);
}

TEST(StoryIndexTest, FindsStoriesAndFollowsMerges) {
  StoryIndex index(SampleList());
  struct Case {
    uint64_t asked;
    uint64_t want;  // 0: none
  };
  for (const Case& c : {Case{1, 1}, Case{2, 2}, Case{3, 1}, Case{5, 5}, Case{6, 0}, Case{0, 0}}) {
    const Story* s = index.Find(c.asked);
    EXPECT_EQ(s == nullptr ? 0 : s->id, c.want) << "asked " << c.asked;
  }
  EXPECT_EQ(index.StoryOf(ArticleId(105)), std::optional<uint64_t>(1));
  EXPECT_EQ(index.StoryOf(ArticleId(999)), std::nullopt);
}

TEST(StoryIndexTest, SelectsBySinceAndWordPrefixes) {
  StoryIndex index(SampleList());
  auto headlines = [](const Story& s) {
    if (s.id == 2) return std::vector<std::string>{"Northpoint residents react"};
    return std::vector<std::string>{};
  };
  struct Case {
    std::string since, q;
    std::vector<uint64_t> want;
  };
  for (const Case& c : {Case{"", "", {1, 4, 2, 5}},
                        Case{"2024-05-03", "", {1, 4}},
                        Case{"2024-05", "", {1, 4, 2}},
                        Case{"2025", "", {}},
                        Case{"", "kelvale", {1}},
                        Case{"", "MINE trap", {1}},          // prefixes, any case
                        Case{"", "northpoint", {2}},         // a member's headline
                        Case{"", "zürich", {5}},             // non-ASCII words
                        Case{"", "kelvale tram", {}},        // every word must match
                        Case{"2024-05-03", "tram", {}}}) {
    StoryFilter f{c.since, QueryWords(c.q)};
    EXPECT_EQ(Ids(index.Select(f, headlines)), c.want) << "since=" << c.since << " q=" << c.q;
  }
}

TEST(StoryIndexTest, QueryWordsLowerCaseAndDeduplicate) {
  EXPECT_EQ(QueryWords("Tram, tram! <b>Zürich</b> 2024"),
            (std::vector<std::string>{"tram", "b", "zürich", "2024"}));
  EXPECT_TRUE(QueryWords("  ,, ").empty());
}

TEST(StoryIndexTest, ValidatesSince) {
  for (const char* ok : {"", "2024", "2024-05", "2024-05-02"}) EXPECT_TRUE(ValidateSince(ok).ok()) << ok;
  for (const char* bad : {"yesterday", "2024-5-2", "20240502", "2024-05-02T00:00", "-1"}) {
    EXPECT_EQ(ValidateSince(bad).code(), StatusCode::kInvalidArgument) << bad;
  }
}

}  // namespace
}  // namespace dossier::server
