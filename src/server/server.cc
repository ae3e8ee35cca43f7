// server.cc: the HTTP edge. One route table maps methods and paths to the Api's
// handlers; everything HTTP-specific (query decoding, limits, Host and Content-Type
// checks, static files, error bodies for what the transport rejects) happens here.
#include "src/server/server.h"

#include <httplib.h>

#include <algorithm>
#include <regex>
#include <span>
#include <string_view>
#include <thread>

#include "src/base/embedded.h"
#include "src/server/http_errors.h"

namespace dossier::embedded {
std::span<const EmbeddedFile> WebAssets();  // web/*, compiled in by cmake/EmbedFiles.cmake
}  // namespace dossier::embedded

namespace dossier::server {
namespace {

using Handler = ApiResponse (Api::*)(const ApiRequest&);

struct Route {
  const char* method;
  const char* pattern;  // a regex; its first group, if any, is ApiRequest::id
  Handler handler;
};

// The whole JSON API (docs/api.md).
const Route kRoutes[] = {
    {"GET", R"(/api/v1/stories)", &Api::GetStories},
    {"GET", R"(/api/v1/stories/([^/]+))", &Api::GetStory},
    {"GET", R"(/api/v1/stories/([^/]+)/briefing)", &Api::GetBriefing},
    {"GET", R"(/api/v1/articles/([^/]+))", &Api::GetArticle},
    {"POST", R"(/api/v1/articles)", &Api::PostArticles},
    {"GET", R"(/api/v1/status)", &Api::GetStatus},
};

// Content types a POST body may declare: all need a CORS preflight from another
// origin, which this server never grants, so a web page elsewhere cannot post here.
constexpr std::string_view kJsonTypes[] = {"application/json", "application/x-ndjson",
                                           "application/jsonl", "application/x-jsonlines"};

// Sent with the page: only this server's own script and style run, even if an article
// string ever reached the DOM unescaped.
constexpr char kPagePolicy[] =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

void Reply(httplib::Response& res, const ApiResponse& r) {
  res.status = r.status;
  res.set_header("Cache-Control", "no-store");
  res.set_content(r.body, r.content_type.c_str());
}

void ReplyError(httplib::Response& res, int http_status, const std::string& message) {
  res.status = http_status;
  res.set_content(ErrorBody(HttpCodeName(http_status), message) + "\n", "application/json");
}

// The query as a map; kInvalidArgument when a parameter is given twice.
StatusOr<std::map<std::string, std::string>> QueryOf(const httplib::Request& req) {
  std::map<std::string, std::string> query;
  for (const auto& [name, value] : req.params) {
    if (!query.emplace(name, value).second) {
      return Status::InvalidArgument("parameter \"" + name.substr(0, 40) + "\" given twice");
    }
  }
  return query;
}

bool IsJsonContentType(std::string type) {
  type = type.substr(0, type.find(';'));
  std::transform(type.begin(), type.end(), type.begin(), [](unsigned char c) { return std::tolower(c); });
  while (!type.empty() && type.back() == ' ') type.pop_back();
  return std::find(std::begin(kJsonTypes), std::end(kJsonTypes), type) != std::end(kJsonTypes);
}

std::string_view ContentTypeOf(std::string_view name) {
  auto ends = [&](std::string_view ext) {
    return name.size() >= ext.size() && name.substr(name.size() - ext.size()) == ext;
  };
  if (ends(".html")) return "text/html; charset=utf-8";
  if (ends(".js")) return "text/javascript; charset=utf-8";
  if (ends(".css")) return "text/css; charset=utf-8";
  if (ends(".svg")) return "image/svg+xml";
  return "application/octet-stream";
}

// "127.0.0.1:8080" -> "127.0.0.1"; "[::1]:80" -> "[::1]".
std::string HostName(const std::string& host_header) {
  if (!host_header.empty() && host_header.front() == '[') {
    return host_header.substr(0, host_header.find(']') + 1);
  }
  return host_header.substr(0, host_header.find(':'));
}

bool IsLoopback(const std::string& host) {
  return host == "127.0.0.1" || host == "localhost" || host == "::1" || host == "[::1]";
}

}  // namespace

class Server::Impl {
 public:
  Impl(const ServerOptions& options, std::unique_ptr<Api> api)
      : options_(options), api_(std::move(api)) {}

  Status Bind();
  void AddRoutes();
  void AddLimitsAndErrors();

  const ServerOptions options_;
  std::unique_ptr<Api> api_;
  httplib::Server http_;
  int port_ = 0;
  int threads_ = 0;

 private:
  void Dispatch(const Route& route, const httplib::Request& req, httplib::Response& res);
  void ServeAsset(std::string_view name, httplib::Response& res);
  bool HostAllowed(const httplib::Request& req) const;
  std::string RouteError(const httplib::Request& req, int* status, std::string* allow) const;
};

void Server::Impl::Dispatch(const Route& route, const httplib::Request& req,
                            httplib::Response& res) {
  if (route.method == std::string_view("POST") && !IsJsonContentType(req.get_header_value("Content-Type"))) {
    return ReplyError(res, 415, "POST a JSON object, array or JSON lines with Content-Type "
                                "application/json or application/x-ndjson");
  }
  StatusOr<std::map<std::string, std::string>> query = QueryOf(req);
  if (!query.ok()) return Reply(res, Api::Error(query.status()));
  ApiRequest request;
  if (req.matches.size() > 1) request.id = req.matches[1].str();
  request.query = std::move(*query);
  request.body = req.body;
  Reply(res, (api_.get()->*route.handler)(request));
}

void Server::Impl::ServeAsset(std::string_view name, httplib::Response& res) {
  std::string_view data = embedded::Find(embedded::WebAssets(), name);
  if (data.empty()) return ReplyError(res, 404, "no file /" + std::string(name));
  res.set_header("Cache-Control", "no-cache");
  if (name.ends_with(".html")) res.set_header("Content-Security-Policy", kPagePolicy);
  res.set_content(std::string(data), std::string(ContentTypeOf(name)).c_str());
}

void Server::Impl::AddRoutes() {
  for (const Route& route : kRoutes) {
    auto handler = [this, &route](const httplib::Request& req, httplib::Response& res) {
      Dispatch(route, req, res);
    };
    if (route.method == std::string_view("GET")) http_.Get(route.pattern, handler);
    else http_.Post(route.pattern, handler);
  }
  http_.Get("/", [this](const httplib::Request&, httplib::Response& res) {
    ServeAsset("index.html", res);
  });
  http_.Get(R"(/([A-Za-z0-9_-]+\.(?:html|js|css|svg)))",
            [this](const httplib::Request& req, httplib::Response& res) {
              ServeAsset(req.matches[1].str(), res);
            });
}

bool Server::Impl::HostAllowed(const httplib::Request& req) const {
  // Bound to loopback, answer only requests addressed to loopback: a page on another
  // site whose name an attacker points at 127.0.0.1 (DNS rebinding) is refused.
  if (!IsLoopback(options_.host)) return true;
  const std::string host = HostName(req.get_header_value("Host"));
  return host.empty() || IsLoopback(host);
}

// The message for a request no route took; *status becomes 405 (and *allow the method
// the path takes) when the path is a route's with another method.
std::string Server::Impl::RouteError(const httplib::Request& req, int* status,
                                     std::string* allow) const {
  for (const Route& route : kRoutes) {
    if (std::regex_match(req.path, std::regex(route.pattern)) && req.method != route.method &&
        !(req.method == "HEAD" && route.method == std::string_view("GET"))) {
      *status = 405;
      *allow = route.method;
      return req.method + " is not allowed on " + req.path + "; use " + route.method;
    }
  }
  return "no route for " + req.method + " " + req.path;
}

void Server::Impl::AddLimitsAndErrors() {
  // Headers and body go out in separate writes; without TCP_NODELAY, Nagle's algorithm
  // holds the body until the client's delayed ACK (40 ms on Linux) on keep-alive.
  http_.set_tcp_nodelay(true);
  http_.set_payload_max_length(options_.max_body_bytes);
  http_.set_read_timeout(options_.io_timeout_seconds, 0);
  http_.set_write_timeout(options_.io_timeout_seconds, 0);
  http_.set_keep_alive_timeout(options_.keep_alive_seconds);
  http_.set_keep_alive_max_count(options_.keep_alive_requests);
  const int threads = threads_;
  http_.new_task_queue = [threads] { return new httplib::ThreadPool(static_cast<size_t>(threads)); };
  http_.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (HostAllowed(req)) return httplib::Server::HandlerResponse::Unhandled;
    ReplyError(res, 403, "Host \"" + req.get_header_value("Host").substr(0, 80) +
                             "\" is not this server's loopback address");
    return httplib::Server::HandlerResponse::Handled;
  });
  http_.set_error_handler([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return;  // a handler's own JSON error
    std::string message = "HTTP " + std::to_string(res.status);
    if (res.status == 400) message = "malformed request (request line or headers unreadable, or over 8 KiB)";
    if (res.status == 414) message = "request target over 8 KiB";
    if (res.status == 404) {
      std::string allow;
      message = RouteError(req, &res.status, &allow);
      if (!allow.empty()) res.set_header("Allow", allow);
    }
    if (res.status == 413) {
      message = "request body over the limit of " + std::to_string(options_.max_body_bytes) + " bytes";
    }
    ReplyError(res, res.status, message);
  });
  http_.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr e) {
    std::string what = "unexpected failure";
    try {
      std::rethrow_exception(e);
    } catch (const std::exception& ex) {
      what = ex.what();
    } catch (...) {
    }
    ReplyError(res, 500, what);
  });
}

Status Server::Impl::Bind() {
  if (options_.port == 0) {
    port_ = http_.bind_to_any_port(options_.host);
  } else {
    port_ = http_.bind_to_port(options_.host, options_.port) ? options_.port : -1;
  }
  if (port_ <= 0) {
    return Status::IoError("cannot listen on " + options_.host + ":" + std::to_string(options_.port) +
                           " (address in use, or not an address of this machine)");
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<Server>> Server::Create(Engine* engine, const ServerOptions& options) {
  if (options.port < 0 || options.port > 65535) {
    return Status::InvalidArgument("port " + std::to_string(options.port) + " is not 0-65535");
  }
  if (options.threads < 0) return Status::InvalidArgument("threads must be 0 (auto) or more");
  DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<Api> api, Api::Create(engine, options.api));
  auto impl = std::make_unique<Impl>(options, std::move(api));
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  impl->threads_ = options.threads > 0 ? options.threads : std::max(32, 4 * cores);
  impl->AddRoutes();
  impl->AddLimitsAndErrors();
  DOSSIER_RETURN_IF_ERROR(impl->Bind());
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const { return impl_->port_; }
int Server::threads() const { return impl_->threads_; }

Status Server::Run() {
  if (!impl_->http_.listen_after_bind()) {
    return Status::IoError("listening on " + impl_->options_.host + ":" + std::to_string(port()) + " failed");
  }
  return Status::Ok();
}

void Server::Stop() { impl_->http_.stop(); }

}  // namespace dossier::server
