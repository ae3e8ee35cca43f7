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
// against blind labels (section_labels.h), and with --readability-labels and
// --unique-labels, the summary and the "only in one source" statements.
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

// Reads a label file with `read` and groups its rows by story; false (after a message)
// when it cannot be read.
template <typename Label, typename Reader>
bool ReadByStory(const std::string& path, Reader read,
                 std::map<std::string, std::vector<Label>>* out) {
  if (path.empty()) return true;
  StatusOr<std::vector<Label>> rows = read(path);
  if (!rows.ok()) {
    std::cerr << "dossier eval briefing: " << rows.status().message() << "\n";
    return false;
  }
  for (Label& l : *rows) (*out)[l.story].push_back(std::move(l));
  return true;
}

}  // namespace

int RunEvalBriefing(int argc, char** argv) {
  CLI::App app{"What the briefing reports on a summarization set's stories", "dossier eval briefing"};
  std::string dataset, labels_path, timeline_path, entity_path, readability_path, unique_path,
      number_path;
  bool show = false;
  app.add_option("--dataset", dataset, "summarization set (JSONL, one story a line)")->required();
  app.add_option("--disagreement-labels", labels_path,
                 "labelled cross-source value pairs (tests/data/briefing/disagreements/"
                 "labels.tsv): score the disagreements of the labelled stories");
  app.add_option("--timeline-labels", timeline_path,
                 "blind event-date labels (tests/data/briefing/timeline/labels.tsv): score "
                 "the timeline entries of the labelled stories");
  app.add_option("--entity-labels", entity_path,
                 "blind entity labels (tests/data/briefing/entities/labels.tsv): score the "
                 "key entities of the labelled stories");
  app.add_option("--readability-labels", readability_path,
                 "blind readability labels (tests/data/briefing/readability/labels.tsv): "
                 "score the summary sentences of the labelled stories");
  app.add_option("--unique-labels", unique_path,
                 "labels of shown single-source statements (tests/data/briefing/unique/"
                 "labels.tsv): score the \"only in one source\" section of the labelled stories");
  app.add_option("--number-labels", number_path,
                 "judged key numbers (tests/data/briefing/numbers/labels.tsv): score the key "
                 "numbers of the labelled stories");
  app.add_flag("--show", show, "print every disagreement (story id, kind, summary) and every "
               "judged timeline entry and entity");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  StatusOr<std::string> data = ReadFileToString(dataset);
  if (!data.ok()) {
    std::cerr << "dossier eval briefing: " << data.status().message() << "\n";
    return kExitRejected;
  }
  std::map<std::string, std::vector<LabelledPair>> labels;  // story -> its pairs
  std::map<std::string, std::vector<TimelineLabel>> timeline_labels;
  std::map<std::string, std::vector<EntityLabel>> entity_labels;
  std::map<std::string, std::vector<ReadabilityLabel>> readability_labels;
  std::map<std::string, std::vector<UniqueLabel>> unique_labels;
  std::map<std::string, std::vector<NumberLabel>> number_labels;
  if (!ReadByStory(labels_path, ReadDisagreementLabels, &labels) ||
      !ReadByStory(timeline_path, ReadTimelineLabels, &timeline_labels) ||
      !ReadByStory(entity_path, ReadEntityLabels, &entity_labels) ||
      !ReadByStory(readability_path, ReadReadabilityLabels, &readability_labels) ||
      !ReadByStory(unique_path, ReadUniqueLabels, &unique_labels) ||
      !ReadByStory(number_path, ReadNumberLabels, &number_labels)) {
    return kExitRejected;
  }
  DisagreementScore score;
  TimelineScore timeline_score;
  EntityScore entity_score;
  ReadabilityScore readability_score;
  UniqueScore unique_score;
  NumberScore number_score;
  int labelled_stories = 0, timeline_stories = 0, entity_stories = 0, readability_stories = 0,
      unique_stories = 0, number_stories = 0;
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
    if (auto it = labels.find(clusters[0].id); it != labels.end()) {
      ScoreDisagreements(b, clusters[0].articles, it->second, &score, clusters[0].id, shown);
      ++labelled_stories;
    }
    if (auto it = timeline_labels.find(clusters[0].id); it != timeline_labels.end()) {
      ScoreTimeline(b, it->second, &timeline_score, clusters[0].id, shown);
      ++timeline_stories;
    }
    if (auto it = readability_labels.find(clusters[0].id); it != readability_labels.end()) {
      ScoreReadability(b, it->second, &readability_score, clusters[0].id, shown);
      ++readability_stories;
    }
    if (auto it = unique_labels.find(clusters[0].id); it != unique_labels.end()) {
      ScoreUnique(b, it->second, &unique_score, clusters[0].id, shown);
      ++unique_stories;
    }
    if (auto it = number_labels.find(clusters[0].id); it != number_labels.end()) {
      ScoreNumbers(b, it->second, &number_score, clusters[0].id, shown);
      ++number_stories;
    }
    if (auto it = entity_labels.find(clusters[0].id); it != entity_labels.end()) {
      ScoreEntities(b, it->second, &entity_score, clusters[0].id, shown);
      ++entity_stories;
    }
  }
  std::error_code ignored;
  std::filesystem::remove(scratch, ignored);
  Print(tally);
  if (!labels_path.empty()) {
    std::cout << "labelled stories in this set: " << labelled_stories << "\n"
              << FormatDisagreementScore(score);
  }
  if (!timeline_path.empty()) {
    std::cout << "timeline-labelled stories in this set: " << timeline_stories << "\n"
              << FormatTimelineScore(timeline_score);
  }
  if (!readability_path.empty()) {
    std::cout << "readability-labelled stories in this set: " << readability_stories << "\n"
              << FormatReadabilityScore(readability_score);
  }
  if (!unique_path.empty()) {
    std::cout << "unique-labelled stories in this set: " << unique_stories << "\n"
              << FormatUniqueScore(unique_score);
  }
  if (!number_path.empty()) {
    std::cout << "number-labelled stories in this set: " << number_stories << "\n"
              << FormatNumberScore(number_score);
  }
  if (!entity_path.empty()) {
    std::cout << "entity-labelled stories in this set: " << entity_stories << "\n"
              << FormatEntityScore(entity_score);
  }
  return kExitOk;
}

}  // namespace dossier::cli
