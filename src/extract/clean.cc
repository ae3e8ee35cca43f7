// clean.cc: boilerplate removal, one article at a time against evidence from the others.
//
// Method: a three-pass block classifier. (1) Each article is split into paragraph blocks
// (blocks.cc) and every block is judged on its own (block_rules.cc: phrase lists, shape,
// credits, share bars, links, lone dates). (2) Repetition: a non-prose block that recurs
// in several articles of the batch, or in two articles of one source, is site furniture
// (the "template detection" idea of Bar-Yossef and Rajagopalan, WWW 2002, applied to
// lines). Prose is never removed for repetition, because syndicated copies of one story
// legitimately share paragraphs. (3) Context within the article, in reading order:
// a first short unpunctuated line followed by prose is the title; a byline and a dateline
// near the top become metadata; a short line between prose paragraphs is a subhead;
// short lines after a "Related" or "Read more:" header are its link list; blocks at the
// end carrying weak furniture words ("newsletter", "subscribe") are dropped, since page
// furniture gathers after the story (Kohlschuetter et al. 2010 found position one of the
// strongest features). Inline furniture at the end or start of a kept paragraph (a share
// bar, a photo credit) is cut off as its own span.
#include "src/extract/clean.h"

#include <algorithm>
#include <map>
#include <set>

#include "src/base/strings.h"
#include "src/extract/block_rules.h"
#include "src/extract/blocks.h"
#include "src/extract/lexicon.h"
#include "src/ingest/date.h"

namespace dossier::extract {
namespace {

struct Block {
  BlockInfo info;
  std::string reason;       // non-empty: the whole block is removed
  std::vector<Cut> cuts;    // parts removed from a kept block
  std::optional<Cut> tail;  // a trailing share bar or credit, found once in Classify
};

using Doc = std::vector<Block>;

bool IsHeaderReason(const std::string& r) { return r.starts_with("header-"); }

Doc Classify(Article* a, const CleanOptions& options) {
  std::erase_if(a->removed, [](const Removed& r) { return !IsHeaderReason(r.reason); });
  a->body.clear();
  std::vector<Span> header;
  for (const Removed& r : a->removed) header.push_back(r.span);
  Doc doc;
  for (Span span : SplitBlocks(a->text, header, options)) {
    Block b;
    b.info = Describe(a->text, span, options);
    // A paragraph ending in a share bar is judged without it: the bar is cut later.
    b.tail = TrailingCut(a->text, span);
    Span judged = b.tail ? Span{span.begin, b.tail->span.begin} : span;
    BlockInfo info = b.tail ? Describe(a->text, judged, options) : b.info;
    b.reason = WholeBlockReason(info, a->Slice(judged), options);
    doc.push_back(std::move(b));
  }
  return doc;
}

// Repetition key: normalized text with digits folded, so "Page 2" and "Page 3" match.
std::string RepeatKey(const Block& b) {
  std::string key = b.info.norm;
  for (char& c : key) {
    if (c >= '0' && c <= '9') c = '0';
  }
  return key;
}

bool RepeatCandidate(const Block& b) {
  return b.reason.empty() && !b.info.prose && b.info.words <= 15;
}

// Marks the candidates the evidence calls site furniture, and those repeated within the
// article itself.
void MarkRepeated(const Article& a, const LineEvidence& evidence, Doc* doc,
                  const CleanOptions& options) {
  std::map<std::string, int> in_article;
  for (const Block& b : *doc) {
    if (RepeatCandidate(b)) ++in_article[RepeatKey(b)];
  }
  for (Block& b : *doc) {
    if (!RepeatCandidate(b)) continue;
    std::string key = RepeatKey(b);
    bool page = in_article[key] >= options.min_repeat_in_article;
    if (page || evidence.Repeated(a.source, key, options)) b.reason = "repeated";
  }
}

std::string SourceKey(const std::string& source, const std::string& key) {
  std::string k = source;
  k += '\0';
  k += key;
  return k;
}

// Indices of the kept blocks, in order.
std::vector<size_t> Kept(const Doc& doc) {
  std::vector<size_t> out;
  for (size_t i = 0; i < doc.size(); ++i) {
    if (doc[i].reason.empty()) out.push_back(i);
  }
  return out;
}

bool TitleShaped(const BlockInfo& b, std::string_view raw, const CleanOptions& o) {
  if (b.words < 2 || b.words > o.max_title_words || raw.size() > 200) return false;
  char last = raw.back();
  char first = raw.front();
  bool opens = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') ||
               first == '"' || first == '\'' || static_cast<unsigned char>(first) >= 0x80;
  return opens && last != '.' && last != ',' && last != ';' && last != ':' && !b.terminal &&
         !HasInnerSentenceEnd(raw) && WeakPhraseReason(b).empty() &&
         !TrailingCut(raw, {0, static_cast<uint32_t>(raw.size())});
}

// A title: the first block (nothing kept before it), title-shaped, followed by prose.
// A block equal to an already known title is removed as its repetition.
void FindTitle(Article* a, Doc* doc, const CleanOptions& o) {
  std::vector<size_t> kept = Kept(*doc);
  if (kept.empty()) return;
  Block& first = (*doc)[kept[0]];
  std::string_view raw = a->Slice(first.info.span);
  if (!a->title.empty()) {
    if (first.info.norm == NormalizeForMatch(a->title)) first.reason = "title";
    return;
  }
  bool before = false;  // only metadata lines may precede a title
  for (size_t i = 0; i < kept[0]; ++i) {
    const std::string& r = (*doc)[i].reason;
    before |= r != "date" && r != "byline" && r != "dateline";
  }
  if (before || kept.size() < 2 || !TitleShaped(first.info, raw, o)) return;
  if (!(*doc)[kept[1]].info.prose) return;
  a->title = std::string(raw);
  first.reason = "title";
}

// Bylines, dates and a dateline near the top become metadata.
void FindTopMetadata(Article* a, Doc* doc) {
  int seen = 0;
  for (Block& b : *doc) {
    if (++seen > 6) break;
    std::string_view raw = a->Slice(b.info.span);
    if (b.reason == "date" && a->date.empty()) {
      a->date = DateOf(b.info.norm);
    }
    if (!b.reason.empty()) continue;
    if (auto by = FindByline(raw)) {
      b.reason = "byline";
      if (a->byline.empty()) a->byline = *by;
    }
  }
}

void FindDatelineIn(Article* a, Doc* doc) {
  std::vector<size_t> kept = Kept(*doc);
  for (size_t k = 0; k < kept.size() && k < 2; ++k) {
    Block& b = (*doc)[kept[k]];
    std::optional<Dateline> d = FindDateline(a->Slice(b.info.span));
    if (!d) continue;
    Span prefix{b.info.span.begin, b.info.span.begin + d->length};
    if (a->dateline.empty()) a->dateline = d->place;
    if (prefix.end >= b.info.span.end) {
      b.reason = "dateline";
    } else {
      b.cuts.push_back({prefix, "dateline"});
    }
    return;
  }
}

bool IsListHeader(const Block& b) {
  if (b.reason != "related-links") return false;
  std::string_view n = b.info.norm;
  return b.info.words <= 5 && (n.ends_with(":") || !b.info.terminal);
}

// Short non-prose lines after a "Related"/"Read more:" header are its links.
void MarkLinkLists(Doc* doc) {
  bool in_list = false;
  for (Block& b : *doc) {
    if (!b.reason.empty()) {
      in_list = IsListHeader(b) || (in_list && b.reason == "related-links");
      continue;
    }
    if (in_list && !b.info.prose && b.info.words <= 20) {
      b.reason = "related-links";
    } else {
      in_list = false;
    }
  }
}

bool SubheadShaped(const BlockInfo& b, std::string_view raw, const CleanOptions& o) {
  if (b.prose || b.words > o.max_subhead_words || raw.empty()) return false;
  char first = raw.front(), last = raw.back();
  bool opens = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9');
  bool closes = (last >= 'a' && last <= 'z') || (last >= 'A' && last <= 'Z') ||
                (last >= '0' && last <= '9') || last == ':';
  return opens && closes;
}

// A short line with prose before and after it (among kept blocks) is a subhead.
void MarkSubheads(Article* a, Doc* doc, const CleanOptions& o) {
  if (!o.drop_subheads) return;
  std::vector<size_t> kept = Kept(*doc);
  for (size_t k = 1; k + 1 < kept.size(); ++k) {
    Block& b = (*doc)[kept[k]];
    if (!(*doc)[kept[k - 1]].info.prose || !(*doc)[kept[k + 1]].info.prose) continue;
    if (SubheadShaped(b.info, a->Slice(b.info.span), o)) b.reason = "subhead";
  }
}

// From the end: kept blocks with weak furniture words, up to the first clean one.
void MarkTail(Doc* doc) {
  for (size_t i = doc->size(); i-- > 0;) {
    Block& b = (*doc)[i];
    if (!b.reason.empty()) continue;
    std::string reason = WeakPhraseReason(b.info);
    if (reason.empty()) return;
    b.reason = reason;
  }
}

void AddInlineCuts(Article* a, Doc* doc) {
  for (Block& b : *doc) {
    if (!b.reason.empty()) continue;
    if (auto cut = LeadingCut(a->text, b.info.span)) b.cuts.push_back(*cut);
    if (b.tail) b.cuts.push_back(*b.tail);
  }
}

// The kept part of a block once its cuts are taken out, trimmed.
Span KeptPart(const Article& a, const Block& b) {
  Span s = b.info.span;
  for (const Cut& c : b.cuts) {
    if (c.span.begin == s.begin) s.begin = c.span.end;
    if (c.span.end == s.end) s.end = c.span.begin;
  }
  std::string_view t = a.Slice(s);
  std::string_view trimmed = StripAscii(t);
  auto begin = s.begin + static_cast<uint32_t>(trimmed.data() - t.data());
  return {begin, begin + static_cast<uint32_t>(trimmed.size())};
}

void Emit(Article* a, const Doc& doc) {
  for (const Block& b : doc) {
    if (!b.reason.empty()) {
      a->removed.push_back({b.info.span, b.reason});
      continue;
    }
    for (const Cut& c : b.cuts) a->removed.push_back({c.span, c.reason});
    Span kept = KeptPart(*a, b);
    if (!kept.empty()) a->body.push_back(kept);
  }
  std::stable_sort(a->removed.begin(), a->removed.end(),
                   [](const Removed& x, const Removed& y) { return x.span.begin < y.span.begin; });
}

}  // namespace

std::vector<std::string> LineEvidence::Add(const std::string& source,
                                            const std::vector<std::string>& keys,
                                            const CleanOptions& options) {
  std::vector<std::string> flipped;
  for (const std::string& key : keys) {
    bool changed = ++articles_[key] == options.min_repeat_articles;
    if (!source.empty()) {
      changed |= ++articles_of_source_[SourceKey(source, key)] ==
                 options.min_repeat_articles_same_source;
    }
    if (changed) flipped.push_back(key);
  }
  return flipped;
}

bool LineEvidence::Repeated(const std::string& source, const std::string& key,
                            const CleanOptions& options) const {
  auto all = articles_.find(key);
  if (all != articles_.end() && all->second >= options.min_repeat_articles) return true;
  if (source.empty()) return false;
  auto own = articles_of_source_.find(SourceKey(source, key));
  return own != articles_of_source_.end() && own->second >= options.min_repeat_articles_same_source;
}

int LineEvidence::Count(const std::string& key) const {
  auto it = articles_.find(key);
  return it == articles_.end() ? 0 : it->second;
}

int LineEvidence::CountOfSource(const std::string& source, const std::string& key) const {
  if (source.empty()) return 0;
  auto it = articles_of_source_.find(SourceKey(source, key));
  return it == articles_of_source_.end() ? 0 : it->second;
}

void LineEvidence::AddCount(const std::string& key, int articles) { articles_[key] += articles; }

void LineEvidence::AddCountOfSource(const std::string& source, const std::string& key,
                                    int articles) {
  if (!source.empty()) articles_of_source_[SourceKey(source, key)] += articles;
}

std::vector<std::string> RepeatKeys(const Article& article, const CleanOptions& options) {
  Article scratch = article;  // Classify resets body and removals; the caller's stay
  std::set<std::string> keys;
  for (const Block& b : Classify(&scratch, options)) {
    if (RepeatCandidate(b)) keys.insert(RepeatKey(b));
  }
  return {keys.begin(), keys.end()};
}

void CleanArticle(Article* a, const LineEvidence& evidence, const CleanOptions& options) {
  Doc doc = Classify(a, options);
  MarkRepeated(*a, evidence, &doc, options);
  FindTopMetadata(a, &doc);
  FindDatelineIn(a, &doc);
  FindTitle(a, &doc, options);
  MarkLinkLists(&doc);
  MarkSubheads(a, &doc, options);
  MarkTail(&doc);
  AddInlineCuts(a, &doc);
  Emit(a, doc);
}

void CleanBatch(std::vector<Article>* articles, const CleanOptions& options) {
  LineEvidence evidence;
  for (const Article& a : *articles) evidence.Add(a.source, RepeatKeys(a, options), options);
  for (Article& a : *articles) CleanArticle(&a, evidence, options);
}

}  // namespace dossier::extract
