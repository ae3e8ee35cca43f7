// normalize.h: Unicode normalization of text for matching.
//
//   std::string nfc = text::NormalizeNfc(raw);              // canonical composition
//   std::string key = text::NormalizeForMatching("Don’t");  // "don't"
//
// Neither function changes Article::text; they produce separate strings (Token::norm,
// lookup keys), so byte spans into the original text stay valid.
// Thread safety: both functions are thread-safe.
#ifndef DOSSIER_SRC_TEXT_NORMALIZE_H_
#define DOSSIER_SRC_TEXT_NORMALIZE_H_

#include <string>
#include <string_view>

namespace dossier::text {

// ICU NFC normalization. Invalid UTF-8 sequences become U+FFFD. ASCII input is returned
// unchanged without calling ICU.
std::string NormalizeNfc(std::string_view utf8);

// NFC, then lower case (ICU root locale), then: curly and other single quotes and
// apostrophes -> ', double quotes and guillemets -> ", every dash and minus sign -> -,
// every Unicode space (NBSP, thin space, tab, newline, ...) -> ' '; soft hyphens,
// zero-width spaces and byte-order marks are dropped.
std::string NormalizeForMatching(std::string_view utf8);

}  // namespace dossier::text

#endif  // DOSSIER_SRC_TEXT_NORMALIZE_H_
