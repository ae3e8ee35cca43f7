#!/usr/bin/python3
"""Validates labels.tsv (hand-labelled cross-source value pairs) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set,
verdict and kind, two different articles, non-empty quotes, values and `what`, quotes of
at most 15 words (the set quotes value phrases, never whole sentences) and begin < end.
When the evaluation data is present (default ../shared/data seen from the repository,
or --data DIR), it also checks that each story is a dev story (even cluster index, the
split docs/eval.md uses) and that each quote is exactly the UTF-8 bytes [begin, end) of
the named article's text. When the data is absent those checks are skipped with a
message and the structural checks still run.

Exit status: 0 when every check that could run passed, 1 otherwise (each problem is
printed with its row id and line number); with --require-data, 77 (ctest's skip code)
when the data is absent and the structural checks passed.

Usage: /usr/bin/python3 check_labels.py [--labels FILE] [--data DIR] [--require-data] [--quiet]
"""

import collections
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelcheck import (  # noqa: E402
    SETS, check_id_and_set, load_set, run)

COLUMNS = ["id", "set", "story", "article_a", "begin_a", "end_a", "quote_a", "value_a",
           "article_b", "begin_b", "end_b", "quote_b", "value_b", "what", "kind",
           "verdict", "note"]
VERDICTS = ["disagree", "same_value", "changed_over_time", "different_quantity",
            "different_scope"]
KINDS = ["count", "date", "name", "title", "other"]
MAX_QUOTE_WORDS = 15

HERE = os.path.dirname(os.path.abspath(__file__))


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    check_id_and_set(row, where, seen_ids, problems)
    if row["verdict"] not in VERDICTS:
        problems.append("%s: unknown verdict %r (known: %s)"
                        % (where, row["verdict"], ", ".join(VERDICTS)))
    if row["kind"] not in KINDS:
        problems.append("%s: unknown kind %r (known: %s)" % (where, row["kind"], ", ".join(KINDS)))
    for column in ["story", "quote_a", "value_a", "quote_b", "value_b", "what"]:
        if not row[column].strip():
            problems.append("%s: empty %s" % (where, column))
    for side in "ab":
        numbers = [row["article_" + side], row["begin_" + side], row["end_" + side]]
        if not all(n.isdigit() for n in numbers):
            problems.append("%s: article_%s/begin_%s/end_%s must be integers" % (where, side, side, side))
        elif int(numbers[1]) >= int(numbers[2]):
            problems.append("%s: begin_%s must be below end_%s" % (where, side, side))
        if len(row["quote_" + side].split()) > MAX_QUOTE_WORDS:
            problems.append("%s: quote_%s has over %d words; quote the value phrase only"
                            % (where, side, MAX_QUOTE_WORDS))
    if row["article_a"] == row["article_b"]:
        problems.append("%s: article_a and article_b are the same article" % where)


def check_against_data(rows, data_dir, problems):
    """Dev split and quote offsets, against the articles of ../shared/data."""
    loaded = {}
    for number, row in rows:
        if row["set"] not in SETS:
            continue
        if row["set"] not in loaded:
            loaded[row["set"]] = load_set(data_dir, row["set"])
        where = "line %d (id %s)" % (number, row["id"])
        story = loaded[row["set"]].get(row["story"])
        if story is None:
            problems.append("%s: story %s not in %s" % (where, row["story"], SETS[row["set"]]))
            continue
        index, texts = story
        if index % 2:
            problems.append("%s: story %s is cluster %d, a test (odd) cluster" % (where, row["story"], index))
        for side in "ab":
            if not (row["article_" + side].isdigit() and row["begin_" + side].isdigit()
                    and row["end_" + side].isdigit()):
                continue  # already reported
            article = int(row["article_" + side])
            if article >= len(texts):
                problems.append("%s: article_%s %d out of range (story has %d)"
                                % (where, side, article, len(texts)))
                continue
            text = texts[article].encode("utf-8")
            span = text[int(row["begin_" + side]):int(row["end_" + side])]
            if span != row["quote_" + side].encode("utf-8"):
                problems.append("%s: quote_%s %r is not at bytes %s-%s of article %d (found %r)"
                                % (where, side, row["quote_" + side], row["begin_" + side],
                                   row["end_" + side], article, span.decode("utf-8", "replace")))


def print_counts(rows):
    """Counts per verdict, per set and per kind; stories per set."""
    by_verdict = collections.Counter(r["verdict"] for _, r in rows)
    by_set = collections.defaultdict(collections.Counter)
    stories = collections.defaultdict(set)
    by_kind = collections.defaultdict(collections.Counter)
    for _, r in rows:
        by_set[r["set"]][r["verdict"]] += 1
        stories[r["set"]].add(r["story"])
        by_kind[r["kind"]][r["verdict"]] += 1
    header = "%-18s %6s %7s " % ("", "pairs", "stories") + " ".join(
        "%*s" % (len(v), v) for v in VERDICTS)
    print(header)
    for name in sorted(by_set):
        counts = by_set[name]
        print("%-18s %6d %7d " % (name, sum(counts.values()), len(stories[name])) + " ".join(
            "%*d" % (len(v), counts[v]) for v in VERDICTS))
    print("%-18s %6d %7d " % ("all", len(rows), sum(len(s) for s in stories.values())) + " ".join(
        "%*d" % (len(v), by_verdict[v]) for v in VERDICTS))
    for kind in KINDS:
        if by_kind[kind]:
            counts = by_kind[kind]
            print("%-18s %6d %7s " % ("kind " + kind, sum(counts.values()), "") + " ".join(
                "%*d" % (len(v), counts[v]) for v in VERDICTS))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "dev-split and quote-offset", "pairs"))
