// `dossier eval summarize --dataset FILE.jsonl`: ROUGE of the summarizer on a
// summarization set, in the set's standard setting, with 95% bootstrap intervals.
//
// Setting rule (overridable with --setting): a set whose clusters have two or more
// reference summaries each is a DUC-style set, scored as DUC 2004 (recall, 100 words,
// ROUGE-1.5.5 -n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -2 4 -u -a, the last
// sentence cut at the limit); a set with one reference per cluster is scored as
// Multi-News (F, 260-word summaries, -c 95 -2 4 -U -r 1000 -n 2 -m -a, no length limit).
//
// Evaluation protocol, for every method: "an N-word summary" has N words. The summary
// fills the budget exactly, its last sentence cut at the N-th word
// (SummaryOptions::truncate_last), as DUC's -l convention does; in Multi-News, where
// ROUGE applies no limit, this is our choice, not the set's rule (summaries of whole
// sentences stay under N and lose recall). --whole-sentences scores whole sentences
// instead (what `dossier brief` shows); the header line names the protocol used, so
// figures of the two protocols are never mixed up.
//
// --split dev takes the even-indexed clusters (0, 2, ...), test the odd ones: tune on
// dev only and report both.
//
// --method oracle is not a summarizer but an upper bound: a greedy extract chosen by its
// ROUGE-1 + ROUGE-2 matches against the references themselves (OracleSummary below),
// under the same word budget, its last sentence always cut at the budget.
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/engine/pipeline.h"
#include "src/eval/rouge.h"
#include "src/eval/rouge_bootstrap.h"
#include "src/eval/rouge_options.h"
#include "src/eval/rouge_text.h"
#include "src/ingest/ingest.h"
#include "src/summarize/quality.h"
#include "src/summarize/summarize.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"

namespace dossier::cli {
namespace {

using Clock = std::chrono::steady_clock;

struct Setting {
  std::string name;
  std::string rouge;  // ROUGE-1.5.5 options
  int words;          // summary length
  bool truncate;      // cut the last sentence at `words` (for -l)
  bool recall;        // report recall (else F)
};

const Setting kDuc{"duc", "-n 2 -m -l 100 -c 95 -r 1000 -f A -p 0.5 -t 0 -2 4 -u -a", 100,
                   true, true};
const Setting kMultiNews{"multinews", "-c 95 -2 4 -U -r 1000 -n 2 -m -a", 260, true, false};

struct Flags {
  std::string dataset, method = "default", split = "all", setting = "auto";
  int words = 0, sentences = 0, limit = 0;
  bool per_topic = false;
  bool show = false;             // print each summary and its first reference
  bool whole_sentences = false;  // do not cut the last sentence at the budget
  bool no_compress = false;      // SummaryOptions::compress = false (as `dossier brief`)
};

double Seconds(Clock::time_point a, Clock::time_point b) {
  return std::chrono::duration<double>(b - a).count();
}

double Median(std::vector<double> v) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
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
    r.words.push_back(summarize::internal::CountWords(text));
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
      if (summarize::internal::CountWords(text) < 5) continue;
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
      double value = static_cast<double>(hits) / summarize::internal::CountWords(texts[k]);
      if (value > best_value) best_value = value, best = k;
    }
    if (best == SIZE_MAX) break;
    used[best] = true;
    for (const auto& [g, n] : grams[best].uni) have.uni[g] += n;
    for (const auto& [g, n] : grams[best].bi) have.bi[g] += n;
    int words = summarize::internal::CountWords(texts[best]);
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

StatusOr<std::vector<ingest::Cluster>> Load(const Flags& f) {
  DOSSIER_ASSIGN_OR_RETURN(std::string data, ReadFileToString(f.dataset));
  std::vector<ingest::Cluster> clusters;
  ingest::IngestReport report;
  ingest::ReadClusters(f.dataset, data, &clusters, &report);
  for (const auto& e : report.rejected) std::cerr << "dossier: " << e.status.message() << "\n";
  if (clusters.empty()) return Status::InvalidArgument(StrCat(f.dataset, ": no clusters"));
  return TakeSplit(std::move(clusters), f);
}

std::vector<summarize::Method> MethodsFor(const std::string& name) {
  if (name == "all") return summarize::AllMethods();
  if (name == "default") return {summarize::SummaryOptions().method};
  return {*summarize::ParseMethod(name)};
}

}  // namespace

int RunEvalSummarize(int argc, char** argv) {
  CLI::App app{"ROUGE of the summarizer on a summarization set", "dossier eval summarize"};
  Flags f;
  app.add_option("--dataset", f.dataset, "summarization set (JSONL, one cluster a line)")
      ->required();
  app.add_option("--method", f.method, "lead, centroid, lexrank, textrank, mmr, submodular, "
                                       "concept, default, all, or oracle (an upper bound "
                                       "that reads the references)");
  app.add_option("--words", f.words, "summary length in words (default: the setting's)");
  app.add_option("--sentences", f.sentences, "summary length in sentences instead of words");
  app.add_option("--limit", f.limit, "evaluate only the first K clusters of the split");
  app.add_option("--split", f.split, "dev (even clusters), test (odd) or all")
      ->check(CLI::IsMember({"dev", "test", "all"}));
  app.add_option("--setting", f.setting, "auto, duc or multinews (see the rule in --help)")
      ->check(CLI::IsMember({"auto", "duc", "multinews"}));
  app.add_flag("--per-topic", f.per_topic, "print R-2 per cluster");
  app.add_flag("--show", f.show, "print each summary and the cluster's first reference");
  app.add_flag("--whole-sentences", f.whole_sentences,
               "keep whole sentences under the budget instead of filling it exactly");
  app.add_flag("--no-compress", f.no_compress,
               "do not trim sentences (the reader-facing setting of `dossier brief`)");
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
  // The same preparation as `dossier brief`: boilerplate removal (scraped sets such as
  // Multi-News carry page furniture), then sentence and token analysis.
  engine::LoadOptions load;
  std::vector<double> prepare_seconds;
  for (ingest::Cluster& c : *clusters) {
    Clock::time_point t = Clock::now();
    engine::PrepareArticles(&c.articles, load);
    prepare_seconds.push_back(Seconds(t, Clock::now()));
  }
  double read_seconds = Seconds(start, Clock::now());

  Setting setting = ChooseSetting(*clusters, f.setting);
  StatusOr<eval::RougeOptions> rouge = eval::ParseRougeOptions(
      [&] {
        std::vector<std::string> args;
        for (std::string_view a : Split(setting.rouge, ' ')) args.emplace_back(a);
        return args;
      }());
  if (!rouge.ok()) {
    std::cerr << "dossier eval summarize: " << rouge.status().message() << "\n";
    return kExitRejected;
  }
  summarize::SummaryOptions options;
  options.max_words = f.sentences > 0 ? 0 : (f.words > 0 ? f.words : setting.words);
  options.max_sentences = f.sentences;
  options.truncate_last = setting.truncate && !f.whole_sentences;
  options.compress = !f.no_compress;
  std::printf("%s: %zu clusters (split %s), setting %s (ROUGE-1.5.5 %s), %s %d, %s x100\n",
              f.dataset.c_str(), clusters->size(), f.split.c_str(), setting.name.c_str(),
              setting.rouge.c_str(), f.sentences > 0 ? "sentences" : "words",
              f.sentences > 0 ? f.sentences : options.max_words,
              setting.recall ? "recall" : "F");
  std::printf("protocol: %s, %s\n",
              options.truncate_last ? "budget filled (last sentence cut at the word budget)"
                                    : "whole sentences (summary may fall short of the budget)",
              options.compress ? "sentences trimmed (compress)" : "sentences untrimmed");
  if (f.method == "oracle") {
    Clock::time_point t = Clock::now();
    int budget = options.max_words;
    MethodResult r = RunMethod(
        *clusters, [&](const ingest::Cluster& c) { return OracleSummary(c, budget); }, *rouge,
        f.per_topic, f.show);
    PrintRow("oracle", r, *rouge, setting.recall);
    std::printf("%11s  UPPER BOUND: greedy extract chosen by ROUGE against the references; "
                "%.3f s\n", "", Seconds(t, Clock::now()));
    return kExitOk;
  }
  for (summarize::Method m : MethodsFor(f.method)) {
    options.method = m;
    Clock::time_point t = Clock::now();
    MethodResult r = RunMethod(
        *clusters,
        [&](const ingest::Cluster& c) {
          return SummaryText(summarize::Summarize(c.articles, options));
        },
        *rouge, f.per_topic, f.show);
    double run_seconds = Seconds(t, Clock::now());
    PrintRow(summarize::MethodName(m), r, *rouge, setting.recall);
    std::printf("%11s  reading+analysis %.3f s (median %.2f ms/cluster), summarizing+scoring "
                "%.3f s\n", "", read_seconds, 1000 * Median(prepare_seconds), run_seconds);
  }
  return kExitOk;
}

}  // namespace dossier::cli
