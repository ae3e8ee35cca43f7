// crash_test.cc: `kill -9` during `dossier ingest --db` loses no committed article and
// leaves no half-written one.
//
// The test writes a corpus of a few hundred generated articles (tests/testing/
// news_corpus.h: stories, outlets with furniture lines, repeats, near copies) into
// several JSONL files, ingests it once without interruption into a reference database,
// then, round after round on fresh databases, starts the same ingest and SIGKILLs it
// after a random delay (a fixed seed), until at least kMinKills ingests were killed
// while running. After every kill the database must pass PRAGMA integrity_check, hold
// only whole articles (each with its cleaned form, its story and its evidence rows;
// seqs 1..n without a gap), open as a Dossier database, and hold at least as many
// articles as after the previous kill. At the end of each round an uninterrupted rerun
// must complete, and the database must then equal the reference: the same articles in
// the same order with the same story each, the same story and article counts, and the
// same cleaned bodies.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>
#include <vector>

#include "src/store/store.h"
#include "src/store/store_testing.h"
#include "tests/testing/news_corpus.h"

namespace dossier {
namespace {

constexpr int kMinKills = 20;
constexpr int kMaxRounds = 40;
constexpr uint64_t kSeed = 7;

std::string Dir() {
  const std::string dir = ::testing::TempDir() + "crash_test/";
  std::filesystem::create_directories(dir);
  return dir;
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

// The corpus as files (sorted names: the ingest reads them in this order).
std::vector<std::string> WriteCorpus() {
  testing::CorpusOptions options;
  options.stories = 40;
  options.articles_per_story = 14;
  options.sentences = 20;
  const std::vector<std::string> lines = testing::GenerateCorpus(options);
  const std::string dir = Dir() + "corpus/";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  std::vector<std::string> files;
  const size_t per_file = 60;
  for (size_t start = 0; start < lines.size(); start += per_file) {
    char name[32];
    std::snprintf(name, sizeof name, "part%02zu.jsonl", start / per_file);
    files.push_back(dir + name);
    std::ofstream out(files.back(), std::ios::binary);
    for (size_t i = start; i < lines.size() && i < start + per_file; ++i) out << lines[i] << "\n";
  }
  return files;
}

// Starts `dossier ingest --db db corpus_dir` with its output to `log`.
pid_t StartIngest(const std::string& db, const std::string& corpus, const std::string& log) {
  std::cout.flush();
  std::fflush(nullptr);  // or the child would write the parent's buffered output again
  const pid_t pid = fork();
  if (pid == 0) {
    FILE* f = std::freopen(log.c_str(), "w", stdout);
    if (f == nullptr || dup2(fileno(stdout), 2) < 0) _exit(126);
    execl(DOSSIER_BINARY, DOSSIER_BINARY, "ingest", "--db", db.c_str(), corpus.c_str(),
          static_cast<char*>(nullptr));
    _exit(127);
  }
  return pid;
}

int WaitExit(pid_t pid, bool* killed) {
  int status = 0;
  waitpid(pid, &status, 0);
  *killed = WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL;
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

std::string Query(const std::string& db, const std::string& sql) {
  StatusOr<std::string> r = store::testing::QuerySql(db, sql);
  EXPECT_TRUE(r.ok()) << sql << ": " << r.status().ToString();
  return r.ok() ? *r : "";
}

// What must hold after any kill; returns the number of stored articles.
int64_t CheckWhole(const std::string& db) {
  store::OpenOptions open;
  open.create_if_missing = false;
  StatusOr<std::unique_ptr<store::Store>> s = store::Store::Open(db, open);
  if (!s.ok() && s.status().code() == StatusCode::kNotFound) return 0;  // killed before creating it
  EXPECT_TRUE(s.ok()) << s.status().ToString();
  if (!s.ok()) return -1;
  EXPECT_TRUE((*s)->CheckIntegrity().ok()) << (*s)->CheckIntegrity().ToString();
  const int64_t n = *(*s)->CountRows("articles");
  s->reset();
  EXPECT_EQ(Query(db, "SELECT coalesce(max(seq), 0) FROM articles"), std::to_string(n))
      << "seqs have a gap";
  EXPECT_EQ(Query(db, "SELECT count(*) FROM articles WHERE clean_body IS NULL"), "0");
  EXPECT_EQ(Query(db, "SELECT count(*) FROM article_lines WHERE seq NOT IN (SELECT seq FROM articles)"), "0");
  EXPECT_EQ(Query(db, "SELECT count(*) FROM articles WHERE story NOT IN "
                      "(SELECT id FROM stories WHERE merged_into IS NULL)"), "0");
  EXPECT_EQ(Query(db, "SELECT count(*) FROM stories WHERE opened_seq NOT IN (SELECT seq FROM articles)"), "0");
  if (n > 0) {
    EXPECT_EQ(Query(db, "SELECT count(*) FROM meta WHERE key = 'cluster_options'"), "1");
  }
  return n;
}

// Everything that must equal the reference at the end.
struct Contents {
  std::string articles, stories, placements, bodies;
};

Contents Read(const std::string& db) {
  Contents c;
  c.articles = Query(db, "SELECT count(*) FROM articles");
  c.stories = Query(db, "SELECT count(*) FROM stories WHERE merged_into IS NULL");
  c.placements = Query(db, "SELECT group_concat(printf('%x:%d', id, story), ' ') FROM "
                           "(SELECT id, story FROM articles ORDER BY seq)");
  c.bodies = Query(db, "SELECT group_concat(clean_body || '#' || clean_removed, '|') FROM "
                       "(SELECT clean_body, clean_removed FROM articles ORDER BY seq)");
  return c;
}

TEST(CrashTest, KilledIngestsLoseNoCommittedArticleAndFinishOnRerun) {
  const std::vector<std::string> files = WriteCorpus();
  const std::string corpus = Dir() + "corpus";
  const std::string log = Dir() + "ingest.log";

  const std::string reference = Dir() + "reference.db";
  RemoveDb(reference);
  const auto t0 = std::chrono::steady_clock::now();
  bool killed = false;
  ASSERT_EQ(WaitExit(StartIngest(reference, corpus, log), &killed), 0) << log;
  const double full_ms =
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
  const Contents want = Read(reference);
  ASSERT_GT(std::stoi(want.articles), 450);
  ASSERT_GT(std::stoi(want.stories), 10);

  testing::CorpusRandom random(kSeed);
  int kills = 0, rounds = 0;
  while (kills < kMinKills && rounds < kMaxRounds) {
    ++rounds;
    const std::string db = Dir() + "killed.db";
    RemoveDb(db);
    int64_t held = 0;
    for (int attempt = 0; attempt < 200; ++attempt) {
      // Delays within the first 60% of one full ingest, so most runs die mid-way.
      const int delay_ms =
          2 + static_cast<int>(random.Below(static_cast<size_t>(full_ms * 0.6) + 1));
      const pid_t pid = StartIngest(db, corpus, log);
      std::this_thread::sleep_for(std::chrono::milliseconds(delay_ms));
      kill(pid, SIGKILL);
      const int code = WaitExit(pid, &killed);
      if (killed) ++kills;
      SCOPED_TRACE("round " + std::to_string(rounds) + ", kill after " + std::to_string(delay_ms) + " ms");
      const int64_t now = CheckWhole(db);
      ASSERT_GE(now, held) << "committed articles were lost";
      held = now;
      std::cout << "round " << rounds << ": " << (killed ? "killed" : "finished") << " after "
                << delay_ms << " ms, " << held << " articles stored\n";
      if (!killed) {
        ASSERT_EQ(code, 0) << "the ingest finished but failed; see " << log;
        break;  // it finished before the signal
      }
      if (held == std::stoll(want.articles)) break;
    }
    // The rerun completes and the result is that of one uninterrupted ingest.
    ASSERT_EQ(WaitExit(StartIngest(db, corpus, log), &killed), 0) << log;
    const Contents got = Read(db);
    EXPECT_EQ(got.articles, want.articles);
    EXPECT_EQ(got.stories, want.stories);
    EXPECT_EQ(got.placements, want.placements) << "story ids differ from one ingest";
    EXPECT_EQ(got.bodies, want.bodies) << "cleaned bodies differ from one ingest";
    CheckWhole(db);
  }
  std::cout << "crash test: " << kills << " ingests killed in " << rounds
            << " rounds; one full ingest took " << full_ms << " ms\n";
  EXPECT_GE(kills, kMinKills);
}

}  // namespace
}  // namespace dossier
