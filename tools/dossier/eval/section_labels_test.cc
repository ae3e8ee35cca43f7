#include "tools/dossier/eval/section_labels.h"

#include <gtest/gtest.h>

namespace dossier::cli {
namespace {

TEST(SectionLabelsTest, JudgeDateAcceptsTheLabelledDateOrACoarserForm) {
  struct Case {
    std::string entry, label, want;
  };
  for (const Case& c : std::vector<Case>{
           {"2021-12-07", "2021-12-07", ""},
           {"2021-12", "2021-12-07", ""},
           {"2021", "2021-12-07", ""},
           {"2021-Q4", "2021-12-07", ""},
           {"2022-WI", "2022-01-20", ""},
           {"2021-12-07", "2021-12", "too precise"},
           {"2021-12-07", "2021", "too precise"},
           {"2021-Q4", "2021", "too precise"},
           {"2021-Q3", "2021-12-07", "other date"},
           {"2021-12-06", "2021-12-07", "other date"},
           {"2014", "2021-12-07", "other date"},
           {"2021-12-07", "none", "no event"},
       }) {
    EXPECT_EQ(JudgeDate(c.entry, c.label), c.want) << c.entry << " vs " << c.label;
  }
}

TimelineEntry Entry(const std::string& date, size_t article, uint32_t begin, uint32_t end) {
  TimelineEntry t;
  t.date = date;
  t.event.text = "event";
  t.event.cites.push_back(Citation{article, Span{begin, end}, {}});
  return t;
}

TEST(SectionLabelsTest, TimelineEntriesAreJudgedOnlyWhereTheirSentenceHoldsALabel) {
  std::vector<TimelineLabel> labels = {
      {0, "s", 1, Span{110, 120}, "1998-10-30", "day"},
      {1, "s", 2, Span{10, 20}, "none", "none"},
  };
  Briefing b;
  b.timeline = {Entry("1998-10-30", 1, 100, 200),  // right
                Entry("1998-10-29", 1, 100, 200),  // other date
                Entry("1998-10-30", 2, 0, 50),     // no event
                Entry("1998-10-30", 3, 0, 50),     // article not labelled: unjudged
                Entry("1998-10-30", 1, 300, 400)};  // sentence not labelled: unjudged
  TimelineScore s;
  ScoreTimeline(b, labels, &s, "s", nullptr);
  EXPECT_EQ(s.entries, 5);
  EXPECT_EQ(s.judged, 3);
  EXPECT_EQ(s.right, 1);
  EXPECT_EQ(s.wrong["other date"], 1);
  EXPECT_EQ(s.wrong["no event"], 1);
}

TEST(SectionLabelsTest, RepeatsAreCountedOverEntryPairsOnCloseDates) {
  RepeatLabel same{0, "s", 1, 2, Span{100, 110}, Span{0, 10}, true};
  RepeatLabel two{1, "s", 1, 3, Span{100, 110}, Span{20, 30}, false};
  Briefing b;
  b.timeline = {Entry("1998-11-30", 1, 100, 200),
                Entry("1998-11-30", 2, 0, 50),    // with the first: labelled same
                Entry("1998", 3, 20, 60),         // nested in the first's year: labelled two
                Entry("1998-12-01", 4, 0, 40),    // the next day: close, unlabelled
                Entry("1997-10-02", 5, 0, 40)};   // far from all: no pair
  RepeatScore s;
  ScoreRepeats(b, {same, two}, &s, "s", nullptr);
  EXPECT_EQ(s.entries, 5);
  // Close pairs: 1-2, 1-3, 1-4, 2-3, 2-4, 3-4 (1998 holds 1998-12-01), none with 5.
  EXPECT_EQ(s.pairs, 6);
  EXPECT_EQ(s.judged, 2);
  EXPECT_EQ(s.same, 1);
}

TEST(SectionLabelsTest, RepeatLabelsMatchTheirPairInEitherOrder) {
  RepeatLabel same{0, "s", 2, 1, Span{0, 10}, Span{100, 110}, true};  // anchors swapped
  Briefing b;
  b.timeline = {Entry("1989-02-14", 1, 100, 200), Entry("1989", 2, 0, 50)};
  RepeatScore s;
  ScoreRepeats(b, {same}, &s, "s", nullptr);
  EXPECT_EQ(s.judged, 1);
  EXPECT_EQ(s.same, 1);
}

TEST(SectionLabelsTest, UniqueStatementsAreJudgedOnlyWhereTheirSentenceHoldsALabel) {
  std::vector<UniqueLabel> labels = {
      {0, "s", 1, Span{100, 140}, "yes"},
      {1, "s", 1, Span{300, 340}, "no"},
      {2, "s", 2, Span{0, 30}, "partly"},
  };
  auto item = [](size_t article, uint32_t begin, uint32_t end) {
    BriefItem i;
    i.text = "statement";
    i.cites.push_back(Citation{article, Span{begin, end}, {}});
    return i;
  };
  Briefing b;
  b.unique = {{1, {item(1, 100, 200), item(1, 300, 400), item(1, 500, 600)}},  // yes, no, unjudged
              {2, {item(2, 0, 80)}},                                          // partly
              {3, {item(3, 100, 200)}}};  // article not labelled: unjudged
  UniqueScore s;
  ScoreUnique(b, labels, &s, "s", nullptr);
  EXPECT_EQ(s.shown, 5);
  EXPECT_EQ(s.judged, 3);
  EXPECT_EQ(s.yes, 1);
  EXPECT_EQ(s.no, 1);
  EXPECT_EQ(s.partly, 1);
  EXPECT_EQ(FormatUniqueScore(s),
            "only in one source: 5 statements on labelled stories, 3 judged; only there 1 "
            "(33%), partly 1, carried elsewhere 1; with partly 67%\n");
}

TEST(SectionLabelsTest, KeyNumbersAreJudgedByTheirFirstClaimsSentence) {
  std::vector<NumberLabel> labels = {
      {0, "s", "people killed", 1, Span{100, 140}, true, false, ""},
      {1, "s", "people killed", 2, Span{0, 30}, false, false, "mixed"},
      {2, "s", "-", 3, Span{0, 30}, false, true, ""},  // marks nothing shown: judges nothing
  };
  auto number = [](size_t article, uint32_t begin, uint32_t end,
                   const std::string& counted = "people killed") {
    KeyNumber k;
    k.counted = counted;
    QuantityClaim c;
    c.text = "12 people";
    c.at = Citation{article, Span{begin, end}, {}};
    k.claims.push_back(c);
    return k;
  };
  Briefing b;
  b.numbers = {number(1, 100, 200), number(2, 0, 80), number(1, 300, 400), KeyNumber{},
               number(1, 100, 200, "people injured"),  // same sentence, another number
               number(3, 0, 50, "-")};
  NumberScore s;
  ScoreNumbers(b, labels, &s, "s", nullptr);
  EXPECT_EQ(s.shown, 6);
  EXPECT_EQ(s.judged, 2);
  EXPECT_EQ(s.right, 1);
  EXPECT_EQ(s.wrong["mixed"], 1);
}

KeyEntity Entity(const std::string& name, const std::string& type,
                 std::vector<std::string> aliases = {}) {
  KeyEntity e;
  e.name = name;
  e.type = type;
  e.aliases = std::move(aliases);
  return e;
}

TEST(SectionLabelsTest, EntitiesAreRightOnlyWithTheLabelledNameTypeAndAliases) {
  std::vector<EntityLabel> labels = {
      {0, "s", "Aung San Suu Kyi", "person", {"Suu Kyi"}, true},
      {1, "s", "Myanmar", "place", {"Burma"}, true},
      {2, "s", "National League for Democracy", "organization", {"NLD"}, true},
      {3, "s", "China", "place", {}, false},
  };
  Briefing b;
  b.entities = {Entity("Aung San Suu Kyi", "person", {"Suu Kyi"}),  // right
                Entity("burma", "place"),                            // right (alias, case)
                Entity("NLD", "person"),                              // type
                Entity("Myanmar", "place", {"China"}),                // merged
                Entity("National Center", "person"),                  // unknown
                Entity("Suu Kyi", "person")};                         // split
  EntityScore s;
  ScoreEntities(b, labels, &s, "s", nullptr);
  EXPECT_EQ(s.reported, 6);
  EXPECT_EQ(s.right, 2);
  EXPECT_EQ(s.wrong["type"], 1);
  EXPECT_EQ(s.wrong["merged"], 1);
  EXPECT_EQ(s.wrong["unknown"], 1);
  EXPECT_EQ(s.wrong["split"], 1);
  EXPECT_EQ(s.central, 3);
  EXPECT_EQ(s.central_found, 2);  // Suu Kyi and Myanmar; the NLD was mistyped
}

TEST(SectionLabelsTest, SummarySentencesAreJudgedOnTheirLabelledSentence) {
  std::vector<ReadabilityLabel> labels = {
      {0, "s", 0, Span{0, 10}, true, true, ""},
      {1, "s", 1, Span{50, 60}, false, true, "pronoun"},
      {2, "s", 2, Span{0, 10}, true, false, ""},
  };
  auto item = [](size_t article, uint32_t begin, uint32_t end) {
    BriefItem i;
    i.text = "sentence";
    i.cites.push_back(Citation{article, Span{begin, end}, {}});
    return i;
  };
  Briefing b;
  b.summary = {item(0, 0, 40), item(1, 40, 90), item(2, 0, 30), item(3, 0, 30)};
  ReadabilityScore s;
  ScoreReadability(b, labels, &s, "s", nullptr);
  EXPECT_EQ(s.sentences, 4);
  EXPECT_EQ(s.judged, 3);      // article 3 has no label
  EXPECT_EQ(s.standalone, 2);  // the pronoun-led one is not
  EXPECT_EQ(s.on_topic, 2);
  EXPECT_EQ(s.not_standalone["pronoun"], 1);
}

}  // namespace
}  // namespace dossier::cli
