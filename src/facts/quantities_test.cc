// Table-driven tests of ExtractQuantities on varied news-style sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/facts/facts.h"

namespace dossier::facts {
namespace {

using B = QuantityBound;
using K = QuantityKind;

std::vector<Quantity> Extract(std::string_view text) {
  return ExtractQuantities(text, {0, static_cast<uint32_t>(text.size())});
}

std::string Slice(std::string_view text, Span s) { return std::string(text.substr(s.begin, s.size())); }

struct Want {
  std::string surface;
  double value;
  B bound;
  K kind;
  std::string unit;
  std::string counted;
  double value_high = 0;
  bool projection = false;
};

void ExpectQuantities(std::string_view text, const std::vector<Want>& want) {
  SCOPED_TRACE(text);
  std::vector<Quantity> got = Extract(text);
  ASSERT_EQ(got.size(), want.size());
  for (size_t i = 0; i < want.size(); ++i) {
    const Quantity& q = got[i];
    const Want& w = want[i];
    EXPECT_EQ(Slice(text, q.span), w.surface);
    EXPECT_DOUBLE_EQ(q.value, w.value) << w.surface;
    EXPECT_EQ(BoundName(q.bound), std::string(BoundName(w.bound))) << w.surface;
    EXPECT_EQ(KindName(q.kind), std::string(KindName(w.kind))) << w.surface;
    EXPECT_EQ(q.unit, w.unit) << w.surface;
    EXPECT_EQ(q.counted, w.counted) << w.surface;
    EXPECT_DOUBLE_EQ(q.value_high, w.value_high) << w.surface;
    EXPECT_EQ(q.projection, w.projection) << w.surface;
  }
}

TEST(ExtractQuantitiesTest, ReadsBoundsFromQualifiers) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Russia has massed 150,000-plus troops near Ukraine.",
       {{"150,000-plus troops", 150000, B::kAtLeast, K::kCount, "troop", "troop"}}},
      {"Officials counted more than 90,000 Russian troops near the border.",
       {{"more than 90,000 Russian troops", 90000, B::kAtLeast, K::kCount, "troop", "russian troop"}}},
      {"The force numbers up to 175,000 troops, officials said.",
       {{"up to 175,000 troops", 175000, B::kAtMost, K::kCount, "troop", "troop"}}},
      {"Some 40 people were hurt and fewer than 10 buildings burned.",
       {{"Some 40 people", 40, B::kApprox, K::kCount, "people", "people"},
        {"fewer than 10 buildings", 10, B::kAtMost, K::kCount, "building", "building"}}},
      {"An estimated 2,500 fans attended, nearly 300 more than last time.",
       {{"An estimated 2,500 fans", 2500, B::kApprox, K::kCount, "fan", "fan"},
        {"nearly 300", 300, B::kApprox, K::kCount, "", ""}}},
      {"At least 12 miners died.", {{"At least 12 miners", 12, B::kAtLeast, K::kCount, "miner", "miner"}}},
      {"The fossil is ~400 mm long and the team hit .229 this year.",
       {{"~400 mm", 400, B::kApprox, K::kMeasure, "millimeter", "millimeter"},
        {".229", 0.229, B::kExact, K::kCount, "", ""}}},
      // An irregular past tense ends the counted phrase (resources/facts/verb_forms.txt).
      {"The end of his 32-year rule drew near.",
       {{"32-year rule", 32, B::kExact, K::kMeasure, "year", "year rule"}}},
      {"The 12-day flight took off on time.",
       {{"12-day flight", 12, B::kExact, K::kMeasure, "day", "day flight"}}},
      {"Several hundred people and 20% to 30% of voters.",
       {{"Several hundred people", 100, B::kAtLeast, K::kCount, "people", "people"},
        {"20% to 30% of voters", 20, B::kRange, K::kPercent, "percent", "percent of voter", 30}}},
  };
  for (const Case& c : cases) ExpectQuantities(c.text, c.want);
}

TEST(ExtractQuantitiesTest, NormalizesWordsScalesAndVaguePlurals) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Tens of thousands of protesters filled the square.",
       {{"Tens of thousands of protesters", 10000, B::kAtLeast, K::kCount, "protester", "protester"}}},
      {"They talked for two hours of talks and met three hundred students.",
       {{"two hours of talks", 2, B::kExact, K::kMeasure, "hour", "hour of talk"},
        {"three hundred students", 300, B::kExact, K::kCount, "student", "student"}}},
      {"About 1.5 million people lost power.",
       {{"About 1.5 million people", 1.5e6, B::kApprox, K::kCount, "people", "people"}}},
      {"Half a dozen sources and a dozen eggs.",
       {{"Half a dozen sources", 6, B::kExact, K::kCount, "source", "source"},
        {"a dozen eggs", 12, B::kExact, K::kCount, "egg", "egg"}}},
      {"The storm left twenty-five families homeless.",
       {{"twenty-five families", 25, B::kExact, K::kCount, "family", "family"}}},
      {"Hundreds of flights were cancelled.",
       {{"Hundreds of flights", 100, B::kAtLeast, K::kCount, "flight", "flight"}}},
  };
  for (const Case& c : cases) ExpectQuantities(c.text, c.want);
}

TEST(ExtractQuantitiesTest, ReadsMoneyPercentRangesAndProjections) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Congress approved $1.2 billion in military aid.",
       {{"$1.2 billion in military aid", 1.2e9, B::kExact, K::kMoney, "USD", "military aid"}}},
      {"Prices rose 3 percent while the fund lost €40m.",
       {{"3 percent", 3, B::kExact, K::kPercent, "percent", "percent"},
        {"€40m", 4e7, B::kExact, K::kMoney, "EUR", ""}}},
      {"Turnout was 62% of the electorate.",
       {{"62% of the electorate", 62, B::kExact, K::kPercent, "percent", "percent of electorate"}}},
      {"Between 5 and 10 million people could be affected.",
       {{"Between 5 and 10 million people", 5e6, B::kRange, K::kCount, "people", "people", 1e7, true}}},
      {"The trip takes 3-4 days.", {{"3-4 days", 3, B::kRange, K::kMeasure, "day", "day", 4}}},
      {"The number could eventually reach 175,000 troops.",
       {{"175,000 troops", 175000, B::kExact, K::kCount, "troop", "troop", 0, true}}},
      {"The company plans to hire 500 workers.",
       {{"500 workers", 500, B::kExact, K::kCount, "worker", "worker", 0, true}}},
      // The relative clause's past tense, and a modal with "have", state a past figure.
      {"A metal strip may have triggered the crash that killed 113 people.",
       {{"113 people", 113, B::kExact, K::kCount, "people", "people"}}},
      {"Police said the blast may have killed 40 people.",
       {{"40 people", 40, B::kExact, K::kCount, "people", "people"}}},
      {"The firm will have to pay 500 workers.",
       {{"500 workers", 500, B::kExact, K::kCount, "worker", "worker", 0, true}}},
      // A participle after a count stands for people; another past form is a verb.
      {"Police said 40 wounded were taken to hospital.",
       {{"40 wounded", 40, B::kExact, K::kCount, "wounded", "wounded"}}},
      {"Another 767 crashed in Thailand.", {{"767", 767, B::kExact, K::kCount, "", ""}}},
      {"Police detained 40 armed men.",
       {{"40 armed men", 40, B::kExact, K::kCount, "man", "armed man"}}},
      {"It cost 20 million dollars.", {{"20 million dollars", 2e7, B::kExact, K::kMoney, "USD", ""}}},
      {"Firms could lose billions of dollars of contracts.",
       {{"billions of dollars of contracts", 1e9, B::kAtLeast, K::kMoney, "USD", "contract", 0, true}}},
      {"He paid dlrs 800,000 in fines.",
       {{"dlrs 800,000 in fines", 8e5, B::kExact, K::kMoney, "USD", "fine"}}},
      // The whole a projected part is taken of is stated as it is.
      {"The separatists were expected to win 77 of the assembly's 125 seats.",
       {{"77", 77, B::kExact, K::kCount, "", "", 0, true},
        {"125 seats", 125, B::kExact, K::kCount, "seat", "seat"}}},
      {"He told her, one of the 12 people he would kill in July, that he needed help.",
       {{"12 people", 12, B::kExact, K::kCount, "people", "people"}}},
      // Forecast verbs project; the month May is no modal.
      {"The White House is predicting a $224 billion surplus.",
       {{"$224 billion surplus", 2.24e11, B::kExact, K::kMoney, "USD", "surplus", 0, true}}},
      {"The flood killed 300 people in May 1980.",
       {{"300 people", 300, B::kExact, K::kCount, "people", "people"}}},
      // A rank is no count.
      {"Police listed Hong Kong's top 10 tycoons.", {}},
      // A currency named with its country's words.
      {"The gang got 1.38 billion Hong Kong dollars in ransom.",
       {{"1.38 billion Hong Kong dollars in ransom", 1.38e9, B::kExact, K::kMoney, "HKD",
         "ransom"}}},
  };
  for (const Case& c : cases) ExpectQuantities(c.text, c.want);
}

TEST(ExtractQuantitiesTest, SkipsYearsDatesTimesPhonesAndNames) {
  const std::string_view texts[] = {
      "The talks began on December 7, 2021 at 5 p.m. in Geneva.",
      "In 2014 Russia annexed Crimea; by 2022 it had invaded.",
      "The meeting starts at 10:30 on Dec. 7 and ends on 8 December.",
      "Ukraine wants F-16 jets; COVID-19 spread; the Group of 20 met.",
      "Call 555-123-4567 or (202) 456-1111 for details.",
      "He flew a Boeing 737 to see Apollo 11 under Article 5.",
      "The 1990s were calm; the 3rd round and the 21st century.",
      "No one came, and one of them left.",
      "The \"4-Digit Diagnostic Code\" and clause 11(g) apply; see note [47].",
      "Call 432-333-TIPS; photo 1 / 47; Planet Nine and the Ten Commandments.",
      "Her 4'9\" frame, seen on Dec. 19, 2011 or on 19, 2011.",
      "With a 3-2 count and a 223-211 vote, the game went on.",
      "The theft happened at 6801 East Highway 80 and at 3633 Level Village Road.",
      "Police were called to the 5000 block of Queen Victoria Road.",
  };
  for (std::string_view t : texts) {
    std::vector<Quantity> got = Extract(t);
    EXPECT_TRUE(got.empty()) << t << " -> " << (got.empty() ? "" : Slice(t, got[0].span));
  }
}

TEST(ExtractQuantitiesTest, KeepsBlocksThatAreNoAddress) {
  ExpectQuantities("The builder laid 500 blocks of granite.",
                   {{"500 blocks", 500, B::kExact, K::kCount, "block", "block"}});
}

TEST(ExtractQuantitiesTest, KeepsCountsThatLookLikeYears) {
  ExpectQuantities("Officials said 2000 soldiers crossed.",
                   {{"2000 soldiers", 2000, B::kExact, K::kCount, "soldier", "soldier"}});
  ExpectQuantities("The deal was worth $2021.",
                   {{"$2021", 2021, B::kExact, K::kMoney, "USD", ""}});
}

TEST(ExtractQuantitiesTest, OffsetsSpansBySentenceStart) {
  std::string_view text = "About 100 protesters sat down.";
  std::vector<Quantity> got = ExtractQuantities(text, {1000, 1000 + static_cast<uint32_t>(text.size())});
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0].span, (Span{1000, 1020}));
}

TEST(ExtractQuantitiesTest, SurvivesInvalidUtf8AndHugeInput) {
  std::string junk = "\xff\xfe 12 \xc3 troops \xe2\x82 $\xff 5 \x80\x80 million";
  for (int i = 0; i < 256; ++i) junk.push_back(static_cast<char>(i));
  EXPECT_NO_FATAL_FAILURE(Extract(junk));
  std::string huge;
  for (int i = 0; i < 200000; ++i) huge += "more than 5 troops and ";
  std::vector<Quantity> got = Extract(huge);
  EXPECT_GT(got.size(), 1000u);
  for (const Quantity& q : got) ASSERT_LE(q.span.end, huge.size());
  EXPECT_TRUE(Extract("").empty());
  EXPECT_TRUE(Extract("99999999999999999999999999999999999999 $ % - -plus").size() <= 1);
}

}  // namespace
}  // namespace dossier::facts
