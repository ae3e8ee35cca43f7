// `dossier eval timex [--errors] [DIR|FILE...]`: the time-expression tagger against
// TimeML gold annotations (*.tml), scored as the TempEval-3 scorer does: extent strict
// and relaxed P/R/F1, value accuracy and value F1, per corpus (the files' folder, e.g.
// TimeBank, AQUAINT) and overall. Defaults to the TempEval-3 training data when present.
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/timex/timex_eval.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

constexpr char kDefaultDir[] = "/work/shared/data/temporal/tempeval3-train/";
constexpr char kUsage[] =
    "usage: dossier eval timex [--errors] [DIR|FILE...]\n"
    "  Reads TimeML (*.tml) files, tags each <TEXT> with the document's CREATION_TIME as\n"
    "  document date, and prints TempEval-3 extent (strict, relaxed) and value scores per\n"
    "  folder and overall. --errors also lists every disagreement.\n"
    "  Default input: /work/shared/data/temporal/tempeval3-train/\n";

void PrintRow(const std::string& name, int docs, const timex::TimexScores& s) {
  std::printf("%-10s %5d %5d %5d | %5.1f %5.1f %5.1f | %5.1f %5.1f %5.1f | %5.1f %5.1f | %5.1f\n",
              name.c_str(), docs, s.gold, s.system, 100 * s.StrictP(), 100 * s.StrictR(),
              100 * s.StrictF1(), 100 * s.RelaxedP(), 100 * s.RelaxedR(), 100 * s.RelaxedF1(),
              100 * s.ValueAccuracy(), 100 * s.ValueF1(), 100 * s.TypeF1());
}

void PrintErrors(const std::vector<timex::TimexError>& errors) {
  for (const timex::TimexError& e : errors) {
    std::cout << e.kind << "\t" << std::filesystem::path(e.doc).filename().string() << "\tgold=\""
              << e.gold_text << "\" " << e.gold_value << "\tsys=\"" << e.system_text << "\" "
              << e.system_value << "\n";
  }
}

}  // namespace

int RunEvalTimex(int argc, char** argv) {
  bool errors = false;
  std::vector<std::string> inputs;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--help") || !std::strcmp(argv[i], "-h")) return std::cout << kUsage, kExitOk;
    if (!std::strcmp(argv[i], "--errors")) errors = true;
    else if (argv[i][0] == '-' && argv[i][1] != '\0') return std::cerr << kUsage, kExitUsage;
    else inputs.push_back(argv[i]);
  }
  if (inputs.empty()) {
    if (!std::filesystem::is_directory(kDefaultDir)) {
      std::cerr << "dossier eval timex: no input and " << kDefaultDir << " is absent\n" << kUsage;
      return kExitUsage;
    }
    inputs.push_back(kDefaultDir);
  }
  StatusOr<std::vector<std::string>> paths = ExpandInputPaths(inputs);
  if (!paths.ok()) return std::cerr << "dossier eval timex: " << paths.status().ToString() << "\n", kExitRejected;
  std::vector<std::string> tml;
  for (const std::string& p : *paths) {
    if (p.ends_with(".tml")) tml.push_back(p);
  }
  timex::TimexEvaluation ev = timex::EvaluateTimeml(tml);
  if (errors) PrintErrors(ev.errors);
  std::printf("%-10s %5s %5s %5s | %-17s | %-17s | %-11s | %5s\n", "corpus", "docs", "gold", "sys",
              "strict P  R  F1", "relaxed P  R  F1", "value acc F1", "typeF1");
  for (const auto& [name, s] : ev.by_corpus) PrintRow(name, ev.documents_by_corpus[name], s);
  PrintRow("overall", ev.documents, ev.overall);
  for (const std::string& r : ev.rejected) std::cerr << "rejected: " << r << "\n";
  return ev.rejected.empty() ? kExitOk : kExitRejected;
}

}  // namespace dossier::cli
