#include "tools/dossier/eval/disagreement_labels.h"

#include "src/base/strings.h"
#include "tools/dossier/eval/label_tsv.h"

namespace dossier::cli {
namespace {

constexpr size_t kColumns = 17;  // id set story article_a begin_a end_a quote_a value_a
                                 // article_b begin_b end_b quote_b value_b what kind
                                 // verdict note

StatusOr<LabelledPair> ParseRow(const std::vector<std::string_view>& f, const std::string& where) {
  LabelledPair p;
  size_t id = 0, ba = 0, ea = 0, bb = 0, eb = 0;
  if (!ParseSize(f[0], &id) || !ParseSize(f[3], &p.article_a) || !ParseSize(f[4], &ba) ||
      !ParseSize(f[5], &ea) || !ParseSize(f[8], &p.article_b) || !ParseSize(f[9], &bb) ||
      !ParseSize(f[10], &eb) || ba >= ea || bb >= eb) {
    return Status::InvalidArgument(StrCat(where, ": bad id, article index or byte span"));
  }
  p.id = static_cast<int>(id);
  p.story = std::string(f[2]);
  p.quote_a = Span{static_cast<uint32_t>(ba), static_cast<uint32_t>(ea)};
  p.quote_b = Span{static_cast<uint32_t>(bb), static_cast<uint32_t>(eb)};
  p.kind = std::string(f[14]);
  p.verdict = std::string(f[15]);
  return p;
}

bool Overlaps(Span a, Span b) { return a.begin < b.end && b.begin < a.end; }

// Whether `d` sets the two labelled phrases of `p` against each other: a claim (or an
// evidence citation) lies in each article with its sentence span over the phrase, and,
// for quantity claims, the two show different values (a disagreement that lists 60 and
// 60 among its claims does not assert that those two differ).
// The bytes of claim `c`'s figure text inside its cited sentence (the sentence when the
// text is not found there).
Span FigureSpan(const QuantityClaim& c, const std::vector<Article>& articles) {
  if (c.at.article >= articles.size()) return c.at.span;
  const std::string& text = articles[c.at.article].text;
  size_t at = text.find(c.text, c.at.span.begin);
  if (at == std::string::npos || at + c.text.size() > c.at.span.end) return c.at.span;
  return Span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + c.text.size())};
}

bool Covers(const Disagreement& d, const std::vector<Article>& articles, const LabelledPair& p) {
  auto in = [](const Citation& c, size_t article, Span quote) {
    return c.article == article && Overlaps(c.span, quote);
  };
  auto figure_in = [&](const QuantityClaim& c, size_t article, Span quote) {
    return c.at.article == article && Overlaps(FigureSpan(c, articles), quote);
  };
  for (const QuantityClaim& x : d.claims) {
    if (!figure_in(x, p.article_a, p.quote_a)) continue;
    for (const QuantityClaim& y : d.claims) {
      if (figure_in(y, p.article_b, p.quote_b) &&
          (x.value != y.value || x.value_high != y.value_high)) {
        return true;
      }
    }
  }
  bool a = false, b = false;
  for (const BriefItem& item : d.evidence) {
    for (const Citation& c : item.cites) {
      a = a || in(c, p.article_a, p.quote_a);
      b = b || in(c, p.article_b, p.quote_b);
    }
  }
  return a && b;
}

}  // namespace

StatusOr<std::vector<LabelledPair>> ReadDisagreementLabels(const std::string& path) {
  std::vector<LabelledPair> out;
  DOSSIER_RETURN_IF_ERROR(ForEachTsvRow(
      path, kColumns, [&](const std::vector<std::string_view>& fields, const std::string& where) {
        DOSSIER_ASSIGN_OR_RETURN(LabelledPair p, ParseRow(fields, where));
        out.push_back(std::move(p));
        return Status::Ok();
      }));
  return out;
}

void ScoreDisagreements(const Briefing& b, const std::vector<Article>& articles,
                        const std::vector<LabelledPair>& pairs,
                        DisagreementScore* score, const std::string& story,
                        std::ostream* show) {
  for (const LabelledPair& p : pairs) ++score->labelled[p.verdict];
  std::vector<bool> found(pairs.size(), false), as_conflict(pairs.size(), false);
  for (const Disagreement& d : b.disagreements) {
    ++score->reported;
    bool judged = false, genuine = false;
    std::vector<std::string> verdicts;
    for (size_t k = 0; k < pairs.size(); ++k) {
      if (!Covers(d, articles, pairs[k])) continue;
      judged = true;
      verdicts.push_back(pairs[k].verdict);
      if (pairs[k].verdict == "disagree") {
        genuine = true;
        found[k] = true;
        as_conflict[k] = as_conflict[k] || d.assessment == "conflict";
      } else if (pairs[k].verdict == "changed_over_time" &&
                 d.assessment == "changed over time") {
        genuine = true;
      }
    }
    if (show != nullptr) {
      *show << story << "\t" << (!judged ? "unjudged" : genuine ? "genuine" : "NOT genuine");
      for (const std::string& v : verdicts) *show << " " << v;
      *show << "\t" << d.summary << "\n";
    }
    if (!judged) continue;
    ++score->judged;
    if (genuine) {
      ++score->genuine;
    } else {
      for (const std::string& v : verdicts) ++score->false_by_verdict[v];
    }
  }
  for (size_t k = 0; k < pairs.size(); ++k) {
    if (show != nullptr && pairs[k].verdict == "disagree" && !found[k]) {
      *show << story << "\tmissed labelled disagreement " << pairs[k].id << "\n";
    }
    score->disagree_found += found[k];
    score->disagree_found_as_conflict += as_conflict[k];
  }
}

std::string FormatDisagreementScore(const DisagreementScore& s) {
  int pairs = 0;
  for (const auto& [v, n] : s.labelled) pairs += n;
  int disagree = s.labelled.count("disagree") ? s.labelled.at("disagree") : 0;
  std::string out = StrCat("disagreement labels: ", pairs, " pairs (");
  bool first = true;
  for (const auto& [v, n] : s.labelled) {
    out += StrCat(first ? "" : ", ", v, " ", n);
    first = false;
  }
  out += ")\n";
  out += StrCat("disagreements recall: ", s.disagree_found, " of ", disagree,
                " labelled disagreements reported (", Percent(s.disagree_found, disagree),
                "), ", s.disagree_found_as_conflict, " of them as a conflict\n");
  out += StrCat("disagreements precision: ", s.genuine, " of ", s.judged,
                " reported disagreements that cover a labelled pair are genuine (",
                Percent(s.genuine, s.judged), "); ", s.reported - s.judged, " of ", s.reported,
                " reported cover no labelled pair (unjudged)\n");
  if (!s.false_by_verdict.empty()) {
    out += "  not genuine, by the labelled verdict covered:";
    for (const auto& [v, n] : s.false_by_verdict) out += StrCat(" ", v, " ", n);
    out += "\n";
  }
  return out;
}

}  // namespace dossier::cli
