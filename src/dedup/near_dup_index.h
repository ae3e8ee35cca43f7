// near_dup_index.h: one near-duplicate rule for the whole engine: exact copies, near and
// syndicated copies, and shared passages, over a stream of articles.
//
//   dedup::NearDupIndex index(dedup::NearDupOptions{});
//   for (const auto& [id, text] : articles) {
//     for (const dedup::Match& m : index.AddAndQuery(id, text)) { /* id copies m.other */ }
//   }
//
// Output is deterministic: matches are sorted by (kind, other id) and depend only on the
// sequence of Add calls. Thread safety: const methods may run concurrently; Add may not.
#ifndef DOSSIER_SRC_DEDUP_NEAR_DUP_INDEX_H_
#define DOSSIER_SRC_DEDUP_NEAR_DUP_INDEX_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "dossier/article.h"
#include "src/dedup/head_table.h"

namespace dossier::dedup {

struct NearDupOptions {
  // Words per shingle. Longer shingles ignore shared phrases, shorter ones flag rewrites.
  int shingle_words = 5;
  // Exact Jaccard of shingle sets at or above which two articles are near-copies (the
  // briefing's rule since it began). Lower finds more syndicated rewrites, and more
  // false pairs.
  double jaccard_threshold = 0.5;
  // Or: the shorter text's shingles held by the longer one, at or above this share (a
  // truncated or extended wire version). Above 1 turns the test off.
  double containment_threshold = 1.01;
  // LSH bands; each band is kSignatureSize / bands rows (42 x 3 uses 126 of 128 values).
  // Two articles become candidates with probability 1 - (1 - J^rows)^bands: 42 x 3 gives
  // 0.94 at J = 0.4, 0.996 at 0.5 and 0.29 at 0.2. Candidates are verified by exact
  // Jaccard, so a low S-curve midpoint costs verification time, not precision. datasketch's
  // choice for threshold 0.5 (25 x 5) reaches only 0.55 at J = 0.5 (docs/DESIGN.md).
  int bands = 42;
  // A paragraph (text between blank lines) of at least this many words whose normalized
  // hash occurs in another article is a shared passage. Fewer words flag boilerplate.
  int min_passage_words = 12;
};

inline constexpr int kSignatureSize = 128;

enum class MatchKind { kExact = 0, kNear = 1 };

struct Match {
  uint32_t other = 0;  // id of the earlier-added article
  MatchKind kind = MatchKind::kNear;
  double jaccard = 0;  // exact Jaccard of shingle sets; 1 for exact copies
};

struct SharedPassage {
  uint32_t other = 0;    // id of an earlier-added article holding the same paragraph
  int paragraph = 0;     // 0-based paragraph index in the queried text
};

// The article's words: NormalizeForMatching, split on ASCII non-alphanumerics (bytes
// >= 0x80 belong to words, so any script works).
std::vector<std::string_view> Words(std::string_view normalized);
// Sorted, distinct 32-bit hashes of shingles. 32 bits keep the index small and the sort
// short; two unrelated 1,000-shingle articles share a hash by chance with probability
// about 2e-4, which moves their Jaccard by 0.001.
using ShingleSet = std::vector<uint32_t>;
// The `k`-word shingles of `text`; a text shorter than k words gives one shingle of all
// its words; an empty text gives none.
ShingleSet Shingles(std::string_view text, int k);
// Exact Jaccard of two shingle sets; 0 when either is empty.
double Jaccard(const ShingleSet& a, const ShingleSet& b);
// Shared shingles over the smaller set's size; 0 when either is empty.
double Containment(const ShingleSet& a, const ShingleSet& b);
// One-permutation MinHash with rotation densification (Shrivastava 2017).
std::array<uint32_t, kSignatureSize> Signature(const ShingleSet& shingles);
// True when the signatures agree on every row of at least one of `bands` bands of
// `rows` rows (the LSH candidate test). REQUIRES: bands * rows <= kSignatureSize.
bool SharesBand(const std::array<uint32_t, kSignatureSize>& a,
                const std::array<uint32_t, kSignatureSize>& b, int bands, int rows);

class NearDupIndex {
 public:
  explicit NearDupIndex(NearDupOptions options);

  // Articles added so far.
  size_t size() const { return entries_.size(); }
  // Makes room for `articles` more articles, so adding them does not grow the tables.
  void Reserve(size_t articles);

  // Matches of `text` against every article added so far. Empty text matches nothing.
  std::vector<Match> Query(std::string_view text) const;
  std::vector<SharedPassage> QueryPassages(std::string_view text) const;
  // REQUIRES: `id` not added before.
  void Add(uint32_t id, std::string_view text);
  // Query, then Add.
  std::vector<Match> AddAndQuery(uint32_t id, std::string_view text);

  // What one text contributes, computed once by Prepare and used by both QueryPrepared
  // and AddPrepared (AddAndQuery and FindCopies normalize and hash each text once).
  struct Fingerprint {
    bool has_words = false;
    uint64_t exact = 0;                               // hash of the whole word sequence
    ShingleSet shingles;
    std::array<uint32_t, kSignatureSize> signature{};
    std::vector<std::pair<uint64_t, int>> passages;   // (paragraph hash, paragraph index)
  };
  Fingerprint Prepare(std::string_view text) const { return Prepare(text, options_); }
  // The same without an index: a fingerprint depends on the text and options alone, so
  // it may be computed on other threads or machines (story clustering in parts).
  static Fingerprint Prepare(std::string_view text, const NearDupOptions& options);
  std::vector<Match> QueryPrepared(const Fingerprint& fp) const;
  // REQUIRES: `id` not added before; `fp` from Prepare of an index with the same options
  // (a fingerprint may be queried against several such indexes: generations of a stream).
  void AddPrepared(uint32_t id, Fingerprint fp);

 private:
  struct Entry {
    uint32_t id;
    ShingleSet shingles;
  };

  NearDupOptions options_;
  std::vector<Entry> entries_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> exact_;     // text hash -> entries
  // Per band: band key -> the last entry added with it; next_[e * bands + b] is the
  // entry added before e with the same key in band b (kNone ends the chain). Chains
  // instead of a vector per key: one allocation per key, none per insert.
  internal::HeadTable band_heads_;  // band key (mixed with the band number) -> entry
  std::vector<uint32_t> next_;
  // Paragraph hash -> last slot holding it; slots chain to earlier ones (as next_).
  internal::HeadTable passage_heads_;
  std::vector<uint32_t> passage_ids_, passage_next_;
};

// The engine's one near-copy rule, for callers that hold a set of articles (the
// summary's voting, the briefing's source list, story clustering):
// texts[i] copies texts[j] when j < i, j is not itself a copy, and the two are exact
// copies or their shingle Jaccard is >= options.jaccard_threshold; copy_of[i] is the
// smallest such j, else -1. "Earlier" is the caller's order (publication time for the
// briefing, input order for the summary). Cost: one index query and insert per text,
// not all pairs.
std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const NearDupOptions& options);

// What dedup compares for an analyzed article: its kept sentences, a space between the
// sentences of a paragraph and a blank line between paragraphs (so shared passages are
// found by paragraph); the body blocks when it has no sentences yet.
std::string ComparableText(const Article& article);

}  // namespace dossier::dedup

#endif  // DOSSIER_SRC_DEDUP_NEAR_DUP_INDEX_H_
