#!/usr/bin/python3
"""Validates labels.tsv (pairs of timeline entries on close dates, each judged the same
event told twice or two events) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set, a
story, integer article/begin/end for both anchors with begin < end, non-empty anchors of
at most 12 words with no surrounding whitespace, two anchors that are not one, and a
verdict of same|different. When the
evaluation data is present (default ../shared/data, or --data DIR), it also checks that
each anchor is exactly the UTF-8 bytes [begin, end) of its article's text and that no
two rows label the same pair. When the data is absent those checks are skipped with a
message and the structural checks still run.

Exit status: 0 when every check that could run passed, 1 otherwise (each problem is
printed with its row id and line number); with --require-data, 77 (ctest's skip code)
when the data is absent and the structural checks passed.

Usage: /usr/bin/python3 check_labels.py [--labels FILE] [--data DIR] [--require-data] [--quiet]
"""

import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelcheck import (  # noqa: E402
    SETS, check_anchor_columns, check_id_and_set, check_quote,
    load_clusters, run)

COLUMNS = ["id", "set", "story", "article", "begin", "end", "quote", "other_article",
           "other_begin", "other_end", "other_quote", "verdict", "note"]
VERDICTS = ["same", "different"]
MAX_QUOTE_WORDS = 12

HERE = os.path.dirname(os.path.abspath(__file__))


def other_side(row):
    """The row's second anchor in the columns check_quote reads."""
    return dict(row, article=row["other_article"], begin=row["other_begin"],
                end=row["other_end"], quote=row["other_quote"])


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    check_id_and_set(row, where, seen_ids, problems)
    if not row["story"].strip():
        problems.append("%s: empty story" % where)
    for side in (row, other_side(row)):
        check_anchor_columns(side, where, problems)
        quote = side["quote"]
        if not quote.strip() or quote != quote.strip():
            problems.append("%s: empty quote or surrounding whitespace: %r" % (where, quote))
        if len(quote.split()) > MAX_QUOTE_WORDS:
            problems.append("%s: quote has over %d words" % (where, MAX_QUOTE_WORDS))
    if (row["article"], row["begin"]) == (row["other_article"], row["other_begin"]):
        problems.append("%s: the two anchors are one" % where)
    if row["verdict"] not in VERDICTS:
        problems.append("%s: verdict must be one of %s, not %r"
                        % (where, "|".join(VERDICTS), row["verdict"]))


def check_against_data(rows, data_dir, problems):
    """Both quotes at their offsets; one row per pair."""
    for name in SETS:
        texts = dict(load_clusters(data_dir, name))
        pairs = {}
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            first = check_quote(row, where, texts, name, problems)
            second = check_quote(other_side(row), where, texts, name, problems)
            if first is None or second is None:
                continue
            key = (row["story"], frozenset([(first, int(row["begin"])),
                                            (second, int(row["other_begin"]))]))
            if key in pairs:
                problems.append("%s: the same pair as %s" % (where, pairs[key]))
            pairs[key] = where


def print_counts(rows):
    """Pairs per set, same / different, borderline."""
    all_rows = [r for _, r in rows]
    print("%-20s %6s %5s %10s %11s" % ("", "pairs", "same", "different", "borderline"))
    for name in list(SETS) + ["all"]:
        rs = [r for r in all_rows if name in ("all", r["set"])]
        print("%-20s %6d %5d %10d %11d" % (
            name, len(rs), sum(r["verdict"] == "same" for r in rs),
            sum(r["verdict"] == "different" for r in rs),
            sum(r["note"].startswith("borderline:") for r in rs)))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "quote-offset and pair", "pairs"))
