// End-to-end check of the extractors on the invented multi-source story in
// tests/data/facts/story (one sentence a line): the numbers a briefing would compare and
// the entities it would list, with titles counted per source.
#include <gtest/gtest.h>

#include <fstream>
#include <string>
#include <vector>

#include "src/facts/facts.h"

namespace dossier::facts {
namespace {

struct Story {
  std::vector<std::string> texts;
  std::vector<std::vector<Mention>> mentions;
  std::vector<std::vector<Quantity>> quantities;
};

Story LoadStory() {
  Story story;
  for (int i = 1; i <= 4; ++i) {
    std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/data/facts/story/" + std::to_string(i) + ".txt");
    std::string text, line;
    story.mentions.emplace_back();
    story.quantities.emplace_back();
    while (std::getline(in, line)) {
      Span span{static_cast<uint32_t>(text.size()), static_cast<uint32_t>(text.size() + line.size())};
      text += line + "\n";
      for (Mention& m : ExtractMentions(line, span)) story.mentions.back().push_back(std::move(m));
      for (Quantity& q : ExtractQuantities(line, span)) story.quantities.back().push_back(std::move(q));
    }
    story.texts.push_back(std::move(text));
  }
  return story;
}

TEST(StoryTest, FindsTheDisagreeingResidentCounts) {
  Story story = LoadStory();
  ASSERT_EQ(story.texts.size(), 4u);
  struct Want { size_t article; std::string surface; double value; QuantityBound bound; };
  const Want wants[] = {
      {0, "more than 12,000 residents", 12000, QuantityBound::kAtLeast},
      {1, "Some 15,000 people", 15000, QuantityBound::kApprox},
      {2, "About 12,500 residents", 12500, QuantityBound::kApprox},
      {3, "between 12,000 and 15,000 people", 12000, QuantityBound::kRange},
      {3, "$1.1 billion", 1.1e9, QuantityBound::kExact},
  };
  for (const Want& w : wants) {
    bool found = false;
    for (const Quantity& q : story.quantities[w.article]) {
      std::string_view surface = std::string_view(story.texts[w.article]).substr(q.span.begin, q.span.size());
      if (surface != w.surface) continue;
      found = true;
      EXPECT_DOUBLE_EQ(q.value, w.value);
      EXPECT_EQ(q.bound, w.bound) << w.surface;
    }
    EXPECT_TRUE(found) << w.surface;
  }
  for (const auto& qs : story.quantities) {
    for (const Quantity& q : qs) EXPECT_NE(q.value, 2009) << "a year is not a quantity";
  }
}

TEST(StoryTest, MergesEntitiesAndCountsTitlesPerSource) {
  Story story = LoadStory();
  std::vector<Entity> es = MergeEntities(story.mentions);
  ASSERT_FALSE(es.empty());
  EXPECT_EQ(es[0].name, "Elena Markova");
  EXPECT_EQ(es[0].type, EntityType::kPerson);
  EXPECT_EQ(es[0].article_count, 4);
  EXPECT_EQ(es[0].titles, (std::map<std::string, int>{{"President", 1}, {"Prime Minister", 2}}));
  bool eu = false, petrov = false;
  for (const Entity& e : es) {
    if (e.name == "European Union") {
      eu = true;
      EXPECT_EQ(e.article_count, 2);
      EXPECT_EQ(e.aliases, (std::vector<std::string>{"EU"}));
    }
    if (e.name == "Ivan Petrov") {
      petrov = true;
      EXPECT_EQ(e.titles, (std::map<std::string, int>{{"Interior Ministry's spokesman", 1}}));
    }
  }
  EXPECT_TRUE(eu);
  EXPECT_TRUE(petrov);
}

}  // namespace
}  // namespace dossier::facts
