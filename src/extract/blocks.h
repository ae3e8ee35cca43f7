// blocks.h: splitting an article's text into paragraph blocks.
#ifndef DOSSIER_SRC_EXTRACT_BLOCKS_H_
#define DOSSIER_SRC_EXTRACT_BLOCKS_H_

#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "src/extract/clean.h"

namespace dossier::extract {

// Returns the paragraph blocks of `text`, trimmed, in order. Lines overlapping an
// `excluded` span act as blank lines. Each non-blank line is a block, unless the text is
// hard-wrapped (see CleanOptions), when the lines of one paragraph form one block.
std::vector<Span> SplitBlocks(std::string_view text, const std::vector<Span>& excluded,
                              const CleanOptions& options);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_BLOCKS_H_
