// features.h: an article as the weighted terms story clustering compares (internal to
// src/cluster).
//
//   text::Analyzer analyzer;
//   TermVector v = ArticleTerms(&analyzer, article, options);
//
// Terms are hashes of Snowball stems of content words (stopwords, punctuation and one-
// letter words dropped); numbers are kept ("MH370", "747"). In a full-text article a term
// weighs its count (raw tf: an article names its subject again and again, and that
// repetition is what sets it apart from the same-beat articles around it; 1 + ln(tf)
// measured worse, docs/DESIGN.md "Stories"); in a bare headline 1 + ln(tf) (a repeat
// there is mostly the URL slug echoing the title). Occurrences are weighted by
// ClusterOptions::title_weight for title words of a full-text article and name_weight for
// name-like words (capitalised where capitals are not the style, i.e. not sentence-
// initial and not in a title written in Title Case). Words of the outlet's own name
// ("Reuters", "Fox News") say who wrote, not what about, and are dropped. A bare
// headline also gets the letters-only words of its URL's path (x url_weight): the slug
// is often the newsroom's first headline for the story.
#ifndef DOSSIER_SRC_CLUSTER_FEATURES_H_
#define DOSSIER_SRC_CLUSTER_FEATURES_H_

#include <cstdint>
#include <string_view>
#include <utility>
#include <vector>

#include "src/cluster/story_clusterer.h"
#include "src/text/analyzer.h"

namespace dossier::cluster {

struct Term {
  uint64_t hash = 0;
  float weight = 0;
  bool name = false;  // name-like in at least one occurrence
  float idf = 0;      // filled by the clusterer for the article being placed
};

// Sorted by hash, each term once.
using TermVector = std::vector<Term>;

// 64-bit FNV-1a: the term hash (stable across runs and platforms).
uint64_t HashTerm(std::string_view s);

// True when the article has no text of its own (a headline feed), or its text is only
// the title again.
bool IsHeadlineOnly(const StreamArticle& article);

TermVector ArticleTerms(text::Analyzer* analyzer, const StreamArticle& article,
                        const ClusterOptions& options);

}  // namespace dossier::cluster

#endif  // DOSSIER_SRC_CLUSTER_FEATURES_H_
