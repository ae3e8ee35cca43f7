#include "src/server/posted_documents.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace dossier::server {
namespace {

using Json = nlohmann::json;

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string_view Trim(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// True when arrays and objects nest deeper than `limit` anywhere in `body` (brackets
// inside strings do not count).
bool NestsDeeperThan(std::string_view body, int limit) {
  int depth = 0;
  bool in_string = false, escaped = false;
  for (char c : body) {
    if (in_string) {
      if (escaped) escaped = false;
      else if (c == '\\') escaped = true;
      else if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return false;
}

Status TooMany(size_t max_documents) {
  return Status::OutOfRange("the body holds more than " + std::to_string(max_documents) +
                            " documents; send at most that many per request");
}

bool HasId(const Json& object) {
  for (const char* key : {"id", "doc_id"}) {
    auto it = object.find(key);
    if (it == object.end()) continue;
    if ((it->is_string() && !it->get_ref<const std::string&>().empty()) || it->is_number()) return true;
  }
  return false;
}

PostedDocument FromJson(std::string name, const Json& value) {
  PostedDocument doc;
  doc.name = std::move(name);
  if (!value.is_object()) {
    doc.error = Status::InvalidArgument(doc.name + ": not a JSON object");
    return doc;
  }
  doc.json = value.dump();  // valid UTF-8: the parser rejects anything else
  doc.has_id = HasId(value);
  return doc;
}

// One line of JSON Lines: parsed here, so the engine only ever reads valid objects.
PostedDocument FromLine(std::string name, std::string_view line) {
  try {
    return FromJson(std::move(name), Json::parse(line));
  } catch (const Json::parse_error& e) {
    std::string what = e.what();
    if (what.rfind("[json.exception.", 0) == 0) what = what.substr(what.find("] ") + 2);
    PostedDocument doc;
    doc.name = std::move(name);
    doc.error = Status::InvalidArgument(doc.name + ": broken JSON (it must be UTF-8): " + what);
    return doc;
  }
}

StatusOr<std::vector<PostedDocument>> SplitLines(std::string_view body, size_t max_documents) {
  std::vector<PostedDocument> docs;
  size_t line_no = 0;
  while (!body.empty()) {
    const size_t nl = body.find('\n');
    std::string_view line = body.substr(0, nl);
    body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
    ++line_no;
    if (Trim(line).empty()) continue;
    if (docs.size() == max_documents) return TooMany(max_documents);
    docs.push_back(FromLine("line " + std::to_string(line_no), line));
  }
  return docs;
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

AddResult Rejected(const std::string& name, Status status) {
  AddResult r;
  r.name = name;
  r.id = std::move(status);
  return r;
}

constexpr std::string_view kStagedSuffix = ".jsonl:1";

}  // namespace

StatusOr<std::vector<PostedDocument>> SplitPostBody(std::string_view body, size_t max_documents) {
  const std::string_view trimmed = Trim(body);
  if (trimmed.empty()) {
    return Status::InvalidArgument(
        "empty body: send a JSON object, an array of objects or JSON lines");
  }
  if (NestsDeeperThan(trimmed, kMaxJsonDepth)) {
    return Status::InvalidArgument("JSON nested deeper than " + std::to_string(kMaxJsonDepth) +
                                   " levels");
  }
  if (trimmed.front() == '{' || trimmed.front() == '[') {
    Json whole = Json::parse(trimmed, nullptr, /*allow_exceptions=*/false);
    if (whole.is_object()) return std::vector<PostedDocument>{FromJson("document 1", whole)};
    if (whole.is_array()) {
      if (whole.size() > max_documents) return TooMany(max_documents);
      std::vector<PostedDocument> docs;
      for (size_t i = 0; i < whole.size(); ++i) {
        docs.push_back(FromJson("document " + std::to_string(i + 1), whole[i]));
      }
      return docs;
    }
  }
  return SplitLines(body, max_documents);
}

StatusOr<std::unique_ptr<DocumentIngester>> DocumentIngester::Create(Engine* engine) {
  const char* tmp = std::getenv("TMPDIR");
  std::string pattern = std::string(tmp != nullptr && *tmp != '\0' ? tmp : "/tmp") +
                        "/dossier-serve-XXXXXX";
  if (mkdtemp(pattern.data()) == nullptr) {
    return Status::IoError(pattern + ": cannot create a temporary directory: " +
                           std::strerror(errno));
  }
  return std::unique_ptr<DocumentIngester>(new DocumentIngester(engine, pattern));
}

DocumentIngester::~DocumentIngester() {
  std::error_code ec;
  std::filesystem::remove_all(dir_, ec);
}

std::vector<AddResult> DocumentIngester::Add(const PostedDocument& doc) {
  if (!doc.error.ok()) return {Rejected(doc.name, doc.error)};
  const std::string stem = "post-" + std::to_string(++staged_);
  const std::string path = dir_ + "/" + stem + ".jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    // The object was dumped by the parser, so it starts with '{'.
    if (!doc.has_id) out << "{\"id\":\"" << stem << "\"" << (doc.json == "{}" ? "" : ",") << doc.json.substr(1);
    else out << doc.json;
    out << '\n';
    if (!out) {
      return {Rejected(doc.name, Status::IoError(doc.name + ": cannot stage the document in " + dir_))};
    }
  }
  std::vector<AddResult> results = engine_->AddFiles({path});
  std::error_code ec;
  std::filesystem::remove(path, ec);
  auto rename = [&](std::string s) {
    ReplaceAll(&s, path + ":1", doc.name);
    ReplaceAll(&s, path, doc.name);
    return s;
  };
  for (AddResult& r : results) {
    r.name = rename(r.name);
    if (!r.id.ok()) r.id = Status(r.id.status().code(), rename(r.id.status().message()));
    for (Status& w : r.warnings) w = Status(w.code(), rename(w.message()));
  }
  return results;
}

std::string DocumentIngester::PublicOrigin(const std::string& origin) const {
  const std::string prefix = dir_ + "/";
  if (origin.rfind(prefix, 0) != 0) return origin;
  const size_t suffix = origin.find(kStagedSuffix, prefix.size());
  if (suffix == std::string::npos) return origin;
  return origin.substr(prefix.size(), suffix - prefix.size()) +
         origin.substr(suffix + kStagedSuffix.size());
}

}  // namespace dossier::server
