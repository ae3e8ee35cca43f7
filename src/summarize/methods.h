// methods.h: the selection algorithms behind Summarize() (internal).
//
// Each method returns the indices of the chosen units (into Cluster::units) and a score
// per unit; Summarize() orders, cuts and attributes them. Ranking methods (lead,
// centroid, LexRank, TextRank) score units and share one greedy selector with a
// redundancy check; MMR, submodular and concept methods select directly.
#ifndef DOSSIER_SRC_SUMMARIZE_METHODS_H_
#define DOSSIER_SRC_SUMMARIZE_METHODS_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <unordered_map>
#include <vector>

#include "src/statements/statement_index.h"
#include "src/statements/features.h"
#include "src/summarize/summarize.h"

namespace dossier::summarize::internal {

// The story's units and "says the same thing" (src/statements/), as the methods name them.
using statements::BuildCluster;
using statements::Centroid;
using statements::Cluster;
using statements::Dot;
using statements::FindSupport;
using statements::Normalize;
using statements::SparseVector;
using statements::StatementIndex;
using statements::Unit;

struct Budget {
  int words = 0;      // 0 = unlimited
  int sentences = 0;  // 0 = unlimited
  int bytes = 0;      // 0 = unlimited
  // The last sentence may overflow `words`: it will be cut at the budget.
  bool overflow_last = false;
};

// Tracks what has been spent of a Budget.
class BudgetTracker {
 public:
  explicit BudgetTracker(const Budget& budget) : budget_(budget) {}
  // True when `u` can be added without breaking the budget.
  bool Fits(const Unit& u) const;
  void Add(const Unit& u);
  // True when nothing more can be added.
  bool Full() const;

 private:
  Budget budget_;
  int words_ = 0;
  int sentences_ = 0;
  int bytes_ = 0;
};

struct Selection {
  std::vector<size_t> units;   // chosen units, in the order chosen
  std::vector<double> scores;  // per unit of the cluster
};

// Units the methods may choose from: the eligible ones, or, when they hold fewer than
// `min_words` words (short or noisy clusters), every standalone one (eligible but for
// the length limits) of at least 5 words, or of any length if there is none.
std::vector<size_t> Candidates(const Cluster& c, int min_words);

// Walks `candidates` by descending score (ties: lower unit index first) and keeps each
// unit that fits and is not more similar than `redundancy` to one already kept.
std::vector<size_t> GreedyByScore(const Cluster& c, const std::vector<size_t>& candidates,
                                  const std::vector<double>& scores, const Budget& budget,
                                  double redundancy);

std::vector<double> LeadScores(const Cluster& c);
std::vector<double> CentroidScores(const Cluster& c);
std::vector<double> LexRankScores(const Cluster& c);
std::vector<double> TextRankScores(const Cluster& c);

Selection SelectMmr(const Cluster& c, const std::vector<size_t>& candidates,
                    const Budget& budget, double redundancy);
Selection SelectSubmodular(const Cluster& c, const std::vector<size_t>& candidates,
                           const Budget& budget, double redundancy);
// Article -> the article whose copy it is (Cluster::copy_of), or itself. Used to count
// syndicated copies once.
std::vector<size_t> NearCopyGroups(const Cluster& c);

// The concepts of a story that reach a document-frequency floor, and their weights.
// They depend on the story's units only, not on which are candidates, so repeated
// selections over one story (SelectIntroduced's rounds) share them: building them sorts
// every bigram mention of the story, a fifth of a 5,000-article briefing.
struct ConceptTable {
  std::unordered_map<uint64_t, int> index;  // bigram -> concept
  std::vector<double> weight;               // per concept
  // Per unit of the cluster, its concepts (filled on first use by ConceptTables, so a
  // round looks up no bigram another round looked up).
  std::vector<std::vector<int>> unit_concepts;
};

// ConceptTables by floor, each built on first use. Holds a reference to its cluster.
class ConceptTables {
 public:
  explicit ConceptTables(const Cluster& c) : c_(c) {}
  // The table at the floor, with every unit's concepts.
  const ConceptTable& For(double min_df_fraction);

 private:
  const Cluster& c_;
  std::map<double, ConceptTable> tables_;
};

struct ConceptSearch {
  bool exact = false;  // solve the ILP with GLPK instead of the greedy approximation
  bool swaps = true;   // greedy only: improve its result by one-for-one swaps
  // Tables to reuse across calls over the same cluster; null: built for this call.
  ConceptTables* tables = nullptr;
};

// With budget.overflow_last, the last unit chosen (if any overflows) is the one to cut.
// REQUIRES: `statements` was built over `c` (its Dice scores the soft redundancy).
Selection SelectConcepts(const Cluster& c, const StatementIndex& statements,
                         const std::vector<size_t>& candidates, const Budget& budget,
                         double redundancy, const ConceptSearch& search);

// Summarize() over a cluster already built from `articles` with `options`, and its
// StatementIndex: a caller that needs them as well (the briefing) builds them once.
// REQUIRES: c == BuildCluster(articles, options); `statements` built over c and articles.
Summary SummarizeCluster(const std::vector<Article>& articles, const Cluster& c,
                         const StatementIndex& statements, const SummaryOptions& options);

}  // namespace dossier::summarize::internal

#endif  // DOSSIER_SRC_SUMMARIZE_METHODS_H_
