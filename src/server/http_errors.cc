#include "src/server/http_errors.h"

#include <array>
#include <nlohmann/json.hpp>
#include <optional>

namespace dossier::server {
namespace {

struct Row {
  std::optional<StatusCode> status;  // none: a status only the HTTP layer produces
  HttpError http;
};

// The one error table. Handlers return a Status; its row gives the HTTP status and the
// "code" of the JSON body. Rows without a StatusCode name what the HTTP layer rejects
// before a handler runs.
//  StatusCode                     HTTP  "code"
constexpr std::array<Row, 9> kTable = {{
    {StatusCode::kInvalidArgument, {400, "invalid_argument"}},   // malformed input or query
    {StatusCode::kNotFound,        {404, "not_found"}},          // no such story, article, route
    {StatusCode::kOutOfRange,      {413, "too_large"}},          // over a size, count or time limit
    {StatusCode::kInternal,        {500, "internal"}},           // a bug in Dossier
    {StatusCode::kIoError,         {500, "io_error"}},           // the OS or the store failed
    {std::nullopt,                 {403, "forbidden_host"}},     // Host is not the bound address
    {std::nullopt,                 {405, "method_not_allowed"}}, // known route, other method
    {std::nullopt,                 {414, "uri_too_long"}},
    {std::nullopt,                 {415, "unsupported_media_type"}},  // POST body not JSON
}};

}  // namespace

HttpError HttpErrorOf(StatusCode code) {
  for (const Row& r : kTable) {
    if (r.status == code) return r.http;
  }
  return {500, "internal"};
}

std::string HttpCodeName(int http_status) {
  for (const Row& r : kTable) {
    if (r.http.http_status == http_status) return std::string(r.http.code);
  }
  return "http_" + std::to_string(http_status);
}

std::string ErrorBody(std::string_view code, std::string_view message) {
  nlohmann::ordered_json j;
  j["error"]["code"] = code;
  j["error"]["message"] = message;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string ErrorBody(const Status& status) {
  return ErrorBody(HttpErrorOf(status.code()).code, status.message());
}

}  // namespace dossier::server
