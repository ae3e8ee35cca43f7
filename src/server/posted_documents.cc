#include "src/server/posted_documents.h"

#include <stdlib.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

namespace dossier::server {
namespace {

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

// JSON Lines: every non-blank line is a document named by its line number.
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
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    docs.push_back({"line " + std::to_string(line_no), std::string(line)});
  }
  return docs;
}

std::string Dumped(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

void ReplaceAll(std::string* s, std::string_view from, std::string_view to) {
  for (size_t at = s->find(from); at != std::string::npos; at = s->find(from, at + to.size())) {
    s->replace(at, from.size(), to);
  }
}

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
    nlohmann::json whole = nlohmann::json::parse(trimmed, nullptr, /*allow_exceptions=*/false);
    if (whole.is_object()) return std::vector<PostedDocument>{{"document 1", Dumped(whole)}};
    if (whole.is_array()) {
      if (whole.size() > max_documents) return TooMany(max_documents);
      std::vector<PostedDocument> docs;
      for (size_t i = 0; i < whole.size(); ++i) {
        docs.push_back({"document " + std::to_string(i + 1), Dumped(whole[i])});
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
  const std::string path = dir_ + "/" + std::to_string(next_file_++) + ".jsonl";
  {
    std::ofstream out(path, std::ios::binary);
    out << doc.json << '\n';
    if (!out) {
      AddResult r;
      r.name = doc.name;
      r.id = Status::IoError(doc.name + ": cannot stage the document in " + dir_);
      return {std::move(r)};
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

}  // namespace dossier::server
