// The briefing's summary: the summarizer's sentences with every supporting source cited.
// A sentence taken from a suspect source is replaced by the most similar sentence of a
// clean source that supports it, so the reader sees the clean wording first; the suspect
// source stays cited.
#include <algorithm>
#include <set>

#include "src/briefing/context.h"
#include "src/summarize/methods.h"

namespace dossier::briefing::internal {

namespace {

// The sentence with the sources the summarizer found supporting it that may be cited
// for it (Context::Cites: what the source says of whom, not only a shared name).
BriefItem FromSummary(const Context& ctx, const summarize::SummarySentence& s) {
  BriefItem item{s.text, {{s.article, s.span}}};
  std::vector<summarize::Support> support = s.support;
  std::stable_sort(support.begin(), support.end(), [](const auto& x, const auto& y) {
    return x.similarity > y.similarity;
  });
  const int unit = ctx.UnitAt(s.article, s.span);
  std::set<size_t> cited = {s.article};
  for (const summarize::Support& sup : support) {
    const int other = ctx.UnitAt(sup.article, sup.span);
    if (unit >= 0 && other >= 0 &&
        !ctx.Cites(static_cast<size_t>(unit), static_cast<size_t>(other))) {
      continue;
    }
    if (cited.insert(sup.article).second) item.cites.push_back({sup.article, sup.span});
  }
  std::sort(item.cites.begin() + 1, item.cites.end(),
            [](const Citation& x, const Citation& y) { return x.article < y.article; });
  return item;
}

// Moves the first clean citation to the front, taking its text.
void PreferCleanSource(const Context& ctx, const Briefing& b, BriefItem* item) {
  if (!b.sources[item->cites.front().article].suspect) return;
  for (size_t i = 1; i < item->cites.size(); ++i) {
    if (b.sources[item->cites[i].article].suspect) continue;
    std::swap(item->cites[0], item->cites[i]);
    const Citation& c = item->cites[0];
    item->text = std::string(ctx.articles[c.article].Slice(c.span));
    return;
  }
}

}  // namespace

void AddSummary(const Context& ctx, Briefing* out) {
  // The context's cluster was built from the same articles and options.
  summarize::Summary s = summarize::internal::SummarizeCluster(ctx.articles, ctx.cluster,
                                                               *ctx.statements, ctx.options.summary);
  std::set<std::pair<size_t, uint32_t>> used;
  for (const summarize::SummarySentence& sentence : s.sentences) {
    BriefItem item = FromSummary(ctx, sentence);
    PreferCleanSource(ctx, *out, &item);
    if (!used.insert({item.cites[0].article, item.cites[0].span.begin}).second) continue;
    out->summary.push_back(std::move(item));
  }
  out->method = std::string(summarize::MethodName(ctx.options.summary.method));
}

}  // namespace dossier::briefing::internal
