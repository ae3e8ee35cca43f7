#include "src/statements/compress.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::statements {
namespace {

struct Case {
  const char* name;
  const char* in;
  const char* out;  // JoinParts of the kept spans
};

// Sentences written for this test (not from any evaluation set).
const Case kCases[] = {
    {"parenthetical", "The river rose 3 meters (10 feet) overnight in the valley.",
     "The river rose 3 meters overnight in the valley."},
    {"dash aside", "The mayor -- a former teacher -- closed all city schools on Monday.",
     "The mayor closed all city schools."},
    {"connective opener", "However, the council voted to keep the bridge closed for repairs.",
     "The council voted to keep the bridge closed for repairs."},
    {"clause opener", "Although the talks failed, both sides agreed to meet again next month.",
     "Both sides agreed to meet again next month."},
    {"attribution tail", "Heavy rain killed 42 people in the northern province, officials said.",
     "Heavy rain killed 42 people in the northern province."},
    {"according to tail", "The factory will close by June, according to a company statement.",
     "The factory will close by June."},
    {"relative clause", "Maria Lopez, who leads the union, rejected the new wage offer on Friday.",
     "Maria Lopez rejected the new wage offer."},
    {"appositive", "The report was written by Tom Baker, the city auditor, and released today.",
     "The report was written by Tom Baker, the city auditor, and released today."},
    {"appositive before verb", "Tom Baker, the city auditor, released a critical report today.",
     "Tom Baker released a critical report today."},
    {"list is not an aside", "Police found guns, knives, and the stolen cash in the van.",
     "Police found guns, knives, and the stolen cash in the van."},
    {"quote is never cut", "Opponents, who called it ``a disaster,'' sued the state over the law.",
     "Opponents, who called it ``a disaster,'' sued the state over the law."},
    {"weekday after a verb", "Police arrested the driver Tuesday at the border crossing.",
     "Police arrested the driver at the border crossing."},
    {"weekday with its time words", "The storm hit the coast late Sunday night, killing 3.",
     "The storm hit the coast, killing 3."},
    {"weekday before a colon", "The minister said Friday: the plan stands.",
     "The minister said: the plan stands."},
    {"weekday opener", "On Friday, the court freed the two men on bail.",
     "The court freed the two men on bail."},
    {"weekday opener without comma", "On Friday the court freed the two men on bail.",
     "On Friday the court freed the two men on bail."},
    {"possessive weekday", "The council postponed Friday's vote on the new budget.",
     "The council postponed Friday's vote on the new budget."},
    {"typographic possessive", "The council postponed Friday\xE2\x80\x99s vote on the budget.",
     "The council postponed Friday\xE2\x80\x99s vote on the budget."},
    {"named day", "Shoppers crowded the mall on Black Friday for the annual sales.",
     "Shoppers crowded the mall on Black Friday for the annual sales."},
    {"weekday as a name", "The novel Tuesday Night sold a million copies in a month.",
     "The novel Tuesday Night sold a million copies in a month."},
    {"keeps at least half", "In the end, yes.", "In the end, yes."},
    {"no rule applies", "The ship sank near the coast.", "The ship sank near the coast."},
};

TEST(CompressTest, CutsLowContentPhrasesAndKeepsOriginalBytes) {
  for (const Case& c : kCases) {
    SCOPED_TRACE(c.name);
    std::string text = std::string("Lead text. ") + c.in;
    Span span{11, static_cast<uint32_t>(text.size())};
    CompressRules all;
    all.appositives = true;
    std::vector<Span> parts = CompressSpan(text, span, all);
    ASSERT_FALSE(parts.empty());
    for (size_t i = 0; i < parts.size(); ++i) {
      EXPECT_GE(parts[i].begin, span.begin);
      EXPECT_LE(parts[i].end, span.end);
      if (i > 0) {
        EXPECT_GT(parts[i].begin, parts[i - 1].end);
      }
    }
    EXPECT_EQ(JoinParts(text, parts), c.out);
  }
}

TEST(CompressTest, RulesCanBeTurnedOff) {
  std::string text = "However, the council voted to keep the bridge closed, officials said.";
  Span span{0, static_cast<uint32_t>(text.size())};
  CompressRules none{false, false, false, false, false, false, false};
  EXPECT_EQ(JoinParts(text, CompressSpan(text, span, none)), text);
  CompressRules tail_only = none;
  tail_only.attribution = true;
  EXPECT_EQ(JoinParts(text, CompressSpan(text, span, tail_only)),
            "However, the council voted to keep the bridge closed.");
}

TEST(CompressTest, AppositivesAreKeptByDefault) {
  std::string text = "Tom Baker, the city auditor, released a critical report today.";
  Span span{0, static_cast<uint32_t>(text.size())};
  EXPECT_EQ(JoinParts(text, CompressSpan(text, span, CompressRules())), text);
}

TEST(CompressTest, WeekdayRuleCanBeTurnedOff) {
  std::string text = "Police arrested the driver on Tuesday at the border crossing.";
  Span span{0, static_cast<uint32_t>(text.size())};
  CompressRules rules;
  EXPECT_EQ(JoinParts(text, CompressSpan(text, span, rules)),
            "Police arrested the driver at the border crossing.");
  rules.weekdays = false;
  EXPECT_EQ(JoinParts(text, CompressSpan(text, span, rules)), text);
}

TEST(CompressTest, JunkInputDoesNotCrash) {
  for (std::string text : {std::string(""), std::string("((((,,,,"), std::string(",who,"),
                           std::string("\xff\xfe(, -- --"), std::string(", the , , which ,"),
                           std::string("On Monday,"), std::string("x Friday"),
                           std::string("On Sunday night"), std::string(" Friday night")}) {
    Span span{0, static_cast<uint32_t>(text.size())};
    std::vector<Span> parts = CompressSpan(text, span, CompressRules());
    for (const Span& p : parts) EXPECT_LE(p.end, text.size());
    JoinParts(text, parts);
  }
}

}  // namespace
}  // namespace dossier::statements
