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

import argparse
import collections
import json
import os
import sys

COLUMNS = ["id", "set", "story", "article", "begin", "end", "quote", "standalone", "on_topic",
           "why", "note"]
SETS = {"duc2004": "summarization/duc2004_task2.jsonl",
        "multinews_dev100": "summarization/multinews-dev100.jsonl"}
CLASSES = ["pronoun", "no-speaker-quote", "connective", "fragment", "headline", "caption",
           "question", "promo", "dangling-description", "other"]
BORDERLINE = ["known-referent", "side-matter", "elliptic", "quote-pronoun",
              "pronoun-resolved", "soft-connective", "caption-text", "tweet", "dek"]
STORIES_PER_SET = 6
MIN_MULTINEWS_ARTICLES = 3
MAX_QUOTE_WORDS = 12

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))


def borderline_classes(note):
    """The classes of a `borderline: a, b; why` note ([] when not borderline)."""
    if not note.startswith("borderline:"):
        return []
    head = note[len("borderline:"):].split(";")[0]
    return [c.strip() for c in head.split(",") if c.strip()]


def read_rows(path, problems):
    """Returns [(line number, {column: value})]; structural problems go to `problems`."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0] != "# " + "\t".join(COLUMNS):
        problems.append("%s:1: header must be '# ' + the %d columns %s"
                        % (path, len(COLUMNS), ",".join(COLUMNS)))
        return rows
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(COLUMNS):
            problems.append("%s:%d: %d fields, expected %d"
                            % (path, number, len(fields), len(COLUMNS)))
            continue
        rows.append((number, dict(zip(COLUMNS, fields))))
    return rows


def check_row(number, row, seen_ids, problems):
    """Structural checks of one row (no data needed)."""
    where = "line %d (id %s)" % (number, row["id"])
    if not row["id"].isdigit():
        problems.append("%s: id is not a non-negative integer" % where)
    elif row["id"] in seen_ids:
        problems.append("%s: duplicate id" % where)
    seen_ids.add(row["id"])
    if row["set"] not in SETS:
        problems.append("%s: unknown set %r (known: %s)" % (where, row["set"], ", ".join(SETS)))
    for column in ["story", "quote"]:
        if not row[column].strip():
            problems.append("%s: empty %s" % (where, column))
    if row["quote"] != row["quote"].strip():
        problems.append("%s: quote has leading or trailing whitespace" % where)
    numbers = [row["article"], row["begin"], row["end"]]
    if not all(n.isdigit() for n in numbers):
        problems.append("%s: article/begin/end must be non-negative integers" % where)
    elif int(row["begin"]) >= int(row["end"]):
        problems.append("%s: begin must be below end" % where)
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
    for c in borderline_classes(row["note"]):
        if c not in BORDERLINE:
            problems.append("%s: unknown borderline class %r (known: %s)"
                            % (where, c, ", ".join(BORDERLINE)))
    if row["note"].startswith("borderline:") and not borderline_classes(row["note"]):
        problems.append("%s: borderline note without a class" % where)


def load_set(data_dir, name):
    """Returns [(cluster id, [article texts])] of one summarization set, in file order."""
    clusters = []
    with open(os.path.join(data_dir, SETS[name]), encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            clusters.append((cluster["id"], [d["text"] for d in cluster["documents"]]))
    return clusters


def chosen_stories(name, clusters):
    """The protocol's stories of one set: the first six even-index clusters (Multi-News:
    those with at least three articles)."""
    chosen = []
    for index, (story, texts) in enumerate(clusters):
        if index % 2:
            continue
        if name == "multinews_dev100" and len(texts) < MIN_MULTINEWS_ARTICLES:
            continue
        chosen.append(story)
        if len(chosen) == STORIES_PER_SET:
            break
    return chosen


def check_against_data(rows, data_dir, problems):
    """Story choice, article coverage, quote offsets and overlaps, against ../shared/data."""
    for name in SETS:
        clusters = load_set(data_dir, name)
        texts = dict(clusters)
        chosen = chosen_stories(name, clusters)
        labelled = {r["story"] for _, r in rows if r["set"] == name}
        for story in sorted(labelled - set(chosen)):
            problems.append("%s: story %s is not one of the protocol's stories" % (name, story))
        for story in chosen:
            if story not in labelled:
                problems.append("%s: protocol story %s has no rows" % (name, story))
                continue
            covered = {r["article"] for _, r in rows if r["set"] == name and r["story"] == story}
            for article in range(len(texts[story])):
                if str(article) not in covered:
                    problems.append("%s: story %s article %d has no rows" % (name, story, article))
        spans = collections.defaultdict(list)
        for number, row in rows:
            if row["set"] != name:
                continue
            where = "line %d (id %s)" % (number, row["id"])
            if row["story"] not in texts:
                problems.append("%s: story %s not in %s" % (where, row["story"], SETS[name]))
                continue
            if not (row["article"].isdigit() and row["begin"].isdigit() and row["end"].isdigit()):
                continue  # already reported
            article = int(row["article"])
            articles = texts[row["story"]]
            if article >= len(articles):
                problems.append("%s: article %d out of range (story has %d)"
                                % (where, article, len(articles)))
                continue
            span = articles[article].encode("utf-8")[int(row["begin"]):int(row["end"])]
            if span != row["quote"].encode("utf-8"):
                problems.append("%s: quote %r is not at bytes %s-%s of article %d (found %r)"
                                % (where, row["quote"], row["begin"], row["end"], article,
                                   span.decode("utf-8", "replace")))
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.tsv"))
    parser.add_argument("--data", default=os.path.join(REPO, "..", "shared", "data"))
    parser.add_argument("--quiet", action="store_true", help="print problems only")
    parser.add_argument("--require-data", action="store_true",
                        help="exit 77 (skipped) when the data is absent")
    args = parser.parse_args()

    problems = []
    rows = read_rows(args.labels, problems)
    seen = set()
    for number, row in rows:
        check_row(number, row, seen, problems)
    present = all(os.path.isfile(os.path.join(args.data, p)) for p in SETS.values())
    if present:
        check_against_data(rows, args.data, problems)
    elif not args.quiet:
        print("note: %s not found; story, coverage and quote-offset checks skipped" % args.data)
    if not args.quiet:
        print_counts(rows)
    for p in problems:
        print("error: " + p, file=sys.stderr)
    if problems:
        print("%d problem(s) in %s" % (len(problems), args.labels), file=sys.stderr)
        return 1
    if not args.quiet:
        print("ok: %d rows%s" % (len(rows), "" if present else " (structure only)"))
    return 0 if present or not args.require_data else 77


if __name__ == "__main__":
    sys.exit(main())
