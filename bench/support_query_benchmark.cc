// support_query_benchmark: what one "says the same thing" question costs as the story
// grows. The question is statements::FindSupport at the support threshold (every unit of
// another article that states what a unit states: citations, "only in one source",
// merged timeline entries). The same questions, the sentences of the DUC stream's first
// 10 articles, are asked in stories made of the stream's first 10, 100, 1,000 and 2,800
// articles (../shared/data/clustering/duc_stream.jsonl, cleaned as the engine cleans;
// the index is built before timing). The counter us_per_query is the mean time of one
// question; issue 8 asks that it stay about the same from a 10-article story to a
// 5,000-article one (the stream holds 2,875 articles, the largest size here).
//
//   build/release/bench/support_query_benchmark --benchmark_repetitions=3 --benchmark_report_aggregates_only=true
//
// Skips when ../shared is absent.
#include <benchmark/benchmark.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/engine/pipeline.h"
#include "src/ingest/ingest.h"
#include "src/statements/features.h"
#include "src/statements/statement_index.h"

namespace dossier {
namespace {

constexpr size_t kQueryArticles = 10;

// The first `n` articles of the DUC stream, prepared as the engine prepares them.
std::vector<Article> FirstArticles(size_t n) {
  static const std::vector<Article>* stream = [] {
    auto* out = new std::vector<Article>;
    auto data = ReadFileToString(std::string(DOSSIER_SHARED_DIR) +
                                 "/data/clustering/duc_stream.jsonl");
    if (data.ok()) {
      ingest::IngestReport report;
      ingest::ReadArticles("duc_stream.jsonl", *data, {}, out, &report);
    }
    return out;
  }();
  std::vector<Article> out(stream->begin(),
                           stream->begin() + static_cast<long>(std::min(n, stream->size())));
  engine::PrepareArticles(&out, {});
  return out;
}

// A story of n articles with its cluster and index, built once per size.
struct Story {
  std::vector<Article> articles;
  statements::Cluster cluster;
  std::unique_ptr<statements::StatementIndex> index;
  std::vector<size_t> queries;  // the units of the first kQueryArticles articles
};

const Story& StoryOf(size_t n) {
  static std::map<size_t, Story*> cache;
  Story*& s = cache[n];
  if (s != nullptr) return *s;
  s = new Story;
  s->articles = FirstArticles(n);
  s->cluster = statements::BuildCluster(s->articles, SummaryOptions{});
  s->index = std::make_unique<statements::StatementIndex>(s->cluster, s->articles);
  for (size_t u = 0; u < s->cluster.units.size(); ++u) {
    if (s->cluster.units[u].article < kQueryArticles) s->queries.push_back(u);
  }
  return *s;
}

void BM_SupportQuery(benchmark::State& state) {
  const size_t n = static_cast<size_t>(state.range(0));
  const Story& s = StoryOf(n);
  if (s.articles.size() < n) {
    state.SkipWithError("duc_stream.jsonl not found under DOSSIER_SHARED_DIR (or too short)");
    return;
  }
  const double threshold = SummaryOptions{}.support_threshold;
  size_t queries = 0, found = 0;
  for (auto _ : state) {
    for (size_t u : s.queries) {
      std::vector<statements::Support> sup = statements::FindSupport(s.cluster, *s.index, u, threshold);
      found += sup.size();
      benchmark::DoNotOptimize(sup.data());
    }
    queries += s.queries.size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(queries));
  state.counters["articles"] = static_cast<double>(n);
  state.counters["queries"] = static_cast<double>(s.queries.size());
  state.counters["units"] = static_cast<double>(s.cluster.units.size());
  state.counters["us_per_query"] = benchmark::Counter(
      static_cast<double>(queries) * 1e-6, benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
  state.counters["supports_per_query"] =
      queries == 0 ? 0 : static_cast<double>(found) / static_cast<double>(queries);
}
BENCHMARK(BM_SupportQuery)->Arg(10)->Arg(100)->Arg(1000)->Arg(2800)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
