// libFuzzer target for RSS/Atom feeds: html::ParseFeed (libxml2 in recovery mode) and the
// ingest reader on top of it (each item's HTML through html::ReadPage). Any bytes give a
// Status or items, and articles whose raw_map stays inside their text.
//
//   cmake --build build/fuzz --target feed_fuzzer     (configure as in html_fuzzer.cc)
//   build/fuzz/fuzz/feed_fuzzer -max_total_time=60 -max_len=65536 tests/data/fuzz/feed
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>
#include <vector>

#include "src/html/feed.h"
#include "src/ingest/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view bytes(reinterpret_cast<const char*>(data), size);
  dossier::StatusOr<std::vector<dossier::html::FeedItem>> items = dossier::html::ParseFeed("fuzz.xml", bytes);
  if (!items.ok() && items.status().message().rfind("fuzz.xml", 0) != 0) std::abort();
  std::vector<dossier::Article> out;
  dossier::ingest::IngestReport report;
  dossier::ingest::ReadFeed("fuzz.xml", bytes, {}, &out, &report);
  for (const dossier::Article& a : out) {
    for (const dossier::RawRun& r : a.raw_map) {
      if (r.text_begin + r.size > a.text.size()) std::abort();
    }
  }
  return 0;
}
