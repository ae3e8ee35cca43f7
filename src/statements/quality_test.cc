#include "src/statements/quality.h"

#include <gtest/gtest.h>

#include <string>

namespace dossier::statements {
namespace {

std::string Clean(const std::string& text) {
  Span s = CleanSpan(text, Span{0, static_cast<uint32_t>(text.size())});
  return text.substr(s.begin, s.size());
}

TEST(QualityTest, CleanSpanRemovesDatelinesAndGluedHeadlines) {
  struct Case { std::string in, want; };
  for (const Case& c : {
           Case{"WASHINGTON (AP) _ The Senate voted.", "The Senate voted."},
           Case{"BRUSSELS, Belgium (AP) - The EU approved aid.", "The EU approved aid."},
           Case{"BEIJING, Oct. 16 (Xinhua) -- China said so.", "China said so."},
           Case{"(CNN) Hours after the party, a boy died.", "Hours after the party, a boy died."},
           Case{"Getty Images House Speaker\n\nCongress is working.", "Congress is working."},
           Case{"The U.S. - China talks - resumed today.", "The U.S. - China talks - resumed today."},
           Case{"NATO said - in a statement - that it would act.",
                "NATO said - in a statement - that it would act."},
           Case{"  Plain sentence.  ", "Plain sentence."},
           Case{"-- July 25, 2000: A Concorde crashes.", "July 25, 2000: A Concorde crashes."},
           Case{"\xE2\x80\xA2 The plant closes in May.", "The plant closes in May."},
           Case{"* Shares fell 3 percent.", "Shares fell 3 percent."},
           Case{"-5 degrees was the low.", "-5 degrees was the low."},
           Case{"-Mitigation of any impact on wetlands.", "Mitigation of any impact on wetlands."},
           Case{"ETA announces cease-fire MADRID, Spain (AP) _ The group will stop attacks.",
                "The group will stop attacks."},
           Case{"The AP (AP) said nothing.", "The AP (AP) said nothing."},
       }) {
    EXPECT_EQ(Clean(c.in), c.want) << c.in;
  }
}

TEST(QualityTest, IsStatementRejectsQuestionsDanglingQuotesAndBoilerplate) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {
           Case{"The storm killed 20 people in the province.", true},
           Case{"What happens next is unclear?", false},
           // An attributed quotation is a statement; an unclosed one is not.
           Case{"``We will not leave,'' the leader said.", true},
           Case{"\"We will not leave,\" the leader said.", true},
           Case{"\xE2\x80\x9CWe will not leave,\xE2\x80\x9D the leader said.", true},
           Case{"\"We will not leave.", false},
           Case{"``We will not leave, the leader said.", false},
           Case{"\"Will you leave?\" the reporter asked.", false},
           Case{"The leader said ``we will not leave,'' and left.", true},
           Case{"The leader said \"we will not leave and left.", false},
           Case{"Sign up for our newsletter to get the news first.", false},
           Case{"Read more at http://example.com/story today.", false},
           Case{"Read part of Damon's conversation with Travers below.", false},
           Case{"Download the podcast on Apple Podcasts and Spotify.", false},
           Case{"Watch: the senator's speech in full.", false},
           Case{"Share prices fell 3 percent on Monday.", true},
           Case{"Readers wrote in to complain about the change.", true},
           Case{"", false},
       }) {
    EXPECT_EQ(IsStatement(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, IsStatementWantsAFinishedSentence) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {
           Case{"The court freed the man on Friday.", true},
           Case{"The crowd shouted its support!", true},
           Case{"The leader said ``we will not leave.''", true},
           Case{"The leader said \"we will not leave.\"", true},
           Case{"The leader said \xE2\x80\x9Cwe will not leave.\xE2\x80\x9D", true},
           Case{"The rebels took the town (the third this week.)", true},
           Case{"Homicide detectives are investigating the death of a well-known...", false},
           Case{"Homicide detectives are investigating the death of a well-known\xE2\x80\xA6",
                false},
           Case{"Frances Bean Cobain Hubby Wants Allowance From Estate", false},
           Case{"Officials listed three reasons:", false},
       }) {
    EXPECT_EQ(IsStatement(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, IsStatementRejectsWidgetAndCaptionFurniture) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {
           Case{"Rating is available when the video has been rented.", false},
           Case{"You can add location information to your Tweets from the web.", false},
           Case{"In this May 4, 2001, file photo, a man looks at photographers.", false},
           Case{"This copy is for your personal, non-commercial use only.", false},
           Case{"The senator posted the video on Twitter late on Monday.", true},
           // Wire codes, editors' notes, contact lines and labels are not reporting.
           Case{"&UR; The actress won the award on Sunday.", false},
           Case{"The story moved on the wire (Eds: This story also moved in the file.)", false},
           Case{"For details call DEBRA WEYDERT at 1-732-390-4480 on weekdays.", false},
           Case{"Cast: David Duchovny, Timothy Hutton and Angelina Jolie.", false},
           Case{"GREECE: Smoking is banned in hospitals and schools.", false},
           Case{"The House passed the bill 223-211 on Friday.", true},
           Case{"July 25, 2000: A Concorde crashes outside Paris.", true},
           Case{"AT&T said the merger would close in May.", true},
           Case{"Hide Caption 3 of 13 Photos: The first crew of the station, in 2000.", false},
           Case{"Photographs show that Io is aglow with colorful light. _____ 2.", false},
       }) {
    EXPECT_EQ(IsStatement(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, NeedsContextFindsBareQuotesAndPronounSpeakers) {
  struct Case {
    const char* s;
    bool want;
  };
  for (const Case& c : std::vector<Case>{
           // A quotation and nothing else: whose words?
           {"``It's up to them to get through the program.''", true},
           {"\"Just going to club meetings doesn't mean you're active.\"", true},
           {"\xE2\x80\x9CWe will not leave.\xE2\x80\x9D", true},
           // A pronoun speaker with no name before it.
           {"Some books, he said, might not survive until the new center is finished.", true},
           {"\"We will stay,\" she said.", true},
           {"As the first speaker on stage, he said he was glad to be there.", true},
           {"The plan will fail, they warned.", true},
           // Named speakers, and pronouns after a name.
           {"``The tone has totally changed,'' said Rich Tafel, the group's director.", false},
           {"Billington said the library is looking into preservation methods.", false},
           {"Smith said he told police about the fire.", false},
           {"Of course, Ms. Campbell said, those were ``the days before the Internet.''", false},
           {"The chemical has no industrial uses, the administration official said.", false},
           {"\"Nobody saw it coming,\" Mayor Lee said on Tuesday.", false},
           // A name inside the quote is not the speaker.
           {"\"Mr. Putin knows the cost,\" he said.", true},
           // A chronology's entry without its year; with one it says when.
           {"May 30 _ The Federal Trade Commission staff opens an antitrust probe of Microsoft.", true},
           {"Aug. 21 -- Judge Thomas Penfield Jackson approves the settlement agreement.", true},
           {"May 30, 1997 _ The Federal Trade Commission staff opens an antitrust probe.", false},
           {"1998: Organic farmers send more than 280,000 protest letters to the department.", false},
           {"May 30 was the day the Federal Trade Commission staff opened a probe.", false},
           // A quantifier or an age standing for someone named before.
           {"All complained about severe food and fuel shortages in their country.", true},
           {"Some can last years without any noticeable effects.", true},
           {"The 49-year-old suffered multiple stab wounds and died at the scene.", true},
           {"Some 2,000 people fled the valley on Tuesday.", false},
           {"All 60 passengers survived the landing.", false},
           // A past role standing for someone named before.
           {"The former deputy prime minister and finance minister of Malaysia was arrested "
            "Sept. 20 on corruption charges.",
            true},
           {"The ousted president fled to the coast.", true},
           {"The former prime minister Mahathir Mohamad spoke at the rally.", false},
           {"The former president's library opened on Monday.", false},
           {"The judge ruled on Monday that the law stands.", false},
           {"The former mill was turned into apartments last year.", false},
           // A personal pronoun with nobody in the sentence it can stand for.
           {"The imprint is said to have been transferred during the three days his body "
            "was interred.",
            true},
           {"After graduation, he moved to the city for his medical residency.", true},
           {"The next morning, she found him collapsed on his bedroom floor.", true},
           // A time counted from the previous sentence's event, and "however" mid-sentence.
           {"The next month, the home of the secretary for security was fire-bombed.", true},
           {"A week later the council voted to close the plant.", true},
           {"Later that day, police closed the bridge to traffic.", true},
           {"Days later the company recalled the cars.", true},
           {"The governor, however, said the bill could go too far.", true},
           {"No wonder she worries about the headline on her profile.", true},
           {"According to a report here today, the dam will open in May.", true},
           {"The report said that only 23 percent of people benefit from clean water.", true},
           {"The ban cannot be ruled out as a cause, the official added.", true},
           {"The World Bank report said that only 23 percent of people have clean water.", false},
           {"The ban cannot be ruled out as a cause, a health official said.", false},
           {"\"We are here to stay,\" the mayor of Luanda said on Monday.", false},
           {"The next president will face a divided Congress.", false},
           {"The council voted on Monday to close the plant.", false},
           {"In his weakened position, Prodi will have difficulty persuading Parliament.", false},
           {"The victim's wife and daughter discovered his body.", false},
           {"Police said the man was arrested after he fled.", false},
           {"Smith said he told police about the fire.", false},
           // The first person outside quotes: a tweet, a letter.
           {"I wish you the best of luck in the new job.", true},
           {"Our reporters visited the camp on Monday.", true},
           {"\"I will not resign,\" Mayor Lee said on Monday.", false},
           {"The U.S. embassy closed on Monday.", false},
           {"US intelligence officials believe that Putin has not decided.", false},
           // A photo caption's date.
           {"An unknown visitor arrives at a gated house in Woodland Hills on Tuesday, Jan. 24, "
            "2017.",
            true},
           {"The house was sold on Jan. 24, 2017, to a developer.", false},
           {"The encampment is seen before the deadline passes in Los Angeles, November 27, "
            "2011.",
            true},
           {"Protesters gather outside City Hall, Nov. 27, 2011.", true},
           {"The law took effect on November 27, 2011.", false},
           {"The mayor set the deadline for Sunday, and the law took effect in 2011.", false},
           {"July 31, 2013 A woman waves the Egyptian flag during a protest in Cairo.", true},
           {"July 31, 2013, was the hottest day of the year in Cairo.", false},
           {"July 31, 2013 was the hottest day of the year in Cairo.", false},
           // Connectives, as StartsWithConnective.
           {"But the talks failed.", true},
           {"All three had been beaten to death.", true},
           {"All 12 miners survived.", false},
           {"Fourteen of them accused Judge Hastings of lying under oath.", true},
           {"Later, he was charged in three Atlanta-area bombings.", true},
           {"When asked again about it Tuesday, he promised to reveal details later.", true},
           {"When Senator Smith arrived at the hearing on Tuesday, he promised details.", false},
           {"When Smith arrived, he promised details of the plan.", false},
           {"More air bags, though, are on the way to the dealers.", true},
           {"Not everyone welcomed the new store on the corner, however.", true},
           {"The first to go was the military submersible's digital sonar.", true},
           {"The latter said the plan would fail within a year.", true},
           {"The first lady visited the hospital on Monday.", false},
           {"The last flight left the airport at noon on Friday.", false},
           {"Agents converged on this area near the tip of western North Carolina.", true},
           {"This town of 2,000 people lost its only school to the fire.", true},
           {"The town of Andrews lost its only school to the fire this year.", false},
           {"--U.S. District Judge Walter L. Nixon of Mississippi, charged with lying.", true},
           {"\xE2\x80\xA2 The council voted to close the bridge for repairs.", true},
           {"With the committee's hearings set to begin this week.", true},
           {"With the hearings set to begin, the committee named its lawyers.", false},
           {"With 60 dead, the fire was the worst in the city's history.", false},
           {"On Monday, she resigned from the board of the company.", true},
           {"Later, Rudolph was charged in three Atlanta-area bombings.", false},
           {"When the police arrived at the house on the hill, he was gone.", true},
           {"Most of those arrested were released on Sunday.", true},
           {"Most of the miners were released on Sunday.", false},
           {"Anyway, he said, the council should decide.", true},
           {"Besides, 19 state attorneys general are involved in the suit.", true},
           {"Indeed, news reports Monday said the commission would act.", true},
           {"Thus the plan failed in the end.", true},
           {"By October, he said, he would be free.", true},
           {"The Cairo meeting was positive and constructive, he said.", true},
           {"The Cairo talks with Mubarak were positive, he said.", false},
           {"A. Yes, according to Dr. Nicholas Dodman of Tufts University.", true},
           {"A. Philip Randolph led the march.", false},
           {"Another item attracting interest is his typewriter.", true},
           {"The talks failed on Tuesday.", false},
       }) {
    EXPECT_EQ(NeedsContext(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, StartsWithConnectiveFindsPronounsAndConjunctions) {
  struct Case { std::string_view s; bool want; };
  for (const Case& c : {Case{"He said the vote was fair.", true},
                        Case{"But the rebels refused.", true},
                        Case{"This was the third attack.", true},
                        Case{"(This could explain the features.)", true},
                        Case{"Hezbollah said the vote was fair.", false},
                        Case{"Thousands marched in the capital.", false}}) {
    EXPECT_EQ(StartsWithConnective(c.s), c.want) << c.s;
  }
}

TEST(QualityTest, FindOpeningReferentNamesWhatTheOpenerTakesAsKnown) {
  struct Case {
    std::string_view s;
    std::vector<std::string> description;
    std::string surname;
  };
  const Case cases[] = {
      {"The banner has become a symbol.", {"banner"}, ""},
      {"The products are sold in Europe.", {"products"}, ""},
      {"The probe made the closest-ever flyby.", {"probe"}, ""},
      {"The demonstrators called for his death.", {"demonstrators"}, ""},
      {"The two men also exchanged views.", {"men"}, ""},
      {"The solar energy industry grew fast.", {"solar", "energy", "industry"}, ""},
      {"The basic aim of the request is lighting.", {"request"}, ""},
      // A name, a figure, a possessor or a restrictive modifier identifies it.
      {"The European Union agreed.", {}, ""},
      {"The 1998 floods killed 300.", {}, ""},
      {"The company's chief resigned.", {}, ""},
      {"The leader of Hamas spoke.", {}, ""},
      {"The man who shot him fled.", {}, ""},
      {"The world is watching.", {}, ""},
      // Lone capitalized words before a lower-case word: surname candidates.
      {"Johnson said the moon has water.", {}, "Johnson"},
      {"\"Most of it is frozen,\" Johnson said.", {}, "Johnson"},
      {"Pinsky gets an assistant.", {}, "Pinsky"},
      {"Chavez's victory has opened a new page.", {}, "Chavez"},
      {"Solar energy is used widely.", {}, "Solar"},  // the caller finds "solar" too
      {"Jim Erickson said the probe is fine.", {}, ""},
      {"He said it was fine.", {}, ""},
      {"A spokesman declined to comment.", {}, ""},
  };
  for (const Case& c : cases) {
    OpeningReferent r = FindOpeningReferent(c.s);
    EXPECT_EQ(r.description, c.description) << c.s;
    EXPECT_EQ(r.surname, c.surname) << c.s;
  }
}

TEST(QualityTest, NamesInFullWantsAGivenNameNotATitleOrSentenceOpener) {
  struct Case {
    std::string_view text, surname;
    bool want;
  };
  const Case cases[] = {
      {"Scientist Torrence Johnson said so.", "Johnson", true},
      {"said President Clinton on Monday.", "Clinton", true},
      {"Mr. Johnson said so.", "Johnson", false},
      {"It was late. At Johnson's house, they met.", "Johnson", false},
      {"Johnson said so.", "Johnson", false},
      {"Torrence Johnson, a hydrologist, said so.", "Johnson", true},
      {"the Johnsonville plant", "Johnson", false},
      {"with Al Gore there", "Gore", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(NamesInFull(c.text, c.surname), c.want) << c.text;
  }
}

TEST(QualityTest, BareSurnamesAreLoneCapitalizedWordsPastTheOpener) {
  struct Case {
    std::string_view sentence;
    std::vector<std::string> want;
  };
  const Case cases[] = {
      {"The Log Cabin Republicans reaffirmed their support for Fong.", {"Fong"}},
      {"Outside the party, Buchanan and other conservatives remain adamant.", {"Buchanan"}},
      {"Kolbe agreed with Linder that the debate made him squeamish.", {"Linder"}},  // opener aside
      {"In the future, MacKinnon and his staff will produce the discs.", {"MacKinnon"}},
      {"The rally backed Matt Fong and Mr. Boxer in Los Angeles.", {}},  // full, titled, multiword
      {"It was Fong's recent contribution that drew fire.", {"Fong"}},    // possessive
      {"The vote came on Tuesday in March after the talks.", {}},         // weekday, month
      {"Officials said \"Fong will lose\" on the radio.", {}},            // inside quotes
      {"Fong thanked Fong's backers and Fong's family.", {"Fong"}},       // each once
      {"The NATO allies met in Brussels, Belgium.", {}},                  // acronym; two names in a row
  };
  for (const Case& c : cases) {
    EXPECT_EQ(BareSurnames(c.sentence), c.want) << c.sentence;
  }
}

TEST(QualityTest, UsedAsPersonWantsASpeakerOrATitle) {
  struct Case {
    std::string_view text, surname;
    bool want;
  };
  const Case cases[] = {
      {"The plan will fail, Fong said on Monday.", "Fong", true},
      {"\"It will fail,\" said Fong.", "Fong", true},
      {"A letter from Mr. Fong arrived.", "Fong", true},
      {"Sen. Fong voted no.", "Fong", true},
      {"Voters in Texas said no.", "Texas", false},   // after a preposition: the place
      {"Texas said no to the plan.", "Texas", true},  // a limit: read as a speaker
      {"The Senate voted on Monday.", "Senate", false},
      {"Fongs said nothing.", "Fong", false},        // inside another word
      {"Fong's backers said so.", "Fong", false},
      {"The boat was found, MacKinnon said.", "MacKinnon", true},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(UsedAsPerson(c.text, c.surname), c.want) << c.text;
  }
}

TEST(QualityTest, CountWordsAndCollapseSpaces) {
  EXPECT_EQ(CountWords("  one two\n\nthree  "), 3);
  EXPECT_EQ(CountWords(""), 0);
  EXPECT_EQ(CollapseSpaces("  one two\n\nthree  "), "one two three");
}

}  // namespace
}  // namespace dossier::statements
