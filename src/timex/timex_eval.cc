// timex_eval.cc: TempEval-3 extent and attribute scores (see timex_eval.h).
#include "src/timex/timex_eval.h"

#include <filesystem>

namespace dossier::timex {
namespace {

double Ratio(int a, int b) { return b == 0 ? 0.0 : static_cast<double>(a) / b; }
double F1(double p, double r) { return p + r == 0 ? 0.0 : 2 * p * r / (p + r); }
bool Overlap(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

std::string Slice(const TimemlDocument& d, Span s) { return d.text.substr(s.begin, s.size()); }

// First system expression overlapping `g`, preferring an exact match.
const Timex* Partner(const GoldTimex& g, const std::vector<Timex>& system) {
  const Timex* best = nullptr;
  for (const Timex& s : system) {
    if (s.span == g.span) return &s;
    if (best == nullptr && Overlap(s.span, g.span)) best = &s;
  }
  return best;
}

void NoteErrors(const TimemlDocument& doc, const std::vector<Timex>& system,
                std::vector<TimexError>* errors) {
  for (const GoldTimex& g : doc.timexes) {
    const Timex* s = Partner(g, system);
    if (s == nullptr) {
      errors->push_back({doc.name, "missed", Slice(doc, g.span), g.value, "", ""});
    } else if (s->span != g.span || s->value != g.value) {
      errors->push_back({doc.name, s->span != g.span ? "span" : "value", Slice(doc, g.span),
                         g.value, Slice(doc, s->span), s->value});
    }
  }
  for (const Timex& s : system) {
    bool any = false;
    for (const GoldTimex& g : doc.timexes) any = any || Overlap(s.span, g.span);
    if (!any) errors->push_back({doc.name, "spurious", "", "", Slice(doc, s.span), s.value});
  }
}

std::string CorpusOf(const std::string& path) {
  std::filesystem::path p(path);
  std::string parent = p.parent_path().filename().string();
  return parent.empty() ? "." : parent;
}

}  // namespace

void TimexScores::Add(const TimexScores& o) {
  gold += o.gold;
  system += o.system;
  strict_system += o.strict_system;
  strict_gold += o.strict_gold;
  relaxed_system += o.relaxed_system;
  relaxed_gold += o.relaxed_gold;
  value_correct += o.value_correct;
  type_correct += o.type_correct;
}

double TimexScores::StrictP() const { return Ratio(strict_system, system); }
double TimexScores::StrictR() const { return Ratio(strict_gold, gold); }
double TimexScores::StrictF1() const { return F1(StrictP(), StrictR()); }
double TimexScores::RelaxedP() const { return Ratio(relaxed_system, system); }
double TimexScores::RelaxedR() const { return Ratio(relaxed_gold, gold); }
double TimexScores::RelaxedF1() const { return F1(RelaxedP(), RelaxedR()); }
double TimexScores::ValueAccuracy() const { return Ratio(value_correct, relaxed_gold); }
double TimexScores::ValueF1() const {
  return F1(Ratio(value_correct, system), Ratio(value_correct, gold));
}
double TimexScores::TypeF1() const { return F1(Ratio(type_correct, system), Ratio(type_correct, gold)); }

TimexScores ScoreDocument(const TimemlDocument& doc, const std::vector<Timex>& system,
                          std::vector<TimexError>* errors) {
  TimexScores s;
  s.gold = static_cast<int>(doc.timexes.size());
  s.system = static_cast<int>(system.size());
  for (const Timex& t : system) {
    bool strict = false, relaxed = false;
    for (const GoldTimex& g : doc.timexes) {
      strict = strict || t.span == g.span;
      relaxed = relaxed || Overlap(t.span, g.span);
    }
    s.strict_system += strict;
    s.relaxed_system += relaxed;
  }
  for (const GoldTimex& g : doc.timexes) {
    const Timex* p = Partner(g, system);
    if (p == nullptr) continue;
    ++s.relaxed_gold;
    s.strict_gold += p->span == g.span;
    s.value_correct += p->value == g.value;
    s.type_correct += TimexTypeName(p->type) == g.type;
  }
  if (errors != nullptr) NoteErrors(doc, system, errors);
  return s;
}

TimexEvaluation EvaluateTimeml(const std::vector<std::string>& paths) {
  TimexEvaluation ev;
  for (const std::string& path : paths) {
    StatusOr<TimemlDocument> doc = ReadTimemlFile(path);
    if (!doc.ok()) {
      ev.rejected.push_back(doc.status().ToString());
      continue;
    }
    TimexContext ctx{doc->dct.size() >= 10 ? doc->dct.substr(0, 10) : ""};
    Span all{0, static_cast<uint32_t>(doc->text.size())};
    TimexScores s = ScoreDocument(*doc, TagTimex(doc->text, all, ctx), &ev.errors);
    ev.by_corpus[CorpusOf(path)].Add(s);
    ++ev.documents_by_corpus[CorpusOf(path)];
    ev.overall.Add(s);
    ++ev.documents;
  }
  return ev;
}

}  // namespace dossier::timex
