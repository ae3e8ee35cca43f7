// label_tsv.h: what the hand-labelled sets of tests/data/briefing have in common: a
// tab-separated file, one header line starting with "# ", a row per label.
#ifndef DOSSIER_TOOLS_DOSSIER_EVAL_LABEL_TSV_H_
#define DOSSIER_TOOLS_DOSSIER_EVAL_LABEL_TSV_H_

#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "dossier/status.h"

namespace dossier::cli {

using TsvRow = std::function<Status(const std::vector<std::string_view>& fields,
                                    const std::string& where)>;

// Calls `row` for each line of `path` that is neither empty nor a '#' comment, with its
// fields and "path:line". A line without exactly `columns` fields, or the first error
// `row` returns, ends the reading with that error.
Status ForEachTsvRow(const std::string& path, size_t columns, const TsvRow& row);

// A non-negative decimal of at most 9 digits.
bool ParseSize(std::string_view s, size_t* out);

// "40%" for 2 of 5; "-" when d is 0.
std::string Percent(int n, int d);

}  // namespace dossier::cli

#endif  // DOSSIER_TOOLS_DOSSIER_EVAL_LABEL_TSV_H_
