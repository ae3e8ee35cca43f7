// cli_store_test.cc: `dossier ingest --db`, `dossier stories --db` and `dossier brief --db`
// as a user meets them: the summary line, idempotent re-ingest, rejected inputs named,
// the same stories and briefings as the in-memory commands, and errors naming the path.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "tests/cli/cli_runner.h"
#include "tests/testing/temp_dir.h"

namespace dossier::testing {
namespace {

std::string Dir() { return ProcessTempDir("dossier_cli_store"); }

std::string FreshDb(const std::string& name) {
  const std::string path = Dir() + name;
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
  return path;
}

std::string Write(const std::string& name, const std::string& bytes) {
  std::ofstream(Dir() + name, std::ios::binary) << bytes;
  return Dir() + name;
}

// examples/ holds 23 files that read as articles: the story as text (5) and as web pages
// (5), the mixed stream (11 lines), and the two READMEs (plain text is an article too).
TEST(CliStoreTest, IngestPrintsASummaryAndASecondIngestChangesNothing) {
  const std::string db = FreshDb("examples.db");
  RunResult first = RunDossier("ingest --db '" + db + "' examples/");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, db + ": 23 read, 23 new, 0 already present, 0 rejected; 23 articles in 5 stories\n");
  EXPECT_EQ(first.err, "");
  RunResult again = RunDossier("ingest --db '" + db + "' examples/");
  ASSERT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(again.out, db + ": 23 read, 0 new, 23 already present, 0 rejected; 23 articles in 5 stories\n");
  // One more article from stdin joins what is stored.
  RunResult stdin_one = RunDossier("ingest --db '" + db + "' - < tests/data/extract/council.txt");
  ASSERT_EQ(stdin_one.exit_code, 0) << stdin_one.err;
  EXPECT_NE(stdin_one.out.find(": 1 read, 1 new, 0 already present, 0 rejected; 24 articles in "),
            std::string::npos)
      << stdin_one.out;
}

TEST(CliStoreTest, RejectedInputsAreNamedAndTheRestIsStored) {
  const std::string db = FreshDb("rejects.db");
  const std::string jsonl = Write("mixed.jsonl",
                                  "{\"id\": \"a\", \"text\": \"The council voted on Tuesday.\"}\n"
                                  "{\"id\": \"b\", \"text\": \n"
                                  "{\"id\": \"c\", \"text\": \"The mayor resigned on Friday.\"}\n");
  const std::string empty = Write("empty.txt", "");
  RunResult r = RunDossier("ingest --db '" + db + "' '" + jsonl + "' '" + empty + "' /nonexistent/x.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/x.txt"), std::string::npos) << r.err;
  EXPECT_EQ(r.out, db + ": 5 read, 2 new, 0 already present, 3 rejected; 2 articles in 2 stories\n");
}

TEST(CliStoreTest, StoredStoriesAndBriefingsAreThoseOfTheInMemoryCommands) {
  const std::string db = FreshDb("same.db");
  ASSERT_EQ(RunDossier("ingest --db '" + db + "' examples/").exit_code, 0);
  for (const char* format : {"markdown", "json", "tsv"}) {
    SCOPED_TRACE(format);
    RunResult memory = RunDossier(std::string("stories --format ") + format + " examples/");
    RunResult stored = RunDossier(std::string("stories --format ") + format + " --db '" + db + "'");
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
    EXPECT_EQ(stored.out, memory.out);
  }
  for (const char* format : {"markdown", "json"}) {
    SCOPED_TRACE(format);
    RunResult memory = RunDossier(std::string("brief --story 3 --format ") + format + " examples/");
    RunResult stored = RunDossier(std::string("brief --story 3 --format ") + format + " --db '" + db + "'");
    ASSERT_EQ(stored.exit_code, 0) << stored.err;
    EXPECT_EQ(stored.out, memory.out);
    EXPECT_NE(stored.out.find("Kelvale"), std::string::npos);
  }
  const std::string out = Dir() + "briefs";
  std::filesystem::remove_all(out);
  RunResult all = RunDossier("brief --db '" + db + "' --all --min-size 3 --out '" + out + "'");
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_TRUE(std::filesystem::exists(out + "/story-3.md"));
  EXPECT_EQ(Slurp(out + "/story-3.md"), RunDossier("brief --story 3 examples/").out);
}

TEST(CliStoreTest, ErrorsNameTheDatabaseAndUsageErrorsExitTwo) {
  const std::string missing = Dir() + "never-made.db";
  std::filesystem::remove(missing);
  struct Case {
    std::string args;
    int exit_code;
    std::string says;  // on stderr
  };
  const Case cases[] = {
      {"stories --db '" + missing + "'", 1, missing + ": no such database"},
      {"brief --db '" + missing + "' --story 1", 1, missing + ": no such database"},
      {"ingest --db README.md examples/", 1, "README.md: not a Dossier database"},
      {"ingest --db '" + Dir() + "' examples/", 1, "it is a directory"},
      {"ingest examples/", 2, "--db is required"},
      {"ingest --db '" + Dir() + "x.db'", 2, "inputs is required"},
      {"stories --db '" + missing + "' examples/", 2, "excludes"},
      {"stories", 2, "give FILES|DIRS|- or --db PATH"},
      {"brief --db '" + missing + "'", 2, "name a story (--story ID) or --all"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.args);
    RunResult r = RunDossier(c.args);
    EXPECT_EQ(r.exit_code, c.exit_code) << r.err;
    EXPECT_NE(r.err.find(c.says), std::string::npos) << r.err;
  }
  EXPECT_FALSE(std::filesystem::exists(missing)) << "reading commands never create a database";
  const std::string db = FreshDb("small.db");
  ASSERT_EQ(RunDossier("ingest --db '" + db + "' examples/biden-putin/").exit_code, 0);
  RunResult unknown = RunDossier("brief --db '" + db + "' --story 99");
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_NE(unknown.err.find("no story with id 99"), std::string::npos) << unknown.err;
}

TEST(CliStoreTest, HelpListsIngest) {
  RunResult r = RunDossier("--help");
  EXPECT_NE(r.out.find("  ingest"), std::string::npos);
  RunResult h = RunDossier("ingest --help");
  EXPECT_EQ(h.exit_code, 0);
  EXPECT_NE(h.out.find("--db"), std::string::npos);
}

}  // namespace
}  // namespace dossier::testing
