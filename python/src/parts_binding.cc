// parts_binding.cc: dossier._core.prepare, StoryPlanner and brief_articles, the three
// steps of include/dossier/parts.h for python/dossier/dask.py. Only plain values cross
// into Python (dicts, str, bytes), so whatever a Dask worker returns pickles as is.
#include <pybind11/stl.h>

#include <memory>

#include "convert.h"
#include "dossier/parts.h"

namespace dossier::python {
namespace {

// Step 1, per partition: the documents read (web pages extracted) and their records.
// Returns per document {"doc": the text form, "record": bytes} or {"name", "error"}.
py::list Prepare(const py::handle& documents, size_t first, bool clean, const py::object& cluster) {
  std::vector<InputDocument> inputs = TakeDocuments(documents, first);
  EngineOptions options = MakeEngineOptions(clean);
  options.cluster = TakeClusterOptions(cluster);
  std::vector<std::string> records(inputs.size());
  {
    py::gil_scoped_release release;
    ResolveDocuments(&inputs, options.read);
    RecordMaker maker(options);
    for (size_t i = 0; i < inputs.size(); ++i) {
      InputDocument& in = inputs[i];
      if (!in.error.empty()) continue;
      PageResult read = ReadDocument(in.doc, first + i, options.read);
      for (const Status& w : read.warnings) in.warnings.push_back(w.message());
      if (!read.article.ok()) {
        in.error = read.article.status().message();
        continue;
      }
      records[i] = maker.Make(*read.article);
    }
  }
  py::list out;
  for (size_t i = 0; i < inputs.size(); ++i) {
    py::dict d;
    if (!inputs[i].error.empty()) {
      d["name"] = inputs[i].doc.name;
      d["error"] = inputs[i].error;
      if (!inputs[i].warnings.empty()) d["warnings"] = inputs[i].warnings;
    } else {
      d["doc"] = DocumentToDict(inputs[i]);
      d["record"] = py::bytes(records[i]);
    }
    out.append(d);
  }
  return out;
}

class PyPlanner {
 public:
  PyPlanner(bool clean, const py::object& cluster) : planner_(Options(clean, cluster)) {}

  // (id, already_present) of the next record; raises InvalidArgumentError on a bad one.
  py::tuple Add(const py::bytes& record) {
    const std::string bytes = record;
    StatusOr<PlannedArticle> placed = Status::Internal("unset");
    {
      py::gil_scoped_release release;
      placed = planner_.Add(bytes);
    }
    PlannedArticle p = ValueOrRaise(std::move(placed));
    return py::make_tuple(p.id.ToString(), p.already_present);
  }

  py::list Stories() const {
    StoryList list;
    {
      py::gil_scoped_release release;
      list = planner_.Stories();
    }
    return StoriesToPython(list);
  }

  py::bytes Evidence(const std::vector<std::string>& ids) const {
    std::vector<ArticleId> parsed;
    for (const std::string& id : ids) parsed.push_back(ValueOrRaise(ArticleId::Parse(id)));
    return py::bytes(ValueOrRaise(planner_.Evidence(parsed)));
  }

  py::list Ids() const {
    py::list out;
    for (const ArticleId& id : planner_.Ids()) out.append(id.ToString());
    return out;
  }

  size_t Size() const { return planner_.size(); }

 private:
  static EngineOptions Options(bool clean, const py::object& cluster) {
    EngineOptions options = MakeEngineOptions(clean);
    options.cluster = TakeClusterOptions(cluster);
    return options;
  }

  StoryPlanner planner_;
};

// Step 3, per story: `documents` (text form, from prepare) with the ids the planner gave
// them, in the story's order, briefed against `evidence`.
py::object BriefStoryArticles(const py::handle& documents, const std::vector<std::string>& ids,
                              const py::bytes& evidence, bool clean, const py::kwargs& kwargs) {
  const BriefingOptions options = TakeBriefingOptions(kwargs);
  std::vector<InputDocument> inputs = TakeDocuments(documents);
  if (inputs.size() != ids.size()) {
    Raise(Status::InvalidArgument("brief_articles: " + std::to_string(inputs.size()) +
                                  " documents but " + std::to_string(ids.size()) + " ids"));
  }
  std::vector<ArticleId> parsed;
  for (const std::string& id : ids) parsed.push_back(ValueOrRaise(ArticleId::Parse(id)));
  const EngineOptions engine = MakeEngineOptions(clean);
  const std::string evidence_bytes = evidence;
  StatusOr<Briefing> b = Status::Internal("unset");
  {
    py::gil_scoped_release release;
    b = [&]() -> StatusOr<Briefing> {
      ResolveDocuments(&inputs, engine.read);
      std::vector<Article> articles;
      for (size_t i = 0; i < inputs.size(); ++i) {
        if (!inputs[i].error.empty()) return Status::InvalidArgument(inputs[i].error);
        PageResult read = ReadDocument(inputs[i].doc, i, engine.read);
        DOSSIER_ASSIGN_OR_RETURN(Article a, std::move(read.article));
        a.article_id = parsed[i];
        articles.push_back(std::move(a));
      }
      return BriefArticles(std::move(articles), evidence_bytes, engine, options);
    }();
  }
  return BriefingToPython(ValueOrRaise(std::move(b)));
}

}  // namespace

void BindParts(py::module_& m) {
  m.def("prepare", &Prepare, py::arg("documents"), py::kw_only(), py::arg("first") = 0,
        py::arg("clean") = true, py::arg("cluster") = py::none());
  py::class_<PyPlanner>(m, "StoryPlanner")
      .def(py::init<bool, const py::object&>(), py::kw_only(), py::arg("clean") = true,
           py::arg("cluster") = py::none())
      .def("add", &PyPlanner::Add, py::arg("record"))
      .def("stories", &PyPlanner::Stories)
      .def("evidence", &PyPlanner::Evidence, py::arg("ids"))
      .def("ids", &PyPlanner::Ids)
      .def("__len__", &PyPlanner::Size);
  m.def("brief_articles", &BriefStoryArticles, py::arg("documents"), py::arg("ids"),
        py::arg("evidence"), py::kw_only(), py::arg("clean") = true);
}

}  // namespace dossier::python
