// Runs the real `dossier` binary on fixtures: help, exit codes, diagnostics that name
// the file and line, byte offsets that slice the text they claim, determinism.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <vector>

#include "tests/cli/cli_runner.h"

namespace dossier::testing {
namespace {

using nlohmann::json;

std::string WriteTemp(const std::string& name, const std::string& bytes) {
  std::string dir = ::testing::TempDir() + "dossier_cli_inputs/";
  std::filesystem::create_directories(std::filesystem::path(dir + name).parent_path());
  std::ofstream(dir + name, std::ios::binary) << bytes;
  return dir + name;
}

TEST(CliTest, HelpListsEverySubcommandAndExitsZero) {
  RunResult r = RunDossier("--help");
  EXPECT_EQ(r.exit_code, 0);
  for (const char* verb : {"brief", "clean", "extract", "sentences", "stories", "eval"}) {
    EXPECT_NE(r.out.find(std::string("  ") + verb), std::string::npos) << verb;
  }
}

TEST(CliTest, BadUsageExitsTwo) {
  struct Case { const char* args; };
  for (const Case& c : {Case{"no-such-command"}, Case{""}, Case{"sentences"},
                        Case{"brief --format yaml examples/biden-putin"},
                        Case{"brief --method nonsense examples/biden-putin"},
                        Case{"eval attribution --dataset examples/biden-putin/x.jsonl"},
                        Case{"eval attribution --dataset x.jsonl --sample 5"}}) {
    EXPECT_EQ(RunDossier(c.args).exit_code, 2) << c.args;
  }
}

TEST(CliTest, SentencesCarryOffsetsIntoTheArticleText) {
  RunResult r = RunDossier("sentences examples/biden-putin/001_41cfc3830accd647.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::string text = Slurp(std::string(DOSSIER_SOURCE_DIR) +
                           "/examples/biden-putin/001_41cfc3830accd647.txt");
  std::istringstream lines(r.out);
  std::string line;
  int count = 0;
  while (std::getline(lines, line)) {
    json j = json::parse(line);
    size_t b = j["begin"], e = j["end"];
    ASSERT_LE(e, text.size());
    EXPECT_EQ(text.substr(b, e - b), j["text"].get<std::string>());
    EXPECT_EQ(j["article"], "001_41cfc3830accd647");
    ++count;
  }
  EXPECT_GE(count, 15);
  EXPECT_EQ(r.out.find("Related News"), std::string::npos);
}

TEST(CliTest, RejectedInputsAreNamedAndTheRestOfTheBatchGoesOn) {
  std::string good = WriteTemp("good.txt", "Officials met on Monday. They agreed to talk again.\n");
  std::string empty = WriteTemp("empty.txt", "");
  std::string binary = WriteTemp("binary.txt", std::string("\x00\x01\x02\xff\xfe\x00junk", 10));
  std::string jsonl = WriteTemp("mixed.jsonl",
                                "{\"id\": \"a\", \"text\": \"The council voted on Tuesday.\"}\n"
                                "{\"id\": \"b\", \"text\": \n"
                                "{\"id\": \"c\", \"text\": \"The mayor resigned.\"}\n");
  RunResult r = RunDossier("sentences '" + good + "' '" + empty + "' '" + binary + "' '" + jsonl +
                           "' /nonexistent/file.txt");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("empty.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("binary.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("mixed.jsonl:2"), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("/nonexistent/file.txt"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("They agreed to talk again."), std::string::npos);
  EXPECT_NE(r.out.find("The council voted on Tuesday."), std::string::npos);
  EXPECT_NE(r.out.find("The mayor resigned."), std::string::npos);
}

TEST(CliTest, RepairedInputsAreWarnedAboutAndKept) {
  std::string dates = WriteTemp("dates.jsonl",
                                "{\"id\": \"a\", \"text\": \"The council met.\", \"date\": \"9999-99-99\"}\n");
  std::string latin1 = WriteTemp("latin1.txt", "Caf\xe9 owners said the \x93new rules\x94 hurt sales.\n");
  RunResult r = RunDossier("sentences '" + dates + "' '" + latin1 + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.err.find("warning: "), std::string::npos) << r.err;
  EXPECT_NE(r.err.find("dates.jsonl:1"), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("The council met."), std::string::npos);
  EXPECT_NE(r.out.find("Caf\xc3\xa9 owners said the \xe2\x80\x9cnew rules\xe2\x80\x9d"), std::string::npos)
      << r.out;
}

TEST(CliTest, StdinIsReadWithDash) {
  RunResult r = RunDossier("sentences - < examples/biden-putin/003_c26feeb0a20361a3.txt");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("video call with Russian President Vladimir Putin"), std::string::npos);
}

TEST(CliTest, CleanShowsRemovedBoilerplateWithReasons) {
  RunResult r = RunDossier("clean --show-removed examples/biden-putin/003_c26feeb0a20361a3.txt");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  size_t removed = r.out.find("removed (");
  ASSERT_NE(removed, std::string::npos);
  EXPECT_NE(r.out.find("Please enter your comment!", removed), std::string::npos);
}

TEST(CliTest, EvalAttributionSamplesPairsAndScoresLabelsNamingBadLines) {
  const std::string story =
      "{\"id\": \"s1\", \"summaries\": [], \"documents\": ["
      "{\"title\": \"Port strike\", \"date\": \"2024-05-02\", \"text\": "
      "\"Dock workers in Varna walked off the job on Thursday over unpaid overtime. "
      "The strike closed the container terminal for the whole day.\"}, "
      "{\"title\": \"Varna dock strike\", \"date\": \"2024-05-02\", \"text\": "
      "\"Dock workers in the port of Varna walked out Thursday in a dispute over unpaid overtime. "
      "Shipping agents said three vessels waited offshore.\"}]}\n";
  std::string data = WriteTemp("attr_story.jsonl", story);
  std::string prefix = ::testing::TempDir() + "dossier_cli_inputs/attr_sample";
  RunResult sampled = RunDossier("eval attribution --dataset '" + data + "' --sample 12 --out '" +
                                 prefix + "'");
  ASSERT_EQ(sampled.exit_code, 0) << sampled.err;
  std::string tsv = Slurp(prefix + ".tsv");
  std::string txt = Slurp(prefix + ".txt");
  ASSERT_NE(txt.find("walked"), std::string::npos) << txt;
  // Label every drawn pair 1, then add a line that is not a labelled pair.
  std::string labelled;
  std::istringstream lines(tsv);
  int pairs = 0;
  for (std::string line; std::getline(lines, line);) {
    if (!line.empty() && line[0] != '#') line = line.substr(0, line.rfind('\t')) + "\t1", ++pairs;
    labelled += line + "\n";
  }
  ASSERT_GT(pairs, 0);
  labelled += "99\ts1\t0\tnot-a-number\n";
  std::string labels = WriteTemp("attr_labels.tsv", labelled);
  RunResult r = RunDossier("eval attribution --dataset '" + data + "' --labels '" + labels + "'");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("pairs " + std::to_string(pairs) + " "), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("attr_labels.tsv:" + std::to_string(pairs + 2)), std::string::npos) << r.err;
  EXPECT_NE(r.out.find("engine default"), std::string::npos) << r.out;
}

// A small story of three outlets, as a summarization-set line (with `reference`) and as
// the JSONL a user hands to `dossier brief`.
const char* const kHarbourDocs[][2] = {
    {"Harbour fire", "A fire broke out in the harbour warehouse district of Varna on Monday night. "
                     "Firefighters fought the blaze for six hours before it was contained. "
                     "Three warehouses storing grain and fertiliser were destroyed by the fire. "
                     "No one was hurt, the regional fire service said in a statement."},
    {"Varna blaze", "Fire destroyed three warehouses in the port of Varna overnight. "
                    "The blaze started late on Monday and burned for six hours. "
                    "Port authorities said shipping was not affected by the fire. "
                    "Investigators are looking into faulty wiring as a possible cause."},
    {"Port fire contained", "Firefighters in Varna contained a large fire at harbour warehouses. "
                            "The warehouses held grain and fertiliser bound for export. "
                            "The city mayor promised help for the companies that lost stock. "
                            "An investigation into the cause of the fire has begun."}};

std::string HarbourDocsJsonl() {
  std::string out;
  for (const auto& d : kHarbourDocs) {
    out += json{{"title", d[0]}, {"date", "2024-03-05"}, {"text", d[1]}}.dump() + "\n";
  }
  return out;
}

TEST(CliTest, EvalSummarizeScoresTheSummaryBriefPrints) {
  // Two references: a DUC-style set, scored with -l at the budget.
  json cluster = {{"id", "harbour"},
                  {"summaries", {"Fire destroyed three grain warehouses in Varna harbour.",
                                 "A six-hour fire at Varna port burned three warehouses."}}};
  for (const auto& d : kHarbourDocs) {
    cluster["documents"].push_back({{"title", d[0]}, {"date", "2024-03-05"}, {"text", d[1]}});
  }
  std::string set = WriteTemp("sum_set.jsonl", cluster.dump() + "\n");
  std::string docs = WriteTemp("sum_docs.jsonl", HarbourDocsJsonl());
  RunResult brief = RunDossier("brief --format json --words 30 '" + docs + "'");
  ASSERT_EQ(brief.exit_code, 0) << brief.err;
  std::string printed;
  json briefing = json::parse(brief.out);
  for (const json& item : briefing["summary"]) {
    printed += item["text"].get<std::string>() + "\n";
  }
  ASSERT_FALSE(printed.empty());
  RunResult eval = RunDossier("eval summarize --dataset '" + set + "' --words 30 --show");
  ASSERT_EQ(eval.exit_code, 0) << eval.err;
  EXPECT_NE(eval.out.find("-- summary:\n" + printed + "-- reference:"), std::string::npos)
      << eval.out << "\nbrief printed:\n" << printed;
  EXPECT_NE(eval.out.find("-l 30 "), std::string::npos) << eval.out;  // -l is the budget
  EXPECT_NE(eval.out.find("protocol: brief"), std::string::npos) << eval.out;
}

TEST(CliTest, EvalSummarizeReportsBudgetFillPerBudgetOnAStorySet) {
  std::string lines;
  int n = 0;
  for (const auto& d : kHarbourDocs) {
    lines += json{{"id", "h" + std::to_string(++n)}, {"date", "2024-03-05"}, {"title", d[0]},
                  {"text", d[1]}, {"story", "harbour"}}.dump() + "\n";
  }
  lines += "{broken\n";
  std::string set = WriteTemp("story_set.jsonl", lines);
  RunResult r = RunDossier("eval summarize --dataset '" + set + "' --words 20,400");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("(no reference summaries: length only)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("budget fill (words printed / 20)"), std::string::npos) << r.out;
  // The three articles hold about 120 words: a 400-word budget cannot be filled.
  EXPECT_NE(r.out.find("budget fill (words printed / 400)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("1 of 1 clusters under 80%"), std::string::npos) << r.out;
  EXPECT_NE(r.err.find("story_set.jsonl:4"), std::string::npos) << r.err;
}

TEST(CliTest, EvalBriefingScoresDisagreementsAgainstLabelledPairs) {
  // Three outlets on one blast: the first counts 120 injured, the other two 45. The labels
  // call 120 / 45 a disagreement and 45 / 45 the same value; a reported disagreement that
  // lists both 45s does not set those two against each other.
  const std::string a = "A gas explosion tore through a market in Tarvo on Monday. "
                        "Officials said 120 people were injured in the blast.";
  const std::string b = "A gas blast wrecked a crowded market in Tarvo on Monday. "
                        "Officials said 45 people were injured in the blast.";
  const std::string c = "Rescuers worked through the night at the Tarvo market. "
                        "Officials said 45 people were injured in the blast on Monday.";
  json cluster = {{"id", "tarvo"}, {"summaries", json::array()}};
  for (const std::string& t : {a, b, c}) {
    cluster["documents"].push_back({{"title", "Market blast"}, {"date", "2024-06-03"},
                                    {"text", t}});
  }
  std::string set = WriteTemp("tarvo_set.jsonl", cluster.dump() + "\n");
  auto row = [&](int id, int x, size_t bx, int y, size_t by, size_t len, const char* verdict) {
    return std::to_string(id) + "\tduc2004\ttarvo\t" + std::to_string(x) + "\t" +
           std::to_string(bx) + "\t" + std::to_string(bx + len) + "\tq\tv\t" +
           std::to_string(y) + "\t" + std::to_string(by) + "\t" + std::to_string(by + len) +
           "\tq\tv\tpeople injured\tcount\t" + verdict + "\tnote\n";
  };
  size_t qa = a.find("120 people"), qb = b.find("45 people"), qc = c.find("45 people");
  std::string labels = WriteTemp(
      "tarvo_labels.tsv", "# header\n" + row(0, 0, qa, 1, qb, 9, "disagree") +
                              row(1, 1, qb, 2, qc, 9, "same_value"));
  RunResult r = RunDossier("eval briefing --dataset '" + set + "' --disagreement-labels '" +
                           labels + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("labelled stories in this set: 1"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("2 pairs (disagree 1, same_value 1)"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("recall: 1 of 1 labelled disagreements reported (100%), 1 of them as "
                       "a conflict"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("precision: 1 of 1 reported disagreements that cover a labelled pair "
                       "are genuine (100%)"), std::string::npos) << r.out;
  // A malformed labels file is an error naming its line.
  std::string bad = WriteTemp("tarvo_bad.tsv", "# header\n0\tduc2004\ttarvo\t0\n");
  RunResult e = RunDossier("eval briefing --dataset '" + set + "' --disagreement-labels '" +
                           bad + "'");
  EXPECT_EQ(e.exit_code, 1) << e.err;
  EXPECT_NE(e.err.find("tarvo_bad.tsv:2: 4 fields, expected 17"), std::string::npos) << e.err;
}

// Two folders each holding a 001.txt: the same article twice is read once (one id), a
// different article with the same file name gets its own id.
TEST(CliTest, ArticleIdsComeFromContentNotFileNames) {
  const std::string story = "The council approved the budget on Monday after a long debate.\n";
  std::string a = WriteTemp("ids_a/001.txt", story);
  std::string b = WriteTemp("ids_b/001.txt", story);
  std::string c = WriteTemp("ids_c/001.txt", "Flooding closed the coastal highway again.\n");
  RunResult r = RunDossier("clean --format json '" + a + "' '" + b + "' '" + c + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::string> ids;
  for (std::string line; std::getline(lines, line);) {
    ids.push_back(json::parse(line)["article"].get<std::string>());
  }
  ASSERT_EQ(ids.size(), 2u) << r.out;
  EXPECT_EQ(ids[0].size(), 16u);
  EXPECT_NE(ids[0], ids[1]);
  // The repeat is said, naming both inputs, not dropped in silence.
  EXPECT_NE(r.err.find("note: " + b + ": the same article as " + a + ", counted once"),
            std::string::npos)
      << r.err;
  RunResult again = RunDossier("clean --format json '" + b + "'");
  EXPECT_EQ(json::parse(again.out)["article"].get<std::string>(), ids[0]);
}

TEST(CliTest, OutputIsByteIdenticalAcrossRuns) {
  for (const char* args : {"brief examples/biden-putin", "brief --format json examples/biden-putin",
                           "clean --format json examples/biden-putin"}) {
    RunResult a = RunDossier(args);
    RunResult b = RunDossier(args);
    EXPECT_EQ(a.exit_code, 0) << args << a.err;
    EXPECT_EQ(a.out, b.out) << args;
  }
}

TEST(CliTest, StoriesTsvHasOneLinePerInputArticleEvenOddOnes) {
  const std::string path = WriteTemp(
      "stories.jsonl",
      "{\"id\": \"a1\", \"title\": \"Tarkwa gold mine flood traps twelve miners\", "
      "\"date\": \"2021-12-07\", \"source\": \"Wire\"}\n"
      "{\"id\": \"a2\", \"title\": \"Twelve miners trapped as Tarkwa gold mine floods\"}\n"
      "{\"id\": \"a3\", \"title\": \"Tarkwa gold mine flood traps twelve miners\", "
      "\"date\": \"2021-12-07\", \"source\": \"Wire\"}\n"
      "{\"id\": \"a4\", \"title\": \"\", \"text\": \"\"}\n"
      "{\"id\": \"a5\", \"title\": \"Землетрясение в Японии\", \"date\": \"2021-12-05\"}\n");
  RunResult r = RunDossier("stories --format tsv '" + path + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;  // the empty record is rejected, and named
  EXPECT_NE(r.err.find("stories.jsonl:4"), std::string::npos) << r.err;
  std::istringstream lines(r.out);
  std::vector<std::pair<std::string, std::string>> rows;
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    rows.push_back({line.substr(0, tab), line.substr(tab + 1)});
  }
  ASSERT_EQ(rows.size(), 5u) << r.out;
  EXPECT_EQ(rows[0].first, "a1");
  EXPECT_EQ(rows[2].first, "a3");
  EXPECT_EQ(rows[0].second, rows[1].second);  // undated, placed in input order
  EXPECT_EQ(rows[0].second, rows[2].second);  // the exact duplicate
  EXPECT_EQ(rows[3].second, "-");
  EXPECT_NE(rows[4].second, rows[0].second);
  EXPECT_EQ(RunDossier("stories --format tsv '" + path + "'").out, r.out);  // deterministic
  RunResult md = RunDossier("stories '" + path + "'");
  EXPECT_NE(md.out.find("# Stories"), std::string::npos);
  EXPECT_NE(md.out.find("undated (placed in input order)"), std::string::npos) << md.out;
  RunResult js = RunDossier("stories --format json '" + path + "'");
  json j = json::parse(js.out);
  EXPECT_EQ(j["stories"].size(), 2u);
  EXPECT_EQ(RunDossier("stories --format yaml '" + path + "'").exit_code, 2);
}

TEST(CliTest, StoriesOfTheMixedExampleAreItsThreeStories) {
  RunResult r = RunDossier("stories --format tsv examples/mixed-stream/stream.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::map<char, std::set<std::string>> stories_of_prefix;  // m, r, s: the three stories
  std::istringstream lines(r.out);
  for (std::string line; std::getline(lines, line);) {
    stories_of_prefix[line[0]].insert(line.substr(line.find('\t') + 1));
  }
  ASSERT_EQ(stories_of_prefix.size(), 3u) << r.out;
  std::set<std::string> all;
  for (const auto& [prefix, ids] : stories_of_prefix) {
    EXPECT_EQ(ids.size(), 1u) << prefix << "\n" << r.out;
    all.insert(ids.begin(), ids.end());
  }
  EXPECT_EQ(all.size(), 3u) << r.out;
}

TEST(CliTest, BriefStoryBriefsOnlyThatStorysArticles) {
  // Story 3 of the mixed example is the marathon (its three "s" articles).
  RunResult r = RunDossier("brief --format json --story 3 examples/mixed-stream/stream.jsonl");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  json b = json::parse(r.out);
  ASSERT_EQ(b["sources"].size(), 3u) << r.out;
  for (const json& s : b["sources"]) EXPECT_EQ(s["id"].get<std::string>()[0], 's') << s;
  struct Case {
    std::string args;
    int exit_code;
    std::string err;
  };
  for (const Case& c : {Case{"brief --story 99 examples/mixed-stream/stream.jsonl", 1,
                             "no story with id 99"},
                        Case{"brief --all examples/mixed-stream/stream.jsonl", 2,
                             "--all needs --out DIR"},
                        Case{"brief --all --story 1 --out x examples/mixed-stream/stream.jsonl",
                             2, "excludes"}}) {
    RunResult bad = RunDossier(c.args);
    EXPECT_EQ(bad.exit_code, c.exit_code) << c.args;
    EXPECT_NE(bad.err.find(c.err), std::string::npos) << c.args << "\n" << bad.err;
  }
}

TEST(CliTest, BriefAllWritesOneFilePerStoryOfTheMinimumSize) {
  const std::string dir = ::testing::TempDir() + "dossier_brief_all";
  std::filesystem::remove_all(dir);
  struct Case {
    int min_size;
    std::vector<std::string> files;
  };
  for (const Case& c : {Case{3, {"story-1.md", "story-2.md", "story-3.md"}},
                        Case{4, {"story-1.md"}}}) {
    std::filesystem::remove_all(dir);
    RunResult r = RunDossier("brief --all --min-size " + std::to_string(c.min_size) + " --out '" +
                             dir + "' examples/mixed-stream/stream.jsonl");
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> files;
    for (const auto& f : std::filesystem::directory_iterator(dir)) {
      files.push_back(f.path().filename().string());
    }
    std::sort(files.begin(), files.end());
    EXPECT_EQ(files, c.files) << c.min_size;
    // One index line per file: path, articles, label.
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), static_cast<long>(c.files.size()));
    std::ifstream first(dir + "/story-1.md");
    std::string head;
    std::getline(first, head);
    EXPECT_EQ(head, "# Briefing (5 sources)") << c.min_size;
  }
}

}  // namespace
}  // namespace dossier::testing
