#include "tools/dossier/flags.h"

#include <iostream>

#include "tools/dossier/commands.h"

namespace dossier::cli {

void InputFlags::Add(CLI::App* app) {
  app->add_option("inputs", paths, "article files, directories (read recursively) or - for stdin")
      ->required();
  app->add_option("--input-format", format,
                  "auto (by extension and content), text, jsonl or multinews (|||||-separated)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "multinews"}));
  app->add_flag("--no-clean", no_clean, "keep boilerplate lines as body text");
}

bool InputFlags::ToLoadOptions(engine::LoadOptions* options) const {
  using Format = ingest::IngestOptions::Format;
  if (format == "auto") options->ingest.format = Format::kAuto;
  else if (format == "text") options->ingest.format = Format::kText;
  else if (format == "jsonl") options->ingest.format = Format::kJsonl;
  else if (format == "multinews") options->ingest.format = Format::kMultiNews;
  else {
    std::cerr << "dossier: unknown --input-format '" << format << "'\n";
    return false;
  }
  options->clean_boilerplate = !no_clean;
  return true;
}

namespace {

void PrintDiagnostic(const char* kind, const ingest::DocumentError& e) {
  const std::string& m = e.status.message();
  std::cerr << "dossier: " << kind;
  if (m.rfind(e.origin, 0) != 0) std::cerr << e.origin << ": ";
  std::cerr << m << "\n";
}

}  // namespace

int ReportRejected(const ingest::IngestReport& report) {
  // Repairs first (the article was kept: an absurd date left empty, bytes replaced),
  // then rejections; only rejections change the exit code.
  for (const ingest::DocumentError& e : report.warnings) PrintDiagnostic("warning: ", e);
  for (const ingest::DocumentError& e : report.rejected) PrintDiagnostic("", e);
  if (!report.rejected.empty()) {
    std::cerr << "dossier: " << report.rejected.size() << " input(s) rejected, " << report.accepted
              << " article(s) read\n";
  }
  return report.rejected.empty() ? kExitOk : kExitRejected;
}

int ParseOrExit(CLI::App* app, int argc, char** argv) {
  try {
    app->parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app->exit(e);
  } catch (const CLI::ParseError& e) {
    app->exit(e);
    return kExitUsage;
  }
  return -1;
}

}  // namespace dossier::cli
