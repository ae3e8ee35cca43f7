// tokenizer.h: splits text into word, number, punctuation and symbol tokens with byte
// spans (internal to src/text; the public entry point is Analyzer::Tokenize).
#ifndef DOSSIER_SRC_TEXT_TOKENIZER_H_
#define DOSSIER_SRC_TEXT_TOKENIZER_H_

#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::text::internal {

struct RawToken {
  Span span;
  TokenKind kind = TokenKind::kWord;
  bool ascii = true;     // every byte of the span is ASCII
  bool address = false;  // URL, e-mail address or domain name: not stemmed
};

// Appends the tokens of text[span] (absolute spans) to *out. White space is skipped;
// an invalid UTF-8 byte becomes a one-byte kSymbol token.
void ScanTokens(std::string_view text, Span span, std::vector<RawToken>* out);

}  // namespace dossier::text::internal

#endif  // DOSSIER_SRC_TEXT_TOKENIZER_H_
