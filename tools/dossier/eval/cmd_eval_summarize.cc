// `dossier eval summarize --dataset FILE.jsonl`: ROUGE of the summarizer on a
// summarization set, in the set's standard setting, with 95% bootstrap intervals.
//
// Setting rule (overridable with --setting): a set whose clusters have two or more
// reference summaries each is a DUC-style set, scored as DUC 2004 (recall, 100 words,
// ROUGE-1.5.5 -n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -2 4 -u -a, the last
// sentence cut at the limit); a set with one reference per cluster is scored as
// Multi-News (F, 260-word summaries, -c 95 -2 4 -U -r 1000 -n 2 -m -a, no length limit).
//
// Any budget N is scored in the setting's official form for it: a DUC-style set with
// -l N (the references cut at N words as well), a Multi-News set with no limit.
//
// Protocols (--protocol; the header line names the one used, so figures of the two are
// never mixed up):
//   brief (the default): what a reader gets. Each cluster's articles are written as a
//     JSONL file ({"id","title","date","text"} a line, what a user would hand to `dossier
//     brief`), read by a fresh Engine (AddFiles) and briefed by Engine::Brief with the
//     default BriefingOptions but for the method and the word budget: the summary items'
//     text, as `dossier brief` prints them, is what is scored.
//   cut: the research setting. The summarizer is called on the prepared articles with
//     sentence trimming on and the last sentence cut at the N-th word
//     (SummaryOptions::truncate_last), as DUC's -l convention does. `dossier brief` never
//     prints this; it is kept to compare with published systems that fill the budget.
//
// Budget fill: after each run, the words printed against the budget over every cluster
// (mean, the 5th percentile, the lowest, and how many fall under 80%). A clustering-format
// set (one article a line with a gold `story`) is read as one cluster per story and gets
// the fill report only: it has no reference summaries.
//
// Content divergence: beside ROUGE, and alone on a set without references, the mean
// Jensen-Shannon divergence between each summary's content words and its cluster's
// (eval/content_divergence.h; lower is closer to the input). It is the reference-free
// check of issue 13's 25-article stories; on the sets with references the report shows
// how far it agrees with ROUGE.
//
// --split dev takes the even-indexed clusters (0, 2, ...), test the odd ones: tune on
// dev only and report both.
//
// --method oracle is not a summarizer but an upper bound: a greedy extract chosen by its
// ROUGE-1 + ROUGE-2 matches against the references themselves (OracleSummary below),
// under the same word budget, its last sentence always cut at the budget.
#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/engine/pipeline.h"
#include "src/eval/content_divergence.h"
#include "src/eval/rouge.h"
#include "src/eval/rouge_bootstrap.h"
#include "src/eval/rouge_options.h"
#include "src/eval/rouge_text.h"
#include "src/ingest/ingest.h"
#include "src/statements/quality.h"
#include "src/summarize/summarize.h"
#include "dossier/engine.h"
#include "dossier/options.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/brief_as_user.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Setting {
  std::string name;
  std::string rouge;  // ROUGE-1.5.5 options; "{L}" stands for the word budget
  int words;          // default summary length
  bool recall;        // report recall (else F)
};

const Setting kDuc{"duc", "-n 2 -m -l {L} -c 95 -r 1000 -f A -p 0.5 -t 0 -2 4 -u -a", 100,
                   true};
const Setting kMultiNews{"multinews", "-c 95 -2 4 -U -r 1000 -n 2 -m -a", 260, false};

struct Flags {
  std::string dataset, method = "default", split = "all", setting = "auto";
  std::string protocol = "brief";
  std::vector<int> words;  // budgets, one run each (default: the setting's)
  int sentences = 0, limit = 0;
  int min_articles = 0, max_articles = 0;  // keep clusters of this many articles (0: any)
  bool per_topic = false;
  bool show = false;  // print each summary and its first reference
};

// The ROUGE-1.5.5 arguments of `setting` for a summary of `words` words.
std::vector<std::string> RougeArgsFor(const Setting& setting, int words) {
  std::vector<std::string> args;
  for (std::string_view a : Split(setting.rouge, ' ')) {
    if (a == "{L}") {
      if (words > 0) args.push_back(std::to_string(words));
      else args.pop_back();  // a sentence budget: no "-l"
    } else {
      args.emplace_back(a);
    }
  }
  return args;
}

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

// The 100-quantile `q` (0-100) of `v` by the nearest-rank rule.
double Percentile(std::vector<double> v, double q) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  size_t rank = static_cast<size_t>(std::ceil(q / 100 * static_cast<double>(v.size())));
  return v[std::min(v.size() - 1, rank == 0 ? 0 : rank - 1)];
}

Setting ChooseSetting(const std::vector<ingest::Cluster>& clusters, const std::string& name) {
  if (name == "duc") return kDuc;
  if (name == "multinews") return kMultiNews;
  size_t multi = 0;
  for (const auto& c : clusters) multi += c.summaries.size() >= 2;
  return multi * 2 > clusters.size() ? kDuc : kMultiNews;
}

std::vector<ingest::Cluster> TakeSplit(std::vector<ingest::Cluster> all, const Flags& f) {
  std::vector<ingest::Cluster> out;
  for (size_t i = 0; i < all.size(); ++i) {
    if ((f.split == "dev" && i % 2) || (f.split == "test" && i % 2 == 0)) continue;
    int n = static_cast<int>(all[i].articles.size());
    if (n < f.min_articles || (f.max_articles > 0 && n > f.max_articles)) continue;
    out.push_back(std::move(all[i]));
    if (f.limit > 0 && static_cast<int>(out.size()) >= f.limit) break;
  }
  return out;
}

std::string SummaryText(const summarize::Summary& s) {
  std::string out;
  for (const auto& line : s.sentences) out += line.text + "\n";
  return out;
}

struct MethodResult {
  std::map<std::string, std::vector<std::pair<std::string, eval::RougeTriple>>> per_topic;
  std::vector<double> seconds;  // summarize only, per cluster
  std::vector<double> words;    // summary length in words, per cluster
  std::vector<double> input;    // words of the cluster's article texts, per cluster
  std::vector<double> divergence;  // InputDivergence of the summary, per cluster
};

// Scores `summarize` (cluster -> summary text, one sentence a line) on every cluster.
template <typename SummarizeFn>
MethodResult RunMethod(const std::vector<ingest::Cluster>& clusters, SummarizeFn summarize,
                       const eval::RougeOptions& rouge, bool per_topic, bool show) {
  MethodResult r;
  for (const ingest::Cluster& c : clusters) {
    Clock::time_point start = Clock::now();
    std::string text = summarize(c);
    r.seconds.push_back(Seconds(start, Clock::now()));
    r.words.push_back(statements::CountWords(text));
    double input = 0;
    std::vector<std::string_view> texts;
    for (const Article& a : c.articles) {
      input += statements::CountWords(a.text);
      texts.push_back(a.text);
    }
    r.input.push_back(input);
    r.divergence.push_back(eval::InputDivergence(text, texts));
    std::vector<std::vector<std::string>> models;
    for (const std::string& ref : c.summaries) models.push_back(eval::TextToUnits(ref));
    eval::RougeScores scores = eval::ScoreTopic(eval::TextToUnits(text), models, rouge);
    for (const auto& [metric, value] : scores) {
      r.per_topic[metric].emplace_back(c.id + ".dossier", value.first);
    }
    if (show) {
      std::cout << "== " << c.id << "\n-- summary:\n" << text << "-- reference:\n"
                << (c.summaries.empty() ? "" : c.summaries[0]) << "\n";
    }
    if (per_topic) {
      std::cout << "  " << c.id << " R-1 R-2 R/F " << scores["rouge-1"].first.recall << "/"
                << scores["rouge-1"].first.f << " " << scores["rouge-2"].first.recall << "/"
                << scores["rouge-2"].first.f << "\n";
    }
  }
  return r;
}

// ---- Extractive oracle: an UPPER BOUND, not a summarizer (it reads the references) ----
//
// Greedy oracle in the manner of Nallapati et al. (2017, SummaRuNNer's labels): repeatedly
// take the input sentence that adds the most clipped ROUGE-1 + ROUGE-2 matches against
// the references (ROUGE's own tokens, stemmed) per word, under the same word budget, the
// last one cut at the budget; stop when no sentence adds a match. It tells how much of
// the references' wording an extract of these inputs can reach at all.
using GramMap = std::unordered_map<std::string, int>;

struct OracleGrams {
  GramMap uni, bi;
};

OracleGrams GramsOf(const std::vector<std::string>& tokens) {
  OracleGrams g;
  for (size_t i = 0; i < tokens.size(); ++i) {
    ++g.uni[tokens[i]];
    if (i + 1 < tokens.size()) ++g.bi[tokens[i] + " " + tokens[i + 1]];
  }
  return g;
}

// Matches `add` brings to `have` against `ref` (each gram clipped at its reference count).
int NewHits(const GramMap& ref, const GramMap& have, const GramMap& add) {
  int hits = 0;
  for (const auto& [gram, n] : add) {
    auto r = ref.find(gram);
    if (r == ref.end()) continue;
    auto h = have.find(gram);
    int had = h == have.end() ? 0 : h->second;
    hits += std::min(r->second, had + n) - std::min(r->second, had);
  }
  return hits;
}

std::string FirstWords(std::string_view text, int words) {
  std::string out;
  int seen = 0;
  for (std::string_view w : Split(text, ' ')) {
    if (w.empty()) continue;
    if (seen++ == words) break;
    if (!out.empty()) out += ' ';
    out += w;
  }
  return out;
}

// Every input sentence of at least 5 words, as segmented (untrimmed), and its grams.
void OracleSentences(const ingest::Cluster& c, std::vector<std::string>* texts,
                     std::vector<OracleGrams>* grams) {
  for (const Article& a : c.articles) {
    for (const Sentence& s : a.sentences) {
      std::string text(a.Slice(s.span));
      for (char& ch : text) ch = IsAsciiSpace(ch) ? ' ' : ch;
      if (statements::CountWords(text) < 5) continue;
      grams->push_back(GramsOf(eval::RougeTokens(text, {.stem = true})));
      texts->push_back(std::move(text));
    }
  }
}

std::string OracleSummary(const ingest::Cluster& c, int budget) {
  std::vector<OracleGrams> refs;
  for (const std::string& r : c.summaries) {
    refs.push_back(GramsOf(eval::RougeTokens(r, {.stem = true})));
  }
  std::vector<std::string> texts;
  std::vector<OracleGrams> grams;
  OracleSentences(c, &texts, &grams);
  OracleGrams have;
  std::vector<bool> used(texts.size(), false);
  std::string out;
  for (int left = budget; left > 0;) {
    size_t best = SIZE_MAX;
    double best_value = 0;
    for (size_t k = 0; k < texts.size(); ++k) {
      if (used[k]) continue;
      int hits = 0;
      for (const OracleGrams& r : refs) {
        hits += NewHits(r.uni, have.uni, grams[k].uni) + NewHits(r.bi, have.bi, grams[k].bi);
      }
      double value = static_cast<double>(hits) / statements::CountWords(texts[k]);
      if (value > best_value) best_value = value, best = k;
    }
    if (best == SIZE_MAX) break;
    used[best] = true;
    for (const auto& [g, n] : grams[best].uni) have.uni[g] += n;
    for (const auto& [g, n] : grams[best].bi) have.bi[g] += n;
    int words = statements::CountWords(texts[best]);
    out += (words > left ? FirstWords(texts[best], left) : texts[best]) + "\n";
    left -= words;
  }
  return out;
}

void PrintRow(std::string_view method, const MethodResult& r, const eval::RougeOptions& rouge,
              bool recall) {
  std::printf("%-11s", std::string(method).c_str());
  for (const std::string& metric : eval::RougeMetricNames(rouge)) {
    if (metric == "rouge-s4") continue;
    eval::RougeAverage avg = eval::BootstrapAverage(r.per_topic.at(metric), rouge.resamples,
                                                    rouge.confidence);
    auto pick = [&](const eval::RougeTriple& t) { return 100 * (recall ? t.recall : t.f); };
    std::printf("  %s %5.2f [%5.2f-%5.2f]", eval::RougeMetricLabel(metric).c_str(),
                pick(avg.average), pick(avg.ci_low), pick(avg.ci_high));
  }
  double words = 0;
  for (double w : r.words) words += w / std::max<size_t>(1, r.words.size());
  std::printf("  median %.2f ms/cluster  mean %.1f words\n", 1000 * Median(r.seconds), words);
}

double Mean(const std::vector<double>& v) {
  double sum = 0;
  for (double x : v) sum += x;
  return v.empty() ? 0 : sum / static_cast<double>(v.size());
}

// The mean content divergence with its 95% interval (percentile bootstrap over clusters,
// 1,000 resamples from a fixed seed, so the line is deterministic).
void PrintDivergence(const MethodResult& r) {
  if (r.divergence.empty()) return;
  std::mt19937_64 rng(20091);
  std::uniform_int_distribution<size_t> pick(0, r.divergence.size() - 1);
  std::vector<double> means;
  for (int i = 0; i < 1000; ++i) {
    double sum = 0;
    for (size_t k = 0; k < r.divergence.size(); ++k) sum += r.divergence[pick(rng)];
    means.push_back(sum / static_cast<double>(r.divergence.size()));
  }
  std::printf("%11s  content divergence from the input (Jensen-Shannon, lower is closer): "
              "%.4f [%.4f-%.4f]\n", "", Mean(r.divergence), Percentile(means, 2.5),
              Percentile(means, 97.5));
}

// Words printed against the budget, over every cluster.
void PrintFill(const MethodResult& r, int budget) {
  if (budget <= 0 || r.words.empty()) return;
  std::vector<double> fill;
  size_t under = 0, under_rich = 0;  // rich: the input holds 3x the budget or more
  for (size_t i = 0; i < r.words.size(); ++i) {
    fill.push_back(100 * r.words[i] / budget);
    under += fill.back() < 80;
    under_rich += fill.back() < 80 && r.input[i] >= 3.0 * budget;
  }
  double mean = 0;
  for (double x : fill) mean += x / static_cast<double>(fill.size());
  std::printf("%11s  budget fill (words printed / %d): mean %.1f%%, worst 5%% %.1f%%, lowest "
              "%.1f%%, %zu of %zu clusters under 80%% (%zu of them with input of 3x the "
              "budget or more)\n", "", budget, mean, Percentile(fill, 5),
              *std::min_element(fill.begin(), fill.end()), under, fill.size(), under_rich);
}

// A clustering-format set ({"id","date","title","text","story"} a line): one cluster per
// gold story, in order of first appearance, without reference summaries.
std::vector<ingest::Cluster> StoriesAsClusters(const std::string& path, std::string_view data) {
  std::vector<ingest::Cluster> clusters;
  std::map<std::string, size_t> index;
  size_t line_number = 0;
  for (std::string_view line : Split(data, '\n')) {
    ++line_number;
    if (line.empty()) continue;
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (!j.is_object() || !j.contains("story")) {
      std::cerr << "dossier: " << path << ":" << line_number << ": not a story article\n";
      continue;
    }
    std::string story = j["story"].is_string() ? j["story"].get<std::string>()
                                               : j["story"].dump();
    auto [it, fresh] = index.emplace(story, clusters.size());
    if (fresh) clusters.emplace_back().id = story;
    Article a;
    auto field = [&](const char* k) {
      return j.contains(k) && j[k].is_string() ? j[k].get<std::string>() : std::string();
    };
    a.id = field("id"), a.title = field("title"), a.date = field("date");
    a.text = field("text");
    a.origin = StrCat(path, ":", line_number);
    clusters[it->second].articles.push_back(std::move(a));
  }
  return clusters;
}

bool IsStorySet(std::string_view data) {
  std::string_view first = data.substr(0, data.find('\n'));
  nlohmann::json j = nlohmann::json::parse(first, nullptr, false);
  return j.is_object() && j.contains("story") && !j.contains("documents");
}

StatusOr<std::vector<ingest::Cluster>> Load(const Flags& f) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, ReadFileToString(f.dataset));
  std::vector<ingest::Cluster> clusters;
  if (IsStorySet(data)) {
    clusters = StoriesAsClusters(f.dataset, data);
  } else {
    ingest::IngestReport report;
    ingest::ReadClusters(f.dataset, data, &clusters, &report);
    for (const auto& e : report.rejected) std::cerr << "dossier: " << e.status.message() << "\n";
  }
  if (clusters.empty()) return Status::InvalidArgument(StrCat(f.dataset, ": no clusters"));
  return TakeSplit(std::move(clusters), f);
}

// The brief protocol: `c` as a user hands it to `dossier brief` (BriefAsUser), and the
// summary of Engine::Brief, one item a line. `scratch` is the file to write (overwritten).
StatusOr<std::string> BriefSummary(const ingest::Cluster& c, const std::string& scratch,
                                   const BriefingOptions& options) {
  DOSSIER_ASSIGN_OR_RETURN(Briefing b, BriefAsUser(c, scratch, options));
  std::string text;
  for (const BriefItem& item : b.summary) text += item.text + "\n";
  return text;
}

std::vector<summarize::Method> MethodsFor(const std::string& name) {
  if (name == "all") return summarize::AllMethods();
  if (name == "default") return {summarize::SummaryOptions().method};
  return {*summarize::ParseMethod(name)};
}

}  // namespace

namespace {

// One run of every method of `f` at one budget (`words` > 0, or `sentences`).
int RunBudget(const Flags& f, const std::vector<ingest::Cluster>& clusters,
              const Setting& setting, int words, bool have_references, double read_seconds) {
  StatusOr<eval::RougeOptions> rouge = eval::ParseRougeOptions(RougeArgsFor(setting, words));
  if (!rouge.ok()) {
    std::cerr << "dossier eval summarize: " << rouge.status().message() << "\n";
    return kExitRejected;
  }
  const bool brief = f.protocol == "brief";
  std::string rouge_line;
  for (const std::string& a : RougeArgsFor(setting, words)) {
    rouge_line += (rouge_line.empty() ? "" : " ") + a;
  }
  std::printf("%s: %zu clusters (split %s), setting %s (ROUGE-1.5.5 %s), %s %d, %s x100\n",
              f.dataset.c_str(), clusters.size(), f.split.c_str(), setting.name.c_str(),
              rouge_line.c_str(), f.sentences > 0 ? "sentences" : "words",
              f.sentences > 0 ? f.sentences : words, setting.recall ? "recall" : "F");
  std::printf("protocol: %s\n",
              brief ? "brief (the summary `dossier brief` prints: whole sentences, untrimmed)"
                    : "cut (sentences trimmed, the last one cut at the word budget)");
  if (!have_references) std::printf("(no reference summaries: length only)\n");
  if (f.method == "oracle") {
    Clock::time_point t = Clock::now();
    MethodResult r = RunMethod(
        clusters, [&](const ingest::Cluster& c) { return OracleSummary(c, words); }, *rouge,
        f.per_topic, f.show);
    if (have_references) PrintRow("oracle", r, *rouge, setting.recall);
    PrintDivergence(r);
    std::printf("%11s  UPPER BOUND: greedy extract chosen by ROUGE against the references; "
                "%.3f s\n", "", Seconds(t, Clock::now()));
    return kExitOk;
  }
  std::string scratch =
      (std::filesystem::temp_directory_path() / StrCat("dossier-eval-", getpid(), ".jsonl"))
          .string();
  int rc = kExitOk;
  for (summarize::Method m : MethodsFor(f.method)) {
    BriefingOptions brief_options;
    brief_options.summary.method = m;
    brief_options.summary.max_words = f.sentences > 0 ? 0 : words;
    brief_options.summary.max_sentences = f.sentences;
    summarize::SummaryOptions cut = brief_options.summary;
    cut.compress = true;
    cut.truncate_last = f.sentences == 0;
    Clock::time_point t = Clock::now();
    MethodResult r = RunMethod(
        clusters,
        [&](const ingest::Cluster& c) {
          if (!brief) return SummaryText(summarize::Summarize(c.articles, cut));
          StatusOr<std::string> text = BriefSummary(c, scratch, brief_options);
          if (text.ok()) return *text;
          std::cerr << "dossier eval summarize: " << c.id << ": " << text.status().message()
                    << "\n";
          rc = kExitRejected;
          return std::string();
        },
        *rouge, f.per_topic, f.show);
    double run_seconds = Seconds(t, Clock::now());
    if (have_references) {
      PrintRow(summarize::MethodName(m), r, *rouge, setting.recall);
    } else {
      std::printf("%-11s  median %.2f ms/cluster\n", std::string(summarize::MethodName(m)).c_str(),
                  1000 * Median(r.seconds));
    }
    PrintFill(r, f.sentences > 0 ? 0 : words);
    PrintDivergence(r);
    std::printf("%11s  reading %.3f s, %s+scoring %.3f s\n", "", read_seconds,
                brief ? "briefing (Engine: read, clean, analyze, brief)" : "summarizing",
                run_seconds);
  }
  std::error_code ignored;
  std::filesystem::remove(scratch, ignored);
  return rc;
}

}  // namespace

int RunEvalSummarize(int argc, char** argv) {
  CLI::App app{"ROUGE of the summarizer on a summarization set", "dossier eval summarize"};
  Flags f;
  app.add_option("--dataset", f.dataset,
                 "summarization set (JSONL, one cluster a line), or a clustering set (one "
                 "article a line with its `story`: budget fill only)")
      ->required();
  app.add_option("--method", f.method, "lead, centroid, lexrank, textrank, mmr, submodular, "
                                       "concept, default, all, or oracle (an upper bound "
                                       "that reads the references)");
  app.add_option("--words", f.words, "summary budgets in words, comma-separated, one run each "
                                     "(default: the setting's)")
      ->delimiter(',')
      ->check(CLI::PositiveNumber);
  app.add_option("--sentences", f.sentences, "summary length in sentences instead of words");
  app.add_option("--protocol", f.protocol,
                 "brief (score what `dossier brief` prints) or cut (trimmed sentences, the "
                 "last cut at the budget)")
      ->check(CLI::IsMember({"brief", "cut"}));
  app.add_option("--min-articles", f.min_articles,
                 "keep only clusters of at least N articles (after the split)");
  app.add_option("--max-articles", f.max_articles,
                 "keep only clusters of at most N articles (after the split)");
  app.add_option("--limit", f.limit, "evaluate only the first K clusters of the split");
  app.add_option("--split", f.split, "dev (even clusters), test (odd) or all")
      ->check(CLI::IsMember({"dev", "test", "all"}));
  app.add_option("--setting", f.setting, "auto, duc or multinews (see the rule in --help)")
      ->check(CLI::IsMember({"auto", "duc", "multinews"}));
  app.add_flag("--per-topic", f.per_topic, "print R-2 per cluster");
  app.add_flag("--show", f.show, "print each summary and the cluster's first reference");
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? kExitOk : kExitUsage;
  }
  if (f.method != "all" && f.method != "default" && f.method != "oracle" &&
      !summarize::ParseMethod(f.method).ok()) {
    std::cerr << "dossier eval summarize: " << summarize::ParseMethod(f.method).status().message()
              << "\n";
    return kExitUsage;
  }

  Clock::time_point start = Clock::now();
  StatusOr<std::vector<ingest::Cluster>> clusters = Load(f);
  if (!clusters.ok()) {
    std::cerr << "dossier eval summarize: " << clusters.status().message() << "\n";
    return kExitRejected;
  }
  bool have_references = std::any_of(clusters->begin(), clusters->end(),
                                     [](const ingest::Cluster& c) { return !c.summaries.empty(); });
  // The cut protocol and the oracle work on prepared articles, with the same
  // preparation as `dossier brief`: boilerplate removal (scraped sets such as Multi-News
  // carry page furniture), then sentence and token analysis. The brief protocol hands the
  // raw articles to the Engine, which does this itself.
  if (f.protocol == "cut" || f.method == "oracle") {
    engine::LoadOptions load;
    for (ingest::Cluster& c : *clusters) engine::PrepareArticles(&c.articles, load);
  }
  double read_seconds = Seconds(start, Clock::now());
  Setting setting = ChooseSetting(*clusters, f.setting);
  std::vector<int> budgets = f.words;
  if (budgets.empty()) budgets.push_back(setting.words);
  if (f.sentences > 0) budgets = {0};
  int rc = kExitOk;
  for (size_t i = 0; i < budgets.size(); ++i) {
    if (i > 0) std::printf("\n");
    rc = std::max(rc, RunBudget(f, *clusters, setting, budgets[i], have_references,
                                read_seconds));
  }
  return rc;
}

}  // namespace dossier::cli
