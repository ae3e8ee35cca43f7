#include "src/text/sentence_splitter.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace dossier::text {
namespace {

std::vector<std::string> Split(std::string_view text) {
  std::vector<std::string> out;
  for (Span s : SplitSentences(text, Span{0, static_cast<uint32_t>(text.size())})) {
    out.emplace_back(text.substr(s.begin, s.size()));
  }
  return out;
}

using Sentences = std::vector<std::string>;

struct Case {
  std::string_view name;
  std::string_view text;
  Sentences want;
};

void RunCases(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(Split(c.text), c.want) << c.name;
}

TEST(SentenceSplitterTest, KeepsAbbreviationsInsideSentences) {
  RunCases({
      {"title",
       "Mr. Smith met Dr. Jones. They talked.",
       {"Mr. Smith met Dr. Jones.", "They talked."}},
      {"military", "Gen. Mark A. Milley spoke.", {"Gen. Mark A. Milley spoke."}},
      {"title word ending a name",
       "The government was later led by Hun Sen. The ruling party objected.",
       {"The government was later led by Hun Sen.", "The ruling party objected."}},
      {"title after a party name", "Democratic Sen. Smith voted.", {"Democratic Sen. Smith voted."}},
      {"title after U.S.", "U.S. Sen. The Rev. Lee spoke.", {"U.S. Sen. The Rev. Lee spoke."}},
      {"U.S. before noun",
       "U.S. officials said so. Others agreed.",
       {"U.S. officials said so.", "Others agreed."}},
      {"U.S. before name", "U.S. Rep. Ann Lee voted.", {"U.S. Rep. Ann Lee voted."}},
      {"company", "Apple Inc. said sales rose.", {"Apple Inc. said sales rose."}},
      {"month and day",
       "It ends Jan. 15. The next day is free.",
       {"It ends Jan. 15.", "The next day is free."}},
      {"No. before number",
       "He is ranked No. 3 in the world.",
       {"He is ranked No. 3 in the world."}},
      {"vs.", "Smith vs. Jones goes to trial.", {"Smith vs. Jones goes to trial."}},
      {"e.g.", "Fruits (e.g. Apples) are sold.", {"Fruits (e.g. Apples) are sold."}},
      {"St. Louis", "She lives in St. Louis now.", {"She lives in St. Louis now."}},
      {"state mid-sentence",
       "Austin, Texas, and Reno, Nev., are hot.",
       {"Austin, Texas, and Reno, Nev., are hot."}},
      {"dateline",
       "EUGENE, Ore. (AP) \xE2\x80\x94 Rain fell.",
       {"EUGENE, Ore. (AP) \xE2\x80\x94 Rain fell."}},
      {"caps dateline",
       "ST. PAUL, Minn. (AP) \xE2\x80\x94 Snow fell.",
       {"ST. PAUL, Minn. (AP) \xE2\x80\x94 Snow fell."}},
      {"Ph.D.", "She has a Ph.D. from Yale.", {"She has a Ph.D. from Yale."}},
  });
}

TEST(SentenceSplitterTest, SplitsAfterSentenceFinalAbbreviations) {
  RunCases({
      {"U.S. then The",
       "He moved to the U.S. The next day he left.",
       {"He moved to the U.S.", "The next day he left."}},
      {"Inc. then It", "He joined Acme Inc. It was 1990.", {"He joined Acme Inc.", "It was 1990."}},
      {"Jr. then He",
       "The winner was Bob Lee Jr. He is 20.",
       {"The winner was Bob Lee Jr.", "He is 20."}},
      {"etc. then quote",
       "We saw dogs, cats, etc. \"Fun,\" he said.",
       {"We saw dogs, cats, etc.", "\"Fun,\" he said."}},
      {"state after comma",
       "He lives in Panama City, Fla. Storms are common.",
       {"He lives in Panama City, Fla.", "Storms are common."}},
      {"a.m. then capital",
       "It opened at 9 a.m. Crowds lined up.",
       {"It opened at 9 a.m.", "Crowds lined up."}},
  });
}

TEST(SentenceSplitterTest, HandlesTimesInitialsAndNumbers) {
  RunCases({
      {"time zone",
       "The vote is at 10 a.m. ET on Monday.",
       {"The vote is at 10 a.m. ET on Monday."}},
      {"weekday", "They met at 3 p.m. Tuesday.", {"They met at 3 p.m. Tuesday."}},
      {"a lone lower-case letter before a number",
       "Tsar Theodore Svetoslav (r. 1300-1322 AD) won. He died in 1322.",
       {"Tsar Theodore Svetoslav (r. 1300-1322 AD) won.", "He died in 1322."}},
      {"a time naming a flight", "He had just arrived on the 7 p.m. British Airways flight.",
       {"He had just arrived on the 7 p.m. British Airways flight."}},
      {"a time after a determiner ends nothing, a time after a verb does",
       "The 10 a.m. Senate session ran late. It ended at 10 p.m. Senators left.",
       {"The 10 a.m. Senate session ran late.", "It ended at 10 p.m.", "Senators left."}},
      {"initials", "J. R. R. Tolkien wrote it.", {"J. R. R. Tolkien wrote it."}},
      {"middle initial", "George W. Bush spoke. He left.", {"George W. Bush spoke.", "He left."}},
      {"joined initials", "J.P. Morgan advised.", {"J.P. Morgan advised."}},
      {"decimals",
       "It rose 3.5% to $1,200.50. Then it fell.",
       {"It rose 3.5% to $1,200.50.", "Then it fell."}},
      {"sentence ends in number",
       "Sales were 175,000. Profit was 12.",
       {"Sales were 175,000.", "Profit was 12."}},
      {"next starts with digit",
       "It was hot. 2023 was the hottest year.",
       {"It was hot.", "2023 was the hottest year."}},
  });
}

TEST(SentenceSplitterTest, HandlesQuotesParenthesesAndMarks) {
  RunCases({
      {"closing quote belongs to sentence",
       "He said, \"Stop.\" Then he left.",
       {"He said, \"Stop.\"", "Then he left."}},
      {"PTB quotes",
       "He voted no. ``The case is serious,'' he said.",
       {"He voted no.", "``The case is serious,'' he said."}},
      {"curly quotes",
       "She said, \xE2\x80\x9CNo.\xE2\x80\x9D Then she sat.",
       {"She said, \xE2\x80\x9CNo.\xE2\x80\x9D", "Then she sat."}},
      {"question in quote with attribution",
       "\"Why?\" he asked. Nobody knew.",
       {"\"Why?\" he asked.", "Nobody knew."}},
      {"question then name said", "\"Is it over?\" Smith asked.", {"\"Is it over?\" Smith asked."}},
      {"exclamation", "Stop! Go now. Why? Because.", {"Stop!", "Go now.", "Why?", "Because."}},
      {"interrobang run", "Really?! Yes.", {"Really?!", "Yes."}},
      {"parenthesis after stop",
       "He won. (He always wins.) She lost.",
       {"He won.", "(He always wins.)", "She lost."}},
      {"aside with stop inside", "The bill (H.R. 5) passed.", {"The bill (H.R. 5) passed."}},
      {"etc. inside parentheses",
       "Costs (fees, taxes, etc.) rose. Wages fell.",
       {"Costs (fees, taxes, etc.) rose.", "Wages fell."}},
      {"lower case continues", "He said no. then left.", {"He said no. then left."}},
      {"camel case starts",
       "Sales fell. iPhone sales rose.",
       {"Sales fell.", "iPhone sales rose."}},
  });
}

TEST(SentenceSplitterTest, HandlesEllipsesUrlsAndEmails) {
  RunCases({
      {"ellipsis then lower", "I think... maybe not.", {"I think... maybe not."}},
      {"ellipsis then capital", "He paused... Then he spoke.", {"He paused...", "Then he spoke."}},
      {"unicode ellipsis", "Wait\xE2\x80\xA6 No.", {"Wait\xE2\x80\xA6", "No."}},
      {"url",
       "See https://www.cdc.gov/measles. It helps.",
       {"See https://www.cdc.gov/measles.", "It helps."}},
      {"domain inside",
       "Visit loomwell.io for more. Thanks.",
       {"Visit loomwell.io for more.", "Thanks."}},
      {"email", "Write to ir@loomwell.io today.", {"Write to ir@loomwell.io today."}},
  });
}

TEST(SentenceSplitterTest, HandlesLinesHeadlinesAndLists) {
  RunCases({
      {"headline",
       "Storm Hits Coast\nThe storm hit on Monday.",
       {"Storm Hits Coast", "The storm hit on Monday."}},
      {"blank line", "First para\n\nsecond para", {"First para", "second para"}},
      {"bullets",
       "Know this:\n- One thing.\n- Two things\n* Three",
       {"Know this:", "- One thing.", "- Two things", "* Three"}},
      {"numbered",
       "Steps:\n1. Stop the car.\n2. Get out.\n3) Run",
       {"Steps:", "1. Stop the car.", "2. Get out.", "3) Run"}},
      {"hard wrap",
       "The senator from Ohio said on Tuesday that the bill would\n"
       "pass easily, but the Speaker of the House disagreed with\n"
       "Senate leaders and said the vote would be close.",
       {"The senator from Ohio said on Tuesday that the bill would\n"
        "pass easily, but the Speaker of the House disagreed with\n"
        "Senate leaders and said the vote would be close."}},
      {"hard wrap before a name",  // wrapped at 70 columns; "toward" is no stopword
       "Officials said on Monday that the storm would weaken quickly after it\n"
       "crossed central Florida by Friday night and then turn north toward\n"
       "Georgia and the Carolinas over the weekend.",
       {"Officials said on Monday that the storm would weaken quickly after it\n"
        "crossed central Florida by Friday night and then turn north toward\n"
        "Georgia and the Carolinas over the weekend."}},
      {"short line in wrapped text is a break",
       "Flood Warning Issued\nOfficials said on Monday that the storm would weaken after it\n"
       "crossed central Florida.",
       {"Flood Warning Issued",
        "Officials said on Monday that the storm would weaken after it\n"
        "crossed central Florida."}},
      {"byline",
       "By Jane Doe\nAssociated Press\nThe market fell.",
       {"By Jane Doe", "Associated Press", "The market fell."}},
      {"crlf", "One.\r\nTwo.\r\n", {"One.", "Two."}},
  });
}

// Classes of a public rule set of tricky cases (issue 12), in sentences written here.
TEST(SentenceSplitterTest, HandlesInlineEnumerationsCitationsAndOpeningTimes) {
  RunCases({
      {"time phrase opening the sentence",
       "At 5 a.m. Mr. Okafor walked to the pier. He left it at 7 P.M. Mr. Okafor went home.",
       {"At 5 a.m. Mr. Okafor walked to the pier.", "He left it at 7 P.M.",
        "Mr. Okafor went home."}},
      {"time phrase after a verb still ends", "The ferry left at 6 a.m. Mr. Ruiz waited.",
       {"The ferry left at 6 a.m.", "Mr. Ruiz waited."}},
      {"numbered items inline",
       "1.) The first rule 2.) The second rule 3.) The third rule",
       {"1.) The first rule", "2.) The second rule", "3.) The third rule"}},
      {"lettered items inline",
       "a. The first option b. The second option c. The third option",
       {"a. The first option", "b. The second option", "c. The third option"}},
      {"roman items inline",
       "i. Close the gate ii. Lock the shed iii. Feed the dog",
       {"i. Close the gate", "ii. Lock the shed", "iii. Feed the dog"}},
      {"lettered items after a sentence",
       "Owners had two choices. a. A cash payment b. Repairs. Most took the cash.",
       {"Owners had two choices.", "a. A cash payment", "b. Repairs.", "Most took the cash."}},
      {"versus is no roman item", "The case is U.S. v. Lyle, No. 4.",
       {"The case is U.S. v. Lyle, No. 4."}},
      {"lower-case items stay one sentence",
       "Choose a. raise fees b. cut staff. The board met.",
       {"Choose a. raise fees b. cut staff.", "The board met."}},
      {"a number without its predecessor ends the sentence",
       "He won in round 2. The crowd cheered.", {"He won in round 2.", "The crowd cheered."}},
      {"number abbreviation", "He lives at No. 1026 Harbour Road. It is blue.",
       {"He lives at No. 1026 Harbour Road.", "It is blue."}},
      {"citation after a closing quote",
       "The mayor called it \"a disgrace.\"[12] Others disagreed.",
       {"The mayor called it \"a disgrace.\"[12]", "Others disagreed."}},
      {"citations after a stop", "The toll was high.[7][8] Rescue work went on.",
       {"The toll was high.[7][8]", "Rescue work went on."}},
      {"ellipsis inside a sentence", "He paused... and then went on. The crowd waited.",
       {"He paused... and then went on.", "The crowd waited."}},
  });
}

TEST(SentenceSplitterTest, ReturnsAbsoluteTrimmedSpansOfTheBlock) {
  std::string text = "Skip this.  First one.  Second one.  Skip too.";
  std::vector<Span> spans = SplitSentences(text, Span{10, 36});
  ASSERT_EQ(spans.size(), 2u);
  EXPECT_EQ(spans[0], (Span{12, 22}));
  EXPECT_EQ(spans[1], (Span{24, 35}));
}

TEST(SentenceSplitterTest, SurvivesDegenerateInput) {
  std::string binary;
  for (int i = 0; i < 4096; ++i) binary.push_back(static_cast<char>((i * 37) % 256));
  for (std::string_view text :
       {std::string_view(""), std::string_view("   \n\n "), std::string_view("...."),
        std::string_view("?!?!"), std::string_view("\xE2\x80"), std::string_view(binary)}) {
    for (Span s : SplitSentences(text, Span{0, static_cast<uint32_t>(text.size())})) {
      EXPECT_LT(s.begin, s.end);
      EXPECT_LE(s.end, text.size());
    }
  }
  EXPECT_TRUE(SplitSentences("abc", Span{2, 100}).size() == 1);
  EXPECT_TRUE(SplitSentences("abc", Span{5, 9}).empty());
  EXPECT_TRUE(SplitSentences("abc", Span{2, 1}).empty());
}

}  // namespace
}  // namespace dossier::text
