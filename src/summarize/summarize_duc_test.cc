// Runs a few DUC 2004 clusters through the real pipeline (ingest -> text -> summarize).
// Skips when ../shared/data is absent.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/ingest/ingest.h"
#include "src/statements/compress.h"
#include "src/statements/quality.h"
#include "src/summarize/summarize.h"
#include "src/text/analyzer.h"

namespace dossier::summarize {
namespace {

constexpr char kDuc[] = DOSSIER_SHARED_DIR "/data/summarization/duc2004_task2.jsonl";
constexpr size_t kClusters = 3;

std::vector<ingest::Cluster> LoadDuc() {
  std::vector<ingest::Cluster> clusters;
  StatusOr<std::string> data = ReadFileToString(kDuc);
  if (!data.ok()) return clusters;
  ingest::IngestReport report;
  ingest::ReadClusters(kDuc, *data, &clusters, &report);
  if (clusters.size() > kClusters) clusters.resize(kClusters);
  text::Analyzer analyzer;
  for (ingest::Cluster& c : clusters) {
    for (Article& a : c.articles) analyzer.AnalyzeArticle(&a);
  }
  return clusters;
}

TEST(SummarizeDucTest, EveryMethodGivesAttributedSummariesWithinBudget) {
  if (!std::filesystem::exists(kDuc)) GTEST_SKIP() << kDuc << " not present";
  std::vector<ingest::Cluster> clusters = LoadDuc();
  ASSERT_EQ(clusters.size(), kClusters);
  for (Method m : AllMethods()) {
    for (const ingest::Cluster& c : clusters) {
      SCOPED_TRACE(std::string(MethodName(m)) + " " + c.id);
      SummaryOptions o;
      o.method = m;
      o.max_words = 100;
      o.truncate_last = true;
      Summary s = Summarize(c.articles, o);
      int words = 0;
      for (const SummarySentence& line : s.sentences) {
        ASSERT_LT(line.article, c.articles.size());
        const Article& a = c.articles[line.article];
        // The shown text is made of the kept parts, which lie in order inside the span.
        EXPECT_EQ(statements::JoinParts(a.text, line.parts), line.text);
        ASSERT_FALSE(line.parts.empty());
        EXPECT_EQ(line.parts.front().begin, line.span.begin);
        EXPECT_EQ(line.parts.back().end, line.span.end);
        for (size_t i = 1; i < line.parts.size(); ++i) {
          EXPECT_GT(line.parts[i].begin, line.parts[i - 1].end);
        }
        words += statements::CountWords(line.text);
        for (const Support& sup : line.support) {
          EXPECT_NE(sup.article, line.article);
          EXPECT_GE(sup.similarity, o.support_threshold);
          EXPECT_LE(sup.span.end, c.articles[sup.article].text.size());
        }
      }
      EXPECT_EQ(words, 100);
    }
  }
}

// DUC clusters carry several versions of the same wire story, so the default summary's
// lead facts are reported by more than one article.
TEST(SummarizeDucTest, DefaultSummaryHasSentencesSupportedByOtherArticles) {
  if (!std::filesystem::exists(kDuc)) GTEST_SKIP() << kDuc << " not present";
  std::vector<ingest::Cluster> clusters = LoadDuc();
  ASSERT_EQ(clusters.size(), kClusters);
  SummaryOptions o;
  o.max_words = 100;
  size_t supported = 0, total = 0;
  for (const ingest::Cluster& c : clusters) {
    Summary s = Summarize(c.articles, o);
    for (const SummarySentence& line : s.sentences) supported += !line.support.empty(), ++total;
  }
  EXPECT_GT(total, 3 * kClusters - 1);
  EXPECT_GE(supported, 1u);
}

}  // namespace
}  // namespace dossier::summarize
