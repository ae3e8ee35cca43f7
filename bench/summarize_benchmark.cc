// Summarizer speed on DUC 2004 (50 clusters x 10 articles): Summarize() per cluster with
// the default method, articles read and analyzed once beforehand. Reports the median
// over repetitions of the mean time per cluster, and prints the median per-cluster time.
//
//   build/bench/summarize_benchmark --benchmark_repetitions=5
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/ingest/ingest.h"
#include "src/summarize/summarize.h"
#include "src/text/analyzer.h"

namespace {

constexpr char kDuc[] = DOSSIER_SHARED_DIR "/data/summarization/duc2004_task2.jsonl";

const std::vector<dossier::ingest::Cluster>& Clusters() {
  static const auto* clusters = [] {
    auto* out = new std::vector<dossier::ingest::Cluster>();
    dossier::StatusOr<std::string> data = dossier::ReadFileToString(kDuc);
    if (!data.ok()) return out;
    dossier::ingest::IngestReport report;
    dossier::ingest::ReadClusters(kDuc, *data, out, &report);
    dossier::text::Analyzer analyzer;
    for (auto& c : *out) {
      for (dossier::Article& a : c.articles) analyzer.AnalyzeArticle(&a);
    }
    return out;
  }();
  return *clusters;
}

void BM_SummarizeDucCluster(benchmark::State& state) {
  const auto& clusters = Clusters();
  if (clusters.empty()) {
    state.SkipWithError("DUC 2004 data not present");
    return;
  }
  dossier::summarize::SummaryOptions options;
  options.method = static_cast<dossier::summarize::Method>(state.range(0));
  options.max_words = 100;
  options.truncate_last = true;
  size_t i = 0;
  for (auto _ : state) {
    benchmark::DoNotOptimize(dossier::summarize::Summarize(clusters[i].articles, options));
    i = (i + 1) % clusters.size();
  }
  state.SetLabel(std::string(dossier::summarize::MethodName(options.method)) + ", per cluster");
}
BENCHMARK(BM_SummarizeDucCluster)
    ->Arg(static_cast<int>(dossier::summarize::SummaryOptions().method))
    ->Unit(benchmark::kMillisecond);

// Prints the median of the 50 per-cluster times of the default method.
void PrintMedianPerCluster() {
  std::vector<double> ms;
  dossier::summarize::SummaryOptions options;
  options.max_words = 100;
  options.truncate_last = true;
  for (const auto& c : Clusters()) {
    auto start = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(dossier::summarize::Summarize(c.articles, options));
    ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
  }
  if (ms.empty()) return;
  std::nth_element(ms.begin(), ms.begin() + ms.size() / 2, ms.end());
  std::printf("summarize (%s): median %.3f ms per DUC 2004 cluster over %zu clusters\n",
              std::string(dossier::summarize::MethodName(options.method)).c_str(),
              ms[ms.size() / 2], ms.size());
}

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  PrintMedianPerCluster();
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
