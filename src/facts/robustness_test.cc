// Random input never crashes the extractors and spans stay inside the text: random
// bytes, and random sequences of the tokens the rules react to (a cheap fuzzer with a
// fixed seed, so failures reproduce).
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "src/facts/facts.h"

namespace dossier::facts {
namespace {

void CheckSpans(const std::string& text) {
  Span span{7, 7 + static_cast<uint32_t>(text.size())};
  for (const Quantity& q : ExtractQuantities(text, span)) {
    ASSERT_LE(span.begin, q.span.begin);
    ASSERT_LE(q.span.begin, q.span.end);
    ASSERT_LE(q.span.end, span.end);
  }
  std::vector<Mention> ms = ExtractMentions(text, span);
  for (const Mention& m : ms) {
    ASSERT_LE(span.begin, m.span.begin);
    ASSERT_LE(m.span.begin, m.span.end);
    ASSERT_LE(m.span.end, span.end);
  }
  MergeEntities({ms, ms});
}

TEST(RobustnessTest, RandomBytesNeverCrash) {
  std::mt19937 rng(20221);
  for (int i = 0; i < 300; ++i) {
    std::string text(rng() % 400, '\0');
    for (char& c : text) c = static_cast<char>(rng() % 256);
    CheckSpans(text);
  }
}

TEST(RobustnessTest, RandomRuleTokensNeverCrash) {
  const char* vocab[] = {"$", "US", "-", "plus", "million", "bn", "5", "1,200", "2021", "%",
                         "to", "and", "between", "more", "than", "up", "of", "tens", "thousands",
                         "a", "dozen", "half", "President", "Vice", "U.S.", "NATO", "'s", ",",
                         ".", "\"", "Gen", "Joe", "Biden", "spokesman", "for", "the", "Kremlin",
                         "(", ")", "/", "al", "Ministry", "€", "\xe2\x80\x94", "\xff", "December",
                         "p.m.", ":", "F", "Group", "could", "troops", "Russian", "former"};
  std::mt19937 rng(7);
  for (int i = 0; i < 2000; ++i) {
    std::string text;
    int n = static_cast<int>(rng() % 30);
    for (int k = 0; k < n; ++k) {
      if (rng() % 3) text.push_back(' ');
      text += vocab[rng() % (sizeof(vocab) / sizeof(vocab[0]))];
    }
    CheckSpans(text);
  }
}

}  // namespace
}  // namespace dossier::facts
