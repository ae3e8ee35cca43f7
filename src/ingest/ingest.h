// ingest.h: turning input bytes (text files, JSONL, Multi-News) into Articles.
//
//   dossier::ingest::IngestReport report;
//   std::vector<dossier::Article> articles;
//   DOSSIER_ASSIGN_OR_RETURN(std::string data, dossier::ReadFileToString(path));
//   dossier::ingest::ReadArticles(path, data, {}, &articles, &report);
//   for (const auto& e : report.rejected) std::cerr << e.origin << ": " << e.status.ToString();
//
// Ingest decodes bytes to UTF-8, splits inputs into articles and reads metadata that the
// input states explicitly (JSON fields, a leading header of title / date / URL lines).
// It never removes boilerplate: that is extract::CleanBatch. Header lines of text files
// are recorded in Article::removed ("header-title", "header-date", "header-url") so the
// extractor leaves them out of the body and nothing is lost silently.
//
// Formats (docs in the comments of IngestOptions::Format):
//   text       one article per file; Article::text = the whole decoded file, id = stem.
//   multinews  one file, documents separated by "|||||"; id = "<stem>#<n>" (n from 1).
//   jsonl      one JSON object per line: an article (title/headline, text/body/content/
//              maintext, date/published/date_publish/publish_date, url/link,
//              source/publisher/site/domain/hostname, id), or a summarization cluster
//              ({"id","documents":[...],"summaries":[...]}) whose documents become articles.
//
// Thread safety: all functions are pure; call them concurrently on different outputs.
#ifndef DOSSIER_SRC_INGEST_INGEST_H_
#define DOSSIER_SRC_INGEST_INGEST_H_

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/options.h"
#include "dossier/status.h"

namespace dossier::ingest {

// Public as dossier::ReadOptions (include/dossier/options.h).
using IngestOptions = ReadOptions;

struct DocumentError {
  std::string origin;  // "path:line"
  Status status;
};

struct IngestReport {
  int accepted = 0;
  std::vector<DocumentError> rejected;
  // Accepted documents with a problem that was repaired or dropped (an absurd date left
  // empty, bytes replaced while decoding). Same shape as `rejected`.
  std::vector<DocumentError> warnings;
};

// One cluster of the summarization sets (documents + reference summaries).
struct Cluster {
  std::string id;
  std::vector<Article> articles;
  std::vector<std::string> summaries;
};

// Reads one input's bytes (origin = path or "-"), appending the articles it holds.
// Never throws; every bad document is recorded in `report` with its origin and line and
// the rest of the input goes on.
// REQUIRES: out and report are non-null.
void ReadArticles(const std::string& origin, std::string_view data, const IngestOptions& options,
                  std::vector<Article>* out, IngestReport* report);

// Receives what a streamed input gave since the last call: the articles and the
// report (accepted count, rejected, warnings). The reader clears both after the call, so
// the sink moves out what it keeps.
using ReadSink = std::function<void(std::vector<Article>* articles, IngestReport* report)>;

// Reads the file at `path` ("-" = standard input) as ReadArticles reads bytes, handing
// the results to `sink`. A WARC (plain or .warc.gz, by content) is read from the file a
// record at a time and the sink is called after every record, so memory is bounded by
// the largest record whatever the file's size; any other input is read whole (up to
// kMaxFileBytes) and handed over in one call. A file that cannot be read is a rejection
// naming the path.
void ReadFile(const std::string& path, const IngestOptions& options, const ReadSink& sink);

// Reads a summarization-set JSONL ({"id","documents":[...],"summaries":[...]}), one
// cluster per line. Bad lines are recorded in `report` and skipped.
// REQUIRES: out and report are non-null.
void ReadClusters(const std::string& origin, std::string_view data, std::vector<Cluster>* out,
                  IngestReport* report);

// Decodes bytes to UTF-8: valid UTF-8 passes through (a BOM is dropped); otherwise
// detect (uchardet) and convert (ICU ucnv), e.g. Windows-1252/Latin-1; undecodable bytes
// become U+FFFD and are counted in replaced_bytes.
struct Decoded {
  std::string text;
  std::string encoding;
  uint32_t replaced_bytes = 0;
};
Decoded DecodeToUtf8(std::string_view bytes);

// True when `bytes` look like a binary file rather than text: a NUL byte (outside a
// UTF-16 BOM-marked text) or more than 10% control bytes in the first 64 KiB.
bool LooksBinary(std::string_view bytes);

}  // namespace dossier::ingest

#endif  // DOSSIER_SRC_INGEST_INGEST_H_
