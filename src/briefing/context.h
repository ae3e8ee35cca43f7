// context.h: what every briefing stage shares (internal to src/briefing).
#ifndef DOSSIER_SRC_BRIEFING_CONTEXT_H_
#define DOSSIER_SRC_BRIEFING_CONTEXT_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "dossier/article.h"
#include "dossier/briefing.h"
#include "src/briefing/briefing.h"
#include "src/facts/facts.h"
#include "src/statements/statement_index.h"
#include "src/statements/features.h"

namespace dossier::briefing::internal {

struct SentenceFacts {
  std::vector<facts::Quantity> quantities;
  std::vector<facts::Mention> mentions;
};

struct Context {
  const std::vector<Article>& articles;
  const BriefingOptions& options;
  // Sentence vectors of the whole batch, the same representation the summarizer's
  // attribution uses, so "says the same thing" means one thing everywhere.
  statements::Cluster cluster;
  std::vector<std::vector<int>> unit_of;  // [article][sentence] -> unit index or -1
  std::unique_ptr<statements::StatementIndex> statements;  // over `cluster`
  std::vector<std::vector<SentenceFacts>> facts;  // [article][sentence]
  std::vector<facts::Entity> entities;            // mentions merged across the story
  statements::SparseVector centroid;     // the story's centroid vector
  std::vector<float> centroid_by_term;            // the same, indexed by term id
  std::vector<int> duplicate_of;                  // per article: original or -1
  std::string story_date;                         // median of known article dates

  Context(const std::vector<Article>& a, const BriefingOptions& o) : articles(a), options(o) {}

  // Cosine of unit u with the story centroid: Dot(units[u].vec, centroid), the same
  // sum in the same order, at the cost of the unit's terms instead of the story's
  // vocabulary (the centroid of a 5,000-article story holds every term of it).
  double Centrality(size_t u) const;

  // The source an article stands for: the original it is a near-copy of, else itself.
  size_t SourceOf(size_t article) const {
    return article < duplicate_of.size() && duplicate_of[article] >= 0
               ? static_cast<size_t>(duplicate_of[article])
               : article;
  }
  // Independent sources among `articles` (near-copies count once).
  int IndependentCount(const std::vector<size_t>& article_indices) const;
  // The unit of `other_article` that best supports the sentence (StatementIndex), with
  // its score; unit -1 when either side has no content word.
  std::pair<int, double> BestMatch(size_t article, size_t sentence, size_t other_article) const;
  // The score of that best match (0 when there is none).
  double BestSimilarity(size_t article, size_t sentence, size_t other_article) const;
  // For every other article holding a unit that supports the sentence at or above
  // `threshold` (> 0), ascending by article: (article, its best such unit). BestMatch
  // for all articles at once, from the StatementIndex's candidates, so the cost grows
  // with the sentence's candidates, not with the story (the result is sparse: a
  // 5,000-article story is not walked per sentence). Ties go to the earlier unit, as in
  // BestMatch.
  std::vector<std::pair<size_t, int>> SupportingUnits(size_t article, size_t sentence,
                                                      double threshold) const;
  // True when some unit of another article supports the sentence at or above
  // `threshold` (> 0): SupportingUnits(...) is not empty, found without building it
  // (stops at the first such unit).
  bool SupportedElsewhere(size_t article, size_t sentence, double threshold) const;
  // Whether unit v, which supports unit u (StatementIndex::Support at the threshold),
  // may be cited for it: the two share at least kMinCitationContentStems content words
  // beside the names (statements::SharedContentStems), neither names a person the other
  // does not ("John Mayoue" / "Randolph Evans"; one edit apart is one name: "Morsi" /
  // "Mursi"), v's article names every place u names (PlacesNamedIn: an article that
  // never mentions Jordan does not back "Jordan has enacted a law ..."), and v carries
  // u's direct quotation if it has one (statements::QuoteCarried).
  bool Cites(size_t u, size_t v) const;
  // Whether `article` names, somewhere, every place unit `u` names (demonyms aside).
  bool PlacesNamedIn(const statements::Unit& u, size_t article) const;
  // The unit of `article` whose span starts where `span` does, or -1.
  int UnitAt(size_t article, Span span) const;
  // How far sentence t of article b states what sentence s of article a states (0 when
  // either has no content word).
  double Similarity(size_t a, size_t s, size_t b, size_t t) const;
  const Sentence& SentenceAt(size_t article, size_t sentence) const {
    return articles[article].sentences[sentence];
  }
};

void BuildContext(Context* ctx);

// Stages, each filling its part of the briefing.
void DescribeSources(const Context& ctx, Briefing* out);
void FindNearCopies(Context* ctx);
void CheckConsistency(const Context& ctx, Briefing* out);  // flags + role/office disagreements
void AddSummary(const Context& ctx, Briefing* out);
void AddTimeline(const Context& ctx, Briefing* out);
void AddEntities(const Context& ctx, Briefing* out);
void AddNumbers(const Context& ctx, Briefing* out);  // key numbers + quantity disagreements
void AddPersonDisagreements(const Context& ctx, Briefing* out);  // ages, name spellings (people.cc)
void AddUniqueStatements(const Context& ctx, Briefing* out);

// A BriefItem for sentence `sentence` of `article`, citing every other article with a
// sentence at or above the support threshold (one citation per article, best first).
BriefItem ItemFor(const Context& ctx, size_t article, size_t sentence);

}  // namespace dossier::briefing::internal

#endif  // DOSSIER_SRC_BRIEFING_CONTEXT_H_
