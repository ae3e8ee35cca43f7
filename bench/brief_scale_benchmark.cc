// brief_scale_benchmark: what `dossier brief` costs on one big story, through the public
// API (dossier::Engine: Add, then Brief over every article), at 100, 1,000 and 5,000
// full articles, one thread. Reading files is excluded; decoding, cleaning, analysis and
// every briefing section are included.
//
// The articles: the DUC stream in stream order (2,875), then the DUC 2004 and Multi-News
// cluster articles, the English texts of the SemEval-2022 pairs and the TimeBank and
// AQUAINT articles of TempEval-3 (their <TEXT> with the TimeML tags taken out), so the
// first 100 and 1,000 are one news stream and 5,000 reaches past it (../shared/data
// holds about 5,190 full news articles in all). Deterministic: the same pool every run.
// Skips when ../shared is absent.
//
// After the runs it prints how time grows from 1,000 to 5,000 articles against n log n
// (targets: 1,000 under 1.5 s, 5,000 under 10 s, growth no worse than n log n). Peak
// memory: the counter peak_rss_mb is the process's high-water mark, so read it from a
// run of one size alone:
//   build/release/bench/brief_scale_benchmark --benchmark_repetitions=3
//   build/release/bench/brief_scale_benchmark --benchmark_filter=/5000
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/engine.h"

namespace {

std::string Field(const nlohmann::json& j, const char* key) {
  return j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : "";
}

void ReadLines(const std::string& path, const std::function<void(const nlohmann::json&)>& f) {
  std::ifstream in(path);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_discarded() && j.is_object()) f(j);
  }
}

// The text between <TEXT> and </TEXT> of a TimeML file, without its tags.
std::string TimeMlText(const std::string& path) {
  std::ifstream in(path);
  std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  size_t b = xml.find("<TEXT>"), e = xml.find("</TEXT>");
  if (b == std::string::npos || e == std::string::npos || e < b) return "";
  std::string out;
  bool in_tag = false;
  for (size_t i = b + 6; i < e; ++i) {
    if (xml[i] == '<') in_tag = true;
    if (!in_tag) out.push_back(xml[i]);
    if (xml[i] == '>') in_tag = false;
  }
  return out;
}

dossier::Document Doc(std::string name, std::string text, std::string title, std::string date,
                      std::string source) {
  dossier::Document d;
  d.name = std::move(name);
  d.content = std::move(text);
  d.title = std::move(title);
  d.date = std::move(date);
  d.source = std::move(source);
  return d;
}

const std::vector<dossier::Document>& Pool() {
  static const auto* pool = [] {
    auto* out = new std::vector<dossier::Document>;
    const std::string data = std::string(DOSSIER_SHARED_DIR) + "/data/";
    ReadLines(data + "clustering/duc_stream.jsonl", [&](const nlohmann::json& j) {
      out->push_back(Doc(Field(j, "id"), Field(j, "text"), Field(j, "title"), Field(j, "date"),
                         Field(j, "source")));
    });
    for (const char* set : {"summarization/duc2004_task2.jsonl",
                            "summarization/multinews-dev100.jsonl"}) {
      ReadLines(data + set, [&](const nlohmann::json& j) {
        if (!j.contains("documents") || !j["documents"].is_array()) return;
        for (const nlohmann::json& d : j["documents"]) {
          out->push_back(Doc(Field(j, "id") + "/" + std::to_string(out->size()), Field(d, "text"),
                             Field(d, "title"), Field(d, "date"), ""));
        }
      });
    }
    for (const char* set : {"near-duplicates/test_pairs.jsonl",
                            "near-duplicates/train_pairs.jsonl"}) {
      ReadLines(data + set, [&](const nlohmann::json& j) {
        for (int k : {1, 2}) {
          if (Field(j, ("lang" + std::to_string(k)).c_str()) != "en") continue;
          out->push_back(Doc(Field(j, "pair_id") + "/" + std::to_string(k),
                             Field(j, ("text" + std::to_string(k)).c_str()), "", "", ""));
        }
      });
    }
    for (const char* corpus : {"TimeBank", "AQUAINT"}) {
      std::vector<std::string> files;
      std::error_code ec;
      for (const auto& f : std::filesystem::directory_iterator(
               data + "temporal/tempeval3-train/" + corpus, ec)) {
        if (f.path().extension() == ".tml") files.push_back(f.path().string());
      }
      std::sort(files.begin(), files.end());
      for (const std::string& f : files) out->push_back(Doc(f, TimeMlText(f), "", "", ""));
    }
    return out;
  }();
  return *pool;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

void BM_BriefStory(benchmark::State& state) {
  const auto& pool = Pool();
  const size_t n = static_cast<size_t>(state.range(0));
  if (pool.size() < n) return state.SkipWithError("../shared/data holds too few articles");
  std::vector<dossier::Document> docs(pool.begin(), pool.begin() + static_cast<long>(n));
  size_t cited = 0;
  for (auto _ : state) {
    dossier::Engine engine(dossier::EngineOptions{});
    engine.Add(docs);
    dossier::StatusOr<dossier::Briefing> b = engine.Brief(engine.Ids(), {});
    if (!b.ok()) return state.SkipWithError(b.status().ToString().c_str());
    cited = b->summary.size();
  }
  state.counters["articles"] = static_cast<double>(n);
  state.counters["summary_sentences"] = static_cast<double>(cited);
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_BriefStory)->Arg(100)->Arg(1000)->Arg(5000)->Unit(benchmark::kMillisecond)
    ->Iterations(1)->UseRealTime();

// Console output as usual, plus the median real time per size for the growth line.
class GrowthReporter : public benchmark::ConsoleReporter {
 public:
  void ReportRuns(const std::vector<Run>& runs) override {
    ConsoleReporter::ReportRuns(runs);
    for (const Run& r : runs) {
      bool median = r.run_type == Run::RT_Aggregate && r.aggregate_name == "median";
      bool single = r.run_type == Run::RT_Iteration && r.repetitions <= 1;
      if (!median && !single) continue;
      auto it = r.counters.find("articles");
      if (it != r.counters.end()) seconds_[static_cast<int>(it->second)] = r.GetAdjustedRealTime() / 1e3;
    }
  }
  void PrintGrowth() const {
    auto a = seconds_.find(1000), b = seconds_.find(5000);
    if (a == seconds_.end() || b == seconds_.end() || a->second <= 0) return;
    double ratio = b->second / a->second;
    double nlogn = 5.0 * std::log(5000.0) / std::log(1000.0);
    std::printf("growth 1,000 -> 5,000 articles: time x%.2f (linear x5.00, n log n x%.2f): %s\n",
                ratio, nlogn, ratio <= nlogn ? "within n log n" : "WORSE than n log n");
  }

 private:
  std::map<int, double> seconds_;
};

}  // namespace

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  GrowthReporter reporter;
  benchmark::RunSpecifiedBenchmarks(&reporter);
  reporter.PrintGrowth();
  benchmark::Shutdown();
  return 0;
}
