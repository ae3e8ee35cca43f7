// article_id.cc: ArticleId's text form (include/dossier/article_id.h).
#include "dossier/article_id.h"

namespace dossier {

std::string ArticleId::ToString() const {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s(16, '0');
  for (int i = 15, shift = 0; i >= 0; --i, shift += 4) s[i] = kHex[(value_ >> shift) & 0xf];
  return s;
}

StatusOr<ArticleId> ArticleId::Parse(std::string_view text) {
  auto bad = [&] {
    return Status::InvalidArgument("article id \"" + std::string(text) +
                                   "\" is not 16 hex digits");
  };
  if (text.size() != 16) return bad();
  uint64_t v = 0;
  for (char c : text) {
    int d = c >= '0' && c <= '9'   ? c - '0'
            : c >= 'a' && c <= 'f' ? c - 'a' + 10
            : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                   : -1;
    if (d < 0) return bad();
    v = (v << 4) | static_cast<uint64_t>(d);
  }
  return ArticleId(v);
}

}  // namespace dossier
