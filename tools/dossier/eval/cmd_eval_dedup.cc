// `dossier eval dedup`: copy detection against hand-labelled article pairs.
//
// The labels (tests/data/dedup/copy_labels.tsv, made by scripts/sample_dedup_pairs.py and
// read by hand; see docs/eval.md) name pairs from the SemEval-2022 task 8 test pairs and
// from the DUC stream. For each pair the first text is indexed alone and the second is
// queried; a pair is called a copy when the rule under test says so. Printed per rule:
// true/false positives, false negatives, precision and recall. The rules are the dedup
// module as configured (LSH then exact Jaccard), exact Jaccard at several thresholds, and
// a model of datasketch's MinHashLSH defaults (num_perm 128, threshold 0.5 -> its optimal
// 25 bands x 5 rows, candidates taken unverified), since datasketch is not installed here.
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/dedup/near_dup_index.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"
#include "tools/dossier/flags.h"

namespace dossier::cli {
namespace {

constexpr char kSemeval[] = "../shared/data/near-duplicates/test_pairs.jsonl";
constexpr char kDuc[] = "../shared/data/clustering/duc_stream.jsonl";

struct Pair {
  std::string key;
  std::string a, b;
  bool copy = false;
};

struct Count {
  int tp = 0, fp = 0, fn = 0;
  void Add(bool said, bool truth) {
    tp += said && truth;
    fp += said && !truth;
    fn += !said && truth;
  }
};

// Texts by pair key (semeval) or by article id (duc).
StatusOr<std::map<std::string, nlohmann::json>> ReadJsonl(const std::string& path,
                                                           const char* key) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, ReadFileToString(path));
  std::map<std::string, nlohmann::json> out;
  int line_number = 0;
  for (std::string_view line : Split(data, '\n')) {
    ++line_number;
    if (StripAscii(line).empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains(key) || !j[key].is_string()) {
      return Status::InvalidArgument(
          StrCat(path, ":", line_number, ": not a JSON object with a string \"", key, "\""));
    }
    std::string id = j[key].get<std::string>();  // before the move below
    out[id] = std::move(j);
  }
  return out;
}

std::string Text(const nlohmann::json& j, const char* field) {
  return j.contains(field) && j[field].is_string() ? j[field].get<std::string>() : "";
}

StatusOr<std::vector<Pair>> ReadPairs(const std::string& labels, const std::string& semeval,
                                      const std::string& duc) {
  DOSSIER_ASSIGN_OR_RETURN(std::string tsv, ReadFileToString(labels));
  DOSSIER_ASSIGN_OR_RETURN(auto sem, ReadJsonl(semeval, "pair_id"));
  DOSSIER_ASSIGN_OR_RETURN(auto arts, ReadJsonl(duc, "id"));
  std::vector<Pair> out;
  for (std::string_view line : ResourceLines(tsv)) {
    std::vector<std::string_view> f = Split(line, '\t');
    if (f.size() != 3) return Status::InvalidArgument(StrCat(labels, ": bad line: ", line));
    Pair p{std::string(f[1]), "", "", f[2] == "1"};
    if (f[0] == "semeval") {
      auto it = sem.find(p.key);
      if (it == sem.end()) return Status::NotFound(StrCat(labels, ": no pair ", p.key));
      p.a = Text(it->second, "text1"), p.b = Text(it->second, "text2");
    } else {
      size_t bar = p.key.find('|');
      auto x = arts.find(p.key.substr(0, bar)), y = arts.find(p.key.substr(bar + 1));
      if (bar == std::string::npos || x == arts.end() || y == arts.end()) {
        return Status::NotFound(StrCat(labels, ": no articles for ", p.key));
      }
      p.a = Text(x->second, "title") + "\n\n" + Text(x->second, "text");
      p.b = Text(y->second, "title") + "\n\n" + Text(y->second, "text");
    }
    out.push_back(std::move(p));
  }
  return out;
}

bool DedupSaysCopy(const Pair& p, const dedup::NearDupOptions& options) {
  dedup::NearDupIndex index(options);
  index.Add(0, p.a);
  return !index.Query(p.b).empty();
}

// datasketch MinHashLSH as modelled: a candidate is reported, without verification.
bool LshSaysCopy(const Pair& p, int bands, int rows) {
  auto sa = dedup::Signature(dedup::Shingles(p.a, 5)), sb = dedup::Signature(dedup::Shingles(p.b, 5));
  return !dedup::Shingles(p.b, 5).empty() && dedup::SharesBand(sa, sb, bands, rows);
}

void PrintRow(const std::string& rule, const Count& c) {
  double p = c.tp + c.fp ? 100.0 * c.tp / (c.tp + c.fp) : 0;
  double r = c.tp + c.fn ? 100.0 * c.tp / (c.tp + c.fn) : 0;
  std::printf("%-52s %4d %4d %4d  %5.1f %5.1f\n", rule.c_str(), c.tp, c.fp, c.fn, p, r);
}

void Evaluate(const std::vector<Pair>& pairs, bool list) {
  const dedup::NearDupOptions defaults;
  std::vector<std::pair<std::string, std::function<bool(const Pair&, double)>>> rules;
  rules.push_back({StrCat("dedup (LSH ", defaults.bands, " bands, Jaccard >= ",
                          defaults.jaccard_threshold, ")"),
                   [&](const Pair& p, double) { return DedupSaysCopy(p, defaults); }});
  for (double t : {0.2, 0.3, 0.4, 0.5, 0.6}) {
    rules.push_back({StrCat("exact 5-shingle Jaccard >= ", t),
                     [t](const Pair&, double j) { return j >= t; }});
  }
  for (double t : {0.6, 0.7, 0.8, 0.9}) {
    dedup::NearDupOptions with = defaults;
    with.containment_threshold = t;
    rules.push_back({StrCat("dedup, or containment of the shorter >= ", t),
                     [with](const Pair& p, double) { return DedupSaysCopy(p, with); }});
  }
  rules.push_back({"datasketch model (128 perm, t 0.5 -> 25x5, unverified)",
                   [](const Pair& p, double) { return LshSaysCopy(p, 25, 5); }});
  std::vector<Count> counts(rules.size());
  int copies = 0;
  for (const Pair& p : pairs) {
    double j = dedup::Jaccard(dedup::Shingles(p.a, 5), dedup::Shingles(p.b, 5));
    copies += p.copy;
    if (list) std::printf("%d\t%.3f", p.copy ? 1 : 0, j);
    for (size_t r = 0; r < rules.size(); ++r) {
      bool said = rules[r].second(p, j);
      counts[r].Add(said, p.copy);
      if (list) std::printf("\t%d", said ? 1 : 0);
    }
    if (list) std::printf("\t%s\n", p.key.c_str());
  }
  std::printf("%zu pairs, %d labelled copies\n", pairs.size(), copies);
  std::printf("%-52s %4s %4s %4s  %5s %5s\n", "rule", "TP", "FP", "FN", "P", "R");
  for (size_t r = 0; r < rules.size(); ++r) PrintRow(rules[r].first, counts[r]);
}

}  // namespace

int RunEvalDedup(int argc, char** argv) {
  CLI::App app{"Copy detection: precision and recall per rule on hand-labelled article pairs",
               "dossier eval dedup"};
  std::string labels, semeval = kSemeval, duc = kDuc;
  bool list = false;
  app.add_option("--labels", labels,
                 "labels: lines 'semeval|duc TAB pair TAB 0|1' (duc pairs are 'idA|idB')")
      ->required();
  app.add_option("--semeval", semeval, "SemEval-2022 task 8 pairs (JSONL with pair_id)")
      ->capture_default_str();
  app.add_option("--duc", duc, "the DUC stream (JSONL with id, title, text)")
      ->capture_default_str();
  app.add_flag("--list", list, "also print each pair's label, exact Jaccard and verdicts");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  StatusOr<std::vector<Pair>> pairs = ReadPairs(labels, semeval, duc);
  if (!pairs.ok()) {
    std::cerr << "dossier eval dedup: " << pairs.status().ToString() << "\n";
    return kExitRejected;
  }
  Evaluate(*pairs, list);
  return kExitOk;
}

}  // namespace dossier::cli
