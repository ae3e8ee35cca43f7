#include "src/text/analyzer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/text/normalize.h"

namespace dossier::text {
namespace {

using Kind = TokenKind;

// "text|kind|norm" per token, so a table row shows span, kind and norm at once.
std::vector<std::string> Describe(std::string_view text) {
  Analyzer analyzer;
  std::vector<Token> tokens;
  analyzer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  std::vector<std::string> out;
  for (const Token& t : tokens) {
    const char* kind = t.kind == Kind::kWord     ? "W"
                       : t.kind == Kind::kNumber ? "N"
                       : t.kind == Kind::kPunct  ? "P"
                                                 : "S";
    out.push_back(std::string(text.substr(t.span.begin, t.span.size())) + "|" + kind + "|" +
                  t.norm);
  }
  return out;
}

struct Case {
  std::string_view text;
  std::vector<std::string> want;
};

TEST(TokenizerTest, SplitsWordsNumbersPunctuationAndSymbols) {
  for (const Case& c : std::vector<Case>{
           {"Don't stop", {"Don't|W|don't", "stop|W|stop"}},
           {"O\xE2\x80\x99"
            "Connor",
            {"O\xE2\x80\x99"
             "Connor|W|o'connor"}},
           {"players' union", {"players|W|players", "'|P|'", "union|W|union"}},
           {"well-known", {"well-known|W|well-known"}},
           {"150,000-plus", {"150,000|N|150,000", "-|P|-", "plus|W|plus"}},
           {"COVID-19", {"COVID|W|covid", "-|P|-", "19|N|19"}},
           {"175,000 and 3.5", {"175,000|N|175,000", "and|W|and", "3.5|N|3.5"}},
           {"$1,200.50 (12%)",
            {"$|S|$", "1,200.50|N|1,200.50", "(|P|(", "12|N|12", "%|S|%", ")|P|)"}},
           {"1,23 apples", {"1|N|1", ",|P|,", "23|N|23", "apples|W|apples"}},
           {"at 10:30 a.m.", {"at|W|at", "10:30|N|10:30", "a.m.|W|a.m."}},
           {"the U.S. economy", {"the|W|the", "U.S.|W|u.s.", "economy|W|economy"}},
           {"Mr. Lee", {"Mr|W|mr", ".|P|.", "Lee|W|lee"}},
           {"Wait...", {"Wait|W|wait", "...|P|..."}},
           {"a -- b", {"a|W|a", "--|P|-", "b|W|b"}},
           {"yes\xE2\x80\x94no", {"yes|W|yes", "\xE2\x80\x94|P|-", "no|W|no"}},
           {"\xE2\x80\x9CHi\xE2\x80\x9D", {"\xE2\x80\x9C|P|\"", "Hi|W|hi", "\xE2\x80\x9D|P|\""}},
           {"S\xC3\xA3o Paulo", {"S\xC3\xA3o|W|s\xC3\xA3o", "Paulo|W|paulo"}},
           {"\xE2\x82\xAC"
            "5",
            {"\xE2\x82\xAC|S|\xE2\x82\xAC", "5|N|5"}},
           {"see https://x.org/a?b=1.",
            {"see|W|see", "https://x.org/a?b=1|W|https://x.org/a?b=1", ".|P|."}},
           {"mail ir@loomwell.io now",
            {"mail|W|mail", "ir@loomwell.io|W|ir@loomwell.io", "now|W|now"}},
           {"cdc.gov.", {"cdc.gov|W|cdc.gov", ".|P|."}},
           {"end.The", {"end|W|end", ".|P|.", "The|W|the"}},
       }) {
    EXPECT_EQ(Describe(c.text), c.want) << c.text;
  }
}

TEST(TokenizerTest, SpansAreAbsoluteAndPointAtTheTokenBytes) {
  std::string text = "xx Sen. Hale, 67, left.";
  Analyzer analyzer;
  std::vector<Token> tokens;
  analyzer.Tokenize(text, Span{3, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].span, (Span{3, 6}));   // "Sen"
  EXPECT_EQ(tokens[2].span, (Span{8, 12}));  // "Hale"
  for (const Token& t : tokens) {
    EXPECT_EQ(NormalizeForMatching(text.substr(t.span.begin, t.span.size())), t.norm);
  }
}

TEST(TokenizerTest, InvalidUtf8NeverCrashesAndStaysInBounds) {
  std::string junk = "ok \xFF\xFE bad \xE2\x80 cut \xC3";
  for (int i = 0; i < 2000; ++i) junk.push_back(static_cast<char>((i * 131) % 256));
  Analyzer analyzer;
  std::vector<Token> tokens;
  analyzer.Tokenize(junk, Span{0, static_cast<uint32_t>(junk.size())}, &tokens);
  ASSERT_FALSE(tokens.empty());
  EXPECT_EQ(tokens[0].norm, "ok");
  uint32_t last = 0;
  for (const Token& t : tokens) {
    EXPECT_LT(t.span.begin, t.span.end);
    EXPECT_LE(t.span.end, junk.size());
    EXPECT_GE(t.span.begin, last);
    last = t.span.end;
  }
  tokens.clear();
  analyzer.Tokenize(junk, Span{5, 1000000}, &tokens);  // span past the end is clipped
  for (const Token& t : tokens) EXPECT_LE(t.span.end, junk.size());
}

TEST(StemmerTest, UsesSnowballEnglish) {
  Analyzer analyzer;
  struct StemCase {
    std::string_view word, stem;
  };
  for (const StemCase& c :
       {StemCase{"running", "run"}, StemCase{"ran", "ran"}, StemCase{"elections", "elect"},
        StemCase{"generously", "generous"}, StemCase{"countries", "countri"},
        StemCase{"smith's", "smith"}, StemCase{"", ""}}) {
    EXPECT_EQ(analyzer.Stem(c.word), c.stem) << c.word;
  }
  std::string very_long(200, 'a');
  EXPECT_EQ(analyzer.Stem(very_long), very_long);
}

TEST(StemmerTest, TokensCarryStemsOnlyForWords) {
  Analyzer analyzer;
  std::string text = "Voters were counting 1,200 ballots at www.vote.gov.";
  std::vector<Token> tokens;
  analyzer.Tokenize(text, Span{0, static_cast<uint32_t>(text.size())}, &tokens);
  ASSERT_EQ(tokens.size(), 8u);
  EXPECT_EQ(tokens[0].stem, "voter");
  EXPECT_EQ(tokens[2].stem, "count");
  EXPECT_EQ(tokens[3].stem, "1,200");
  EXPECT_EQ(tokens[6].stem, "www.vote.gov");  // URLs are not stemmed
  EXPECT_EQ(tokens[7].stem, ".");
}

TEST(StopwordTest, ListsFunctionWordsOnly) {
  for (std::string_view w :
       {"the", "and", "of", "he", "she", "it's", "don't", "would", "however"}) {
    EXPECT_TRUE(IsStopword(w)) << w;
  }
  for (std::string_view w : {"said", "senate", "The", "", "year", "people", "storm"}) {
    EXPECT_FALSE(IsStopword(w)) << w;
  }
  Analyzer analyzer;
  std::string text = "The Senate";
  std::vector<Token> tokens;
  analyzer.Tokenize(text, Span{0, 10}, &tokens);
  ASSERT_EQ(tokens.size(), 2u);
  EXPECT_TRUE(tokens[0].stopword);
  EXPECT_FALSE(tokens[1].stopword);
}

TEST(AnalyzerTest, AnalyzesBodyBlocksIntoNumberedSentences) {
  Article a;
  a.text = "Headline\n\nMr. Lee won. He smiled.\n\nIt rained.";
  a.body = {Span{10, 33}, Span{35, 45}};
  Analyzer analyzer;
  analyzer.AnalyzeArticle(&a);
  ASSERT_EQ(a.sentences.size(), 3u);
  EXPECT_EQ(a.Slice(a.sentences[0].span), "Mr. Lee won.");
  EXPECT_EQ(a.Slice(a.sentences[2].span), "It rained.");
  EXPECT_EQ(a.sentences[1].paragraph, 0u);
  EXPECT_EQ(a.sentences[2].paragraph, 1u);
  EXPECT_EQ(a.sentences[2].index, 2u);
  ASSERT_EQ(a.sentences[0].tokens.size(), 5u);
  EXPECT_EQ(a.sentences[0].tokens[2].stem, "lee");

  a.body.clear();  // no body: the whole text is one block
  analyzer.AnalyzeArticle(&a);
  ASSERT_EQ(a.sentences.size(), 4u);
  EXPECT_EQ(a.Slice(a.sentences[0].span), "Headline");
}

}  // namespace
}  // namespace dossier::text
