// Tests of MergeEntities: aliases, acronyms, titles per article, tentative mentions.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "src/facts/facts.h"

namespace dossier::facts {
namespace {

std::vector<std::vector<Mention>> MentionsOf(const std::vector<std::string>& articles) {
  std::vector<std::vector<Mention>> out;
  for (const std::string& a : articles) {
    out.push_back(ExtractMentions(a, {0, static_cast<uint32_t>(a.size())}));
  }
  return out;
}

const Entity* FindEntity(const std::vector<Entity>& es, std::string_view name) {
  for (const Entity& e : es) {
    if (e.name == name) return &e;
  }
  return nullptr;
}

TEST(MergeEntitiesTest, JoinsLastNamesAcronymsAndCountsTitlesPerArticle) {
  std::vector<Entity> es = MergeEntities(MentionsOf({
      "President Joe Biden spoke. Later Biden met NATO officials.",
      "Vice President Joe Biden said the North Atlantic Treaty Organization would act.",
      "U.S. President Joe Biden and the US agreed.",
      "Putin said the United States was wrong.",
  }));
  const Entity* biden = FindEntity(es, "Joe Biden");
  ASSERT_NE(biden, nullptr);
  EXPECT_EQ(biden->type, EntityType::kPerson);
  EXPECT_EQ(biden->article_count, 3);
  EXPECT_EQ(biden->aliases, (std::vector<std::string>{"Biden"}));
  EXPECT_EQ(biden->titles, (std::map<std::string, int>{{"President", 2}, {"Vice President", 1}}));
  const Entity* nato = FindEntity(es, "North Atlantic Treaty Organization");
  ASSERT_NE(nato, nullptr);
  EXPECT_EQ(nato->article_count, 2);
  EXPECT_EQ(nato->aliases, (std::vector<std::string>{"NATO"}));
  const Entity* us = FindEntity(es, "United States");
  ASSERT_NE(us, nullptr);
  EXPECT_EQ(us->article_count, 2);
  EXPECT_EQ(us->aliases, (std::vector<std::string>{"U.S.", "US"}));
  EXPECT_EQ(es.front().article_count, 3);
  EXPECT_EQ(FindEntity(es, "Putin"), nullptr);  // only sentence-initial, never confirmed
}

TEST(MergeEntitiesTest, KeepsTentativeNamesConfirmedElsewhereAndAmbiguousLastNamesApart) {
  std::vector<Entity> es = MergeEntities(MentionsOf({
      "Putin spoke first. Later, Russian President Vladimir Putin left.",
      "Clinton praised the deal, and Bill Clinton and Hillary Clinton agreed.",
  }));
  const Entity* putin = FindEntity(es, "Vladimir Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->mentions.size(), 2u);
  EXPECT_EQ(putin->titles.at("President"), 1);
  ASSERT_NE(FindEntity(es, "Bill Clinton"), nullptr);
  ASSERT_NE(FindEntity(es, "Hillary Clinton"), nullptr);
  EXPECT_EQ(FindEntity(es, "Clinton"), nullptr);  // tentative and ambiguous: dropped
  const Entity* russia = FindEntity(es, "Russia");
  ASSERT_NE(russia, nullptr);
  EXPECT_TRUE(russia->demonym_only);
}

TEST(MergeEntitiesTest, DescriptionsJoinTheOneEntityTheyCanDescribe) {
  struct Case {
    const char* why;
    std::vector<std::string> articles;
    const char* entity;       // the entity the description should join, "" for none
    int article_count;        // of that entity
    const char* description;  // its alias
  };
  const Case cases[] = {
      {"named in one article, described in another",
       {"NATO ministers met in Brussels.", "The Western alliance said it would send ships."},
       "North Atlantic Treaty Organization", 2, "The Western alliance"},
      {"the world body after the United Nations",
       {"The United Nations called for a truce, and the world body sent observers."},
       "United Nations", 1, "the world body"},
      {"two central banks named: unclear, not merged",
       {"The Federal Reserve and the European Central Bank held rates.",
        "The central bank said inflation was easing."},
       "Federal Reserve", 1, ""},
      {"one central bank named: merged",
       {"The Bank of Japan kept rates low.", "Officials at the central bank said so."},
       "Bank of Japan", 2, "the central bank"},
      {"an alliance of something else is not NATO",
       {"NATO met.", "The alliance of opposition parties won."},
       "North Atlantic Treaty Organization", 1, ""},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.why);
    std::vector<Entity> es = MergeEntities(MentionsOf(c.articles));
    const Entity* e = FindEntity(es, c.entity);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->article_count, c.article_count);
    bool has = std::find(e->aliases.begin(), e->aliases.end(), c.description) != e->aliases.end();
    EXPECT_EQ(has, std::string(c.description) != "");
    // A description never becomes an entity of its own.
    for (const Entity& other : es) EXPECT_EQ(other.name.find("alliance"), std::string::npos);
    for (const Entity& other : es) EXPECT_NE(other.name, "central bank");
  }
}

TEST(MergeEntitiesTest, IsDeterministicAndSorted) {
  std::vector<std::string> arts = {"Macron met Scholz in Berlin.", "Scholz and Macron met in Paris.",
                                   "In Berlin, Olaf Scholz spoke."};
  std::vector<Entity> a = MergeEntities(MentionsOf(arts));
  std::vector<Entity> b = MergeEntities(MentionsOf(arts));
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].name, b[i].name);
  for (size_t i = 1; i < a.size(); ++i) {
    EXPECT_TRUE(a[i - 1].article_count > a[i].article_count ||
                (a[i - 1].article_count == a[i].article_count && a[i - 1].name < a[i].name));
  }
  ASSERT_NE(FindEntity(a, "Olaf Scholz"), nullptr);
  EXPECT_EQ(FindEntity(a, "Olaf Scholz")->article_count, 3);
  EXPECT_TRUE(MergeEntities({}).empty());
}

TEST(MergeEntitiesTest, APlaceThatIsTheStorysPersonsSurnameIsThatPerson) {
  struct Case {
    std::vector<std::string> articles;
    std::string entity;  // what "Jordan" belongs to
    EntityType type;
  };
  for (const Case& c : std::vector<Case>{
           // A basketball story: Michael Jordan in full in two articles, "Jordan" alone.
           {{"Michael Jordan retired again. Later Jordan spoke to reporters.",
             "Michael Jordan said the lockout hurt the league.", "Fans hoped Jordan would stay."},
            "Michael Jordan", EntityType::kPerson},
           // A Middle East story with a passing Michael Jordan: the country stays.
           {{"Officials in Jordan met the king.", "Talks with Jordan resumed in Amman.",
             "Visitors to Jordan rose.", "Michael Jordan once toured the region."},
            "Jordan", EntityType::kPlace},
       }) {
    std::vector<Entity> es = MergeEntities(MentionsOf(c.articles));
    const Entity* e = FindEntity(es, c.entity);
    ASSERT_NE(e, nullptr) << c.entity;
    EXPECT_EQ(e->type, c.type) << c.entity;
    if (c.type == EntityType::kPerson) {
      EXPECT_EQ(FindEntity(es, "Jordan"), nullptr);
    }
  }
}

TEST(MergeEntitiesTest, AWordThatOpensOnePersonsNameJoinsItUnlessItIsAGivenName) {
  struct Case {
    std::vector<std::string> articles;
    std::string alone;  // the one-word name
    bool joins;         // whether it joins the full name
    std::string full;
  };
  for (const Case& c : std::vector<Case>{
           // Names used by their first word (Malay, Arabic).
           {{"Prime Minister Mahathir Mohamad spoke in Kuala Lumpur.",
             "Critics said Mahathir had jailed his deputy."},
            "Mahathir", true, "Mahathir Mohamad"},
           {{"President Saddam Hussein addressed the nation.",
             "Officials said Saddam would not allow the inspectors back."},
            "Saddam", true, "Saddam Hussein"},
           // A given name alone is ambiguous: it stays apart.
           {{"President Joe Biden spoke.", "Later that day, Joe called the governor."},
            "Joe", false, "Joe Biden"},
       }) {
    std::vector<Entity> es = MergeEntities(MentionsOf(c.articles));
    const Entity* full = FindEntity(es, c.full);
    ASSERT_NE(full, nullptr) << c.full;
    const bool joined = std::find(full->aliases.begin(), full->aliases.end(), c.alone) !=
                        full->aliases.end();
    EXPECT_EQ(joined, c.joins) << c.alone;
  }
}

TEST(MergeEntitiesTest, NameVariantsJoinTheOnePersonOrOrganizationTheyName) {
  struct Case {
    std::vector<std::string> articles;
    std::string name;                  // the entity expected
    EntityType type;
    std::vector<std::string> aliases;  // all its other forms
  };
  const Case cases[] = {
      // A surname joins the full name named by >= 3 times as many articles as any other.
      {{"Fabio Rossetti, 49, died. Rossetti was a hairdresser.",
        "The hairdresser Fabio Rossetti, 49, died on Monday.",
        "Police said hairdresser Fabio Rossetti died.",
        "His sister, hairdresser Mirella Rossetti, said Rossetti was kind."},
       "Fabio Rossetti", EntityType::kPerson, {"Rossetti"}},
      // The last two words of a longer person name, and the name without its initial.
      {{"The actor Benicio Del Toro came. Then Del Toro said hello.", "Del Toro said no."},
       "Benicio Del Toro", EntityType::kPerson, {"Del Toro"}},
      {{"The artist Laura E. Crotty Alexander spoke.", "The artist Laura Crotty Alexander spoke."},
       "Laura E. Crotty Alexander", EntityType::kPerson, {"Laura Crotty Alexander"}},
      // A middle name, and an organization's legal form.
      {{"Agents seek Eric Robert Rudolph in the hills.", "Eric Rudolph was seen in July.",
        "Eric Rudolph is charged."},
       "Eric Robert Rudolph", EntityType::kPerson, {"Eric Rudolph"}},
      {{"Microsoft Corp. lost the case.", "The judge ruled against Microsoft on Monday."},
       "Microsoft Corp", EntityType::kOrganization, {"Microsoft"}},
      {{"Ford Motor Co. recalled the cars.", "The dealers said Ford would pay for repairs."},
       "Ford Motor Co", EntityType::kOrganization, {"Ford"}},
      // An acronym spells the parts of a hyphenated word too.
      {{"Leaders met at Asia-Pacific Economic Cooperation talks.", "The APEC forum ended."},
       "Asia-Pacific Economic Cooperation", EntityType::kOrganization, {"APEC"}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name);
    std::vector<Entity> es = MergeEntities(MentionsOf(c.articles));
    const Entity* e = FindEntity(es, c.name);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->type, c.type);
    EXPECT_EQ(e->aliases, c.aliases);
  }
}

TEST(MergeEntitiesTest, ASurnameOfTwoPeopleNamedAlikeStaysApart) {
  // 2 articles against 1 is not dominant (3x): "Rossetti" stays its own group.
  std::vector<Entity> es = MergeEntities(MentionsOf({
      "The hairdresser Fabio Rossetti died. Rossetti was 49.",
      "The hairdresser Fabio Rossetti died.",
      "His sister, hairdresser Mirella Rossetti, spoke.",
  }));
  const Entity* fabio = FindEntity(es, "Fabio Rossetti");
  ASSERT_NE(fabio, nullptr);
  EXPECT_TRUE(fabio->aliases.empty());
  EXPECT_NE(FindEntity(es, "Rossetti"), nullptr);
}

}  // namespace
}  // namespace dossier::facts
