// codec.cc: span lists as text (codec.h).
#include "src/store/codec.h"

#include <charconv>
#include <cstdint>

namespace dossier::store {
namespace {

// Reads an unsigned 32-bit number at *pos and skips one following separator in `seps`
// (or the end). False on anything else.
bool ReadNumber(std::string_view s, size_t* pos, std::string_view seps, uint32_t* out) {
  const char* begin = s.data() + *pos;
  const char* end = s.data() + s.size();
  auto [ptr, ec] = std::from_chars(begin, end, *out);
  if (ec != std::errc() || ptr == begin) return false;
  *pos = static_cast<size_t>(ptr - s.data());
  if (*pos == s.size()) return true;
  if (seps.find(s[*pos]) == std::string_view::npos) return false;
  ++*pos;
  return true;
}

Status Malformed(std::string_view what, std::string_view encoded, size_t pos) {
  return Status::IoError(std::string(what) + ": malformed at byte " + std::to_string(pos) +
                         " of \"" + std::string(encoded.substr(0, 40)) + "\"");
}

Status OutOfText(std::string_view what, uint32_t begin, uint32_t end, size_t text_size) {
  return Status::IoError(std::string(what) + ": span " + std::to_string(begin) + "-" +
                         std::to_string(end) + " outside the " + std::to_string(text_size) +
                         "-byte text");
}

std::string OneLine(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c == '\n') c = ' ';
  }
  return out;
}

}  // namespace

std::string EncodeSpans(const std::vector<Span>& spans) {
  std::string out;
  for (const Span& s : spans) {
    if (!out.empty()) out += ' ';
    out += std::to_string(s.begin);
    out += '-';
    out += std::to_string(s.end);
  }
  return out;
}

std::string EncodeRemoved(const std::vector<Removed>& removed) {
  std::string out;
  for (const Removed& r : removed) {
    out += std::to_string(r.span.begin);
    out += ' ';
    out += std::to_string(r.span.end);
    out += ' ';
    out += OneLine(r.reason);
    out += '\n';
  }
  return out;
}

std::string EncodeRawMap(const std::vector<RawRun>& runs) {
  std::string out;
  for (const RawRun& r : runs) {
    for (uint32_t v : {r.text_begin, r.size, r.raw_begin}) {
      out += std::to_string(v);
      out += ' ';
    }
    out += std::to_string(r.raw_size);
    out += '\n';
  }
  return out;
}

StatusOr<std::vector<Span>> DecodeSpans(std::string_view encoded, size_t text_size,
                                        std::string_view what) {
  std::vector<Span> spans;
  size_t pos = 0;
  while (pos < encoded.size()) {
    Span s;
    const size_t at = pos;
    if (!ReadNumber(encoded, &pos, "-", &s.begin) || pos == encoded.size() ||
        !ReadNumber(encoded, &pos, " ", &s.end)) {
      return Malformed(what, encoded, at);
    }
    if (s.begin > s.end || s.end > text_size) return OutOfText(what, s.begin, s.end, text_size);
    spans.push_back(s);
  }
  return spans;
}

StatusOr<std::vector<Removed>> DecodeRemoved(std::string_view encoded, size_t text_size,
                                             std::string_view what) {
  std::vector<Removed> removed;
  size_t pos = 0;
  while (pos < encoded.size()) {
    Removed r;
    const size_t at = pos;
    if (!ReadNumber(encoded, &pos, " ", &r.span.begin) || pos == encoded.size() ||
        !ReadNumber(encoded, &pos, " ", &r.span.end) || pos == encoded.size()) {
      return Malformed(what, encoded, at);
    }
    const size_t eol = encoded.find('\n', pos);
    if (eol == std::string_view::npos) return Malformed(what, encoded, at);
    r.reason = std::string(encoded.substr(pos, eol - pos));
    pos = eol + 1;
    if (r.span.begin > r.span.end || r.span.end > text_size) {
      return OutOfText(what, r.span.begin, r.span.end, text_size);
    }
    removed.push_back(std::move(r));
  }
  return removed;
}

StatusOr<std::vector<RawRun>> DecodeRawMap(std::string_view encoded, size_t text_size,
                                           std::string_view what) {
  std::vector<RawRun> runs;
  size_t pos = 0;
  while (pos < encoded.size()) {
    RawRun r;
    const size_t at = pos;
    if (!ReadNumber(encoded, &pos, " ", &r.text_begin) || pos == encoded.size() ||
        !ReadNumber(encoded, &pos, " ", &r.size) || pos == encoded.size() ||
        !ReadNumber(encoded, &pos, " ", &r.raw_begin) || pos == encoded.size() ||
        !ReadNumber(encoded, &pos, "\n", &r.raw_size)) {
      return Malformed(what, encoded, at);
    }
    if (uint64_t{r.text_begin} + r.size > text_size) {
      return OutOfText(what, r.text_begin, r.text_begin + r.size, text_size);
    }
    runs.push_back(r);
  }
  return runs;
}

}  // namespace dossier::store
