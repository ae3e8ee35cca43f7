// convert.cc: see convert.h.
#include "convert.h"

#include <pybind11/stl.h>

#include <algorithm>
#include <functional>
#include <map>

#include "dossier/parts.h"
#include "dossier/render.h"

namespace dossier::python {
namespace {

const char* ErrorClass(StatusCode code) {
  switch (code) {
    case StatusCode::kInvalidArgument: return "InvalidArgumentError";
    case StatusCode::kNotFound: return "NotFoundError";
    case StatusCode::kIoError: return "IoError";
    case StatusCode::kOutOfRange: return "OutOfRangeError";
    case StatusCode::kOk:
    case StatusCode::kInternal: break;
  }
  return "InternalError";
}

std::string TypeName(const py::handle& v) {
  return py::str(py::type::handle_of(v).attr("__name__")).cast<std::string>();
}

// A str as UTF-8 (a lone surrogate is an error, not a crash).
bool Utf8(const py::handle& v, std::string* out) {
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(v.ptr(), &size);
  if (data == nullptr) {
    PyErr_Clear();
    return false;
  }
  out->assign(data, static_cast<size_t>(size));
  return true;
}

// Field `key` of a document dict into `out`: absent or None leaves it empty; str is
// taken as UTF-8; bytes only where `bytes_ok` (raw content in any encoding), and an int
// only where `int_ok` (JSON ids are often numbers). Returns an error message, or "".
std::string TakeField(const py::dict& d, const char* key, const std::string& name, bool bytes_ok,
                      bool int_ok, std::string* out, bool* was_bytes = nullptr) {
  if (!d.contains(key)) return "";
  py::handle v = d[key];
  if (v.is_none()) return "";
  if (PyUnicode_Check(v.ptr())) {
    if (Utf8(v, out)) return "";
    return name + ": field \"" + key + "\" is not valid Unicode (lone surrogate)";
  }
  if (bytes_ok && (PyBytes_Check(v.ptr()) || PyByteArray_Check(v.ptr()))) {
    *out = py::bytes(py::reinterpret_borrow<py::object>(v)).cast<std::string>();
    if (was_bytes != nullptr) *was_bytes = true;
    return "";
  }
  if (int_ok && PyLong_Check(v.ptr()) && !PyBool_Check(v.ptr())) {
    *out = py::str(v).cast<std::string>();
    return "";
  }
  return name + ": field \"" + key + "\" must be " + (bytes_ok ? "str or bytes" : "str") +
         ", not " + TypeName(v);
}

bool Blank(const std::string& s) {
  return std::all_of(s.begin(), s.end(), [](char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
  });
}

InputDocument TakeDocument(const py::handle& item, size_t number) {
  InputDocument in;
  in.doc.name = "document " + std::to_string(number + 1);
  if (!PyDict_Check(item.ptr())) {
    in.error = in.doc.name + ": not a dict but " + TypeName(item);
    return in;
  }
  py::dict d = py::reinterpret_borrow<py::dict>(item);
  std::string error = TakeField(d, "name", in.doc.name, false, false, &in.doc.name);
  if (in.doc.name.empty()) in.doc.name = "document " + std::to_string(number + 1);
  const std::string& name = in.doc.name;
  if (d.contains("error") && !d["error"].is_none()) {
    in.error = py::str(d["error"]).cast<std::string>();
    return in;
  }
  bool text_bytes = false;
  std::string text, html;
  for (std::string e : {TakeField(d, "id", name, false, true, &in.doc.id),
                        TakeField(d, "title", name, false, false, &in.doc.title),
                        TakeField(d, "date", name, false, false, &in.doc.date),
                        TakeField(d, "url", name, false, false, &in.doc.url),
                        TakeField(d, "source", name, false, false, &in.doc.source),
                        TakeField(d, "text", name, true, false, &text, &text_bytes),
                        TakeField(d, "html", name, true, false, &html)}) {
    if (error.empty()) error = e;
  }
  if (!error.empty()) {
    in.error = error;
    return in;
  }
  TakeField(d, "page_kind", name, false, false, &in.page_kind);  // from read_files
  if (d.contains("warnings") && py::isinstance<py::list>(d["warnings"])) {
    for (py::handle w : d["warnings"]) in.warnings.push_back(py::str(w).cast<std::string>());
  }
  // As in JSON Lines: the page is read when there is no text of its own.
  if (Blank(text) && !html.empty()) {
    in.is_html = true;
    in.html = std::move(html);
  } else if (!d.contains("text") || d["text"].is_none()) {
    in.error = name + ": no \"text\" or \"html\"";
  } else if (Blank(text) && !in.page_kind.empty() && in.page_kind != "article") {
    in.error = name + ": no main text (" + in.page_kind + " page)";
  } else if (Blank(text) && !in.doc.title.empty()) {
    // Engine::Add reads a document's content as a text article, which must not be empty.
    in.error = name + ": empty text (a headline alone is not an article Engine::Add takes)";
  } else {
    in.doc.content = std::move(text);
    in.content_is_bytes = text_bytes;
  }
  return in;
}

template <typename T>
T Number(const py::handle& v, const std::string& name) {
  if (PyBool_Check(v.ptr()) || !(PyLong_Check(v.ptr()) || PyFloat_Check(v.ptr()))) {
    Raise(Status::InvalidArgument(name + " must be a number, not " + TypeName(v)));
  }
  if constexpr (std::is_integral_v<T>) {
    if (!PyLong_Check(v.ptr())) Raise(Status::InvalidArgument(name + " must be an int"));
    const long long x = v.cast<long long>();
    if (x < 0 || x > 1000000000) {
      Raise(Status::InvalidArgument(name + " must be between 0 and 1e9, not " + std::to_string(x)));
    }
    return static_cast<T>(x);
  } else {
    return v.cast<double>();
  }
}

bool Bool(const py::handle& v, const std::string& name) {
  if (!PyBool_Check(v.ptr())) Raise(Status::InvalidArgument(name + " must be True or False"));
  return v.cast<bool>();
}

using Setter = std::function<void(const py::handle&)>;

// Applies `values` (name -> value) through `setters`; unknown names raise TypeError.
void Apply(const py::dict& values, const std::map<std::string, Setter>& setters,
           const char* what) {
  for (auto [key, value] : values) {
    const std::string name = py::str(key).cast<std::string>();
    auto it = setters.find(name);
    if (it == setters.end()) {
      std::string known;
      for (const auto& [k, unused] : setters) known += (known.empty() ? "" : ", ") + k;
      throw py::type_error(std::string(what) + " got an unexpected option '" + name +
                           "' (known: " + known + ")");
    }
    it->second(value);
  }
}

}  // namespace

void Raise(const Status& status) {
  py::object cls = py::module_::import("dossier.errors").attr(ErrorClass(status.code()));
  PyErr_SetString(cls.ptr(), status.message().c_str());
  throw py::error_already_set();
}

std::vector<InputDocument> TakeDocuments(const py::handle& documents, size_t first) {
  if (PyDict_Check(documents.ptr()) || PyUnicode_Check(documents.ptr()) ||
      PyBytes_Check(documents.ptr())) {
    throw py::type_error("documents must be a list (or iterable) of dicts, not a " +
                         TypeName(documents));
  }
  std::vector<InputDocument> out;
  for (py::handle item : py::iter(documents)) out.push_back(TakeDocument(item, first + out.size()));
  return out;
}

void ResolveDocuments(std::vector<InputDocument>* docs, const ReadOptions& options) {
  for (InputDocument& in : *docs) {
    if (!in.error.empty() || !in.is_html) continue;
    PageResult page = ExtractPage(in.doc.name, in.html, in.doc.url, options);
    for (const Status& w : page.warnings) in.warnings.push_back(w.message());
    if (!page.article.ok()) {
      in.error = page.article.status().message();
      continue;
    }
    const Article& a = *page.article;
    in.page_kind = a.page_kind;
    if (Blank(a.text)) {  // a page of links or a stub: nothing Engine::Add can take
      in.error = in.doc.name + ": no main text (" + a.page_kind + " page)";
      continue;
    }
    in.doc.content = a.text;
    if (in.doc.title.empty()) in.doc.title = a.title;
    if (in.doc.date.empty()) in.doc.date = a.date;
    if (in.doc.url.empty()) in.doc.url = a.url;
    if (in.doc.source.empty()) in.doc.source = a.source;
    in.html.clear();
    in.is_html = false;
  }
}

py::dict DocumentToDict(const InputDocument& in) {
  py::dict d;
  d["name"] = in.doc.name;
  if (!in.error.empty()) {
    d["error"] = in.error;
    return d;
  }
  for (auto [key, value] : {std::pair<const char*, const std::string*>{"id", &in.doc.id},
                            {"title", &in.doc.title}, {"date", &in.doc.date},
                            {"url", &in.doc.url}, {"source", &in.doc.source}}) {
    if (!value->empty()) d[key] = *value;
  }
  if (in.content_is_bytes) {
    d["text"] = py::bytes(in.doc.content);
  } else {
    d["text"] = py::str(PyUnicode_DecodeUTF8(in.doc.content.data(),
                                             static_cast<Py_ssize_t>(in.doc.content.size()),
                                             "replace"));
  }
  if (!in.page_kind.empty()) d["page_kind"] = in.page_kind;
  if (!in.warnings.empty()) d["warnings"] = in.warnings;
  return d;
}

BriefingOptions TakeBriefingOptions(const py::kwargs& kwargs) {
  BriefingOptions o;
  SummaryOptions& s = o.summary;
  const std::map<std::string, Setter> setters = {
      {"words", [&](const py::handle& v) { s.max_words = Number<int>(v, "words"); }},
      {"sentences", [&](const py::handle& v) { s.max_sentences = Number<int>(v, "sentences"); }},
      {"bytes", [&](const py::handle& v) { s.max_bytes = Number<int>(v, "bytes"); }},
      {"method", [&](const py::handle& v) {
         if (!PyUnicode_Check(v.ptr())) Raise(Status::InvalidArgument("method must be a str"));
         s.method = ValueOrRaise(ParseSummaryMethod(v.cast<std::string>()));
       }},
      {"truncate_last", [&](const py::handle& v) { s.truncate_last = Bool(v, "truncate_last"); }},
      {"compress", [&](const py::handle& v) { s.compress = Bool(v, "compress"); }},
      {"exact_concepts", [&](const py::handle& v) { s.exact_concepts = Bool(v, "exact_concepts"); }},
      {"support_threshold",
       [&](const py::handle& v) { s.support_threshold = Number<double>(v, "support_threshold"); }},
      {"redundancy_threshold",
       [&](const py::handle& v) { s.redundancy_threshold = Number<double>(v, "redundancy_threshold"); }},
      {"duplicate_threshold",
       [&](const py::handle& v) { o.duplicate_threshold = Number<double>(v, "duplicate_threshold"); }},
      {"max_timeline_entries",
       [&](const py::handle& v) { o.max_timeline_entries = Number<size_t>(v, "max_timeline_entries"); }},
      {"max_entities", [&](const py::handle& v) { o.max_entities = Number<size_t>(v, "max_entities"); }},
      {"max_numbers", [&](const py::handle& v) { o.max_numbers = Number<size_t>(v, "max_numbers"); }},
      {"max_unique_per_source",
       [&](const py::handle& v) { o.max_unique_per_source = Number<size_t>(v, "max_unique_per_source"); }},
  };
  Apply(kwargs, setters, "brief()");
  return o;
}

ClusterOptions TakeClusterOptions(const py::object& mapping) {
  ClusterOptions c;
  if (mapping.is_none()) return c;
  if (!PyDict_Check(mapping.ptr())) {
    throw py::type_error("cluster options must be a dict, not " + TypeName(mapping));
  }
  const std::map<std::string, Setter> setters = {
      {"text_threshold", [&](const py::handle& v) { c.text_threshold = Number<double>(v, "text_threshold"); }},
      {"headline_threshold",
       [&](const py::handle& v) { c.headline_threshold = Number<double>(v, "headline_threshold"); }},
      {"merge_factor", [&](const py::handle& v) { c.merge_factor = Number<double>(v, "merge_factor"); }},
      {"text_merge_factor",
       [&](const py::handle& v) { c.text_merge_factor = Number<double>(v, "text_merge_factor"); }},
      {"second_look", [&](const py::handle& v) { c.second_look = Bool(v, "second_look"); }},
      {"text_window_days",
       [&](const py::handle& v) { c.text_window_days = Number<double>(v, "text_window_days"); }},
      {"headline_window_days",
       [&](const py::handle& v) { c.headline_window_days = Number<double>(v, "headline_window_days"); }},
      {"max_hot_stories", [&](const py::handle& v) { c.max_hot_stories = Number<int>(v, "max_hot_stories"); }},
      {"max_text_words", [&](const py::handle& v) { c.max_text_words = Number<int>(v, "max_text_words"); }},
      {"title_weight", [&](const py::handle& v) { c.title_weight = Number<double>(v, "title_weight"); }},
      {"name_weight", [&](const py::handle& v) { c.name_weight = Number<double>(v, "name_weight"); }},
      {"url_weight", [&](const py::handle& v) { c.url_weight = Number<double>(v, "url_weight"); }},
      {"join_near_copies", [&](const py::handle& v) { c.join_near_copies = Bool(v, "join_near_copies"); }},
  };
  Apply(py::reinterpret_borrow<py::dict>(mapping), setters, "cluster");
  return c;
}

EngineOptions MakeEngineOptions(bool clean) {
  EngineOptions o;
  o.clean_boilerplate = clean;
  return o;
}

py::object ParseJson(const std::string& json) {
  return py::module_::import("json").attr("loads")(
      py::str(PyUnicode_DecodeUTF8(json.data(), static_cast<Py_ssize_t>(json.size()), "replace")));
}

py::object BriefingToPython(const Briefing& briefing) { return ParseJson(BriefingToJson(briefing)); }

py::list StoriesToPython(const StoryList& list) {
  py::list out;
  for (const Story& s : list.stories) {
    py::dict d;
    d["id"] = s.id;
    d["label"] = s.label;
    d["size"] = s.size;
    d["outlets"] = s.outlets;
    d["first_date"] = s.first_date;
    d["last_date"] = s.last_date;
    d["undated"] = s.undated;
    d["near_copies"] = s.near_copies;
    py::list ids;
    for (const ArticleId& a : s.articles) ids.append(a.ToString());
    d["articles"] = ids;
    out.append(d);
  }
  return out;
}

py::dict AddResultToPython(const AddResult& r, const InputDocument* input) {
  py::dict d;
  d["name"] = r.name;
  d["id"] = r.id.ok() ? py::object(py::str(r.id->ToString())) : py::object(py::none());
  d["error"] = r.id.ok() ? py::object(py::none()) : py::object(py::str(r.id.status().message()));
  d["input_id"] = r.input_id;
  d["already_present"] = r.already_present;
  py::list warnings;
  if (input != nullptr) {
    for (const std::string& w : input->warnings) warnings.append(w);
  }
  for (const Status& w : r.warnings) warnings.append(w.message());
  d["warnings"] = warnings;
  if (input != nullptr && !input->page_kind.empty()) d["page_kind"] = input->page_kind;
  return d;
}

}  // namespace dossier::python
