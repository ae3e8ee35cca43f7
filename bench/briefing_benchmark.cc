// briefing_benchmark: the time to brief one 10-article story end to end: reading the
// cluster's JSON line, cleaning, sentence splitting, tokenization, stemming, facts,
// summary, timeline, numbers, disagreements and single-source statements, on one thread.
// Clusters are the 50 DUC 2004 stories (10 articles each) from ../shared/data; each
// iteration briefs the next cluster, so the figure is a per-cluster average over all.
//
//   build/release/bench/briefing_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/briefing/briefing.h"
#include "src/engine/pipeline.h"

namespace dossier {
namespace {

const std::vector<std::string>& ClusterLines() {
  static const std::vector<std::string>* lines = [] {
    auto* out = new std::vector<std::string>;
    auto data = ReadFileToString(std::string(DOSSIER_SHARED_DIR) +
                                 "/data/summarization/duc2004_task2.jsonl");
    if (!data.ok()) return out;
    for (std::string_view line : Split(*data, '\n')) {
      if (!StripAscii(line).empty()) out->emplace_back(line);
    }
    return out;
  }();
  return *lines;
}

void BM_BriefTenArticleStory(benchmark::State& state) {
  const std::vector<std::string>& lines = ClusterLines();
  if (lines.empty()) {
    state.SkipWithError("duc2004_task2.jsonl not found under DOSSIER_SHARED_DIR");
    return;
  }
  size_t next = 0;
  for (auto _ : state) {
    std::vector<ingest::Cluster> clusters;
    ingest::IngestReport report;
    ingest::ReadClusters("duc2004", lines[next++ % lines.size()], &clusters, &report);
    if (clusters.empty()) continue;
    engine::PrepareArticles(&clusters[0].articles, {});
    Briefing b = briefing::BuildBriefing(clusters[0].articles, {});
    benchmark::DoNotOptimize(b.summary.data());
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations()));
}
BENCHMARK(BM_BriefTenArticleStory)->Unit(benchmark::kMillisecond)->MinTime(3.0);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
