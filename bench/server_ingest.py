#!/usr/bin/env python3
"""The ingest half of bench/server_load.sh: POSTs the articles of a JSONL file to a
running `dossier serve` in batches at a steady rate, then checks that none was lost:
every id the server returned is readable, and the server holds exactly the articles it
held before plus those it reported added. Prints one JSON line of figures.
"""
import argparse
import json
import sys
import time
import urllib.error
import urllib.request


def call(base, path, body=None):
    request = urllib.request.Request(base + path, data=body,
                                     headers={"Content-Type": "application/x-ndjson"} if body else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, json.loads(response.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read() or b"null")


def main():
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--base", required=True, help="http://127.0.0.1:PORT")
    p.add_argument("--articles", required=True, help="JSONL file to post")
    p.add_argument("--batch", type=int, default=5, help="articles per POST")
    p.add_argument("--rate", type=float, default=50, help="articles per second")
    args = p.parse_args()

    with open(args.articles, "rb") as f:
        lines = [line for line in f.read().split(b"\n") if line.strip()]
    _, before = call(args.base, "/api/v1/status")
    ids, added, present, rejected, failed_posts, post_ms = set(), 0, 0, 0, 0, []
    start = time.monotonic()
    for k in range(0, len(lines), args.batch):
        due = start + k / args.rate
        if due > time.monotonic():
            time.sleep(due - time.monotonic())
        t0 = time.monotonic()
        status, body = call(args.base, "/api/v1/articles", b"\n".join(lines[k:k + args.batch]))
        post_ms.append((time.monotonic() - t0) * 1000)
        if status != 200:
            failed_posts += 1
            continue
        added += body["added"]
        present += body["already_present"]
        rejected += body["rejected"]
        ids.update(r["id"] for r in body["results"] if "id" in r)
    seconds = time.monotonic() - start
    _, after = call(args.base, "/api/v1/status")
    unreadable = sum(1 for i in sorted(ids) if call(args.base, "/api/v1/articles/" + i)[0] != 200)
    post_ms.sort()
    print(json.dumps({
        "posted": len(lines), "posts": len(post_ms), "seconds": round(seconds, 1),
        "articles_per_s": round(len(lines) / seconds, 1), "added": added,
        "already_present": present, "rejected": rejected, "failed_posts": failed_posts,
        "post_p50_ms": round(post_ms[len(post_ms) // 2], 1) if post_ms else None,
        "post_p99_ms": round(post_ms[int(len(post_ms) * 0.99)], 1) if post_ms else None,
        "articles_before": before["articles"], "articles_after": after["articles"],
        "unreadable_ids": unreadable,
        "lost": before["articles"] + added - after["articles"] + unreadable,
    }))
    lost = before["articles"] + added != after["articles"] or unreadable or failed_posts
    return 1 if lost else 0


if __name__ == "__main__":
    sys.exit(main())
