// ingest_report.h: diagnostics of the evaluation harness, which reads datasets with
// ingest directly (the user commands read through Engine and print AddResults).
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_INGEST_REPORT_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_INGEST_REPORT_H_

#include <iostream>

#include "src/ingest/ingest.h"

namespace dossier::cli {

// Prints every repaired and rejected record on stderr ("dossier: path:line: message").
inline void ReportRejected(const ingest::IngestReport& report) {
  for (const ingest::DocumentError& e : report.warnings) {
    std::cerr << "dossier: warning: " << e.status.message() << "\n";
  }
  for (const ingest::DocumentError& e : report.rejected) {
    std::cerr << "dossier: " << e.status.message() << "\n";
  }
}

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_INGEST_REPORT_H_
