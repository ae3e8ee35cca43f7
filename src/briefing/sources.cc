// Sources: outlet names and near-copies.
//
// Near-copies are found by the Jaccard similarity of the articles' sets of 5-word
// shingles over normalized word tokens (Broder 1997). A batch is one story of at most a
// few hundred articles, so all pairs are compared exactly; a firehose would put MinHash
// with banded LSH in front of this same test. The later article (by date, then input
// order) of a similar pair is marked as the copy: copies count as reach, not as
// independent corroboration.
#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>

#include "src/briefing/context.h"
#include "src/dedup/near_dup_index.h"

namespace dossier::briefing::internal {

namespace {

constexpr size_t kShingleWords = 5;

std::vector<uint64_t> Shingles(const Article& a) {
  std::vector<const std::string*> words;
  for (const Sentence& s : a.sentences) {
    for (const Token& t : s.tokens) {
      if (t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber) words.push_back(&t.norm);
    }
  }
  std::vector<uint64_t> out;
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 1469598103934665603ull;
    for (size_t k = 0; k < kShingleWords; ++k) {
      h = (h ^ std::hash<std::string>{}(*words[i + k])) * 1099511628211ull;
    }
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// True when article x came before y: known dates first by date, then input order.
bool Earlier(const std::vector<Article>& articles, size_t x, size_t y) {
  const std::string& dx = articles[x].date;
  const std::string& dy = articles[y].date;
  if (!dx.empty() && !dy.empty() && dx != dy) return dx < dy;
  return x < y;
}

}  // namespace

void FindNearCopies(Context* ctx) {
  const auto& articles = ctx->articles;
  std::vector<std::vector<uint64_t>> shingles;
  for (const Article& a : articles) shingles.push_back(Shingles(a));
  for (size_t y = 0; y < articles.size(); ++y) {
    for (size_t x = 0; x < articles.size(); ++x) {
      if (x == y || !Earlier(articles, x, y) || ctx->duplicate_of[x] >= 0) continue;
      if (dedup::Jaccard(shingles[x], shingles[y]) >= ctx->options.duplicate_threshold) {
        ctx->duplicate_of[y] = static_cast<int>(x);
        break;
      }
    }
  }
}

void DescribeSources(const Context& ctx, Briefing* out) {
  for (size_t i = 0; i < ctx.articles.size(); ++i) {
    const Article& a = ctx.articles[i];
    SourceInfo s;
    s.id = a.id;
    s.title = a.title;
    s.date = a.date;
    s.url = a.url;
    s.outlet = a.source;  // ingest fills it from the input or the URL's host
    s.duplicate_of = ctx.duplicate_of[i];
    if (s.duplicate_of >= 0) {
      s.flags.push_back({"copy-of",
                         "near-copy of source [" + std::to_string(s.duplicate_of + 1) +
                             "]: counted once as corroboration",
                         {}});
    }
    out->sources.push_back(std::move(s));
  }
}

}  // namespace dossier::briefing::internal
