// eval_commands.h: the `dossier eval <what>` entry points, one per cmd_eval_<what>.cc.
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_COMMANDS_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_COMMANDS_H_

namespace dossier::cli {

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_COMMANDS_H_
