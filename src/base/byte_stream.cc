// byte_stream.cc: a sliding buffer over stdio reads; consumed bytes are dropped when
// they are most of the buffer, so the buffer stays near the largest window asked for.
#include "src/base/byte_stream.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "src/base/strings.h"

namespace dossier {

constexpr size_t kReadChunk = 64 * 1024;

StatusOr<std::unique_ptr<ByteStream>> ByteStream::Open(const std::string& path) {
  if (path == "-") return std::make_unique<ByteStream>(stdin, "-");
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    return Status::InvalidArgument(StrCat(path, ": is a directory"));
  }
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) return Status::IoError(StrCat(path, ": cannot open: ", std::strerror(errno)));
  auto stream = std::make_unique<ByteStream>(f, path);
  stream->owned_ = true;
  return stream;
}

ByteStream::ByteStream(std::FILE* file, std::string name) : file_(file), name_(std::move(name)) {}

ByteStream::~ByteStream() {
  if (owned_) std::fclose(file_);
}

bool ByteStream::Fill(size_t want) {
  if (eof_ || !status_.ok()) return false;
  if (start_ > 0 && start_ * 2 >= buffer_.size()) {
    buffer_.erase(0, start_);
    start_ = 0;
  }
  const size_t old = buffer_.size();
  const size_t chunk = std::max(want, kReadChunk);
  buffer_.resize(old + chunk);
  const size_t got = std::fread(buffer_.data() + old, 1, chunk, file_);
  buffer_.resize(old + got);
  if (got < chunk) {
    if (std::ferror(file_)) status_ = Status::IoError(StrCat(name_, ": read failed: ", std::strerror(errno)));
    eof_ = true;
  }
  return got > 0;
}

std::string_view ByteStream::Peek(size_t n) {
  while (buffer_.size() - start_ < n && Fill(n - (buffer_.size() - start_))) {
  }
  return std::string_view(buffer_).substr(start_);
}

void ByteStream::Skip(size_t n) {
  while (n > 0) {
    const size_t have = buffer_.size() - start_;
    if (have == 0 && !Fill(std::min(n, kReadChunk))) return;
    const size_t step = std::min(n, buffer_.size() - start_);
    start_ += step;
    offset_ += step;
    n -= step;
  }
}

StatusOr<std::string> ByteStream::ReadRest(size_t max_bytes) {
  while (buffer_.size() - start_ <= max_bytes && Fill(kReadChunk)) {
  }
  if (!status_.ok()) return status_;
  if (buffer_.size() - start_ > max_bytes) {
    return Status::OutOfRange(StrCat(name_, ": file exceeds the limit of ", max_bytes, " bytes"));
  }
  std::string rest = buffer_.substr(start_);
  offset_ += rest.size();
  buffer_.clear();
  start_ = 0;
  return rest;
}

}  // namespace dossier
