#!/usr/bin/python3
"""Validates labels.tsv (hand-labelled readability and topicality of sentences) and prints its counts.

Checks, for every row: the column count and header, a unique integer id, a known set, a
story, integer article/begin/end with begin < end, a non-empty anchor of at most 12 words
(the first words of the sentence, never a whole long sentence) with no surrounding
whitespace, `standalone` and `on_topic` yes|no, a `why` class from the README's list
exactly when `standalone` is `no`, and borderline classes from the README's list.
When the evaluation data is present (default ../shared/data seen from the repository,
or --data DIR), it also checks that the stories are exactly the twelve the README names
(the first six even-index DUC 2004 clusters, the first six even-index Multi-News dev100
clusters with at least three articles), that every article of those stories has rows,
that each quote is exactly the UTF-8 bytes [begin, end) of the named article's text, and
that no two rows of one article overlap. When the data is absent those checks are skipped
with a message and the structural checks still run.

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
    check_protocol_stories, check_quote, chosen_stories, load_clusters, run)

COLUMNS = ["id", "set", "story", "article", "begin", "end", "quote", "standalone", "on_topic",
           "why", "note"]
CLASSES = ["pronoun", "no-speaker-quote", "connective", "fragment", "headline", "caption",
           "question", "promo", "dangling-description", "other"]
BORDERLINE = ["known-referent", "side-matter", "elliptic", "quote-pronoun",
              "pronoun-resolved", "soft-connective", "caption-text", "tweet", "dek"]
STORIES_PER_SET = 6
MIN_MULTINEWS_ARTICLES = 3
MAX_QUOTE_WORDS = 12

HERE = os.path.dirname(os.path.abspath(__file__))


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
    if len(row["quote"].split()) > MAX_QUOTE_WORDS:
        problems.append("%s: quote has over %d words; quote the sentence's first words only"
                        % (where, MAX_QUOTE_WORDS))
    for column in ["standalone", "on_topic"]:
        if row[column] not in ("yes", "no"):
            problems.append("%s: %s must be yes or no, not %r" % (where, column, row[column]))
    if row["standalone"] == "no" and row["why"] not in CLASSES:
        problems.append("%s: standalone=no needs a why class (known: %s), not %r"
                        % (where, ", ".join(CLASSES), row["why"]))
    if row["standalone"] == "yes" and row["why"]:
        problems.append("%s: standalone=yes but why is %r; leave it empty" % (where, row["why"]))
    check_borderline(row["note"], BORDERLINE, where, problems)


def check_against_data(rows, data_dir, problems):
    """Story choice, article coverage, quote offsets and overlaps, against ../shared/data."""
    for name in SETS:
        clusters = load_clusters(data_dir, name)
        texts = dict(clusters)
        chosen = chosen_stories(name, clusters, STORIES_PER_SET, MIN_MULTINEWS_ARTICLES)
        check_protocol_stories(name, rows, chosen, problems)
        labelled = {r["story"] for _, r in rows if r["set"] == name}
        for story in chosen:
            if story not in labelled:
                continue  # reported above
            covered = {r["article"] for _, r in rows if r["set"] == name and r["story"] == story}
            for article in range(len(texts[story])):
                if str(article) not in covered:
                    problems.append("%s: story %s article %d has no rows" % (name, story, article))
        spans = collections.defaultdict(list)
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            article = check_quote(row, where, texts, name, problems)
            if article is None:
                continue
            spans[(row["story"], article)].append((int(row["begin"]), int(row["end"]), where))
        for key, found in spans.items():
            found.sort()
            for (b1, e1, w1), (b2, e2, w2) in zip(found, found[1:]):
                if b2 < e1:
                    problems.append("%s and %s: anchors overlap in story %s article %d"
                                    % (w1, w2, key[0], key[1]))


def print_counts(rows):
    """Rows per set and story; standalone and on_topic; classes; borderline classes."""
    def line(label, rs):
        return "%-34s %5d %5d %5d %5d %5d %5d %10d" % (
            label, len(rs), sum(r["standalone"] == "yes" for r in rs),
            sum(r["standalone"] == "no" for r in rs), sum(r["on_topic"] == "yes" for r in rs),
            sum(r["on_topic"] == "no" for r in rs),
            sum(r["standalone"] == "yes" and r["on_topic"] == "yes" for r in rs),
            sum(r["note"].startswith("borderline:") for r in rs))
    all_rows = [r for _, r in rows]
    print("%-34s %5s %5s %5s %5s %5s %5s %10s" % ("", "rows", "st+", "st-", "top+", "top-",
                                                  "both", "borderline"))
    for name in SETS:
        in_set = [r for r in all_rows if r["set"] == name]
        for story in dict.fromkeys(r["story"] for r in in_set):
            print(line("  " + story[:32], [r for r in in_set if r["story"] == story]))
        print(line(name, in_set))
    print(line("all", all_rows))
    classes = collections.Counter(r["why"] for r in all_rows if r["standalone"] == "no")
    print("standalone=no by class: " + ", ".join(
        "%s %d" % (c, classes[c]) for c in CLASSES if classes[c]))
    borderline = collections.Counter(c for r in all_rows for c in borderline_classes(r["note"]))
    print("borderline classes: " + ", ".join(
        "%s %d" % (c, borderline[c]) for c in BORDERLINE if borderline[c]))


if __name__ == "__main__":
    sys.exit(run(__doc__, HERE, COLUMNS, check_row, check_against_data, print_counts,
                 "story, coverage and quote-offset", "rows"))
