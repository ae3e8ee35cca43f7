// Hostile input for ReadPage: random bytes, truncations and mutations of a real page
// (fixed seeds). Every call returns a Status or a Page whose runs stay inside the text
// and the input, and whose text is valid UTF-8; under ASan/UBSan nothing is touched out
// of bounds. fuzz/html_fuzzer.cc searches further (make fuzz).
#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <fstream>
#include <random>
#include <sstream>

#include "src/html/page.h"

namespace dossier::html {
namespace {

bool ValidUtf8(std::string_view s) {
  int32_t i = 0;
  const auto n = static_cast<int32_t>(s.size());
  while (i < n) {
    UChar32 c;
    U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, n, c);
    if (c < 0) return false;
  }
  return true;
}

void Check(const std::string& bytes) {
  StatusOr<Page> page = ReadPage("junk.html", bytes, {});
  if (!page.ok()) {
    EXPECT_NE(page.status().message().find("junk.html"), std::string::npos);
    return;
  }
  ASSERT_TRUE(ValidUtf8(page->text));
  for (const RawRun& r : page->raw_map) {
    ASSERT_LE(r.text_begin + r.size, page->text.size());
    ASSERT_LE(r.raw_begin + r.raw_size, bytes.size() + 16);  // gunzipped input may be larger
  }
  for (const TextBlock& b : page->blocks) ASSERT_LE(b.begin + b.size, page->text.size());
}

std::string Fixture() {
  std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/data/html/article.html", std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// Inputs html_fuzzer once crashed on (tests/data/html/fuzz/), read again: a recut block
// with no source bytes was sorted by its first source run.
TEST(JunkInputTest, FormerFuzzerCrashesAreRead) {
  for (const char* name : {"empty_recut_segment.html"}) {
    std::ifstream in(std::string(DOSSIER_SOURCE_DIR) + "/tests/data/html/fuzz/" + name,
                     std::ios::binary);
    ASSERT_TRUE(in) << name;
    std::stringstream s;
    s << in.rdbuf();
    Check(s.str());
  }
}

TEST(JunkInputTest, RandomBytesNeverCrash) {
  std::mt19937 rng(20261204);
  for (int round = 0; round < 300; ++round) {
    std::string bytes(rng() % 4096, '\0');
    for (char& c : bytes) c = static_cast<char>(rng());
    Check(bytes);
  }
}

TEST(JunkInputTest, EveryTruncationOfAPageIsRead) {
  const std::string page = Fixture();
  for (size_t cut = 0; cut < page.size(); cut += 7) Check(page.substr(0, cut));
}

TEST(JunkInputTest, MutatedPagesAreRead) {
  const std::string page = Fixture();
  std::mt19937 rng(7);
  const char kMarkup[] = "<>&;/\"'=!-\xC3\xA9\x80\xFF\0";
  for (int round = 0; round < 500; ++round) {
    std::string bytes = page;
    for (int k = 0; k < 20; ++k) {
      const size_t at = rng() % bytes.size();
      switch (rng() % 3) {
        case 0: bytes[at] = kMarkup[rng() % (sizeof kMarkup - 1)]; break;
        case 1: bytes.erase(at, rng() % 16); break;
        default: bytes.insert(at, std::string(1 + rng() % 8, kMarkup[rng() % (sizeof kMarkup - 1)]));
      }
      if (bytes.empty()) bytes = "<";
    }
    Check(bytes);
  }
}

}  // namespace
}  // namespace dossier::html
