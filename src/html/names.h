// names.h: what an element's class and id say it is, as a few bits per element.
//
//   std::vector<uint8_t> names = html::ElementNames(dom);
//   if (names[i] & html::kNamesStrong) ...  // "share-bar", "commentList", "cookie_consent"
//
// Class and id are cut into words at punctuation and camelCase ("commentList" is comment,
// list) and compared whole, so "shareholder" names no share bar. A few words that sites
// glue to others ("postcomments", "relatedposts") are also found inside a word. With four
// or more classes, taxonomy tokens a CMS adds to a post's wrapper ("category-comments",
// "tag-share", "author-admin") are skipped: they say what the post is about, not what the
// element is. Utility classes ("lg:text-lg", "text-gray-700", "has-text-color",
// "is-active") say how it looks and name nothing. A content word in the same class token
// as a strong word names that box's own content ("newsletter-text", "related-content")
// and does not count, except in a comment section ("comment-content"). No per-site rule;
// the word lists are in names.cc.
#ifndef DOSSIER_SRC_HTML_NAMES_H_
#define DOSSIER_SRC_HTML_NAMES_H_

#include <cstdint>
#include <string_view>
#include <vector>

#include "src/html/dom.h"

namespace dossier::html {

inline constexpr uint8_t kNamesContent = 1;    // article, content, main, body, text, story, entry
inline constexpr uint8_t kNamesStrong = 2;     // never the article: comments, consent, share, ...
inline constexpr uint8_t kNamesStrongIn = 4;   // a strong word inside a word ("postcomments")
inline constexpr uint8_t kNamesWeak = 8;       // usually a box: nav, sidebar, widget, ad, ...
inline constexpr uint8_t kNamesComments = 16;  // the comment section itself
inline constexpr uint8_t kNamesCredit = 32;    // caption, credit, copyright: a picture's label

// The kNames* bits of every node (0 for text and for elements without class or id).
std::vector<uint8_t> ElementNames(const Dom& dom);

// The kNames* bits of one class or id value (exposed for tests).
uint8_t NamesOf(std::string_view class_or_id);

}  // namespace dossier::html

#endif  // DOSSIER_SRC_HTML_NAMES_H_
