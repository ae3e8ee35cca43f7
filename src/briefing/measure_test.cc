// What a figure measures, read from the event word next to it, and which figures are
// the base of a ratio.
#include "src/briefing/measure.h"

#include <gtest/gtest.h>

#include <string>

#include "src/engine/pipeline.h"

namespace dossier::briefing::internal {
namespace {

// The one sentence of `text`, tokenized as the engine does.
Sentence Analyze(const std::string& text, Article* article) {
  article->text = text;
  std::vector<Article> one = {*article};
  engine::PrepareArticles(&one, {});
  *article = one[0];
  EXPECT_EQ(article->sentences.size(), 1u) << text;
  return article->sentences.empty() ? Sentence{} : article->sentences[0];
}

Span Find(const std::string& text, const std::string& figure) {
  size_t at = text.find(figure);
  EXPECT_NE(at, std::string::npos) << figure;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + figure.size())};
}

TEST(MeasureTest, TheEventWordNearestTheFigureSaysWhatItMeasures) {
  struct Case {
    std::string text, figure, want;
  };
  for (const Case& c : std::vector<Case>{
           {"The bridge collapsed on Tuesday, killing 12 people and injuring dozens more.",
            "12 people", "killed"},
           {"Vigils were held where 15 people died last week.", "15 people", "killed"},
           {"About 40 people were taken to hospitals in the region.", "40 people", "injured"},
           {"The fire injured 162 others, officials said.", "162 others", "injured"},
           {"More than 90,000 Russian troops have been deployed along the border.",
            "90,000 Russian troops", "deployed"},
           {"Russia is building up 175,000 troops for a potential invasion.",
            "175,000 troops", "deployed"},
           {"Police arrested 30 protesters outside the embassy.", "30 protesters", "arrested"},
           {"Some 2,000 residents were evacuated from the valley.", "2,000 residents",
            "displaced"},
           {"The statement said 19 men were wounded, eight seriously, and 26 others were "
            "missing.",
            "26 others", "missing"},
           {"The statement said 19 men were wounded, eight seriously, and 26 others were "
            "missing.",
            "19 men", "injured"},
           // Those still in hospital are a count at one time, not the injured.
           {"Ten people remained hospitalized Friday.", "Ten people", "hospitalized"},
           {"In the meantime, 10 people injured in the shootings remain hospitalized.",
            "10 people", "hospitalized"},
           {"Three people are still in hospital after the crash.", "Three people",
            "hospitalized"},
           // No event word within reach, or only across a clause break.
           {"The city has 30,000 vehicles on its roads every day.", "30,000 vehicles", ""},
           {"The new building has 40 floors and a garden on its roof.", "40 floors", ""},
           {"Officials said 20 people; the toll was unclear.", "20 people", ""},
       }) {
    Article a;
    Sentence s = Analyze(c.text, &a);
    EXPECT_EQ(MeasureOf(s, Find(c.text, c.figure)), c.want) << c.text;
  }
}

TEST(MeasureTest, TheBaseOfARatioIsNoCount) {
  struct Case {
    std::string text, figure;
    bool want;
  };
  for (const Case& c : std::vector<Case>{
           {"One out of 10 children in the region is an orphan.", "10 children", true},
           {"One in five adults has no savings.", "five adults", true},
           {"Two of every three voters backed the plan.", "three voters", true},
           {"At least 10 children died in the fire.", "10 children", false},
           {"The disease killed 2 million people in 1998.", "2 million people", false},
       }) {
    Article a;
    Sentence s = Analyze(c.text, &a);
    EXPECT_EQ(IsRatioBase(s, Find(c.text, c.figure)), c.want) << c.text;
  }
}

TEST(MeasureTest, ABareFigureAPeoplesEventVerbTakesCountsPeople) {
  struct Case {
    std::string text, figure, want;
  };
  for (const Case& c : std::vector<Case>{
           {"The storm hit the coast, killing 40 and injuring about 150.", "about 150",
            "injured"},
           {"The storm hit the coast, killing 40 and injuring about 150.", "40", "killed"},
           {"It was the blaze that killed 60 and injured 162, officials said.", "162",
            "injured"},
           {"Police arrested 25 after the match.", "25", "arrested"},
           {"Soldiers rescued 300 from the rooftops.", "300", "rescued"},
           // Not a verb form right before the figure, or not people's event.
           {"The death toll rose to 60 on Friday.", "60", ""},
           {"The army deployed 3,000 along the border.", "3,000", ""},
           {"They were killed in 1998 and buried in 12 graves.", "12", ""},
           {"The injured were taken to 12 hospitals.", "12", ""},
       }) {
    Article a;
    Sentence s = Analyze(c.text, &a);
    EXPECT_EQ(VerbObjectMeasure(s, Find(c.text, c.figure)), c.want) << c.text;
  }
}

TEST(MeasureTest, AFigureAPopulationBeforeItMeasuresIsThePopulation) {
  struct Case {
    std::string text, figure, want;
  };
  for (const Case& c : std::vector<Case>{
           {"The country's population peaked at 21.55 million and has since fallen to 21.23 "
            "million this year.",
            "21.23 million", "population"},
           {"Its population is about 5 million.", "5 million", "population"},
           // Across a comma, or no population word.
           {"Because of the population decline, 300 schools closed.", "300", ""},
           {"The city has 40 bridges.", "40", ""},
       }) {
    Article a;
    Sentence s = Analyze(c.text, &a);
    EXPECT_EQ(PopulationWordBefore(s, Find(c.text, c.figure)), c.want) << c.text;
  }
}

TEST(MeasureTest, PeopleAPlaceOwnsAreItsPopulation) {
  struct Case {
    std::string text, figure, unit, want;
  };
  for (const Case& c : std::vector<Case>{
           {"The harvest will not meet the needs of Norway's 5 million people.",
            "5 million people", "people", "population"},
           {"The country needs more grain to feed its 23 million people.", "23 million people",
            "people", "population"},
           {"The city's 40,000 residents were told to boil water.", "40,000 residents",
            "resident", "population"},
           // No possessive, or not a word for inhabitants.
           {"Some 22 million people live in the north.", "22 million people", "people", ""},
           {"The company's 500 workers went on strike.", "500 workers", "worker", ""},
       }) {
    Article a;
    Sentence s = Analyze(c.text, &a);
    EXPECT_EQ(PopulationMeasure(s, Find(c.text, c.figure), c.unit), c.want) << c.text;
  }
}

}  // namespace
}  // namespace dossier::briefing::internal
