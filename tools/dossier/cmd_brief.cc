// `dossier brief FILES|DIRS|-`: the briefing of a story: summary with sources,
// timeline, who and where, key numbers, disagreements, what only one source says, and
// the source list with flags. Markdown by default, JSON with --format json.
//
// By default the inputs are taken as one story. With --story ID, the inputs are first
// grouped into stories (as `dossier stories` does) and story ID is briefed; with --all
// --out DIR, every story of at least --min-size articles is briefed into
// DIR/story-<id>.md (or .json), and one line per file is printed: path, articles, label.
//
// With --db PATH (and no inputs), the stories stored in a database (`dossier ingest`):
// --story ID briefs one of them, --all --out DIR every one.
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.h"
#include "dossier/engine.h"
#include "dossier/render.h"
#include "flags.h"

namespace dossier::cli {

namespace {

std::string Render(const Briefing& b, const std::string& format) {
  return format == "json" ? BriefingToJson(b) : BriefingToMarkdown(b);
}

int BriefOneStory(Engine* engine, uint64_t story, const BriefingOptions& options,
                  const std::string& format, const std::vector<AddResult>& added) {
  StatusOr<Briefing> b = engine->BriefStory(story, engine->options().cluster, options);
  if (!b.ok()) {
    ReportResults(added);
    std::cerr << "dossier brief: " << b.status().ToString() << "\n";
    return kExitRejected;
  }
  std::cout << Render(*b, format);
  return ReportResults(added);
}

int BriefAllStories(Engine* engine, const std::string& dir, size_t min_size,
                    const BriefingOptions& options, const std::string& format,
                    const std::vector<AddResult>& added) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    std::cerr << "dossier brief: " << dir << ": cannot create directory: " << ec.message() << "\n";
    return kExitRejected;
  }
  int code = ReportResults(added);
  for (const Story& s : engine->Stories(engine->options().cluster).stories) {
    if (s.size < min_size) continue;
    StatusOr<Briefing> b = engine->BriefStory(s.id, engine->options().cluster, options);
    if (!b.ok()) {
      std::cerr << "dossier brief: story " << s.id << ": " << b.status().ToString() << "\n";
      code = kExitRejected;
      continue;
    }
    const std::string path = (std::filesystem::path(dir) /
                              ("story-" + std::to_string(s.id) + (format == "json" ? ".json" : ".md")))
                                 .string();
    std::ofstream out(path, std::ios::binary);
    out << Render(*b, format);
    if (!out) {
      std::cerr << "dossier brief: " << path << ": write failed\n";
      code = kExitRejected;
      continue;
    }
    std::cout << path << "\t" << s.size << "\t" << s.label << "\n";
  }
  return code;
}

}  // namespace

int RunBrief(int argc, char** argv) {
  CLI::App app{"Write the briefing of a story: summary, timeline, entities, numbers, "
               "disagreements, single-source statements, sources",
               "dossier brief"};
  InputFlags input;
  CLI::Option* inputs = input.Add(&app, /*required=*/false);
  DbFlags db;
  db.Add(&app, "brief stories stored in this database (`dossier ingest`); with --story or --all")
      ->excludes(inputs);
  std::string format = "markdown";
  std::string method;
  BriefingOptions options;
  app.add_option("--format", format, "markdown or json")
      ->check(CLI::IsMember({"markdown", "json"}));
  app.add_option("--method", method,
                 "summarization method: lead, centroid, lexrank, textrank, mmr, submodular, "
                 "concept");
  app.add_option("--words", options.summary.max_words, "summary length budget in words")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--sentences", options.summary.max_sentences, "summary budget in sentences")
      ->check(CLI::NonNegativeNumber);
  app.add_option("--bytes", options.summary.max_bytes, "summary budget in bytes")
      ->check(CLI::NonNegativeNumber);
  uint64_t story = 0;
  bool all = false;
  std::string out_dir;
  size_t min_size = 3;
  auto* story_opt = app.add_option("--story", story,
                                   "group the inputs into stories and brief this one (an id "
                                   "of `dossier stories`)");
  auto* all_opt = app.add_flag("--all", all, "brief every story of at least --min-size "
                                             "articles into --out DIR");
  app.add_option("--out", out_dir, "with --all: the directory the briefings are written to");
  app.add_option("--min-size", min_size, "with --all: stories of fewer articles are skipped")
      ->capture_default_str();
  story_opt->excludes(all_opt);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  if (all && out_dir.empty()) {
    std::cerr << "dossier brief: --all needs --out DIR\n";
    return kExitUsage;
  }
  if (!method.empty()) {
    StatusOr<SummaryMethod> m = ParseSummaryMethod(method);
    if (!m.ok()) {
      std::cerr << "dossier brief: " << m.status().message() << "\n";
      return kExitUsage;
    }
    options.summary.method = *m;
  }

  EngineOptions engine_options;
  if (!input.ToEngineOptions(&engine_options)) return kExitUsage;
  if (!db.path.empty()) {
    if (!*story_opt && !all) {
      std::cerr << "dossier brief: with --db, name a story (--story ID) or --all --out DIR\n";
      return kExitUsage;
    }
    std::unique_ptr<Engine> stored = db.Open(engine_options, /*create=*/false, "brief");
    if (stored == nullptr) return kExitRejected;
    if (*story_opt) return BriefOneStory(stored.get(), story, options, format, {});
    return BriefAllStories(stored.get(), out_dir, min_size, options, format, {});
  }
  if (input.paths.empty()) {
    std::cerr << "dossier brief: give FILES|DIRS|- or --db PATH\n";
    return kExitUsage;
  }
  Engine engine(engine_options);
  std::vector<AddResult> added = engine.AddFiles(input.paths);
  if (*story_opt) return BriefOneStory(&engine, story, options, format, added);
  if (all) return BriefAllStories(&engine, out_dir, min_size, options, format, added);
  std::vector<ArticleId> ids;
  for (const ArticleId& id : AcceptedIds(added)) {
    StatusOr<Article> a = engine.Get(id);
    // A web page that is not an article (a home page, an archive) is not news to brief.
    if (a.ok() && a->IsNonArticlePage()) {
      std::cerr << "dossier brief: " << a->origin << ": not an article (" << a->page_kind
                << " page); left out\n";
      continue;
    }
    ids.push_back(id);
  }
  if (ids.empty()) {
    ReportResults(added);
    std::cerr << "dossier brief: no article could be read\n";
    return kExitRejected;
  }
  StatusOr<Briefing> b = engine.Brief(ids, options);
  if (!b.ok()) {
    std::cerr << "dossier brief: " << b.status().ToString() << "\n";
    return kExitRejected;
  }
  std::cout << Render(*b, format);
  return ReportResults(added);
}

}  // namespace dossier::cli
