// Compares ROUGE with figures printed by the official ROUGE-1.5.5 Perl scorer:
// - tests/golden/rouge/*.jsonl: hand-made edge cases (our own text), always;
// - rouge155-golden under DOSSIER_SHARED_DIR: 650 DUC 2004 summaries x 3 settings, every
//   per-topic R/P/F and count, and the bootstrap averages and CIs (skipped when absent).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "src/eval/rouge.h"

namespace dossier::eval {
namespace {

using nlohmann::json;

const std::string kGoldenDir = DOSSIER_SHARED_DIR "/data/summarization/rouge155-golden";
const std::string kFixtureDir = DOSSIER_SOURCE_DIR "/tests/golden/rouge";

// The unlabelled binary checks two systems (Lead's files end mid-word) to stay fast
// under sanitizers; eval_rouge_golden_full_test (label "slow") checks all 13.
#ifdef ROUGE_GOLDEN_ALL_SYSTEMS
constexpr size_t kWantLines = 1950, kWantRows = 169;
bool Wanted(const std::string&) { return true; }
#else
constexpr size_t kWantLines = 300, kWantRows = 26;
bool Wanted(const std::string& system) { return system == "CLASSY04" || system == "Lead"; }
#endif

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::vector<json> ReadJsonl(const std::string& path) {
  std::vector<json> lines;
  std::ifstream in(path);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(json::parse(line));
  }
  return lines;
}

RougeOptions OptionsOf(const std::string& option_string) {
  std::vector<std::string> args;
  std::istringstream in(option_string);
  for (std::string a; in >> a;) args.push_back(a);
  StatusOr<RougeOptions> options = ParseRougeOptions(args);
  EXPECT_TRUE(options.ok()) << option_string << ": " << options.status().ToString();
  return options.ok() ? *options : RougeOptions{};
}

// Agreement tally over many values.
struct Tally {
  int values = 0;
  int exact = 0;
  double max_diff = 0;
  void Add(double got, double want) {
    ++values;
    double d = std::fabs(got - want);
    if (d < 1e-9) ++exact;
    max_diff = std::max(max_diff, d);
  }
};

// Checks one golden line (edge case or DUC topic) whose texts are already loaded.
RougeScores CheckLine(const json& line, const std::string& summary,
               const std::vector<std::string>& references, const std::string& label,
               Tally& tally, double tolerance) {
  RougeOptions options = OptionsOf(line["options"]);
  std::vector<std::vector<std::string>> models;
  for (const std::string& r : references) models.push_back(TextToUnits(r));
  RougeScores got = ScoreTopic(TextToUnits(summary), models, options);
  for (const auto& [metric, want] : line["scores"].items()) {
    EXPECT_TRUE(got.contains(metric)) << label << " " << metric;
    if (!got.contains(metric)) continue;
    const auto& [triple, counts] = got.at(metric);
    for (auto [key, value] : {std::pair{"r", triple.recall}, {"p", triple.precision}, {"f", triple.f}}) {
      tally.Add(value, want[key].get<double>());
      EXPECT_NEAR(value, want[key].get<double>(), tolerance) << label << " " << metric << " " << key;
    }
    const json& want_counts = line["counts"][metric];
    EXPECT_EQ(counts.model, want_counts["model"].get<double>()) << label << " " << metric;
    EXPECT_EQ(counts.peer, want_counts["peer"].get<double>()) << label << " " << metric;
    EXPECT_EQ(counts.hit, want_counts["hit"].get<double>()) << label << " " << metric;
  }
  return got;
}

void CheckEdgeCaseFile(const std::string& path, size_t want_lines) {
  std::vector<json> lines = ReadJsonl(path);
  ASSERT_EQ(lines.size(), want_lines) << path;
  Tally tally;
  for (const json& line : lines) {
    std::vector<std::string> refs = line["references"].get<std::vector<std::string>>();
    std::string label = line["case"].get<std::string>() + "/" + line["setting"].get<std::string>();
    CheckLine(line, line["summary"], refs, label, tally, 1e-9);
  }
  EXPECT_EQ(tally.exact, tally.values) << path;
}

TEST(RougeGoldenTest, EdgeCasesMatchRouge155Exactly) {
  CheckEdgeCaseFile(kFixtureDir + "/rouge155_edge_cases.jsonl", 30);
}

TEST(RougeGoldenTest, LengthLimitEdgeCasesMatchRouge155Exactly) {
  CheckEdgeCaseFile(kFixtureDir + "/rouge155_edge_cases_limits.jsonl", 16);
}

class RougeDucTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(kGoldenDir + "/rouge155_duc2004.jsonl")) {
      GTEST_SKIP() << "no ROUGE golden data under " << kGoldenDir;
    }
  }
  const std::string& Text(const std::string& relative) {
    auto it = texts_.find(relative);
    if (it == texts_.end()) it = texts_.emplace(relative, ReadAll(kGoldenDir + "/duc2004/" + relative)).first;
    return it->second;
  }
  std::map<std::string, std::string> texts_;
};

// Every per-topic value of the three DUC 2004 settings (1,950 lines; see Wanted()), plus the bootstrap
// average and CI of every (setting, system, metric) computed from our per-topic values.
TEST_F(RougeDucTest, PerTopicScoresAndBootstrapMatchRouge155) {
  std::vector<json> lines = ReadJsonl(kGoldenDir + "/rouge155_duc2004.jsonl");
  ASSERT_EQ(lines.size(), 1950u);
  std::erase_if(lines, [](const json& line) { return !Wanted(line["system"]); });
  ASSERT_EQ(lines.size(), kWantLines);
  Tally tally;
  // (setting, system, metric) -> per-topic values as we computed them.
  std::map<std::string, std::vector<std::pair<std::string, RougeTriple>>> groups;
  for (const json& line : lines) {
    std::vector<std::string> refs;
    for (const auto& r : line["references"]) refs.push_back(Text(r.get<std::string>()));
    std::string system = line["system"], topic = line["topic"], setting = line["setting"];
    RougeScores got = CheckLine(line, Text(line["summary_file"]), refs,
                                setting + " " + system + " " + topic, tally, 5e-4);
    for (const auto& [metric, value] : got) {
      groups[setting + "\t" + system + "\t" + metric].push_back({topic + "." + system, value.first});
    }
  }
  std::printf("per-topic values: %d, exact: %d, max |diff|: %.6f\n", tally.values, tally.exact,
              tally.max_diff);
  EXPECT_EQ(tally.exact, tally.values);

  std::ifstream means(kGoldenDir + "/rouge155_duc2004_system_means.tsv");
  std::string row;
  std::getline(means, row);  // header
  int rows = 0, exact_rows = 0;
  while (std::getline(means, row)) {
    std::vector<std::string> f;
    std::istringstream in(row);
    for (std::string cell; std::getline(in, cell, '\t');) f.push_back(cell);
    ASSERT_EQ(f.size(), 16u) << row;
    if (!Wanted(f[1])) continue;
    auto it = groups.find(f[0] + "\t" + f[1] + "\t" + f[2]);
    ASSERT_NE(it, groups.end()) << row;
    RougeAverage avg = BootstrapAverage(it->second);
    const double got[9] = {avg.average.recall, avg.ci_low.recall, avg.ci_high.recall,
                           avg.average.precision, avg.ci_low.precision, avg.ci_high.precision,
                           avg.average.f, avg.ci_low.f, avg.ci_high.f};
    bool all = true;
    for (int k = 0; k < 9; ++k) {
      double want = std::stod(f[7 + k]);
      EXPECT_NEAR(got[k], want, 1e-9) << row << " column " << 7 + k;
      all &= std::fabs(got[k] - want) < 1e-9;
    }
    ++rows;
    exact_rows += all;
  }
  std::printf("bootstrap rows: %d, exact: %d\n", rows, exact_rows);
  EXPECT_EQ(rows, static_cast<int>(kWantRows));
  EXPECT_EQ(exact_rows, rows);
}

}  // namespace
}  // namespace dossier::eval
