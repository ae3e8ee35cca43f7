#include "src/briefing/briefing.h"

#include "src/briefing/context.h"

namespace dossier::briefing {

Briefing BuildBriefing(const std::vector<Article>& articles, const BriefingOptions& options) {
  internal::Context ctx(articles, options);
  internal::BuildContext(&ctx);
  internal::FindNearCopies(&ctx);
  Briefing b;
  internal::DescribeSources(ctx, &b);
  internal::CheckConsistency(ctx, &b);
  internal::AddSummary(ctx, &b);
  internal::AddTimeline(ctx, &b);
  internal::AddEntities(ctx, &b);
  internal::AddNumbers(ctx, &b);
  internal::AddPersonDisagreements(ctx, &b);
  internal::AddUniqueStatements(ctx, &b);
  return b;
}

}  // namespace dossier::briefing
