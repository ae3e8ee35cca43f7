// `dossier eval briefing --dataset FILE.jsonl`: what the briefing reports on a set of
// real stories where nothing was planted, each story briefed as a user gets it (its
// articles written as a JSONL file, read by a fresh Engine, Engine::Brief: what
// `dossier brief` prints; brief_as_user.h): how many sources it flags suspect (each one a
// false alarm unless the copy really is garbled), how many disagreements of each kind
// and assessment it finds (to read by hand with --show), the timeline and entity counts,
// and the median time per story end to end. With --disagreement-labels, the reported
// disagreements of the labelled stories are scored against the hand-labelled pairs
// (precision and recall: disagreement_labels.h). With --timeline-labels and
// --entity-labels, the timeline and key entities of the labelled stories are scored
// against blind labels (section_labels.h), and with --readability-labels,
// --unique-labels and --number-labels, the summary, the "only in one source" statements
// and the key numbers against judged ones. With --repeat-labels, every pair of timeline
// entries on close dates is looked up among pairs judged the same event or two, over
// every story of the set.
#include <algorithm>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <iostream>
#include <map>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/brief_as_user.h"
#include "tools/dossier/eval/disagreement_labels.h"
#include "tools/dossier/eval/eval_commands.h"
#include "tools/dossier/eval/section_labels.h"
#include "tools/dossier/eval/ingest_report.h"
#include "tools/dossier/flags.h"

namespace dossier::cli {

namespace {

struct Tally {
  int stories = 0, sources = 0, suspect = 0, timeline = 0, entities = 0, numbers = 0, unique = 0;
  int summary = 0, corroborated = 0, cites = 0;  // summary sentences, with 2+ sources
  std::map<std::string, int> disagreements;  // "kind: assessment" -> count
  std::vector<double> ms;
};

void Count(const Briefing& b, bool show, const std::string& id, Tally* t) {
  ++t->stories;
  t->sources += static_cast<int>(b.sources.size());
  for (const SourceInfo& s : b.sources) t->suspect += s.suspect ? 1 : 0;
  t->timeline += static_cast<int>(b.timeline.size());
  t->entities += static_cast<int>(b.entities.size());
  t->numbers += static_cast<int>(b.numbers.size());
  for (const UniqueStatements& u : b.unique) t->unique += static_cast<int>(u.items.size());
  for (const BriefItem& i : b.summary) {
    ++t->summary;
    t->corroborated += i.cites.size() > 1 ? 1 : 0;
    t->cites += static_cast<int>(i.cites.size());
  }
  for (const Disagreement& d : b.disagreements) {
    ++t->disagreements[d.kind + ": " + d.assessment];
    if (show) std::cout << id << "\t" << d.kind << ": " << d.assessment << "\t" << d.summary << "\n";
  }
}

void Print(const Tally& t) {
  std::vector<double> ms = t.ms;
  std::sort(ms.begin(), ms.end());
  std::cout << "stories " << t.stories << ", sources " << t.sources << ", flagged suspect "
            << t.suspect << ", timeline entries " << t.timeline << ", key entities "
            << t.entities << ", key numbers " << t.numbers << ", only-in-one-source statements "
            << t.unique << "\n";
  if (t.summary > 0) {
    std::cout << "summary sentences " << t.summary << ", citing 2+ sources " << t.corroborated
              << " (" << 100 * t.corroborated / t.summary << "%), sources per sentence "
              << static_cast<double>(t.cites) / t.summary << "\n";
  }
  for (const auto& [k, n] : t.disagreements) std::cout << "disagreements (" << k << "): " << n << "\n";
  if (!ms.empty()) {
    std::cout << "median time per story (read, clean, analyze, brief): " << ms[ms.size() / 2]
              << " ms\n";
  }
}

// One label set of the command: its file (`path`, empty when not asked for), its rows by
// story, the score of the briefings of the stories it labels, and how many there were.
template <typename Label, typename Score>
struct LabelSet {
  std::string path;
  std::map<std::string, std::vector<Label>> by_story;
  Score score;
  int stories = 0;

  // Reads `path` with `read` and groups its rows by story; false (after a message) when
  // it cannot be read.
  template <typename Reader>
  bool Read(Reader read) {
    if (path.empty()) return true;
    StatusOr<std::vector<Label>> rows = read(path);
    if (!rows.ok()) {
      std::cerr << "dossier eval briefing: " << rows.status().message() << "\n";
      return false;
    }
    for (Label& l : *rows) by_story[l.story].push_back(std::move(l));
    return true;
  }
  // Scores story `id` with `score_story(its rows, &score)` when the set labels it, or
  // when the set covers `every_story` of the dataset (a story without rows then had
  // nothing to judge when it was labelled, and what it shows now counts as unjudged).
  template <typename ScoreStory>
  void Add(const std::string& id, ScoreStory score_story, bool every_story = false) {
    if (path.empty()) return;
    auto it = by_story.find(id);
    if (it == by_story.end() && !every_story) return;
    static const std::vector<Label> kNone;
    score_story(it == by_story.end() ? kNone : it->second, &score);
    ++stories;
  }
  // Prints `heading`, the story count and `format(score)` when the set was asked for.
  template <typename Format>
  void Print(const char* heading, Format format) const {
    if (!path.empty()) std::cout << heading << stories << "\n" << format(score);
  }
};

}  // namespace

int RunEvalBriefing(int argc, char** argv) {
  CLI::App app{"What the briefing reports on a summarization set's stories", "dossier eval briefing"};
  std::string dataset;
  LabelSet<LabelledPair, DisagreementScore> disagreements;
  LabelSet<TimelineLabel, TimelineScore> timeline;
  LabelSet<EntityLabel, EntityScore> entities;
  LabelSet<ReadabilityLabel, ReadabilityScore> readability;
  LabelSet<UniqueLabel, UniqueScore> unique;
  LabelSet<NumberLabel, NumberScore> numbers;
  LabelSet<RepeatLabel, RepeatScore> repeats;
  bool show = false;
  app.add_option("--dataset", dataset, "summarization set (JSONL, one story a line)")->required();
  app.add_option("--disagreement-labels", disagreements.path,
                 "labelled cross-source value pairs (tests/data/briefing/disagreements/"
                 "labels.tsv): score the disagreements of the labelled stories");
  app.add_option("--timeline-labels", timeline.path,
                 "blind event-date labels (tests/data/briefing/timeline/labels.tsv): score "
                 "the timeline entries of the labelled stories");
  app.add_option("--entity-labels", entities.path,
                 "blind entity labels (tests/data/briefing/entities/labels.tsv): score the "
                 "key entities of the labelled stories");
  app.add_option("--readability-labels", readability.path,
                 "blind readability labels (tests/data/briefing/readability/labels.tsv): "
                 "score the summary sentences of the labelled stories");
  app.add_option("--unique-labels", unique.path,
                 "labels of shown single-source statements (tests/data/briefing/unique/"
                 "labels.tsv): score the \"only in one source\" section of the labelled stories");
  app.add_option("--number-labels", numbers.path,
                 "judged key numbers (tests/data/briefing/numbers/labels.tsv): score the key "
                 "numbers of the labelled stories");
  app.add_option("--repeat-labels", repeats.path,
                 "timeline entry pairs on close dates, each judged the same event or two "
                 "(tests/data/briefing/timeline-repeats/labels.tsv): count repeated events");
  app.add_flag("--show", show, "print every disagreement (story id, kind, summary), each "
               "labelled disagreement missed, and every judged timeline entry, entity and "
               "timeline pair");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  StatusOr<std::string> data = ReadFileToString(dataset);
  if (!data.ok()) {
    std::cerr << "dossier eval briefing: " << data.status().message() << "\n";
    return kExitRejected;
  }
  if (!disagreements.Read(ReadDisagreementLabels) || !timeline.Read(ReadTimelineLabels) ||
      !entities.Read(ReadEntityLabels) || !readability.Read(ReadReadabilityLabels) ||
      !unique.Read(ReadUniqueLabels) || !numbers.Read(ReadNumberLabels) ||
      !repeats.Read(ReadRepeatLabels)) {
    return kExitRejected;
  }
  std::ostream* shown = show ? &std::cout : nullptr;
  Tally tally;
  const std::string scratch =
      (std::filesystem::temp_directory_path() / StrCat("dossier-eval-briefing-", getpid(), ".jsonl"))
          .string();
  size_t pos = 0;
  for (int line = 1; pos < data->size(); ++line) {
    size_t nl = data->find('\n', pos);
    if (nl == std::string::npos) nl = data->size();
    std::string_view text(data->data() + pos, nl - pos);
    pos = nl + 1;
    auto start = std::chrono::steady_clock::now();
    std::vector<ingest::Cluster> clusters;
    ingest::IngestReport report;
    ingest::ReadClusters(dataset + ":" + std::to_string(line), text, &clusters, &report);
    if (clusters.empty()) continue;
    StatusOr<Briefing> briefed = BriefAsUser(clusters[0], scratch, {});
    if (!briefed.ok()) {
      std::cerr << "dossier eval briefing: " << briefed.status().message() << "\n";
      continue;
    }
    const Briefing& b = *briefed;
    tally.ms.push_back(std::chrono::duration<double, std::milli>(
                           std::chrono::steady_clock::now() - start).count());
    Count(b, show, clusters[0].id, &tally);
    const std::string& id = clusters[0].id;
    disagreements.Add(id, [&](const auto& rows, DisagreementScore* score) {
      ScoreDisagreements(b, clusters[0].articles, rows, score, id, shown);
    });
    timeline.Add(id, [&](const auto& rows, TimelineScore* score) {
      ScoreTimeline(b, rows, score, id, shown);
    });
    readability.Add(id, [&](const auto& rows, ReadabilityScore* score) {
      ScoreReadability(b, rows, score, id, shown);
    });
    unique.Add(id, [&](const auto& rows, UniqueScore* score) { ScoreUnique(b, rows, score, id, shown); });
    numbers.Add(id, [&](const auto& rows, NumberScore* score) { ScoreNumbers(b, rows, score, id, shown); });
    entities.Add(id, [&](const auto& rows, EntityScore* score) { ScoreEntities(b, rows, score, id, shown); });
    repeats.Add(
        id, [&](const auto& rows, RepeatScore* score) { ScoreRepeats(b, rows, score, id, shown); },
        /*every_story=*/true);
  }
  std::error_code ignored;
  std::filesystem::remove(scratch, ignored);
  Print(tally);
  disagreements.Print("labelled stories in this set: ", FormatDisagreementScore);
  timeline.Print("timeline-labelled stories in this set: ", FormatTimelineScore);
  readability.Print("readability-labelled stories in this set: ", FormatReadabilityScore);
  unique.Print("unique-labelled stories in this set: ", FormatUniqueScore);
  numbers.Print("number-labelled stories in this set: ", FormatNumberScore);
  entities.Print("entity-labelled stories in this set: ", FormatEntityScore);
  repeats.Print("repeat-labelled stories in this set: ", FormatRepeatScore);
  return kExitOk;
}

}  // namespace dossier::cli
