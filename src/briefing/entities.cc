// Key entities: people, organizations and places merged across sources (src/facts),
// ranked by the number of independent sources that mention them. Entities seen only as
// adjectives ("Russian") are left out: they say where, not who. In a story told by two
// or more independent sources, an entity only one of them names is left out too: the
// section lists who and where the story is about, and a name one outlet drops in
// passing (a bystander, a street, a rival network) rarely is; a one-source story lists
// its own entities. Places take at most half the section, so a summit's member
// countries do not crowd out the people who met. A name that is another entity's
// followed by a thing's ("Air France Concorde") is that entity's thing, not an entity.
#include <algorithm>
#include <map>
#include <string>

#include "src/briefing/context.h"

namespace dossier::briefing::internal {

namespace {

// Whether the entity's name is another entity of its type followed by a thing the story
// names on its own ("Air France Concorde", "British Airways Concorde": the airline's
// plane, not an organization of its own). `types` holds every entity's type by name.
bool NameAndThing(const facts::Entity& e, const std::map<std::string, facts::EntityType>& types) {
  for (size_t space = e.name.find(' '); space != std::string::npos;
       space = e.name.find(' ', space + 1)) {
    auto owner = types.find(e.name.substr(0, space));
    auto thing = types.find(e.name.substr(space + 1));
    if (owner != types.end() && owner->second == e.type && thing != types.end() &&
        thing->second == facts::EntityType::kOther) {
      return true;
    }
  }
  return false;
}

// "Mr.", "Mrs.", "Ms.", "Miss": a courtesy title says nothing of who someone is (the
// New York Times writes one before every name), so the section does not list it.
bool IsCourtesyTitle(std::string_view title) {
  for (std::string_view t : {"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Mme."}) {
    if (title == t) return true;
  }
  return false;
}

}  // namespace

void AddEntities(const Context& ctx, Briefing* out) {
  std::vector<size_t> all(ctx.articles.size());
  for (size_t a = 0; a < all.size(); ++a) all[a] = a;
  const int min_sources = ctx.IndependentCount(all) >= 2 ? 2 : 1;
  std::map<std::string, facts::EntityType> types;
  for (const facts::Entity& e : ctx.entities) types.emplace(e.name, e.type);
  std::vector<KeyEntity> entities;
  for (const facts::Entity& e : ctx.entities) {
    if (e.demonym_only || e.type == facts::EntityType::kOther || NameAndThing(e, types)) continue;
    // A given name alone ("John" of three Johns, "Oscar" the award) says not who.
    if (e.type == facts::EntityType::kPerson && facts::IsGivenName(e.name)) continue;
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
    for (const auto& [title, n] : e.titles) {
      if (!IsCourtesyTitle(title)) titles.push_back({-n, title});
    }
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
