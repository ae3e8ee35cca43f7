// cluster_benchmark: online story clustering (near-copy detection + story placement,
// cluster::StoryClusterer) on one thread over the two clustering streams of
// ../shared/data/clustering/: uci-first7days.jsonl (15,395 headlines) and
// duc_stream.jsonl (2,875 full articles). The files are read and parsed once, outside
// the timed loop; each iteration clusters the whole stream with a fresh clusterer.
//
//   build/release/bench/cluster_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Quote the median "articles/s" lines. Targets: 20,000 headlines/s, 2,000 full articles/s.
#include <benchmark/benchmark.h>

#include <memory>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/cluster/story_clusterer.h"
#include "src/ingest/ingest.h"

namespace dossier {
namespace {

const std::vector<Article>& Stream(const std::string& name) {
  static std::vector<std::pair<std::string, std::vector<Article>*>> cache;
  for (auto& [n, a] : cache) {
    if (n == name) return *a;
  }
  auto* articles = new std::vector<Article>;
  auto data = ReadFileToString(std::string(DOSSIER_SHARED_DIR) + "/data/clustering/" + name);
  if (data.ok()) {
    ingest::IngestReport report;
    ingest::ReadArticles(name, *data, {}, articles, &report);
  }
  cache.push_back({name, articles});
  return *articles;
}

void ClusterStream(benchmark::State& state, const std::string& name) {
  const std::vector<Article>& stream = Stream(name);
  if (stream.empty()) {
    state.SkipWithError((name + " not found under DOSSIER_SHARED_DIR").c_str());
    return;
  }
  size_t articles = 0;
  for (auto _ : state) {
    auto clusterer = std::make_unique<cluster::StoryClusterer>(cluster::ClusterOptions{});
    for (const Article& a : stream) {
      benchmark::DoNotOptimize(
          clusterer->Add({a.title, a.text, a.source, cluster::ParseTime(a.date), a.url}));
    }
    articles += stream.size();
    state.PauseTiming();  // freeing the whole index at once is not part of a stream
    clusterer.reset();
    state.ResumeTiming();
  }
  state.SetItemsProcessed(static_cast<int64_t>(articles));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}

void BM_ClusterHeadlines(benchmark::State& state) { ClusterStream(state, "uci-first7days.jsonl"); }
void BM_ClusterFullArticles(benchmark::State& state) { ClusterStream(state, "duc_stream.jsonl"); }
BENCHMARK(BM_ClusterHeadlines)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_ClusterFullArticles)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
