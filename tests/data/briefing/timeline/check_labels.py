#!/usr/bin/python3
"""Validates labels.tsv (hand-labelled event dates of sentences) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set, a
story, integer article/begin/end with begin < end, a non-empty quote of at most 15 words
(an anchor phrase, never a whole sentence), a well-formed date (YYYY-MM-DD that exists,
YYYY-MM, YYYY or `none`) whose form matches `precision`, `passing` yes|no, non-empty
`|`-separated expressions, a note, and borderline classes from the README's list.
When the evaluation data is present (default ../shared/data seen from the repository,
or --data DIR), it also checks that the stories are exactly the twelve the README names
(the first six even-index DUC 2004 clusters, the first six even-index Multi-News dev100
clusters with at least three articles), that each quote is exactly the UTF-8 bytes
[begin, end) of the named article's text, and that each expression occurs in that
article. When the data is absent those checks are skipped with a message and the
structural checks still run.

Exit status: 0 when every check that could run passed, 1 otherwise (each problem is
printed with its row id and line number); with --require-data, 77 (ctest's skip code)
when the data is absent and the structural checks passed.

Usage: /usr/bin/python3 check_labels.py [--labels FILE] [--data DIR] [--require-data] [--quiet]
"""

import collections
import datetime
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelcheck import (  # noqa: E402
    SETS, borderline_classes, check_anchor_columns, check_borderline, check_id_and_set,
    check_protocol_stories, check_quote, chosen_stories, load_clusters, run)

COLUMNS = ["id", "set", "story", "article", "begin", "end", "quote", "date", "precision",
           "expressions", "passing", "note"]
PRECISIONS = ["day", "month", "year", "none"]
BORDERLINE = ["year-inferred", "in-text-anchor", "lead-context", "lead-month", "context",
              "scheduled", "since-until", "dated-object", "period", "two-events",
              "undated-main", "relative-to-event", "after-date", "quote", "garbled"]
STORIES_PER_SET = 6
MIN_MULTINEWS_ARTICLES = 3
MAX_QUOTE_WORDS = 15

HERE = os.path.dirname(os.path.abspath(__file__))


def date_precision(date):
    """The precision a date's form states, or None when the form is not allowed."""
    if date == "none":
        return "none"
    if re.fullmatch(r"\d{4}-\d\d-\d\d", date):
        try:
            datetime.date.fromisoformat(date)
        except ValueError:
            return None
        return "day"
    if re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", date):
        return "month"
    if re.fullmatch(r"\d{4}", date):
        return "year"
    return None


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    check_id_and_set(row, where, seen_ids, problems)
    for column in ["story", "quote", "note"]:
        if not row[column].strip():
            problems.append("%s: empty %s" % (where, column))
    check_anchor_columns(row, where, problems)
    if len(row["quote"].split()) > MAX_QUOTE_WORDS:
        problems.append("%s: quote has over %d words; quote an anchor phrase only"
                        % (where, MAX_QUOTE_WORDS))
    if row["precision"] not in PRECISIONS:
        problems.append("%s: unknown precision %r (known: %s)"
                        % (where, row["precision"], ", ".join(PRECISIONS)))
    stated = date_precision(row["date"])
    if stated is None:
        problems.append("%s: date %r is not YYYY-MM-DD, YYYY-MM, YYYY or none" % (where, row["date"]))
    elif stated != row["precision"]:
        problems.append("%s: date %r has precision %s, column says %s"
                        % (where, row["date"], stated, row["precision"]))
    if row["passing"] not in ("yes", "no"):
        problems.append("%s: passing must be yes or no" % where)
    expressions = row["expressions"].split("|") if row["expressions"] else []
    if any(not e.strip() for e in expressions):
        problems.append("%s: empty expression in %r" % (where, row["expressions"]))
    if row["passing"] == "yes" and not expressions:
        problems.append("%s: passing=yes but no time expression listed" % where)
    check_borderline(row["note"], BORDERLINE, where, problems)


def check_against_data(rows, data_dir, problems):
    """Story choice, quote offsets and expressions, against the articles of ../shared/data."""
    for name in SETS:
        clusters = load_clusters(data_dir, name)
        texts = dict(clusters)
        chosen = chosen_stories(name, clusters, STORIES_PER_SET, MIN_MULTINEWS_ARTICLES)
        check_protocol_stories(name, rows, chosen, problems)
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            article = check_quote(row, where, texts, name, problems)
            if article is None:
                continue
            text = texts[row["story"]][article]
            for e in row["expressions"].split("|") if row["expressions"] else []:
                if e not in text:
                    problems.append("%s: expression %r does not occur in article %d"
                                    % (where, e, article))


def print_counts(rows):
    """Rows per set and story, per precision, passing, and borderline class."""
    def line(label, rs):
        by_precision = collections.Counter(r["precision"] for r in rs)
        return "%-34s %5d %5d %5d %5d %5d %7d %10d" % (
            label, len(rs), by_precision["day"], by_precision["month"], by_precision["year"],
            by_precision["none"], sum(r["passing"] == "yes" for r in rs),
            sum(r["note"].startswith("borderline:") for r in rs))
    all_rows = [r for _, r in rows]
    print("%-34s %5s %5s %5s %5s %5s %7s %10s" % ("", "rows", "day", "month", "year", "none",
                                                   "passing", "borderline"))
    for name in SETS:
        in_set = [r for r in all_rows if r["set"] == name]
        for story in dict.fromkeys(r["story"] for r in in_set):
            print(line("  " + story[:32], [r for r in in_set if r["story"] == story]))
        print(line(name, in_set))
    print(line("all", all_rows))
    classes = collections.Counter(c for r in all_rows for c in borderline_classes(r["note"]))
    print("borderline classes (a row may have two): " + ", ".join(
        "%s %d" % (c, classes[c]) for c in BORDERLINE if classes[c]))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "story, quote-offset and expression", "rows"))
