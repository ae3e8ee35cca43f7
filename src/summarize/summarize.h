// summarize.h: extractive multi-document summaries with attribution.
//
//   summarize::SummaryOptions options;        // default method and a reader's budget
//   options.max_words = 100;
//   summarize::Summary s = summarize::Summarize(articles, options);
//   for (const auto& line : s.sentences)
//     std::cout << line.text << "  [" << articles[line.article].source << " +"
//               << line.support.size() << "]\n";
//
// Every method picks sentences of the input, trimmed of low-content phrases (optionally
// cutting the last one at the word budget), so each summary line points to the exact
// bytes it came from (SummarySentence::parts) and to
// the sentences of other articles that say the same thing. Methods, their sources and
// the measurements that chose the default are in summarize.cc and docs.
//
// Thread safety: Summarize is a pure function; call it concurrently on different inputs.
#ifndef DOSSIER_SRC_SUMMARIZE_SUMMARIZE_H_
#define DOSSIER_SRC_SUMMARIZE_SUMMARIZE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/article.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "src/statements/statement_index.h"

namespace dossier::summarize {

// The method and options are public (include/dossier/options.h); these are their names
// inside summarize.
using Method = SummaryMethod;
using SummaryOptions = ::dossier::SummaryOptions;

inline constexpr int kDefaultWords = kDefaultSummaryWords;

using Support = statements::Support;

struct SummarySentence {
  size_t article = 0;  // index into the input vector
  Span span;           // the bytes used, into articles[article].text (first to last part)
  std::vector<Span> parts;  // the bytes shown, in order (one part unless trimmed)
  std::string text;    // the parts as shown (cut at the budget when truncate_last)
  double score = 0;    // the method's score of the sentence (higher = more central)
  std::vector<Support> support;  // every OTHER article's sentence saying the same thing
};

struct Summary {
  std::vector<SummarySentence> sentences;  // in reading order: article date, then position
};

// REQUIRES: articles analyzed (Article::sentences with tokens). Deterministic: ties are
// broken by article index, then sentence position.
Summary Summarize(const std::vector<Article>& articles, const SummaryOptions& options);

// "lead", "centroid", "lexrank", "textrank", "mmr", "submodular", "concept".
StatusOr<Method> ParseMethod(std::string_view name);
std::string_view MethodName(Method method);
// All methods, for evaluation tables.
std::vector<Method> AllMethods();

}  // namespace dossier::summarize

#endif  // DOSSIER_SRC_SUMMARIZE_SUMMARIZE_H_
