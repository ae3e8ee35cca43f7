#include "tools/dossier/eval/brief_as_user.h"

#include <fstream>
#include <iostream>
#include <vector>

#include <nlohmann/json.hpp>

#include "dossier/engine.h"
#include "src/base/strings.h"
#include "tools/dossier/eval/label_tsv.h"

namespace dossier::cli {
namespace {

// Maps every article index of `b` through `position` (briefed index -> input position).
void MapArticles(const std::vector<size_t>& position, Briefing* b) {
  auto map = [&](size_t* a) {
    if (*a < position.size()) *a = position[*a];
  };
  auto map_item = [&](BriefItem* item) {
    for (Citation& c : item->cites) map(&c.article);
  };
  for (BriefItem& i : b->summary) map_item(&i);
  for (TimelineEntry& t : b->timeline) map_item(&t.event);
  for (KeyNumber& k : b->numbers) {
    for (QuantityClaim& c : k.claims) map(&c.at.article);
  }
  for (Disagreement& d : b->disagreements) {
    for (QuantityClaim& c : d.claims) map(&c.at.article);
    for (BriefItem& i : d.evidence) map_item(&i);
  }
  for (UniqueStatements& u : b->unique) {
    map(&u.article);
    for (BriefItem& i : u.items) map_item(&i);
  }
  for (SourceInfo& s : b->sources) {
    if (s.duplicate_of >= 0) {
      size_t d = static_cast<size_t>(s.duplicate_of);
      map(&d);
      s.duplicate_of = static_cast<int>(d);
    }
  }
}

}  // namespace

StatusOr<Briefing> BriefAsUser(const ingest::Cluster& c, const std::string& scratch,
                               const BriefingOptions& options) {
  {
    std::ofstream out(scratch, std::ios::binary | std::ios::trunc);
    for (const Article& a : c.articles) {
      nlohmann::ordered_json j;
      j["id"] = a.id, j["title"] = a.title, j["date"] = a.date, j["text"] = a.text;
      out << j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
    }
    if (!out) return Status::Internal(StrCat(scratch, ": cannot write the scratch file"));
  }
  Engine engine{EngineOptions{}};
  std::vector<ArticleId> ids;
  std::vector<size_t> position;  // briefed index -> input position
  for (const AddResult& r : engine.AddFiles({scratch})) {
    // The result names its record "scratch:LINE" (1-based): line k is article k - 1.
    size_t colon = r.name.rfind(':');
    size_t line = 0;
    if (colon == std::string::npos || !ParseSize(r.name.substr(colon + 1), &line) || line == 0 ||
        line > c.articles.size()) {
      return Status::Internal(StrCat(c.id, ": unexpected record name ", r.name));
    }
    if (!r.id.ok()) {
      std::cerr << "dossier: " << c.id << ": " << r.id.status().message() << "\n";
      continue;
    }
    if (r.already_present) continue;
    ids.push_back(*r.id);
    position.push_back(line - 1);
  }
  if (ids.empty()) return Status::InvalidArgument(StrCat(c.id, ": no article could be read"));
  DOSSIER_ASSIGN_OR_RETURN(Briefing b, engine.Brief(ids, options));
  MapArticles(position, &b);
  return b;
}

}  // namespace dossier::cli
