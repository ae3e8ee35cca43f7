#!/usr/bin/python3
"""Validates labels.tsv (hand-judged key numbers of the briefing) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set, a
story, a non-empty label and value (as the briefing showed them), integer
article/begin/end with begin < end, a non-empty anchor of at most 12 words with no
surrounding whitespace, tab or newline, `verdict` right|wrong (or `empty`: one row with
label and value "-" marks a story whose section showed nothing, anchored on its first
article's opening words), a `class` from the README's list exactly when the verdict is
wrong, a note on every wrong row, and
borderline classes from the same list. When the evaluation data is present (default
../shared/data seen from the repository, or --data DIR), it also checks that every story
is one of the protocol's twenty (the first fourteen even-index DUC 2004 clusters, the
first six even-index Multi-News dev100 clusters with at least three articles; stories
whose briefing showed no key number have one `empty` row), that the article exists, and that each
quote is exactly the UTF-8 bytes [begin, end) of the named article's text. When the data
is absent those checks are skipped with a message and the structural checks still run.

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
    SETS, borderline_classes, check_anchor_columns, check_borderline, check_id_and_set,
    check_quote, chosen_stories, load_clusters, run)

COLUMNS = ["id", "set", "story", "label", "value", "article", "begin", "end", "quote",
           "verdict", "class", "note"]
CLASSES = ["mixed", "label", "value", "trivial", "other"]
STORIES_PER_SET = {"duc2004": 14, "multinews_dev100": 6}
MIN_MULTINEWS_ARTICLES = 3
MAX_QUOTE_WORDS = 12

HERE = os.path.dirname(os.path.abspath(__file__))


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    check_id_and_set(row, where, seen_ids, problems)
    for column in ["story", "label", "value", "quote"]:
        if not row[column].strip():
            problems.append("%s: empty %s" % (where, column))
    if row["quote"] != row["quote"].strip():
        problems.append("%s: quote has leading or trailing whitespace" % where)
    check_anchor_columns(row, where, problems)
    if len(row["quote"].split()) > MAX_QUOTE_WORDS:
        problems.append("%s: quote has over %d words; quote the sentence's first words only"
                        % (where, MAX_QUOTE_WORDS))
    if row["verdict"] not in ("right", "wrong", "empty"):
        problems.append("%s: verdict must be right, wrong or empty, not %r" % (where, row["verdict"]))
    if (row["verdict"] == "empty") != (row["label"] == "-" and row["value"] == "-"):
        problems.append("%s: an empty row (and only one) has label and value \"-\"" % where)
    if row["verdict"] == "wrong":
        if row["class"] not in CLASSES:
            problems.append("%s: verdict wrong needs a class (known: %s), not %r"
                            % (where, ", ".join(CLASSES), row["class"]))
        if not row["note"].strip():
            problems.append("%s: verdict wrong needs a note saying why" % where)
    elif row["class"]:
        problems.append("%s: verdict right but class is %r; leave it empty" % (where, row["class"]))
    # A borderline note may lead the note or follow its first sentence ("...; borderline: x").
    note = row["note"]
    at = note.find("borderline:")
    check_borderline(note[at:] if at >= 0 else note, CLASSES, where, problems)


def check_against_data(rows, data_dir, problems):
    """Story choice, article range and quote offsets, against the articles of ../shared/data."""
    for name in SETS:
        clusters = load_clusters(data_dir, name)
        texts = dict(clusters)
        chosen = chosen_stories(name, clusters, STORIES_PER_SET[name], MIN_MULTINEWS_ARTICLES)
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            if row["story"] not in chosen:
                problems.append("%s: story %s is not one of the protocol's %s stories"
                                % (where, row["story"], name))
                continue
            check_quote(row, where, texts, name, problems)


def borderlines(note):
    at = note.find("borderline:")
    return borderline_classes(note[at:]) if at >= 0 else []


def print_counts(rows):
    """Key numbers per set and story: shown, right, wrong by class, precision, borderline."""
    def line(label, rs):
        right = sum(r["verdict"] == "right" for r in rs)
        wrong = collections.Counter(r["class"] for r in rs if r["verdict"] == "wrong")
        return "%-34s %5d %5d %6s %5d %5d %5d %7d %5d %10d" % (
            label, len(rs), right,
            "%.1f%%" % (100.0 * right / len(rs)) if rs else "-",
            wrong["mixed"], wrong["label"], wrong["value"], wrong["trivial"], wrong["other"],
            sum(bool(borderlines(r["note"])) for r in rs))
    all_rows = [r for _, r in rows if r["verdict"] != "empty"]
    print("stories whose section showed nothing (an empty row each): %d"
          % sum(r["verdict"] == "empty" for _, r in rows))
    print("%-34s %5s %5s %6s %5s %5s %5s %7s %5s %10s" % (
        "", "shown", "right", "prec", "mixed", "label", "value", "trivial", "other",
        "borderline"))
    for name in SETS:
        in_set = [r for r in all_rows if r["set"] == name]
        for story in dict.fromkeys(r["story"] for r in in_set):
            print(line("  " + story[:32], [r for r in in_set if r["story"] == story]))
        print(line(name, in_set))
    print(line("all", all_rows))
    classes = collections.Counter(c for r in all_rows for c in borderlines(r["note"]))
    print("borderline classes (a right row: the class it nearly was; a wrong row: another "
          "class it may be): " + ", ".join(
        "%s %d" % (c, classes[c]) for c in CLASSES if classes[c]))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "story and quote-offset", "key numbers"))
