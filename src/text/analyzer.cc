// analyzer.cc: turns raw tokens into Tokens (norm, stem, stopword) and runs the
// splitter and tokenizer over an article. Stems come from the Snowball English
// ("Porter2") stemmer of libstemmer (Porter 2001, snowballstem.org); since news text
// repeats its vocabulary heavily, stems and stopword flags are cached per norm, which
// turns the common case into one hash lookup per word.
#include "src/text/analyzer.h"

#include <libstemmer.h>

#include "src/text/char_class.h"
#include "src/text/normalize.h"
#include "src/text/sentence_splitter.h"

namespace dossier::text {
namespace {

// The matching form of a token, without ICU for ASCII text and the common curly
// apostrophes and quotes; anything else goes through NormalizeForMatching.
void NormOf(std::string_view bytes, bool ascii, std::string* out) {
  out->resize(bytes.size());
  char* p = out->data();
  for (size_t i = 0; i < bytes.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(bytes[i]);
    if (c < 0x80) {
      *p++ = static_cast<char>(internal::IsAsciiUpper(c) ? c + 32 : c);
    } else if (!ascii && c == 0xE2 && i + 2 < bytes.size() && bytes[i + 1] == '\x80' &&
               (bytes[i + 2] == '\x98' || bytes[i + 2] == '\x99')) {
      *p++ = '\'';
      i += 2;
    } else {
      *out = NormalizeForMatching(bytes);
      return;
    }
  }
  out->resize(static_cast<size_t>(p - out->data()));
  if (out->size() >= 2 && out->find_first_not_of('-') == std::string::npos) *out = "-";  // "--"
}

// FNV-1a (Fowler, Noll, Vo): short keys, so a simple byte hash is fastest.
uint64_t HashNorm(std::string_view s) {
  uint64_t h = 14695981039346656037ull;
  for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
  return h ^ (h >> 29);
}

}  // namespace

void Analyzer::StemmerDeleter::operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }

Analyzer::Analyzer() : stemmer_(sb_stemmer_new("english", "UTF_8")), cache_(kCacheSlots) {}

Analyzer::~Analyzer() = default;

std::string Analyzer::Stem(std::string_view norm) {
  if (stemmer_ == nullptr || norm.empty() || norm.size() > kMaxStemBytes) {
    return std::string(norm);
  }
  const sb_symbol* s =
      sb_stemmer_stem(stemmer_.get(), reinterpret_cast<const sb_symbol*>(norm.data()),
                      static_cast<int>(norm.size()));
  if (s == nullptr) return std::string(norm);  // out of memory inside libstemmer
  return std::string(reinterpret_cast<const char*>(s),
                     static_cast<size_t>(sb_stemmer_length(stemmer_.get())));
}

const Analyzer::CacheSlot& Analyzer::Lookup(const std::string& norm) {
  const uint64_t hash = HashNorm(norm);
  const size_t mask = kCacheSlots - 1;
  size_t k = hash & mask;
  for (; cache_[k].used; k = (k + 1) & mask) {
    if (cache_[k].hash == hash && cache_[k].norm == norm) return cache_[k];
  }
  if (cache_used_ >= kCacheSlots / 2) {
    for (CacheSlot& slot : cache_) slot.used = false;
    cache_used_ = 0;
    k = hash & mask;
  }
  ++cache_used_;
  CacheSlot& slot = cache_[k];
  slot.used = true;
  slot.hash = hash;
  slot.norm = norm;
  slot.stem = Stem(norm);
  slot.stopword = IsStopword(norm);
  return slot;
}

void Analyzer::FillToken(std::string_view text, const internal::RawToken& raw, Token* token) {
  token->span = raw.span;
  token->kind = raw.kind;
  NormOf(text.substr(raw.span.begin, raw.span.size()), raw.ascii, &token->norm);
  if (raw.kind == TokenKind::kWord && !raw.address) {
    const CacheSlot& entry = Lookup(token->norm);
    token->stem = entry.stem;
    token->stopword = entry.stopword;
  } else {
    token->stem = token->norm;
    token->stopword = false;
  }
}

void Analyzer::Tokenize(std::string_view text, Span span, std::vector<Token>* out) {
  scratch_.clear();
  internal::ScanTokens(text, span, &scratch_);
  size_t first = out->size();
  out->resize(first + scratch_.size());
  for (size_t k = 0; k < scratch_.size(); ++k) FillToken(text, scratch_[k], &(*out)[first + k]);
}

void Analyzer::AnalyzeArticle(Article* article) {
  article->sentences.clear();
  std::vector<Span> blocks = article->body;
  if (blocks.empty()) {
    blocks.push_back(Span{0, static_cast<uint32_t>(article->text.size())});
  }
  for (size_t p = 0; p < blocks.size(); ++p) {
    for (Span s : SplitSentences(article->text, blocks[p])) {
      Sentence& sentence = article->sentences.emplace_back();
      sentence.span = s;
      sentence.paragraph = static_cast<uint32_t>(p);
      sentence.index = static_cast<uint32_t>(article->sentences.size() - 1);
      Tokenize(article->text, s, &sentence.tokens);
    }
  }
}

}  // namespace dossier::text
