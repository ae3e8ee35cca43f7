// readers.h: the per-format readers behind ReadArticles (internal to ingest).
#ifndef DOSSIER_SRC_INGEST_READERS_H_
#define DOSSIER_SRC_INGEST_READERS_H_

#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "src/base/byte_stream.h"
#include "src/ingest/ingest.h"

namespace dossier::ingest {

// "dir/a.b.txt" -> "a.b"; "-" -> "stdin".
std::string FileStem(const std::string& origin);
// "https://www.example.com/x" -> "example.com"; "" when `url` has no host.
std::string HostOfUrl(std::string_view url);
// 1-based line number of byte `offset` in `text`.
int LineAt(std::string_view text, size_t offset);

// One article per input; the leading title/date/URL header becomes metadata.
void ReadText(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report);
// Documents separated by "|||||", ids "<stem>#<n>".
void ReadMultiNews(const std::string& origin, std::string_view data,
                   const IngestOptions& options, std::vector<Article>* out,
                   IngestReport* report);
// One JSON object per line: an article or a cluster with "documents".
void ReadJsonl(const std::string& origin, std::string_view data, const IngestOptions& options,
               std::vector<Article>* out, IngestReport* report);

// A web page (gunzipped or not) through html::ReadPage; id = file stem.
void ReadHtml(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report);
// An RSS or Atom feed: one article per item, its content:encoded / content / description
// read as HTML; ids = item links, origins "<path>#<n>".
void ReadFeed(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report);
// A WARC or WARC.gz file: every HTML response/resource record is a page (warc_reader.cc).
bool LooksLikeWarc(std::string_view data);
void ReadWarc(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report);
// The same, read from `in` a record (or gzip member) at a time; `sink` is called after
// every record with what it gave, and takes it (see ReadSink).
void StreamWarc(const std::string& origin, ByteStream* in, const IngestOptions& options,
                const ReadSink& sink);
// Fills `a` from page bytes: main text, body blocks, metadata, raw_map and page_kind.
// `url` is the page's address when the container knows it. Errors name `origin`.
Status ArticleFromPage(const std::string& origin, std::string_view bytes, const std::string& url,
                       const IngestOptions& options, Article* a, IngestReport* report);

// Finds the header of a text article (leading title / date / URL lines, in any order,
// accepted only when at least one date or URL line is present) and moves it to metadata
// and Article::removed. Returns the byte offset where the rest of the text starts.
uint32_t TakeTextHeader(Article* article);

}  // namespace dossier::ingest

#endif  // DOSSIER_SRC_INGEST_READERS_H_
