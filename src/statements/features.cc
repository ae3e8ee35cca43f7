// Sentence features shared by every summarization method.
//
// Vectors are tf-idf over stemmed content words (stopwords dropped), with idf computed
// over the cluster's sentences, as in LexRank (Erkan & Radev 2004). Concepts are stemmed
// word bigrams that are not made of two stopwords, as in Gillick & Favre (2009); a
// bigram may span punctuation, as ROUGE's tokenizer drops punctuation too.
#include "src/statements/features.h"

#include "src/dedup/near_dup_index.h"

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

#include "src/statements/compress.h"
#include "src/statements/quality.h"

namespace dossier::statements {
namespace {

constexpr uint32_t kNoTerm = UINT32_MAX;

class Vocabulary {
 public:
  // Ids in order of first appearance: deterministic for a given input.
  uint32_t Intern(const std::string& word) {
    auto [it, inserted] = ids_.try_emplace(word, static_cast<uint32_t>(ids_.size()));
    return it->second;
  }
  size_t size() const { return ids_.size(); }

 private:
  std::unordered_map<std::string, uint32_t> ids_;
};

bool IsWordToken(const Token& t) {
  return t.kind == TokenKind::kWord || t.kind == TokenKind::kNumber;
}

bool InParts(const std::vector<Span>& parts, Span s) {
  return std::any_of(parts.begin(), parts.end(),
                     [&](const Span& p) { return p.begin <= s.begin && s.end <= p.end; });
}

// Fills terms (from u->span) and bigrams (from u->parts, bridging the cuts as the shown
// text does) of `u` from the sentence's tokens.
void AddTokens(const Sentence& s, Vocabulary* vocab, Unit* u) {
  uint32_t prev = kNoTerm;
  bool prev_stop = false;
  for (const Token& t : s.tokens) {
    if (t.span.begin < u->span.begin || t.span.end > u->span.end || !IsWordToken(t)) continue;
    uint32_t id = vocab->Intern(t.stem.empty() ? t.norm : t.stem);
    if (!t.stopword) u->terms.push_back(id);
    if (!InParts(u->parts, t.span)) continue;
    if (prev != kNoTerm && !(prev_stop && t.stopword)) {
      u->bigrams.push_back((uint64_t{prev} << 32) | id);
    }
    prev = id;
    prev_stop = t.stopword;
  }
  std::sort(u->bigrams.begin(), u->bigrams.end());
  u->bigrams.erase(std::unique(u->bigrams.begin(), u->bigrams.end()), u->bigrams.end());
}

// Whether the sentence passes the quality filters but the length limits: a statement
// that needs no neighbour. `text` is the whole sentence, `shown` its compressed form.
bool Standalone(std::string_view text, std::string_view shown, const SummaryOptions& options) {
  if (options.skip_dependent_sentences && (StartsWithConnective(shown) || NeedsContext(text))) {
    return false;
  }
  return IsStatement(text);
}

bool WithinLength(const Unit& u, const SummaryOptions& options) {
  return u.length >= options.min_sentence_words && u.length <= options.max_sentence_words;
}

// Whether the sentence at `span` is a photo caption: the cleaner cut a photo credit
// ("(David M Warren / Staff Photographer)") right after it on the same line, which only
// captions carry.
bool CaptionByCredit(const Article& art, Span span) {
  for (const Removed& r : art.removed) {
    if (r.reason != "photo-credit" || r.span.begin < span.end) continue;
    if (r.span.begin - span.end > 8) continue;
    std::string_view gap = std::string_view(art.text).substr(span.end, r.span.begin - span.end);
    if (gap.find_first_not_of(" \t") == std::string_view::npos) return true;
  }
  return false;
}

void ComputeVectors(Cluster* c) {
  std::vector<int> sf(c->num_terms, 0);
  for (const Unit& u : c->units) {
    std::vector<uint32_t> t = u.terms;
    std::sort(t.begin(), t.end());
    t.erase(std::unique(t.begin(), t.end()), t.end());
    for (uint32_t id : t) ++sf[id];
  }
  c->idf.assign(c->num_terms, 0);
  double n = static_cast<double>(c->units.size());
  for (size_t i = 0; i < sf.size(); ++i) {
    if (sf[i] > 0) c->idf[i] = static_cast<float>(std::log((n + 1) / sf[i]));
  }
  for (Unit& u : c->units) {
    std::vector<uint32_t> t = u.terms;
    std::sort(t.begin(), t.end());
    for (size_t i = 0; i < t.size();) {
      size_t j = i;
      while (j < t.size() && t[j] == t[i]) ++j;
      u.vec.emplace_back(t[i], static_cast<float>((j - i) * c->idf[t[i]]));
      i = j;
    }
    Normalize(&u.vec);
  }
}

}  // namespace

Cluster BuildCluster(const std::vector<Article>& articles, const SummaryOptions& options) {
  Cluster c;
  c.num_articles = articles.size();
  Vocabulary vocab;
  for (size_t a = 0; a < articles.size(); ++a) {
    const Article& art = articles[a];
    for (size_t i = 0; i < art.sentences.size(); ++i) {
      const Sentence& s = art.sentences[i];
      if (s.span.end > art.text.size() || s.span.begin > s.span.end) continue;
      Unit u;
      u.article = a;
      u.index = static_cast<uint32_t>(i);
      u.article_size = static_cast<uint32_t>(art.sentences.size());
      u.span = CleanSpan(art.text, s.span);
      std::string_view text = art.Slice(u.span);
      u.words = CountWords(text);
      u.parts = options.compress ? CompressSpan(art.text, u.span, CompressRules()) : std::vector{u.span};
      std::string shown = JoinParts(art.text, u.parts);
      u.length = CountWords(shown);
      AddTokens(s, &vocab, &u);
      if (u.terms.empty()) continue;
      u.standalone = Standalone(text, shown, options) &&
                     !(options.skip_dependent_sentences && CaptionByCredit(art, u.span));
      u.eligible = u.standalone && WithinLength(u, options);
      c.units.push_back(std::move(u));
    }
  }
  c.num_terms = vocab.size();
  ComputeVectors(&c);
  std::vector<std::string> texts;
  for (const Article& art : articles) texts.push_back(dedup::ComparableText(art));
  c.copy_of = dedup::FindCopies(std::vector<std::string_view>(texts.begin(), texts.end()),
                                dedup::NearDupOptions{});
  return c;
}

double Dot(const SparseVector& a, const SparseVector& b) {
  double sum = 0;
  size_t i = 0, j = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i].first < b[j].first) {
      ++i;
    } else if (b[j].first < a[i].first) {
      ++j;
    } else {
      sum += double{a[i++].second} * b[j++].second;
    }
  }
  return sum;
}

void Normalize(SparseVector* v) {
  double norm = 0;
  for (const auto& [id, w] : *v) norm += double{w} * w;
  if (norm <= 0) return;
  norm = std::sqrt(norm);
  for (auto& [id, w] : *v) w = static_cast<float>(w / norm);
}

SparseVector Centroid(const Cluster& cluster) {
  std::vector<double> sum(cluster.num_terms, 0);
  for (const Unit& u : cluster.units) {
    for (const auto& [id, w] : u.vec) sum[id] += w;
  }
  SparseVector v;
  for (size_t i = 0; i < sum.size(); ++i) {
    if (sum[i] > 0) v.emplace_back(static_cast<uint32_t>(i), static_cast<float>(sum[i]));
  }
  Normalize(&v);
  return v;
}

}  // namespace dossier::statements
