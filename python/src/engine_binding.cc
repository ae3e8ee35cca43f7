// engine_binding.cc: dossier._core.Engine and the reading helpers (read_files,
// extract_page). The Python-facing wrappers and their docs are in python/dossier/.
//
// Every call converts its Python arguments with the GIL held, then releases the GIL for
// the engine's work (reading, cleaning, clustering, briefing), and converts the result
// back with the GIL held again. The engine serializes its own calls, so one Engine may be
// used from several Python threads.
#include <pybind11/stl.h>

#include <memory>
#include <set>

#include "convert.h"
#include "dossier/engine.h"
#include "dossier/page.h"
#include "dossier/parts.h"
#include "dossier/render.h"

namespace dossier::python {
namespace {

ArticleId ParseId(const py::handle& v) {
  if (!PyUnicode_Check(v.ptr())) {
    Raise(Status::InvalidArgument("an article id is a str of 16 hex digits, not " +
                                  py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>()));
  }
  return ValueOrRaise(ArticleId::Parse(v.cast<std::string>()));
}

class PyEngine {
 public:
  // In memory when `db` is None, else on the database at that path (created when
  // missing; a reopened database's cleaning and clustering options win over these).
  PyEngine(const py::object& db, bool clean, const py::object& cluster) {
    EngineOptions options = MakeEngineOptions(clean);
    options.cluster = TakeClusterOptions(cluster);
    if (!db.is_none()) {
      options.database = py::str(py::module_::import("os").attr("fspath")(db)).cast<std::string>();
    }
    StatusOr<std::unique_ptr<Engine>> opened = Status::Internal("unset");
    {
      py::gil_scoped_release release;
      opened = Engine::Open(options);
    }
    engine_ = std::shared_ptr<Engine>(ValueOrRaise(std::move(opened)));
  }

  py::list Add(const py::handle& documents) {
    const std::shared_ptr<Engine> held = E();
    Engine& engine = *held;
    std::vector<InputDocument> inputs = TakeDocuments(documents);
    std::vector<Document> docs;
    std::vector<size_t> doc_of_input(inputs.size(), SIZE_MAX);
    std::vector<AddResult> added;
    {
      py::gil_scoped_release release;
      ResolveDocuments(&inputs, engine.options().read);
      for (size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].error.empty()) continue;
        doc_of_input[i] = docs.size();
        docs.push_back(inputs[i].doc);
      }
      added = engine.Add(docs);
    }
    py::list out;
    for (size_t i = 0; i < inputs.size(); ++i) {
      if (doc_of_input[i] != SIZE_MAX) {
        out.append(AddResultToPython(added[doc_of_input[i]], &inputs[i]));
        continue;
      }
      AddResult rejected;
      rejected.name = inputs[i].doc.name;
      rejected.id = Status::InvalidArgument(inputs[i].error);
      out.append(AddResultToPython(rejected, &inputs[i]));
    }
    return out;
  }

  py::list AddFiles(const std::vector<std::string>& paths) {
    const std::shared_ptr<Engine> held = E();
    Engine& engine = *held;
    std::vector<AddResult> added;
    {
      py::gil_scoped_release release;
      added = engine.AddFiles(paths);
    }
    py::list out;
    for (const AddResult& r : added) out.append(AddResultToPython(r, nullptr));
    return out;
  }

  py::object Article(const py::handle& id) {
    const std::shared_ptr<Engine> held = E();
    Engine& engine = *held;
    const ArticleId parsed = ParseId(id);
    StatusOr<dossier::Article> a = Status::Internal("unset");
    {
      py::gil_scoped_release release;
      a = engine.Get(parsed);
    }
    return ParseJson(ArticleToJsonLine(ValueOrRaise(std::move(a))));
  }

  py::list Ids() const {
    const std::shared_ptr<Engine> held = E();
    Engine& engine = *held;
    py::list out;
    for (const ArticleId& id : engine.Ids()) out.append(id.ToString());
    return out;
  }

  size_t Size() const { return E()->size(); }

  // Closes the database (every added article is already committed); the engine cannot
  // be used after. A call still running in another thread keeps the engine until it
  // returns (each call holds its own reference). Idempotent.
  void Close() {
    std::shared_ptr<Engine> last = std::move(engine_);
    py::gil_scoped_release release;
    last.reset();
  }

  py::list Stories() { return StoriesToPython(ListStories()); }

  py::list Merges() {
    const StoryList list = ListStories();
    py::list out;
    for (const StoryMergeRecord& m : list.merges) {
      py::dict d;
      d["from"] = m.from;
      d["into"] = m.into;
      out.append(d);
    }
    return out;
  }

  py::object Brief(const py::handle& target, const py::kwargs& kwargs) {
    const std::shared_ptr<Engine> held = E();
    Engine& engine = *held;
    const BriefingOptions options = TakeBriefingOptions(kwargs);
    if (PyLong_Check(target.ptr()) && !PyBool_Check(target.ptr())) {
      const unsigned long long story = PyLong_AsUnsignedLongLong(target.ptr());
      if (PyErr_Occurred() != nullptr) {  // negative or too big: no such story
        PyErr_Clear();
        Raise(Status::NotFound("no story with id " + py::str(target).cast<std::string>()));
      }
      return Run([&] { return engine.BriefStory(story, engine.options().cluster, options); });
    }
    if (PyUnicode_Check(target.ptr()) || PyBytes_Check(target.ptr()) ||
        !PySequence_Check(target.ptr())) {
      throw py::type_error("brief() takes a story id (int) or a list of article ids (str)");
    }
    std::vector<ArticleId> ids;
    for (py::handle v : target) ids.push_back(ParseId(v));
    return Run([&] { return engine.Brief(ids, options); });
  }

 private:
  // The open engine, held for the length of a call; raises InvalidArgumentError (a
  // ValueError, as a closed file does) once closed. GIL held.
  std::shared_ptr<Engine> E() const {
    if (!engine_) Raise(Status::InvalidArgument("the engine is closed"));
    return engine_;
  }

  // The engine's stories with its own clustering options, the GIL released meanwhile.
  StoryList ListStories() {
    const std::shared_ptr<Engine> held = E();
    py::gil_scoped_release release;
    return held->Stories(held->options().cluster);
  }

  template <typename Fn>
  py::object Run(Fn fn) {
    StatusOr<Briefing> b = Status::Internal("unset");
    {
      py::gil_scoped_release release;
      b = fn();
    }
    return BriefingToPython(ValueOrRaise(std::move(b)));
  }

  std::shared_ptr<Engine> engine_;  // null once closed
};

ReadOptions::Format ParseFormat(const std::string& format) {
  using F = ReadOptions::Format;
  if (format == "auto") return F::kAuto;
  if (format == "text") return F::kText;
  if (format == "jsonl") return F::kJsonl;
  if (format == "multinews") return F::kMultiNews;
  if (format == "html") return F::kHtml;
  Raise(Status::InvalidArgument("unknown format '" + format +
                                "' (auto, text, jsonl, multinews or html)"));
}

// One document dict per article read (its text and metadata, as Engine::Add takes it
// back), or {"name", "error"} for what could not be read.
py::list ReadFiles(const std::vector<std::string>& paths, const std::string& format) {
  ReadOptions options;
  options.format = ParseFormat(format);
  std::vector<PageResult> pages;
  {
    py::gil_scoped_release release;
    for (const std::string& path : paths) {  // one by one: a missing path fails alone
      for (PageResult& p : ReadInputs({path}, options)) pages.push_back(std::move(p));
    }
  }
  py::list out;
  for (const PageResult& p : pages) {
    InputDocument in;
    in.doc.name = p.name;
    for (const Status& w : p.warnings) in.warnings.push_back(w.message());
    if (!p.article.ok()) {
      in.error = p.article.status().message();
    } else {
      const dossier::Article& a = *p.article;
      in.doc = Document{p.name, a.text, a.id, a.title, a.date, a.url, a.source};
      in.page_kind = a.page_kind;
    }
    out.append(DocumentToDict(in));
  }
  return out;
}

py::dict ExtractPageDict(const py::handle& page, const std::string& url, const std::string& name) {
  std::string bytes;
  if (PyUnicode_Check(page.ptr())) {
    bytes = page.cast<std::string>();
  } else if (PyBytes_Check(page.ptr()) || PyByteArray_Check(page.ptr())) {
    bytes = py::bytes(py::reinterpret_borrow<py::object>(page)).cast<std::string>();
  } else {
    throw py::type_error("extract_page() takes the page as str or bytes");
  }
  PageResult p;
  {
    py::gil_scoped_release release;
    p = ExtractPage(name, bytes, url, ReadOptions{});
  }
  const dossier::Article& a = ValueOrRaise(std::move(p.article));
  InputDocument in;
  in.doc = Document{name, a.text, "", a.title, a.date, a.url, a.source};
  in.page_kind = a.page_kind;
  for (const Status& w : p.warnings) in.warnings.push_back(w.message());
  py::dict d = DocumentToDict(in);
  if (!a.language.empty()) d["language"] = a.language;
  if (!a.byline.empty()) d["byline"] = a.byline;
  d["encoding"] = a.encoding;
  return d;
}

}  // namespace

void BindEngine(py::module_& m) {
  py::class_<PyEngine>(m, "Engine")
      .def(py::init<const py::object&, bool, const py::object&>(), py::arg("db") = py::none(),
           py::kw_only(), py::arg("clean") = true, py::arg("cluster") = py::none())
      .def("add", &PyEngine::Add, py::arg("documents"))
      .def("add_files", &PyEngine::AddFiles, py::arg("paths"))
      .def("article", &PyEngine::Article, py::arg("id"))
      .def("ids", &PyEngine::Ids)
      .def("__len__", &PyEngine::Size)
      .def("stories", &PyEngine::Stories)
      .def("merges", &PyEngine::Merges)
      .def("brief", &PyEngine::Brief, py::arg("target"))
      .def("close", &PyEngine::Close);
  m.def("read_files", &ReadFiles, py::arg("paths"), py::arg("format") = "auto");
  m.def("extract_page", &ExtractPageDict, py::arg("page"), py::arg("url") = "",
        py::arg("name") = "page");
}

}  // namespace dossier::python
