// byte_stream.h: a file (or stdin) read forward through a bounded buffer, for inputs
// that are read a record at a time instead of whole (WARC).
//
//   DOSSIER_ASSIGN_OR_RETURN(std::unique_ptr<ByteStream> in, ByteStream::Open(path));
//   std::string_view head = in->Peek(8);    // at least 8 bytes unless the file is shorter
//   in->Skip(head.size());
//   uint64_t where = in->offset();          // bytes consumed so far, for messages
//
// Memory is the buffer only: about the largest Peek asked for, never the file.
#ifndef DOSSIER_SRC_BASE_BYTE_STREAM_H_
#define DOSSIER_SRC_BASE_BYTE_STREAM_H_

#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>

#include "dossier/status.h"

namespace dossier {

class ByteStream {
 public:
  // Opens `path` ("-" = standard input). IoError naming the path when it cannot.
  static StatusOr<std::unique_ptr<ByteStream>> Open(const std::string& path);
  // Reads from `file`, which the stream neither owns nor closes; `name` is for messages.
  ByteStream(std::FILE* file, std::string name);
  ~ByteStream();
  ByteStream(const ByteStream&) = delete;
  ByteStream& operator=(const ByteStream&) = delete;

  // The bytes from the current position: at least `n` of them, fewer only at the end of
  // the input (or after a read error, see status()). Valid until the next call.
  std::string_view Peek(size_t n);
  // Moves the position `n` bytes forward (reading through what is not buffered).
  void Skip(size_t n);
  // Everything from the position to the end; OutOfRange naming the input when that is
  // more than `max_bytes`.
  StatusOr<std::string> ReadRest(size_t max_bytes);
  // True when no byte is left.
  bool AtEnd() { return Peek(1).empty(); }
  // Bytes consumed since the start of the input.
  uint64_t offset() const { return offset_; }
  // IoError naming the input after a failed read; OK otherwise.
  const Status& status() const { return status_; }
  const std::string& name() const { return name_; }

 private:
  // Appends up to `want` more bytes from the file to the buffer; false at end or error.
  bool Fill(size_t want);

  std::FILE* file_;
  bool owned_ = false;
  std::string name_;
  std::string buffer_;
  size_t start_ = 0;  // position in buffer_
  uint64_t offset_ = 0;
  bool eof_ = false;
  Status status_;
};

}  // namespace dossier

#endif  // DOSSIER_SRC_BASE_BYTE_STREAM_H_
