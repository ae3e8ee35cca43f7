// article_id.h: the stable name of an article.
//
//   dossier::ArticleId id = ...;                 // from Engine::Add
//   std::string s = id.ToString();                // "a3f09c2e5b7d1e40": 16 hex digits
//   dossier::StatusOr<dossier::ArticleId> back = dossier::ArticleId::Parse(s);
//
// An ArticleId is 64 bits derived from the article's content (Engine docs say which
// fields). 0 is never assigned: it means "no id" (an article not held by an engine).
#ifndef DOSSIER_ARTICLE_ID_H_
#define DOSSIER_ARTICLE_ID_H_

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "dossier/status.h"

namespace dossier {

class ArticleId {
 public:
  constexpr ArticleId() = default;
  constexpr explicit ArticleId(uint64_t value) : value_(value) {}

  constexpr uint64_t value() const { return value_; }
  constexpr bool empty() const { return value_ == 0; }
  // Exactly 16 lower-case hex digits.
  std::string ToString() const;
  // Inverse of ToString; also accepts upper-case digits. kInvalidArgument otherwise.
  static StatusOr<ArticleId> Parse(std::string_view text);

  friend constexpr auto operator<=>(const ArticleId&, const ArticleId&) = default;

 private:
  uint64_t value_ = 0;
};

}  // namespace dossier

#endif  // DOSSIER_ARTICLE_ID_H_
