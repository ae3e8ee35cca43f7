// Briefing tests on three kinds of story: an invented four-outlet story with known
// answers (tests/data/briefing/harbor), the bundled real example
// (examples/biden-putin), and real DUC 2004 clusters from ../shared when present, where
// no contradiction was planted and none may be reported.
#include "src/briefing/briefing.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <string>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/engine/pipeline.h"
#include "src/ingest/ingest.h"

namespace dossier::briefing {
namespace {

std::vector<Article> Load(const std::string& dir) {
  engine::LoadResult r = engine::LoadArticles({std::string(DOSSIER_SOURCE_DIR) + "/" + dir}, {});
  EXPECT_TRUE(r.report.rejected.empty());
  return r.articles;
}

bool Contains(const std::string& s, const std::string& part) {
  return s.find(part) != std::string::npos;
}

// A figure is a source's own only when no other source states one within 1.5 times it:
// "14 water stations" is not news only one outlet has when another counts 10 or 20 of
// something, which may be the same thing counted again; 9 or 22 leave it "only here".
TEST(BriefingTest, OnlyInOneSourceNeedsAFigureNoOtherSourceComesNear) {
  struct Case {
    std::string other;  // a sentence added to article 3 (another outlet)
    bool shown;         // whether article 1's "14 water stations ... across Eastgate"
                        // stays "only here" (the figure is its second own thing)
  };
  for (const Case& c : {
           Case{"", true},
           Case{"Volunteers handed out bottled water to 12 families at the fire hall.", false},
           Case{"Volunteers handed out bottled water to 10 families at the fire hall.", false},
           Case{"Volunteers handed out bottled water to 20 families at the fire hall.", false},
           Case{"Volunteers handed out bottled water to 9 families at the fire hall.", true},
           Case{"Volunteers handed out bottled water to 22 families at the fire hall.", true},
           Case{"Volunteers handed out bottled water to 40 families at the fire hall.", true},
       }) {
    std::vector<Article> articles = Load("tests/data/briefing/watermain");
    ASSERT_EQ(articles.size(), 4u);
    for (Article& a : articles) a.sentences.clear();
    articles[3].text += "\n" + c.other + "\n";
    articles[3].body.clear();
    engine::PrepareArticles(&articles, {});
    Briefing b = BuildBriefing(articles, {});
    bool shown = false;
    for (const UniqueStatements& u : b.unique) {
      for (const BriefItem& item : u.items) shown |= Contains(item.text, "14 water stations");
    }
    EXPECT_EQ(shown, c.shown) << c.other;
  }
}

// Every citation points inside its article and, for items, at the text shown.
void ExpectCitationsValid(const std::vector<Article>& articles, const Briefing& b) {
  auto check = [&](const BriefItem& item) {
    ASSERT_FALSE(item.cites.empty());
    for (const Citation& c : item.cites) {
      ASSERT_LT(c.article, articles.size());
      ASSERT_LE(c.span.end, articles[c.article].text.size());
      ASSERT_LT(c.span.begin, c.span.end);
    }
    const Citation& first = item.cites.front();
    EXPECT_EQ(articles[first.article].Slice(first.span), item.text);
  };
  for (const BriefItem& i : b.summary) check(i);
  for (const TimelineEntry& t : b.timeline) check(t.event);
  for (const UniqueStatements& u : b.unique) {
    for (const BriefItem& i : u.items) check(i);
  }
}

const TimelineEntry* FindEvent(const Briefing& b, const std::string& date, const std::string& words) {
  for (const TimelineEntry& t : b.timeline) {
    if (t.date == date && Contains(t.event.text, words)) return &t;
  }
  return nullptr;
}

TEST(BriefingTest, HarborStoryTimelineResolvesWeekdaysAgainstEachArticlesDate) {
  std::vector<Article> articles = Load("tests/data/briefing/harbor");
  ASSERT_EQ(articles.size(), 4u);
  Briefing b = BuildBriefing(articles, {});
  ExpectCitationsValid(articles, b);
  struct Case { std::string date, words; };
  for (const Case& c : {Case{"2023-03-14", "collapsed into the river on Tuesday"},
                        Case{"2023-03-15", "declared a state of emergency on Wednesday"},
                        Case{"2023-03-16", "rose to 15"},
                        Case{"2023-03-17", "vigil"}}) {
    EXPECT_NE(FindEvent(b, c.date, c.words), nullptr) << c.date << " " << c.words;
  }
  EXPECT_TRUE(std::is_sorted(b.timeline.begin(), b.timeline.end(),
                             [](const auto& x, const auto& y) { return x.date < y.date; }));
  // The collapse is told by two outlets: the entry cites both.
  const TimelineEntry* collapse = FindEvent(b, "2023-03-14", "collapsed");
  ASSERT_NE(collapse, nullptr);
  EXPECT_GE(collapse->event.cites.size(), 2u);
}

TEST(BriefingTest, HarborStoryFlagsTheCopyThatContradictsTheOthers) {
  std::vector<Article> articles = Load("tests/data/briefing/harbor");
  Briefing b = BuildBriefing(articles, {});
  ASSERT_EQ(b.sources.size(), 4u);
  for (size_t i = 0; i < 4; ++i) EXPECT_EQ(b.sources[i].suspect, i == 2) << i;
  struct Case { std::string kind, words; };
  for (const Case& c : {Case{"title", "\"Senator\""}, Case{"date", "2009"}}) {
    bool found = std::any_of(b.disagreements.begin(), b.disagreements.end(), [&](const auto& d) {
      return d.kind == c.kind && Contains(d.summary, c.words) && Contains(d.summary, "[3]");
    });
    EXPECT_TRUE(found) << c.kind << " " << c.words;
  }
  // The summary prefers the clean wording of a statement the suspect copy shares.
  for (const BriefItem& i : b.summary) EXPECT_NE(i.cites.front().article, 2u) << i.text;
}

TEST(BriefingTest, HarborStoryDeathTollChangesOverTime) {
  Briefing b = BuildBriefing(Load("tests/data/briefing/harbor"), {});
  auto d = std::find_if(b.disagreements.begin(), b.disagreements.end(),
                        [](const Disagreement& x) { return x.kind == "quantity"; });
  ASSERT_NE(d, b.disagreements.end());
  EXPECT_EQ(d->assessment, "changed over time");
  std::vector<double> values;
  for (const QuantityClaim& c : d->claims) values.push_back(c.value);
  EXPECT_NE(std::find(values.begin(), values.end(), 12.0), values.end());
  EXPECT_NE(std::find(values.begin(), values.end(), 15.0), values.end());
  // The projected repair cost ("$200 million", of nothing named) is no key number: a
  // key number says what it counts.
  for (const KeyNumber& k : b.numbers) {
    for (const QuantityClaim& c : k.claims) EXPECT_NE(c.value, 2e8) << k.counted;
  }
}

TEST(BriefingTest, HarborStoryKeyNumbersAreLabelledAsTheSourcesWriteThem) {
  Briefing b = BuildBriefing(Load("tests/data/briefing/harbor"), {});
  std::vector<std::string> labels;
  for (const KeyNumber& k : b.numbers) labels.push_back(k.counted);
  // Plural as written, people with what happened to them, and the owning place when
  // the phrase does not say whose; only figures two independent sources state ("about
  // 40 people" injured and "hundreds of residents" are one source's); never a count
  // labelled by its noun alone ("30,000 vehicles" a day: of what?).
  struct Case {
    std::string label;
    bool shown;
  };
  for (const Case& c : {Case{"people killed (Harbor Street)", true}, Case{"vehicles", false},
                        Case{"people injured", false}, Case{"residents gathered", false},
                        Case{"USD", false}, Case{"vehicle", false},
                        Case{"people (Harbor Street)", false}}) {
    EXPECT_EQ(std::find(labels.begin(), labels.end(), c.label) != labels.end(), c.shown)
        << c.label;
  }
  // The key number lists the figure the sources agree on; the other (15) is in the
  // disagreement.
  for (const KeyNumber& k : b.numbers) {
    if (k.counted != "people killed (Harbor Street)") continue;
    for (const QuantityClaim& c : k.claims) EXPECT_EQ(c.value, 12.0);
  }
}

// The briefing of articles given as (date, text), each from its own outlet.
Briefing BriefDated(const std::vector<std::pair<std::string, std::string>>& dated) {
  std::vector<Article> articles;
  for (size_t i = 0; i < dated.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i);
    a.source = "outlet" + std::to_string(i) + ".example";
    a.date = dated[i].first;
    a.text = dated[i].second;
    articles.push_back(std::move(a));
  }
  engine::PrepareArticles(&articles, {});
  return BuildBriefing(articles, {});
}

// The briefing of one article per text, each from its own outlet, dated `day_prefix`
// followed by the article's index ("1998-05-2" -> 1998-05-20, -21, ...).
Briefing BriefOutlets(const std::vector<std::string>& texts, const std::string& day_prefix) {
  std::vector<std::pair<std::string, std::string>> dated;
  for (size_t i = 0; i < texts.size(); ++i) dated.push_back({day_prefix + std::to_string(i), texts[i]});
  return BriefDated(dated);
}

TEST(BriefingTest, AFigureWrittenAsACompoundAdjectiveIsLabelledByItsNounAndUnit) {
  const std::vector<std::string> texts = {
      "Protesters marched through the capital on Monday as the end of the president's "
      "32-year rule drew near. Prosecutors read the 49-page indictment in court. The "
      "eight-month rebellion in the north went on.",
      "Students and workers demanded reforms, and analysts said the 32-year rule of the "
      "president was over. The court heard the 49-page indictment against his aides. "
      "Rebels said the eight-month rebellion would go on.",
      "The army stayed in its barracks while crowds cheered the fall of a 32-year-rule. "
      "Lawyers for the aides said the 49-page indictment was political. Nobody could say "
      "how the eight-month rebellion would end.",
  };
  Briefing b = BriefOutlets(texts, "1998-05-2");
  std::vector<std::string> labels;
  for (const KeyNumber& k : b.numbers) labels.push_back(k.counted);
  for (const char* want : {"president's rule (years)", "indictment (pages)", "rebellion (months)"}) {
    EXPECT_NE(std::find(labels.begin(), labels.end(), want), labels.end())
        << want << " among " << testing::PrintToString(labels);
  }
  for (const char* unwanted :
       {"year rule", "year-rule", "page indictment", "rule drew (years)", "month rebellion"}) {
    EXPECT_EQ(std::find(labels.begin(), labels.end(), unwanted), labels.end()) << unwanted;
  }
}

// A key number must say what it counts: a count of people with what happened to them or
// whose they are, a figure a label can give an owner to, a figure and not an order of
// magnitude. Each case is one figure that three outlets state alike.
// An airline named before its plane ("an Air France Concorde") is the airline, a "chief
// Concorde pilot" makes no person of the plane, and a name before "airport" is a place.
TEST(BriefingTest, KeyEntitiesKeepOwnersApartFromTheirThings) {
  const std::vector<std::string> texts = {
      "An Air France Concorde crashed after takeoff from Charles de Gaulle airport. Air France "
      "grounded its fleet, and the Concorde will not fly for weeks.",
      "Air France said the Concorde that crashed near Charles de Gaulle airport was checked "
      "on Monday. The chief Concorde pilot for the airline said the jet was safe.",
      "Investigators said the Air France Concorde lost an engine over Charles de Gaulle "
      "airport. Air France will pay the families, and the Concorde stays grounded.",
  };
  Briefing b = BriefOutlets(texts, "2000-07-2");
  std::map<std::string, std::string> got;
  for (const KeyEntity& k : b.entities) got[k.name] = k.type;
  EXPECT_EQ(got, (std::map<std::string, std::string>{{"Air France", "organization"},
                                                     {"Charles de Gaulle", "place"}}));
}

// The people aboard are part of the toll, not a rival figure for it: "109 aboard" and
// "113 killed" do not disagree, while two tolls or two counts aboard may.
TEST(BriefingTest, PeopleAboardAndTheWholeTollAreTwoQuantities) {
  struct Case {
    std::string name, aboard;
    size_t disagreements;
  };
  for (const Case& c : {Case{"a part", "109", 0}, Case{"two counts aboard", "100", 1}}) {
    const std::vector<std::string> texts = {
        "The jet crashed on Tuesday after takeoff, and all 109 people aboard were killed.",
        "The crash of the jet after takeoff on Tuesday killed 113 people, investigators said.",
        "Investigators said 113 people were killed when the jet crashed after takeoff on Tuesday.",
        "All " + c.aboard + " people aboard were killed when the jet crashed after takeoff on "
        "Tuesday.",
    };
    Briefing b = BriefOutlets(texts, "2000-07-2");
    EXPECT_EQ(b.disagreements.size(), c.disagreements) << c.name;
  }
}

// The wire service of a dateline filed the story and is not in it; the dateline's place
// is where it happened. An acronym is no person, whatever appositive follows it.
TEST(BriefingTest, KeyEntitiesLeaveOutTheDatelinesWireService) {
  const std::vector<std::string> texts = {
      "MADRID, Spain (AP) _ The separatist group ETA claimed the bombing in Bilbao on Monday.",
      "BILBAO, Spain (AP) _ Police blamed ETA, a spokesman for the regional police said, for "
      "the bombing in Bilbao.",
      "MADRID, Spain (AP) _ ETA said on Tuesday it had set off the bomb in Bilbao.",
  };
  Briefing b = BriefOutlets(texts, "1998-06-2");
  std::map<std::string, std::string> got;
  for (const KeyEntity& k : b.entities) got[k.name] = k.type;
  EXPECT_EQ(got.count("Associated Press"), 0u);
  EXPECT_EQ(got["Spain"], "place");
  EXPECT_NE(got["ETA"], "person");
}

// One toll is one key number however its groups came apart: a group is joined by the
// value most of its sources state, not by its first source's ("more than 750" beside
// "nearly 800"); a possessive the label already names is not repeated.
TEST(BriefingTest, OneTollIsOneKeyNumberWhateverItsFirstSourceSaid) {
  const std::vector<std::string> texts = {
      "The group has killed more than 750 people since 1968, police said on Monday.",
      "The group has killed nearly 800 people in its campaign, officials said.",
      "Officials said the group has killed nearly 800 people in its campaign.",
      "In Spain the group has killed nearly 800 people in its campaign, a judge said.",
      "Spain says the group has killed nearly 800 people in its long campaign.",
      "ETA's 500 ETA prisoners stay in jails far from home, lawyers said.",
      "Lawyers said ETA's 500 ETA prisoners would stay in jails far from home.",
  };
  Briefing b = BriefOutlets(texts, "1998-12-1");
  std::vector<std::string> labels;
  for (const KeyNumber& k : b.numbers) labels.push_back(k.counted);
  auto starting = [&](const std::string& prefix) {
    return std::count_if(labels.begin(), labels.end(),
                         [&](const std::string& l) { return l.starts_with(prefix); });
  };
  EXPECT_EQ(starting("people killed"), 1) << testing::PrintToString(labels);
  EXPECT_EQ(starting("ETA prisoners"), 1) << testing::PrintToString(labels);
  EXPECT_EQ(starting("ETA's ETA"), 0) << testing::PrintToString(labels);
}

// A courtesy title ("Mr.") says nothing of who someone is; an office does.
TEST(BriefingTest, KeyEntitiesListOfficesNotCourtesyTitles) {
  const std::vector<std::string> texts = {
      "President Ali Abdullah Saleh promised reforms in Yemen on Friday.",
      "Protesters in Yemen demanded that Mr. Saleh step down after three decades.",
      "President Ali Abdullah Saleh said in Yemen that he would not run again.",
  };
  Briefing b = BriefOutlets(texts, "2011-02-1");
  const KeyEntity* saleh = nullptr;
  for (const KeyEntity& k : b.entities) {
    if (k.name == "Ali Abdullah Saleh") saleh = &k;
  }
  ASSERT_NE(saleh, nullptr);
  EXPECT_EQ(saleh->titles, std::vector<std::string>{"President (2 sources)"});
}


// A wire dateline's day is the story's "today"; a target ("by the year 2000") and a
// bill number ("A-2254") date nothing; one event at two precisions is one entry at the
// finer date.
TEST(BriefingTest, TimelineReadsDatelinesTargetsAndPrecisions) {
  Briefing b = BriefDated({
      {"1997-03-12", "WASHINGTON, March 11 (Xinhua) -- The trade minister said today that "
                     "talks with the European Union would resume in April."},
      {"1997-03-12", "Officials said demand for water would rise to 1.8 billion liters a day "
                     "by the year 2000. The bill, A-2254, would have banned smoking in bars."},
      {"1997-12-20", "Turkey suspended its political dialogue with the European Union in "
                     "1997 after the summit in Luxembourg."},
      {"1997-12-21", "Turkey suspended its political dialogue with the European Union on "
                     "Dec. 14, 1997, after the summit in Luxembourg."},
  });
  std::vector<std::string> dates;
  for (const TimelineEntry& t : b.timeline) dates.push_back(t.date);
  EXPECT_NE(std::find(dates.begin(), dates.end(), "1997-03-11"), dates.end())
      << testing::PrintToString(dates);
  for (const char* never : {"2000", "2254", "1997"}) {
    EXPECT_EQ(std::find(dates.begin(), dates.end(), never), dates.end())
        << never << " in " << testing::PrintToString(dates);
  }
  EXPECT_EQ(std::count(dates.begin(), dates.end(), "1997-12-14"), 1)
      << testing::PrintToString(dates);
  // Odd openings that only look like a dateline are read without harm.
  for (const char* text : {"Hello, (", "WASHINGTON, (AP) -- The minister spoke today about talks.",
                           "PARIS, Foo 11 (AP) -- The minister spoke today.", ", (", "A, B ("}) {
    Briefing odd = BriefDated({{"1997-03-12", text}, {"1997-03-12", text}});
    EXPECT_LE(odd.timeline.size(), 2u) << text;
  }
}

// One event told by two sources in other words on close dates is one entry when the two
// share a verb of what happened; two events of one day, or an event and a report of it
// that says nothing happened ("said"), stay apart.
TEST(BriefingTest, TimelineShowsAnEventToldTwiceOnce) {
  struct Case {
    std::string first, second;
    size_t entries;
  };
  for (const Case& c : {
           Case{"British police arrested the former dictator in his bed on Friday at a London "
                "hospital.",
                "The general was arrested in London on Oct. 16 at the request of a Spanish judge.",
                1},
           Case{"British police arrested the former dictator in his bed on Friday at a London "
                "hospital.",
                "Chile's government protested to Britain on Friday over the detention in London.",
                2},
           Case{"The ruling party won 64 of the 122 seats in parliament in the July election.",
                "The king's party said in July that it would sit in the new parliament.", 2},
       }) {
    Briefing b = BriefDated({{"1998-10-17", c.first}, {"1998-10-18", c.second}});
    EXPECT_EQ(b.timeline.size(), c.entries) << c.first << " / " << c.second;
  }
}

// Ages that rise with the articles' dates are a birthday, not a disagreement; two ages
// the same day are.
TEST(BriefingTest, AgesThatFollowTheDatesDoNotDisagree) {
  struct Case {
    std::string first_date, second_date;
    bool disagree;
  };
  for (const Case& c : {Case{"2000-05-01", "2000-09-01", false},
                        Case{"2000-05-01", "2000-05-01", true}}) {
    Briefing b = BriefDated({
        {c.first_date, "The actor Billy Bob Thornton, 44, married the actress in Las Vegas."},
        {c.second_date, "The actor Billy Bob Thornton, 45, married the actress in Las Vegas."},
        {c.second_date, "The actor Billy Bob Thornton, 45, was married in Las Vegas."},
    });
    const bool age = std::any_of(b.disagreements.begin(), b.disagreements.end(),
                                 [](const Disagreement& d) { return d.kind == "age"; });
    EXPECT_EQ(age, c.disagree) << c.first_date << " / " << c.second_date;
  }
}

// One key number comes from reports a month apart at most (or saying the same thing):
// the same figure arrested two years apart is two events.
TEST(BriefingTest, AKeyNumbersFiguresComeFromOneTime) {
  struct Case {
    std::string second_date;
    bool shown;
  };
  for (const Case& c : {Case{"1996-05-09", true}, Case{"1998-08-26", false}}) {
    Briefing b = BriefDated({
        {"1996-05-02", "Police in Qinghai arrested 11 people from a gang that robbed trains."},
        {c.second_date, "Detectives arrested 11 people when they raided a laundering ring in Hong Kong."},
    });
    bool shown = false;
    for (const KeyNumber& k : b.numbers) shown |= k.counted.find("arrested") != std::string::npos;
    EXPECT_EQ(shown, c.shown) << c.second_date;
  }
}

// Rival reports of one quantity stay within three times each other; figures further
// apart are of different things unless the sentences say the same thing.
TEST(BriefingTest, FiguresFarApartAreNotRivalValues) {
  struct Case {
    std::string second;
    bool disagree;
  };
  for (const Case& c : {Case{"The library's website now offers 1.7 million items online.", false},
                        Case{"The library holds 95 million items in its collection.", true}}) {
    Briefing b = BriefDated({{"2000-04-24", "The library holds 119 million items in its collection, it said."},
                             {"2000-04-24", c.second},
                             {"2000-04-24", "The library said it holds 119 million items in its collection."}});
    const bool items = std::any_of(b.disagreements.begin(), b.disagreements.end(),
                                   [](const Disagreement& d) { return d.subject.find("items") != std::string::npos; });
    EXPECT_EQ(items, c.disagree) << c.second;
  }
}

// Wire typesetting codes are no part of a title; a title made only of them names nothing.
TEST(BriefingTest, SourceTitlesLeaveOutWireCodes) {
  struct Case {
    std::string title, shown;
  };
  std::vector<Case> cases = {{"&HT;", ""}, {"&UR; &QL;", ""}, {"AT&T; rivals merge", "AT&T; rivals merge"},
                             {"Crow found dead in Stamford", "Crow found dead in Stamford"},
                             {"&HT; BUSH INVITES GAY REPUBLICANS", "BUSH INVITES GAY REPUBLICANS"},
                             {"CROW FOUND &QL; DEAD", "CROW FOUND DEAD"}};
  std::vector<Article> articles;
  for (size_t i = 0; i < cases.size(); ++i) {
    Article a;
    a.id = "a" + std::to_string(i);
    a.title = cases[i].title;
    a.text = "A dead crow was found in Stamford on Monday, health officials said.";
    articles.push_back(std::move(a));
  }
  engine::PrepareArticles(&articles, {});
  Briefing b = BuildBriefing(articles, {});
  ASSERT_EQ(b.sources.size(), cases.size());
  for (size_t i = 0; i < cases.size(); ++i) EXPECT_EQ(b.sources[i].title, cases[i].shown) << i;
}

// Names that are no one and nowhere of the story: a currency ("U.S. dollars"), a given
// name alone, an award, a disease, a quoted title; and a weekday in a quoted title dates
// nothing.
TEST(BriefingTest, KeyEntitiesLeaveOutNamesThatAreNoOneAndNowhere) {
  struct Case {
    std::vector<std::string> texts;
    std::vector<std::string> never, listed;
  };
  const std::vector<Case> cases = {
      {{"The gang demanded 100 million U.S. dollars from the tycoon John Lee in Hong Kong.",
        "Police in Hong Kong said the gang wanted 100 million U.S. dollars, John said.",
        "The ransom of 100 million U.S. dollars was paid in Hong Kong, John told police."},
       {"United States", "John"},
       {"Hong Kong"}},
      {{"The actress won an Oscar on Sunday for 'An American Werewolf in London' in Chicago.",
        "Doctors in Chicago ruled out St. Louis encephalitis; she won the Oscar on Sunday.",
        "Her Oscar came on Sunday in Chicago, where \"Next Friday\" opened to crowds."},
       {"Oscar", "Academy Award", "St. Louis", "London"},
       {"Chicago"}},
  };
  for (const Case& c : cases) {
    Briefing b = BriefOutlets(c.texts, "2000-03-2");
    std::vector<std::string> names;
    for (const KeyEntity& k : b.entities) names.push_back(k.name);
    for (const std::string& never : c.never) {
      EXPECT_EQ(std::count(names.begin(), names.end(), never), 0)
          << never << " in " << testing::PrintToString(names);
    }
    for (const std::string& listed : c.listed) {
      EXPECT_EQ(std::count(names.begin(), names.end(), listed), 1)
          << listed << " not in " << testing::PrintToString(names);
    }
    for (const TimelineEntry& t : b.timeline) {
      EXPECT_EQ(t.event.text.find("Next Friday"), std::string::npos) << t.event.text;
    }
  }
}

TEST(BriefingTest, KeyNumbersSayWhatTheyCount) {
  struct Case {
    std::string name, sentence, want;  // want: the key number's label, "" for none
  };
  const std::vector<Case> cases = {
      {"people with what happened", "Police said 40 protesters were arrested in the square.",
       "protesters arrested"},
      {"people alone", "Officials said more than 200 players met in the union hall.", ""},
      {"whose people", "The union said the league's 400 players would stay home.",
       "league's players"},
      {"a pronoun's figure", "Aides said the end of his 17-year rule was near.", ""},
      {"a named owner", "Aides said the end of Suharto's 32-year rule was near.",
       "Suharto's rule (years)"},
      {"a named owner, typeset apostrophe",
       "Aides said the end of Suharto\u2019s 32-year rule was near.", "Suharto's rule (years)"},
      {"an order of magnitude", "Officials said hundreds of refugees crossed the river.", ""},
      {"a share of people", "A survey found 16 percent of children in the region.", ""},
      {"a share of things", "Windows is the main screen on 90 percent of personal computers.",
       ""},
      {"a role's figure", "Aides said the prime minister's 17-year rule was near its end.", ""},
      {"a named owner, not a role", "Aides said Mahathir's 17-year rule was near its end.",
       "Mahathir's rule (years)"},
      {"a thing counted", "Engineers said 43 more shuttle launches were planned for the station.",
       "shuttle launches"},
      {"a thing counted by its noun alone", "Engineers said 43 more launches were planned.", ""},
      {"people aboard", "The jet carried 217 aboard when it left New York.", "people aboard"},
  };
  for (const Case& c : cases) {
    Briefing b = BriefOutlets({c.sentence, c.sentence + " Others agreed.",
                               "Reporters heard it too. " + c.sentence},
                              "1998-05-2");
    std::vector<std::string> labels;
    for (const KeyNumber& k : b.numbers) labels.push_back(k.counted);
    std::vector<std::string> want;
    if (!c.want.empty()) want.push_back(c.want);
    EXPECT_EQ(labels, want) << c.name;
  }
}

TEST(BriefingTest, OneCountOfPeopleIsOneKeyNumberWhateverPlaceTheSentencesName) {
  // The same toll after "Libya" in one source and after "Lockerbie" in two others, once
  // as "others": one key number, labelled without an owner and as people.
  const std::vector<std::string> texts = {
      "Investigators in Libya said the bombing killed 270 people in December 1988.",
      "The bombing over Lockerbie killed 270 people, the court heard on Monday.",
      "Relatives in Lockerbie remembered the attack that killed 270 others on the plane "
      "and on the ground.",
  };
  Briefing b = BriefOutlets(texts, "1999-04-1");
  std::vector<std::string> tolls;
  for (const KeyNumber& k : b.numbers) {
    if (!k.claims.empty() && k.claims.front().value == 270) tolls.push_back(k.counted);
  }
  EXPECT_EQ(tolls, std::vector<std::string>{"people killed"}) << testing::PrintToString(tolls);
}

TEST(BriefingTest, OnlyInOneSourceShowsTheShorterOfTwoCopiesOfAParagraph) {
  // Source 1 repeats a paragraph inside a gallery caption; the clean copy is shown.
  Briefing b = BuildBriefing(Load("tests/data/briefing/caption"), {});
  auto first = std::find_if(b.unique.begin(), b.unique.end(),
                            [](const UniqueStatements& u) { return u.article == 0; });
  ASSERT_NE(first, b.unique.end());
  int harbor = 0;
  for (const BriefItem& i : first->items) {
    EXPECT_FALSE(Contains(i.text, "Photo Gallery")) << i.text;
    harbor += Contains(i.text, "harbor wall") ? 1 : 0;
  }
  EXPECT_EQ(harbor, 1);
}

TEST(BriefingTest, FiguresWithDifferentQualifiersAreNotOneDisagreement) {
  // Government troops (5,000 / 4,000 / 5,000) disagree; the rebels' 3,500 is another count.
  Briefing b = BuildBriefing(Load("tests/data/briefing/qualifiers"), {});
  auto d = std::find_if(b.disagreements.begin(), b.disagreements.end(),
                        [](const Disagreement& x) { return x.kind == "quantity"; });
  ASSERT_NE(d, b.disagreements.end());
  std::vector<double> values;
  for (const QuantityClaim& c : d->claims) values.push_back(c.value);
  std::sort(values.begin(), values.end());
  EXPECT_EQ(values, (std::vector<double>{4000, 5000, 5000}));
  EXPECT_EQ(d->assessment, "conflict");
}

TEST(BriefingTest, ExampleStoryHasTheCallTheSummitTheTroopsAndTheGarbledCopy) {
  std::vector<Article> articles = Load("examples/biden-putin");
  ASSERT_EQ(articles.size(), 5u);
  Briefing b = BuildBriefing(articles, {});
  ExpectCitationsValid(articles, b);
  EXPECT_NE(FindEvent(b, "2021-12-07", "virtual meeting"), nullptr);
  EXPECT_NE(FindEvent(b, "2022-02-21", "tentatively agreed to meet"), nullptr);
  auto troops = std::find_if(b.disagreements.begin(), b.disagreements.end(), [](const auto& d) {
    return d.kind == "quantity" && Contains(d.subject, "troop");
  });
  ASSERT_NE(troops, b.disagreements.end());
  std::vector<size_t> sources;
  for (const QuantityClaim& c : troops->claims) sources.push_back(c.at.article);
  std::sort(sources.begin(), sources.end());
  sources.erase(std::unique(sources.begin(), sources.end()), sources.end());
  EXPECT_GE(sources.size(), 4u);
  for (size_t i = 0; i < b.sources.size(); ++i) EXPECT_EQ(b.sources[i].suspect, i == 2) << i;
  std::string flags;
  for (const SourceFlag& f : b.sources[2].flags) flags += f.evidence + "\n";
  EXPECT_TRUE(Contains(flags, "Vice President")) << flags;
  EXPECT_TRUE(Contains(flags, "Barack Obama")) << flags;
}

TEST(BriefingTest, TimelineLeavesOutSentencesThatLeanOnAnEarlierOne) {
  std::vector<Article> articles;
  ingest::IngestReport report;
  ingest::ReadArticles("a.jsonl",
                       "{\"id\":\"a\",\"date\":\"2023-05-10\",\"text\":\"The mayor opened the new "
                       "library on Monday in the old town hall. On Tuesday, she warned that the "
                       "budget for the library would be cut next year. But the council approved "
                       "the full budget on Tuesday after a long debate.\"}\n",
                       {}, &articles, &report);
  ASSERT_EQ(articles.size(), 1u);
  engine::PrepareArticles(&articles, {});
  Briefing b = BuildBriefing(articles, {});
  struct Case { std::string words; bool shown; };
  for (const Case& c : {Case{"opened the new library", true}, Case{"she warned", false},
                        Case{"But the council", false}}) {
    bool found = std::any_of(b.timeline.begin(), b.timeline.end(),
                             [&](const TimelineEntry& t) { return Contains(t.event.text, c.words); });
    EXPECT_EQ(found, c.shown) << c.words;
  }
}

TEST(BriefingTest, SameInputGivesTheSameBriefing) {
  std::vector<Article> articles = Load("examples/biden-putin");
  Briefing x = BuildBriefing(articles, {});
  Briefing y = BuildBriefing(articles, {});
  ASSERT_EQ(x.summary.size(), y.summary.size());
  for (size_t i = 0; i < x.summary.size(); ++i) EXPECT_EQ(x.summary[i].text, y.summary[i].text);
  ASSERT_EQ(x.timeline.size(), y.timeline.size());
  ASSERT_EQ(x.disagreements.size(), y.disagreements.size());
}

TEST(BriefingTest, EmptyAndSingleArticleInputsGiveAnEmptyOrSmallBriefing) {
  Briefing empty = BuildBriefing({}, {});
  EXPECT_TRUE(empty.summary.empty());
  EXPECT_TRUE(empty.sources.empty());
  std::vector<Article> one = Load("tests/data/briefing/harbor");
  one.resize(1);
  Briefing single = BuildBriefing(one, {});
  EXPECT_EQ(single.sources.size(), 1u);
  EXPECT_FALSE(single.summary.empty());
  EXPECT_TRUE(single.disagreements.empty());
  EXPECT_TRUE(single.unique.empty());
}

// Real stories nobody tuned for: DUC 2004 clusters of 10 AP/NYT articles. Clean wire
// copy has no planted contradiction, so no source may be flagged suspect, and every
// citation must hold.
TEST(BriefingTest, RealClustersFromDuc2004HaveValidCitationsAndNoFalseSuspects) {
  auto data = ReadFileToString(std::string(DOSSIER_SHARED_DIR) +
                               "/data/summarization/duc2004_task2.jsonl");
  if (!data.ok()) GTEST_SKIP() << "DUC 2004 data not present";
  std::vector<ingest::Cluster> clusters;
  ingest::IngestReport report;
  ingest::ReadClusters("duc2004", *data, &clusters, &report);
  ASSERT_GE(clusters.size(), 50u);
  int flagged = 0;
  for (size_t i : {0u, 17u, 33u, 49u}) {
    std::vector<Article>& articles = clusters[i].articles;
    engine::PrepareArticles(&articles, {});
    Briefing b = BuildBriefing(articles, {});
    ExpectCitationsValid(articles, b);
    EXPECT_GE(b.summary.size(), 2u) << clusters[i].id;
    EXPECT_GE(b.entities.size(), 3u) << clusters[i].id;
    for (const SourceInfo& s : b.sources) flagged += s.suspect ? 1 : 0;
  }
  EXPECT_EQ(flagged, 0);
}

}  // namespace
}  // namespace dossier::briefing

namespace dossier::briefing {
namespace {

TEST(BriefingTest, PeopleStoryReportsTheAgeAndTheSpellingTheSourcesDifferOn) {
  Briefing b = BuildBriefing(Load("tests/data/briefing/people"), {});
  struct Case {
    std::string kind, words;
  };
  for (const Case& c : {Case{"age", "Wang Youcai's age: 32 [1]; 33 [2]"},
                        Case{"name", "\"Marta Kowalczyk\" [1][2]; \"Marta Kowalczik\" [3]"}}) {
    auto d = std::find_if(b.disagreements.begin(), b.disagreements.end(),
                          [&](const Disagreement& x) { return x.kind == c.kind; });
    ASSERT_NE(d, b.disagreements.end()) << c.kind;
    EXPECT_TRUE(Contains(d->summary, c.words)) << d->summary;
    EXPECT_EQ(d->evidence.size(), 2u);
  }
  // Nothing else is reported, and no source is a suspect copy for a slip.
  EXPECT_EQ(b.disagreements.size(), 2u);
  for (const SourceInfo& s : b.sources) EXPECT_FALSE(s.suspect);
}

}  // namespace
}  // namespace dossier::briefing

namespace dossier::briefing {
namespace {

TEST(BriefingTest, TimelineSkipsDatesMentionedInPassing) {
  Article a;
  a.id = "a";
  a.source = "example.org";
  a.date = "2023-05-10";
  a.text =
      "Leading generals stepped up their attacks against 1991 Nobel Peace Prize winner "
      "Aung San Suu Kyi in speeches to officers.\n\n"
      "Troops were massed near the Crimean Peninsula, which Russia seized by force in "
      "2014, according to the ministry.\n\n"
      "The council has reviewed the contracts every month since 2019 at closed meetings.\n\n"
      "Three years of floods that started in 2015 ruined the harvests of the northern "
      "valleys.\n\n"
      "The strike could last for weeks, as the dockers' union did in 2016 in a long "
      "dispute.\n\n"
      "Many members left the party after the congress on March 3 in the capital city.\n\n"
      "The ratings fell sharply from the last season of the show (2017-2018) on cable.\n\n"
      "In 1998, the company moved its headquarters from Geneva to Lyon after a long "
      "dispute.\n\n"
      "The ministry published the full list of contracts on Monday after months of "
      "pressure.\n\n"
      "The proposal is similar to the luxury tax proposed by the union in 2011 during "
      "talks.\n\n"
      "Rebel troops backed by tanks attacked the northern town on Friday after dawn.\n\n"
      "Farmers date their troubles to the long droughts of the mid-1990's across the "
      "plains.\n\n"
      "The opposition leader will become speaker of the assembly chosen in elections in "
      "April.\n\n"
      "\"We will win the vote in the end,\" the mayor said on Tuesday at a rally.\n";
  std::vector<Article> articles = {a};
  engine::PrepareArticles(&articles, {});
  Briefing b = BuildBriefing(articles, {});
  std::vector<std::string> dates;
  for (const TimelineEntry& t : b.timeline) dates.push_back(t.date);
  struct Case {
    std::string date;
    bool shown;
  };
  for (const Case& c : {Case{"1991", false}, Case{"2014", false}, Case{"2019", false},
                        Case{"2015", false}, Case{"2016", false}, Case{"2023-03-03", false},
                        Case{"2017", false}, Case{"1998", true}, Case{"2023-05-08", true},
                        Case{"2011", false}, Case{"2023-05-05", true}, Case{"1990", false},
                        Case{"199", false}, Case{"2023-04", false}, Case{"2023-05-09", true}}) {
    EXPECT_EQ(std::find(dates.begin(), dates.end(), c.date) != dates.end(), c.shown) << c.date;
  }
}

// In an undated article a weekday cannot be resolved; a sentence whose own event is on
// such a day is not dated by another event's date later in it. A range's open end is
// no such day, and a photo caption's opening date dates no event.
TEST(BriefingTest, TimelineDoesNotDateASentenceByAnotherEventsDate) {
  Article a;
  a.id = "a";
  a.source = "example.org";
  a.text =
      "In Friday's explosion, the rigged car blew up yards away from the site of a suicide "
      "bombing in July 1997.\n\n"
      "The minister said Tuesday he would extend the station's life past 2000 if money "
      "came.\n\n"
      "From Jan. 1 to Aug. 31, 2016, the agency reported 50 cases in 24 states across the "
      "country.\n\n"
      "The company moved its headquarters to Lyon in March 2004 after a long dispute.\n\n"
      "July 31, 2013 A woman waves the national flag during a protest in the capital.\n";
  std::vector<Article> articles = {a};
  engine::PrepareArticles(&articles, {});
  Briefing b = BuildBriefing(articles, {});
  std::vector<std::string> dates;
  for (const TimelineEntry& t : b.timeline) dates.push_back(t.date);
  EXPECT_EQ(dates, (std::vector<std::string>{"2004-03", "2016-08-31"}));
}

// Dates that belong to another event than the sentence's own, one class a case (each
// sentence written for the test, in an article of Wednesday 2023-05-10): a date inside a
// since / when / where / until clause, in parentheses with a comma inside, in a
// possessive ("next month's"), after "of" and a noun, in what should have happened, in
// what someone is urged to do, in a participle phrase after a noun, a later member of a
// list in passing, a dash appositive, a clock time with no day, and a caption's dashed
// dateline. The kept cases check that each rule leaves its look-alike dated.
TEST(BriefingTest, TimelineLeavesOutDatesOfAnotherEvent) {
  struct Case {
    std::string sentence;
    std::string date;  // the entry dated by the text, "" when none may be
  };
  for (const Case& c : {
           Case{"Since the club was founded in 1983, its membership grew from a few dozen to "
                "five hundred families.", ""},
           Case{"The bakers have been feuding with the mayor since he took office last year "
                "over rents.", ""},
           Case{"The museum is selling letters of a poet who, between 1961 and 1970, wrote to "
                "his editor every week.", ""},
           Case{"Traders ranked the port sixth for delays between 2010 and 2016, according to "
                "the survey.", ""},
           Case{"The park was closed for weeks by the shutdowns of 2013 and 2018 during budget "
                "fights.", ""},
           Case{"The author of a history of the port (Harbor Press, 1996) thinks the city has "
                "failed its docks.", ""},
           Case{"With excitement building for next month's festival, it is a busy season for "
                "the bakers of the town.", ""},
           Case{"The two sides should have moved forward to a final agreement two years ago, "
                "the mediator said.", ""},
           Case{"Hundreds of farmers marched through the capital, urging the minister not to "
                "postpone the vote on June 20.", ""},
           Case{"The spokesman could not comment beyond a statement issued Monday, which gave "
                "no figures.", ""},
           Case{"Officials said the treaty signed early last year requires the army to leave "
                "the valley.", ""},
           Case{"Visitors flew all the way to the capital, where the show opened on May 2.", ""},
           Case{"The inquiry confirmed a charge laid at his door by prosecutors _ the attacks "
                "on soldiers in the south in 2013.", ""},
           Case{"Police arrived at the warehouse when the fire spread to the roof on Monday.", ""},
           Case{"Fans lined up for the concert at midnight, hoping to buy the first tickets.", ""},
           Case{"ROME -- Oct. 28, 2022 -- BAKER-SLUG-1 -- A baker of the old town, with two of "
                "her children, who help at the shop.", ""},
           Case{"Prosecutors charged him with the July 2019 pipe-bomb explosion at a crowded "
                "park.", ""},
           Case{"Police were asked why they had not charged him with the July 2019 explosion in "
                "the park, the January 2020 blast at a clinic or the fire.", ""},
           Case{"Reporters asked about the nationwide organization founded in 1978 that "
                "raises money for candidates.", ""},
           Case{"The foundation failed to stop the Fall Creek hatchery from killing the "
                "salmon in the valley.", ""},
           // Kept: the date is the sentence's own event's.
           Case{"In the March 3 call, the minister warned the mayor about the costs of the "
                "plan.", "2023-03-03"},
           Case{"The March 3 call was the third between the two leaders this year.",
                "2023-03-03"},
           Case{"In a statement released Friday, the union accused the company of breaking the "
                "agreement.", "2023-05-05"},
           Case{"The Dow closed Monday at a record high after a week of steady gains.",
                "2023-05-08"},
           Case{"During the long strike of 2016, the dockers of the port did not file a "
                "grievance.", "2016"},
           Case{"The province _ where 40 people died in floods _ declared a state of emergency "
                "on Saturday.", "2023-05-06"},
           Case{"WASHINGTON _ The Senate voted on Monday to raise the debt limit for a year.",
                "2023-05-08"},
           Case{"Fans will line up at midnight on June 3 to buy the first tickets for the "
                "concert.", "2023-06-03"},
           Case{"The two biggest storms of the past year hit the coast again on Sunday with "
                "heavy rain.", "2023-05-07"},
           Case{"The delegates reached agreement on August 20 of 2019 after months of talks in "
                "Oslo.", "2019-08-20"},
           Case{"The accord was signed in the capital today five years ago, and the rebels were "
                "promised land.", "2018-05-10"},
       }) {
    Article a;
    a.id = "a";
    a.source = "example.org";
    a.date = "2023-05-10";
    a.text = "The city council met to discuss the budget of the harbor district.\n\n" + c.sentence +
             "\n";
    std::vector<Article> articles = {a};
    engine::PrepareArticles(&articles, {});
    Briefing b = BuildBriefing(articles, {});
    std::vector<std::string> dates;
    for (const TimelineEntry& t : b.timeline) {
      if (t.basis == "text") dates.push_back(t.date);
    }
    EXPECT_EQ(dates, c.date.empty() ? std::vector<std::string>{} : std::vector<std::string>{c.date})
        << c.sentence;
  }
}

}  // namespace
}  // namespace dossier::briefing

namespace dossier::briefing {
namespace {

// tests/data/briefing/watermain: four outlets retell one water main break (the burst,
// the three hours to shut the valves, the 1920s pipe) and each ends with two sentences
// the others do not have: one naming nothing of its own right after the retold pipe
// ("Neighbors shared bottled water ..."), then one with two names, or a name and a
// figure, of its own. Only those four are "only here"; the retellings, the sentences
// next to them and Wednesday's restored water (new, but naming nothing of its own) are
// not shown.
TEST(BriefingTest, OnlyInOneSourceShowsWhatNamesOrCountsSomethingOfItsOwn) {
  Briefing b = BuildBriefing(Load("tests/data/briefing/watermain"), {});
  std::vector<std::pair<size_t, std::string>> got;
  for (const UniqueStatements& u : b.unique) {
    for (const BriefItem& item : u.items) got.push_back({u.article, item.text.substr(0, 30)});
  }
  std::vector<std::pair<size_t, std::string>> want = {
      {0, "Plumber Dana Whitfield said wa"},
      {1, "The utility set up 14 water st"},
      {2, "Councilman Omar Reyes called f"},
      {3, "Repairs to the Grand Avenue pi"},
  };
  EXPECT_EQ(got, want);
}

// The rules of "only here" beside the support test (unique.cc, issue 12 fifth pass):
// the statement must name or count two things no other source mentions (a given name
// of a person other sources name by the surname is not one, nor the paper a statement
// is quoted from), and neither sentence next
// to it may be one another source tells. Outlet 0's text is given as sentences; outlets
// 1 and 2 tell the lead, the firefighters' hours and the chief who led them.
TEST(BriefingTest, OnlyInOneSourceNeedsTwoThingsOfItsOwnOutsideASharedPassage) {
  const std::string lead = "A fire destroyed the old grain mill in Brookfield on Monday night.";
  const std::string hours = "Firefighters fought the blaze for six hours before they controlled it.";
  const std::string aside = "Neighbors watched from the road until dawn.";
  struct Case {
    std::string name;
    std::vector<std::string> sentences;  // outlet 0's text
    std::string item;                    // words of the statement looked for
    bool shown;
  };
  const std::vector<Case> cases = {
      {"a full name of its own, after a sentence no one else has",
       {lead, aside, "Mill owner Carla Brandt said the building had no insurance."},
       "Carla Brandt", true},
      {"one name of its own",
       {lead, aside, "The owner, Brandt, said the building had no insurance."}, "Brandt", false},
      {"a name and a figure of its own",
       {lead, aside, "The owner, Brandt, said the building was insured for $400,000."}, "Brandt",
       true},
      {"between two sentences other outlets tell",
       {lead, "Mill owner Carla Brandt said the building had no insurance.", hours},
       "Carla Brandt", false},
      {"right after a sentence other outlets tell",
       {lead, aside, hours, "Mill owner Carla Brandt said the building had no insurance."},
       "Carla Brandt", false},
      {"right before a sentence other outlets tell",
       {lead, aside, "Mill owner Carla Brandt said the building had no insurance.", hours},
       "Carla Brandt", false},
      // Outlets 1 and 2 name "Andy Ruiz": the chief's "Andrew" is no name of outlet
      // 0's own, so only "Millbrook" is.
      {"a given name of a person other outlets name",
       {lead, aside, "Fire chief Andrew Ruiz said the Millbrook mill had no sprinklers."},
       "Andrew Ruiz", false},
      {"a given name of a person no other outlet names",
       {lead, aside, "Fire chief Andrew Ortega said the Millbrook mill had no sprinklers."},
       "Andrew Ortega", true},
      // Where a statement was printed is not what it says.
      {"the paper it is quoted from",
       {lead, aside,
        "Mill owner Brandt was quoted as saying in the Millbrook Gazette that she would "
        "rebuild."},
       "Millbrook Gazette", false},
      {"a paper someone spoke to",
       {lead, aside, "Mill owner Brandt told the Millbrook Gazette that she would rebuild."},
       "Millbrook Gazette", true},
  };
  for (const Case& c : cases) {
    std::string own;
    for (const std::string& sentence : c.sentences) own += (own.empty() ? "" : " ") + sentence;
    Briefing b = BriefOutlets(
        {own,
         "A fire destroyed the old grain mill in Brookfield on Monday night. Firefighters "
         "fought the blaze for six hours before they controlled it. Crews under Andy Ruiz "
         "arrived within minutes and stayed until the walls cooled.",
         "Firefighters fought the blaze for six hours before they controlled it. A fire "
         "destroyed the old grain mill in Brookfield on Monday night. Crews under Andy Ruiz "
         "arrived within minutes and stayed until the walls cooled."},
        "2024-03-1");
    bool shown = false;
    for (const UniqueStatements& u : b.unique) {
      for (const BriefItem& item : u.items) shown |= u.article == 0 && Contains(item.text, c.item);
    }
    EXPECT_EQ(shown, c.shown) << c.name;
  }
}

TEST(BriefingTest, OnlyInOneSourceListsAtMostMaxUniqueSourcesInSourceOrder) {
  std::vector<Article> articles = Load("tests/data/briefing/watermain");
  Briefing all = BuildBriefing(articles, {});
  ASSERT_GE(all.unique.size(), 3u);
  for (size_t cap : {1u, 2u}) {
    BriefingOptions o;
    o.max_unique_sources = cap;
    Briefing b = BuildBriefing(articles, o);
    ASSERT_EQ(b.unique.size(), cap);
    for (size_t i = 1; i < b.unique.size(); ++i) {
      EXPECT_LT(b.unique[i - 1].article, b.unique[i].article);
    }
    // The sources kept are listed as in the uncapped briefing, with the same items.
    for (const UniqueStatements& u : b.unique) {
      auto same = std::find_if(all.unique.begin(), all.unique.end(),
                               [&](const UniqueStatements& x) { return x.article == u.article; });
      ASSERT_NE(same, all.unique.end());
      EXPECT_EQ(same->items.size(), u.items.size());
    }
  }
}

}  // namespace
}  // namespace dossier::briefing

namespace dossier::briefing {
namespace {

TEST(BriefingTest, FiguresOneSourceStatesTogetherAreNotRivalValues) {
  Briefing b = BuildBriefing(Load("tests/data/briefing/seats"), {});
  for (const Disagreement& d : b.disagreements) {
    EXPECT_NE(d.kind, "quantity") << d.summary;
  }
}

// The briefing of one story told by outlets on one day, one text each.
Briefing BriefSameDay(const std::vector<std::string>& texts, const std::string& date) {
  std::vector<std::pair<std::string, std::string>> dated;
  for (const std::string& t : texts) dated.push_back({date, t});
  return BriefDated(dated);
}

// A key number is one quantity of one event under a label that names a countable thing
// (issue 12, fifth pass). Each case is a story of one text per outlet, all on one
// day, and the key numbers it must show as "label: value value ...", each claim's value.
TEST(BriefingTest, KeyNumbersShowOneQuantityUnderOneLabel) {
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::vector<std::string> want;
  };
  const std::vector<Case> cases = {
      {"figures a bound joins are not one figure",
       {"The probe flew within 559 miles of the moon last December, the agency said.",
        "The probe flew within 380 miles of the moon on Monday, the agency said.",
        "The probe flew within 220 miles of the moon on Tuesday, the agency said."},
       {}},
      {"the figure most sources write, without the ones written apart",
       {"The bombing of the embassy killed 247 people, officials said on Monday.",
        "Officials said the bombing of the embassy killed 247 people.",
        "The bombing of the embassy killed 258 people, the hospital said on Monday.",
        "The bombing of the embassy killed more than 240 people, officials said."},
       {"people killed: 247 247 240"}},
      {"exact figures a bound joins are two figures",
       {"The band listed 335,435 users who shared its songs, the lawyers said.",
        "The band listed more than 300,000 users who shared its songs, the lawyers said.",
        "The band listed 317,377 users who shared its songs, the lawyers said."},
       {}},
      {"estimates on both sides of a bound are two figures",
       {"The band listed more than 300,000 users who shared its songs, the lawyers said.",
        "The band listed about 330,000 users who shared its songs, the lawyers said.",
        "The band listed more than 300,000 users who shared its songs, a lawyer said.",
        "The band listed about 270,000 users who shared its songs, the lawyers said."},
       {}},
      {"a total beside its part, which more sources give, is not shown as the kind",
       {"The rampage left 12 people dead: nine people in two trading offices, plus his wife "
        "and two children.",
        "The gunman killed nine people in two trading offices on Thursday, the police said.",
        "The gunman killed nine people at two firms before he shot himself, police said.",
        "The rampage left 12 people dead, the police said on Friday."},
       {}},
      {"a figure only ever quoted is someone's words",
       {"\"I gave them five minutes of pain for a lifetime of pain,\" he wrote in the note.",
        "In the note he said he gave them ``five minutes of pain for a lifetime of pain.''",
        "\u201cI gave them five minutes of pain for a lifetime of pain,\u201d the note said."},
       {}},
      {"a quoted figure a source also states in its own words stays",
       {"The ship carried 118 navy sailors when it sank, the navy said.",
        "\"The ship carried 118 navy sailors,\" the navy spokesman said.",
        "\"All 118 navy sailors were aboard,\" the admiral said."},
       {"navy sailors: 118 118 118"}},
      {"a count labelled by its noun alone says not of what: not shown",
       {"The ship carried 118 sailors when it sank, the navy said.",
        "The ship carried 118 sailors, the navy spokesman said.",
        "All 118 sailors were aboard, the admiral said."},
       {}},
      {"a comparison written as a compound counts nothing",
       {"Oil prices hit a 12-year low in December, hurting the economy.",
        "The economy slumped when oil prices hit a 12-year low this year.",
        "Prices for the country's oil fell to a 12-year low last year."},
       {}},
      {"a count of times names nothing",
       {"The victim was hit 18 times in the head, the autopsy found.",
        "The autopsy found the victim had been hit 18 times in the head.",
        "Doctors said the victim was hit 18 times in the head."},
       {}},
      {"forces sent to two places are two deployments, not one key number",
       {"Turkey has sent 10,000 troops to its southeastern border with Syria, newspapers "
        "reported.",
        "Late last week, Turkey sent 10,000 troops into northern Iraq to hit rebel bases.",
        "Turkey sent 10,000 troops into northern Iraq last week to hit rebel bases, officials "
        "said.",
        "Some 10,000 Turkish troops were deployed this week to the border with Syria, news "
        "reports said."},
       {}},
      {"one figure near two places is one key number",
       {"In Hawaii, at least 32 active volcanoes erupted this year, the survey said.",
        "More than 30 active volcanoes erupted this year, the survey said.",
        "In Hawaii, at least 32 active volcanoes erupted this year, scientists said. More "
        "than 30 active volcanoes erupted this year, they added."},
       {"active volcanoes: 32 30 30 32"}},
  };
  for (const Case& c : cases) {
    Briefing b = BriefSameDay(c.texts, "1999-07-30");
    std::vector<std::string> got;
    for (const KeyNumber& k : b.numbers) {
      std::string line = k.counted + ":";
      for (const QuantityClaim& q : k.claims) {
        char v[32];
        std::snprintf(v, sizeof v, "%.10g", q.value);
        line += std::string(" ") + v;
      }
      got.push_back(line);
    }
    EXPECT_EQ(got, c.want) << c.name;
  }
}

// Each rule of the disagreements section on a small invented story: the summary of
// the disagreement of `kind` it must report (with its assessment), or "" for a story
// where the rule must report none of that kind.
TEST(BriefingTest, DisagreementRulesReportRivalValuesOfOneQuantityOnly) {
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::string kind, want, assessment;
  };
  const std::vector<Case> cases = {
      {"bare figures a people's event verb takes are counts of people",
       {"A fire swept through a crowded dance hall in Malmo late on Thursday, killing 60 "
        "people and injuring about 180, the police said.",
        "Rescuers worked through the night after the fire in the crowded dance hall killed "
        "60 and injured 155, officials said on Friday.",
        "The dance hall fire in Malmo killed 60 people and injured 162 others, the deadliest "
        "blaze the country has seen."},
       "quantity",
       "Sources differ on people injured: \"about 180\" [1]; \"155\" [2]; \"162 others\" [3].",
       "conflict"},
      {"a figure a source says was revised is no rival value",
       {"The flood in the valley killed 60 people, the regional governor said on Tuesday.",
        "The flood in the valley killed 60 people. Police earlier had reported 65 dead, but "
        "backed off that figure on Tuesday evening.",
        "Villagers in the valley buried their dead after the flood killed 65 people, the "
        "governor said."},
       "quantity", "", ""},
      {"people a place owns are its population, one quantity",
       {"The aid agency said the grain harvest fell short of what Norway needs to feed its "
        "5 million people this winter.",
        "Doctors reported rising hunger across the country, and the harvest covers only "
        "two-thirds of the needs of Norway's 6 million people."},
       "quantity", "Sources differ on population (Norway):", "conflict"},
      {"a bare figure a population word measures is that place's population",
       {"The aid agency said the grain harvest fell short of what Norway needs to feed its "
        "5 million people this winter.",
        "Census estimates suggest that Norway's population has since fallen to 4.2 million "
        "this winter, the aid agency said."},
       "quantity", "Sources differ on population (Norway): \"5 million people\" [1]; \"4.2 "
       "million\" [2].", "conflict"},
      {"a population of another year is of another time",
       {"The aid agency said the grain harvest fell short of what Norway needs to feed its "
        "5 million people this winter.",
        "Census estimates suggest that Norway's population peaked in 1995 at 4.2 million, "
        "the aid agency said."},
       "quantity", "", ""},
      {"a one-word name in a list is the full name its article wrote before",
       {"Qin Yongmin and Wang Youcai were detained in November. Qin, 44, and Wang, 31, are "
        "accused of inciting subversion. Qin Xiaoguang, his brother, spoke to reporters.",
        "The trial of Qin Yongmin, 45, opened in Wuhan on Thursday, with his family "
        "protesting that they could not hire a lawyer for him."},
       "age", "Sources differ on Qin Yongmin's age: 44 [1]; 45 [2].", "conflict"},
      {"a share that approved and a share that rejected are two quantities",
       {"The chief executive's pay was approved by around 86% of investors at the meeting.",
        "At the annual meeting, 59% of investors rejected the chief executive's pay rise.",
        "Investors at the meeting were split, and 59% of investors rejected the pay package "
        "for the chief executive."},
       "quantity", "", ""},
      {"two polls by different pollsters are two measurements",
       {"The latest Rasmussen poll found 55 percent of Americans approving of the "
        "president's performance in office.",
        "A Pew Research Center poll found 39 percent of Americans approving of the "
        "president's performance in office."},
       "quantity", "", ""},
      {"a figure said of another year is of another time",
       {"He won 306 electoral votes, the president told reporters at the White House.",
        "His predecessor won 332 electoral votes in 2012, the president told reporters at "
        "the White House."},
       "quantity", "", ""},
      {"two spellings of a name are a disagreement",
       {"Larry Flynt, publisher of the magazine, offered a reward for information on "
        "Thursday.",
        "Larry Flint, publisher of the magazine, said on Thursday that he would pay for "
        "information."},
       "name", "\"Larry Flint\" [2]; \"Larry Flynt\" [1].", "conflict"},
      {"a doubled letter is one name transliterated two ways",
       {"Foreign Minister Prak Sokhon told reporters the talks would resume on Monday in "
        "the capital.",
        "Prak Sokhonn, the foreign minister, said talks with the opposition would resume "
        "on Monday."},
       "name", "", ""},
      {"a small count of people with an outcome, named with no place, is compared",
       {"Four people are in custody, including the two women seen at the airport, the "
        "police said on Sunday.",
        "Malaysia has three people in custody in connection with the death at the airport, "
        "the police said."},
       "quantity", "Sources differ on people arrested: \"Four people\" [1]; \"three people\" [2].",
       "conflict"},
      {"men and people with one outcome are compared when the sentences say the same",
       {"The statement also said that 19 men were wounded in the attack on the village and "
        "26 others were missing.",
        "The statement also said that 22 people were wounded in the attack on the village "
        "and 26 were missing."},
       "quantity", "\"19 men\" [1]; \"22 people\" [2].", "conflict"},
      {"men and people in sentences worded apart are not compared",
       {"Soldiers opened fire on the crowd, and 19 men were wounded, relatives said.",
        "Hospitals in the province treated 22 people who were wounded, doctors said on "
        "Monday."},
       "quantity", "", ""},
      {"a bare duration in a sentence naming an event is that event's length",
       {"The governor took questions from reporters for 80 minutes on Thursday, in her first "
        "press conference since the flood.",
        "The governor defended the flood response in a 77-minute press conference on "
        "Thursday, taking questions from reporters."},
       "quantity",
       "Sources differ on press conference (minutes): \"80 minutes\" [1]; \"77-minute press "
       "conference\" [2].",
       "conflict"},
      {"a year that modifies a noun is not the time of the figure",
       {"The governor took questions from reporters for 80 minutes on Thursday, in her first "
        "press conference since the flood.",
        "The governor recalled her 2016 campaign in a 77-minute press conference on "
        "Thursday, taking questions from reporters about the flood."},
       "quantity", "\"80 minutes\" [1]; \"77-minute press conference\" [2].", "conflict"},
      {"a bare duration in a sentence naming no event stays out",
       {"The governor took questions from reporters for 80 minutes on Thursday about the "
        "flood.",
        "The governor defended the flood response in a 77-minute press conference on "
        "Thursday, taking questions from reporters."},
       "quantity", "", ""},
      {"distances from different places are different quantities",
       {"The leading yachts were 30 nautical miles south of Jervis Bay when the storm hit "
        "the race fleet on Saturday night.",
        "The leading yachts were 19 nautical miles south of Gabo Island when the storm hit "
        "the race fleet on Saturday night."},
       "quantity", "", ""},
      {"figures as of different months are different quantities",
       {"Health officials said confirmed cases of the illness have been reported in 17 "
        "states through July.",
        "As of November, health officials said confirmed cases of the illness have been "
        "reported in 32 states."},
       "quantity", "", ""},
      {"a margin is no rival of a level",
       {"Republicans now control the House with 228 seats, and the speaker must keep his "
        "party together.",
        "Republicans now control the House by only 12 seats, and the speaker must keep his "
        "party together."},
       "quantity", "", ""},
      {"a part is no rival of the total other sources give",
       {"The bombing of the airliner killed 270 people, prosecutors told the court in the "
        "Netherlands.",
        "All 259 people aboard the airliner and 11 people on the ground were killed in the "
        "bombing, prosecutors told the court."},
       "quantity", "", ""},
      {"a count of two nouns joined by and is no rival of a count of one",
       {"Police have detained more than two dozen members of the party since it was "
        "founded, its leaders said.",
        "Last week police detained 10 members and sympathizers of the party, its leaders "
        "said."},
       "quantity", "", ""},
      {"a letter that renders one sound two ways is one name transliterated",
       {"President Mohamed Morsi told the assembly on Sunday that the new constitution "
        "would be put to a vote.",
        "Mohamed Mursi, the president, said on Sunday that a vote on the constitution "
        "would be held soon."},
       "name", "", ""},
      {"a one-word name two full names after it could mean is no one",
       {"The court heard from two brothers. Qin, 44, spoke first. Qin Yongmin and Qin "
        "Xiaoguang both denied the charges against them in court.",
        "The trial of Qin Yongmin, 45, opened in Wuhan on Thursday, with his family "
        "protesting that they could not hire a lawyer for him."},
       "age", "", ""},
  };
  for (const Case& c : cases) {
    Briefing b = BriefSameDay(c.texts, "2001-03-05");
    std::vector<const Disagreement*> of_kind;
    for (const Disagreement& d : b.disagreements) {
      if (d.kind == c.kind) of_kind.push_back(&d);
    }
    if (c.want.empty()) {
      for (const Disagreement* d : of_kind) ADD_FAILURE() << c.name << ": " << d->summary;
      continue;
    }
    if (of_kind.size() != 1) {
      ADD_FAILURE() << c.name << ": " << of_kind.size() << " disagreements of kind " << c.kind;
      continue;
    }
    EXPECT_TRUE(Contains(of_kind[0]->summary, c.want)) << c.name << ": " << of_kind[0]->summary;
    EXPECT_EQ(of_kind[0]->assessment, c.assessment) << c.name;
  }
}

// The briefing of one story told by outlets on the given days, one text each.
// The fifth pass's disagreement rules (issue 12): figures that are not rival values of
// one quantity of one event are not reported. Each case: a small invented story of one
// text per outlet on one day, the kind of disagreement looked at, and the summary it
// must report ("" for none of that kind).
TEST(BriefingTest, FifthPassRulesReportOneQuantityOfOneEventOnly) {
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::string kind, want;
  };
  const std::vector<Case> cases = {
      {"two values one source states are two quantities",
       {"In the election the separatists won 75 seats in the assembly, and the Liberals "
        "won 48 seats in the assembly.",
        "In the election the separatists won 75 seats in the assembly, officials said.",
        "In the election the Liberals won 48 seats in the assembly, officials said."},
       "quantity", ""},
      {"two shares are one quantity only when they say what is true of the share",
       {"About 5 percent of the children in the study met all the criteria of the "
        "disorder.",
        "Her research found that 10 percent of children in the study took medication for "
        "the disorder.",
        "In the study about 5 percent of the children met all the criteria of the "
        "disorder."},
       "quantity", ""},
      {"people still in hospital are not the injured",
       {"The gunman injured 13 people at the two offices, the police said.",
        "Ten people remained hospitalized at the two offices' nearest hospital, the police "
        "said.",
        "The police said 10 people injured at the two offices remain hospitalized."},
       "quantity", ""},
      {"a figure placed where the other source never goes is of another event",
       {"The gunman killed four people at the trading office within minutes, the police "
        "said.",
        "In Pelham, a man killed two people at his office within minutes, the police said.",
        "The gunman killed four people at the trading office, the police said."},
       "quantity", ""},
      {"a year after a month is the figure's time",
       {"The worst flood in the valley killed 300 people in March 1980, officials said.",
        "The worst flood in the valley killed 250 people, officials said on Monday.",
        "Officials said on Monday that the flood in the valley killed 250 people."},
       "quantity", ""},
      {"one source's spelling against three is a slip",
       {"The party's lawyer, Marta Kowalczyk, said the arrests broke promises.",
        "A spokeswoman for the party, Marta Kowalczyk, called for their release.",
        "The party's lawyer, Marta Kowalczyk, said the founders would appeal.",
        "The party's lawyer, Marta Kowalczik, said the arrests were illegal."},
       "name", ""},
      {"two sources' spelling against one is reported",
       {"The party's lawyer, Marta Kowalczyk, said the arrests broke promises.",
        "A spokeswoman for the party, Marta Kowalczyk, called for their release.",
        "The party's lawyer, Marta Kowalczik, said the arrests were illegal."},
       "name",
       "Sources differ on the spelling of a name: \"Marta Kowalczyk\" [1][2]; \"Marta "
       "Kowalczik\" [3]."},
  };
  for (const Case& c : cases) {
    Briefing b = BriefSameDay(c.texts, "1999-07-30");
    std::vector<std::string> of_kind;
    for (const Disagreement& d : b.disagreements) {
      if (d.kind == c.kind) of_kind.push_back(d.summary);
    }
    std::vector<std::string> want;
    if (!c.want.empty()) want.push_back(c.want);
    EXPECT_EQ(of_kind, want) << c.name;
  }
}

Briefing BriefDated(const std::vector<std::string>& texts, const std::vector<std::string>& dates) {
  std::vector<std::pair<std::string, std::string>> dated;
  for (size_t i = 0; i < texts.size(); ++i) dated.push_back({dates[i], texts[i]});
  return BriefDated(dated);
}

// The sixth pass's disagreement rules (issue 12): one placed toll three sources track,
// worded apart; the age of one person a noun names; forces sent to two places. Each
// case: the texts with their dates, the kind of disagreement looked at, and the summary
// it must report ("" for none of that kind).
TEST(BriefingTest, SixthPassRulesCompareOneTollOnePersonOneDeployment) {
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::vector<std::string> dates;
    std::string kind, want;
  };
  const std::string day = "1998-10-24";
  const std::vector<std::string> toll = {
      "In Chile, 4,299 people were killed or vanished during the military regime, the "
      "government says.",
      "The Spanish warrant could be broadened to include some 3,000 people who were killed "
      "or disappeared in Chile during his rule.",
      "The prosecutor argued that the general was responsible for killing at least 4,000 "
      "people in Chile and set out to destroy a national group."};
  const std::vector<std::string> leopard = {
      "Authorities are hunting for a leopard in the national park after it snatched and "
      "killed a ranger's three-year-old son at the safari lodge on Friday.",
      "A 2-year-old toddler was attacked and killed by a leopard on Friday at the safari "
      "lodge in the national park."};
  const std::vector<Case> cases = {
      {"three sources tracking one placed toll are compared though worded apart",
       toll, {day, day, day}, "quantity",
       "Sources differ on people killed (Chile): \"4,299 people\" [1]; \"some 3,000 "
       "people\" [2]; \"at least 4,000 people\" [3]."},
      {"a source giving two values of the toll shows two quantities",
       {toll[0], toll[1] + " In Chile, 20 people were killed in the 1973 coup, it says.",
        toll[2]},
       {day, day, day}, "quantity", ""},
      {"the ages one person is given in reports of one event differ",
       leopard, {day, day}, "quantity",
       "Sources differ on age of the son (years): \"three-year-old son\" [1]; \"2-year-old "
       "toddler\" [2]."},
      {"the ages of a man and of a woman are two persons' ages",
       {"Authorities are hunting for a leopard in the national park after it snatched and "
        "killed a ranger's 30-year-old wife at the safari lodge on Friday.",
        "A 28-year-old man was attacked and killed by a leopard on Friday at the safari "
        "lodge in the national park."},
       {day, day}, "quantity", ""},
      {"the age of a group is no person's age",
       {"Authorities are hunting for a leopard in the national park after it snatched and "
        "killed a ranger's three-year-old sons at the safari lodge on Friday.",
        leopard[1]},
       {day, day}, "quantity", ""},
      {"ages in reports months apart are of two persons",
       leopard, {day, "1999-03-01"}, "quantity", ""},
      {"a source giving two ages names two persons",
       {leopard[0] + " The ranger's 15-year-old daughter saw the leopard.", leopard[1]},
       {day, day}, "quantity", ""},
      {"the times of day of one event differ",
       {"Police believe the two friends were climbing the hotel scaffolding at about 11:15 "
        "p.m. when Cummings fell to the roof.",
        "Cummings slipped 25 feet from the hotel scaffolding before landing hard on the "
        "roof around 10:40 p.m. on Wednesday."},
       {day, day}, "quantity",
       "Sources differ on time of day: \"about 11:15 p.m.\" [1]; \"around 10:40 p.m.\" [2]."},
      {"a source that writes two times of day tells of two moments",
       {"The first robbery was reported about 4:20 p.m. on Wednesday near the mall. The "
        "second came just before 7:30 p.m. at the apartments.",
        "The shooting at the apartments was reported about 7:30 p.m. Wednesday, police "
        "said."},
       {day, day}, "quantity", ""},
      {"times of day with no word around them in common are two moments",
       {"Connor Cummings, the young photographer from Rockaway who fell at the Four Seasons "
        "hotel, had texted his mother a blurry selfie at about 11:15 p.m.",
        "Connor Cummings, the young photographer from Rockaway who fell at the Four Seasons "
        "hotel, was pronounced dead by paramedics on the lower roof around 10:40 p.m."},
       {day, day}, "quantity", ""},
      {"times of day in reports months apart are of two events",
       {"Police believe the two friends were climbing the hotel scaffolding at about 11:15 "
        "p.m. when Cummings fell to the roof.",
        "Cummings slipped 25 feet from the hotel scaffolding before landing hard on the "
        "roof around 10:40 p.m. on Wednesday."},
       {day, "1999-03-01"}, "quantity", ""},
      {"two versions of one report that give a figure two values disagree",
       {"Despite some narrowing in the opinion polls, the challenger is still trailing the "
        "governor by 10 percentage points in the race for the Senate seat. There is also a "
        "sharp fund-raising disparity between the two campaigns, and the governor has "
        "raised three times as much money as she has this year.",
        "Despite some narrowing in the opinion polls, the challenger is still trailing the "
        "governor by 15 percentage points in the race for the Senate seat. There is also a "
        "sharp fund-raising disparity between the two campaigns, and the governor has "
        "raised three times as much money as she has this year."},
       {day, day}, "quantity",
       "Versions of one report differ on percentage points: \"10 percentage points\" [1]; "
       "\"15 percentage "
       "points\" [2]."},
      {"the term of a deal a modal speaks of is stated as it is",
       {"On Monday negotiators tried to determine whether Democrats would accept a deal to "
        "finance for six months the departments of State, Justice and Commerce.",
        "The White House has proposed buying time by financing the Commerce, State and "
        "Justice departments only for five months."},
       {day, day}, "quantity",
       "Sources differ on duration (months): \"six months\" [1]; \"five months\" [2]."},
      {"a figure a modal speaks of with no proposal named stays a projection",
       {"On Monday negotiators said that Democrats would finance for six months the "
        "departments of State, Justice and Commerce.",
        "The White House has proposed buying time by financing the Commerce, State and "
        "Justice departments only for five months."},
       {day, day}, "quantity", ""},
      {"forces sent to two places are two deployments",
       {"Turkey has sent 10,000 troops to its southeastern border with Syria, newspapers "
        "reported on Thursday.",
        "Turkey has sent 15,000 troops into northern Iraq, newspapers reported on "
        "Thursday.",
        "Some 10,000 Turkish troops were sent this week to the border with Syria, amid "
        "growing tension between the two neighbors."},
       {day, day, day}, "quantity", ""},
  };
  for (const Case& c : cases) {
    Briefing b = BriefDated(c.texts, c.dates);
    std::vector<std::string> of_kind;
    for (const Disagreement& d : b.disagreements) {
      if (d.kind == c.kind) of_kind.push_back(d.summary);
    }
    std::vector<std::string> want;
    if (!c.want.empty()) want.push_back(c.want);
    EXPECT_EQ(of_kind, want) << c.name;
  }
}

// The fourth pass's rules (issue 12): figures read as one quantity where that is sure
// (two estimates of a place's distance, counts one predicate says what of, bare
// durations of one named thing, a projection's past relative clause), and what keeps
// them apart (a bound "within", estimates within rounding, directions, a one-word
// predicate). Each case: the texts (with their dates), the quantity disagreement's
// summary it must contain with its assessment, or "" when it must report none.
TEST(BriefingTest, FourthPassRulesCompareOneQuantityWordedApart) {
  struct Case {
    std::string name;
    std::vector<std::string> texts;
    std::vector<std::string> dates;
    std::string want, assessment;
  };
  const std::string day = "2001-03-05";
  const std::vector<Case> cases = {
      {"two estimates of one distance that differ disagree",
       {"Dozens of agents descended on the farming town about 65 miles west of Chicago on "
        "Monday.",
        "The hearing was held in the county seat, about 70 miles west of Chicago, on "
        "Monday."},
       {day, day},
       "Sources differ on distance west of Chicago (miles): \"about 65 miles\" [1]; \"about "
       "70 miles\" [2].",
       "conflict"},
      {"two estimates within rounding of each other agree",
       {"Dozens of agents descended on the farming town about 67 miles west of Chicago on "
        "Monday.",
        "The hearing was held in the county seat, about 65 miles west of Chicago, on "
        "Monday."},
       {day, day}, "", ""},
      {"distances in different directions are of different places",
       {"Dozens of agents descended on the farming town about 65 miles west of Chicago on "
        "Monday.",
        "The hearing was held in the county seat, about 90 miles north of Chicago, on "
        "Monday."},
       {day, day}, "", ""},
      {"a distance is fixed: values on two days are a conflict, not a change",
       {"Dozens of agents descended on the farming town about 65 miles west of Chicago.",
        "The hearing was held in the county seat, about 70 miles west of Chicago."},
       {"2001-03-05", "2001-03-06"},
       "distance west of Chicago (miles)", "conflict"},
      {"counts one predicate says what of are compared",
       {"About 180 people were taken to hospitals, and about 20 were in intensive care.",
        "Of the injured, at least 57 were in intensive care, a hospital spokesman said."},
       {day, day},
       "Sources differ on number that were in intensive care: \"about 20\" [1]; \"at least "
       "57\" [2].",
       "conflict"},
      {"a predicate of one content word says too little to compare",
       {"Rescuers searched the hills after the storm, and 20 were missing on Monday.",
        "The storm tore through the valley, and 57 were missing, officials said."},
       {day, day}, "", ""},
      {"bare durations with the same things named around them are compared",
       {"On Monday, negotiators led by the chief of staff offered the Democrats a deal to "
        "finance for six months the departments of State, Justice and Commerce.",
        "The White House has proposed buying time by financing the Commerce, State and "
        "Justice departments only for five months."},
       {day, day},
       "Sources differ on duration (months): \"six months\" [1]; \"five months\" [2].",
       "conflict"},
      {"bare durations of things named apart are not compared",
       {"The White House offered to finance for six months the departments of State, "
        "Justice and Commerce, negotiators said.",
        "The senator said the budget talks with the White House had dragged on for five "
        "months."},
       {day, day}, "", ""},
      {"a duration within a bound covers a figure under it",
       {"The alarm came at 10:43 p.m. and a fire truck was at the dance hall four minutes "
        "later, rescue workers said.",
        "Authorities said the first fire trucks were at the dance hall within five minutes "
        "of getting the alarm, rescue workers said."},
       {day, day}, "", ""},
      {"a past relative clause after a projection states what happened",
       {"The government has said that 4,299 people were killed or disappeared during the "
        "military rule.",
        "The warrant could be broadened to include some 3,000 people who were killed or "
        "disappeared during the military rule."},
       {day, day},
       "Sources differ on people killed: \"4,299 people\" [1]; \"some 3,000 people\" [2].",
       "conflict"},
      {"a projection without a past relative clause is no rival value",
       {"The government has said that 4,299 people were killed or disappeared during the "
        "military rule.",
        "The toll of the military rule could eventually reach 3,000 people killed or "
        "disappeared, the government has said."},
       {day, day}, "", ""},
  };
  for (const Case& c : cases) {
    Briefing b = BriefDated(c.texts, c.dates);
    std::vector<const Disagreement*> quantities;
    for (const Disagreement& d : b.disagreements) {
      if (d.kind == "quantity") quantities.push_back(&d);
    }
    if (c.want.empty()) {
      for (const Disagreement* d : quantities) ADD_FAILURE() << c.name << ": " << d->summary;
      continue;
    }
    if (quantities.size() != 1) {
      ADD_FAILURE() << c.name << ": " << quantities.size() << " quantity disagreements";
      continue;
    }
    EXPECT_TRUE(Contains(quantities[0]->summary, c.want)) << c.name << ": " << quantities[0]->summary;
    EXPECT_EQ(quantities[0]->assessment, c.assessment) << c.name;
  }
}

// An age every source is cited for: the evidence for a value cites each article that
// gives it, not only the first (the summary names them all).
TEST(BriefingTest, AgeEvidenceCitesEverySourceOfAValue) {
  Briefing b = BriefSameDay(
      {"Wang Youcai, 31, is accused of inciting subversion, the court said on Monday.",
       "The trial of Wang Youcai, 32, opened in Hangzhou on Thursday, his wife said.",
       "Wang Youcai, 32, founder of the party, stood trial in Hangzhou on Thursday."},
      "2001-03-05");
  const Disagreement* age = nullptr;
  for (const Disagreement& d : b.disagreements) {
    if (d.kind == "age") age = &d;
  }
  ASSERT_NE(age, nullptr);
  EXPECT_EQ(age->summary, "Sources differ on Wang Youcai's age: 31 [1]; 32 [2][3].");
  ASSERT_EQ(age->evidence.size(), 2u);
  EXPECT_EQ(age->evidence[0].cites.size(), 1u);
  ASSERT_EQ(age->evidence[1].cites.size(), 2u);
  EXPECT_EQ(age->evidence[1].cites[0].article, 1u);
  EXPECT_EQ(age->evidence[1].cites[1].article, 2u);
}

// The same for a name's two spellings: the spelling two sources write cites both.
TEST(BriefingTest, SpellingEvidenceCitesEverySourceOfASpelling) {
  Briefing b = BriefSameDay(
      {"Larry Flynt, publisher of the magazine, offered a reward for information on "
       "Thursday.",
       "Larry Flint, publisher of the magazine, said on Thursday that he would pay for "
       "information.",
       "The magazine's publisher, Larry Flint, repeated the offer on Thursday in Los "
       "Angeles."},
      "2001-03-05");
  const Disagreement* name = nullptr;
  for (const Disagreement& d : b.disagreements) {
    if (d.kind == "name") name = &d;
  }
  ASSERT_NE(name, nullptr);
  ASSERT_EQ(name->evidence.size(), 2u);
  size_t cites = name->evidence[0].cites.size() + name->evidence[1].cites.size();
  EXPECT_EQ(cites, 3u) << name->summary;
}

}  // namespace
}  // namespace dossier::briefing

namespace dossier::briefing {
namespace {

// Places take at most half of "Who and where": with the example's ten places named by
// three or more sources, the people and organizations named by two still get room.
TEST(BriefingTest, PlacesTakeAtMostHalfOfTheKeyEntities) {
  std::vector<Article> articles = Load("examples/biden-putin");
  struct Case { size_t cap; size_t max_places; bool blinken; };
  const Case cases[] = {{4, 2, false}, {6, 3, false}, {12, 6, true}, {13, 7, true}};
  for (const Case& c : cases) {
    SCOPED_TRACE(c.cap);
    BriefingOptions o;
    o.max_entities = c.cap;
    Briefing b = BuildBriefing(articles, o);
    EXPECT_EQ(b.entities.size(), c.cap);
    size_t places = 0;
    bool blinken = false;
    for (const KeyEntity& e : b.entities) {
      places += e.type == "place";
      blinken = blinken || e.name == "Antony Blinken";
    }
    EXPECT_EQ(places, c.max_places);
    EXPECT_EQ(blinken, c.blinken);
  }
}

}  // namespace
}  // namespace dossier::briefing
