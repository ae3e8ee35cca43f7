// steps.cc: see steps.h.
#include "src/engine/steps.h"

namespace dossier::engine {

Status Named(const std::string& origin, const Status& s) {
  if (s.message().rfind(origin, 0) == 0) return s;
  return Status(s.code(), origin + ": " + s.message());
}

std::string IdMaterial(const Article& a) {
  std::string m;
  for (const std::string* f : {&a.text, &a.title, &a.source, &a.url}) {
    m += std::to_string(f->size());
    m += ':';
    m += *f;
  }
  return m;
}

void NameCitations(const std::vector<ArticleId>& ids, Briefing* b) {
  auto name = [&](Citation& c) { c.id = ids[c.article]; };
  auto name_item = [&](BriefItem& item) {
    for (Citation& c : item.cites) name(c);
  };
  for (size_t i = 0; i < b->sources.size(); ++i) b->sources[i].article = ids[i];
  for (BriefItem& item : b->summary) name_item(item);
  for (TimelineEntry& t : b->timeline) name_item(t.event);
  for (KeyNumber& n : b->numbers) {
    for (QuantityClaim& q : n.claims) name(q.at);
  }
  for (Disagreement& d : b->disagreements) {
    for (QuantityClaim& q : d.claims) name(q.at);
    for (BriefItem& item : d.evidence) name_item(item);
  }
  for (SourceInfo& s : b->sources) {
    for (SourceFlag& f : s.flags) {
      for (Citation& c : f.at) name(c);
    }
  }
  for (UniqueStatements& u : b->unique) {
    for (BriefItem& item : u.items) name_item(item);
  }
}

}  // namespace dossier::engine
