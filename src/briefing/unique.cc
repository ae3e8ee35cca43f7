// What only one source says: for each source, its statements that no other source
// carries, by the attribution relation (StatementIndex::Support below
// kUniqueFactor x the support threshold against every sentence of every other
// article). The bar is lower than the one for citing a source: a citation must be
// sure the other source says it, a "only here" claim must be sure none does, so a
// sentence another source half-says is not shown as unique. Only sentences the
// summarizer's quality filters accept are considered (no fragments, questions or
// pronoun-led sentences); the most central ones (cosine with the story centroid: on topic
// yet new) are shown, in the source's order, for at most max_unique_sources sources
// (those whose best sentence is most central), listed in source order.
#include <algorithm>

#include "src/briefing/context.h"

namespace dossier::briefing::internal {

namespace {

// Of the support threshold. On the labelled pairs of `dossier eval attribution --sweep`
// ("support P/R (all)"), the pairs labelled "same statement" that the relation misses
// (each one a false "only here") fall from 7.9% at 0.35 to 3.4% at 0.245 on DUC 2004
// and from 44% to 18% on Multi-News.
constexpr double kUniqueFactor = 0.7;

bool CarriedElsewhere(const Context& ctx, size_t article, size_t sentence) {
  const double threshold = kUniqueFactor * ctx.options.summary.support_threshold;
  if (threshold > 0) return ctx.SupportedElsewhere(article, sentence, threshold);
  for (size_t b = 0; b < ctx.articles.size(); ++b) {
    if (b == article) continue;
    if (ctx.BestSimilarity(article, sentence, b) >= threshold) {
      return true;
    }
  }
  return false;
}

int WordsOf(const Context& ctx, size_t a, size_t s) {
  return ctx.cluster.units[ctx.unit_of[a][s]].words;
}

// Keeps the best `max_unique_per_source` sentences that no other source carries,
// skipping any that repeats one already kept. Scraped pages often repeat a paragraph
// inside a caption or gallery title: of two copies the shorter is shown, as on the
// timeline. `ranked` is every eligible sentence, best first. Whether a sentence is
// carried elsewhere (the costly check) is asked only when the answer matters: a
// sentence that repeats no kept one once the quota is full is passed over either way.
// Same result as filtering out every carried sentence first, at a cost set by the
// quota instead of the story's size.
std::vector<std::pair<double, size_t>> BestUncarried(
    const Context& ctx, size_t a, const std::vector<std::pair<double, size_t>>& ranked) {
  std::vector<std::pair<double, size_t>> kept;
  for (const auto& candidate : ranked) {
    auto repeated = std::find_if(kept.begin(), kept.end(), [&](const auto& k) {
      return ctx.Similarity(a, k.second, a, candidate.second) >=
             ctx.options.summary.support_threshold;
    });
    bool room = kept.size() < ctx.options.max_unique_per_source;
    if (repeated == kept.end() && !room) continue;
    if (CarriedElsewhere(ctx, a, candidate.second)) continue;
    if (repeated != kept.end()) {
      if (WordsOf(ctx, a, candidate.second) < WordsOf(ctx, a, repeated->second)) {
        repeated->second = candidate.second;
      }
    } else {
      kept.push_back(candidate);
    }
  }
  return kept;
}

}  // namespace

void AddUniqueStatements(const Context& ctx, Briefing* out) {
  if (ctx.articles.size() < 2) return;
  // Every article's eligible sentences, best first, and the articles by their best.
  std::vector<std::vector<std::pair<double, size_t>>> ranked(ctx.articles.size());
  std::vector<std::pair<double, size_t>> order;  // (-best centrality, article)
  for (size_t a = 0; a < ctx.articles.size(); ++a) {
    for (size_t s = 0; s < ctx.articles[a].sentences.size(); ++s) {
      int u = ctx.unit_of[a][s];
      if (u < 0 || !ctx.cluster.units[u].eligible) continue;
      ranked[a].push_back({-ctx.Centrality(static_cast<size_t>(u)), s});
    }
    std::sort(ranked[a].begin(), ranked[a].end());
    if (!ranked[a].empty()) order.push_back({ranked[a].front().first, a});
  }
  std::sort(order.begin(), order.end());
  std::vector<UniqueStatements> found;
  for (const auto& [best, a] : order) {
    if (found.size() >= ctx.options.max_unique_sources) break;
    std::vector<std::pair<double, size_t>> kept = BestUncarried(ctx, a, ranked[a]);
    std::sort(kept.begin(), kept.end(), [](const auto& x, const auto& y) {
      return x.second < y.second;
    });
    UniqueStatements u{a, {}};
    for (const auto& [score, s] : kept) u.items.push_back(ItemFor(ctx, a, s));
    if (!u.items.empty()) found.push_back(std::move(u));
  }
  std::sort(found.begin(), found.end(), [](const UniqueStatements& x, const UniqueStatements& y) {
    return x.article < y.article;
  });
  out->unique = std::move(found);
}

}  // namespace dossier::briefing::internal
