// tar.h: the regular files of a tar archive held in memory (ustar, GNU long names, pax
// paths), for evaluation sets shipped as .tar.gz.
//
//   std::map<std::string, std::string> files;
//   DOSSIER_RETURN_IF_ERROR(ReadTar("set.tar", tar_bytes, &files));  // base name -> bytes
#ifndef DOSSIER_SRC_BASE_TAR_H_
#define DOSSIER_SRC_BASE_TAR_H_

#include <map>
#include <string>
#include <string_view>

#include "dossier/status.h"

namespace dossier {

// Adds each regular file of `tar` to `files` under its base name (a later file of the
// same name wins). InvalidArgument naming `origin` and the byte offset for an entry that
// runs past the end.
Status ReadTar(std::string_view origin, std::string_view tar,
               std::map<std::string, std::string>* files);

}  // namespace dossier

#endif  // DOSSIER_SRC_BASE_TAR_H_
