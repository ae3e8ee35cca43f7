// Key entities: people, organizations and places merged across sources (src/facts),
// ranked by the number of independent sources that mention them. Entities seen only as
// adjectives ("Russian") are left out: they say where, not who. In a story told by two
// or more independent sources, an entity only one of them names is left out too: the
// section lists who and where the story is about, and a name one outlet drops in
// passing (a bystander, a street, a rival network) rarely is; a one-source story lists
// its own entities. Places take at most half the section, so a summit's member
// countries do not crowd out the people who met.
#include <algorithm>

#include "src/briefing/context.h"

namespace dossier::briefing::internal {

void AddEntities(const Context& ctx, Briefing* out) {
  std::vector<size_t> all(ctx.articles.size());
  for (size_t a = 0; a < all.size(); ++a) all[a] = a;
  const int min_sources = ctx.IndependentCount(all) >= 2 ? 2 : 1;
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
    if (k.source_count < min_sources) continue;
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
  // Places take at most half the section: in a summit story the member countries would
  // otherwise crowd out the leaders who met there.
  const size_t max_places = (ctx.options.max_entities + 1) / 2;
  std::vector<KeyEntity> kept;
  size_t places = 0;
  for (KeyEntity& k : entities) {
    if (kept.size() >= ctx.options.max_entities) break;
    if (k.type == "place" && ++places > max_places) continue;
    kept.push_back(std::move(k));
  }
  out->entities = std::move(kept);
}

}  // namespace dossier::briefing::internal
