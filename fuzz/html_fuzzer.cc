// libFuzzer target for html::ReadPage (gunzip, charset, gumbo, metadata, main text):
// any bytes give a Status or a Page whose runs and blocks stay inside its text.
//
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DDOSSIER_BUILD_FUZZERS=ON \
//         -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCHMARKS=OFF
//   cmake --build build/fuzz --target html_fuzzer
//   build/fuzz/fuzz/html_fuzzer -max_total_time=60 -max_len=65536 tests/data/html
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "src/html/page.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::StatusOr<dossier::html::Page> page = dossier::html::ReadPage("fuzz.html", bytes, {});
  if (!page.ok()) return 0;
  for (const dossier::RawRun& r : page->raw_map) {
    if (r.text_begin + r.size > page->text.size()) std::abort();
  }
  for (const dossier::html::TextBlock& b : page->blocks) {
    if (b.begin + b.size > page->text.size()) std::abort();
  }
  return 0;
}
