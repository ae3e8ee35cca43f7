// libFuzzer target for the WARC reader, both ways it reads: from bytes in memory
// (ingest::ReadWarc, every gzip member inflated on its own) and from a stream a record at
// a time (ingest::StreamWarc over a ByteStream on the same bytes). Any bytes give
// articles whose raw_map stays inside their text, and rejections that name the origin.
//
//   cmake -S . -B build/fuzz -DCMAKE_CXX_COMPILER=clang++ -DDOSSIER_BUILD_FUZZERS=ON \
//         -DDOSSIER_BUILD_TESTS=OFF -DDOSSIER_BUILD_BENCHMARKS=OFF
//   cmake --build build/fuzz --target warc_fuzzer
//   build/fuzz/fuzz/warc_fuzzer -max_total_time=60 -max_len=65536 tests/data/fuzz/warc
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "src/base/byte_stream.h"
#include "src/ingest/readers.h"

namespace {

void Check(const std::vector<dossier::Article>& articles, const dossier::ingest::IngestReport& report) {
  for (const dossier::Article& a : articles) {
    for (const dossier::RawRun& r : a.raw_map) {
      if (r.text_begin + r.size > a.text.size()) std::abort();
    }
  }
  for (const dossier::ingest::DocumentError& e : report.rejected) {
    if (e.origin.rfind("fuzz.warc", 0) != 0) std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string bytes(reinterpret_cast<const char*>(data), size);
  dossier::ingest::IngestOptions options;
  options.max_page_bytes = 1 << 20;  // keep inflation bombs small
  std::vector<dossier::Article> whole;
  dossier::ingest::IngestReport report;
  dossier::ingest::ReadWarc("fuzz.warc", bytes, options, &whole, &report);
  Check(whole, report);

  std::FILE* f = fmemopen(const_cast<char*>(bytes.data()), bytes.size(), "rb");
  if (f == nullptr) return 0;
  {
    dossier::ByteStream in(f, "fuzz.warc");
    dossier::ingest::StreamWarc("fuzz.warc", &in, options,
                                [](std::vector<dossier::Article>* articles, dossier::ingest::IngestReport* r) {
                                  Check(*articles, *r);
                                });
  }
  std::fclose(f);
  return 0;
}
