// embedded.h: resource files compiled into the binary (see cmake/EmbedFiles.cmake).
//
//   namespace dossier::embedded { std::span<const EmbeddedFile> RougeData(); }
//   std::string_view stop = dossier::embedded::Find(embedded::RougeData(), "smart_common_words.txt");
#ifndef DOSSIER_SRC_BASE_EMBEDDED_H_
#define DOSSIER_SRC_BASE_EMBEDDED_H_

#include <span>
#include <string_view>

namespace dossier::embedded {

struct EmbeddedFile {
  std::string_view name;  // file name without directories
  std::string_view data;  // the file's bytes
};

// Returns the data of the file called `name`, or an empty view if there is none.
inline std::string_view Find(std::span<const EmbeddedFile> files, std::string_view name) {
  for (const EmbeddedFile& f : files) {
    if (f.name == name) return f.data;
  }
  return {};
}

}  // namespace dossier::embedded

#endif  // DOSSIER_SRC_BASE_EMBEDDED_H_
