// http_errors.h: the one table from a Status to an HTTP response, and the JSON error
// body every failing route returns.
//
//   Status s = Status::NotFound("no story with id 42");
//   HttpError e = HttpErrorOf(s.code());      // {404, "not_found"}
//   std::string body = ErrorBody(s);         // {"error":{"code":"not_found","message":"..."}}
//
// The engine never sees an HTTP type; handlers return a Status and this table decides
// the HTTP status at the edge. Errors raised by the HTTP layer itself (an unknown route,
// a body over the size limit) are named by the row holding their HTTP status.
#ifndef DOSSIER_SRC_SERVER_HTTP_ERRORS_H_
#define DOSSIER_SRC_SERVER_HTTP_ERRORS_H_

#include <string>
#include <string_view>

#include "dossier/status.h"

namespace dossier::server {

struct HttpError {
  int http_status = 500;
  std::string_view code;  // "not_found", ...: the "code" of the JSON error body
};

// The row of `code`. kOk has no row; it maps to {500, "internal"} (a bug if asked).
HttpError HttpErrorOf(StatusCode code);

// The code name of an HTTP status the transport set itself (404 for an unknown route,
// 413 for a body over the limit, ...): the table's row for it, else "http_<status>".
std::string HttpCodeName(int http_status);

// {"error":{"code":"...","message":"..."}} for `status` (REQUIRES: !status.ok()).
std::string ErrorBody(const Status& status);
// The same with an explicit code and message (errors of the HTTP layer).
std::string ErrorBody(std::string_view code, std::string_view message);

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_HTTP_ERRORS_H_
