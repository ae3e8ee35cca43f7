// page.h: reading inputs into articles without an Engine: what `dossier extract` prints.
//
//   for (const dossier::PageResult& p : dossier::ReadInputs({"saved/"}, {})) {
//     if (!p.article.ok()) { std::cerr << p.article.status().ToString() << "\n"; continue; }
//     std::cout << p.article->title << "\n" << p.article->text << "\n";
//   }
//
// Every format ReadOptions names is read (a web page gives its main text and metadata,
// see Article::page_kind and Article::raw_map); nothing is cleaned, deduplicated or
// analyzed, so Article::text is exactly what the reader produced.
//
// Thread safety: pure; call concurrently.
#ifndef DOSSIER_PAGE_H_
#define DOSSIER_PAGE_H_

#include <functional>
#include <string>
#include <vector>

#include "dossier/article.h"
#include "dossier/options.h"
#include "dossier/status.h"

namespace dossier {

struct PageResult {
  std::string name;              // "path" or "path:line" the result is about
  StatusOr<Article> article;     // the article, or why it was rejected (message names it)
  std::vector<Status> warnings;  // repairs made while reading it

  PageResult() : article(Status(StatusCode::kInternal, "unset")) {}
};

// Reads FILES|DIRS|- (directories recursively, sorted by path) in order; one result per
// article found and one per rejected document or unreadable path.
std::vector<PageResult> ReadInputs(const std::vector<std::string>& paths,
                                   const ReadOptions& options);

// The same, one result at a time: `each` gets every result in the same order, and a
// WARC (plain or .warc.gz) is read a record at a time, so memory stays bounded by the
// largest record however many records the file holds.
void ReadInputs(const std::vector<std::string>& paths, const ReadOptions& options,
                const std::function<void(PageResult)>& each);

}  // namespace dossier

#endif  // DOSSIER_PAGE_H_
