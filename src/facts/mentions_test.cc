// Table-driven tests of ExtractMentions on varied news-style sentences.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/facts/facts.h"

namespace dossier::facts {
namespace {

using T = EntityType;

struct Want {
  std::string surface;  // text under the span
  T type;
  std::string name;
  std::string title = "";
  bool demonym = false;
  bool tentative = false;
};

void ExpectMentions(std::string_view text, const std::vector<Want>& want) {
  SCOPED_TRACE(text);
  std::vector<Mention> got = ExtractMentions(text, {0, static_cast<uint32_t>(text.size())});
  std::string listing;
  for (const Mention& m : got) listing += "[" + m.name + "] ";
  ASSERT_EQ(got.size(), want.size()) << listing;
  for (size_t i = 0; i < want.size(); ++i) {
    const Mention& m = got[i];
    const Want& w = want[i];
    EXPECT_EQ(text.substr(m.span.begin, m.span.size()), w.surface);
    EXPECT_EQ(EntityTypeName(m.type), std::string(EntityTypeName(w.type))) << w.surface;
    EXPECT_EQ(m.name, w.name);
    EXPECT_EQ(m.title, w.title) << w.surface;
    EXPECT_EQ(m.demonym, w.demonym) << w.surface;
    EXPECT_EQ(m.tentative, w.tentative) << w.surface;
  }
}

TEST(ExtractMentionsTest, SeparatesTitlesFromNames) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Vice President Joe Biden met Gen. Mark Milley.",
       {{"Joe Biden", T::kPerson, "Joe Biden", "Vice President"},
        {"Mark Milley", T::kPerson, "Mark Milley", "Gen."}}},
      {"He spoke with Secretary of State Antony Blinken and Prime Minister Boris Johnson.",
       {{"Antony Blinken", T::kPerson, "Antony Blinken", "Secretary of State"},
        {"Boris Johnson", T::kPerson, "Boris Johnson", "Prime Minister"}}},
      {"The call with former President Barack Obama lasted long.",
       {{"Barack Obama", T::kPerson, "Barack Obama", "former President"}}},
      {"French President Emmanuel Macron called.",
       {{"French", T::kPlace, "France", "", true},
        {"Emmanuel Macron", T::kPerson, "Emmanuel Macron", "President"}}},
      {"Kremlin spokesman Dmitry Peskov declined to comment.",
       {{"Kremlin", T::kOrganization, "Kremlin"},
        {"Dmitry Peskov", T::kPerson, "Dmitry Peskov", "Kremlin spokesman"}}},
      {"Asked about it, Dmitry Peskov, spokesman for the Kremlin, said no.",
       {{"Dmitry Peskov", T::kPerson, "Dmitry Peskov", "spokesman for the Kremlin"},
        {"Kremlin", T::kOrganization, "Kremlin"}}},
      // A title before a name that modifies a noun is the noun's: no person "Concorde".
      {"The chief Concorde pilot said the jet was safe.", {{"Concorde", T::kOther, "Concorde"}}},
      // An acronym before an appositive naming a person is still no person.
      {"They backed the separatist group ETA, a reporter from the newspaper said.",
       {{"ETA", T::kOther, "ETA"}}},
      // A planet is a place, whatever kind noun comes before it.
      {"The field around giant Jupiter reached its moon Europa.",
       {{"Jupiter", T::kPlace, "Jupiter"}, {"Europa", T::kPlace, "Europa"}}},
      // The portfolio after "<title> of" is not part of the person's name.
      {"Kenya's Minister of Education Joseph Kamotho spoke.",
       {{"Kenya", T::kPlace, "Kenya"}, {"Joseph Kamotho", T::kPerson, "Joseph Kamotho"}}},
      // "for" inside an organization's name, after its cue word, as "of" is.
      {"The National League for Democracy won the vote.",
       {{"National League for Democracy", T::kOrganization, "National League for Democracy"}}},
      // A name written before "airport" is the airport's, not a person's.
      {"The jet took off from Charles de Gaulle airport on Tuesday.",
       {{"Charles de Gaulle", T::kPlace, "Charles de Gaulle"}}},
      {"Kremlin spokesman Dmitry Peskov told reporters so.",
       {{"Kremlin", T::kOrganization, "Kremlin"},
        {"Dmitry Peskov", T::kPerson, "Dmitry Peskov", "Kremlin spokesman"}}},
      {"Cambodian leader Hun Sen rejected the demand.",
       {{"Cambodian", T::kPlace, "Cambodia", "", true},
        {"Hun Sen", T::kPerson, "Hun Sen", "leader"}}},
      {"Jen Psaki, the White House press secretary, said so.",
       {{"Jen Psaki", T::kPerson, "Jen Psaki", "White House press secretary"},
        {"White House", T::kOrganization, "White House"}}},
      {"Sen. Bernie Sanders and Rep. Nancy Pelosi met Hun Sen.",
       {{"Bernie Sanders", T::kPerson, "Bernie Sanders", "Sen."},
        {"Nancy Pelosi", T::kPerson, "Nancy Pelosi", "Rep."},
        {"Hun Sen", T::kPerson, "Hun Sen"}}},
      // A title's office is no person: no "Office" with the title "Attorney General".
      {"A photo from the Attorney General's Office showed Sheriff Ann Lee.",
       {{"Ann Lee", T::kPerson, "Ann Lee", "Sheriff"}}},
      {"The Sheriff's Department said Sheriff Ann Lee spoke.",
       {{"Ann Lee", T::kPerson, "Ann Lee", "Sheriff"}}},
      // A court's district is part of a judge's or prosecutor's title, no place.
      {"U.S. District Judge Thomas Jackson ruled.",
       {{"U.S.", T::kPlace, "United States"},
        {"Thomas Jackson", T::kPerson, "Thomas Jackson", "District Judge"}}},
      {"Manhattan District Attorney Cyrus Vance spoke.",
       {{"Manhattan", T::kOther, "Manhattan", "", false, true},  // sentence-initial
        {"Cyrus Vance", T::kPerson, "Cyrus Vance", "District Attorney"}}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

TEST(ExtractMentionsTest, RecognizesPlacesOrganizationsAndDemonyms) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"The U.S. and NATO warned Moscow's leaders.",
       {{"U.S.", T::kPlace, "United States"},
        {"NATO", T::kOrganization, "North Atlantic Treaty Organization"},
        {"Moscow", T::kPlace, "Moscow"}}},
      {"Russian troops massed in Belarus near Eastern Europe.",
       {{"Russian", T::kPlace, "Russia", "", true},
        {"Belarus", T::kPlace, "Belarus"},
        {"Eastern Europe", T::kPlace, "Eastern Europe"}}},
      // Unknown words before a known organization's name lengthen it; one word does not.
      {"The Log Cabin Republicans met in Dallas on Sunday.",
       {{"Log Cabin Republicans", T::kOrganization, "Log Cabin Republicans"},
        {"Dallas", T::kPlace, "Dallas"}}},
      {"Shares of Acme Holdings Inc. fell after the Ministry of Defense spoke.",
       {{"Shares", T::kOther, "Shares", "", false, true},
        {"Acme Holdings Inc", T::kOrganization, "Acme Holdings Inc"},
        {"Ministry of Defense", T::kOrganization, "Ministry of Defense"}}},
      {"Officials at the White House and the University of Michigan agreed.",
       {{"Officials", T::kOther, "Officials", "", false, true},
        {"White House", T::kOrganization, "White House"},
        {"University of Michigan", T::kOrganization, "University of Michigan"}}},
      {"MOSCOW (AP) Protesters gathered at Dilworth Plaza in Philadelphia.",
       {{"MOSCOW", T::kPlace, "Moscow"},
        {"AP", T::kOrganization, "Associated Press"},
        {"Protesters", T::kOther, "Protesters", "", false, true},
        {"Dilworth Plaza", T::kPlace, "Dilworth Plaza"},
        {"Philadelphia", T::kPlace, "Philadelphia"}}},
      {"He called the Odessa Police Department and the Kenya Wildlife Service about al-Qaeda.",
       {{"Odessa Police Department", T::kOrganization, "Odessa Police Department"},
        {"Kenya Wildlife Service", T::kOrganization, "Kenya Wildlife Service"},
        {"al-Qaeda", T::kOrganization, "al-Qaida"}}},
      {"In Kansas City and Northern Ireland, Smith & Nephew and the Seminole County Child "
       "Protective Services met Deputy First Minister Martin McGuinness.",
       {{"Kansas City", T::kPlace, "Kansas City"},
        {"Northern Ireland", T::kPlace, "Northern Ireland"},
        {"Smith & Nephew", T::kOrganization, "Smith & Nephew"},
        {"Seminole County Child Protective Services", T::kOrganization,
         "Seminole County Child Protective Services"},
        {"Martin McGuinness", T::kPerson, "Martin McGuinness", "Deputy First Minister"}}},
      {"The Economic Community of West African States praised John the Baptist and the "
       "Democratic Senate Caucus.",
       {{"Economic Community of West African States", T::kOrganization,
         "Economic Community of West African States"},
        {"John the Baptist", T::kPerson, "John the Baptist"},
        {"Democratic Senate Caucus", T::kOrganization, "Democratic Senate Caucus"}}},
      // A demonym opens an organization's name; a possessive name before it does not.
      {"The Cambodian People's Party won.",
       {{"Cambodian People's Party", T::kOrganization, "Cambodian People's Party"}}},
      {"Hun Sen's Cambodian People's Party won.",
       {{"Hun Sen", T::kPerson, "Hun Sen"},
        {"Cambodian People's Party", T::kOrganization, "Cambodian People's Party"}}},
      {"The American Medical Association said so.",
       {{"American Medical Association", T::kOrganization, "American Medical Association"}}},
      {"They were treated at St. Mary's Hospital in the city.",
       {{"St. Mary's Hospital", T::kOrganization, "St. Mary's Hospital"}}},
      // A title word or a hyphenated place that opens an organization's name.
      {"Major League Baseball said the season would start late.",
       {{"Major League Baseball", T::kOrganization, "Major League Baseball"}}},
      {"They met at the Asia-Pacific Economic Cooperation forum in Kuala Lumpur.",
       {{"Asia-Pacific Economic Cooperation", T::kOrganization,
         "Asia-Pacific Economic Cooperation"},
        {"Kuala Lumpur", T::kPlace, "Kuala Lumpur"}}},
      // A title that opens a place's or an organization's name is part of it.
      {"He was found in the 5000 block of Queen Victoria Road on Monday.",
       {{"Queen Victoria Road", T::kPlace, "Queen Victoria Road"}}},
      {"Queen Elizabeth opened the bridge.",
       {{"Elizabeth", T::kPerson, "Elizabeth", "Queen"}}},
      // A one-word place after a given name is a surname.
      {"But Michael Jordan made $33 million last season.",
       {{"Michael Jordan", T::kPerson, "Michael Jordan"}}},
      {"The World Food Program said it needed more food.",
       {{"World Food Program", T::kOrganization, "World Food Program"}}},
      {"He spoke at the University of Southern California on Monday.",
       {{"University of Southern California", T::kOrganization,
         "University of Southern California"}}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

TEST(ExtractMentionsTest, DoesNotTrustSentenceInitialWords) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Heavy shelling continued on Monday.", {{"Heavy", T::kOther, "Heavy", "", false, true}}},
      {"However, the plan failed in January.", {}},
      {"Putin has also proposed measures.", {{"Putin", T::kOther, "Putin", "", false, true}}},
      {"\"Nobody wants war,\" Peskov said.",
       {{"Nobody", T::kOther, "Nobody", "", false, true}, {"Peskov", T::kOther, "Peskov"}}},
      {"I've seen THE FACTS, Rep. Frank Wolf (R-Va.) said.",
       {{"Frank Wolf", T::kPerson, "Frank Wolf", "Rep."}}},
      {"He spoke with Sissi, a Hagel spokesman said.", {{"Sissi", T::kOther, "Sissi"},
                                                       {"Hagel", T::kOther, "Hagel"}}},
      {"John Kerry chairs the Senate Foreign Relations Committee.",
       {{"John Kerry", T::kPerson, "John Kerry"},
        {"Senate Foreign Relations Committee", T::kOrganization, "Senate Foreign Relations Committee"}}},
      {"Mix Pagerank and CheiRank together.", {{"Mix Pagerank", T::kOther, "Mix Pagerank", "", false, true},
                                                {"CheiRank", T::kOther, "CheiRank"}}},
      {"Emmanuel Macron said he would go.", {{"Emmanuel Macron", T::kPerson, "Emmanuel Macron"}}},
      {"Ukraine wants F-16 jets as COVID-19 spreads.", {{"Ukraine", T::kPlace, "Ukraine"}}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

TEST(ExtractMentionsTest, SurvivesInvalidUtf8AndHugeInput) {
  std::string junk = "\xff President \xc3 Joe \xe2\x82 Biden \x80 U.S. \xf0\x9f";
  for (int i = 0; i < 256; ++i) junk.push_back(static_cast<char>(i));
  std::vector<Mention> got = ExtractMentions(junk, {0, static_cast<uint32_t>(junk.size())});
  for (const Mention& m : got) ASSERT_LE(m.span.end, junk.size());
  std::string huge;
  for (int i = 0; i < 100000; ++i) huge += "President Joe Biden met Putin in Geneva, ";
  got = ExtractMentions(huge, {0, static_cast<uint32_t>(huge.size())});
  EXPECT_GT(got.size(), 1000u);
  EXPECT_TRUE(ExtractMentions("", {0, 0}).empty());
  std::string caps(100000, 'A');
  EXPECT_LE(ExtractMentions(caps, {0, 100000}).size(), 1u);
}

TEST(ExtractMentionsTest, ADemonymNamesItsStateOnlyBeforeAStateNounOrATitle) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      {"Russian troops massed near the border.",
       {{"Russian", T::kPlace, "Russia", "", true}}},
      {"Chinese officials declined to comment.", {{"Chinese", T::kPlace, "China", "", true}}},
      {"Chinese medicine is popular in the city.", {}},
      {"American students often work two jobs.", {}},
      {"Many Russians watched the parade.", {}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

}  // namespace
}  // namespace dossier::facts

namespace dossier::facts {
namespace {

TEST(IsStateNounTest, TellsAStatesThingsFromOtherCountedNouns) {
  struct Case {
    std::string_view noun;
    bool state;
  };
  for (const Case& c : {Case{"troop", true}, Case{"troops", true}, Case{"official", true},
                        Case{"warship", true}, Case{"language", false}, Case{"tribe", false},
                        Case{"yacht", false}}) {
    EXPECT_EQ(IsStateNoun(c.noun), c.state) << c.noun;
  }
}

TEST(IsPeopleNameTest, KnowsPluralDemonyms) {
  struct Case {
    std::string_view noun;
    bool people;
  };
  for (const Case& c : {Case{"israelis", true}, Case{"israeli", true}, Case{"americans", true},
                        Case{"troops", false}, Case{"languages", false}, Case{"", false}}) {
    EXPECT_EQ(IsPeopleName(c.noun), c.people) << c.noun;
  }
}

TEST(IsPersonNounTest, KnowsNounsThatNameAPersonByWhatOrHowOldTheyAre) {
  struct Case {
    std::string_view noun;
    bool person;
  };
  for (const Case& c : {Case{"son", true}, Case{"sons", true}, Case{"toddler", true},
                        Case{"girl", true}, Case{"doctor", true}, Case{"building", false},
                        Case{"tradition", false}, Case{"s", false}, Case{"", false}}) {
    EXPECT_EQ(IsPersonNoun(c.noun), c.person) << c.noun;
  }
}

TEST(ExtractMentionsTest, TypesUnknownNamesByTheNounWrittenWithThem) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      // An age after a name, a role noun before it, an appositive's head: a person.
      {"Dario Fenoglio, 52, was found on the patio.",
       {{"Dario Fenoglio", T::kPerson, "Dario Fenoglio"}}},
      {"It was led by chemist Piero Garla and others.",
       {{"Piero Garla", T::kPerson, "Piero Garla"}}},
      {"It quoted Matteo Borra, a forensic scientist at the university.",
       {{"Matteo Borra", T::kPerson, "Matteo Borra"}}},
      // A company noun before, after or heading an appositive: an organization.
      {"He worked for Wellum, a major German hair-care company.",
       {{"Wellum", T::kOrganization, "Wellum"}}},
      {"The agribusiness giant Monsanta sued.",
       {{"Monsanta", T::kOrganization, "Monsanta"}}},
      {"He leads the royalist Funcinpec party.",
       {{"Funcinpec", T::kOrganization, "Funcinpec"}}},
      // No evidence: an adjective before "party", a possessive, a capitalized
      // appositive, an appositive that is a speaker, an age before a thing's name.
      {"It opened the Republican party to new faces.",
       {{"Republican", T::kOther, "Republican"}}},
      {"Yet Ranaridh's party won.", {{"Ranaridh", T::kOther, "Ranaridh"}}},
      {"In Kindulu, the Ministry of Defense said so.",
       {{"Kindulu", T::kOther, "Kindulu"},
        {"Ministry of Defense", T::kOrganization, "Ministry of Defense"}}},
      {"They came for the Games, a senior police officer said.",
       {{"Games", T::kOther, "Games"}}},
      {"It docked at the 12-year-old Mirra station.", {{"Mirra", T::kOther, "Mirra"}}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

TEST(ExtractMentionsTest, AnAcronymsPossessiveEndsTheName) {
  struct Case { std::string_view text; std::vector<Want> want; };
  const Case cases[] = {
      // The acronym owns the unit; "People's Party" still runs on.
      {"They called the LAPD's Homicide Bureau now.",
       {{"LAPD", T::kOther, "LAPD"}, {"Homicide Bureau", T::kOrganization, "Homicide Bureau"}}},
      {"He joined the People's Party then.",
       {{"People's Party", T::kOrganization, "People's Party"}}},
  };
  for (const Case& c : cases) ExpectMentions(c.text, c.want);
}

}  // namespace
}  // namespace dossier::facts
