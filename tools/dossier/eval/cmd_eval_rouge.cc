// `dossier eval rouge [ROUGE-1.5.5 options] SYSTEM_DIR REFERENCE_DIR`: ROUGE scores of
// summaries against references, printed as ROUGE-1.5.5 prints them with -a.
//
// File naming (only *.txt files are read; hidden files are skipped):
//   SYSTEM_DIR/<topic>.txt            a summary of <topic> by the system named after
//                                     SYSTEM_DIR's last path component, or
//   SYSTEM_DIR/<topic>.<system>.txt   a summary by <system> (several systems per folder);
//   REFERENCE_DIR/<topic>.<ref>.txt   reference <ref> of <topic> (any number per topic).
// <topic> is the name up to the first '.'. Each line of a file is one sentence unit.
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "dossier/status.h"
#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/eval/rouge.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;
using eval::RougeOptions;
using eval::RougeTriple;

constexpr char kUsage[] =
    "usage: dossier eval rouge [ROUGE-1.5.5 options] SYSTEM_DIR REFERENCE_DIR\n"
    "\n"
    "  SYSTEM_DIR:    <topic>.txt (system = the folder's name) or <topic>.<system>.txt\n"
    "  REFERENCE_DIR: <topic>.<ref>.txt, one or more per topic\n"
    "  Each line is a sentence unit. Output is ROUGE-1.5.5's (-a) format.\n"
    "\n"
    "options (as ROUGE-1.5.5.pl): -n N  ROUGE-1..N     -m  stem      -s  drop stopwords\n"
    "  -l N / -b N  word / byte limit   -2 N  skip-bigrams (-u: with unigrams, -U: both)\n"
    "  -w W  ROUGE-W   -x  no ROUGE-L   -f A|B  formula   -p ALPHA   -c CF   -r RESAMPLES\n"
    "  -d  per-topic lines   (-a, -e DIR and -t 0 are accepted and ignored)\n"
    "  e.g. dossier eval rouge -n 2 -m -l 100 -2 4 -u -d peers/CLASSY04 models\n";

// One summary file: topic, system and path.
struct SummaryFile {
  std::string topic, system, path;
};

struct Inputs {
  std::map<std::string, std::map<std::string, std::string>> summaries;  // system -> topic -> path
  std::map<std::string, std::vector<std::string>> references;           // topic -> paths
};

// The *.txt files of `dir`, sorted, as (name without ".txt", path).
StatusOr<std::vector<std::pair<std::string, std::string>>> ListTexts(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::NotFound(StrCat(dir, ": not a directory"));
  std::vector<std::pair<std::string, std::string>> files;
  for (const fs::directory_entry& e : fs::directory_iterator(dir, ec)) {
    std::string name = e.path().filename().string();
    if (name.empty() || name[0] == '.' || !name.ends_with(".txt") || !e.is_regular_file(ec)) continue;
    files.push_back({name.substr(0, name.size() - 4), e.path().string()});
  }
  if (ec) return Status::IoError(StrCat(dir, ": ", ec.message()));
  std::sort(files.begin(), files.end());
  return files;
}

std::string FolderName(const std::string& dir) {
  fs::path p = fs::path(dir).lexically_normal();
  if (p.filename().empty()) p = p.parent_path();
  std::string name = p.filename().string();
  return name.empty() || name == "." ? "SYSTEM" : name;
}

StatusOr<Inputs> FindInputs(const std::string& system_dir, const std::string& reference_dir) {
  Inputs in;
  DOSSIER_ASSIGN_OR_RETURN(auto refs, ListTexts(reference_dir));
  for (const auto& [stem, path] : refs) {
    size_t dot = stem.find('.');
    if (dot == 0 || dot == std::string::npos || dot + 1 == stem.size()) {
      return Status::InvalidArgument(StrCat(path, ": reference files are named <topic>.<ref>.txt"));
    }
    in.references[stem.substr(0, dot)].push_back(path);
  }
  DOSSIER_ASSIGN_OR_RETURN(auto systems, ListTexts(system_dir));
  for (const auto& [stem, path] : systems) {
    size_t dot = stem.find('.');
    std::string topic = stem.substr(0, dot);
    std::string system = dot == std::string::npos ? FolderName(system_dir) : stem.substr(dot + 1);
    if (topic.empty() || system.empty()) {
      return Status::InvalidArgument(StrCat(path, ": summary files are named <topic>[.<system>].txt"));
    }
    if (!in.references.contains(topic)) {
      return Status::NotFound(StrCat(path, ": no reference for topic \"", topic, "\" (", reference_dir,
                                     "/", topic, ".<ref>.txt)"));
    }
    in.summaries[system][topic] = path;
  }
  if (in.summaries.empty()) return Status::NotFound(StrCat(system_dir, ": no summaries (*.txt)"));
  return in;
}

StatusOr<std::vector<std::string>> ReadUnits(const std::string& path) {
  DOSSIER_ASSIGN_OR_RETURN(std::string text, ReadFileToString(path));
  return eval::TextToUnits(text);
}

// ROUGE's by_evalID order: by leading number when both ids have one, else as strings.
bool EvalIdLess(const std::string& a, const std::string& b) {
  auto digits = [](const std::string& s) { return s.find_first_not_of("0123456789"); };
  size_t da = digits(a), db = digits(b);
  if (da != 0 && db != 0 && !a.empty() && !b.empty()) {
    double na = std::strtod(a.substr(0, da).c_str(), nullptr);
    double nb = std::strtod(b.substr(0, db).c_str(), nullptr);
    if (na != nb) return na < nb;
  }
  return a < b;
}

std::string Fixed5(double x) {
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%7.5f", x);
  return buffer;
}

using PerTopic = std::vector<std::pair<std::string, RougeTriple>>;

void PrintMetric(const std::string& system, const std::string& label, PerTopic per_topic,
                 const RougeOptions& o) {
  eval::RougeAverage avg = eval::BootstrapAverage(per_topic, o.resamples, o.confidence);
  char cf[32];
  std::snprintf(cf, sizeof(cf), "%g", o.confidence);
  std::cout << "---------------------------------------------\n";
  auto line = [&](const char* what, double a, double lo, double hi) {
    std::cout << system << " " << label << " Average_" << what << ": " << Fixed5(a) << " (" << cf
              << "%-conf.int. " << Fixed5(lo) << " - " << Fixed5(hi) << ")\n";
  };
  line("R", avg.average.recall, avg.ci_low.recall, avg.ci_high.recall);
  line("P", avg.average.precision, avg.ci_low.precision, avg.ci_high.precision);
  line("F", avg.average.f, avg.ci_low.f, avg.ci_high.f);
  if (!o.per_topic) return;
  std::cout << ".............................................\n";
  std::sort(per_topic.begin(), per_topic.end(),
            [](const auto& a, const auto& b) { return EvalIdLess(a.first, b.first); });
  for (const auto& [id, t] : per_topic) {
    std::cout << system << " " << label << " Eval " << id << " R:" << Fixed5(t.recall)
              << " P:" << Fixed5(t.precision) << " F:" << Fixed5(t.f) << "\n";
  }
}

// Scores every topic of one system and prints its metrics. Returns the first read error.
Status EvaluateSystem(const std::string& system, const std::map<std::string, std::string>& topics,
                      const Inputs& in, const RougeOptions& o) {
  std::map<std::string, PerTopic> per_metric;
  for (const auto& [topic, path] : topics) {
    DOSSIER_ASSIGN_OR_RETURN(std::vector<std::string> peer, ReadUnits(path));
    std::vector<std::vector<std::string>> models;
    for (const std::string& ref : in.references.at(topic)) {
      DOSSIER_ASSIGN_OR_RETURN(std::vector<std::string> units, ReadUnits(ref));
      models.push_back(std::move(units));
    }
    for (const auto& [metric, value] : eval::ScoreTopic(peer, models, o)) {
      per_metric[metric].push_back({topic + "." + system, value.first});
    }
  }
  for (const std::string& metric : eval::RougeMetricNames(o)) {
    PrintMetric(system, eval::RougeMetricLabel(metric), per_metric[metric], o);
  }
  return Status::Ok();
}

void WarnMissing(const Inputs& in) {
  for (const auto& [system, topics] : in.summaries) {
    for (const auto& [topic, refs] : in.references) {
      if (!topics.contains(topic)) {
        std::cerr << "dossier eval rouge: warning: no summary of topic " << topic << " by "
                  << system << "; topic skipped for that system\n";
      }
    }
  }
}

}  // namespace

int RunEvalRouge(int argc, char** argv) {
  std::vector<std::string> args(argv + 1, argv + argc);
  if (!args.empty() && (args[0] == "--help" || args[0] == "-h" || args[0] == "-H")) {
    std::cout << kUsage;
    return kExitOk;
  }
  if (args.size() < 2) {
    std::cerr << kUsage;
    return kExitUsage;
  }
  std::string system_dir = args[args.size() - 2], reference_dir = args.back();
  args.resize(args.size() - 2);
  StatusOr<RougeOptions> options = eval::ParseRougeOptions(args);
  if (!options.ok()) {
    std::cerr << "dossier eval rouge: " << options.status().message() << "\n" << kUsage;
    return kExitUsage;
  }
  StatusOr<Inputs> inputs = FindInputs(system_dir, reference_dir);
  if (!inputs.ok()) {
    std::cerr << "dossier eval rouge: " << inputs.status().ToString() << "\n";
    return kExitRejected;
  }
  WarnMissing(*inputs);
  for (const auto& [system, topics] : inputs->summaries) {
    Status s = EvaluateSystem(system, topics, *inputs, *options);
    if (!s.ok()) {
      std::cerr << "dossier eval rouge: " << s.ToString() << "\n";
      return kExitRejected;
    }
  }
  return kExitOk;
}

}  // namespace dossier::cli
