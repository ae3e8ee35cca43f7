// Prints the throughput of the splitter and of the whole analysis (split + tokenize +
// normalize + stem) on the DUC news stream. No timing assertion: machines differ; the
// test checks only that the work was done. Skips when the shared data is absent.
#include <gtest/gtest.h>
#include <time.h>

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "src/text/analyzer.h"
#include "src/text/sentence_splitter.h"

namespace dossier::text {
namespace {

constexpr size_t kMaxBytes = 8 << 20;  // enough for a stable figure, fast under ASan

std::vector<std::string> LoadTexts(const std::string& path) {
  std::vector<std::string> texts;
  std::ifstream in(path);
  std::string line;
  size_t total = 0;
  while (total < kMaxBytes && std::getline(in, line)) {
    auto j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (!j.is_object() || !j.contains("text") || !j["text"].is_string()) continue;
    texts.push_back(j["text"].get<std::string>());
    total += texts.back().size();
  }
  return texts;
}

// CPU time of this thread in seconds: the machine is shared, so wall time would
// measure the neighbours' load rather than this code.
double ThreadSeconds() {
  timespec ts;
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec / 1e9;
}

double MegabytesPerSecond(size_t bytes, double seconds) {
  return seconds > 0 ? bytes / 1e6 / seconds : 0;
}

TEST(TextThroughputTest, PrintsSplitterAndAnalyzerThroughputOnDucStream) {
  std::string path = std::string(DOSSIER_SHARED_DIR) + "/data/clustering/duc_stream.jsonl";
  std::vector<std::string> texts = LoadTexts(path);
  if (texts.empty()) GTEST_SKIP() << path << " not available";
  size_t bytes = 0, sentences = 0, tokens = 0;
  for (const std::string& t : texts) bytes += t.size();

  double start = ThreadSeconds();
  for (const std::string& t : texts) {
    sentences += SplitSentences(t, Span{0, static_cast<uint32_t>(t.size())}).size();
  }
  double split_time = ThreadSeconds() - start;

  Analyzer analyzer;
  start = ThreadSeconds();
  for (const std::string& t : texts) {
    Article a;
    a.text = t;
    analyzer.AnalyzeArticle(&a);
    for (const Sentence& s : a.sentences) tokens += s.tokens.size();
  }
  double analyze_time = ThreadSeconds() - start;

  std::cout << "texts: " << texts.size() << "  bytes: " << bytes << "  sentences: " << sentences
            << "  tokens: " << tokens << "\n"
            << "SplitSentences: " << MegabytesPerSecond(bytes, split_time)
            << " MB/s (thread CPU time)\n"
            << "AnalyzeArticle (split+tokenize+stem): " << MegabytesPerSecond(bytes, analyze_time)
            << " MB/s (thread CPU time)\n";
  EXPECT_GT(sentences, texts.size());
  EXPECT_GT(tokens, bytes / 10);
}

}  // namespace
}  // namespace dossier::text
