// prepared.cc: PrepareArticle and its byte form (see prepared.h).
//
// Layout (src/base/bytes.h encoding): u8 flags (bit 0 headline, bit 1 has_words),
// i64 time, u32 term count, then per term u64 hash, f32 weight, u8 name; u64 exact hash,
// u32 shingle count, u32 shingles; u32 passage count, then per passage u64 hash and
// u32 paragraph.
#include "src/cluster/prepared.h"

#include <algorithm>

namespace dossier::cluster {
namespace {

Status Malformed(const char* what) {
  return Status::InvalidArgument(std::string("story signature: ") + what);
}

template <typename T, typename Key>
bool SortedDistinct(const std::vector<T>& v, Key key) {
  for (size_t i = 1; i < v.size(); ++i) {
    if (!(key(v[i - 1]) < key(v[i]))) return false;
  }
  return true;
}

Status ReadTerms(ByteReader* in, TermVector* terms) {
  uint32_t n = 0;
  if (!in->U32(&n) || !in->Fits(n, 13)) return Malformed("truncated terms");
  terms->resize(n);
  for (Term& t : *terms) {
    uint8_t name = 0;
    if (!in->U64(&t.hash) || !in->F32(&t.weight) || !in->U8(&name) || name > 1) {
      return Malformed("bad term");
    }
    t.name = name == 1;
  }
  if (!SortedDistinct(*terms, [](const Term& t) { return t.hash; })) {
    return Malformed("terms not sorted");
  }
  return Status::Ok();
}

Status ReadFingerprint(ByteReader* in, bool has_words, dedup::NearDupIndex::Fingerprint* fp) {
  fp->has_words = has_words;
  uint32_t n = 0;
  if (!in->U64(&fp->exact) || !in->U32(&n) || !in->Fits(n, 4)) {
    return Malformed("truncated shingles");
  }
  fp->shingles.resize(n);
  for (uint32_t& s : fp->shingles) in->U32(&s);
  if (!SortedDistinct(fp->shingles, [](uint32_t s) { return s; })) {
    return Malformed("shingles not sorted");
  }
  if (has_words != !fp->shingles.empty()) return Malformed("shingles and words disagree");
  if (has_words) fp->signature = dedup::Signature(fp->shingles);
  if (!in->U32(&n) || !in->Fits(n, 12)) return Malformed("truncated passages");
  fp->passages.resize(n);
  for (auto& [hash, paragraph] : fp->passages) {
    uint32_t p = 0;
    if (!in->U64(&hash) || !in->U32(&p)) return Malformed("truncated passage");
    paragraph = static_cast<int>(p);
  }
  return Status::Ok();
}

}  // namespace

dedup::NearDupOptions StoryNearCopyOptions() { return dedup::NearDupOptions{}; }

PreparedArticle PrepareArticle(const StreamArticle& article, const ClusterOptions& options,
                               text::Analyzer* analyzer) {
  PreparedArticle p;
  p.headline = IsHeadlineOnly(article);
  p.time = article.time;
  p.terms = ArticleTerms(analyzer, article, options);
  const std::string_view body = p.headline ? article.title : article.text;
  p.fingerprint = dedup::NearDupIndex::Prepare(body, StoryNearCopyOptions());
  return p;
}

void WritePrepared(const PreparedArticle& article, ByteWriter* out) {
  const dedup::NearDupIndex::Fingerprint& fp = article.fingerprint;
  out->U8(static_cast<uint8_t>((article.headline ? 1 : 0) | (fp.has_words ? 2 : 0)));
  out->I64(article.time);
  out->U32(static_cast<uint32_t>(article.terms.size()));
  for (const Term& t : article.terms) {
    out->U64(t.hash);
    out->F32(t.weight);
    out->U8(t.name ? 1 : 0);
  }
  out->U64(fp.exact);
  out->U32(static_cast<uint32_t>(fp.shingles.size()));
  for (uint32_t s : fp.shingles) out->U32(s);
  out->U32(static_cast<uint32_t>(fp.passages.size()));
  for (const auto& [hash, paragraph] : fp.passages) {
    out->U64(hash);
    out->U32(static_cast<uint32_t>(paragraph));
  }
}

Status ReadPrepared(ByteReader* in, PreparedArticle* out) {
  uint8_t flags = 0;
  if (!in->U8(&flags) || flags > 3 || !in->I64(&out->time)) return Malformed("truncated header");
  out->headline = (flags & 1) != 0;
  DOSSIER_RETURN_IF_ERROR(ReadTerms(in, &out->terms));
  return ReadFingerprint(in, (flags & 2) != 0, &out->fingerprint);
}

}  // namespace dossier::cluster
