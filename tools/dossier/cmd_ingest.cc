// `dossier ingest --db PATH FILES|DIRS|-`: add articles to a database, incrementally.
// New articles are deduplicated and clustered against what the database holds;
// articles it holds already change nothing. Each batch is committed as it goes, so an
// interrupted ingest keeps what it committed and a rerun finishes the job.
//
// Prints one line on stdout:
//   news.db: 120 read, 100 new, 15 already present, 5 rejected; 2875 articles in 412 stories
// and every rejected file or record on stderr, named. Exit 0 when nothing was rejected,
// 1 when something was (or the database cannot be opened), 2 on bad usage.
#include <iostream>
#include <set>

#include "commands.h"
#include "dossier/engine.h"
#include "flags.h"

namespace dossier::cli {

int RunIngest(int argc, char** argv) {
  CLI::App app{"Add articles to a database: new ones are deduplicated and clustered into its "
               "stories, ones it holds change nothing",
               "dossier ingest"};
  InputFlags input;
  input.Add(&app);
  DbFlags db;
  db.Add(&app, "the database (created when missing; docs/storage.md)")->required();
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  EngineOptions options;
  if (!input.ToEngineOptions(&options)) return kExitUsage;
  std::unique_ptr<Engine> engine = db.Open(options, /*create=*/true, "ingest");
  if (engine == nullptr) return kExitRejected;
  if (options.clean_boilerplate != engine->options().clean_boilerplate) {
    std::cerr << "dossier ingest: warning: " << db.path << " was made "
              << (engine->options().clean_boilerplate ? "with" : "without")
              << " cleaning, which it keeps; --no-clean applies to new databases only\n";
  }
  const std::vector<AddResult> added = engine->AddFiles(input.paths);
  size_t fresh = 0, present = 0, rejected = 0;
  for (const AddResult& r : added) {
    if (!r.id.ok()) {
      ++rejected;
    } else if (r.already_present) {
      ++present;
    } else {
      ++fresh;
    }
  }
  const int code = ReportResults(added);
  const size_t stories = engine->Stories(engine->options().cluster).stories.size();
  std::cout << db.path << ": " << added.size() << " read, " << fresh << " new, " << present
            << " already present, " << rejected << " rejected; " << engine->size()
            << " articles in " << stories << " stories\n";
  return code;
}

}  // namespace dossier::cli
