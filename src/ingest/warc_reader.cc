// warc_reader.cc: WARC 1.0/1.1 files, plain or .warc.gz (one gzip member per record, as
// crawlers write them), record at a time. Response records (HTTP header + body) and
// resource records whose content is HTML become articles through html::ReadPage, with
// the record's WARC-Target-URI as the page's URL; other records (requests, metadata,
// images, robots.txt) are skipped. A truncated or corrupt record is rejected with the
// file and byte offset, and reading goes on at the next gzip member.
//
// Two entries: ReadWarc reads a WARC held in memory; StreamWarc reads one from a
// ByteStream a record (or gzip member) at a time and hands each record's article to the
// sink before reading the next, so memory is bounded by the largest record, not the file.
// A .warc.gz compressed as one member (not one per record) is one member of the whole
// file and is read only up to max_page_bytes.
#include <cctype>
#include <cstdlib>

#include "src/base/byte_stream.h"
#include "src/base/strings.h"
#include "src/html/load.h"
#include "src/html/page.h"
#include "src/ingest/readers.h"

namespace dossier::ingest {
namespace {

struct Header {
  std::string type, uri, content_type, transfer_encoding, content_encoding;
  size_t length = 0;
  bool has_length = false;
};

// Reads "Name: value" lines of `block` into `h` (names compared case-insensitively).
void ParseHeaderLines(std::string_view block, Header* h) {
  for (std::string_view line : Split(block, '\n')) {
    const size_t colon = line.find(':');
    if (colon == std::string_view::npos) continue;
    const std::string name = AsciiLower(StripAscii(line.substr(0, colon)));
    const std::string_view value = StripAscii(line.substr(colon + 1));
    if (name == "warc-type") h->type = AsciiLower(value);
    if (name == "warc-target-uri") h->uri = std::string(value);
    if (name == "content-type") h->content_type = AsciiLower(value);
    if (name == "transfer-encoding") h->transfer_encoding = AsciiLower(value);
    if (name == "content-encoding") h->content_encoding = AsciiLower(value);
    if (name == "content-length") {
      h->length = 0;
      h->has_length = !value.empty();
      for (char c : value) {
        if (!std::isdigit(static_cast<unsigned char>(c)) || h->length > (size_t{1} << 40)) {
          h->has_length = false;
          break;
        }
        h->length = h->length * 10 + (c - '0');
      }
    }
  }
}

// The end of a header block ("\r\n\r\n", or "\n\n" from sloppy writers) at or after `at`.
size_t HeaderEnd(std::string_view s, size_t at, size_t* sep) {
  const size_t crlf = s.find("\r\n\r\n", at), lf = s.find("\n\n", at);
  if (crlf != std::string_view::npos && (lf == std::string_view::npos || crlf < lf)) {
    *sep = 4;
    return crlf;
  }
  *sep = 2;
  return lf;
}

std::string Dechunk(std::string_view body) {
  std::string out;
  size_t at = 0;
  while (at < body.size()) {
    const size_t eol = body.find('\n', at);
    if (eol == std::string_view::npos) break;
    const size_t size = std::strtoul(std::string(body.substr(at, eol - at)).c_str(), nullptr, 16);
    if (size == 0 || eol + 1 + size > body.size()) break;
    out.append(body.substr(eol + 1, size));
    at = eol + 1 + size;
    while (at < body.size() && (body[at] == '\r' || body[at] == '\n')) ++at;
  }
  return out;
}

void ReadRecord(const std::string& where, const Header& warc, std::string_view block,
                const IngestOptions& options, std::vector<Article>* out, IngestReport* report) {
  std::string_view body = block;
  Header http;
  if (warc.type == "response") {
    if (!StartsWithIgnoreCase(block, "HTTP/")) return;  // DNS and other non-HTTP responses
    size_t sep = 0;
    const size_t end = HeaderEnd(block, 0, &sep);
    if (end == std::string_view::npos) return;
    ParseHeaderLines(block.substr(0, end), &http);
    body = block.substr(end + sep);
  } else if (warc.type == "resource") {
    http.content_type = warc.content_type;
  } else {
    return;
  }
  const bool html = http.content_type.find("html") != std::string::npos;
  if (!html && !(http.content_type.empty() && html::LooksLikeHtml(body))) return;
  std::string decoded;
  if (http.transfer_encoding.find("chunked") != std::string::npos) {
    decoded = Dechunk(body);
    body = decoded;
  }
  Article a;
  a.id = warc.uri.empty() ? where : warc.uri;
  Status s = ArticleFromPage(where, body, warc.uri, options, &a, report);
  if (!s.ok()) {
    report->rejected.push_back({where, std::move(s)});
    return;
  }
  // "path:offset URI": the record by its place in the file and by its address.
  if (!warc.uri.empty()) a.origin = StrCat(where, " ", warc.uri);
  out->push_back(std::move(a));
  ++report->accepted;
}

// Reads the records of `data` (a whole plain file, or one gzip member's content);
// `base` is the file offset of data[0], for messages. False when a record is broken.
bool ReadRecords(const std::string& origin, std::string_view data, size_t base,
                 const IngestOptions& options, std::vector<Article>* out, IngestReport* report) {
  size_t at = 0;
  while (true) {
    while (at < data.size() && (data[at] == '\r' || data[at] == '\n')) ++at;
    if (at >= data.size()) return true;
    const std::string where = StrCat(origin, ":", base + at);
    auto reject = [&](std::string_view why) {
      report->rejected.push_back({where, Status::InvalidArgument(StrCat(where, ": ", why))});
      return false;
    };
    if (!data.substr(at).starts_with("WARC/")) return reject("not a WARC record (no \"WARC/\" line)");
    size_t sep = 0;
    const size_t end = HeaderEnd(data, at, &sep);
    if (end == std::string_view::npos) return reject("truncated WARC record header");
    Header h;
    ParseHeaderLines(data.substr(at, end - at), &h);
    if (!h.has_length) return reject("WARC record without a valid Content-Length");
    const size_t block = end + sep;
    if (block + h.length > data.size()) {
      return reject(StrCat("truncated WARC record (Content-Length ", h.length, ", ",
                           data.size() - block, " bytes present)"));
    }
    ReadRecord(where, h, data.substr(block, h.length), options, out, report);
    at = block + h.length;
  }
}

// Hands what was read to the sink and starts afresh.
void Flush(const ReadSink& sink, std::vector<Article>* out, IngestReport* report) {
  sink(out, report);
  out->clear();
  *report = IngestReport{};
}

// Largest WARC record header read; real ones are a few hundred bytes.
constexpr size_t kMaxHeaderBytes = 64 * 1024;

void StreamGzipWarc(const std::string& origin, ByteStream* in, const IngestOptions& options,
                    const ReadSink& sink, std::vector<Article>* out, IngestReport* report) {
  while (true) {
    uint64_t at = 0;
    StatusOr<std::string> member = html::GunzipNextMember(origin, in, options.max_page_bytes, &at);
    if (member.status().code() == StatusCode::kNotFound) return;
    if (member.ok()) {
      ReadRecords(origin, *member, at, options, out, report);
    } else {
      report->rejected.push_back({StrCat(origin, ":", at), member.status()});
    }
    Flush(sink, out, report);
  }
}

// The header block at the stream's position: its length (sep included) in *size, or
// false after rejecting the record (no header end, no "WARC/" line).
bool PeekHeader(const std::string& where, ByteStream* in, Header* h, size_t* size, IngestReport* report) {
  const std::string_view head = in->Peek(kMaxHeaderBytes);
  auto reject = [&](std::string_view why) {
    report->rejected.push_back({where, Status::InvalidArgument(StrCat(where, ": ", why))});
    return false;
  };
  if (!head.starts_with("WARC/")) return reject("not a WARC record (no \"WARC/\" line)");
  size_t sep = 0;
  const size_t end = HeaderEnd(head, 0, &sep);
  if (end == std::string_view::npos) {
    return reject(head.size() < kMaxHeaderBytes ? "truncated WARC record header"
                                                : "WARC record header longer than 64 KiB");
  }
  ParseHeaderLines(head.substr(0, end), h);
  if (!h->has_length) return reject("WARC record without a valid Content-Length");
  *size = end + sep;
  return true;
}

// Plain WARC: header, then Content-Length bytes, record after record. A broken record
// ends the file (its length cannot be trusted to find the next).
void StreamPlainWarc(const std::string& origin, ByteStream* in, const IngestOptions& options,
                     const ReadSink& sink, std::vector<Article>* out, IngestReport* report) {
  while (true) {
    for (std::string_view c = in->Peek(1); !c.empty() && (c[0] == '\r' || c[0] == '\n'); c = in->Peek(1)) {
      in->Skip(1);
    }
    if (in->AtEnd()) return;
    const std::string where = StrCat(origin, ":", in->offset());
    Header h;
    size_t header = 0;
    if (!PeekHeader(where, in, &h, &header, report)) break;
    in->Skip(header);
    // A page is at most max_page_bytes; its HTTP header is allowed a little more.
    if (h.length > options.max_page_bytes + kMaxHeaderBytes) {
      const uint64_t end = in->offset() + h.length;
      in->Skip(h.length);
      if (in->offset() < end) {
        report->rejected.push_back({where, Status::InvalidArgument(StrCat(where, ": truncated WARC record (Content-Length ", h.length, ")"))});
        break;
      }
      report->rejected.push_back({where, Status::OutOfRange(StrCat(where, ": WARC record of ", h.length, " bytes exceeds the limit of ", options.max_page_bytes, " (ReadOptions::max_page_bytes)"))});
      Flush(sink, out, report);
      continue;
    }
    const std::string_view block = in->Peek(h.length);
    if (block.size() < h.length) {
      report->rejected.push_back({where, Status::InvalidArgument(StrCat(where, ": truncated WARC record (Content-Length ", h.length, ", ", block.size(), " bytes present)"))});
      break;
    }
    ReadRecord(where, h, block.substr(0, h.length), options, out, report);
    in->Skip(h.length);
    Flush(sink, out, report);
  }
}

}  // namespace

void StreamWarc(const std::string& origin, ByteStream* in, const IngestOptions& options,
                const ReadSink& sink) {
  std::vector<Article> out;
  IngestReport report;
  if (html::IsGzip(in->Peek(2))) {
    StreamGzipWarc(origin, in, options, sink, &out, &report);
  } else {
    StreamPlainWarc(origin, in, options, sink, &out, &report);
  }
  if (!in->status().ok()) report.rejected.push_back({StrCat(origin, ":", in->offset()), in->status()});
  Flush(sink, &out, &report);
}

bool LooksLikeWarc(std::string_view data) { return data.starts_with("WARC/"); }

void ReadWarc(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report) {
  if (!html::IsGzip(data)) {
    ReadRecords(origin, data, 0, options, out, report);
    return;
  }
  size_t at = 0;
  while (at < data.size()) {
    size_t next = data.size();
    StatusOr<std::string> member = html::GunzipMember(origin, data, at, options.max_page_bytes, &next);
    if (member.ok()) {
      ReadRecords(origin, *member, at, options, out, report);
      at = next;
      continue;
    }
    report->rejected.push_back({StrCat(origin, ":", at), member.status()});
    // Go on at the next gzip member header, if any.
    const size_t resync = data.find("\x1f\x8b\x08", at + 1);
    if (resync == std::string_view::npos) return;
    at = resync;
  }
}

}  // namespace dossier::ingest
