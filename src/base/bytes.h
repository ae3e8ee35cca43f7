// bytes.h: a small binary encoding for records shipped between processes (the article
// records and story evidence of include/dossier/parts.h).
//
//   ByteWriter w;
//   w.U32(7);
//   w.Str("abc");
//   std::string out = w.Take();
//
//   ByteReader r(out);
//   uint32_t n = 0;
//   std::string s;
//   if (!r.U32(&n) || !r.Str(&s)) return Status::InvalidArgument("record: truncated");
//
// Integers are fixed-width little-endian whatever the host, floats their IEEE-754 bits,
// strings a u32 length then the bytes. A reader never reads past its input: every getter
// returns false (and leaves its output alone) when the input is too short, so a
// truncated or corrupt record is an error, never a crash.
//
// Thread safety: none needed; each object belongs to one caller.
#ifndef DOSSIER_SRC_BASE_BYTES_H_
#define DOSSIER_SRC_BASE_BYTES_H_

#include <bit>
#include <cstdint>
#include <string>
#include <string_view>

namespace dossier {

class ByteWriter {
 public:
  void U8(uint8_t v) { out_.push_back(static_cast<char>(v)); }
  void U32(uint32_t v) { Fixed(v, 4); }
  void U64(uint64_t v) { Fixed(v, 8); }
  void I64(int64_t v) { Fixed(static_cast<uint64_t>(v), 8); }
  void F32(float v) { Fixed(std::bit_cast<uint32_t>(v), 4); }
  void F64(double v) { Fixed(std::bit_cast<uint64_t>(v), 8); }
  // REQUIRES: s.size() < 2^32.
  void Str(std::string_view s) {
    U32(static_cast<uint32_t>(s.size()));
    out_.append(s);
  }
  std::string Take() { return std::move(out_); }
  size_t size() const { return out_.size(); }

 private:
  void Fixed(uint64_t v, int bytes) {
    for (int i = 0; i < bytes; ++i) out_.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
  }
  std::string out_;
};

class ByteReader {
 public:
  explicit ByteReader(std::string_view in) : in_(in) {}

  bool U8(uint8_t* v) {
    uint64_t x = 0;
    if (!Fixed(&x, 1)) return false;
    *v = static_cast<uint8_t>(x);
    return true;
  }
  bool U32(uint32_t* v) {
    uint64_t x = 0;
    if (!Fixed(&x, 4)) return false;
    *v = static_cast<uint32_t>(x);
    return true;
  }
  bool U64(uint64_t* v) { return Fixed(v, 8); }
  bool I64(int64_t* v) {
    uint64_t x = 0;
    if (!Fixed(&x, 8)) return false;
    *v = static_cast<int64_t>(x);
    return true;
  }
  bool F32(float* v) {
    uint32_t x = 0;
    if (!U32(&x)) return false;
    *v = std::bit_cast<float>(x);
    return true;
  }
  bool F64(double* v) {
    uint64_t x = 0;
    if (!U64(&x)) return false;
    *v = std::bit_cast<double>(x);
    return true;
  }
  bool Str(std::string* s) {
    uint32_t n = 0;
    if (!U32(&n)) return false;
    if (n > in_.size()) {
      in_.remove_prefix(in_.size());  // a length past the end: nothing more can be read
      return false;
    }
    s->assign(in_.substr(0, n));
    in_.remove_prefix(n);
    return true;
  }
  // True when a count of `n` items of at least `min_item_bytes` each could still fit;
  // guards reserve() against a corrupt count.
  bool Fits(uint64_t n, size_t min_item_bytes) const {
    return min_item_bytes == 0 || n <= in_.size() / min_item_bytes;
  }
  size_t remaining() const { return in_.size(); }
  bool done() const { return in_.empty(); }

 private:
  bool Fixed(uint64_t* v, size_t bytes) {
    if (in_.size() < bytes) {
      in_.remove_prefix(in_.size());
      return false;
    }
    uint64_t x = 0;
    for (size_t i = 0; i < bytes; ++i) {
      x |= static_cast<uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
    }
    in_.remove_prefix(bytes);
    *v = x;
    return true;
  }
  std::string_view in_;
};

}  // namespace dossier

#endif  // DOSSIER_SRC_BASE_BYTES_H_
