// libFuzzer target for ingest::ParseDate: any string gives kNotDate, kAbsurd, or kValid
// with a well-formed "YYYY-MM-DD" of a plausible year that reads back as itself.
//
//   cmake --build build/fuzz --target date_fuzzer     (configure as in html_fuzzer.cc)
//   build/fuzz/fuzz/date_fuzzer -max_total_time=60 -max_len=256 tests/data/fuzz/date
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

#include "src/ingest/date.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using dossier::ingest::ParsedDate;
  std::string_view s(reinterpret_cast<const char*>(data), size);
  const ParsedDate d = dossier::ingest::ParseDate(s);
  if (d.kind != ParsedDate::Kind::kValid) return 0;
  const std::string& iso = d.iso;
  if (iso.size() != 10 || iso[4] != '-' || iso[7] != '-') std::abort();
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(iso[i]))) std::abort();
  }
  const int year = std::stoi(iso.substr(0, 4)), month = std::stoi(iso.substr(5, 2)),
            day = std::stoi(iso.substr(8, 2));
  if (year < dossier::ingest::kMinPlausibleYear || year > dossier::ingest::kMaxPlausibleYear) std::abort();
  if (month < 1 || month > 12 || day < 1 || day > 31) std::abort();
  const ParsedDate again = dossier::ingest::ParseDate(iso);
  if (again.kind != ParsedDate::Kind::kValid || again.iso != iso) std::abort();
  return 0;
}
