// gzip_testing.h: gzip in memory for tests of gzipped input (html, ingest). Test-only:
// the library inflates (load.h) and never deflates.
#ifndef DOSSIER_SRC_HTML_GZIP_TESTING_H_
#define DOSSIER_SRC_HTML_GZIP_TESTING_H_

#include <zlib.h>

#include <string>
#include <string_view>

namespace dossier::html::testing {

// One gzip member holding `data`.
inline std::string Gzip(std::string_view data) {
  z_stream z{};
  deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
  std::string out(deflateBound(&z, data.size()) + 32, '\0');
  z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  z.avail_in = static_cast<uInt>(data.size());
  z.next_out = reinterpret_cast<Bytef*>(out.data());
  z.avail_out = static_cast<uInt>(out.size());
  deflate(&z, Z_FINISH);
  out.resize(z.total_out);
  deflateEnd(&z);
  return out;
}

}  // namespace dossier::html::testing

#endif  // DOSSIER_SRC_HTML_GZIP_TESTING_H_
