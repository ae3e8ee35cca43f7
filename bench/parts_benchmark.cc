// parts_benchmark: the two halves of the parts API (include/dossier/parts.h) on one
// thread over ../shared/data/clustering/duc_stream.jsonl (2,875 full articles): what a
// Dask worker does per article (ReadDocument + RecordMaker::Make: reading, boilerplate
// keys, story terms, near-copy fingerprint) and what the one sequential pass does per
// article (StoryPlanner::Add: parse the record, resolve the id, count evidence, place
// the article). The file is read once, outside the timed loops; records are made once
// for the planner benchmark. Through the public API only.
//
//   build/release/bench/parts_benchmark --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
//
// Quote the median "articles/s" lines: the planner's rate bounds the whole pipeline.
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include "dossier/page.h"
#include "dossier/parts.h"

namespace dossier {
namespace {

const std::vector<Document>& Documents() {
  static const std::vector<Document>* docs = [] {
    auto* out = new std::vector<Document>;
    for (PageResult& p : ReadInputs({std::string(DOSSIER_SHARED_DIR) +
                                     "/data/clustering/duc_stream.jsonl"}, {})) {
      if (!p.article.ok()) continue;
      const Article& a = *p.article;
      out->push_back(Document{p.name, a.text, a.id, a.title, a.date, a.url, a.source});
    }
    return out;
  }();
  return *docs;
}

const std::vector<std::string>& Records() {
  static const std::vector<std::string>* records = [] {
    auto* out = new std::vector<std::string>;
    RecordMaker maker(EngineOptions{});
    const std::vector<Document>& docs = Documents();
    for (size_t i = 0; i < docs.size(); ++i) {
      PageResult r = ReadDocument(docs[i], i, {});
      if (r.article.ok()) out->push_back(maker.Make(*r.article));
    }
    return out;
  }();
  return *records;
}

void Rate(benchmark::State& state, size_t articles) {
  state.SetItemsProcessed(static_cast<int64_t>(articles));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
}

void BM_ReadAndMakeRecords(benchmark::State& state) {
  const std::vector<Document>& docs = Documents();
  if (docs.empty()) {
    state.SkipWithError("duc_stream.jsonl not found under DOSSIER_SHARED_DIR");
    return;
  }
  size_t articles = 0;
  RecordMaker maker(EngineOptions{});
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      PageResult r = ReadDocument(docs[i], i, {});
      if (r.article.ok()) benchmark::DoNotOptimize(maker.Make(*r.article));
    }
    articles += docs.size();
  }
  Rate(state, articles);
}

void BM_PlanRecords(benchmark::State& state) {
  const std::vector<std::string>& records = Records();
  if (records.empty()) {
    state.SkipWithError("duc_stream.jsonl not found under DOSSIER_SHARED_DIR");
    return;
  }
  size_t articles = 0;
  for (auto _ : state) {
    StoryPlanner planner(EngineOptions{});
    for (const std::string& r : records) benchmark::DoNotOptimize(planner.Add(r));
    benchmark::DoNotOptimize(planner.Stories());
    articles += records.size();
  }
  Rate(state, articles);
}

BENCHMARK(BM_ReadAndMakeRecords)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();
BENCHMARK(BM_PlanRecords)->Unit(benchmark::kMillisecond)->MinTime(2.0)->UseRealTime();

}  // namespace
}  // namespace dossier

BENCHMARK_MAIN();
