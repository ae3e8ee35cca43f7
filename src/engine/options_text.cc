// options_text.cc: options as name=value text (options_text.h). One field table per
// options struct; a field added to a struct must be added to its table (the round-trip
// test compares every field through operator== or the text itself).
#include "src/engine/options_text.h"

#include <charconv>
#include <cstdio>
#include <variant>
#include <vector>

namespace dossier::engine {
namespace {

template <typename T>
struct Field {
  const char* name;
  std::variant<int T::*, double T::*, bool T::*, size_t T::*> member;
};

std::string Number(double v) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.17g", v);
  return buf;
}

template <typename T>
std::string ToText(const T& options, const std::vector<Field<T>>& fields) {
  std::string out;
  for (const Field<T>& f : fields) {
    out += f.name;
    out += '=';
    std::visit(
        [&](auto member) {
          const auto& v = options.*member;
          using V = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<V, double>) {
            out += Number(v);
          } else if constexpr (std::is_same_v<V, bool>) {
            out += v ? "true" : "false";
          } else {
            out += std::to_string(v);
          }
        },
        f.member);
    out += ';';
  }
  return out;
}

template <typename V>
bool ParseValue(std::string_view s, V* out) {
  if constexpr (std::is_same_v<V, bool>) {
    if (s != "true" && s != "false") return false;
    *out = s == "true";
    return true;
  } else if constexpr (std::is_same_v<V, double>) {
    // from_chars for double is in libstdc++ 11+.
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && ptr == s.data() + s.size();
  } else {
    auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), *out);
    return ec == std::errc() && ptr == s.data() + s.size() && !s.empty();
  }
}

template <typename T>
StatusOr<T> FromText(std::string_view text, const std::vector<Field<T>>& fields,
                     std::string_view what) {
  T options;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find(';', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view item = text.substr(pos, end - pos);
    pos = end + 1;
    if (item.empty()) continue;
    const size_t eq = item.find('=');
    const std::string_view name = item.substr(0, eq);
    const std::string_view value = eq == std::string_view::npos ? "" : item.substr(eq + 1);
    const Field<T>* field = nullptr;
    for (const Field<T>& f : fields) {
      if (name == f.name) field = &f;
    }
    if (field == nullptr) {
      return Status::InvalidArgument(std::string(what) + ": unknown option \"" +
                                     std::string(name) + "\"");
    }
    bool ok = std::visit([&](auto member) { return ParseValue(value, &(options.*member)); },
                         field->member);
    if (!ok) {
      return Status::InvalidArgument(std::string(what) + ": option " + std::string(name) +
                                     " has a malformed value \"" + std::string(value) + "\"");
    }
  }
  return options;
}

const std::vector<Field<CleanOptions>>& CleanFields() {
  using C = CleanOptions;
  static const std::vector<Field<C>> fields = {
      {"min_repeat_articles", &C::min_repeat_articles},
      {"min_repeat_articles_same_source", &C::min_repeat_articles_same_source},
      {"min_repeat_in_article", &C::min_repeat_in_article},
      {"prose_min_words", &C::prose_min_words},
      {"max_phrase_block_words", &C::max_phrase_block_words},
      {"max_start_block_words", &C::max_start_block_words},
      {"max_credit_words", &C::max_credit_words},
      {"drop_subheads", &C::drop_subheads},
      {"max_subhead_words", &C::max_subhead_words},
      {"max_title_words", &C::max_title_words},
      {"min_wrapped_lines", &C::min_wrapped_lines},
      {"max_wrap_width", &C::max_wrap_width},
      {"wrapped_line_fraction", &C::wrapped_line_fraction},
  };
  return fields;
}

const std::vector<Field<ClusterOptions>>& ClusterFields() {
  using C = ClusterOptions;
  static const std::vector<Field<C>> fields = {
      {"text_threshold", &C::text_threshold},
      {"headline_threshold", &C::headline_threshold},
      {"merge_factor", &C::merge_factor},
      {"text_merge_factor", &C::text_merge_factor},
      {"second_look", &C::second_look},
      {"text_window_days", &C::text_window_days},
      {"headline_window_days", &C::headline_window_days},
      {"max_hot_stories", &C::max_hot_stories},
      {"max_text_words", &C::max_text_words},
      {"title_weight", &C::title_weight},
      {"name_weight", &C::name_weight},
      {"url_weight", &C::url_weight},
      {"join_near_copies", &C::join_near_copies},
  };
  return fields;
}

const std::vector<Field<SummaryOptions>>& SummaryFields() {
  using S = SummaryOptions;
  static const std::vector<Field<S>> fields = {
      {"max_words", &S::max_words},
      {"max_sentences", &S::max_sentences},
      {"max_bytes", &S::max_bytes},
      {"truncate_last", &S::truncate_last},
      {"support_threshold", &S::support_threshold},
      {"redundancy_threshold", &S::redundancy_threshold},
      {"min_sentence_words", &S::min_sentence_words},
      {"max_sentence_words", &S::max_sentence_words},
      {"compress", &S::compress},
      {"skip_dependent_sentences", &S::skip_dependent_sentences},
      {"exact_concepts", &S::exact_concepts},
  };
  return fields;
}

const std::vector<Field<BriefingOptions>>& BriefingFields() {
  using B = BriefingOptions;
  static const std::vector<Field<B>> fields = {
      {"duplicate_threshold", &B::duplicate_threshold},
      {"suspect_min_contradictions", &B::suspect_min_contradictions},
      {"stale_year_gap", &B::stale_year_gap},
      {"max_timeline_entries", &B::max_timeline_entries},
      {"max_entities", &B::max_entities},
      {"max_numbers", &B::max_numbers},
      {"max_unique_per_source", &B::max_unique_per_source},
  };
  return fields;
}

}  // namespace

std::string CleanOptionsText(const CleanOptions& options) { return ToText(options, CleanFields()); }

std::string ClusterOptionsText(const ClusterOptions& options) {
  return ToText(options, ClusterFields());
}

std::string BriefingOptionsText(const BriefingOptions& options) {
  return "method=" + std::string(SummaryMethodName(options.summary.method)) + ";" +
         ToText(options.summary, SummaryFields()) + ToText(options, BriefingFields());
}

StatusOr<CleanOptions> ParseCleanOptions(std::string_view text) {
  return FromText(text, CleanFields(), "clean options");
}

StatusOr<ClusterOptions> ParseClusterOptions(std::string_view text) {
  return FromText(text, ClusterFields(), "cluster options");
}

}  // namespace dossier::engine
