// test_util.h: hand-built analyzed articles for summarize tests (no text module needed).
#ifndef DOSSIER_SRC_STATEMENTS_TEST_UTIL_H_
#define DOSSIER_SRC_STATEMENTS_TEST_UTIL_H_

#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"

namespace dossier::statements::testing {

// A tiny tokenizer: letters/digits runs are words (lower-cased; a trailing "s" is cut as
// a stand-in stemmer), everything else but spaces is punctuation.
inline void Tokenize(const std::string& text, Sentence* s) {
  static const std::set<std::string> kStop = {"the", "a", "an", "of", "in", "on", "and",
                                               "to", "was", "is", "by", "for", "at", "it",
                                               "he", "she", "but", "with", "from", "after"};
  for (uint32_t p = s->span.begin; p < s->span.end;) {
    unsigned char ch = static_cast<unsigned char>(text[p]);
    if (std::isspace(ch)) {
      ++p;
      continue;
    }
    Token t;
    uint32_t q = p + 1;
    if (std::isalnum(ch)) {
      while (q < s->span.end && std::isalnum(static_cast<unsigned char>(text[q]))) ++q;
    }
    t.span = Span{p, q};
    for (uint32_t i = p; i < q; ++i) t.norm += static_cast<char>(std::tolower(text[i]));
    t.kind = std::isalpha(ch) ? TokenKind::kWord
             : std::isdigit(ch) ? TokenKind::kNumber : TokenKind::kPunct;
    t.stem = t.norm;
    if (t.stem.size() > 3 && t.stem.back() == 's') t.stem.pop_back();
    t.stopword = kStop.count(t.norm) > 0;
    s->tokens.push_back(std::move(t));
    p = q;
  }
}

// An article whose sentences are `sentences`, separated by one space.
inline Article MakeArticle(std::string id, std::string date,
                           const std::vector<std::string>& sentences) {
  Article a;
  a.id = std::move(id);
  a.date = std::move(date);
  for (size_t i = 0; i < sentences.size(); ++i) {
    if (i > 0) a.text += ' ';
    Sentence s;
    s.span.begin = static_cast<uint32_t>(a.text.size());
    a.text += sentences[i];
    s.span.end = static_cast<uint32_t>(a.text.size());
    s.index = static_cast<uint32_t>(i);
    a.sentences.push_back(std::move(s));
  }
  for (Sentence& s : a.sentences) Tokenize(a.text, &s);
  return a;
}

}  // namespace dossier::statements::testing

#endif  // DOSSIER_SRC_STATEMENTS_TEST_UTIL_H_
