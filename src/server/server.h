// server.h: `dossier serve`: the JSON API (api.h) under /api/v1 and the web page (web/)
// over HTTP/1.1, on loopback unless told otherwise.
//
//   dossier::Engine engine(dossier::EngineOptions{});
//   engine.AddFiles({"examples/biden-putin/"});
//   DOSSIER_ASSIGN_OR_RETURN(auto server, dossier::server::Server::Create(&engine, {}));
//   std::cerr << "listening on port " << server->port() << "\n";
//   server->Run();   // until Stop() is called from another thread
//
// This is the only code that includes the HTTP library (cpp-httplib): the route table,
// the limits, and the static files. Every error response is JSON
// {"error":{"code","message"}} with the status of the one table in http_errors.h.
#ifndef DOSSIER_SRC_SERVER_SERVER_H_
#define DOSSIER_SRC_SERVER_SERVER_H_

#include <memory>
#include <string>

#include "dossier/engine.h"
#include "dossier/status.h"
#include "src/server/api.h"

namespace dossier::server {

struct ServerOptions {
  // Address to bind. Loopback by default: the API has no authentication, so exposing it
  // is an explicit choice (--host 0.0.0.0).
  std::string host = "127.0.0.1";
  // 0 binds any free port (port() says which): tests use it.
  int port = 8080;
  // Worker threads. cpp-httplib gives each open (keep-alive) connection a worker for its
  // life, so this bounds concurrent connections, not CPU use: engine work is serialized
  // anyway. 0 = max(32, 4 x cores).
  int threads = 0;
  // Largest request body (POST /articles); larger ones get 413 before they are read.
  size_t max_body_bytes = size_t{32} << 20;
  // Socket read and write timeouts: a client that stalls mid-request or mid-response
  // for this long is dropped, so slow clients cannot hold workers.
  int io_timeout_seconds = 10;
  // An idle keep-alive connection is closed after this long, and after this many
  // requests, so idle browsers do not pin workers.
  int keep_alive_seconds = 5;
  size_t keep_alive_requests = 100;
  ApiOptions api;
};

class Server {
 public:
  // Binds host:port and prepares the routes. kInvalidArgument for a bad option;
  // kIoError when the address cannot be bound. REQUIRES: engine outlives the Server.
  static StatusOr<std::unique_ptr<Server>> Create(Engine* engine, const ServerOptions& options);
  ~Server();

  int port() const;
  int threads() const;
  // Serves until Stop(); kIoError if listening fails.
  Status Run();
  // Stops Run() (from any thread); in-flight requests finish first.
  void Stop();

 private:
  class Impl;
  explicit Server(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace dossier::server

#endif  // DOSSIER_SRC_SERVER_SERVER_H_
