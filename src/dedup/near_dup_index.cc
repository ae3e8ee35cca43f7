// Near-duplicate detection by MinHash with banded LSH, verified by exact Jaccard.
//
// An article is the set of hashes of its k-word shingles over normalized words (Broder
// 1997). Exact copies share the hash of the whole normalized word sequence. For near and
// syndicated copies, each article gets a 128-value one-permutation MinHash signature
// (Li, Owen and Zhang 2012): one hash per shingle, whose top 7 bits pick a bin and whose
// low 32 bits compete for that bin's minimum; empty bins borrow the next non-empty bin's
// value to the right, offset by the distance (rotation densification, Shrivastava 2017),
// so short texts still give a full signature. The signature is cut into bands of rows;
// two articles that agree on every row of any band are candidates (Leskovec, Rajaraman
// and Ullman, Mining of Massive Datasets, ch. 3). Candidates are then verified by the
// exact Jaccard of their shingle sets, so LSH decides only which pairs are compared, and
// the rule stays "Jaccard >= threshold". Shared passages are paragraphs (text between
// blank lines) of enough words whose normalized word hash is held by another article.
#include "src/dedup/near_dup_index.h"

#include <algorithm>
#include <limits>
#include <string>

#include "src/text/normalize.h"

namespace dossier::dedup {

namespace {

constexpr uint32_t kEmpty = std::numeric_limits<uint32_t>::max();

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

uint64_t HashWord(std::string_view w) {  // FNV-1a: fixed across platforms and runs
  uint64_t h = 1469598103934665603ull;
  for (unsigned char c : w) h = (h ^ c) * 1099511628211ull;
  return h;
}

bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::string norm = text::NormalizeForMatching(text);
  std::vector<uint64_t> out;
  for (std::string_view w : Words(norm)) out.push_back(HashWord(w));
  return out;
}

uint64_t SequenceHash(const std::vector<uint64_t>& words) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (uint64_t w : words) h = Mix(h ^ w);
  return h;
}

std::vector<uint64_t> ShinglesOf(const std::vector<uint64_t>& words, size_t k) {
  std::vector<uint64_t> out;
  if (words.empty()) return out;
  size_t n = words.size() < k ? 1 : words.size() - k + 1;
  for (size_t i = 0; i < n; ++i) {
    uint64_t h = 0;
    for (size_t j = i; j < std::min(i + k, words.size()); ++j) h = Mix(h + words[j]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// Paragraphs: pieces between lines that are empty or hold only whitespace.
std::vector<std::string_view> Paragraphs(std::string_view text) {
  std::vector<std::string_view> out;
  size_t start = 0, pos = 0;
  while (pos <= text.size()) {
    size_t eol = text.find('\n', pos);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(pos, eol - pos);
    bool blank = line.find_first_not_of(" \t\r\f\v") == std::string_view::npos;
    if (blank || eol == text.size()) {
      size_t end = blank ? pos : eol;
      if (end > start) out.push_back(text.substr(start, end - start));
      start = eol + 1;
    }
    pos = eol + 1;
  }
  return out;
}

uint64_t BandKey(const std::array<uint32_t, kSignatureSize>& sig, int band, int rows) {
  uint64_t h = Mix(static_cast<uint64_t>(band) + 1);
  for (int r = 0; r < rows; ++r) h = Mix(h ^ sig[band * rows + r]);
  return h;
}

}  // namespace

std::vector<std::string_view> Words(std::string_view normalized) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < normalized.size()) {
    while (i < normalized.size() && !IsWordByte(normalized[i])) ++i;
    size_t b = i;
    while (i < normalized.size() && IsWordByte(normalized[i])) ++i;
    if (i > b) out.push_back(normalized.substr(b, i - b));
  }
  return out;
}

std::vector<uint64_t> Shingles(std::string_view text, int k) {
  return ShinglesOf(WordHashes(text), static_cast<size_t>(k));
}

double Jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = 0, i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] == b[j]) {
      ++common, ++i, ++j;
    } else if (a[i] < b[j]) {
      ++i;
    } else {
      ++j;
    }
  }
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::array<uint32_t, kSignatureSize> Signature(const std::vector<uint64_t>& shingles) {
  std::array<uint32_t, kSignatureSize> sig;
  sig.fill(kEmpty);
  for (uint64_t s : shingles) {
    uint64_t h = Mix(s);
    uint32_t& slot = sig[h >> 57];
    slot = std::min(slot, static_cast<uint32_t>(h) & 0x7fffffffu);
  }
  std::array<uint32_t, kSignatureSize> out = sig;
  for (int i = 0; i < kSignatureSize; ++i) {
    for (int d = 1; out[i] == kEmpty && d < kSignatureSize; ++d) {
      uint32_t v = sig[(i + d) % kSignatureSize];
      if (v != kEmpty) out[i] = v + static_cast<uint32_t>(d) * 0x01000193u;
    }
  }
  return out;
}

bool SharesBand(const std::array<uint32_t, kSignatureSize>& a,
                const std::array<uint32_t, kSignatureSize>& b, int bands, int rows) {
  for (int band = 0; band < bands; ++band) {
    if (std::equal(a.begin() + band * rows, a.begin() + (band + 1) * rows, b.begin() + band * rows)) {
      return true;
    }
  }
  return false;
}

NearDupIndex::NearDupIndex(NearDupOptions options)
    : options_(options), bands_(static_cast<size_t>(options.bands)) {}

void NearDupIndex::Reserve(size_t articles) {
  entries_.reserve(articles);
  exact_.reserve(articles);
  for (auto& band : bands_) band.reserve(articles);
}

std::vector<Match> NearDupIndex::Query(std::string_view text) const {
  std::vector<uint64_t> words = WordHashes(text);
  if (words.empty()) return {};
  return QueryShingles(SequenceHash(words), ShinglesOf(words, options_.shingle_words),
                       static_cast<uint32_t>(entries_.size()));
}

std::vector<Match> NearDupIndex::QueryShingles(uint64_t exact, const std::vector<uint64_t>& sh,
                                               uint32_t before) const {
  std::vector<Match> out;
  std::vector<uint32_t> exact_entries;
  if (auto it = exact_.find(exact); it != exact_.end()) exact_entries = it->second;
  for (uint32_t e : exact_entries) {
    if (e < before) out.push_back({entries_[e].id, MatchKind::kExact, 1.0});
  }
  std::vector<uint32_t> candidates;
  auto sig = Signature(sh);
  int rows = kSignatureSize / options_.bands;
  for (int b = 0; b < options_.bands; ++b) {
    auto it = bands_[b].find(BandKey(sig, b, rows));
    if (it != bands_[b].end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t e : candidates) {
    if (e >= before) continue;
    if (std::binary_search(exact_entries.begin(), exact_entries.end(), e)) continue;
    double j = Jaccard(sh, entries_[e].shingles);
    if (j >= options_.jaccard_threshold) out.push_back({entries_[e].id, MatchKind::kNear, j});
  }
  std::sort(out.begin(), out.end(), [](const Match& x, const Match& y) {
    return x.kind != y.kind ? x.kind < y.kind : x.other < y.other;
  });
  return out;
}

std::vector<SharedPassage> NearDupIndex::QueryPassages(std::string_view text) const {
  std::vector<SharedPassage> out;
  std::vector<std::string_view> paragraphs = Paragraphs(text);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    std::vector<uint64_t> words = WordHashes(paragraphs[p]);
    if (words.size() < static_cast<size_t>(options_.min_passage_words)) continue;
    auto it = passages_.find(SequenceHash(words));
    if (it == passages_.end()) continue;
    for (uint32_t id : it->second) out.push_back({id, static_cast<int>(p)});
  }
  return out;
}

void NearDupIndex::Add(uint32_t id, std::string_view text) {
  std::vector<uint64_t> words = WordHashes(text);
  uint32_t e = static_cast<uint32_t>(entries_.size());
  entries_.push_back({id, ShinglesOf(words, options_.shingle_words)});
  for (std::string_view para : Paragraphs(text)) {
    std::vector<uint64_t> pw = WordHashes(para);
    if (pw.size() < static_cast<size_t>(options_.min_passage_words)) continue;
    std::vector<uint32_t>& ids = passages_[SequenceHash(pw)];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  }
  if (words.empty()) return;
  exact_[SequenceHash(words)].push_back(e);
  auto sig = Signature(entries_[e].shingles);
  int rows = kSignatureSize / options_.bands;
  for (int b = 0; b < options_.bands; ++b) bands_[b][BandKey(sig, b, rows)].push_back(e);
}

// Query then Add, with the words, shingles and signature computed once (the same
// result as the two calls, at about half the cost).
std::vector<Match> NearDupIndex::AddAndQuery(uint32_t id, std::string_view text) {
  std::vector<uint64_t> words = WordHashes(text);
  std::vector<Match> out;
  const uint32_t e = static_cast<uint32_t>(entries_.size());
  entries_.push_back({id, ShinglesOf(words, options_.shingle_words)});
  if (!words.empty()) {
    out = QueryShingles(SequenceHash(words), entries_[e].shingles, e);
  }
  for (std::string_view para : Paragraphs(text)) {
    std::vector<uint64_t> pw = WordHashes(para);
    if (pw.size() < static_cast<size_t>(options_.min_passage_words)) continue;
    std::vector<uint32_t>& ids = passages_[SequenceHash(pw)];
    if (ids.empty() || ids.back() != id) ids.push_back(id);
  }
  if (words.empty()) return out;
  exact_[SequenceHash(words)].push_back(e);
  auto sig = Signature(entries_[e].shingles);
  int rows = kSignatureSize / options_.bands;
  for (int b = 0; b < options_.bands; ++b) bands_[b][BandKey(sig, b, rows)].push_back(e);
  return out;
}

}  // namespace dossier::dedup
