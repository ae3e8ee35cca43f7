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
#include <string_view>
#include <unordered_map>
#include <vector>

namespace dossier::dedup {

struct NearDupOptions {
  // Words per shingle. Longer shingles ignore shared phrases, shorter ones flag rewrites.
  int shingle_words = 5;
  // Exact Jaccard of shingle sets at or above which two articles are near-copies (the
  // briefing's rule since it began). Lower finds more syndicated rewrites, and more
  // false pairs.
  double jaccard_threshold = 0.5;
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
// Sorted, distinct hashes of `k`-word shingles; a text shorter than k words gives one
// shingle of all its words; an empty text gives none.
std::vector<uint64_t> Shingles(std::string_view text, int k);
// Exact Jaccard of two sorted distinct sets; 0 when either is empty.
double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);
// One-permutation MinHash with rotation densification (Shrivastava 2017).
std::array<uint32_t, kSignatureSize> Signature(const std::vector<uint64_t>& shingles);
// True when the signatures agree on every row of at least one of `bands` bands of
// `rows` rows (the LSH candidate test). REQUIRES: bands * rows <= kSignatureSize.
bool SharesBand(const std::array<uint32_t, kSignatureSize>& a,
                const std::array<uint32_t, kSignatureSize>& b, int bands, int rows);

class NearDupIndex {
 public:
  // Articles added so far.
  size_t size() const { return entries_.size(); }
  // Makes room for `articles` articles, so adding them does not rehash the band tables.
  void Reserve(size_t articles);

  explicit NearDupIndex(NearDupOptions options);

  // Matches of `text` against every article added so far. Empty text matches nothing.
  std::vector<Match> Query(std::string_view text) const;
  std::vector<SharedPassage> QueryPassages(std::string_view text) const;
  // REQUIRES: `id` not added before.
  void Add(uint32_t id, std::string_view text);
  // Query, then Add.
  std::vector<Match> AddAndQuery(uint32_t id, std::string_view text);

 private:
  struct Entry {
    uint32_t id;
    std::vector<uint64_t> shingles;
  };
  // Matches among entries_[0, before).
  std::vector<Match> QueryShingles(uint64_t exact, const std::vector<uint64_t>& sh,
                                   uint32_t before) const;

  NearDupOptions options_;
  std::vector<Entry> entries_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> exact_;     // text hash -> entries
  std::vector<std::unordered_map<uint64_t, std::vector<uint32_t>>> bands_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> passages_;  // paragraph -> ids
};

}  // namespace dossier::dedup

#endif  // DOSSIER_SRC_DEDUP_NEAR_DUP_INDEX_H_
