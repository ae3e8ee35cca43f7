// Shared state of the briefing stages: sentence vectors, per-sentence facts, the
// story's date and near-copy links.
#include <algorithm>

#include "src/briefing/context.h"

#include "src/base/strings.h"
#include "src/statements/quality.h"

namespace dossier::briefing::internal {

namespace {

// "U.S. dollars", "Hong Kong dlrs", "St. Louis encephalitis", "Spanish flu": a place
// named before a currency or a disease names that, not a place of the story.
bool BeforeCurrency(std::string_view text, Span mention) {
  size_t at = mention.end;
  while (at < text.size() && text[at] == ' ') ++at;
  for (std::string_view w : {"dollar", "dlr", "cent", "encephalitis", "virus", "fever", "flu "}) {
    if (text.substr(at, w.size()) == w) return true;
  }
  return false;
}

// Whether `mention` sits inside a quoted title ("An American Werewolf in London", ``The
// Truman Show''): a short quotation most of whose words are capitalized names a work,
// not the places and people in its words.
bool InQuotedTitle(std::string_view text, Span mention) {
  auto is_open = [&](size_t i) {
    return text[i] == '"' || text[i] == '\'' || text.substr(i, 3) == "\u201C" ||
           text.substr(i, 3) == "\u2018";
  };
  auto is_close = [&](size_t i) {
    return text[i] == '"' || text[i] == '\'' || text.substr(i, 3) == "\u201D" ||
           text.substr(i, 3) == "\u2019";
  };
  constexpr size_t kMaxTitleBytes = 60;
  size_t open = mention.begin;
  while (open > 0 && mention.begin - open < kMaxTitleBytes && !is_open(open - 1) &&
         text[open - 1] != '.') {
    --open;
  }
  if (open == 0 || !is_open(open - 1)) return false;
  size_t close = mention.end;
  while (close < text.size() && close - mention.end < kMaxTitleBytes && !is_close(close) &&
         (text[close] != '.' || (close + 1 < text.size() && is_close(close + 1)))) {
    ++close;  // a title may end with its sentence's stop inside the quotes
  }
  if (close >= text.size() || !is_close(close)) return false;
  int words = 0, capitals = 0;
  bool start = true;
  for (size_t i = open; i < close; ++i) {
    const char c = text[i];
    if (c == ' ') {
      start = true;
    } else if (start) {
      ++words;
      capitals += c >= 'A' && c <= 'Z';
      start = false;
    }
  }
  return words >= 2 && words <= 8 && 3 * capitals >= 2 * words;
}

void ExtractFacts(Context* ctx) {
  ctx->facts.resize(ctx->articles.size());
  std::vector<std::vector<facts::Mention>> per_article(ctx->articles.size());
  for (size_t a = 0; a < ctx->articles.size(); ++a) {
    const Article& art = ctx->articles[a];
    ctx->facts[a].resize(art.sentences.size());
    for (size_t s = 0; s < art.sentences.size(); ++s) {
      const Span span = art.sentences[s].span;
      ctx->facts[a][s].quantities = facts::ExtractQuantities(art.Slice(span), span);
      std::vector<facts::Mention>& m = ctx->facts[a][s].mentions;
      m = facts::ExtractMentions(art.Slice(span), span);
      // The wire service of a dateline ("MADRID, Spain (AP) _") filed the story; it is
      // not in it. The dateline's place stays: where the story happened.
      const Span clean = statements::CleanSpan(art.text, span);
      std::erase_if(m, [&](const facts::Mention& x) {
        return (x.span.end <= clean.begin && x.type == facts::EntityType::kOrganization) ||
               (x.type == facts::EntityType::kPlace && BeforeCurrency(art.text, x.span)) ||
               InQuotedTitle(art.text, x.span);
      });
      per_article[a].insert(per_article[a].end(), m.begin(), m.end());
    }
  }
  ctx->entities = facts::MergeEntities(per_article);
}

// The median of the known publication dates (ISO strings sort as dates).
std::string MedianDate(const std::vector<Article>& articles) {
  std::vector<std::string> dates;
  for (const Article& a : articles) {
    if (!a.date.empty()) dates.push_back(a.date);
  }
  if (dates.empty()) return "";
  std::sort(dates.begin(), dates.end());
  return dates[(dates.size() - 1) / 2];
}

}  // namespace

void BuildContext(Context* ctx) {
  ctx->cluster = statements::BuildCluster(ctx->articles, ctx->options.summary);
  ctx->centroid = statements::Centroid(ctx->cluster);
  ctx->centroid_by_term.assign(ctx->cluster.num_terms, 0.0f);
  for (const auto& [term, value] : ctx->centroid) {
    if (term < ctx->centroid_by_term.size()) ctx->centroid_by_term[term] = value;
  }
  ctx->statements = std::make_unique<statements::StatementIndex>(ctx->cluster, ctx->articles);
  ctx->unit_of.resize(ctx->articles.size());
  for (size_t a = 0; a < ctx->articles.size(); ++a) {
    ctx->unit_of[a].assign(ctx->articles[a].sentences.size(), -1);
  }
  for (size_t u = 0; u < ctx->cluster.units.size(); ++u) {
    const auto& unit = ctx->cluster.units[u];
    ctx->unit_of[unit.article][unit.index] = static_cast<int>(u);
  }
  ExtractFacts(ctx);
  ctx->duplicate_of.assign(ctx->articles.size(), -1);
  ctx->story_date = MedianDate(ctx->articles);
}

int Context::IndependentCount(const std::vector<size_t>& article_indices) const {
  std::vector<size_t> roots;
  for (size_t a : article_indices) {
    roots.push_back(SourceOf(a));
  }
  std::sort(roots.begin(), roots.end());
  return static_cast<int>(std::unique(roots.begin(), roots.end()) - roots.begin());
}

std::pair<int, double> Context::BestMatch(size_t article, size_t sentence,
                                          size_t other) const {
  int u = unit_of[article][sentence];
  std::pair<int, double> best = {-1, 0.0};
  if (u < 0) return best;
  for (int v : unit_of[other]) {
    if (v < 0) continue;
    double sim = statements->Support(static_cast<size_t>(u), static_cast<size_t>(v));
    if (best.first < 0 || sim > best.second) best = {v, sim};
  }
  return best;
}

std::vector<std::pair<size_t, int>> Context::SupportingUnits(size_t article, size_t sentence,
                                                             double threshold) const {
  std::vector<std::pair<size_t, int>> out;
  int u = unit_of[article][sentence];
  if (u < 0) return out;
  // Candidates are ascending, so grouped by article (units are in article order), and a
  // unit outside them scores below threshold: the first unit reaching an article's
  // maximum is BestMatch's choice.
  double best = 0;
  for (size_t v : statements->Candidates(static_cast<size_t>(u), threshold)) {
    size_t b = cluster.units[v].article;
    if (b == article) continue;
    double sim = statements->Support(static_cast<size_t>(u), v);
    if (sim < threshold) continue;
    if (out.empty() || out.back().first != b) {
      out.push_back({b, static_cast<int>(v)});
      best = sim;
    } else if (sim > best) {
      out.back().second = static_cast<int>(v);
      best = sim;
    }
  }
  return out;
}

double Context::Centrality(size_t u) const {
  double sum = 0;
  for (const auto& [term, value] : cluster.units[u].vec) {
    float c = term < centroid_by_term.size() ? centroid_by_term[term] : 0.0f;
    if (c != 0.0f) sum += double{value} * c;
  }
  return sum;
}

bool Context::SupportedElsewhere(size_t article, size_t sentence, double threshold) const {
  int u = unit_of[article][sentence];
  if (u < 0) return false;
  // A supporting unit usually shares the sentence's rarest stem: look there first, so a
  // sentence that is carried elsewhere (most are, in a big story) costs one short list.
  for (uint32_t v : statements->RarestStemUnits(static_cast<size_t>(u))) {
    if (cluster.units[v].article == article) continue;
    if (statements->Support(static_cast<size_t>(u), v) >= threshold) return true;
  }
  for (size_t v : statements->Candidates(static_cast<size_t>(u), threshold)) {
    if (cluster.units[v].article == article) continue;
    if (statements->Support(static_cast<size_t>(u), v) >= threshold) return true;
  }
  return false;
}

double Context::BestSimilarity(size_t article, size_t sentence, size_t other) const {
  return BestMatch(article, sentence, other).second;
}
double Context::Similarity(size_t a, size_t s, size_t b, size_t t) const {
  int u = unit_of[a][s], v = unit_of[b][t];
  if (u < 0 || v < 0) return 0;
  return statements->Support(static_cast<size_t>(u), static_cast<size_t>(v));
}

namespace {

// The surnames (last words, lower case) of the people named inside unit `u` (facts
// mentions of type person), sorted and unique.
std::vector<std::string> PersonsIn(const Context& ctx, const statements::Unit& u) {
  std::vector<std::string> out;
  for (const facts::Mention& m : ctx.facts[u.article][u.index].mentions) {
    if (m.type != facts::EntityType::kPerson || m.tentative) continue;
    if (m.span.begin < u.span.begin || m.span.end > u.span.end) continue;
    out.push_back(AsciiLower(m.name.substr(m.name.rfind(' ') + 1)));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// One surname, or two spellings of it ("Morsi" / "Mursi"): equal, or one edit apart
// when both have five letters or more.
bool SameSurname(const std::string& x, const std::string& y) {
  if (x == y) return true;
  if (x.size() < 5 || y.size() < 5 || x.size() + 1 < y.size() || y.size() + 1 < x.size()) {
    return false;
  }
  size_t i = 0, j = 0, edits = 0;
  while (i < x.size() && j < y.size() && edits <= 1) {
    if (x[i] == y[j]) {
      ++i, ++j;
      continue;
    }
    ++edits;
    if (x.size() > y.size()) ++i;
    else if (y.size() > x.size()) ++j;
    else ++i, ++j;
  }
  return edits + (x.size() - i) + (y.size() - j) <= 1;
}

// Each side names a person the other does not ("Mrs. Gingrich's attorney, John
// Mayoue, has denied the allegations" / "Newt Gingrich's attorney, Randolph Evans,
// denied the allegation"): two statements about different people, however alike.
bool PersonsClash(const std::vector<std::string>& x, const std::vector<std::string>& y) {
  auto has_own = [](const std::vector<std::string>& a, const std::vector<std::string>& b) {
    return std::any_of(a.begin(), a.end(), [&](const std::string& n) {
      return std::none_of(b.begin(), b.end(), [&](const std::string& m) { return SameSurname(n, m); });
    });
  };
  return !x.empty() && !y.empty() && has_own(x, y) && has_own(y, x);
}

}  // namespace

bool Context::Cites(size_t u, size_t v) const {
  const statements::Unit& x = cluster.units[u];
  const statements::Unit& y = cluster.units[v];
  return statements::SharedContentStems(articles[x.article], x, articles[y.article], y) >=
             statements::kMinCitationContentStems &&
         !PersonsClash(PersonsIn(*this, x), PersonsIn(*this, y)) &&
         PlacesNamedIn(x, y.article) &&
         statements::QuoteCarried(articles[x.article], x, articles[y.article], y);
}

bool Context::PlacesNamedIn(const statements::Unit& u, size_t article) const {
  auto named = [&](const std::string& place) {
    for (const SentenceFacts& f : facts[article]) {
      for (const facts::Mention& m : f.mentions) {
        if (m.type == facts::EntityType::kPlace && m.name == place) return true;
      }
    }
    return false;
  };
  for (const facts::Mention& m : facts[u.article][u.index].mentions) {
    if (m.span.begin < u.span.begin || m.span.end > u.span.end) continue;
    if (m.type == facts::EntityType::kPlace && !m.demonym && !named(m.name)) return false;
  }
  return true;
}

int Context::UnitAt(size_t article, Span span) const {
  const std::vector<Sentence>& sentences = articles[article].sentences;
  for (size_t s = 0; s < sentences.size(); ++s) {
    const int u = unit_of[article][s];
    if (u >= 0 && cluster.units[u].span.begin == span.begin) return u;
  }
  return -1;
}

BriefItem ItemFor(const Context& ctx, size_t article, size_t sentence) {
  BriefItem item;
  const Article& art = ctx.articles[article];
  int u = ctx.unit_of[article][sentence];
  Span span = u >= 0 ? ctx.cluster.units[u].span : art.sentences[sentence].span;
  item.text = std::string(art.Slice(span));
  item.cites.push_back({article, span});
  if (u < 0) return item;
  const double threshold = ctx.options.summary.support_threshold;
  if (threshold > 0) {
    for (const auto& [b, v] : ctx.SupportingUnits(article, sentence, threshold)) {
      if (ctx.Cites(static_cast<size_t>(u), static_cast<size_t>(v))) {
        item.cites.push_back({b, ctx.cluster.units[v].span});
      }
    }
    return item;
  }
  for (size_t b = 0; b < ctx.articles.size(); ++b) {
    if (b == article) continue;
    auto [unit, sim] = ctx.BestMatch(article, sentence, b);
    if (unit >= 0 && sim >= threshold) item.cites.push_back({b, ctx.cluster.units[unit].span});
  }
  return item;
}

}  // namespace dossier::briefing::internal
