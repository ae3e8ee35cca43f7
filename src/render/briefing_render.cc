#include "src/render/briefing_render.h"

#include <string>

namespace dossier::render {

namespace {

std::string Cites(const std::vector<Citation>& cites) {
  std::string out;
  for (const Citation& c : cites) out += "[" + std::to_string(c.article + 1) + "]";
  return out;
}

void WriteItems(const char* heading, const std::vector<BriefItem>& items, std::ostream& out) {
  if (items.empty()) return;
  out << "\n## " << heading << "\n\n";
  for (const BriefItem& i : items) out << "- " << OneLine(i.text) << " " << Cites(i.cites) << "\n";
}

// A date as a reader writes it: TimeML's "1999-SU" is "summer 1999", "2000-Q2" the
// "second quarter of 2000"; other values (YYYY, YYYY-MM, YYYY-MM-DD) read as they are.
std::string ReadableDate(const std::string& date) {
  if (date.size() != 7 || date[4] != '-') return date;
  const std::string year = date.substr(0, 4), part = date.substr(5);
  if (part == "SP") return "spring " + year;
  if (part == "SU") return "summer " + year;
  if (part == "FA") return "fall " + year;
  if (part == "WI") return "winter " + year;
  if (part == "Q1") return "first quarter of " + year;
  if (part == "Q2") return "second quarter of " + year;
  if (part == "Q3") return "third quarter of " + year;
  if (part == "Q4") return "fourth quarter of " + year;
  return date;
}

void WriteTimeline(const Briefing& b, std::ostream& out) {
  if (b.timeline.empty()) return;
  out << "\n## Timeline\n\n";
  for (const TimelineEntry& t : b.timeline) {
    out << "- **" << ReadableDate(t.date) << "**";
    if (t.basis == "published") out << " (reported)";
    out << " — " << OneLine(t.event.text) << " " << Cites(t.event.cites) << "\n";
  }
}

void WriteEntities(const Briefing& b, std::ostream& out) {
  if (b.entities.empty()) return;
  out << "\n## Who and where\n\n";
  for (const KeyEntity& e : b.entities) {
    out << "- **" << e.name << "** (" << e.type << ", " << e.source_count
        << (e.source_count == 1 ? " source" : " sources") << ")";
    if (!e.titles.empty()) {
      out << " — ";
      for (size_t i = 0; i < e.titles.size(); ++i) out << (i ? ", " : "") << e.titles[i];
    }
    if (!e.aliases.empty()) {
      out << "; also: ";
      for (size_t i = 0; i < e.aliases.size(); ++i) out << (i ? ", " : "") << e.aliases[i];
    }
    out << "\n";
  }
}

void WriteNumbers(const Briefing& b, std::ostream& out) {
  if (b.numbers.empty()) return;
  out << "\n## Key numbers\n\n";
  for (const KeyNumber& k : b.numbers) {
    out << "- **" << k.counted << "**:";
    for (size_t i = 0; i < k.claims.size(); ++i) {
      const QuantityClaim& c = k.claims[i];
      out << (i ? ";" : "") << " \"" << OneLine(c.text) << "\" [" << c.at.article + 1 << "]";
      if (c.projection) out << " (projection)";
    }
    out << "\n";
  }
}

void WriteDisagreements(const Briefing& b, std::ostream& out) {
  if (b.disagreements.empty()) return;
  out << "\n## Where sources disagree\n\n";
  for (const Disagreement& d : b.disagreements) {
    out << "- " << OneLine(d.summary) << " *(" << d.kind << ": " << d.assessment << ")*\n";
    for (const BriefItem& e : d.evidence) {
      out << "  - \"" << OneLine(e.text) << "\" " << Cites(e.cites) << "\n";
    }
  }
}

void WriteUnique(const Briefing& b, std::ostream& out) {
  if (b.unique.empty()) return;
  out << "\n## Only in one source\n";
  for (const UniqueStatements& u : b.unique) {
    const SourceInfo& s = b.sources[u.article];
    out << "\n**[" << u.article + 1 << "] " << (s.outlet.empty() ? s.id : s.outlet) << "**\n\n";
    for (const BriefItem& i : u.items) out << "- " << OneLine(i.text) << "\n";
  }
}

void WriteSources(const Briefing& b, std::ostream& out) {
  out << "\n## Sources\n\n";
  for (size_t i = 0; i < b.sources.size(); ++i) {
    const SourceInfo& s = b.sources[i];
    out << i + 1 << ". " << (s.title.empty() ? "(untitled)" : OneLine(s.title));
    out << " — " << (s.outlet.empty() ? s.id : s.outlet);
    out << ", " << (s.date.empty() ? "date unknown" : s.date);
    if (!s.url.empty()) out << " <" << s.url << ">";
    if (s.suspect) out << " **⚠ suspect copy**";
    out << "\n";
    for (const SourceFlag& f : s.flags) out << "   - " << f.kind << ": " << OneLine(f.evidence) << "\n";
  }
}

Json IdJson(const ArticleId& id) { return id.empty() ? Json() : Json(id.ToString()); }

Json CitesJson(const Briefing& b, const std::vector<Citation>& cites) {
  Json arr = Json::array();
  for (const Citation& c : cites) {
    arr.push_back({{"source", c.article + 1}, {"article", IdJson(c.id)},
                   {"id", b.sources[c.article].id},
                   {"begin", c.span.begin}, {"end", c.span.end}});
  }
  return arr;
}

Json ItemJson(const Briefing& b, const BriefItem& i) {
  return {{"text", i.text}, {"cites", CitesJson(b, i.cites)}};
}

Json ClaimJson(const Briefing& b, const QuantityClaim& c) {
  return {{"text", c.text}, {"value", c.value}, {"value_high", c.value_high},
          {"bound", c.bound}, {"projection", c.projection}, {"date", c.date},
          {"cite", CitesJson(b, {c.at})[0]}};
}

Json SourcesJson(const Briefing& b) {
  Json arr = Json::array();
  for (const SourceInfo& s : b.sources) {
    Json flags = Json::array();
    for (const SourceFlag& f : s.flags) {
      flags.push_back({{"kind", f.kind}, {"evidence", f.evidence}, {"at", CitesJson(b, f.at)}});
    }
    arr.push_back({{"article", IdJson(s.article)}, {"id", s.id}, {"title", s.title}, {"date", s.date}, {"url", s.url},
                   {"outlet", s.outlet}, {"suspect", s.suspect},
                   {"duplicate_of", s.duplicate_of < 0 ? Json() : Json(s.duplicate_of + 1)},
                   {"flags", flags}});
  }
  return arr;
}

}  // namespace

void WriteBriefingMarkdown(const Briefing& b, std::ostream& out) {
  out << "# Briefing (" << b.sources.size() << " sources)\n";
  WriteItems("Summary", b.summary, out);
  WriteTimeline(b, out);
  WriteEntities(b, out);
  WriteNumbers(b, out);
  WriteDisagreements(b, out);
  WriteUnique(b, out);
  WriteSources(b, out);
}

Json BriefingToJson(const Briefing& b) {
  Json j;
  j["method"] = b.method;
  j["sources"] = SourcesJson(b);
  Json& summary = j["summary"] = Json::array();
  for (const BriefItem& i : b.summary) summary.push_back(ItemJson(b, i));
  Json& timeline = j["timeline"] = Json::array();
  for (const TimelineEntry& t : b.timeline) {
    timeline.push_back({{"date", t.date}, {"precision", t.precision}, {"basis", t.basis},
                        {"event", ItemJson(b, t.event)}});
  }
  Json& entities = j["entities"] = Json::array();
  for (const KeyEntity& e : b.entities) {
    Json arts = Json::array();
    for (size_t a : e.articles) arts.push_back(a + 1);
    entities.push_back({{"name", e.name}, {"type", e.type}, {"aliases", e.aliases},
                        {"titles", e.titles}, {"source_count", e.source_count},
                        {"sources", arts}});
  }
  Json& numbers = j["numbers"] = Json::array();
  for (const KeyNumber& k : b.numbers) {
    Json claims = Json::array();
    for (const QuantityClaim& c : k.claims) claims.push_back(ClaimJson(b, c));
    numbers.push_back({{"counted", k.counted}, {"source_count", k.source_count}, {"claims", claims}});
  }
  Json& disagreements = j["disagreements"] = Json::array();
  for (const Disagreement& d : b.disagreements) {
    Json claims = Json::array(), evidence = Json::array();
    for (const QuantityClaim& c : d.claims) claims.push_back(ClaimJson(b, c));
    for (const BriefItem& e : d.evidence) evidence.push_back(ItemJson(b, e));
    disagreements.push_back({{"kind", d.kind}, {"subject", d.subject}, {"summary", d.summary},
                             {"assessment", d.assessment}, {"claims", claims},
                             {"evidence", evidence}});
  }
  Json& unique = j["unique"] = Json::array();
  for (const UniqueStatements& u : b.unique) {
    Json items = Json::array();
    for (const BriefItem& i : u.items) items.push_back(ItemJson(b, i));
    unique.push_back({{"source", u.article + 1}, {"items", items}});
  }
  return j;
}

}  // namespace dossier::render
