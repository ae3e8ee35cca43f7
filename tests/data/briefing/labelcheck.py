"""What the checkers of the hand-labelled briefing sets share (check_labels.py in
disagreements/, entities/, readability/ and timeline/): reading a labels file, loading
the summarization sets of ../shared/data, the protocol's choice of stories, borderline
notes, and how a check ends (its message and exit status)."""

import json
import os
import sys

SETS = {"duc2004": "summarization/duc2004_task2.jsonl",
        "multinews_dev100": "summarization/multinews-dev100.jsonl"}
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
DEFAULT_DATA = os.path.join(REPO, "..", "shared", "data")


def read_rows(path, columns, problems):
    """Returns [(line number, {column: value})] of a TSV whose first line is '# ' and the
    columns; structural problems go to `problems`."""
    rows = []
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    if not lines or lines[0] != "# " + "\t".join(columns):
        problems.append("%s:1: header must be '# ' + the %d columns %s"
                        % (path, len(columns), ",".join(columns)))
        return rows
    for number, line in enumerate(lines[1:], start=2):
        if not line:
            continue
        fields = line.split("\t")
        if len(fields) != len(columns):
            problems.append("%s:%d: %d fields, expected %d"
                            % (path, number, len(fields), len(columns)))
            continue
        rows.append((number, dict(zip(columns, fields))))
    return rows


def borderline_classes(note):
    """The classes of a `borderline: a, b; why` note ([] when not borderline)."""
    if not note.startswith("borderline:"):
        return []
    head = note[len("borderline:"):].split(";")[0]
    return [c.strip() for c in head.split(",") if c.strip()]


def set_file(data_dir, name):
    """The path of one set's JSONL under `data_dir` (the summarization folder or its parent)."""
    direct = os.path.join(data_dir, os.path.basename(SETS[name]))
    return direct if os.path.isfile(direct) else os.path.join(data_dir, SETS[name])


def load_clusters(data_dir, name):
    """Returns [(cluster id, [article texts])] of one summarization set, in file order; a
    document is a string or an object with "text"."""
    clusters = []
    with open(set_file(data_dir, name), encoding="utf-8") as f:
        for line in f:
            cluster = json.loads(line)
            clusters.append((cluster["id"], [d if isinstance(d, str) else d["text"]
                                             for d in cluster["documents"]]))
    return clusters


def load_set(data_dir, name):
    """Returns {story id: (cluster index, [article texts])} of one summarization set."""
    return {story: (index, texts)
            for index, (story, texts) in enumerate(load_clusters(data_dir, name))}


def chosen_stories(name, clusters, per_set=6, min_multinews_articles=3):
    """The protocol's stories of one set: the first `per_set` even-index clusters
    (Multi-News: those with at least `min_multinews_articles` articles)."""
    chosen = []
    for index, (story, texts) in enumerate(clusters):
        if index % 2:
            continue
        if name == "multinews_dev100" and len(texts) < min_multinews_articles:
            continue
        chosen.append(story)
        if len(chosen) == per_set:
            break
    return chosen


def data_present(data_dir):
    return all(os.path.isfile(os.path.join(data_dir, p)) for p in SETS.values())


def finish(problems, what, present, quiet, require_data, ok_message):
    """Prints the problems (or `ok_message`) and returns the exit status: 1 with
    problems, else 0, or 77 (ctest's skip code) when `require_data` and the data is
    absent."""
    for p in problems:
        print("error: " + p, file=sys.stderr)
    if problems:
        print("%d problem(s) in %s" % (len(problems), what), file=sys.stderr)
        return 1
    if not quiet:
        print("ok: %s%s" % (ok_message, "" if present else " (structure only)"))
    return 0 if present or not require_data else 77


def run(doc, here, columns, check_row, check_against_data, print_counts, skipped, noun):
    """The whole check of a one-file label set (--labels, --data, --quiet,
    --require-data): every row's structure by `check_row(number, row, seen_ids,
    problems)`, then `check_against_data(rows, data_dir, problems)` when the data is
    there (else a note naming the `skipped` checks), the counts, and the exit status."""
    import argparse
    parser = argparse.ArgumentParser(description=doc.split("\n")[0])
    parser.add_argument("--labels", default=os.path.join(here, "labels.tsv"))
    parser.add_argument("--data", default=DEFAULT_DATA)
    parser.add_argument("--quiet", action="store_true", help="print problems only")
    parser.add_argument("--require-data", action="store_true",
                        help="exit 77 (skipped) when the data is absent")
    args = parser.parse_args()
    problems = []
    rows = read_rows(args.labels, columns, problems)
    seen = set()
    for number, row in rows:
        check_row(number, row, seen, problems)
    present = data_present(args.data)
    if present:
        check_against_data(rows, args.data, problems)
    elif not args.quiet:
        print("note: %s not found; %s checks skipped" % (args.data, skipped))
    if not args.quiet:
        print_counts(rows)
    return finish(problems, args.labels, present, args.quiet, args.require_data,
                  "%d %s" % (len(rows), noun))


def check_id_and_set(row, where, seen_ids, problems):
    """A unique non-negative integer id and a known set."""
    if not row["id"].isdigit():
        problems.append("%s: id is not a non-negative integer" % where)
    elif row["id"] in seen_ids:
        problems.append("%s: duplicate id" % where)
    seen_ids.add(row["id"])
    if row["set"] not in SETS:
        problems.append("%s: unknown set %r (known: %s)" % (where, row["set"], ", ".join(SETS)))


def check_borderline(note, known, where, problems):
    """A `borderline:` note names classes of `known`."""
    for c in borderline_classes(note):
        if c not in known:
            problems.append("%s: unknown borderline class %r (known: %s)"
                            % (where, c, ", ".join(known)))
    if note.startswith("borderline:") and not borderline_classes(note):
        problems.append("%s: borderline note without a class" % where)


def check_anchor_columns(row, where, problems):
    """article, begin and end are non-negative integers, and begin is below end."""
    if not all(row[c].isdigit() for c in ("article", "begin", "end")):
        problems.append("%s: article/begin/end must be non-negative integers" % where)
    elif int(row["begin"]) >= int(row["end"]):
        problems.append("%s: begin must be below end" % where)


def check_protocol_stories(name, rows, chosen, problems):
    """Every labelled story of set `name` is one of the protocol's `chosen`, and every
    chosen story has rows."""
    labelled = {r["story"] for _, r in rows if r["set"] == name}
    for story in sorted(labelled - set(chosen)):
        problems.append("%s: story %s is not one of the protocol's stories" % (name, story))
    for story in chosen:
        if story not in labelled:
            problems.append("%s: protocol story %s has no rows" % (name, story))


def check_quote(row, where, texts, name, problems):
    """The row's quote is at its byte offsets of its article ({story: [article texts]} of
    set `name`). Returns the article's index, or None when the row cannot be placed (a
    problem is reported, unless the offsets were malformed: check_anchor_columns says so)."""
    if row["story"] not in texts:
        problems.append("%s: story %s not in %s" % (where, row["story"], SETS[name]))
        return None
    if not all(row[c].isdigit() for c in ("article", "begin", "end")):
        return None  # already reported
    article = int(row["article"])
    articles = texts[row["story"]]
    if article >= len(articles):
        problems.append("%s: article %d out of range (story has %d)"
                        % (where, article, len(articles)))
        return None
    span = articles[article].encode("utf-8")[int(row["begin"]):int(row["end"])]
    if span != row["quote"].encode("utf-8"):
        problems.append("%s: quote %r is not at bytes %s-%s of article %d (found %r)"
                        % (where, row["quote"], row["begin"], row["end"], article,
                           span.decode("utf-8", "replace")))
    return article
