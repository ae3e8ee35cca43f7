// jsonl_reader.cc: JSON Lines inputs (one article, or one cluster of articles, per line).
//
// Field names follow the common news tools: news-please (title, maintext, date_publish,
// source_domain), newspaper (title, text, publish_date), Common Crawl news dumps
// (headline, body, published), the UCI/DUC clustering sets (publisher, hostname) and the
// summarization sets ({"id","documents":[...],"summaries":[...]}). The first present
// field of each list wins. "story" (a gold label in the clustering sets) is never read.
//
// Parsing uses simdjson's DOM parser, reused across the lines of an input: JSON parsing
// was the largest single cost of reading a firehose with a byte-at-a-time parser.
#include <simdjson.h>

#include <initializer_list>

#include "src/base/strings.h"
#include "src/ingest/date.h"
#include "src/ingest/readers.h"

namespace dossier::ingest {
namespace {

using Json = simdjson::dom::element;
using JsonType = simdjson::dom::element_type;
using Names = std::initializer_list<const char*>;

constexpr Names kTitle = {"title", "headline"};
constexpr Names kText = {"text", "body", "content", "maintext", "article"};
constexpr Names kDate = {"date", "published", "date_publish", "publish_date", "published_at",
                         "pubdate"};
constexpr Names kUrl = {"url", "link"};
constexpr Names kHtml = {"html", "raw_html", "content_html"};
constexpr Names kSource = {"source", "publisher", "site", "domain", "source_domain"};

// The member `name` of `obj`, or false when `obj` is not an object or has none.
bool Member(const Json& obj, const char* name, Json* out) {
  if (obj.type() != JsonType::OBJECT) return false;
  return obj[name].get(*out) == simdjson::SUCCESS;
}

bool IsNumber(const Json& v) {
  return v.type() == JsonType::INT64 || v.type() == JsonType::UINT64 ||
         v.type() == JsonType::DOUBLE;
}

// The first of `names` holding a string or number, as text; "" when none does.
std::string Field(const Json& obj, Names names) {
  for (const char* name : names) {
    Json v;
    if (!Member(obj, name, &v)) continue;
    if (v.type() == JsonType::STRING) return std::string(v.get_string().value_unsafe());
    if (IsNumber(v)) return simdjson::minify(v);
  }
  return "";
}

void Warn(IngestReport* report, const std::string& origin, std::string message) {
  report->warnings.push_back({origin, Status::InvalidArgument(StrCat(origin, ": ", message))});
}

// Normalizes the first date field to YYYY-MM-DD; unusable values leave it empty.
std::string DateField(const Json& obj, const std::string& origin, IngestReport* report) {
  for (const char* name : kDate) {
    Json v;
    if (!Member(obj, name, &v) || v.is_null()) continue;
    ParsedDate d;
    if (v.type() == JsonType::INT64) d = DateFromUnixTime(v.get_int64().value_unsafe());
    if (v.type() == JsonType::STRING) d = ParseDate(v.get_string().value_unsafe());
    if (d.kind == ParsedDate::Kind::kValid) return d.iso;
    Warn(report, origin,
         StrCat(d.kind == ParsedDate::Kind::kAbsurd ? "absurd" : "unrecognized", " date ",
                simdjson::minify(v).substr(0, 80), " left empty"));
    return "";
  }
  return "";
}

StatusOr<Article> ArticleFromJson(const Json& obj, std::string default_id,
                                  const std::string& origin, const IngestOptions& options,
                                  IngestReport* report) {
  if (obj.type() != JsonType::OBJECT) {
    return Status::InvalidArgument(StrCat(origin, ": not a JSON object"));
  }
  Article a;
  a.origin = origin;
  a.id = Field(obj, {"id", "doc_id"});
  if (a.id.empty()) a.id = std::move(default_id);
  a.text = Field(obj, kText);
  if (std::string page = Field(obj, kHtml); !page.empty() && StripAscii(a.text).empty()) {
    std::string id = std::move(a.id);
    DOSSIER_RETURN_IF_ERROR(ArticleFromPage(origin, page, Field(obj, kUrl), options, &a, report));
    a.id = std::move(id);
  }
  if (std::string title(StripAscii(Field(obj, kTitle))); !title.empty()) a.title = title;
  if (StripAscii(a.text).empty() && a.title.empty()) {
    return Status::InvalidArgument(StrCat(origin, ": empty article (no text or title)"));
  }
  if (std::string date = DateField(obj, origin, report); !date.empty()) a.date = date;
  if (std::string url = Field(obj, kUrl); !url.empty()) a.url = url;
  if (std::string source = Field(obj, kSource); !source.empty()) a.source = source;
  if (a.source.empty()) a.source = HostOfUrl(Field(obj, {"hostname"}));
  if (a.source.empty()) a.source = HostOfUrl(a.url);
  return a;
}

StatusOr<Json> ParseLine(simdjson::dom::parser* parser, std::string_view line,
                         const std::string& origin) {
  Json doc;
  simdjson::error_code error = parser->parse(line.data(), line.size()).get(doc);
  if (error != simdjson::SUCCESS) {
    return Status::InvalidArgument(
        StrCat(origin, ": broken JSON: ", simdjson::error_message(error)));
  }
  return doc;
}

void AddOrReject(StatusOr<Article> a, const Decoded& dec, std::vector<Article>* out,
                 IngestReport* report, const std::string& origin) {
  if (!a.ok()) {
    report->rejected.push_back({origin, a.status()});
    return;
  }
  a->encoding = dec.encoding;
  a->replaced_bytes = dec.replaced_bytes;
  out->push_back(std::move(a).value());
  ++report->accepted;
}

void ReadJsonObject(const Json& obj, const std::string& where, const std::string& stem,
                    const Decoded& dec, const IngestOptions& options, std::vector<Article>* out,
                    IngestReport* report) {
  Json docs;
  if (!Member(obj, "documents", &docs)) {
    AddOrReject(ArticleFromJson(obj, where, where, options, report), dec, out, report, where);
    return;
  }
  if (docs.type() != JsonType::ARRAY) {
    report->rejected.push_back(
        {where, Status::InvalidArgument(StrCat(where, ": \"documents\" is not an array"))});
    return;
  }
  std::string cluster = Field(obj, {"id"});
  if (cluster.empty()) cluster = StrCat(stem, ":", where.substr(where.rfind(':') + 1));
  simdjson::dom::array array;  // named: iterating a temporary trips -Wdangling-pointer
  if (docs.get(array) != simdjson::SUCCESS) return;
  size_t n = 0;
  for (Json doc : array) {
    ++n;
    AddOrReject(ArticleFromJson(doc, StrCat(cluster, "#", n), where, options, report), dec, out, report,
                where);
  }
}

}  // namespace

// Calls `fn(line_text, origin_with_line, decoded)` for every non-blank line that is
// within the size limit and decodes; records the others.
template <typename Fn>
void ForEachJsonLine(const std::string& origin, std::string_view data, size_t max_bytes,
                     IngestReport* report, Fn fn) {
  simdjson::dom::parser parser;
  size_t pos = 0;
  for (int line_no = 1; pos < data.size(); ++line_no) {
    size_t nl = data.find('\n', pos);
    if (nl == std::string_view::npos) nl = data.size();
    std::string_view line = StripAscii(data.substr(pos, nl - pos));
    pos = nl + 1;
    if (line.empty()) continue;
    std::string where = StrCat(origin, ":", line_no);
    if (line.size() > max_bytes) {
      report->rejected.push_back(
          {where, Status::OutOfRange(StrCat(where, ": line of ", line.size(),
                                            " bytes exceeds the limit of ", max_bytes))});
      continue;
    }
    if (LooksBinary(line)) {
      report->rejected.push_back(
          {where, Status::InvalidArgument(StrCat(where, ": binary data (NUL or control bytes)"))});
      continue;
    }
    Decoded dec = DecodeToUtf8(line);
    if (dec.replaced_bytes > 0) {
      Warn(report, where, StrCat(dec.replaced_bytes, " undecodable bytes replaced by U+FFFD"));
    }
    StatusOr<Json> json = ParseLine(&parser, dec.text, where);
    if (!json.ok()) {
      report->rejected.push_back({where, json.status()});
      continue;
    }
    fn(*json, where, dec);
  }
}

void ReadJsonl(const std::string& origin, std::string_view data, const IngestOptions& options,
               std::vector<Article>* out, IngestReport* report) {
  const std::string stem = FileStem(origin);
  ForEachJsonLine(origin, data, options.max_document_bytes, report,
                  [&](const Json& obj, const std::string& where, const Decoded& dec) {
                    ReadJsonObject(obj, where, stem, dec, options, out, report);
                  });
}

void ReadClusters(const std::string& origin, std::string_view data, std::vector<Cluster>* out,
                  IngestReport* report) {
  const std::string stem = FileStem(origin);
  const size_t max_line = size_t{64} << 20;  // a cluster holds up to tens of articles
  ForEachJsonLine(origin, data, max_line, report,
                  [&](const Json& obj, const std::string& where, const Decoded& dec) {
    Json unused;
    if (!Member(obj, "documents", &unused)) {
      report->rejected.push_back(
          {where, Status::InvalidArgument(StrCat(where, ": no \"documents\" array"))});
      return;
    }
    Cluster c;
    c.id = Field(obj, {"id"});
    if (c.id.empty()) c.id = StrCat(stem, ":", where.substr(where.rfind(':') + 1));
    ReadJsonObject(obj, where, stem, dec, IngestOptions{}, &c.articles, report);
    Json sums;
    simdjson::dom::array array;
    if (Member(obj, "summaries", &sums) && sums.get(array) == simdjson::SUCCESS) {
      for (Json summary : array) {
        if (summary.type() == JsonType::STRING) {
          c.summaries.emplace_back(summary.get_string().value_unsafe());
        }
      }
    }
    out->push_back(std::move(c));
  });
}

}  // namespace dossier::ingest
