// text_reader.cc: plain-text and Multi-News inputs.
//
// A text file is one article whose Article::text is the whole decoded file. Writers and
// scrapers often put a header of title, date and URL lines first, in any order; it is
// recognised by shape only (a URL alone on a line, a date alone on a line, one short
// unpunctuated title line), and only when at least one date or URL line anchors it, so
// a first paragraph is never mistaken for a header. A title without such an anchor is
// left to extract, which has the boilerplate rules needed to tell it from a photo credit.
// Multi-News (Fabbri et al. 2019) joins the documents of a cluster with "|||||".
#include <algorithm>
#include <filesystem>

#include "src/base/strings.h"
#include "src/ingest/date.h"
#include "src/ingest/readers.h"

namespace dossier::ingest {
namespace {

constexpr size_t kMaxHeaderLines = 6;
constexpr size_t kMaxTitleBytes = 200;
constexpr size_t kMaxTitleWords = 20;

struct Line {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// The first `limit` non-blank lines of `text`, trimmed.
std::vector<Line> LeadingLines(std::string_view text, size_t limit) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < limit) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view raw = text.substr(pos, nl - pos);
    std::string_view trimmed = StripAscii(raw);
    if (!trimmed.empty()) {
      auto b = static_cast<uint32_t>(trimmed.data() - text.data());
      lines.push_back({b, b + static_cast<uint32_t>(trimmed.size())});
    }
    pos = nl + 1;
  }
  return lines;
}

bool IsUrlLine(std::string_view s) {
  bool scheme = StartsWithIgnoreCase(s, "http://") || StartsWithIgnoreCase(s, "https://") ||
                StartsWithIgnoreCase(s, "www.");
  return scheme && s.find(' ') == std::string_view::npos;
}

// A header title: short, 2 to kMaxTitleWords words, not ending like a sentence or a
// lead-in, so a short first paragraph after a date line is not taken for a title.
bool IsTitleShaped(std::string_view s) {
  if (s.size() > kMaxTitleBytes) return false;
  size_t words = 1 + static_cast<size_t>(std::count(s.begin(), s.end(), ' '));
  char last = s.back();
  return words >= 2 && words <= kMaxTitleWords && last != '.' && last != ',' && last != ';' &&
         last != ':';
}

void Record(Article* a, Line line, const char* reason) {
  a->removed.push_back({{line.begin, line.end}, reason});
}

}  // namespace

std::string FileStem(const std::string& origin) {
  if (origin == "-") return "stdin";
  return std::filesystem::path(origin).stem().string();
}

std::string HostOfUrl(std::string_view url) {
  size_t scheme = url.find("://");
  if (scheme != std::string_view::npos) url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#:"));
  std::string host = AsciiLower(url);
  if (host.starts_with("www.")) host.erase(0, 4);
  return host.find('.') == std::string::npos ? std::string() : host;
}

int LineAt(std::string_view text, size_t offset) {
  offset = std::min(offset, text.size());
  return 1 + static_cast<int>(std::count(text.begin(), text.begin() + offset, '\n'));
}

uint32_t TakeTextHeader(Article* a) {
  std::vector<Line> lines = LeadingLines(a->text, kMaxHeaderLines + 1);
  std::vector<std::pair<Line, const char*>> header;
  bool anchored = false, titled = false;
  // Never take the last line: a header must be followed by text.
  for (size_t k = 0; k + 1 < lines.size() && k < kMaxHeaderLines; ++k) {
    std::string_view s = a->Slice({lines[k].begin, lines[k].end});
    if (IsUrlLine(s)) {
      header.push_back({lines[k], "header-url"});
      anchored = true;
    } else if (ParsedDate d = ParseDate(s); d.kind == ParsedDate::Kind::kValid) {
      header.push_back({lines[k], "header-date"});
      anchored = true;
    } else if (!titled && IsTitleShaped(s)) {
      header.push_back({lines[k], "header-title"});
      titled = true;
    } else {
      break;
    }
  }
  if (!anchored || header.empty()) return 0;
  for (const auto& [line, reason] : header) {
    std::string value(a->Slice({line.begin, line.end}));
    std::string_view r = reason;
    if (r == "header-url" && a->url.empty()) a->url = value;
    if (r == "header-date" && a->date.empty()) a->date = ParseDate(value).iso;
    if (r == "header-title" && a->title.empty()) a->title = value;
    Record(a, line, reason);
  }
  if (a->source.empty()) a->source = HostOfUrl(a->url);
  return header.back().first.end;
}

namespace {

// Builds one text article from decoded text; rejects empty and oversized documents.
void AddTextArticle(std::string id, std::string origin, std::string text, const Decoded& dec,
                    const IngestOptions& options, std::vector<Article>* out,
                    IngestReport* report) {
  if (text.size() > options.max_document_bytes) {
    report->rejected.push_back(
        {origin, Status::OutOfRange(StrCat(origin, ": document of ", text.size(),
                                           " bytes exceeds the limit of ",
                                           options.max_document_bytes, " bytes"))});
    return;
  }
  Article a;
  a.id = std::move(id);
  a.origin = std::move(origin);
  a.text = std::move(text);
  a.encoding = dec.encoding;
  uint32_t rest = TakeTextHeader(&a);
  if (StripAscii(std::string_view(a.text).substr(rest)).empty()) {
    report->rejected.push_back(
        {a.origin, Status::InvalidArgument(StrCat(a.origin, ": empty document (no text)"))});
    return;
  }
  out->push_back(std::move(a));
  ++report->accepted;
}

Decoded DecodeWithWarning(const std::string& origin, std::string_view data,
                          IngestReport* report) {
  Decoded dec = DecodeToUtf8(data);
  if (dec.replaced_bytes > 0) {
    report->warnings.push_back(
        {origin, Status::InvalidArgument(StrCat(origin, ": ", dec.replaced_bytes,
                                                " undecodable bytes replaced by U+FFFD (",
                                                dec.encoding, ")"))});
  }
  return dec;
}

}  // namespace

void ReadText(const std::string& origin, std::string_view data, const IngestOptions& options,
              std::vector<Article>* out, IngestReport* report) {
  Decoded dec = DecodeWithWarning(origin, data, report);
  size_t before = out->size();
  AddTextArticle(FileStem(origin), origin, std::move(dec.text), dec, options, out, report);
  if (out->size() > before) out->back().replaced_bytes = dec.replaced_bytes;
}

void ReadMultiNews(const std::string& origin, std::string_view data,
                   const IngestOptions& options, std::vector<Article>* out,
                   IngestReport* report) {
  Decoded dec = DecodeWithWarning(origin, data, report);
  std::string_view all = dec.text;
  const std::string stem = FileStem(origin);
  size_t pos = 0;
  for (int n = 1; pos <= all.size(); ++n) {
    size_t sep = all.find("|||||", pos);
    if (sep == std::string_view::npos) sep = all.size();
    std::string_view piece = StripAscii(all.substr(pos, sep - pos));
    if (!piece.empty()) {
      size_t start = static_cast<size_t>(piece.data() - all.data());
      std::string where = StrCat(origin, ":", LineAt(all, start));
      AddTextArticle(StrCat(stem, "#", n), where, std::string(piece), dec, options, out, report);
    }
    pos = sep + 5;
  }
}

}  // namespace dossier::ingest
