// blocks.cc: paragraph segmentation of plain text.
//
// Method: scraped news uses one line per paragraph (with or without blank lines between),
// while wire copy and documents are hard-wrapped at a fixed width. Following the line-
// length heuristics of text reflow tools (e.g. `fmt`, and jusText's paragraph model,
// Pomikalek 2011), a text is taken as hard-wrapped when it has enough lines, the widest
// lines are narrow (<= max_wrap_width) and most lines are within 75% of that width. Then
// a paragraph ends at a blank line or after a line clearly shorter than the width; in
// double-spaced text (one blank line after every line) only two blank lines end one.
#include "src/extract/blocks.h"

#include <algorithm>

#include "src/base/strings.h"

namespace dossier::extract {
namespace {

struct Line {
  Span span;       // trimmed
  bool blank = true;
};

bool Overlaps(Span a, const std::vector<Span>& spans) {
  for (Span s : spans) {
    if (a.begin < s.end && s.begin < a.end) return true;
  }
  return false;
}

std::vector<Line> Lines(std::string_view text, const std::vector<Span>& excluded) {
  std::vector<Line> lines;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view t = StripAscii(text.substr(pos, nl - pos));
    Line line;
    if (!t.empty()) {
      auto b = static_cast<uint32_t>(t.data() - text.data());
      line.span = {b, b + static_cast<uint32_t>(t.size())};
      line.blank = Overlaps(line.span, excluded);
    }
    lines.push_back(line);
    pos = nl + 1;
  }
  return lines;
}

// The wrap width if `lines` are hard-wrapped, else 0.
uint32_t WrapWidth(const std::vector<Line>& lines, const CleanOptions& options) {
  std::vector<uint32_t> widths;
  for (const Line& l : lines) {
    if (!l.blank) widths.push_back(l.span.size());
  }
  if (widths.size() < static_cast<size_t>(options.min_wrapped_lines)) return 0;
  std::sort(widths.begin(), widths.end());
  uint32_t width = widths[widths.size() * 9 / 10];  // 90th percentile: ignore outliers
  if (width > static_cast<uint32_t>(options.max_wrap_width) || width < 30) return 0;
  size_t near = std::count_if(widths.begin(), widths.end(),
                              [&](uint32_t w) { return w * 4 >= width * 3 && w <= width + 10; });
  return near >= options.wrapped_line_fraction * widths.size() ? width : 0;
}

// True when almost every pair of neighbouring text lines has exactly one blank line
// between them: double-spaced text, where a single blank line is only a line break.
bool DoubleSpaced(const std::vector<Line>& lines) {
  int single = 0, pairs = 0, blanks = 0;
  bool seen_text = false;
  for (const Line& l : lines) {
    if (l.blank) {
      ++blanks;
      continue;
    }
    if (seen_text) {
      ++pairs;
      single += blanks == 1 ? 1 : 0;
    }
    seen_text = true;
    blanks = 0;
  }
  return pairs > 0 && single * 10 >= pairs * 8;
}

}  // namespace

std::vector<Span> SplitBlocks(std::string_view text, const std::vector<Span>& excluded,
                              const CleanOptions& options) {
  std::vector<Line> lines = Lines(text, excluded);
  uint32_t width = WrapWidth(lines, options);
  bool double_spaced = width > 0 && DoubleSpaced(lines);
  std::vector<Span> blocks;
  bool open = false;  // the last block may take the next line
  int blanks = 0;
  for (const Line& l : lines) {
    if (l.blank) {
      if (++blanks > 1 || !double_spaced) open = false;
      continue;
    }
    blanks = 0;
    if (open) {
      blocks.back().end = l.span.end;
    } else {
      blocks.push_back(l.span);
    }
    open = width > 0 && l.span.size() * 4 >= width * 3;
  }
  return blocks;
}

}  // namespace dossier::extract
