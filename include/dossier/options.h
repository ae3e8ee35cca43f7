// options.h: every knob of the engine, with its default and what moving it trades.
//
//   dossier::EngineOptions options;            // reading and cleaning
//   options.read.format = dossier::ReadOptions::Format::kJsonl;
//   dossier::Engine engine(options);
//
//   dossier::BriefingOptions brief;            // one briefing
//   brief.summary.max_words = 250;
//   brief.summary.method = dossier::SummaryMethod::kMmr;
//   dossier::StatusOr<dossier::Briefing> b = engine.Brief(ids, brief);
//
// The pipeline stages under src/ use these same structs (under their own names, e.g.
// extract::CleanOptions), so a default documented here is the default that runs.
#ifndef DOSSIER_OPTIONS_H_
#define DOSSIER_OPTIONS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "dossier/status.h"
#include "dossier/story.h"

namespace dossier {

// How input bytes become articles (ingest).
struct ReadOptions {
  // Format of a file; kAuto detects by extension (.jsonl/.ndjson/.json -> JSONL) and
  // content (first line a JSON object -> JSONL; "|||||" present -> Multi-News; else text).
  //   text       one article per file; a leading title / date / URL header is metadata.
  //   multinews  documents separated by "|||||"; ids "<stem>#<n>" (n from 1).
  //   jsonl      one JSON object per line: an article (title/headline, text/body/content/
  //              maintext, date/published/..., url/link, source/publisher/site, id), or a
  //              summarization cluster ({"id","documents":[...]}) whose documents are read;
  //              a JSON article with "html", "raw_html" or "content_html" is a web page.
  //   html       a web page (.html/.htm, gzipped or not, or markup detected in the
  //              content): its main text and metadata become the article (src/html).
  enum class Format { kAuto, kText, kJsonl, kMultiNews, kHtml } format = Format::kAuto;
  // Largest single document (a text file, a Multi-News piece or a JSONL line) accepted.
  // News articles are rarely over 200 KB; anything bigger is a dump or junk and would make
  // every later per-article stage slow. Raising it trades memory and time for coverage.
  size_t max_document_bytes = size_t{8} << 20;
  // Largest web page (after gunzip) parsed; the main text must still fit
  // max_document_bytes. Pages above 64 MiB are crawl dumps, not pages; raising it costs
  // memory in proportion (the DOM is about 10x the page).
  size_t max_page_bytes = size_t{64} << 20;
};

// Boilerplate removal (extract). The repetition rules count distinct articles holding a
// line in the evidence the engine keeps (docs/DESIGN.md, "Cleaning evidence").
struct CleanOptions {
  // A non-prose block (no final punctuation, or very short) seen in at least this many
  // articles is boilerplate ("Tweet with a location"). Lower catches more site furniture
  // in small piles, and more headlines shared by syndicated copies.
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

// What an Engine does with documents as they are added.
struct EngineOptions {
  ReadOptions read;
  CleanOptions clean;
  // Remove boilerplate. Off keeps every line as body text (still split into sentences).
  bool clean_boilerplate = true;
  // Split sentences and tokenize. Off leaves Article::sentences empty (and Brief has
  // nothing to summarize).
  bool analyze = true;

  // The SQLite database the engine keeps its articles, their cleaned form, the cleaning
  // evidence and the stories in (docs/storage.md). Empty (the default, for one-shot
  // runs): everything is held in memory and lost with the Engine. A path: articles are
  // committed as they are added and a later Engine::Open of the same path finds them,
  // with the same ids and story ids. A database keeps the `clean_boilerplate`, `clean`
  // and `cluster` options it was created with; reopened, those win over the ones given
  // here (Engine::options() tells which ran).
  std::string database;
  // Create `database` when the file does not exist. Off: opening a missing file is
  // kNotFound (what a command that only reads wants).
  bool create_if_missing = true;
  // The clustering of Engine::Stories and BriefStory when called with these options
  // (the default ClusterOptions{}); with a database, the stories it stores. Other
  // options are computed in memory from the start, on demand.
  ClusterOptions cluster;
  // Briefings of stories (BriefStory) kept until their story changes; the least
  // recently used goes first. 0 turns the cache off. A briefing is a few KB to a few
  // hundred KB (a 1,000-article story).
  size_t briefing_cache_size = 1024;
};

enum class SummaryMethod {
  kLead,        // first sentences of each article in turn (the classic baseline)
  kCentroid,    // MEAD centroid + position scores, greedy with redundancy check
  kLexRank,     // continuous LexRank (Erkan & Radev 2004)
  kTextRank,    // TextRank with word-overlap similarity (Mihalcea & Tarau 2004)
  kMmr,         // maximal marginal relevance (Carbonell & Goldstein 1998)
  kSubmodular,  // coverage + diversity reward (Lin & Bilmes 2011), budgeted greedy
  kConcept,     // bigram concept coverage ILP (Gillick & Favre 2009), GLPK
};

// "lead", "centroid", "lexrank", "textrank", "mmr", "submodular", "concept".
StatusOr<SummaryMethod> ParseSummaryMethod(std::string_view name);
std::string_view SummaryMethodName(SummaryMethod method);
// All methods, for evaluation tables.
std::vector<SummaryMethod> AllSummaryMethods();

// The summary part of a briefing (summarize).
struct SummaryOptions {
  SummaryMethod method = SummaryMethod::kConcept;
  // Budgets; 0 = unset. Words are whitespace-separated, as ROUGE counts them. When all
  // are unset the summary gets kDefaultSummaryWords words, about a reader's paragraph.
  int max_words = 0;
  int max_sentences = 0;
  int max_bytes = 0;
  // Cut the last sentence at the word budget so the summary fills it exactly (for ROUGE
  // -l evaluations). Off keeps whole sentences and stays under the budget.
  bool truncate_last = false;
  // Score (idf-weighted Dice of content stems, 0 when the figures differ) from which a
  // sentence of another article supports a summary sentence (says the same thing).
  // Chosen on labelled pairs (`dossier eval attribution`); lower adds sentences that only
  // share the topic, higher misses paraphrases across outlets.
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
  // Trim sentences before selection: parentheticals, leading connectives and adverbial
  // clauses, attribution tails, comma-bounded relative clauses and appositives. A
  // trimmed summary sentence lists the byte spans it kept.
  bool compress = true;
  // Skip sentences that open with a pronoun or connective ("He said", "But") and so
  // lean on a sentence the reader will not see.
  bool skip_dependent_sentences = true;
  // kConcept only: solve the coverage ILP exactly with GLPK (about 10x slower) instead
  // of the greedy approximation, which scores within 0.2 ROUGE points of it.
  bool exact_concepts = false;
};

inline constexpr int kDefaultSummaryWords = 120;

// One briefing (briefing).
struct BriefingOptions {
  // Whole sentences for readers: trimming (SummaryOptions::compress) can drop an
  // attribution ("..., officials said") or a time, which changes what a source claims.
  BriefingOptions() { summary.compress = false; }

  SummaryOptions summary;
  // Jaccard similarity of 5-word shingle sets above which a later article is a
  // near-copy (syndicated or lightly edited) of an earlier one. Lower finds more
  // rewrites, and more false pairs between articles quoting the same statement.
  double duplicate_threshold = 0.5;
  // An article contradicting the consensus this many times is flagged as suspect and
  // its sentences are replaced in the summary by a clean source saying the same thing.
  int suspect_min_contradictions = 2;
  // A copyright or dateline year this far from the story's year is flagged.
  int stale_year_gap = 2;
  size_t max_timeline_entries = 12;
  size_t max_entities = 12;
  size_t max_numbers = 8;
  size_t max_unique_per_source = 3;
  // "Only in one source" lists at most this many sources: those whose best sentence is
  // most central to the story (shown in source order). A reader cannot use the unique
  // statements of thousands of sources, and each source's check costs a search of the
  // whole story. Stories of up to this many sources show all of them.
  size_t max_unique_sources = 12;
};

}  // namespace dossier

#endif  // DOSSIER_OPTIONS_H_
