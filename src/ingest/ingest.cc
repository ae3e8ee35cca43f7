// ingest.cc: format detection and dispatch for ReadArticles.
#include "src/ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <memory>

#include "src/base/byte_stream.h"
#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/html/feed.h"
#include "src/html/load.h"
#include "src/html/page.h"
#include "src/ingest/readers.h"

namespace dossier::ingest {
namespace {

using Format = IngestOptions::Format;
// Feeds are detected by content only (no public Format value yet).
constexpr auto kFeed = static_cast<Format>(100);

Format DetectFormat(const std::string& origin, std::string_view data) {
  std::string name = AsciiLower(std::filesystem::path(origin).filename().string());
  if (name.ends_with(".gz")) name.resize(name.size() - 3);
  const std::string ext = std::filesystem::path(name).extension().string();
  if (ext == ".jsonl" || ext == ".ndjson" || ext == ".json") return Format::kJsonl;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml" || ext == ".shtml") return Format::kHtml;
  if (ext == ".rss" || ext == ".atom" || html::LooksLikeFeed(data)) return kFeed;
  if (html::LooksLikeHtml(data)) return Format::kHtml;
  std::string_view head = StripAscii(data.substr(0, 4096));
  if (head.starts_with("\xEF\xBB\xBF")) head.remove_prefix(3);
  if (head.starts_with("{")) return Format::kJsonl;
  if (data.find("|||||") != std::string_view::npos) return Format::kMultiNews;
  return Format::kText;
}

}  // namespace

void ReadArticles(const std::string& origin, std::string_view data, const IngestOptions& options,
                  std::vector<Article>* out, IngestReport* report) {
  // Any gzipped input is read inflated (a page's raw_map then counts inflated bytes).
  // WARC files are read record at a time (each gzip member on its own), by content.
  if (options.format == Format::kAuto) {
    size_t next = 0;
    StatusOr<std::string> first =
        html::IsGzip(data) ? html::GunzipMember(origin, data, 0, options.max_page_bytes, &next)
                           : StatusOr<std::string>(std::string(data.substr(0, 8)));
    if (first.ok() && LooksLikeWarc(*first)) {
      ReadWarc(origin, data, options, out, report);
      return;
    }
  }
  std::string inflated;
  if (html::IsGzip(data)) {
    // A whole gzipped file (a .jsonl.gz of many documents, or one page) may inflate to
    // as much as a file read whole; each document in it still meets its own limit.
    StatusOr<std::string> s =
        html::Gunzip(origin, data, std::max(options.max_page_bytes, kMaxFileBytes));
    if (!s.ok()) {
      report->rejected.push_back({StrCat(origin, ":1"), s.status()});
      return;
    }
    inflated = std::move(s).value();
    data = inflated;
  }
  Format format = options.format == Format::kAuto ? DetectFormat(origin, data) : options.format;
  // JSON Lines are judged line by line (one binary line rejects that line only); any
  // other input is one document, rejected whole when it is binary.
  if (format != Format::kJsonl && format != Format::kHtml && format != kFeed && LooksBinary(data)) {
    report->rejected.push_back(
        {StrCat(origin, ":1"),
         Status::InvalidArgument(StrCat(origin, ":1: binary data (NUL or control bytes), not "
                                                "text; compressed files must be unpacked"))});
    return;
  }
  if (StripAscii(data).empty()) {
    report->rejected.push_back(
        {StrCat(origin, ":1"), Status::InvalidArgument(StrCat(origin, ":1: empty input"))});
    return;
  }
  if (format == kFeed) {
    ReadFeed(origin, data, options, out, report);
    return;
  }
  switch (format) {
    case Format::kJsonl:
      ReadJsonl(origin, data, options, out, report);
      return;
    case Format::kHtml:
      ReadHtml(origin, data, options, out, report);
      return;
    case Format::kMultiNews:
      ReadMultiNews(origin, data, options, out, report);
      return;
    case Format::kAuto:
    case Format::kText:
      ReadText(origin, data, options, out, report);
      return;
  }
}

void ReadFile(const std::string& path, const IngestOptions& options, const ReadSink& sink) {
  std::vector<Article> articles;
  IngestReport report;
  StatusOr<std::unique_ptr<ByteStream>> in = ByteStream::Open(path);
  if (!in.ok()) {
    report.rejected.push_back({path, in.status()});
    sink(&articles, &report);
    return;
  }
  if (options.format == Format::kAuto) {
    const std::string_view head = (*in)->Peek(64 * 1024);
    const bool warc = html::IsGzip(head) ? LooksLikeWarc(html::GunzipPrefix(head, 8)) : LooksLikeWarc(head);
    if (warc) {
      StreamWarc(path, in->get(), options, sink);
      return;
    }
  }
  StatusOr<std::string> data = (*in)->ReadRest(kMaxFileBytes);
  if (data.ok()) {
    ReadArticles(path, *data, options, &articles, &report);
  } else {
    report.rejected.push_back({path, data.status()});
  }
  sink(&articles, &report);
}

}  // namespace dossier::ingest
