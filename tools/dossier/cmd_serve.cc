// `dossier serve [--db PATH] [--host 127.0.0.1] [--port 8080] [FILES|DIRS...]`: the JSON
// API under /api/v1 and the web page at /, over the articles of the database (--db;
// else an in-memory engine), those of FILES (added at start) and those POSTed to
// /api/v1/articles. Bound to loopback unless --host says otherwise.
// Prints "dossier serve: listening on http://HOST:PORT/ ..." on stderr once it accepts
// connections (--port 0 picks a free port; tests read it from that line), and stops
// cleanly on SIGINT or SIGTERM (exit 0). A rejected input file or record is named on
// stderr at start and the rest is served; exit 1 when the address cannot be bound.
//
// Built as its own small library (like the eval harness) because it links the server
// module, whose headers live under src/; the other commands still see include/ only.
#include <signal.h>

#include <iostream>
#include <memory>
#include <thread>

#include "commands.h"
#include "dossier/engine.h"
#include "flags.h"
#include "src/server/server.h"

namespace dossier::cli {
namespace {

struct ServeFlags {
  std::vector<std::string> paths;
  std::string db;
  server::ServerOptions server;
  size_t max_body_mb = 32;
};

void AddServeFlags(CLI::App* app, ServeFlags* f) {
  app->add_option("inputs", f->paths, "article files or directories to load at start (read "
                                      "recursively), as `dossier brief` reads them");
  app->add_option("--db", f->db, "the story database (SQLite; created when missing) to serve "
                                 "and to add POSTed articles to; without it, articles live in "
                                 "memory");
  app->add_option("--host", f->server.host, "address to bind (loopback unless told otherwise)")
      ->capture_default_str();
  app->add_option("--port", f->server.port, "port to bind; 0 picks a free one")
      ->check(CLI::Range(0, 65535))
      ->capture_default_str();
  app->add_option("--threads", f->server.threads,
                  "worker threads = most concurrent connections (0: max(32, 4 x cores))")
      ->check(CLI::NonNegativeNumber);
  app->add_option("--max-body-mb", f->max_body_mb, "largest POST body, in MiB")
      ->check(CLI::Range(1, 1024))
      ->capture_default_str();
  app->add_option("--cached-briefings", f->server.api.cached_briefings,
                  "stories whose briefings the server keeps rendered and revalidates at each "
                  "write (0: render the engine's briefing on every request)")
      ->capture_default_str();
}

// The engine to serve: on the database of --db (created when missing), else in memory.
StatusOr<std::unique_ptr<Engine>> OpenEngine(const ServeFlags& flags) {
  EngineOptions options;
  options.database = flags.db;
  return Engine::Open(options);
}

// Blocks SIGINT and SIGTERM in every thread started after it, and stops `server` when
// one arrives (sigwait on a thread of its own: nothing runs in a signal handler).
std::thread StopOnSignal(server::Server* server, sigset_t* signals) {
  sigemptyset(signals);
  sigaddset(signals, SIGINT);
  sigaddset(signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, signals, nullptr);
  return std::thread([server, signals] {
    int signal = 0;
    sigwait(signals, &signal);
    if (signal == SIGINT || signal == SIGTERM) server->Stop();
  });
}

}  // namespace

int RunServe(int argc, char** argv) {
  CLI::App app{"Serve the JSON API (/api/v1) and the web page over HTTP", "dossier serve"};
  ServeFlags flags;
  AddServeFlags(&app, &flags);
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  flags.server.max_body_bytes = flags.max_body_mb << 20;

  StatusOr<std::unique_ptr<Engine>> engine = OpenEngine(flags);
  if (!engine.ok()) {
    std::cerr << "dossier serve: " << engine.status().message() << "\n";
    return kExitRejected;
  }
  // A rejected input is named on stderr and the rest is served.
  if (!flags.paths.empty()) ReportResults((*engine)->AddFiles(flags.paths));
  int code = kExitOk;

  StatusOr<std::unique_ptr<server::Server>> server = server::Server::Create(engine->get(), flags.server);
  if (!server.ok()) {
    std::cerr << "dossier serve: " << server.status().message() << "\n";
    return kExitRejected;
  }
  sigset_t signals;
  std::thread stopper = StopOnSignal(server->get(), &signals);
  std::cerr << "dossier serve: listening on http://" << flags.server.host << ":" << (*server)->port()
            << "/ (" << (*engine)->size() << " articles"
            << (flags.db.empty() ? " in memory" : " in " + flags.db) << ", "
            << (*server)->threads() << " threads)" << std::endl;
  Status run = (*server)->Run();
  if (!run.ok()) {
    std::cerr << "dossier serve: " << run.message() << "\n";
    pthread_kill(stopper.native_handle(), SIGTERM);
    code = kExitRejected;
  }
  stopper.join();
  std::cerr << "dossier serve: stopped\n";
  return code;
}

}  // namespace dossier::cli
