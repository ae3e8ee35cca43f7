// `dossier eval attribution`: how well "says the same thing" is decided, the relation
// behind every citation, every single-source statement and every merged timeline entry.
//
// Two modes over a summarization set (JSONL, one story a line):
//   --sample N --out PREFIX  draws N candidate pairs (a sentence, and the most similar
//       sentence of another article of the same story by cosine or by coverage), spread
//       evenly over similarity bands with a fixed seed, and writes PREFIX.tsv (locators:
//       story, article, byte spans) and PREFIX.txt (the two sentences only, shuffled, no
//       scores: what a person labels, blind to every measure).
//   --labels FILE.tsv  reads labelled locators (a last column of 1 = the second sentence
//       states the first one's main fact, 0 = it does not), recomputes every measure and
//       prints precision, recall and F1 per threshold; the threshold is chosen on the
//       even pair ids (dev) and reported on the odd ones (test). --dataset/--labels repeat
//       for several sets; the last lines give the measure and threshold with the best
//       mean dev F1 over the sets (the rule that chose the engine's) and the engine
//       default's F1 on each set. --errors prints the pairs the default gets wrong.
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <random>
#include <set>
#include <sstream>

#include "src/base/file.h"
#include "src/base/strings.h"
#include "src/engine/pipeline.h"
#include "src/facts/facts.h"
#include "src/ingest/ingest.h"
#include "src/statements/statement_index.h"
#include "tools/dossier/commands.h"
#include "tools/dossier/eval/eval_commands.h"
#include "tools/dossier/eval/ingest_report.h"
#include "tools/dossier/flags.h"

namespace dossier::cli {

namespace {

namespace si = statements;

struct Story {
  ingest::Cluster cluster;
  si::Cluster units;
};

// Every story of the set, analyzed as `dossier brief` analyzes articles; bad lines are
// reported on stderr and skipped.
std::vector<Story> LoadStories(const std::string& path, const std::string& data) {
  std::vector<ingest::Cluster> clusters;
  ingest::IngestReport report;
  ingest::ReadClusters(path, data, &clusters, &report);
  ReportRejected(report);
  std::vector<Story> out;
  for (ingest::Cluster& c : clusters) {
    engine::PrepareArticles(&c.articles, {});
    Story s{std::move(c), {}};
    s.units = si::BuildCluster(s.cluster.articles, SummaryOptions{});
    out.push_back(std::move(s));
  }
  return out;
}

struct Pair {
  size_t story, u, v;  // unit indices into stories[story].units
  si::PairScores scores;
  int label = -1;
  int id = 0;
  double weight = 1;  // candidates of its band per labelled pair of its band
  double support = 0;  // the engine's measure (StatementIndex::Support), filled on reading
  int shared_content = 0;  // si::SharedContentStems of the two units
  bool places_in_article = true;
  bool quote_carried = true;  // si::QuoteCarried: b carries a's direct quotation
  bool persons_in_article = true;  // PersonsInArticle
  bool figures_carried = true;  // b states one of a's figures, when a states any
};

// Whether article `b` names, somewhere, every place unit `u` of article `a` names (facts
// mentions of type place, demonyms aside), as the briefing's citations ask.
bool PlacesInArticle(const Article& a, const si::Unit& u, const Article& b) {
  std::set<std::string> places;
  for (const Sentence& s : b.sentences) {
    for (const facts::Mention& m : facts::ExtractMentions(b.Slice(s.span), s.span)) {
      if (m.type == facts::EntityType::kPlace) places.insert(m.name);
    }
  }
  for (const facts::Mention& m : facts::ExtractMentions(a.Slice(u.span), u.span)) {
    if (m.type == facts::EntityType::kPlace && !m.demonym && !places.contains(m.name)) return false;
  }
  return true;
}

// Whether article `b` writes, somewhere, the surname of every person unit `u` of article
// `a` names (facts mentions of type person, not tentative): measure "cite+per".
bool PersonsInArticle(const Article& a, const si::Unit& u, const Article& b) {
  for (const facts::Mention& m : facts::ExtractMentions(a.Slice(u.span), u.span)) {
    if (m.type != facts::EntityType::kPerson || m.tentative) continue;
    if (!HasWholeWord(b.text, m.name.substr(m.name.rfind(' ') + 1))) return false;
  }
  return true;
}

// The candidates of unit u against article b: the best unit by cosine and by coverage.
void AddCandidates(const Story& s, size_t story, size_t u, size_t b, std::vector<Pair>* out) {
  const si::Unit& a = s.units.units[u];
  int best_cos = -1, best_cover = -1;
  si::PairScores sc_cos, sc_cover;
  for (size_t v = 0; v < s.units.units.size(); ++v) {
    if (s.units.units[v].article != b) continue;
    si::PairScores p = si::ScorePair(s.units, a, s.units.units[v]);
    if (best_cos < 0 || p.cosine > sc_cos.cosine) best_cos = static_cast<int>(v), sc_cos = p;
    if (best_cover < 0 || p.cover > sc_cover.cover) best_cover = static_cast<int>(v), sc_cover = p;
  }
  if (best_cos >= 0) out->push_back({story, u, static_cast<size_t>(best_cos), sc_cos});
  if (best_cover >= 0 && best_cover != best_cos) {
    out->push_back({story, u, static_cast<size_t>(best_cover), sc_cover});
  }
}

std::vector<Pair> Candidates(const std::vector<Story>& stories) {
  std::vector<Pair> out;
  for (size_t st = 0; st < stories.size(); ++st) {
    const Story& s = stories[st];
    for (size_t u = 0; u < s.units.units.size(); ++u) {
      const si::Unit& a = s.units.units[u];
      if (!a.eligible || a.words < 8) continue;
      for (size_t b = 0; b < s.cluster.articles.size(); ++b) {
        if (b != a.article) AddCandidates(s, st, u, b, &out);
      }
    }
  }
  return out;
}

// Uniform index in [0, n) from the raw Mersenne Twister output, which the standard
// fixes (std::uniform_int_distribution does not), so samples match across platforms.
size_t Draw(std::mt19937* rng, size_t n) { return (*rng)() % n; }

constexpr double kEdges[] = {0.25, 0.35, 0.45, 0.55, 0.65, 0.8, 1.01};
constexpr size_t kBands = std::size(kEdges) - 1;

// The similarity band a pair was sampled from, or -1 below the lowest edge.
int BandOf(const si::PairScores& s) {
  double key = std::max(s.cosine, s.cover);
  for (size_t i = 0; i < kBands; ++i) {
    if (key >= kEdges[i] && key < kEdges[i + 1]) return static_cast<int>(i);
  }
  return -1;
}

std::vector<Pair> Sample(const std::vector<Pair>& all, size_t n) {
  const size_t bands = kBands;
  std::vector<std::vector<Pair>> by_band(bands);
  for (const Pair& p : all) {
    if (int b = BandOf(p.scores); b >= 0) by_band[b].push_back(p);
  }
  std::mt19937 rng(20261124);
  std::vector<Pair> out;
  for (auto& band : by_band) {
    for (size_t k = 0; k < n / bands && !band.empty(); ++k) {
      size_t i = Draw(&rng, band.size());
      out.push_back(band[i]);
      band[i] = band.back();
      band.pop_back();
    }
  }
  for (size_t i = out.size(); i > 1; --i) std::swap(out[i - 1], out[Draw(&rng, i)]);
  for (size_t i = 0; i < out.size(); ++i) out[i].id = static_cast<int>(i);
  return out;
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  std::replace(out.begin(), out.end(), '\n', ' ');
  std::replace(out.begin(), out.end(), '\t', ' ');
  return out;
}

// A unit's sentence on one line (tabs and newlines as spaces).
std::string UnitText(const Story& s, size_t unit) {
  const si::Unit& u = s.units.units[unit];
  return OneLine(s.cluster.articles[u.article].Slice(u.span));
}

int WriteSample(const std::vector<Story>& stories, const std::vector<Pair>& pairs,
                const std::string& prefix) {
  std::ofstream tsv(prefix + ".tsv"), txt(prefix + ".txt");
  if (!tsv || !txt) {
    std::cerr << "dossier eval attribution: cannot write " << prefix << ".tsv/.txt\n";
    return kExitRejected;
  }
  tsv << "# pair\tstory\tarticle_a\tbegin_a\tend_a\tarticle_b\tbegin_b\tend_b\tlabel\n";
  for (const Pair& p : pairs) {
    const Story& s = stories[p.story];
    const si::Unit& a = s.units.units[p.u];
    const si::Unit& b = s.units.units[p.v];
    tsv << p.id << "\t" << s.cluster.id << "\t" << a.article << "\t" << a.span.begin << "\t"
        << a.span.end << "\t" << b.article << "\t" << b.span.begin << "\t" << b.span.end
        << "\t?\n";
    txt << "## " << p.id << "\nA: " << UnitText(s, p.u) << "\nB: " << UnitText(s, p.v) << "\n\n";
  }
  std::cout << "wrote " << pairs.size() << " pairs to " << prefix << ".tsv and .txt\n";
  return kExitOk;
}

// The unit of `article` whose span contains byte `begin` (sentence splits may have moved
// a little since labelling), or -1.
int UnitAt(const Story& s, size_t article, size_t begin) {
  for (size_t i = 0; i < s.units.units.size(); ++i) {
    const si::Unit& u = s.units.units[i];
    if (u.article == article && u.span.begin <= begin && begin < u.span.end) {
      return static_cast<int>(i);
    }
  }
  return -1;
}

std::vector<Pair> ReadLabels(const std::vector<Story>& stories, const std::string& data,
                             const std::string& path, int* unresolved) {
  std::map<std::string, size_t> by_id;
  for (size_t i = 0; i < stories.size(); ++i) by_id[stories[i].cluster.id] = i;
  std::vector<std::unique_ptr<si::StatementIndex>> index(stories.size());  // built on use
  std::vector<Pair> out;
  std::istringstream in(data);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || line[0] == '#') continue;
    std::istringstream f(line);
    Pair p;
    std::string story, label;
    size_t aa, ab, ae, ba, bb, be;
    if (!(f >> p.id >> story >> aa >> ab >> ae >> ba >> bb >> be >> label) ||
        (label != "0" && label != "1")) {
      std::cerr << path << ":" << n << ": expected 9 tab-separated fields ending in 0 or 1\n";
      continue;
    }
    auto it = by_id.find(story);
    int u = it == by_id.end() ? -1 : UnitAt(stories[it->second], aa, ab);
    int v = it == by_id.end() ? -1 : UnitAt(stories[it->second], ba, bb);
    if (u < 0 || v < 0) {
      ++*unresolved;
      continue;
    }
    p.story = it->second, p.u = static_cast<size_t>(u), p.v = static_cast<size_t>(v);
    const si::Cluster& c = stories[p.story].units;
    p.scores = si::ScorePair(c, c.units[p.u], c.units[p.v]);
    const auto& arts = stories[p.story].cluster.articles;
    p.scores.numbers_clash =
        si::NumbersClash(si::NumbersOf(arts[aa], c.units[p.u]), si::NumbersOf(arts[ba], c.units[p.v]));
    p.scores.names_clash =
        si::NamesClash(si::NamesOf(arts[aa], c.units[p.u]), si::NamesOf(arts[ba], c.units[p.v]));
    p.shared_content = si::SharedContentStems(arts[aa], c.units[p.u], arts[ba], c.units[p.v]);
    p.places_in_article = PlacesInArticle(arts[aa], c.units[p.u], arts[ba]);
    p.quote_carried = si::QuoteCarried(arts[aa], c.units[p.u], arts[ba], c.units[p.v]);
    p.persons_in_article = PersonsInArticle(arts[aa], c.units[p.u], arts[ba]);
    {
      const std::vector<std::string> x = si::NumbersOf(arts[aa], c.units[p.u]);
      const std::vector<std::string> y = si::NumbersOf(arts[ba], c.units[p.v]);
      p.figures_carried = x.empty() || std::any_of(x.begin(), x.end(), [&](const std::string& figure) {
        return std::find(y.begin(), y.end(), figure) != y.end();
      });
    }
    p.label = label == "1";
    if (!index[p.story]) index[p.story] = std::make_unique<si::StatementIndex>(c, arts);
    p.support = index[p.story]->Support(p.u, p.v);
    out.push_back(p);
  }
  return out;
}

struct Prf {
  double p = 0, r = 0, f = 0;
};

Prf Score(const std::vector<Pair>& pairs, double (*measure)(const Pair&),
          double threshold, int parity) {
  double tp = 0, fp = 0, fn = 0;
  for (const Pair& p : pairs) {
    if (parity >= 0 && p.id % 2 != parity) continue;
    bool yes = measure(p) >= threshold;
    tp += (yes && p.label == 1) ? p.weight : 0;
    fp += (yes && p.label == 0) ? p.weight : 0;
    fn += (!yes && p.label == 1) ? p.weight : 0;
  }
  Prf s;
  s.p = tp + fp > 0 ? tp / (tp + fp) : 0;
  s.r = tp + fn > 0 ? tp / (tp + fn) : 0;
  s.f = s.p + s.r > 0 ? 2 * s.p * s.r / (s.p + s.r) : 0;
  return s;
}

struct Measure {
  const char* name;
  double (*get)(const Pair&);
};

// Candidate measures; "support" is the relation the engine uses (StatementIndex::Support)
// for "only in one source" and timeline merges, "cite" the one its citations use.
constexpr Measure kMeasures[] = {
    {"cosine", [](const Pair& p) { return p.scores.cosine; }},
    {"overlap", [](const Pair& p) { return p.scores.overlap; }},
    {"dice", [](const Pair& p) { return p.scores.dice; }},
    {"cover", [](const Pair& p) { return p.scores.cover; }},
    {"cos+num", [](const Pair& p) { return p.scores.numbers_clash ? 0 : p.scores.cosine; }},
    {"ovl+num", [](const Pair& p) { return p.scores.numbers_clash ? 0 : p.scores.overlap; }},
    {"mean+num", [](const Pair& p) {
       const si::PairScores& s = p.scores;
       return s.numbers_clash ? 0 : (s.cosine + s.dice + s.overlap) / 3; }},
    {"dc-max", [](const Pair& p) {
       const si::PairScores& s = p.scores;
       return s.numbers_clash ? 0 : std::max(s.dice, 0.8 * s.cover); }},
    {"dc-mean", [](const Pair& p) {
       const si::PairScores& s = p.scores;
       return s.numbers_clash ? 0 : (s.dice + s.cover) / 2; }},
    {"support", [](const Pair& p) { return p.support; }},
    {"sup+name", [](const Pair& p) { return p.scores.names_clash ? 0 : p.support; }},
    // Support and two content stems shared beside the names ...
    {"sup+content", [](const Pair& p) {
       return p.shared_content >= si::kMinCitationContentStems ? p.support : 0; }},
    // ... and every place the statement names named by the citing article: what a
    // citation uses (briefing Context::Cites; its person veto changes no labelled pair).
    {"cite", [](const Pair& p) {
       return p.shared_content >= si::kMinCitationContentStems && p.places_in_article &&
                      p.quote_carried
                  ? p.support
                  : 0; }},
    {"cite+per", [](const Pair& p) {
       return p.shared_content >= si::kMinCitationContentStems && p.places_in_article &&
                      p.quote_carried && p.persons_in_article
                  ? p.support
                  : 0; }},
    {"cite+fig", [](const Pair& p) {
       return p.shared_content >= si::kMinCitationContentStems && p.places_in_article &&
                      p.quote_carried && p.figures_carried
                  ? p.support
                  : 0; }},
    // The same without the quotation test (the measure before stop 24).
    {"cite-q", [](const Pair& p) {
       return p.shared_content >= si::kMinCitationContentStems && p.places_in_article ? p.support : 0; }},
};

// The measure the engine's citations use.
const Measure& EngineMeasure() {
  return *std::find_if(std::begin(kMeasures), std::end(kMeasures),
                       [](const Measure& m) { return std::string_view(m.name) == "cite"; });
}

// Weights each labelled pair by how many candidates its band holds per labelled pair, so
// precision and recall are those of the natural distribution of candidates, not of the
// even sample over bands.
void WeighByBand(const std::vector<Pair>& candidates, std::vector<Pair>* pairs) {
  std::vector<double> population(kBands, 0), labelled(kBands, 0);
  for (const Pair& p : candidates) {
    if (int b = BandOf(p.scores); b >= 0) ++population[b];
  }
  for (const Pair& p : *pairs) {
    if (int b = BandOf(p.scores); b >= 0) ++labelled[b];
  }
  for (Pair& p : *pairs) {
    int b = BandOf(p.scores);
    p.weight = b >= 0 && labelled[b] > 0 ? population[b] / labelled[b] : 0;
  }
}

// F1 on dev | test at fixed thresholds, to choose one threshold for several sets.
void Sweep(const std::vector<Pair>& pairs) {
  for (const Measure& m : kMeasures) {
    std::printf("%-8s", m.name);
    for (int i = 25; i <= 60; i += 5) {
      std::printf(" %.2f:%.3f|%.3f", i / 100.0, Score(pairs, m.get, i / 100.0, 0).f,
                  Score(pairs, m.get, i / 100.0, 1).f);
    }
    std::printf("\n");
  }
  // The engine's measure, precision and recall over all pairs: citing wants precision,
  // "only in one source" wants recall (a same-statement pair it misses is a false
  // "only here").
  for (const Measure& m : kMeasures) {
    const std::string_view name(m.name);
    if (name != "support" && name != "sup+name" && name != "sup+content" && name != "cite" &&
        name != "cite-q" && name != "cite+per" && name != "cite+fig") {
      continue;
    }
    std::printf("%s P/R (all)", m.name);
    for (int i = 20; i <= 60; i += 5) {
      Prf all = Score(pairs, m.get, i / 100.0, -1);
      std::printf(" %.3f:%.3f/%.3f", i / 100.0, all.p, all.r);
    }
    std::printf(" %.3f:%.3f/%.3f\n", 0.245, Score(pairs, m.get, 0.245, -1).p,
                Score(pairs, m.get, 0.245, -1).r);
  }
}

void Report(const std::vector<Pair>& pairs) {
  int positives = 0;
  for (const Pair& p : pairs) positives += p.label;
  std::printf("pairs %zu (same statement: %d)\n", pairs.size(), positives);
  std::printf("measure  threshold (best F1 on dev) | P R F1 on dev, test, all\n");
  for (const Measure& m : kMeasures) {
    double best_t = 0;
    Prf best;
    for (int i = 20; i <= 90; ++i) {
      Prf s = Score(pairs, m.get, i / 100.0, 0);
      if (s.f > best.f) best = s, best_t = i / 100.0;
    }
    Prf test = Score(pairs, m.get, best_t, 1);
    Prf all = Score(pairs, m.get, best_t, -1);
    std::printf("%-8s  %.2f | dev %.3f %.3f %.3f | test %.3f %.3f %.3f | all %.3f %.3f %.3f\n",
                m.name, best_t, best.p, best.r, best.f, test.p, test.r, test.f, all.p, all.r,
                all.f);
  }
}

// One labelled set: its name and its pairs, scored and weighted.
struct LabelledSet {
  std::string name;
  std::vector<Pair> pairs;
};

// The rule that chose the engine's measure: over every measure and the thresholds 0.20,
// 0.25, ..., 0.60, the best mean dev F1 across the sets; printed with each set's dev and
// test F1, and the engine's default beside it.
void ChooseByRule(const std::vector<LabelledSet>& sets) {
  auto mean_dev = [&](const Measure& m, double t) {
    double sum = 0;
    for (const LabelledSet& s : sets) sum += Score(s.pairs, m.get, t, 0).f;
    return sum / static_cast<double>(sets.size());
  };
  const Measure* best = &kMeasures[0];
  double best_t = 0.2, best_f = -1;
  for (const Measure& m : kMeasures) {
    for (int i = 20; i <= 60; i += 5) {
      double f = mean_dev(m, i / 100.0);
      if (f > best_f + 1e-12) best = &m, best_t = i / 100.0, best_f = f;
    }
  }
  std::printf("chosen by the rule (best mean dev F1 over the sets): %s at %.2f, %.3f\n",
              best->name, best_t, best_f);
  // The engine's citations at its default threshold, one line per set, all-pairs F1 last.
  const Measure& engine = EngineMeasure();
  const double t = SummaryOptions{}.support_threshold;
  for (const LabelledSet& s : sets) {
    std::printf("engine default (%s at %.2f) on %s: F1 dev %.3f test %.3f all %.3f\n",
                engine.name, t, s.name.c_str(), Score(s.pairs, engine.get, t, 0).f,
                Score(s.pairs, engine.get, t, 1).f, Score(s.pairs, engine.get, t, -1).f);
  }
}

struct ReportOptions {
  bool sweep = false;   // F1 at fixed thresholds
  bool errors = false;  // every pair the engine default gets wrong, with both sentences
  bool scores = false;  // every pair: id, label, support, weight and both sentences (TSV)
};

// The pairs the engine's default decides against their label: "missed" (labelled the
// same statement, scored below the threshold) and "spurious" (the reverse).
void PrintErrors(const std::vector<Story>& stories, const std::vector<Pair>& pairs) {
  const double t = SummaryOptions{}.support_threshold;
  for (const Pair& p : pairs) {
    const bool cited = EngineMeasure().get(p) >= t;
    if (cited == (p.label == 1)) continue;
    const Story& s = stories[p.story];
    std::printf("%s\t%d\t%.3f\n  A: %s\n  B: %s\n", p.label == 1 ? "missed" : "spurious", p.id,
                p.support, UnitText(s, p.u).c_str(), UnitText(s, p.v).c_str());
  }
}

// Every labelled pair as one TSV line, for studying a new measure outside the binary:
// "pair", id, label, the engine's support, the pair's weight, sentence A, sentence B.
void PrintScores(const std::vector<Story>& stories, const std::vector<Pair>& pairs) {
  for (const Pair& p : pairs) {
    const Story& s = stories[p.story];
    std::printf("pair\t%d\t%d\t%.4f\t%.4f\t%s\t%s\n", p.id, p.label, p.support, p.weight,
                UnitText(s, p.u).c_str(), UnitText(s, p.v).c_str());
  }
}

// Reads and scores one labelled set; false (with a message) when a file is unreadable.
bool ScoreSet(const std::string& dataset, const std::string& labels, const ReportOptions& o,
              std::vector<LabelledSet>* sets) {
  StatusOr<std::string> data = ReadFileToString(dataset);
  StatusOr<std::string> tsv = ReadFileToString(labels);
  for (const Status& st : {data.status(), tsv.status()}) {
    if (!st.ok()) {
      std::cerr << "dossier eval attribution: " << st.message() << "\n";
      return false;
    }
  }
  std::vector<Story> stories = LoadStories(dataset, *data);
  int unresolved = 0;
  std::vector<Pair> pairs = ReadLabels(stories, *tsv, labels, &unresolved);
  std::printf("== %s\n", labels.c_str());
  if (unresolved > 0) std::printf("unresolved locators: %d\n", unresolved);
  WeighByBand(Candidates(stories), &pairs);
  Report(pairs);
  if (o.sweep) Sweep(pairs);
  if (o.errors) PrintErrors(stories, pairs);
  if (o.scores) PrintScores(stories, pairs);
  sets->push_back({std::filesystem::path(labels).stem().string(), std::move(pairs)});
  return true;
}

}  // namespace

int RunEvalAttribution(int argc, char** argv) {
  CLI::App app{"How well 'says the same thing' is decided, on labelled sentence pairs",
               "dossier eval attribution"};
  std::vector<std::string> datasets, labels;
  std::string out;
  size_t sample = 0;
  ReportOptions report;
  app.add_option("--dataset", datasets, "summarization set (JSONL, one story a line); "
                 "repeat with --labels to score several sets")->required();
  app.add_option("--sample", sample, "draw this many candidate pairs to label (one --dataset)");
  app.add_option("--out", out, "prefix of the files --sample writes");
  app.add_option("--labels", labels, "labelled pairs (TSV) of the --dataset in the same place");
  app.add_flag("--sweep", report.sweep, "also print F1 on dev|test at thresholds 0.25 to 0.60, and the engine measure's P/R");
  app.add_flag("--errors", report.errors, "also print every pair the engine default gets wrong");
  app.add_flag("--scores", report.scores, "also print every pair as a TSV line (pair, id, label, "
               "support, weight, sentence A, sentence B)");
  if (int code = ParseOrExit(&app, argc, argv); code >= 0) return code;
  const bool valid = sample > 0 ? !out.empty() && labels.empty() && datasets.size() == 1
                                : labels.size() == datasets.size();
  if (!valid) {
    std::cerr << "dossier eval attribution: give --dataset D --labels L (repeatable), or "
                 "one --dataset with --sample N --out PREFIX\n";
    return kExitUsage;
  }
  if (sample > 0) {
    StatusOr<std::string> data = ReadFileToString(datasets[0]);
    if (!data.ok()) {
      std::cerr << "dossier eval attribution: " << data.status().message() << "\n";
      return kExitRejected;
    }
    std::vector<Story> stories = LoadStories(datasets[0], *data);
    return WriteSample(stories, Sample(Candidates(stories), sample), out);
  }
  std::vector<LabelledSet> sets;
  for (size_t i = 0; i < datasets.size(); ++i) {
    if (!ScoreSet(datasets[i], labels[i], report, &sets)) return kExitRejected;
  }
  ChooseByRule(sets);
  return kExitOk;
}

}  // namespace dossier::cli
