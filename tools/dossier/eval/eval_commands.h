// eval_commands.h: the `dossier eval <what>` entry points, one per cmd_eval_<what>.cc.
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_EVAL_COMMANDS_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_EVAL_COMMANDS_H_

namespace dossier::cli {

int RunEvalRouge(int argc, char** argv);  // cmd_eval_rouge.cc
int RunEvalTimex(int argc, char** argv);  // cmd_eval_timex.cc
int RunEvalSummarize(int argc, char** argv);  // cmd_eval_summarize.cc
int RunEvalSegment(int argc, char** argv);  // cmd_eval_segment.cc
int RunEvalBriefing(int argc, char** argv);  // cmd_eval_briefing.cc
int RunEvalAttribution(int argc, char** argv);  // cmd_eval_attribution.cc
int RunEvalDedup(int argc, char** argv);  // cmd_eval_dedup.cc
int RunEvalCluster(int argc, char** argv);  // cmd_eval_cluster.cc
int RunEvalExtract(int argc, char** argv);  // cmd_eval_extract.cc

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_EVAL_COMMANDS_H_
