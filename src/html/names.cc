// names.cc: the word lists behind ElementNames, and the word cutter.
#include "src/html/names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string>

namespace dossier::html {
namespace {

// Words naming furniture that is never the article, even when it is prose (comments,
// consent texts, newsletter pitches, related-article teasers).
constexpr std::array<std::string_view, 28> kStrongWords = {
    "author", "byline", "comment", "comments", "kommentare", "disqus", "respond", "cookie",
    "cookies", "consent", "gdpr", "newsletter", "subscribe", "subscription", "share", "sharing",
    "shariff", "social", "socials", "related", "recommended", "recommendations",
    "breadcrumb", "breadcrumbs", "pagination", "pager", "login", "signup"};
// Strong words that sites glue to others ("postcomments", "relatedPosts" is split anyway,
// "relatedposts" is not), found anywhere in the value; "commentary" is an article.
constexpr std::array<std::string_view, 9> kStrongInside = {
    "comment", "cookie", "newsletter", "breadcrumb", "sidebar", "related", "consent", "disqus",
    "pagination"};
// Words naming boxes that are usually furniture, but that some sites give to the
// article's own wrapper (Elementor's "elementor-widget", Blogger's "widget Blog").
constexpr std::array<std::string_view, 34> kWeakWords = {
    "nav", "navbar", "navigation", "menu", "submenu", "megamenu", "footer", "sidebar",
    "widget", "widgets", "banner", "ad", "ads", "advert", "advertisement", "adsbygoogle",
    "sponsor", "sponsored", "promo", "popup", "modal", "overlay", "tags", "tagcloud",
    "caption", "credit", "credits", "copyright", "toolbar", "masthead",
    "skip", "print", "rating", "teaser"};
// Words that name the article itself, as Readability's okMaybeItsACandidate.
constexpr std::array<std::string_view, 9> kContentWords = {
    "article", "content", "main", "body", "text", "story", "entry", "artikel", "inhalt"};
constexpr std::array<std::string_view, 4> kCreditWords = {"caption", "credit", "credits", "copyright"};
constexpr std::array<std::string_view, 6> kCommentWords = {
    "comment", "comments", "kommentare", "disqus", "respond", "commentlist"};

bool IsWordByte(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

template <size_t N>
bool Has(const std::array<std::string_view, N>& words, std::string_view w) {
  return std::find(words.begin(), words.end(), w) != words.end();
}

uint8_t WordBits(std::string_view lower) {
  uint8_t bits = 0;
  if (Has(kContentWords, lower)) bits |= kNamesContent;
  if (Has(kStrongWords, lower)) bits |= kNamesStrong;
  if (Has(kWeakWords, lower)) bits |= kNamesWeak;
  if (Has(kCommentWords, lower)) bits |= kNamesComments;
  if (Has(kCreditWords, lower)) bits |= kNamesCredit;
  return bits;
}

// Bits of the words of `s`: split at non-alphanumerics and at a lower-to-upper change.
uint8_t TokenBits(std::string_view s) {
  uint8_t bits = 0;
  std::string word;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && !IsWordByte(s[i])) ++i;
    size_t j = i;
    while (j < s.size() && IsWordByte(s[j])) {
      ++j;
      if (j < s.size() && std::islower(static_cast<unsigned char>(s[j - 1])) &&
          std::isupper(static_cast<unsigned char>(s[j]))) {
        break;
      }
    }
    word.clear();
    for (size_t k = i; k < j; ++k) word.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(s[k]))));
    if (!word.empty()) bits |= WordBits(word);
    i = j;
  }
  return bits;
}

bool TaxonomyToken(std::string_view t) {
  for (std::string_view p : {"category-", "tag-", "author-", "postid-", "format-", "type-", "status-"}) {
    if (t.starts_with(p)) return true;
  }
  return false;
}

// A utility class says how an element looks or what state it is in, not what it is: a
// responsive or state variant ("lg:text-lg", "hover:underline", "md:col-span-10") or a
// style or state prefix ("text-gray-700", "text-center", "has-text-color",
// "is-style-default"). Its words name nothing: "text" in "text-lg" is no article text.
bool UtilityToken(std::string_view t) {
  if (t.find(':') != std::string_view::npos) return true;
  for (std::string_view p : {"text-", "has-", "is-"}) {
    if (t.starts_with(p)) return true;
  }
  return false;
}

// kNamesStrongIn when a strong word is found inside a word, with kNamesComments when
// that word is "comment".
uint8_t InsideBits(std::string_view s) {
  std::string low(s);
  for (char& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  uint8_t bits = 0;
  for (std::string_view w : kStrongInside) {
    for (size_t at = low.find(w); at != std::string::npos; at = low.find(w, at + 1)) {
      if (w != "comment") {
        bits |= kNamesStrongIn;
        break;
      }
      if (low.compare(at, 10, "commentary") != 0) {
        bits |= kNamesStrongIn | kNamesComments;
        break;
      }
    }
  }
  return bits;
}

// The bits of one class token. A content word in the same token as a furniture word
// names that box's own content ("comment-content", "newsletter-text", "widget_text",
// "sidebar-content"), not the article's.
uint8_t ClassTokenBits(std::string_view token) {
  if (UtilityToken(token)) return 0;
  uint8_t bits = InsideBits(token) | TokenBits(token);
  if ((bits & (kNamesStrong | kNamesStrongIn)) && !(bits & kNamesComments)) bits &= static_cast<uint8_t>(~kNamesContent);
  return bits;
}

}  // namespace

uint8_t NamesOf(std::string_view v) {
  if (v.empty()) return 0;
  const bool many = std::count(v.begin(), v.end(), ' ') >= 3;
  uint8_t bits = 0;
  for (size_t i = 0; i < v.size();) {
    const size_t j = std::min(v.find(' ', i), v.size());
    const std::string_view token = v.substr(i, j - i);
    if (!(many && TaxonomyToken(token))) bits |= ClassTokenBits(token);
    i = j + 1;
  }
  return bits;
}

std::vector<uint8_t> ElementNames(const Dom& dom) {
  std::vector<uint8_t> names(dom.nodes.size(), 0);
  for (size_t i = 0; i < dom.nodes.size(); ++i) {
    const Node& n = dom.nodes[i];
    if (n.IsText() || n.attr_begin == n.attr_end) continue;
    names[i] = NamesOf(dom.Attr(i, "class")) | NamesOf(dom.Attr(i, "id"));
  }
  return names;
}

}  // namespace dossier::html
