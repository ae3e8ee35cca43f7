// `dossier extract FILES|DIRS|-`: the main text and metadata of each web page (or of
// any input ingest reads), as text for reading or --format jsonl, one object per page.
#include <iostream>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "dossier/page.h"
#include "flags.h"

namespace dossier::cli {
namespace {

std::string ToJsonLine(const PageResult& r, const Article& a) {
  nlohmann::ordered_json j;
  j["source"] = r.name;
  j["url"] = a.url;
  j["title"] = a.title;
  j["date"] = a.date;
  j["author"] = a.byline;
  j["site"] = a.source;
  j["language"] = a.language;
  j["page_kind"] = a.page_kind;
  j["non_article"] = a.IsNonArticlePage();
  j["encoding"] = a.encoding;
  j["text"] = a.text;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void PrintText(const PageResult& r, const Article& a, bool first) {
  if (!first) std::cout << "\n";
  std::cout << "== " << r.name << "\n";
  auto line = [](std::string_view key, const std::string& value) {
    if (!value.empty()) std::cout << key << value << "\n";
  };
  line("title: ", a.title);
  line("date: ", a.date);
  line("author: ", a.byline);
  line("site: ", a.source);
  line("url: ", a.url);
  line("language: ", a.language);
  if (a.IsNonArticlePage()) std::cout << "not an article: " << a.page_kind << " page\n";
  std::cout << "\n" << a.text << "\n";
}

}  // namespace

int RunExtract(int argc, char** argv) {
  CLI::App app{"Print the main text and metadata of web pages (HTML, gzipped or not)",
               "dossier extract"};
  std::vector<std::string> paths;
  std::string format = "text";
  app.add_option("inputs", paths, "files, directories or - for stdin")->required();
  app.add_option("--format", format, "text (for reading) or jsonl (one object per page)")
      ->check(CLI::IsMember({"text", "jsonl"}));
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  bool first = true;
  int rejected = 0;
  // One page at a time: a crawl of any size is printed in bounded memory.
  ReadInputs(paths, ReadOptions{}, [&](const PageResult& r) {
    for (const Status& w : r.warnings) std::cerr << "dossier: warning: " << w.message() << "\n";
    if (!r.article.ok()) {
      std::cerr << "dossier: " << r.article.status().message() << "\n";
      ++rejected;
      return;
    }
    if (format == "jsonl") {
      std::cout << ToJsonLine(r, *r.article) << "\n";
    } else {
      PrintText(r, *r.article, first);
    }
    first = false;
  });
  return rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace dossier::cli
