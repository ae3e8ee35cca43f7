// `dossier stories FILES|DIRS|-`: group the articles into stories (online clustering in
// input order) and print them: Markdown (default), JSON, or TSV with exactly one line per
// input article: its id as given (the JSONL "id", else the file path), a tab, its story
// id. A record that could not be read at all is still listed, with story "-", and named
// on stderr; exact duplicates are listed once per occurrence, with their original's story.
//
// With --db PATH (and no inputs), the stories stored in a database (`dossier ingest`),
// in the same formats; TSV lists every stored article in the order it was added.
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "commands.h"
#include "dossier/engine.h"
#include "flags.h"

namespace dossier::cli {
namespace {

// "path:123" (a JSONL line) -> true: such an article is named by its own id.
bool IsRecord(const std::string& name) {
  const size_t colon = name.rfind(':');
  if (colon == std::string::npos || colon + 1 == name.size()) return false;
  return std::all_of(name.begin() + static_cast<long>(colon) + 1, name.end(),
                     [](unsigned char c) { return std::isdigit(c); });
}

std::string InputName(const AddResult& r) {
  return IsRecord(r.name) && !r.input_id.empty() ? r.input_id : r.name;
}

// Indices of `added` in input order: AddFiles lists a file's rejected records after its
// articles, so records of one file are put back in line order.
std::vector<size_t> InInputOrder(const std::vector<AddResult>& added) {
  std::map<std::string, size_t> file_rank;
  std::vector<std::pair<std::pair<size_t, unsigned long>, size_t>> keyed;
  for (size_t i = 0; i < added.size(); ++i) {
    const std::string& name = added[i].name;
    const bool record = IsRecord(name);
    const std::string file = record ? name.substr(0, name.rfind(':')) : name;
    const size_t rank = file_rank.try_emplace(file, file_rank.size()).first->second;
    const unsigned long line = record ? std::stoul(name.substr(name.rfind(':') + 1)) : 0;
    keyed.push_back({{rank, line}, i});
  }
  std::stable_sort(keyed.begin(), keyed.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<size_t> order;
  for (const auto& k : keyed) order.push_back(k.second);
  return order;
}

// Every stored article (in the order added) and its story, named as PrintTsv names
// input articles.
int PrintStoredTsv(Engine* engine, const StoryList& list) {
  const std::vector<ArticleId> ids = engine->Ids();
  for (size_t i = 0; i < ids.size() && i < list.story_of.size(); ++i) {
    StatusOr<Article> a = engine->Get(ids[i]);
    if (!a.ok()) {
      std::cerr << "dossier stories: " << a.status().message() << "\n";
      return kExitRejected;
    }
    std::cout << (IsRecord(a->origin) && !a->id.empty() ? a->id : a->origin) << '\t'
              << list.story_of[i] << '\n';
  }
  return kExitOk;
}

void PrintTsv(const std::vector<AddResult>& added, const std::vector<ArticleId>& ids,
              const StoryList& list) {
  std::unordered_map<uint64_t, uint64_t> story_of;
  for (size_t i = 0; i < ids.size(); ++i) story_of[ids[i].value()] = list.story_of[i];
  for (size_t i : InInputOrder(added)) {
    const AddResult& r = added[i];
    std::cout << InputName(r) << '\t';
    if (r.id.ok()) {
      std::cout << story_of.at(r.id->value());
    } else {
      std::cout << '-';
    }
    std::cout << '\n';
  }
}

std::vector<const Story*> BySize(const StoryList& list) {
  std::vector<const Story*> out;
  for (const Story& s : list.stories) out.push_back(&s);
  std::stable_sort(out.begin(), out.end(),
                   [](const Story* a, const Story* b) { return a->size > b->size; });
  return out;
}

void PrintJson(const StoryList& list) {
  nlohmann::ordered_json j;
  j["stories"] = nlohmann::json::array();
  for (const Story* s : BySize(list)) {
    nlohmann::ordered_json o;
    o["id"] = s->id;
    o["label"] = s->label;
    o["size"] = s->size;
    o["outlets"] = s->outlets;
    o["first_date"] = s->first_date;
    o["last_date"] = s->last_date;
    o["undated"] = s->undated;
    o["near_copies"] = s->near_copies;
    std::vector<std::string> ids;
    for (const ArticleId& a : s->articles) ids.push_back(a.ToString());
    o["articles"] = ids;
    j["stories"].push_back(std::move(o));
  }
  j["merges"] = nlohmann::json::array();
  for (const StoryMergeRecord& m : list.merges) j["merges"].push_back({{"from", m.from}, {"into", m.into}});
  std::cout << j.dump(2) << "\n";
}

void PrintMarkdown(const StoryList& list, size_t articles, size_t min_size) {
  std::cout << "# Stories\n\n" << list.stories.size() << " stories from " << articles
            << " articles";
  if (!list.merges.empty()) std::cout << " (" << list.merges.size() << " merges)";
  std::cout << ".\n";
  size_t hidden = 0;
  for (const Story* s : BySize(list)) {
    if (s->size < min_size) {
      ++hidden;
      continue;
    }
    std::cout << "\n## " << s->id << ". " << s->label << "\n\n";
    std::cout << "- " << s->size << (s->size == 1 ? " article" : " articles");
    if (!s->outlets.empty()) {
      std::cout << ", " << s->outlets.size() << (s->outlets.size() == 1 ? " outlet" : " outlets");
    }
    if (s->near_copies > 0) {
      std::cout << ", " << s->near_copies << (s->near_copies == 1 ? " near copy" : " near copies");
    }
    std::cout << "\n";
    if (!s->first_date.empty()) {
      std::cout << "- " << s->first_date;
      if (s->last_date != s->first_date) std::cout << " to " << s->last_date;
      std::cout << "\n";
    }
    if (s->undated > 0) std::cout << "- " << s->undated << " undated (placed in input order)\n";
    if (!s->outlets.empty()) {
      std::cout << "- outlets:";
      for (size_t k = 0; k < s->outlets.size() && k < 8; ++k) std::cout << (k ? ", " : " ") << s->outlets[k];
      if (s->outlets.size() > 8) std::cout << ", ...";
      std::cout << "\n";
    }
  }
  if (hidden > 0) std::cout << "\n" << hidden << " stories of fewer than " << min_size << " articles not shown.\n";
}

}  // namespace

int RunStories(int argc, char** argv) {
  CLI::App app{"Group articles into stories (online clustering in input order)", "dossier stories"};
  InputFlags input;
  CLI::Option* inputs = input.Add(&app, /*required=*/false);
  DbFlags db;
  db.Add(&app, "print the stories stored in this database (`dossier ingest`) instead")
      ->excludes(inputs);
  std::string format = "markdown";
  size_t min_size = 1;
  app.add_option("--format", format, "markdown, json or tsv (one line per input article)")
      ->check(CLI::IsMember({"markdown", "md", "json", "tsv"}));
  app.add_option("--min-size", min_size, "Markdown: list only stories of at least N articles");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  if (db.path.empty() && input.paths.empty()) {
    std::cerr << "dossier stories: give FILES|DIRS|- or --db PATH\n";
    return kExitUsage;
  }
  EngineOptions options;
  if (!input.ToEngineOptions(&options)) return kExitUsage;
  if (!db.path.empty()) {
    options.analyze = false;  // TSV reads each article's name only
    std::unique_ptr<Engine> engine = db.Open(options, /*create=*/false, "stories");
    if (engine == nullptr) return kExitRejected;
    const StoryList list = engine->Stories(engine->options().cluster);
    if (format == "tsv") return PrintStoredTsv(engine.get(), list);
    if (format == "json") {
      PrintJson(list);
    } else {
      PrintMarkdown(list, engine->size(), min_size);
    }
    return kExitOk;
  }
  // Stories read the articles as given (title, text, date, outlet); cleaning and
  // sentence analysis are for briefings.
  options.analyze = false;
  options.clean_boilerplate = false;
  Engine engine(options);
  std::vector<AddResult> added = engine.AddFiles(input.paths);
  const StoryList list = engine.Stories(ClusterOptions{});
  if (format == "tsv") {
    PrintTsv(added, engine.Ids(), list);
  } else if (format == "json") {
    PrintJson(list);
  } else {
    PrintMarkdown(list, engine.size(), min_size);
  }
  return ReportResults(added);
}

}  // namespace dossier::cli
