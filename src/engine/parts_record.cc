// parts_record.cc: byte forms of article records and story evidence (parts_record.h).
//
// Record layout (src/base/bytes.h encoding): u32 magic "DSR1", u64 options digest,
// kIdCandidates u64 ids, u64 x 2 digest, str title, date, source, snippet, u32 key count
// and the keys, then the prepared story features (src/cluster/prepared.h).
// Evidence layout: u32 magic "DSE1", u32 key count, then per key str key, u32 articles,
// u32 source count and per source str source, u32 articles.
#include "src/engine/parts_record.h"

#include <xxhash.h>

namespace dossier::engine {
namespace {

constexpr uint32_t kRecordMagic = 0x31525344;    // "DSR1" read little-endian
constexpr uint32_t kEvidenceMagic = 0x31455344;  // "DSE1"

Status BadRecord(const std::string& what) {
  return Status::InvalidArgument("article record: " + what);
}

Status BadEvidence(const std::string& what) {
  return Status::InvalidArgument("story evidence: " + what);
}

void WriteClusterOptions(const ClusterOptions& c, ByteWriter* w) {
  for (double d : {c.text_threshold, c.headline_threshold, c.merge_factor, c.text_window_days,
                   c.headline_window_days, c.title_weight, c.name_weight, c.url_weight,
                   c.text_merge_factor}) {
    w->F64(d);
  }
  w->U32(static_cast<uint32_t>(c.max_hot_stories));
  w->U32(static_cast<uint32_t>(c.max_text_words));
  w->U8(c.join_near_copies ? 1 : 0);
  w->U8(c.second_look ? 1 : 0);
}

void WriteCleanOptions(const EngineOptions& e, ByteWriter* w) {
  const CleanOptions& c = e.clean;
  w->U8(e.clean_boilerplate ? 1 : 0);
  for (int v : {c.min_repeat_articles, c.min_repeat_articles_same_source, c.min_repeat_in_article,
                c.prose_min_words, c.max_phrase_block_words, c.max_start_block_words,
                c.max_credit_words, c.max_subhead_words, c.max_title_words, c.min_wrapped_lines,
                c.max_wrap_width}) {
    w->U32(static_cast<uint32_t>(v));
  }
  w->U8(c.drop_subheads ? 1 : 0);
  w->F64(c.wrapped_line_fraction);
}

}  // namespace

uint64_t RecordOptionsDigest(const EngineOptions& options) {
  ByteWriter w;
  WriteClusterOptions(options.cluster, &w);
  WriteCleanOptions(options, &w);
  const std::string bytes = w.Take();
  return XXH3_64bits(bytes.data(), bytes.size());
}

std::string WriteRecord(const ArticleRecord& r) {
  ByteWriter w;
  w.U32(kRecordMagic);
  w.U64(r.options);
  for (uint64_t id : r.ids) w.U64(id);
  w.U64(r.digest_low);
  w.U64(r.digest_high);
  for (const std::string* s : {&r.title, &r.date, &r.source, &r.snippet}) w.Str(*s);
  w.U32(static_cast<uint32_t>(r.keys.size()));
  for (const std::string& k : r.keys) w.Str(k);
  cluster::WritePrepared(r.prepared, &w);
  return w.Take();
}

Status ReadRecord(std::string_view bytes, ArticleRecord* r) {
  ByteReader in(bytes);
  uint32_t magic = 0;
  if (!in.U32(&magic) || magic != kRecordMagic) {
    return BadRecord("not a record of this version (bad magic)");
  }
  bool ok = in.U64(&r->options);
  for (uint64_t& id : r->ids) ok = ok && in.U64(&id) && id != 0;
  ok = ok && in.U64(&r->digest_low) && in.U64(&r->digest_high);
  for (std::string* s : {&r->title, &r->date, &r->source, &r->snippet}) ok = ok && in.Str(s);
  uint32_t keys = 0;
  if (!ok || !in.U32(&keys) || !in.Fits(keys, 4)) return BadRecord("truncated header");
  r->keys.resize(keys);
  for (std::string& k : r->keys) {
    if (!in.Str(&k)) return BadRecord("truncated keys");
  }
  DOSSIER_RETURN_IF_ERROR(cluster::ReadPrepared(&in, &r->prepared));
  if (!in.done()) return BadRecord("trailing bytes");
  return Status::Ok();
}

std::string WriteEvidence(const std::vector<KeyCounts>& counts) {
  ByteWriter w;
  w.U32(kEvidenceMagic);
  w.U32(static_cast<uint32_t>(counts.size()));
  for (const KeyCounts& k : counts) {
    w.Str(k.key);
    w.U32(static_cast<uint32_t>(k.articles));
    w.U32(static_cast<uint32_t>(k.of_source.size()));
    for (const auto& [source, n] : k.of_source) {
      w.Str(source);
      w.U32(static_cast<uint32_t>(n));
    }
  }
  return w.Take();
}

Status ReadEvidence(std::string_view bytes, extract::LineEvidence* evidence) {
  ByteReader in(bytes);
  uint32_t magic = 0, keys = 0;
  if (!in.U32(&magic) || magic != kEvidenceMagic) {
    return BadEvidence("not story evidence of this version (bad magic)");
  }
  if (!in.U32(&keys) || !in.Fits(keys, 12)) return BadEvidence("truncated");
  // Counts are checked and collected first, so a malformed input adds nothing.
  extract::LineEvidence read;
  for (uint32_t i = 0; i < keys; ++i) {
    std::string key, source;
    uint32_t n = 0, sources = 0;
    if (!in.Str(&key) || !in.U32(&n) || !in.U32(&sources) || n > (1u << 30)) {
      return BadEvidence("truncated key");
    }
    read.AddCount(key, static_cast<int>(n));
    for (uint32_t s = 0; s < sources; ++s) {
      if (!in.Str(&source) || !in.U32(&n) || n > (1u << 30)) return BadEvidence("truncated source");
      read.AddCountOfSource(source, key, static_cast<int>(n));
    }
  }
  if (!in.done()) return BadEvidence("trailing bytes");
  *evidence = std::move(read);
  return Status::Ok();
}

}  // namespace dossier::engine
