#include "src/text/normalize.h"

#include <gtest/gtest.h>

namespace dossier::text {
namespace {

struct Case {
  std::string_view in;
  std::string_view want;
};

TEST(NormalizeNfcTest, ComposesAndReplacesInvalidBytes) {
  for (const Case& c : {
           Case{"plain ASCII stays", "plain ASCII stays"},
           Case{"Cafe\xCC\x81", "Caf\xC3\xA9"},             // e + combining acute -> é
           Case{"Caf\xC3\xA9", "Caf\xC3\xA9"},              // already NFC
           Case{"A\xCC\x8A", "\xC3\x85"},                   // A + ring -> Å
           Case{"bad \xFF byte", "bad \xEF\xBF\xBD byte"},  // invalid -> U+FFFD
           Case{"cut \xE2\x80", "cut \xEF\xBF\xBD"},        // truncated sequence
           Case{"", ""},
       }) {
    EXPECT_EQ(NormalizeNfc(c.in), c.want) << c.in;
  }
}

TEST(NormalizeForMatchingTest, FoldsCaseQuotesDashesAndSpaces) {
  for (const Case& c : {
           Case{"Hello World", "hello world"},
           Case{"Don\xE2\x80\x99t", "don't"},                     // ’
           Case{"\xE2\x80\x9CQuoted\xE2\x80\x9D", "\"quoted\""},  // “ ”
           Case{"\xC2\xAB"
                "Bonjour"
                "\xC2\xBB",
                "\"bonjour\""},  // « »
           Case{"1990\xE2\x80\x93"
                "91",
                "1990-91"},                      // en dash
           Case{"yes\xE2\x80\x94no", "yes-no"},  // em dash
           Case{"\xE2\x88\x92"
                "5",
                "-5"},                     // minus sign
           Case{"10\xC2\xA0km", "10 km"},  // NBSP
           Case{"a\xE2\x80\x89"
                "b\xE3\x80\x80"
                "c",
                "a b c"},  // thin, ideographic
           Case{"tab\there\nline", "tab here line"},
           Case{"soft\xC2\xADhyphen", "softhyphen"},                      // U+00AD dropped
           Case{"\xC3\x89MILE Zola", "\xC3\xA9mile zola"},                // É -> é
           Case{"Cafe\xCC\x81", "caf\xC3\xA9"},                           // NFC first
           Case{"\xCE\xA3\xCE\x9F\xCE\xA6", "\xCF\x83\xCE\xBF\xCF\x86"},  // ΣΟΦ -> σοφ
           Case{"bad\xFF", "bad\xEF\xBF\xBD"},
       }) {
    EXPECT_EQ(NormalizeForMatching(c.in), c.want) << c.in;
  }
}

}  // namespace
}  // namespace dossier::text
