// features.h: the story's sentences as units, the features every summarization method,
// the briefing and "says the same thing" read (internal to src/).
//
// Each input sentence becomes a Unit: its (cleaned) span, its word count as ROUGE counts
// words, a unit-length tf-idf vector over stemmed content words, its compressed form
// (compress.h) and the set of stemmed bigram "concepts" of that form. Vocabulary ids are
// assigned in order of first appearance, so the representation is deterministic and
// costs memory proportional to the cluster.
#ifndef DOSSIER_SRC_STATEMENTS_FEATURES_H_
#define DOSSIER_SRC_STATEMENTS_FEATURES_H_

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "dossier/article.h"
#include "dossier/options.h"

namespace dossier::statements {

using SparseVector = std::vector<std::pair<uint32_t, float>>;  // sorted by term id

struct Unit {
  size_t article = 0;
  uint32_t index = 0;        // position among the article's sentences
  uint32_t article_size = 0; // sentences in the article
  Span span;                 // after removing datelines and glued headlines
  int words = 0;             // whitespace-separated words of span
  // The compressed sentence (compress.h): byte spans inside `span`, and its words as
  // shown (JoinParts). Without compression, parts = {span} and length = words.
  std::vector<Span> parts;
  int length = 0;
  bool eligible = true;      // passes the quality filters
  bool standalone = true;    // passes them but the length limits
  SparseVector vec;          // unit-length tf-idf of content stems
  std::vector<uint32_t> terms;    // content stem ids, with repeats, in text order
  std::vector<uint64_t> bigrams;  // unique stemmed bigram keys of `parts`, sorted
};

struct Cluster {
  std::vector<Unit> units;  // by article, then position
  size_t num_articles = 0;
  size_t num_terms = 0;
  std::vector<float> idf;   // per term id: log(units / units containing the term)
  // Per article, in input order: the earlier article it is a near-copy of, else -1
  // (dedup::FindCopies, the engine's one near-copy rule).
  std::vector<int> copy_of;
};

// REQUIRES: articles analyzed. Units with no content word are dropped.
Cluster BuildCluster(const std::vector<Article>& articles, const SummaryOptions& options);

// Dot product of two sparse vectors (= cosine for unit-length ones).
double Dot(const SparseVector& a, const SparseVector& b);

// Sum of vectors, normalized to unit length (an empty input gives an empty vector).
SparseVector Centroid(const Cluster& cluster);
void Normalize(SparseVector* v);

}  // namespace dossier::statements

#endif  // DOSSIER_SRC_STATEMENTS_FEATURES_H_
