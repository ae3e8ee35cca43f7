// sentence_splitter.h: rule-based English sentence segmentation with byte offsets.
//
//   for (Span s : text::SplitSentences(article.text, article.body[0]))
//     std::cout << article.Slice(s) << "\n";
//
// Handles abbreviations (Mr., U.S., a.m., Inc.), initials, decimals, ellipses, closing
// quotes and brackets, headlines and list items on their own lines, hard-wrapped
// paragraphs, URLs and e-mail addresses. See sentence_splitter.cc for the rules.
// Thread safety: thread-safe.
#ifndef DOSSIER_SRC_TEXT_SENTENCE_SPLITTER_H_
#define DOSSIER_SRC_TEXT_SENTENCE_SPLITTER_H_

#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::text {

// Splits text[block.begin, block.end) into sentences. Returned spans are absolute byte
// offsets into `text`, trimmed of surrounding whitespace, in order, non-empty.
// A block that extends past the end of `text` is clipped; invalid UTF-8 is tolerated.
std::vector<Span> SplitSentences(std::string_view text, Span block);

}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_SENTENCE_SPLITTER_H_
