#include "src/eval/porter_stemmer.h"

#include <gtest/gtest.h>

#include <string_view>

namespace dossier::eval {
namespace {

struct Case {
  std::string_view word;
  std::string_view want;
};

void ExpectStems(std::initializer_list<Case> cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(RougePorterStem(c.word), c.want) << c.word;
  }
}

// The examples of Porter (1980), step by step, with the outputs of Porter's reference
// implementation (which ROUGE embeds).
TEST(RougePorterStemTest, Step1aPlurals) {
  ExpectStems({{"caresses", "caress"}, {"ponies", "poni"}, {"ties", "ti"},
               {"caress", "caress"}, {"cats", "cat"}});
}

TEST(RougePorterStemTest, Step1bEdAndIng) {
  ExpectStems({{"feed", "feed"},          {"agreed", "agre"},   {"plastered", "plaster"},
               {"bled", "bled"},          {"motoring", "motor"}, {"sing", "sing"},
               {"conflated", "conflat"},  {"troubled", "troubl"}, {"sized", "size"},
               {"hopping", "hop"},        {"tanned", "tan"},    {"falling", "fall"},
               {"hissing", "hiss"},       {"fizzed", "fizz"},   {"failing", "fail"},
               {"filing", "file"}});
}

TEST(RougePorterStemTest, Step1cTerminalY) {
  ExpectStems({{"happy", "happi"}, {"sky", "sky"}});
}

TEST(RougePorterStemTest, Step2DoubleSuffixes) {
  ExpectStems({{"relational", "relat"},     {"conditional", "condit"}, {"rational", "ration"},
               {"valenci", "valenc"},       {"hesitanci", "hesit"},    {"digitizer", "digit"},
               {"conformabli", "conform"},  {"radicalli", "radic"},    {"differentli", "differ"},
               {"vileli", "vile"},          {"analogousli", "analog"}, {"vietnamization", "vietnam"},
               {"predication", "predic"},   {"operator", "oper"},      {"feudalism", "feudal"},
               {"decisiveness", "decis"},   {"hopefulness", "hope"},   {"callousness", "callous"},
               {"formaliti", "formal"},     {"sensitiviti", "sensit"}, {"sensibiliti", "sensibl"}});
}

TEST(RougePorterStemTest, Step3) {
  ExpectStems({{"triplicate", "triplic"}, {"formative", "form"}, {"formalize", "formal"},
               {"electriciti", "electr"}, {"electrical", "electr"}, {"hopeful", "hope"},
               {"goodness", "good"}});
}

TEST(RougePorterStemTest, Step4RemovesSuffixWhenMeasureAboveOne) {
  ExpectStems({{"revival", "reviv"},     {"allowance", "allow"},  {"inference", "infer"},
               {"airliner", "airlin"},   {"gyroscopic", "gyroscop"}, {"adjustable", "adjust"},
               {"defensible", "defens"}, {"irritant", "irrit"},   {"replacement", "replac"},
               {"adjustment", "adjust"}, {"dependent", "depend"}, {"adoption", "adopt"},
               {"homologou", "homolog"}, {"communism", "commun"}, {"activate", "activ"},
               {"angulariti", "angular"}, {"homologous", "homolog"}, {"effective", "effect"},
               {"bowdlerize", "bowdler"}});
}

TEST(RougePorterStemTest, Step5FinalEAndDoubleL) {
  ExpectStems({{"probate", "probat"}, {"rate", "rate"}, {"cease", "ceas"},
               {"controll", "control"}, {"roll", "roll"}});
}

TEST(RougePorterStemTest, WholeWords) {
  ExpectStems({{"generalizations", "gener"}, {"oscillators", "oscil"},
               {"summaries", "summari"},      {"running", "run"},
               {"elections", "elect"},        {"officials", "offici"}});
}

TEST(RougePorterStemTest, InitialYIsAConsonant) {
  // "yell" keeps its y; "youth"'s y must not make "youths" lose more than the plural.
  ExpectStems({{"yelling", "yell"}, {"youths", "youth"}, {"yearly", "yearli"}});
}

TEST(RougePorterStemTest, ShortAndOddInputPassThrough) {
  ExpectStems({{"", ""}, {"a", "a"}, {"is", "is"}, {"1998", "1998"}, {"b52s", "b52"}});
}

}  // namespace
}  // namespace dossier::eval
