// clean.h: boilerplate removal and body segmentation for a batch of articles.
//
//   std::vector<dossier::Article> articles = ...;  // from ingest::ReadArticles
//   dossier::extract::CleanBatch(&articles, {});
//   for (dossier::Span s : articles[0].body) std::cout << articles[0].Slice(s) << "\n\n";
//   for (const dossier::Removed& r : articles[0].removed)
//     std::cerr << r.reason << ": " << articles[0].Slice(r.span) << "\n";
//
// CleanBatch splits each Article::text into blocks (paragraphs; hard-wrapped lines are
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
// Thread safety: CleanBatch only touches the articles it is given.
#ifndef DOSSIER_SRC_EXTRACT_CLEAN_H_
#define DOSSIER_SRC_EXTRACT_CLEAN_H_

#include <vector>

#include "dossier/article.h"

namespace dossier::extract {

struct CleanOptions {
  // A non-prose block (no final punctuation, or very short) seen in at least this many
  // articles of the batch is boilerplate ("Tweet with a location"). Lower catches more
  // site furniture in small batches, and more headlines shared by syndicated copies.
  int min_repeat_articles = 3;
  // The same for articles of one (non-empty) Article::source: sites repeat their own
  // furniture, so two articles suffice.
  int min_repeat_articles_same_source = 2;
  // The same within one article: page headers and footers of converted documents
  // ("PROPERTY OF THE U.S. HOUSE OF REPRESENTATIVES") recur on every page.
  int min_repeat_in_article = 3;
  // Blocks with at least this many words count as prose even without final punctuation
  // (scrapers often cut the last sentence). Lower protects more text from shape rules.
  int prose_min_words = 20;
  // Phrase rules that match anywhere in a block ("all rights reserved") apply only to
  // blocks up to this long, so a long paragraph quoting the phrase is kept.
  int max_phrase_block_words = 60;
  // Phrase rules that match a block's start ("Related:", "SEE ALSO:") apply up to this
  // length. Higher drops longer promoted-headline lines, and risks real paragraphs.
  int max_start_block_words = 40;
  // Longest photo credit line ("Peter Klaunzer - Pool/Keystone Via Getty Images").
  int max_credit_words = 12;
  // A short line between two prose paragraphs is a subhead ("Tensions mount:"). Subheads
  // are dropped and recorded as "subhead" when true (they are not sentences a summary
  // should quote); kept in the body when false.
  bool drop_subheads = true;
  int max_subhead_words = 10;
  // Longest first line taken as a title when the article has none.
  // Headlines rarely exceed 16 words; longer unpunctuated first lines are mostly
  // standfirsts or scraped lead sentences, which are prose.
  int max_title_words = 16;
  // Hard-wrap detection: at least `min_wrapped_lines` non-blank lines, the widest no
  // wider than `max_wrap_width` bytes, and at least `wrapped_line_fraction` of them
  // within 75% of that width. Then lines of one paragraph are joined into one block.
  int min_wrapped_lines = 5;
  int max_wrap_width = 100;
  double wrapped_line_fraction = 0.5;
};

// Removes boilerplate from every article of a batch: fills Article::body (kept blocks as
// spans into Article::text), Article::removed (every dropped span with a reason, sorted
// by position) and metadata found in the text (byline, dateline, title/date where a
// reader would find them and they are not already known). Uses repetition across the
// batch and per source. Idempotent: body and non-header removals are recomputed.
// REQUIRES: articles is non-null; every Article::text is valid UTF-8 shorter than 4 GiB.
void CleanBatch(std::vector<Article>* articles, const CleanOptions& options);

}  // namespace dossier::extract

#endif  // DOSSIER_SRC_EXTRACT_CLEAN_H_
