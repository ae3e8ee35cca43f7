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
static_assert(kEmpty == internal::HeadTable::kNone, "chains end where the table says none");

uint64_t Mix(uint64_t x) {  // splitmix64 finalizer
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ull;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebull;
  return x ^ (x >> 31);
}

constexpr bool IsWordByte(unsigned char c) {
  return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
         (c >= 'A' && c <= 'Z');
}

// Byte -> its lower-case form when it belongs to a word, else 0: one load per byte in
// the hashing loop instead of four compares and a branch to lower-case.
constexpr std::array<unsigned char, 256> kWordByte = [] {
  std::array<unsigned char, 256> t{};
  for (int c = 0; c < 256; ++c) {
    if (IsWordByte(static_cast<unsigned char>(c))) {
      t[c] = static_cast<unsigned char>(c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
  }
  return t;
}();

// Appends the hashes of the words of `text` as NormalizeForMatching would give them.
// ASCII text (nearly all English news) is lower-cased while hashing, which is all that
// NormalizeForMatching does to ASCII words, so it skips the copy; other text takes the
// ICU path.
void AppendWordHashes(std::string_view text, std::vector<uint64_t>* out) {
  bool ascii = std::all_of(text.begin(), text.end(),
                           [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  std::string norm;
  if (!ascii) {
    norm = text::NormalizeForMatching(text);
    text = norm;
  }
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const auto* end = p + text.size();
  while (p < end) {
    while (p < end && kWordByte[*p] == 0) ++p;
    if (p == end) break;
    uint64_t h = 1469598103934665603ull;  // FNV-1a: fixed across platforms and runs
    for (unsigned char c; p < end && (c = kWordByte[*p]) != 0; ++p) h = (h ^ c) * 1099511628211ull;
    out->push_back(h);
  }
}

std::vector<uint64_t> WordHashes(std::string_view text) {
  std::vector<uint64_t> out;
  AppendWordHashes(text, &out);
  return out;
}

uint64_t SequenceHash(const std::vector<uint64_t>& words) {
  uint64_t h = 0x9e3779b97f4a7c15ull;
  for (uint64_t w : words) h = Mix(h ^ w);
  return h;
}

// Sorts and dedupes 32-bit hashes: one counting pass on the top 8 bits (MSD radix),
// then insertion sort, which has only the few inversions inside each bucket left to fix
// since the values are uniform hashes. Hand-written because std::sort was the largest
// single cost of indexing (16% on duc_stream) and a 4-pass LSD radix sort still 20%.
// Buckets grow with n, so long texts (over 4,096 shingles, about 8 pages) take std::sort.
void SortUnique(std::vector<uint32_t>* v) {
  if (v->size() > 4096) {
    std::sort(v->begin(), v->end());
    v->erase(std::unique(v->begin(), v->end()), v->end());
    return;
  }
  std::array<uint32_t, 257> count{};
  for (uint32_t x : *v) ++count[(x >> 24) + 1];
  for (int i = 0; i < 256; ++i) count[i + 1] += count[i];
  std::vector<uint32_t> out(v->size());
  for (uint32_t x : *v) out[count[x >> 24]++] = x;
  for (size_t i = 1; i < out.size(); ++i) {
    uint32_t x = out[i];
    size_t j = i;
    for (; j > 0 && out[j - 1] > x; --j) out[j] = out[j - 1];
    out[j] = x;
  }
  out.erase(std::unique(out.begin(), out.end()), out.end());
  v->swap(out);
}

// Shingle hashes by a rolling polynomial over the word hashes (mod 2^64), so each word
// costs one multiply-add whatever k is, then a finalizer for the bits MinHash reads.
ShingleSet ShinglesOf(const std::vector<uint64_t>& words, size_t k) {
  constexpr uint64_t kBase = 0x9e3779b97f4a7c15ull;
  ShingleSet out;
  if (words.empty()) return out;
  k = std::min(k, words.size());
  uint64_t drop = 1;  // kBase^(k-1): the weight of the word that leaves the window
  for (size_t j = 1; j < k; ++j) drop *= kBase;
  uint64_t h = 0;
  for (size_t j = 0; j < k; ++j) h = h * kBase + words[j];
  out.reserve(words.size() - k + 1);
  out.push_back(static_cast<uint32_t>(Mix(h)));
  for (size_t j = k; j < words.size(); ++j) {
    h = (h - words[j - k] * drop) * kBase + words[j];
    out.push_back(static_cast<uint32_t>(Mix(h)));
  }
  SortUnique(&out);
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

ShingleSet Shingles(std::string_view text, int k) {
  return ShinglesOf(WordHashes(text), static_cast<size_t>(k));
}

namespace {
size_t Common(const ShingleSet& a, const ShingleSet& b) {
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
  return common;
}
}  // namespace

double Containment(const ShingleSet& a, const ShingleSet& b) {
  if (a.empty() || b.empty()) return 0;
  return static_cast<double>(Common(a, b)) / static_cast<double>(std::min(a.size(), b.size()));
}

double Jaccard(const ShingleSet& a, const ShingleSet& b) {
  if (a.empty() || b.empty()) return 0;
  size_t common = Common(a, b);
  return static_cast<double>(common) / static_cast<double>(a.size() + b.size() - common);
}

std::array<uint32_t, kSignatureSize> Signature(const ShingleSet& shingles) {
  std::array<uint32_t, kSignatureSize> sig;
  sig.fill(kEmpty);
  for (uint32_t s : shingles) {
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
    : options_(options) {}

void NearDupIndex::Reserve(size_t articles) {
  const size_t total = entries_.size() + articles;
  entries_.reserve(total);
  exact_.reserve(total);
  next_.reserve(total * static_cast<size_t>(options_.bands));
  band_heads_.Reserve(total * static_cast<size_t>(options_.bands));
}

NearDupIndex::Fingerprint NearDupIndex::Prepare(std::string_view text,
                                                const NearDupOptions& options) {
  // One pass: each paragraph's words are hashed once and serve the paragraph's passage
  // hash and the whole text's shingles (words never cross a paragraph break).
  Fingerprint fp;
  std::vector<uint64_t> words, para;
  std::vector<std::string_view> paragraphs = Paragraphs(text);
  for (size_t p = 0; p < paragraphs.size(); ++p) {
    para.clear();
    AppendWordHashes(paragraphs[p], &para);
    if (para.size() >= static_cast<size_t>(options.min_passage_words)) {
      fp.passages.push_back({SequenceHash(para), static_cast<int>(p)});
    }
    words.insert(words.end(), para.begin(), para.end());
  }
  fp.has_words = !words.empty();
  if (!fp.has_words) return fp;
  fp.exact = SequenceHash(words);
  fp.shingles = ShinglesOf(words, static_cast<size_t>(options.shingle_words));
  fp.signature = Signature(fp.shingles);
  return fp;
}

std::vector<Match> NearDupIndex::Query(std::string_view text) const {
  return QueryPrepared(Prepare(text));
}

std::vector<Match> NearDupIndex::QueryPrepared(const Fingerprint& fp) const {
  std::vector<Match> out;
  if (!fp.has_words) return out;
  std::vector<uint32_t> exact_entries;
  if (auto it = exact_.find(fp.exact); it != exact_.end()) exact_entries = it->second;
  for (uint32_t e : exact_entries) out.push_back({entries_[e].id, MatchKind::kExact, 1.0});
  std::vector<uint32_t> candidates;
  int rows = kSignatureSize / options_.bands;
  for (int b = 0; b < options_.bands; ++b) {
    uint32_t head = band_heads_.Find(BandKey(fp.signature, b, rows));
    for (uint32_t e = head; e != kEmpty; e = next_[size_t{e} * options_.bands + b]) {
      candidates.push_back(e);
    }
  }
  std::sort(candidates.begin(), candidates.end());
  candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
  for (uint32_t e : candidates) {
    if (std::binary_search(exact_entries.begin(), exact_entries.end(), e)) continue;
    double j = Jaccard(fp.shingles, entries_[e].shingles);
    bool near = j >= options_.jaccard_threshold ||
                (options_.containment_threshold <= 1 &&
                 Containment(fp.shingles, entries_[e].shingles) >= options_.containment_threshold);
    if (near) out.push_back({entries_[e].id, MatchKind::kNear, j});
  }
  std::sort(out.begin(), out.end(), [](const Match& x, const Match& y) {
    return x.kind != y.kind ? x.kind < y.kind : x.other < y.other;
  });
  return out;
}

std::vector<SharedPassage> NearDupIndex::QueryPassages(std::string_view text) const {
  std::vector<SharedPassage> out;
  for (const auto& [hash, paragraph] : Prepare(text).passages) {
    size_t first = out.size();
    for (uint32_t k = passage_heads_.Find(hash); k != kEmpty; k = passage_next_[k]) {
      out.push_back({passage_ids_[k], paragraph});
    }
    std::reverse(out.begin() + first, out.end());  // in order of addition
  }
  return out;
}

void NearDupIndex::Add(uint32_t id, std::string_view text) { AddPrepared(id, Prepare(text)); }

void NearDupIndex::AddPrepared(uint32_t id, Fingerprint fp) {
  uint32_t e = static_cast<uint32_t>(entries_.size());
  for (const auto& passage : fp.passages) {
    uint32_t head = passage_heads_.Find(passage.first);
    if (head != kEmpty && passage_ids_[head] == id) continue;  // repeated in this text
    passage_ids_.push_back(id);
    passage_next_.push_back(head);
    passage_heads_.Exchange(passage.first, static_cast<uint32_t>(passage_ids_.size() - 1));
  }
  entries_.push_back({id, std::move(fp.shingles)});
  if (!fp.has_words) return;
  exact_[fp.exact].push_back(e);
  int rows = kSignatureSize / options_.bands;
  next_.resize(size_t{e + 1} * options_.bands, kEmpty);
  for (int b = 0; b < options_.bands; ++b) {
    next_[size_t{e} * options_.bands + b] = band_heads_.Exchange(BandKey(fp.signature, b, rows), e);
  }
}

std::vector<Match> NearDupIndex::AddAndQuery(uint32_t id, std::string_view text) {
  Fingerprint fp = Prepare(text);
  std::vector<Match> out = QueryPrepared(fp);
  AddPrepared(id, std::move(fp));
  return out;
}

std::vector<int> FindCopies(const std::vector<std::string_view>& texts,
                            const NearDupOptions& options) {
  // Only originals enter the index, so a match is never a copy; ids are positions, so
  // the smallest matching id is the earliest original.
  NearDupIndex originals(options);
  std::vector<int> copy_of(texts.size(), -1);
  for (size_t i = 0; i < texts.size(); ++i) {
    NearDupIndex::Fingerprint fp = originals.Prepare(texts[i]);
    std::vector<Match> matches = originals.QueryPrepared(fp);
    if (matches.empty()) {
      originals.AddPrepared(static_cast<uint32_t>(i), std::move(fp));
      continue;
    }
    uint32_t first = matches[0].other;
    for (const Match& m : matches) first = std::min(first, m.other);
    copy_of[i] = static_cast<int>(first);
  }
  return copy_of;
}

std::string ComparableText(const Article& article) {
  std::string out;
  if (article.sentences.empty()) {
    for (const Span& b : article.body) {
      if (b.end > article.text.size() || b.begin > b.end) continue;
      if (!out.empty()) out += "\n\n";
      out += article.Slice(b);
    }
    return out;
  }
  const Sentence* previous = nullptr;
  for (const Sentence& s : article.sentences) {
    if (s.span.end > article.text.size() || s.span.begin > s.span.end) continue;
    if (previous != nullptr) out += previous->paragraph == s.paragraph ? " " : "\n\n";
    out += article.Slice(s.span);
    previous = &s;
  }
  return out;
}

}  // namespace dossier::dedup
