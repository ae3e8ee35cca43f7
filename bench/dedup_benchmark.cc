// Near-duplicate index speed on the 2,875 articles of the DUC stream, one thread:
// AddAndQuery of every article in stream order into a fresh index per iteration
// (items = articles, so items_per_second is articles indexed and queried per second),
// and Query alone against the full index. Skips when ../shared is absent.
//
//   build/release/bench/dedup_benchmark --benchmark_repetitions=5
//       --benchmark_report_aggregates_only=true   (one command line)
#include <benchmark/benchmark.h>

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/dedup/near_dup_index.h"

namespace {

constexpr char kStream[] = DOSSIER_SHARED_DIR "/data/clustering/duc_stream.jsonl";

const std::vector<std::string>& Texts() {
  static const auto* texts = [] {
    auto* out = new std::vector<std::string>();
    dossier::StatusOr<std::string> data = dossier::ReadFileToString(kStream);
    if (!data.ok()) return out;
    for (std::string_view line : dossier::Split(*data, '\n')) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      std::string title = j.contains("title") && j["title"].is_string() ? j["title"].get<std::string>() : "";
      out->push_back(title + "\n\n" + j["text"].get<std::string>());
    }
    return out;
  }();
  return *texts;
}

void BM_AddAndQueryStream(benchmark::State& state) {
  const auto& texts = Texts();
  if (texts.empty()) return state.SkipWithError("duc_stream.jsonl not present");
  size_t matches = 0;
  for (auto _ : state) {
    dossier::dedup::NearDupIndex index{dossier::dedup::NearDupOptions{}};
    for (uint32_t i = 0; i < texts.size(); ++i) matches += index.AddAndQuery(i, texts[i]).size();
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
  state.counters["matches_per_pass"] = static_cast<double>(matches) / state.iterations();
}
BENCHMARK(BM_AddAndQueryStream)->Unit(benchmark::kMillisecond);

void BM_QueryFullIndex(benchmark::State& state) {
  const auto& texts = Texts();
  if (texts.empty()) return state.SkipWithError("duc_stream.jsonl not present");
  dossier::dedup::NearDupIndex index{dossier::dedup::NearDupOptions{}};
  for (uint32_t i = 0; i < texts.size(); ++i) index.Add(i, texts[i]);
  for (auto _ : state) {
    for (const std::string& t : texts) benchmark::DoNotOptimize(index.Query(t));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * texts.size()));
}
BENCHMARK(BM_QueryFullIndex)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
