// module.cc: the compiled half of the `dossier` Python package, dossier._core. The
// package (python/dossier/) wraps it with the documented functions and classes.
#include <pybind11/pybind11.h>

namespace dossier::python {
void BindEngine(pybind11::module_& m);
void BindParts(pybind11::module_& m);
}  // namespace dossier::python

PYBIND11_MODULE(_core, m) {
  m.doc() = "Dossier's engine (include/dossier/ bound with pybind11); use the dossier package";
  dossier::python::BindEngine(m);
  dossier::python::BindParts(m);
}
