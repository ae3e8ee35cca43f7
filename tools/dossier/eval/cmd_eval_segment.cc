// `dossier eval segment [--verbose] [FILES|DIRS...]`: sentence-boundary precision,
// recall and F1 of text::SplitSentences on hand-split gold files (format in
// tests/data/segmentation/README.md; default: that folder). Directories contribute
// their *.txt files.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <string>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/text/segment_eval.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

#ifndef DOSSIER_SOURCE_DIR
#define DOSSIER_SOURCE_DIR "."
#endif

namespace dossier::cli {
namespace {

namespace fs = std::filesystem;

// The default gold folder: ./tests/data/segmentation, else the one of the source tree.
std::string DefaultGoldDir() {
  std::error_code ec;
  if (fs::is_directory("tests/data/segmentation", ec)) return "tests/data/segmentation";
  return std::string(DOSSIER_SOURCE_DIR) + "/tests/data/segmentation";
}

// Files named on the command line, plus the *.txt files (sorted) of named folders.
StatusOr<std::vector<std::string>> GoldFiles(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    bool dir = fs::is_directory(arg, ec);
    DOSSIER_ASSIGN_OR_RETURN(std::vector<std::string> expanded, ExpandInputPaths({arg}));
    for (std::string& f : expanded) {
      if (!dir || fs::path(f).extension() == ".txt") files.push_back(std::move(f));
    }
  }
  if (files.empty()) return Status::NotFound("no gold files (*.txt) found");
  return files;
}

void PrintScore(const text::SegmentationScore& s, bool verbose) {
  if (verbose) {
    for (const text::SegmentationError& e : s.errors) {
      std::cout << e.where << ": " << (e.missed ? "missed:   " : "spurious: ") << e.context << "\n";
    }
  }
  std::printf(
      "files: %d  sentences: %d  gold boundaries: %d (tricky: %d)  "
      "in-sentence stops: %d\n",
      s.files, s.sentences, s.gold_boundaries, s.tricky_boundaries, s.inner_stops);
  std::printf("precision: %.4f  recall: %.4f  F1: %.4f  (tp=%d fp=%d fn=%d)\n", s.Precision(),
              s.Recall(), s.F1(), s.true_positives, s.false_positives, s.false_negatives);
}

}  // namespace

int RunEvalSegment(int argc, char** argv) {
  CLI::App app("sentence-splitter boundary precision/recall/F1 on hand-split gold files",
               "dossier eval segment");
  std::vector<std::string> paths;
  bool verbose = false;
  app.add_option("files", paths, "gold files or folders (default: tests/data/segmentation)");
  app.add_flag("-v,--verbose", verbose, "list every missed and spurious boundary");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }
  if (paths.empty()) paths.push_back(DefaultGoldDir());
  StatusOr<std::vector<std::string>> files = GoldFiles(paths);
  if (!files.ok()) {
    std::cerr << "dossier eval segment: " << files.status().ToString() << "\n";
    return kExitRejected;
  }
  text::SegmentationScore score;
  for (const std::string& path : *files) {
    StatusOr<std::string> content = ReadFileToString(path);
    StatusOr<text::SegmentationGold> gold =
        content.ok() ? text::ParseSegmentationGold(*content, fs::path(path).filename().string())
                     : StatusOr<text::SegmentationGold>(content.status());
    if (!gold.ok()) {
      std::cerr << "dossier eval segment: " << gold.status().ToString() << "\n";
      return kExitRejected;
    }
    text::ScoreSegmentation(*gold, &score);
  }
  PrintScore(score, verbose);
  return kExitOk;
}

}  // namespace dossier::cli
