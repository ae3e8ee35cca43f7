#!/usr/bin/python3
"""Validates labels.tsv (hand-labelled "Only in one source" items) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set, a
story, integer article/begin/end with begin < end, a non-empty anchor of at most 12 words
(the item's first words) with no surrounding whitespace, `unique` of yes|no|partly, and
the carrier columns: `carried_in` (comma-separated article indices, none of them the row's
own article) and `carried_quote` (at most 12 words) present exactly when `unique` is no or
partly, and a `note` whenever `unique` is no or partly.
When the evaluation data is present (default ../shared/data/summarization seen from the
repository, or --data DIR holding duc2004_task2.jsonl and multinews-dev100.jsonl, or the
folder above it), it also checks that the stories are exactly the twelve the README names
(the first six even-index DUC 2004 clusters, the first six even-index Multi-News dev100
clusters with at least three articles), that each quote is exactly the UTF-8 bytes
[begin, end) of the named article's text, that no two rows share a start, that every
`carried_in` index names an article of the story, and that `carried_quote` occurs in the
first article of `carried_in`. When the data is absent those checks are skipped with a
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
    SETS, check_anchor_columns, check_id_and_set, check_protocol_stories, check_quote,
    chosen_stories, load_clusters, run)

COLUMNS = ["id", "set", "story", "article", "begin", "end", "quote", "unique", "carried_in",
           "carried_quote", "note"]
VERDICTS = ["yes", "no", "partly"]
STORIES_PER_SET = 6
MIN_MULTINEWS_ARTICLES = 3
MAX_QUOTE_WORDS = 12

HERE = os.path.dirname(os.path.abspath(__file__))


def carried_indices(value):
    """The article indices of a `carried_in` value, or None when it is malformed."""
    parts = value.split(",")
    if not all(p.isdigit() for p in parts):
        return None
    return [int(p) for p in parts]


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    check_id_and_set(row, where, seen_ids, problems)
    for column in ["story", "quote"]:
        if not row[column].strip():
            problems.append("%s: empty %s" % (where, column))
    if row["quote"] != row["quote"].strip():
        problems.append("%s: quote has leading or trailing whitespace" % where)
    check_anchor_columns(row, where, problems)
    for column in ["quote", "carried_quote"]:
        if len(row[column].split()) > MAX_QUOTE_WORDS:
            problems.append("%s: %s has over %d words; quote the first words only"
                            % (where, column, MAX_QUOTE_WORDS))
    if row["unique"] not in VERDICTS:
        problems.append("%s: unique must be one of %s, not %r"
                        % (where, "|".join(VERDICTS), row["unique"]))
        return
    if row["unique"] == "yes":
        if row["carried_in"] or row["carried_quote"]:
            problems.append("%s: unique=yes but carried_in/carried_quote are set" % where)
        return
    indices = carried_indices(row["carried_in"])
    if indices is None:
        problems.append("%s: unique=%s needs carried_in as comma-separated article indices, "
                        "not %r" % (where, row["unique"], row["carried_in"]))
    elif row["article"].isdigit() and int(row["article"]) in indices:
        problems.append("%s: carried_in names the row's own article %s" % (where, row["article"]))
    if not row["carried_quote"].strip():
        problems.append("%s: unique=%s needs carried_quote" % (where, row["unique"]))
    if not row["note"].strip():
        problems.append("%s: unique=%s needs a note" % (where, row["unique"]))


def check_against_data(rows, data_dir, problems):
    """Story choice, quote offsets, duplicate starts and carriers, against the data."""
    for name in SETS:
        clusters = load_clusters(data_dir, name)
        texts = dict(clusters)
        chosen = chosen_stories(name, clusters, STORIES_PER_SET, MIN_MULTINEWS_ARTICLES)
        check_protocol_stories(name, rows, chosen, problems)
        starts = {}
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            article = check_quote(row, where, texts, name, problems)
            if article is None:
                continue
            articles = texts[row["story"]]
            key = (row["story"], article, int(row["begin"]))
            if key in starts:
                problems.append("%s: same start as %s" % (where, starts[key]))
            starts[key] = where
            indices = carried_indices(row["carried_in"]) if row["carried_in"] else []
            for index in indices or []:
                if index >= len(articles):
                    problems.append("%s: carried_in article %d out of range (story has %d)"
                                    % (where, index, len(articles)))
            if indices and indices[0] < len(articles) and row["carried_quote"] \
                    and row["carried_quote"] not in articles[indices[0]]:
                problems.append("%s: carried_quote %r not found in article %d"
                                % (where, row["carried_quote"], indices[0]))


def print_counts(rows):
    """Items per set and story, yes/no/partly, strict and lenient precision, borderline."""
    def line(label, rs):
        n = len(rs)
        yes = sum(r["unique"] == "yes" for r in rs)
        partly = sum(r["unique"] == "partly" for r in rs)
        return "%-34s %5d %5d %5d %6d %7.1f%% %7.1f%% %10d" % (
            label, n, yes, sum(r["unique"] == "no" for r in rs), partly,
            100.0 * yes / n if n else 0.0, 100.0 * (yes + partly) / n if n else 0.0,
            sum(r["note"].startswith("borderline:") for r in rs))
    all_rows = [r for _, r in rows]
    print("%-34s %5s %5s %5s %6s %8s %8s %10s" % ("", "items", "yes", "no", "partly",
                                                  "strict", "lenient", "borderline"))
    for name in SETS:
        in_set = [r for r in all_rows if r["set"] == name]
        for story in dict.fromkeys(r["story"] for r in in_set):
            print(line("  " + story[:32], [r for r in in_set if r["story"] == story]))
        print(line(name, in_set))
    print(line("all", all_rows))
    decided = [r for r in all_rows if not r["note"].startswith("borderline:")]
    print(line("all without borderline rows", decided))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "story, quote-offset and carrier", "items"))
