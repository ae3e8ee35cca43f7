#!/usr/bin/python3
"""Validates labels.tsv and not_entities.tsv (hand-labelled named entities) and prints counts.

Checks, for every entity row: the column count and header, a unique integer id, a known
set and type, `central` yes/no (never yes for type `other` or for a row seen in fewer than
2 articles), a positive integer `articles`, non-empty name, no empty or repeated alias,
and that no surface form (name or alias, compared case-insensitively) belongs to two rows
of one story, unless both rows fix their articles by hand (`counted:` in the note). For
not_entities.tsv: the header, unique ids, a known set, a non-empty surface and reason, and
that no surface equals (case-insensitively) a labelled form of the same story.

When the evaluation data is present (default ../shared/data seen from the repository,
or --data DIR, or the directory as the only positional argument), it also checks that each
story is a dev story (even cluster index, the split docs/eval.md uses), that each name and
alias occurs verbatim (case-sensitive) in at least one article of its story (a name may be
exempted by `name not in texts` in the note; aliases never are), that each not_entities
surface occurs verbatim in its story, and it recomputes `articles`:

  An article mentions an entity when it contains the entity's name or one of its aliases
  (exactly, or written in capitals), as a whole word (the characters either side are not
  letters, digits, '-' or '_'), and that occurrence is not inside a longer occurrence of
  another labelled form or of a not_entities surface of the same story. Occurrences are
  claimed longest first, then leftmost. So "Sam Rainsy Party" is a mention of the party,
  not of Sam Rainsy; "Swiss-Chilean" is no mention of Switzerland; and a demonym listed as
  an alias does not count inside a not_entities phrase such as "Thai newspaper".

  A note containing `counted: 1,4` fixes the set of mentioning articles by hand (0-based
  indices into the cluster's documents) where the rule above cannot tell two referents of
  one surface apart; the checker then verifies that each listed article has a mention and
  that `articles` is the number of listed articles.

Exit status: 0 when every check that could run passed, 1 otherwise (each problem is
printed with its row id and line number); with --require-data, 77 (ctest's skip code)
when the data is absent and the structural checks passed.

Usage: /usr/bin/python3 check_labels.py [DATA_DIR] [--data DIR] [--labels FILE]
                                        [--not-entities FILE] [--require-data] [--quiet]
                                        [--show STORY]
"""

import argparse
import collections
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from labelcheck import (  # noqa: E402
    DEFAULT_DATA, SETS, check_id_and_set, data_present, finish, load_set, read_rows)

COLUMNS = ["id", "set", "story", "name", "type", "aliases", "articles", "central", "note"]
NE_COLUMNS = ["id", "set", "story", "surface", "why"]
TYPES = ["person", "organization", "place", "other"]
COUNTED = re.compile(r"\bcounted: (\d+(?:,\d+)*)")
UNATTESTED = "name not in texts"

HERE = os.path.dirname(os.path.abspath(__file__))


def forms(row):
    """The name and aliases of an entity row, name first."""
    return [row["name"]] + [a for a in row["aliases"].split("|") if a]


def counted(row):
    """The hand-fixed article indices of a row (`counted: 1,4` in its note), or None."""
    m = COUNTED.search(row["note"])
    return sorted(set(int(i) for i in m.group(1).split(","))) if m else None


def check_rows(rows, ne_rows, problems):
    """Structural checks (no data needed)."""
    seen = set()
    for number, row in rows:
        where = "labels line %d (id %s)" % (number, row["id"])
        check_id_and_set(row, where, seen, problems)
        if row["type"] not in TYPES:
            problems.append("%s: unknown type %r (known: %s)" % (where, row["type"], ", ".join(TYPES)))
        if row["central"] not in ("yes", "no"):
            problems.append("%s: central must be yes or no" % where)
        if not row["articles"].isdigit() or int(row["articles"]) < 1:
            problems.append("%s: articles must be a positive integer" % where)
        elif row["central"] == "yes" and int(row["articles"]) < 2:
            problems.append("%s: a central entity must be mentioned by at least 2 articles" % where)
        if row["central"] == "yes" and row["type"] == "other":
            problems.append("%s: type other is never central (the section reports people, "
                            "organizations and places)" % where)
        if not row["story"].strip() or not row["name"].strip():
            problems.append("%s: empty story or name" % where)
        aliases = row["aliases"].split("|") if row["aliases"] else []
        if any(not a.strip() or a != a.strip() for a in aliases):
            problems.append("%s: empty alias or alias with surrounding spaces" % where)
        if len(set(forms(row))) != len(forms(row)):
            problems.append("%s: an alias repeats the name or another alias" % where)
        fixed = counted(row)
        if fixed is not None and row["articles"].isdigit() and len(fixed) != int(row["articles"]):
            problems.append("%s: note fixes %d articles (counted:) but articles is %s"
                            % (where, len(fixed), row["articles"]))
    owners = collections.defaultdict(list)
    for number, row in rows:
        for f in forms(row):
            owners[(row["set"], row["story"], f.lower())].append((number, row))
    for (set_name, story, form), rows_of in owners.items():
        others = {r["id"] for _, r in rows_of}
        if len(others) > 1 and not all(counted(r) is not None for _, r in rows_of):
            problems.append("labels lines %s: form %r belongs to %d rows of story %s; give each "
                            "row a `counted:` article list or drop the form"
                            % (",".join(str(n) for n, _ in rows_of), form, len(others), story))
    seen = set()
    for number, row in ne_rows:
        where = "not_entities line %d (id %s)" % (number, row["id"])
        check_id_and_set(row, where, seen, problems)
        if not row["surface"].strip() or not row["why"].strip():
            problems.append("%s: empty surface or why" % where)
        if (row["set"], row["story"], row["surface"].lower()) in owners:
            problems.append("%s: surface %r is a labelled form of the story" % (where, row["surface"]))


def word_char(c):
    return c.isalnum() or c in "-_"


def occurrences(text, form):
    """(begin, end) of whole-word occurrences of `form` (or of it in capitals) in `text`."""
    found = []
    for variant in {form, form.upper()}:
        start = text.find(variant)
        while start >= 0:
            end = start + len(variant)
            if ((start == 0 or not word_char(text[start - 1]))
                    and (end == len(text) or not word_char(text[end]))):
                found.append((start, end))
            start = text.find(variant, start + 1)
    return found


def mentions(texts, owned):
    """owned: [(form, owner or None)]. Returns {owner: set of article indices}.

    In each article, occurrences of all forms are claimed longest first, then leftmost;
    an occurrence overlapping an already claimed one is dropped. Owner None (a
    not_entities surface) only masks."""
    result = collections.defaultdict(set)
    for index, text in enumerate(texts):
        candidates = []
        for form, owner in owned:
            for begin, end in occurrences(text, form):
                candidates.append((-(end - begin), begin, end, owner))
        candidates.sort(key=lambda c: (c[0], c[1]))
        taken = []
        for _, begin, end, owner in candidates:
            if any(begin < e and b < end for b, e in taken):
                continue
            taken.append((begin, end))
            if owner is not None:
                result[owner].add(index)
    return result


def check_against_data(rows, ne_rows, data_dir, problems, show=None):
    """Dev split, verbatim forms and recomputed article counts."""
    loaded = {}
    by_story = collections.defaultdict(list)
    ne_by_story = collections.defaultdict(list)
    for number, row in rows:
        by_story[(row["set"], row["story"])].append((number, row))
    for number, row in ne_rows:
        ne_by_story[(row["set"], row["story"])].append((number, row))
    for key in sorted(set(by_story) | set(ne_by_story)):
        set_name, story_id = key
        if set_name not in SETS:
            continue
        if set_name not in loaded:
            loaded[set_name] = load_set(data_dir, set_name)
        story = loaded[set_name].get(story_id)
        if story is None:
            problems.append("story %s not in %s" % (story_id, SETS[set_name]))
            continue
        index, texts = story
        if index % 2:
            problems.append("story %s is cluster %d, a test (odd) cluster" % (story_id, index))
        owned = [(f, row["id"]) for _, row in by_story[key] for f in forms(row)]
        owned += [(row["surface"], None) for _, row in ne_by_story[key]]
        found = mentions(texts, owned)
        for number, row in by_story[key]:
            where = "labels line %d (id %s, %s)" % (number, row["id"], row["name"])
            for position, f in enumerate(forms(row)):
                if position == 0 and UNATTESTED in row["note"]:
                    continue
                if not any(f in t for t in texts):
                    problems.append("%s: form %r occurs in no article of story %s"
                                    % (where, f, story_id))
            computed = sorted(found.get(row["id"], ()))
            fixed = counted(row)
            if fixed is not None:
                missing = [i for i in fixed if i not in computed]
                if missing:
                    problems.append("%s: counted articles %s have no mention of any form"
                                    % (where, ",".join(map(str, missing))))
            elif row["articles"].isdigit() and int(row["articles"]) != len(computed):
                problems.append("%s: articles is %s, recomputed %d (articles %s)"
                                % (where, row["articles"], len(computed),
                                   ",".join(map(str, computed))))
            if show and show in (story_id, "all"):
                print("%-4s %-45s %-12s %2s computed %s%s"
                      % (row["id"], row["name"][:45], row["type"], row["articles"],
                         ",".join(map(str, computed)),
                         "" if fixed is None else "  counted %s" % ",".join(map(str, fixed))))
        for number, row in ne_by_story[key]:
            if not any(row["surface"] in t for t in texts):
                problems.append("not_entities line %d (id %s): surface %r occurs in no article "
                                "of story %s" % (number, row["id"], row["surface"], story_id))


def print_counts(rows, ne_rows):
    """Entities per set by type, central, extras (fewer than 2 articles), not_entities."""
    header = "%-18s %7s %8s " % ("", "stories", "entities") + " ".join(
        "%12s" % t for t in TYPES) + " %7s %6s %12s" % ("central", "extra", "not_entities")
    print(header)
    sets = sorted(set(r["set"] for _, r in rows) | set(r["set"] for _, r in ne_rows))
    for name in sets + ["all"]:
        mine = [r for _, r in rows if name in (r["set"], "all")]
        ne = [r for _, r in ne_rows if name in (r["set"], "all")]
        stories = set(r["story"] for r in mine) | set(r["story"] for r in ne)
        types = collections.Counter(r["type"] for r in mine)
        central = sum(r["central"] == "yes" for r in mine)
        extra = sum(r["articles"].isdigit() and int(r["articles"]) < 2 for r in mine)
        print("%-18s %7d %8d " % (name, len(stories), len(mine)) + " ".join(
            "%12d" % types[t] for t in TYPES) + " %7d %6d %12d" % (central, extra, len(ne)))
    central_types = collections.Counter(r["type"] for _, r in rows if r["central"] == "yes")
    print("central by type: " + ", ".join("%s %d" % (t, central_types[t]) for t in TYPES[:3]))
    borderline = sum(r["note"].startswith("borderline:") for _, r in rows)
    print("borderline rows: %d" % borderline)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data_dir", nargs="?", help="the data directory (same as --data)")
    parser.add_argument("--labels", default=os.path.join(HERE, "labels.tsv"))
    parser.add_argument("--not-entities", default=os.path.join(HERE, "not_entities.tsv"))
    parser.add_argument("--data", default=None)
    parser.add_argument("--quiet", action="store_true", help="print problems only")
    parser.add_argument("--require-data", action="store_true",
                        help="exit 77 (skipped) when the data is absent")
    parser.add_argument("--show", help="print each row's recomputed articles for STORY (or all)")
    args = parser.parse_args()
    data = args.data or args.data_dir or DEFAULT_DATA

    problems = []
    rows = read_rows(args.labels, COLUMNS, problems)
    ne_rows = read_rows(args.not_entities, NE_COLUMNS, problems)
    check_rows(rows, ne_rows, problems)
    present = data_present(data)
    if present:
        check_against_data(rows, ne_rows, data, problems, args.show)
    elif not args.quiet:
        print("note: %s not found; dev-split, verbatim and article-count checks skipped" % data)
    if not args.quiet:
        print_counts(rows, ne_rows)
    return finish(problems, "%s / %s" % (args.labels, args.not_entities), present, args.quiet, args.require_data,
                  "%d entities, %d not_entities" % (len(rows), len(ne_rows)))


if __name__ == "__main__":
    sys.exit(main())
