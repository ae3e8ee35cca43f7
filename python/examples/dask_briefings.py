#!/usr/bin/python3
"""Briefs every story of a corpus on a Dask cluster (dossier.dask, docs/python.md).

    # a local cluster of 2 worker processes
    PYTHONPATH=build/python /usr/bin/python3 python/examples/dask_briefings.py \\
        examples/mixed-stream/stream.jsonl examples/biden-putin/ --out /tmp/briefings --check

    # a running cluster (workers started with the same PYTHONPATH, see docs/python.md)
    PYTHONPATH=build/python /usr/bin/python3 python/examples/dask_briefings.py \\
        --scheduler tcp://10.0.0.5:8786 /data/crawl/*.warc.gz --min-size 3 --out briefings/

Each input file (or directory) is one partition. Prints one line per briefed story:
story id, articles, label, and the file written; --check also runs the same corpus in
this process with one Engine and fails unless every story and briefing is identical.
"""

import argparse
import json
import logging
import os
import sys
import time

from distributed import Client, LocalCluster

import dossier.dask


def parse_args():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("inputs", nargs="+", help="JSONL, WARC, HTML or text files, or directories")
    p.add_argument("--scheduler", help="address of a running Dask scheduler "
                   "(default: a LocalCluster)")
    p.add_argument("--workers", type=int, default=2, help="LocalCluster worker processes")
    p.add_argument("--min-size", type=int, default=1, help="brief stories of at least N articles")
    p.add_argument("--words", type=int, default=0, help="summary budget in words (0: default)")
    p.add_argument("--out", help="write each briefing to OUT/story-<id>.json")
    p.add_argument("--check", action="store_true",
                   help="also run in one process and require identical results")
    return p.parse_args()


def main():
    args = parse_args()
    # Workers open the files themselves, from their own working directory: absolute
    # paths are what a LocalCluster or a file system mounted alike everywhere needs.
    inputs = [os.path.abspath(p) for p in args.inputs]
    options = {"words": args.words} if args.words else {}
    if args.scheduler:
        client, cluster = Client(args.scheduler), None
    else:
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.ERROR)
        client = Client(cluster)
    try:
        start = time.perf_counter()
        result = dossier.dask.brief_files(client, inputs, min_size=args.min_size, **options)
        took = time.perf_counter() - start
    finally:
        client.close()
        if cluster is not None:
            cluster.close()

    if args.out:
        os.makedirs(args.out, exist_ok=True)
    by_id = {s["id"]: s for s in result["stories"]}
    for story_id, briefing in result["briefings"].items():
        path = ""
        if args.out:
            path = os.path.join(args.out, "story-%d.json" % story_id)
            with open(path, "w", encoding="utf-8") as f:
                json.dump(briefing, f, ensure_ascii=False, indent=2)
        story = by_id[story_id]
        print("%d\t%d\t%s\t%s" % (story_id, story["size"], story["label"], path))
    for r in result["rejected"]:
        print("dask_briefings: %s" % r["error"], file=sys.stderr)
    articles = sum(s["size"] for s in result["stories"])
    print("dask_briefings: %d articles, %d stories, %d briefed, %d rejected in %.2f s"
          % (articles, len(result["stories"]), len(result["briefings"]),
             len(result["rejected"]), took), file=sys.stderr)

    if args.check:
        start = time.perf_counter()
        local = dossier.dask.brief_files_locally(inputs, min_size=args.min_size, **options)
        took = time.perf_counter() - start
        same = json.dumps(local, sort_keys=True) == json.dumps(result, sort_keys=True)
        print("dask_briefings: single-process run (one Engine) in %.2f s: %s"
              % (took, "identical" if same else "DIFFERS"), file=sys.stderr)
        if not same:
            return 1
    return 1 if result["rejected"] else 0


if __name__ == "__main__":
    sys.exit(main())
