// Key entities: people, organizations and places merged across sources (src/facts),
// ranked by the number of independent sources that mention them. Entities seen only as
// adjectives ("Russian") are left out: they say where, not who.
#include <algorithm>

#include "src/briefing/context.h"

namespace dossier::briefing::internal {

void AddEntities(const Context& ctx, Briefing* out) {
  std::vector<KeyEntity> entities;
  for (const facts::Entity& e : ctx.entities) {
    if (e.demonym_only || e.type == facts::EntityType::kOther) continue;
    KeyEntity k;
    k.name = e.name;
    k.type = facts::EntityTypeName(e.type);
    k.aliases = e.aliases;
    for (const facts::EntityRef& r : e.mentions) k.articles.push_back(r.article);
    std::sort(k.articles.begin(), k.articles.end());
    k.articles.erase(std::unique(k.articles.begin(), k.articles.end()), k.articles.end());
    k.source_count = ctx.IndependentCount(k.articles);
    std::vector<std::pair<int, std::string>> titles;
    for (const auto& [title, n] : e.titles) titles.push_back({-n, title});
    std::sort(titles.begin(), titles.end());
    for (const auto& [n, title] : titles) {
      k.titles.push_back(title + " (" + std::to_string(-n) + (n == -1 ? " source)" : " sources)"));
    }
    entities.push_back(std::move(k));
  }
  std::stable_sort(entities.begin(), entities.end(), [](const KeyEntity& x, const KeyEntity& y) {
    return x.source_count > y.source_count;
  });
  if (entities.size() > ctx.options.max_entities) entities.resize(ctx.options.max_entities);
  out->entities = std::move(entities);
}

}  // namespace dossier::briefing::internal
