// prepared.h: the part of placing an article that depends on the article alone, computed
// apart from the clusterer (in parallel, on other machines) and shipped as bytes.
//
//   text::Analyzer analyzer;                                    // one per thread
//   PreparedArticle p = PrepareArticle(stream_article, options, &analyzer);
//   ByteWriter w;
//   WritePrepared(p, &w);                                       // a few KB
//   ...
//   ByteReader r(bytes);
//   PreparedArticle back;
//   DOSSIER_RETURN_IF_ERROR(ReadPrepared(&r, &back));
//   Placement placed = clusterer.AddPrepared(std::move(back));  // in arrival order
//
// StoryClusterer::Add(article) is AddPrepared(PrepareArticle(article, ...)): the weighted
// terms and the near-copy fingerprint are what an article costs to read (tokenizing,
// stemming, shingling); placing it (idf, ranking, joining, merging) is what must run in
// arrival order. Preparing in parallel and placing in one sequential pass therefore gives
// exactly the stories of one clusterer fed the articles in the same order.
#ifndef DOSSIER_SRC_CLUSTER_PREPARED_H_
#define DOSSIER_SRC_CLUSTER_PREPARED_H_

#include <cstdint>

#include "dossier/status.h"
#include "src/base/bytes.h"
#include "src/cluster/features.h"
#include "src/cluster/story_clusterer.h"
#include "src/dedup/near_dup_index.h"

namespace dossier::cluster {

struct PreparedArticle {
  TermVector terms;  // ArticleTerms; idf left 0 (the clusterer fills it when placing)
  dedup::NearDupIndex::Fingerprint fingerprint;  // of the headline, or of the text
  int64_t time = kNoTime;
  bool headline = false;  // IsHeadlineOnly
};

// The near-copy options story clustering uses (the engine's one rule, defaults).
dedup::NearDupOptions StoryNearCopyOptions();

// REQUIRES: analyzer is non-null.
PreparedArticle PrepareArticle(const StreamArticle& article, const ClusterOptions& options,
                               text::Analyzer* analyzer);

// The MinHash signature is not written: ReadPrepared recomputes it from the shingles
// (microseconds), so the bytes are smaller and cannot disagree with themselves.
void WritePrepared(const PreparedArticle& article, ByteWriter* out);
// kInvalidArgument when the bytes are truncated or malformed (a count beyond the input,
// terms or shingles not sorted and distinct, an unknown flag).
Status ReadPrepared(ByteReader* in, PreparedArticle* out);

}  // namespace dossier::cluster

#endif  // DOSSIER_SRC_CLUSTER_PREPARED_H_
