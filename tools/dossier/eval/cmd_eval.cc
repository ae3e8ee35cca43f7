// `dossier eval <what>`: quality measurements against reference data. Each evaluation
// is one row here and one Run* function in its own cmd_eval_<what>.cc.
#include <cstring>
#include <iostream>

#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

constexpr Command kEvalCommands[] = {
    {"rouge", "ROUGE scores of summaries vs references, as ROUGE-1.5.5", RunEvalRouge},
    {"timex", "time-expression tagger vs TimeML (TempEval-3 scores)", RunEvalTimex},
    {"summarize", "summarizer ROUGE on DUC 2004 / Multi-News sets", RunEvalSummarize},
    {"segment", "sentence splitter boundary P/R/F1 on the gold set", RunEvalSegment},
    {"briefing", "briefing flags and disagreements on real stories, time per story", RunEvalBriefing},
    {"cluster", "online story clustering vs gold stories (B-cubed, pairwise F1, NMI, ARI)", RunEvalCluster},
    {"extract", "main text of web pages vs trafilatura's benchmark (snippet P/R/F1, pages/s)", RunEvalExtract},
    {"attribution", "'says the same thing' (citations) vs labelled sentence pairs", RunEvalAttribution},
    {"dedup", "copy detection P/R vs hand-labelled article pairs", RunEvalDedup},
};

void PrintEvalHelp(std::ostream& out) {
  out << "usage: dossier eval <what> [options]\n\nevaluations:\n";
  PrintCommands(kEvalCommands, out);
}

}  // namespace

int RunEval(int argc, char** argv) {
  if (argc < 2 || !std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h")) {
    PrintEvalHelp(argc < 2 ? std::cerr : std::cout);
    return argc < 2 ? kExitUsage : kExitOk;
  }
  if (std::optional<int> code = Dispatch(kEvalCommands, argc - 1, argv + 1)) return *code;
  std::cerr << "dossier eval: unknown evaluation '" << argv[1] << "'\n";
  PrintEvalHelp(std::cerr);
  return kExitUsage;
}

}  // namespace dossier::cli
