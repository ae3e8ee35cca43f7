// pipeline_benchmark: streams ../shared/data/clustering/duc_stream.jsonl (2,875 news
// articles) through reading (JSONL parsing and decoding), boilerplate removal, sentence
// splitting, tokenization and stemming on one thread, and reports MB/s and articles/s.
// The file is loaded into memory once, so disk speed is not measured.
//
//   build/release/bench/pipeline_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Quote the median line.
#include <benchmark/benchmark.h>

#include <iostream>
#include <string>

#include "src/base/file.h"
#include "src/engine/pipeline.h"

namespace dossier {
namespace {

const std::string& Corpus() {
  static const std::string* corpus = [] {
    auto data = ReadFileToString(std::string(DOSSIER_SHARED_DIR) +
                                 "/data/clustering/duc_stream.jsonl");
    return new std::string(data.ok() ? *data : "");
  }();
  return *corpus;
}

void BM_ReadCleanSplitTokenizeStem(benchmark::State& state) {
  const std::string& corpus = Corpus();
  if (corpus.empty()) {
    state.SkipWithError("duc_stream.jsonl not found under DOSSIER_SHARED_DIR");
    return;
  }
  size_t articles = 0;
  for (auto _ : state) {
    std::vector<Article> batch;
    ingest::IngestReport report;
    ingest::ReadArticles("duc_stream.jsonl", corpus, {}, &batch, &report);
    engine::PrepareArticles(&batch, {});
    articles += batch.size();
    benchmark::DoNotOptimize(batch.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
  state.SetItemsProcessed(static_cast<int64_t>(articles));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_ReadCleanSplitTokenizeStem)->Unit(benchmark::kMillisecond)->MinTime(2.0);

// The stages alone, to see where the time goes: each reports MB/s of the whole corpus.
enum Stage { kRead, kClean, kAnalyze };

void BM_Stage(benchmark::State& state) {
  const std::string& corpus = Corpus();
  if (corpus.empty()) {
    state.SkipWithError("duc_stream.jsonl not found under DOSSIER_SHARED_DIR");
    return;
  }
  const Stage stage = static_cast<Stage>(state.range(0));
  std::vector<Article> read;
  ingest::IngestReport report;
  ingest::ReadArticles("duc_stream.jsonl", corpus, {}, &read, &report);
  engine::LoadOptions clean_only;
  clean_only.analyze = false;
  std::vector<Article> cleaned = read;
  engine::PrepareArticles(&cleaned, clean_only);
  engine::LoadOptions analyze_only;
  analyze_only.clean_boilerplate = false;
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<Article> batch = stage == kClean ? read : cleaned;
    state.ResumeTiming();
    if (stage == kRead) {
      batch.clear();
      ingest::ReadArticles("duc_stream.jsonl", corpus, {}, &batch, &report);
    } else if (stage == kClean) {
      engine::PrepareArticles(&batch, clean_only);
    } else {
      engine::PrepareArticles(&batch, analyze_only);
    }
    benchmark::DoNotOptimize(batch.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * corpus.size()));
}
BENCHMARK(BM_Stage)->ArgName("read0_clean1_analyze2")->Arg(kRead)->Arg(kClean)->Arg(kAnalyze)
    ->Unit(benchmark::kMillisecond)->MinTime(1.0);

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
