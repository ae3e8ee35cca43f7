// Sources: outlet names and near-copies.
//
// Near-copies follow the engine's one rule, dedup::FindCopies (5-word shingles over
// normalized words, Jaccard >= duplicate_threshold, candidates by MinHash LSH): the
// articles are taken in publication order, so of a similar pair the later one is marked
// as the copy. Copies count as reach, not as independent corroboration.
#include <algorithm>
#include <cstdint>
#include <string>

#include "src/base/strings.h"
#include "src/briefing/context.h"
#include "src/statements/quality.h"
#include "src/dedup/near_dup_index.h"

namespace dossier::briefing::internal {

namespace {

// Publication order: the dated articles sorted by date (ties by input order) in the
// slots that dated articles hold; an undated article keeps its input position.
std::vector<size_t> PublicationOrder(const std::vector<Article>& articles) {
  std::vector<size_t> dated;
  for (size_t i = 0; i < articles.size(); ++i) {
    if (!articles[i].date.empty()) dated.push_back(i);
  }
  std::vector<size_t> sorted = dated;
  std::stable_sort(sorted.begin(), sorted.end(), [&](size_t x, size_t y) {
    return articles[x].date < articles[y].date;
  });
  std::vector<size_t> order(articles.size());
  for (size_t i = 0; i < articles.size(); ++i) order[i] = i;
  for (size_t k = 0; k < dated.size(); ++k) order[dated[k]] = sorted[k];
  return order;
}

}  // namespace

void FindNearCopies(Context* ctx) {
  const auto& articles = ctx->articles;
  std::vector<size_t> order = PublicationOrder(articles);
  std::vector<std::string> texts;
  texts.reserve(order.size());
  for (size_t i : order) texts.push_back(dedup::ComparableText(articles[i]));
  std::vector<std::string_view> views(texts.begin(), texts.end());
  dedup::NearDupOptions options;
  options.jaccard_threshold = ctx->options.duplicate_threshold;
  std::vector<int> copy_of = dedup::FindCopies(views, options);
  for (size_t k = 0; k < order.size(); ++k) {
    if (copy_of[k] >= 0) ctx->duplicate_of[order[k]] = static_cast<int>(order[copy_of[k]]);
  }
}

namespace {

// A title without a wire service's typesetting codes ("&HT; BUSH INVITES GAY
// REPUBLICANS" -> "BUSH INVITES GAY REPUBLICANS"): they are the wire's layout, not the
// headline's words. A title of codes alone names nothing and comes back empty.
std::string WithoutWireCodes(std::string_view title) {
  std::string out;
  for (size_t i = 0; i < title.size();) {
    if (const size_t length = statements::WireCodeAt(title, i); length > 0) {
      i += length;
      while (i < title.size() && (title[i] == ' ' || title[i] == '\t')) ++i;
      continue;
    }
    out.push_back(title[i++]);
  }
  return std::string(StripAscii(out));
}

}  // namespace

void DescribeSources(const Context& ctx, Briefing* out) {
  for (size_t i = 0; i < ctx.articles.size(); ++i) {
    const Article& a = ctx.articles[i];
    SourceInfo s;
    s.id = a.id;
    s.title = WithoutWireCodes(a.title);
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
