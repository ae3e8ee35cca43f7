#!/usr/bin/env python3
"""Derived streams of a full-text clustering set, to check that a change to story
clustering is a gain on more than one stream (docs/eval.md, "Story clustering").

    scripts/cluster_variants.py ../shared/data/clustering/duc_stream.jsonl /tmp/variants
    for f in /tmp/variants/*.jsonl; do dossier eval cluster --dataset $f; done

Writes, from a JSONL set with "story" and "date" fields (duc_stream's gold ids: DUC 2004
topics start with "d3"):
  duc67.jsonl    the DUC 2006/2007 topics only (dated, topic-level)
  duc04.jsonl    the DUC 2004 topics only (mostly undated, event-level)
  ducA.jsonl     the topics whose id's MD5 is even (about half the topics)
  ducB.jsonl     the other half
  ducshuf.jsonl  the dated articles in their order, the undated ones spread through
                 the stream at random positions (seed 7, CPython 3.11's random), not
                 grouped at the end
Each keeps the file order of the set otherwise. The sets are written to the output
directory, never to the repository (the data is for evaluation only).
"""
import hashlib
import json
import os
import random
import sys


def main():
    if len(sys.argv) != 3:
        sys.exit("usage: cluster_variants.py SET.jsonl OUT_DIR")
    src, out_dir = sys.argv[1], sys.argv[2]
    with open(src, encoding="utf-8") as f:
        lines = [l if l.endswith("\n") else l + "\n" for l in f if l.strip()]
    rows = []
    for n, line in enumerate(lines, 1):
        try:
            rows.append(json.loads(line))
        except json.JSONDecodeError as e:
            sys.exit(f"{src}:{n}: not JSON ({e})")
    os.makedirs(out_dir, exist_ok=True)

    def write(name, chosen):
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.writelines(chosen)
        print(f"{name}: {len(chosen)} articles")

    story = [str(r.get("story", "")) for r in rows]
    half = [int(hashlib.md5(s.encode()).hexdigest(), 16) % 2 for s in story]
    write("duc67.jsonl", [l for l, s in zip(lines, story) if not s.startswith("d3")])
    write("duc04.jsonl", [l for l, s in zip(lines, story) if s.startswith("d3")])
    write("ducA.jsonl", [l for l, h in zip(lines, half) if h == 0])
    write("ducB.jsonl", [l for l, h in zip(lines, half) if h == 1])
    random.seed(7)
    undated = [l for l, r in zip(lines, rows) if not r.get("date")]
    dated = [l for l, r in zip(lines, rows) if r.get("date")]
    random.shuffle(undated)
    out = list(dated)
    for l in undated:
        out.insert(random.randrange(len(out) + 1), l)
    write("ducshuf.jsonl", out)


if __name__ == "__main__":
    main()
