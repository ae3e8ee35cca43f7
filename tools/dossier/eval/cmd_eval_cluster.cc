// `dossier eval cluster --dataset FILE.jsonl[.gz]`: online story clustering against the
// gold stories of a clustering set (one JSON article per line with a "story" field).
// Articles are fed to cluster::StoryClusterer in file order, as a stream; the gold field
// is read here only, for scoring, never by the clusterer (ingest does not read it).
// Prints B-cubed P/R/F1, pairwise P/R/F1, NMI, ARI, gold and predicted story counts,
// and articles per second through near-copy detection and clustering (reading
// excluded). `--plain` runs the plain single-pass tf-idf baseline instead (one
// threshold, no near-copies, no name or title weights, no merges, no second look, no
// window).
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/cluster/story_clusterer.h"
#include "src/engine/options_text.h"
#include "src/html/load.h"
#include "src/eval/cluster_metrics.h"
#include "src/ingest/ingest.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"
#include "tools/dossier/eval/ingest_report.h"

namespace dossier::cli {
namespace {

// Gold story per line number (1-based); "" for a line without one.
std::vector<std::string> GoldByLine(std::string_view data) {
  std::vector<std::string> gold(1);
  size_t pos = 0;
  while (pos < data.size()) {
    size_t end = data.find('\n', pos);
    if (end == std::string_view::npos) end = data.size();
    std::string story;
    nlohmann::json j = nlohmann::json::parse(data.substr(pos, end - pos), nullptr, false);
    if (j.is_object() && j.contains("story")) {
      story = j["story"].is_string() ? j["story"].get<std::string>() : j["story"].dump();
    }
    gold.push_back(std::move(story));
    pos = end + 1;
  }
  return gold;
}

size_t LineOf(const std::string& origin) {
  size_t colon = origin.rfind(':');
  return colon == std::string::npos ? 0 : std::stoul(origin.substr(colon + 1));
}

cluster::ClusterOptions PlainBaseline(double threshold) {
  cluster::ClusterOptions o;
  o.text_threshold = threshold;
  o.headline_threshold = threshold;
  o.merge_factor = 1e9;
  o.text_merge_factor = 0;
  o.second_look = false;
  o.text_window_days = 1e9;
  o.headline_window_days = 1e9;
  o.title_weight = 1;
  o.name_weight = 1;
  o.url_weight = 0;
  o.join_near_copies = false;
  return o;
}

// The largest predicted stories with more than one gold story in them (for reading).
void ShowImpure(const std::vector<std::string>& gold, const std::vector<uint64_t>& pred,
                const std::vector<Article>& articles, int show) {
  std::map<uint64_t, std::map<std::string, std::vector<size_t>>> by_pred;
  for (size_t i = 0; i < pred.size(); ++i) by_pred[pred[i]][gold[i]].push_back(i);
  std::vector<std::pair<size_t, uint64_t>> impure;
  for (const auto& [p, golds] : by_pred) {
    if (golds.size() < 2) continue;
    size_t n = 0, top = 0;
    for (const auto& [g, items] : golds) {
      n += items.size();
      top = std::max(top, items.size());
    }
    impure.push_back({n - top, p});
  }
  std::sort(impure.rbegin(), impure.rend());
  for (int k = 0; k < show && k < static_cast<int>(impure.size()); ++k) {
    std::cout << "predicted story " << impure[k].second << " (" << impure[k].first
              << " articles outside its main gold story):\n";
    for (const auto& [g, items] : by_pred[impure[k].second]) {
      const Article& a = articles[items.front()];
      std::cout << "  gold " << g << " x" << items.size() << "  " << a.date << "  "
                << a.title.substr(0, 90) << "\n";
    }
  }
}

}  // namespace

int RunEvalCluster(int argc, char** argv) {
  CLI::App app("online story clustering vs gold stories: B-cubed, pairwise F1, NMI, ARI",
               "dossier eval cluster");
  std::string dataset;
  bool plain = false;
  double plain_threshold = 0.3;
  int show = 0;
  std::string options_text;
  app.add_option("--dataset", dataset, "clustering JSONL (.gz read directly)")->required();
  app.add_flag("--plain", plain, "run the plain single-pass tf-idf baseline instead");
  app.add_option("--plain-threshold", plain_threshold, "the baseline's cosine threshold");
  app.add_option("--show", show, "print the N most impure predicted stories");
  app.add_option("--options", options_text,
                 "cluster options other than the defaults, as name=value;name=value "
                 "(ClusterOptions field names; for measuring sensitivity)");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  StatusOr<std::string> data = ReadFileToString(dataset);
  if (!data.ok()) {
    std::cerr << "dossier: " << data.status().message() << "\n";
    return kExitRejected;
  }
  ReadOptions read;
  read.format = ReadOptions::Format::kJsonl;
  std::vector<Article> articles;
  ingest::IngestReport report;
  ingest::ReadArticles(dataset, *data, read, &articles, &report);
  ReportRejected(report);
  // Ingest inflates a .gz itself; the gold is read here from the same inflated lines.
  std::vector<std::string> gold_by_line;
  if (html::IsGzip(*data)) {
    StatusOr<std::string> inflated = html::Gunzip(dataset, *data, size_t{1} << 33);
    if (!inflated.ok()) {
      std::cerr << "dossier: " << inflated.status().message() << "\n";
      return kExitRejected;
    }
    gold_by_line = GoldByLine(*inflated);
  } else {
    gold_by_line = GoldByLine(*data);
  }
  data->clear();

  StatusOr<cluster::ClusterOptions> options = engine::ParseClusterOptions(options_text);
  if (!options.ok()) {
    std::cerr << "dossier: --options: " << options.status().message() << "\n";
    return kExitUsage;
  }
  cluster::StoryClusterer clusterer(plain ? PlainBaseline(plain_threshold) : *options);
  const auto start = std::chrono::steady_clock::now();
  size_t undated = 0;
  for (const Article& a : articles) {
    cluster::StreamArticle in{a.title, a.text, a.source, cluster::ParseTime(a.date), a.url};
    undated += clusterer.Add(in).undated ? 1 : 0;
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();

  std::vector<std::string> gold, predicted;
  std::vector<uint64_t> pred_ids;
  for (size_t i = 0; i < articles.size(); ++i) {
    const size_t line = LineOf(articles[i].origin);
    gold.push_back(line < gold_by_line.size() ? gold_by_line[line] : "");
    pred_ids.push_back(clusterer.StoryOf(static_cast<uint32_t>(i)));
    predicted.push_back(std::to_string(pred_ids.back()));
  }
  const eval::ClusterScores s = eval::ScoreClustering(gold, predicted);
  std::printf("dataset: %s%s\n", dataset.c_str(), plain ? "  (plain single-pass tf-idf)" : "");
  if (!plain && !options_text.empty()) std::printf("options: %s\n", options_text.c_str());
  std::printf("articles: %zu (undated %zu, rejected %zu)  gold stories: %zu  predicted: %zu"
              "  merges: %zu\n",
              s.items, undated, report.rejected.size(), s.gold_clusters, s.predicted_clusters,
              clusterer.merges().size());
  std::printf("B-cubed   P %.4f  R %.4f  F1 %.4f\n", s.bcubed_precision, s.bcubed_recall,
              s.bcubed_f1);
  std::printf("pairwise  P %.4f  R %.4f  F1 %.4f\n", s.pairwise_precision, s.pairwise_recall,
              s.pairwise_f1);
  std::printf("NMI %.4f  ARI %.4f\n", s.nmi, s.ari);
  std::printf("clustering (near-copies + stories): %.3f s, %.0f articles/s\n", seconds,
              seconds > 0 ? s.items / seconds : 0.0);
  if (show > 0) ShowImpure(gold, pred_ids, articles, show);
  return report.rejected.empty() ? kExitOk : kExitRejected;
}

}  // namespace dossier::cli
