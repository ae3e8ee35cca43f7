// Evaluation of boilerplate removal on real scraped text the rules were not written on:
// the Multi-News sample in ../shared/data. Clusters 0-49 were looked at while writing the
// rules (dev); clusters 50-99 are held out. The test prints, per half, how many blocks
// were removed by each reason, and a fixed sample of removed lines and of kept short
// lines from the held-out half, for hand-checking precision:
//   ctest --test-dir build -R extract_eval_test -V
// EXTRACT_EVAL_DUMP_DEV=1 also prints everything of the dev half, for rule writing.
// It fails if the invariants break (spans inside the text, body and removals disjoint)
// or if removal runs away (more than 15% of all words removed).
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>

#include "src/extract/clean.h"
#include "src/ingest/ingest.h"

namespace dossier::extract {
namespace {

constexpr const char* kPath = DOSSIER_SHARED_DIR "/data/summarization/multinews-dev100.jsonl";

size_t Words(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

struct Tally {
  std::map<std::string, int> by_reason;
  size_t words = 0, removed_words = 0;
};

void CheckSpans(const Article& a) {
  std::vector<Span> all(a.body);
  for (const Removed& r : a.removed) all.push_back(r.span);
  std::sort(all.begin(), all.end(), [](Span x, Span y) { return x.begin < y.begin; });
  for (size_t i = 0; i < all.size(); ++i) {
    ASSERT_LE(all[i].end, a.text.size()) << a.id;
    ASSERT_LT(all[i].begin, all[i].end) << a.id;
    if (i > 0) {
      ASSERT_LE(all[i - 1].end, all[i].begin) << a.id;
    }
  }
}

TEST(ExtractEvalTest, MultiNewsRemovalsByReasonWithSamples) {
  std::ifstream in(kPath);
  if (!in) GTEST_SKIP() << kPath << " not present";
  std::stringstream buf;
  buf << in.rdbuf();
  std::vector<ingest::Cluster> clusters;
  ingest::IngestReport report;
  ingest::ReadClusters(kPath, buf.str(), &clusters, &report);
  ASSERT_EQ(clusters.size(), 100u);
  Tally dev, held;
  std::vector<std::string> removed_sample, kept_sample;
  int removed_seen = 0, kept_seen = 0;
  // EXTRACT_EVAL_DUMP_DEV=1 prints every removal and kept short block of the dev half.
  const bool dump_dev = std::getenv("EXTRACT_EVAL_DUMP_DEV") != nullptr;
  for (size_t c = 0; c < clusters.size(); ++c) {
    CleanBatch(&clusters[c].articles, {});
    Tally& t = c < 50 ? dev : held;
    for (const Article& a : clusters[c].articles) {
      CheckSpans(a);
      t.words += Words(a.text);
      for (const Removed& r : a.removed) {
        ++t.by_reason[r.reason];
        t.removed_words += Words(a.Slice(r.span));
        if (c < 50 && dump_dev) {
          std::cout << "DEV-R " << r.reason << " | " << a.Slice(r.span).substr(0, 200) << "\n";
        }
        if (c >= 50 && removed_seen++ % 3 == 0) {
          removed_sample.push_back(r.reason + " | " + std::string(a.Slice(r.span).substr(0, 160)));
        }
      }
      for (Span s : a.body) {
        if (c < 50 && dump_dev && Words(a.Slice(s)) <= 12) {
          std::cout << "DEV-K " << a.Slice(s).substr(0, 200) << "\n";
        }
        if (c >= 50 && Words(a.Slice(s)) <= 12 && kept_seen++ % 4 == 0) {
          kept_sample.push_back(std::string(a.Slice(s).substr(0, 160)));
        }
      }
    }
  }
  for (const auto& [name, t] : {std::pair<const char*, const Tally&>{"dev (0-49)", dev},
                                {"held-out (50-99)", held}}) {
    std::cout << "== " << name << ": " << t.removed_words << " of " << t.words
              << " words removed\n";
    for (const auto& [reason, n] : t.by_reason) std::cout << "  " << reason << " " << n << "\n";
    EXPECT_LT(t.removed_words * 100, t.words * 15) << name;
    EXPECT_GT(t.removed_words, 0u) << name;
  }
  std::cout << "== held-out sample of removed spans (every 3rd)\n";
  for (const std::string& s : removed_sample) std::cout << "  R " << s << "\n";
  std::cout << "== held-out sample of kept short blocks (every 4th, <= 12 words)\n";
  for (const std::string& s : kept_sample) std::cout << "  K " << s << "\n";
}

}  // namespace
}  // namespace dossier::extract
