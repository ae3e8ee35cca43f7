// block_rules.h: what one block looks like and which boilerplate rules it matches on its
// own (without context). clean.cc adds the rules that need neighbours or the batch.
#ifndef DOSSIER_SRC_EXTRACT_BLOCK_RULES_H_
#define DOSSIER_SRC_EXTRACT_BLOCK_RULES_H_

#include <optional>
#include <string>
#include <string_view>

#include "dossier/article.h"
#include "src/extract/clean.h"

namespace dossier::extract {

// Shape features of one block.
struct BlockInfo {
  Span span;
  std::string norm;        // NormalizeForMatch of the text; empty past the longest block any
                           // text rule applies to (see Describe)
  int words = 0;           // whitespace-separated tokens
  int urls = 0;            // tokens that are URLs or e-mail addresses
  bool terminal = false;   // ends with . ! ? or an ellipsis (closing quotes ignored)
  bool prose = false;      // terminal with >= 4 words, or >= prose_min_words words
  double title_case = 0;   // share of words of 4+ letters starting upper case
  uint64_t word_bloom = 0; // WordBloom(norm), to skip phrases the block cannot hold
};

BlockInfo Describe(std::string_view text, Span span, const CleanOptions& options);

// A part of a block to remove.
struct Cut {
  Span span;
  std::string reason;
};

// The reason to drop the whole block, or "" to keep it: separators, the phrase list
// (exact/start/any, and weak on non-prose blocks), photo credits, share bars, lines
// that are only links, and lines that are only a date ("date").
std::string WholeBlockReason(const BlockInfo& b, std::string_view raw,
                             const CleanOptions& options);

// The ISO date of a block that is only a date ("Dec. 7, 2021", "Posted Tuesday, November
// 21, 2017 5:27 pm"), given its normalized text; "" otherwise.
std::string DateOf(std::string_view norm);

// The reason of a weak phrase found in the block, ignoring its shape ("" if none); used
// for blocks at the end of an article, where furniture gathers.
std::string WeakPhraseReason(const BlockInfo& b);

// Boilerplate at the end of a kept block ("... Share on Facebook Share on Twitter",
// "... (Photo: Jane Doe/AP)", "... Courtesy Sara Carson") or at its start ("Facebook
// Twitter Pinterest Matt Damon attends ..."). Never cuts the whole block.
std::optional<Cut> TrailingCut(std::string_view text, Span span);
std::optional<Cut> LeadingCut(std::string_view text, Span span);

// A short title-case line naming a photographer or agency ("Jonathan Ernst/Reuters",
// "Peter Klaunzer - Pool/Keystone Via Getty Images", "Getty (2)").
bool IsPhotoCreditLine(const BlockInfo& b, std::string_view raw, const CleanOptions& options);
// A line made only of sharing vocabulary ("Facebook Twitter Email", "Share Tweet").
bool IsShareBar(std::string_view norm);

// True if a sentence ends inside `raw` (". The", ".” Getty"), not only at its end.
bool HasInnerSentenceEnd(std::string_view raw);

// "By Jane Doe, Associated Press" -> "Jane Doe, Associated Press".
std::optional<std::string> FindByline(std::string_view block);

// "WASHINGTON (AP) — The ..." -> {prefix length through the dash, "WASHINGTON (AP)"}.
struct Dateline {
  uint32_t length = 0;
  std::string place;
};
std::optional<Dateline> FindDateline(std::string_view block);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_BLOCK_RULES_H_
