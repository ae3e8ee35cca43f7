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
#include "dossier/status.h"

namespace dossier::summarize {

enum class Method {
  kLead,        // first sentences of each article in turn (the classic baseline)
  kCentroid,    // MEAD centroid + position scores, greedy with redundancy check
  kLexRank,     // continuous LexRank (Erkan & Radev 2004)
  kTextRank,    // TextRank with word-overlap similarity (Mihalcea & Tarau 2004)
  kMmr,         // maximal marginal relevance (Carbonell & Goldstein 1998)
  kSubmodular,  // coverage + diversity reward (Lin & Bilmes 2011), budgeted greedy
  kConcept,     // bigram concept coverage ILP (Gillick & Favre 2009), GLPK
};

struct SummaryOptions {
  Method method = Method::kConcept;
  // Budgets; 0 = unset. Words are whitespace-separated, as ROUGE counts them. When all
  // are unset the summary gets kDefaultWords words, about a reader's paragraph.
  int max_words = 0;
  int max_sentences = 0;
  int max_bytes = 0;
  // Cut the last sentence at the word budget so the summary fills it exactly (for ROUGE
  // -l evaluations). Off keeps whole sentences and stays under the budget.
  bool truncate_last = false;
  // Score (attribution.h: idf-weighted Dice of content stems, 0 when the figures
  // differ) from which a sentence of another article supports a summary sentence (says
  // the same thing). Chosen on labelled pairs (`dossier eval attribution`); lower adds
  // sentences that only share the topic, higher misses paraphrases across outlets.
  double support_threshold = 0.35;
  // Two selected sentences more similar than this are redundant; only one is kept.
  // 0.2 (was 0.5): the leads of different outlets paraphrase one another (few shared
  // bigrams, cosine 0.2-0.5). Dev R-1 at 0.5 -> 0.2, with quote-led sentences allowed:
  // Multi-News concept 47.41 -> 47.97, lead 46.64 -> 47.75, centroid 46.58 -> 47.40;
  // DUC 2004 concept 39.76 -> 39.85, lead 36.83 -> 37.14 (0.25/0.3/0.4 in between).
  double redundancy_threshold = 0.2;
  // Sentences outside [min, max] words are not selected (unless nothing else is left).
  int min_sentence_words = 8;
  int max_sentence_words = 55;
  // Trim sentences before selection (compress.h): parentheticals, leading connectives
  // and adverbial clauses, attribution tails, comma-bounded relative clauses and
  // appositives. A trimmed summary sentence lists the byte spans it kept in `parts`.
  bool compress = true;
  // Skip sentences that open with a pronoun or connective ("He said", "But") and so
  // lean on a sentence the reader will not see.
  bool skip_dependent_sentences = true;
  // kConcept only: solve the coverage ILP exactly with GLPK (about 10x slower) instead
  // of the greedy approximation, which scores within 0.2 ROUGE points of it.
  bool exact_concepts = false;
};

inline constexpr int kDefaultWords = 120;

struct Support {
  size_t article = 0;  // index into the input vector
  Span span;
  double similarity = 0;
};

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
