#include "flags.h"

#include <iostream>
#include <map>
#include <set>

#include "commands.h"

namespace dossier::cli {

CLI::Option* InputFlags::Add(CLI::App* app, bool required) {
  CLI::Option* inputs =
      app->add_option("inputs", paths, "article files, directories (read recursively) or - for stdin");
  if (required) inputs->required();
  app->add_option("--input-format", format,
                  "auto (by extension and content), text, jsonl or multinews (|||||-separated)")
      ->check(CLI::IsMember({"auto", "text", "jsonl", "multinews", "html"}));
  app->add_flag("--no-clean", no_clean, "keep boilerplate lines as body text");
  return inputs;
}

CLI::Option* DbFlags::Add(CLI::App* app, const std::string& help) {
  return app->add_option("--db", path, help);
}

std::unique_ptr<Engine> DbFlags::Open(EngineOptions options, bool create, const char* verb) const {
  options.database = path;
  options.create_if_missing = create;
  StatusOr<std::unique_ptr<Engine>> engine = Engine::Open(options);
  if (!engine.ok()) {
    std::cerr << "dossier " << verb << ": " << engine.status().message() << "\n";
    return nullptr;
  }
  return std::move(*engine);
}

bool InputFlags::ToEngineOptions(EngineOptions* options) const {
  using Format = ReadOptions::Format;
  if (format == "auto") options->read.format = Format::kAuto;
  else if (format == "text") options->read.format = Format::kText;
  else if (format == "jsonl") options->read.format = Format::kJsonl;
  else if (format == "multinews") options->read.format = Format::kMultiNews;
  else if (format == "html") options->read.format = Format::kHtml;
  else {
    std::cerr << "dossier: unknown --input-format '" << format << "'\n";
    return false;
  }
  options->clean_boilerplate = !no_clean;
  return true;
}

int ReportResults(const std::vector<AddResult>& results) {
  // Repairs first (the article was kept: an absurd date left empty, bytes replaced),
  // then rejections; only rejections change the exit code.
  size_t rejected = 0, read = 0;
  std::map<ArticleId, std::string> first;  // where each article was first read
  for (const AddResult& r : results) {
    for (const Status& w : r.warnings) std::cerr << "dossier: warning: " << w.message() << "\n";
    if (!r.id.ok()) continue;
    // An exact repeat is one article: say so, so a reader counting inputs is not misled
    // (the briefing numbers its sources, not its input lines).
    auto [at, fresh] = first.try_emplace(*r.id, r.name);
    if (!fresh) {
      std::cerr << "dossier: note: " << r.name << ": the same article as " << at->second
                << ", counted once\n";
    }
  }
  for (const AddResult& r : results) {
    if (r.id.ok()) {
      ++read;
      continue;
    }
    ++rejected;
    std::cerr << "dossier: " << r.id.status().message() << "\n";
  }
  if (rejected > 0) {
    std::cerr << "dossier: " << rejected << " input(s) rejected, " << read << " article(s) read\n";
  }
  return rejected == 0 ? kExitOk : kExitRejected;
}

std::vector<ArticleId> AcceptedIds(const std::vector<AddResult>& results) {
  std::vector<ArticleId> ids;
  std::set<ArticleId> seen;
  for (const AddResult& r : results) {
    if (r.id.ok() && seen.insert(*r.id).second) ids.push_back(*r.id);
  }
  return ids;
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
