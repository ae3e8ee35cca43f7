// ROUGE-1.5.5 command-line options, parsed the way Perl's Getopt::Std does for the
// option string 'ahHb:c:de:f:l:mMn:p:st:r:2:3:w:uUvxz:' of ROUGE-1.5.5.pl: single-letter
// flags that may be bundled, values attached or in the next argument, range checks and
// defaults as in the script.
#include "src/eval/rouge_options.h"

#include <cerrno>
#include <cstdlib>
#include <string_view>

#include "src/base/strings.h"

namespace dossier::eval {
namespace {

constexpr std::string_view kFlags = "adhHmMsuUvx";
constexpr std::string_view kWithValue = "bceflnprt23wz";

// Largest -n and -r accepted: beyond these a run would take hours and mean nothing.
constexpr int kMaxNgram = 64;
constexpr int kMaxResamples = 1000000;

Status BadValue(char option, std::string_view value, std::string_view why) {
  return Status::InvalidArgument(
      StrCat("rouge option -", option, " \"", value, "\": ", why));
}

StatusOr<double> ParseNumber(char option, const std::string& value) {
  if (value.empty()) return BadValue(option, value, "expected a number");
  char* end = nullptr;
  errno = 0;
  double d = std::strtod(value.c_str(), &end);
  if (*end != '\0' || errno != 0 || d != d) return BadValue(option, value, "expected a number");
  return d;
}

StatusOr<int> ParseInt(char option, const std::string& value, long lo, long hi) {
  char* end = nullptr;
  errno = 0;
  long v = std::strtol(value.c_str(), &end, 10);
  if (value.empty() || *end != '\0' || errno != 0) {
    return BadValue(option, value, "expected an integer");
  }
  if (v < lo || v > hi) return BadValue(option, value, StrCat("must be in [", lo, ", ", hi, "]"));
  return static_cast<int>(v);
}

Status ApplyFlag(char flag, RougeOptions& o) {
  switch (flag) {
    case 'a': return Status::Ok();  // all systems are always evaluated
    case 'd': o.per_topic = true; return Status::Ok();
    case 'm': o.stem = true; return Status::Ok();
    case 's': o.remove_stopwords = true; return Status::Ok();
    case 'u': o.skip_unigrams = true; return Status::Ok();
    case 'U': o.skip_both = true; return Status::Ok();
    case 'x': o.rouge_l = false; return Status::Ok();
    default:
      return Status::InvalidArgument(StrCat("rouge option -", flag, " is not supported"));
  }
}

Status ApplySkipDistance(const std::string& value, RougeOptions& o) {
  DOSSIER_ASSIGN_OR_RETURN(int d, ParseInt('2', value, -1000000, 1000000));
  o.skip_distance = d < 0 ? kUnlimitedSkip : d;
  return Status::Ok();
}

Status ApplyFraction(char option, const std::string& value, double lo, double hi, double& out) {
  DOSSIER_ASSIGN_OR_RETURN(double d, ParseNumber(option, value));
  if (d < lo || d > hi) return BadValue(option, value, StrCat("must be in [", lo, ", ", hi, "]"));
  out = d;
  return Status::Ok();
}

Status ApplyValue(char option, const std::string& value, RougeOptions& o) {
  switch (option) {
    case 'n': {
      DOSSIER_ASSIGN_OR_RETURN(o.max_n, ParseInt(option, value, 0, kMaxNgram));
      return Status::Ok();
    }
    case 'l': {
      DOSSIER_ASSIGN_OR_RETURN(o.word_limit, ParseInt(option, value, 0, INT_MAX));
      return Status::Ok();
    }
    case 'b': {
      DOSSIER_ASSIGN_OR_RETURN(o.byte_limit, ParseInt(option, value, 0, INT_MAX));
      return Status::Ok();
    }
    case 'r': {
      DOSSIER_ASSIGN_OR_RETURN(o.resamples, ParseInt(option, value, 1, kMaxResamples));
      return Status::Ok();
    }
    case '2': return ApplySkipDistance(value, o);
    case 'c': return ApplyFraction(option, value, 0, 100, o.confidence);
    case 'p': return ApplyFraction(option, value, 0, 1, o.alpha);
    case 'w': {
      DOSSIER_ASSIGN_OR_RETURN(double w, ParseNumber(option, value));
      if (!(w > 0) || w > 100) return BadValue(option, value, "must be in (0, 100]");
      o.wlcs_weight = w;
      return Status::Ok();
    }
    case 'f':
      if (value != "A" && value != "B") return BadValue(option, value, "must be A or B");
      o.model_average = value == "A";
      return Status::Ok();
    case 'e': return Status::Ok();  // data files are compiled in
    case 't':
      if (value != "0") return BadValue(option, value, "only -t 0 is supported");
      return Status::Ok();
    default:
      return Status::InvalidArgument(StrCat("rouge option -", option, " is not supported"));
  }
}

}  // namespace

StatusOr<RougeOptions> ParseRougeOptions(const std::vector<std::string>& args) {
  RougeOptions o;
  o.max_n = 0;  // ROUGE-1.5.5 computes ROUGE-N only when -n is given
  bool word_limit_set = false, byte_limit_set = false;
  for (size_t i = 0; i < args.size(); ++i) {
    const std::string& arg = args[i];
    if (arg.size() < 2 || arg[0] != '-') {
      return Status::InvalidArgument(StrCat("rouge options: unexpected argument \"", arg, "\""));
    }
    for (size_t k = 1; k < arg.size(); ++k) {
      char c = arg[k];
      if (kWithValue.find(c) != std::string_view::npos) {
        std::string value = arg.substr(k + 1);
        if (value.empty()) {
          if (i + 1 >= args.size()) return BadValue(c, "", "missing value");
          value = args[++i];
        }
        word_limit_set |= c == 'l';
        byte_limit_set |= c == 'b';
        DOSSIER_RETURN_IF_ERROR(ApplyValue(c, value, o));
        break;
      }
      if (kFlags.find(c) == std::string_view::npos) {
        return Status::InvalidArgument(StrCat("rouge options: unknown option -", c));
      }
      DOSSIER_RETURN_IF_ERROR(ApplyFlag(c, o));
    }
  }
  if (word_limit_set && byte_limit_set) {
    return Status::InvalidArgument("rouge options: give -l or -b, not both");
  }
  return o;
}

}  // namespace dossier::eval
