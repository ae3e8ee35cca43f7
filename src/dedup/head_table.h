// head_table.h: a map from 64-bit hash keys to 32-bit slot numbers, open addressing
// with linear probing. It holds the heads of the LSH band chains and the passage chains
// of NearDupIndex: about 40 lookups and 40 inserts per article, where
// std::unordered_map's node per key and pointer chase were 17% of indexing time. Keys
// are already well-mixed hashes, so the low bits index the table directly. Written by
// hand because the build's dependencies hold no flat hash map (abseil's would be the
// one to take if it ever joins them).
#ifndef DOSSIER_SRC_DEDUP_HEAD_TABLE_H_
#define DOSSIER_SRC_DEDUP_HEAD_TABLE_H_

#include <cstdint>
#include <limits>
#include <vector>

namespace dossier::dedup::internal {

class HeadTable {
 public:
  static constexpr uint32_t kNone = std::numeric_limits<uint32_t>::max();

  // The value stored for `key`, or kNone.
  uint32_t Find(uint64_t key) const {
    if (slots_.empty()) return kNone;
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      if (slots_[i].value == kNone) return kNone;
      if (slots_[i].key == key) return slots_[i].value;
    }
  }

  // Stores `value` for `key` and returns what was stored before (kNone if nothing).
  // REQUIRES: value != kNone.
  uint32_t Exchange(uint64_t key, uint32_t value) {
    if ((size_ + 1) * 2 > slots_.size()) Grow();
    for (size_t i = key & mask_;; i = (i + 1) & mask_) {
      Slot& s = slots_[i];
      if (s.value == kNone) {
        s = {key, value};
        ++size_;
        return kNone;
      }
      if (s.key == key) {
        uint32_t old = s.value;
        s.value = value;
        return old;
      }
    }
  }

  size_t size() const { return size_; }

  // Makes room for `n` keys without growing (a no-op if there is room already).
  void Reserve(size_t n) {
    size_t want = 64;
    while (want < 2 * n) want *= 2;
    if (want > slots_.size()) Rehash(want);
  }

 private:
  struct Slot {
    uint64_t key = 0;
    uint32_t value = kNone;
  };

  void Grow() { Rehash(slots_.empty() ? 64 : slots_.size() * 2); }

  void Rehash(size_t capacity) {  // REQUIRES: capacity a power of two > 2 * size_
    std::vector<Slot> old;
    old.swap(slots_);
    slots_.assign(capacity, Slot{});
    mask_ = slots_.size() - 1;
    size_ = 0;
    for (const Slot& s : old) {
      if (s.value != kNone) Exchange(s.key, s.value);
    }
  }

  std::vector<Slot> slots_;
  size_t mask_ = 0;
  size_t size_ = 0;
};

}  // namespace dossier::dedup::internal

#endif  // DOSSIER_SRC_DEDUP_HEAD_TABLE_H_
