// clean.h: boilerplate removal and body segmentation, one article at a time against
// evidence from the others.
//
//   dossier::extract::LineEvidence evidence;     // what the engine keeps
//   for (const Article& a : articles) evidence.Add(a.source, RepeatKeys(a, {}), {});
//   dossier::extract::CleanArticle(&articles[0], evidence, {});
//   // or, for a batch taken as the whole evidence:
//   dossier::extract::CleanBatch(&articles, {});
//   for (dossier::Span s : articles[0].body) std::cout << articles[0].Slice(s) << "\n\n";
//   for (const dossier::Removed& r : articles[0].removed)
//     std::cerr << r.reason << ": " << articles[0].Slice(r.span) << "\n";
//
// Cleaning splits each Article::text into blocks (paragraphs; hard-wrapped lines are
// joined), classifies every block, and fills Article::body with the kept blocks and
// Article::removed with every dropped span and its reason. Metadata the text states
// (title line, date line, byline, dateline) fills the Article fields that are still
// empty. Spans already in Article::removed (the header found by ingest) are left out.
//
// Removal reasons (see resources/extract/README.md for the phrase lists):
//   comment-prompt, share-bar, newsletter, related-links, navigation, promo,
//   photo-credit, photo-caption, copyright, credit-line, print-notice,
//   separator, link, date, byline, dateline, title, subhead, repeated.
//
// Thread safety: CleanArticle reads the evidence and writes only its article; LineEvidence
// is not synchronized (Engine serializes its use).
#ifndef DOSSIER_SRC_EXTRACT_CLEAN_H_
#define DOSSIER_SRC_EXTRACT_CLEAN_H_

#include <string>
#include <unordered_map>
#include <vector>

#include "dossier/article.h"
#include "dossier/options.h"

namespace dossier::extract {

// Public as dossier::CleanOptions (include/dossier/options.h).
using CleanOptions = ::dossier::CleanOptions;

// Repetition evidence: for every repeat key (a short non-prose block, normalized, digits
// folded), how many distinct articles hold it, overall and per source. Counts only grow,
// so a key's verdict ("repeated": site furniture) flips at most once per threshold.
class LineEvidence {
 public:
  // Counts one article holding `keys` (distinct, as RepeatKeys returns them). Returns the
  // keys whose verdict changed for some article: the overall count reached
  // min_repeat_articles, or this source's count reached min_repeat_articles_same_source.
  // Call once per distinct article.
  std::vector<std::string> Add(const std::string& source, const std::vector<std::string>& keys,
                               const CleanOptions& options);
  // True when `key` is site furniture for an article of `source` ("" = unknown source).
  bool Repeated(const std::string& source, const std::string& key,
                const CleanOptions& options) const;

  // Articles counted holding `key`, overall and of `source` (0 for an empty source).
  int Count(const std::string& key) const;
  int CountOfSource(const std::string& source, const std::string& key) const;
  // Adds counts kept elsewhere (evidence shipped to another process, partial counts of
  // several workers): AddCount(k, n) is n Adds of articles holding k, as far as Count
  // and Repeated can tell; AddCountOfSource the same for one source (ignored when empty).
  void AddCount(const std::string& key, int articles);
  void AddCountOfSource(const std::string& source, const std::string& key, int articles);

 private:
  std::unordered_map<std::string, int> articles_;            // key -> articles
  std::unordered_map<std::string, int> articles_of_source_;  // source + '\0' + key -> articles
};

// The distinct repeat keys of one article, sorted: what LineEvidence counts for it.
// Depends on the article alone. REQUIRES: Article::text valid UTF-8 shorter than 4 GiB.
std::vector<std::string> RepeatKeys(const Article& article, const CleanOptions& options);

// Removes boilerplate from one article against `evidence` (which should count it): fills
// Article::body (kept blocks as spans into Article::text), Article::removed (every
// dropped span with a reason, sorted by position) and metadata found in the text
// (byline, dateline, title/date where a reader would find them and they are not already
// known). A function of the article and of the evidence's verdicts on its keys.
// Idempotent: body and non-header removals are recomputed.
// REQUIRES: article is non-null; Article::text is valid UTF-8 shorter than 4 GiB.
void CleanArticle(Article* article, const LineEvidence& evidence, const CleanOptions& options);

// CleanArticle for every article of a batch, with the evidence of exactly that batch
// (each element counted as one article). What Engine does incrementally, at once.
// REQUIRES: articles is non-null; every Article::text is valid UTF-8 shorter than 4 GiB.
void CleanBatch(std::vector<Article>* articles, const CleanOptions& options);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_CLEAN_H_
