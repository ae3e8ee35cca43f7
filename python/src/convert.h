// convert.h: Python <-> dossier conversions shared by the bindings (python/src/).
//
// Documents are dicts: `text` (str, or bytes in any encoding) or `html` (a web page, str
// or bytes), and optionally `name`, `id`, `title`, `date`, `url`, `source`. A dict that
// cannot be a document (not a dict, no text, a field of the wrong type) is reported for
// that document, never raised, as Engine::Add reports a bad document. Errors of a call
// (a bad option, an unknown id) raise the dossier.errors class of the Status code with
// the Status message.
//
// Thread safety: every function here needs the GIL, except ResolveDocuments, which is
// meant to run without it.
#ifndef DOSSIER_PYTHON_SRC_CONVERT_H_
#define DOSSIER_PYTHON_SRC_CONVERT_H_

#include <pybind11/pybind11.h>

#include <optional>
#include <string>
#include <vector>

#include "dossier/briefing.h"
#include "dossier/engine.h"
#include "dossier/options.h"
#include "dossier/status.h"
#include "dossier/story.h"

namespace dossier::python {

namespace py = pybind11;

// Raises the dossier.errors exception for `status` (InvalidArgumentError is a ValueError,
// NotFoundError a KeyError, IoError an OSError, OutOfRangeError a ValueError, InternalError
// a RuntimeError; all are dossier.Error). REQUIRES: !status.ok().
[[noreturn]] void Raise(const Status& status);
// The value, or Raise(status).
template <typename T>
T ValueOrRaise(StatusOr<T> v) {
  if (!v.ok()) Raise(v.status());
  return std::move(v).value();
}

// One input document as taken from Python (GIL held), resolved later without the GIL.
struct InputDocument {
  Document doc;             // name always set; content = text when given
  bool content_is_bytes = false;  // the text came as bytes (raw, any encoding)
  std::string html;         // the page, when the document is a web page
  bool is_html = false;
  std::string error;        // set when the dict cannot be a document
  std::vector<std::string> warnings;  // carried from read_files
  std::string page_kind;    // set by ResolveDocuments for web pages
};

// Reads `documents` (an iterable of dicts). Document k without a "name" is named
// "document <first + k + 1>", as Engine::Add names the k-th of its batch.
std::vector<InputDocument> TakeDocuments(const py::handle& documents, size_t first = 0);
// Turns web pages into text documents (ExtractPage: main text and metadata, the
// document's own fields winning), so every InputDocument without error has doc.content.
// Runs without the GIL.
void ResolveDocuments(std::vector<InputDocument>* docs, const ReadOptions& options);
// The text form of a resolved document, as a dict a later call takes back (bytes content
// stays bytes).
py::dict DocumentToDict(const InputDocument& d);

// Options from Python keywords. Unknown names raise TypeError; bad values ValueError.
BriefingOptions TakeBriefingOptions(const py::kwargs& kwargs);
ClusterOptions TakeClusterOptions(const py::object& mapping);  // None: defaults
EngineOptions MakeEngineOptions(bool clean);

// Renderer output (JSON text) as Python objects.
py::object ParseJson(const std::string& json);
py::object BriefingToPython(const Briefing& briefing);
py::list StoriesToPython(const StoryList& list);
py::dict AddResultToPython(const AddResult& r, const InputDocument* input);

}  // namespace dossier::python

#endif  // DOSSIER_PYTHON_SRC_CONVERT_H_
