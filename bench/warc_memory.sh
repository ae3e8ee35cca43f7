#!/usr/bin/env bash
# warc_memory.sh: peak memory of `dossier extract` on generated WARC.gz crawls of 1,000
# and 10,000 records (issue 9: a crawl is read a record at a time, so memory must not
# grow with the number of records). Each record is an HTTP response holding a news-like
# page of about 20 KB, gzipped as its own member as the WARC standard recommends.
#
#   bash bench/warc_memory.sh [build/release/tools/dossier/dossier]
#
# Prints, per crawl: records, file size, pages extracted, wall seconds, peak RSS (MB,
# from /usr/bin/time).
set -euo pipefail
dossier=${1:-build/release/tools/dossier/dossier}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
/usr/bin/python3 - "$tmp" <<'PY'
import gzip, random, sys
out = sys.argv[1]
words = ("the minister said council report city police market water school health court "
         "election vote plan budget river storm bridge officials residents week month year "
         "according announced increase decline project workers company local national").split()
def page(i, rnd):
    paras = "".join("<p>%s.</p>" % " ".join(rnd.choice(words) for _ in range(rnd.randint(25, 60))).capitalize()
                    for _ in range(rnd.randint(12, 30)))
    nav = "".join('<li><a href="/s%d">Section %d</a></li>' % (k, k) for k in range(20))
    return ("<!doctype html><html><head><meta charset=utf-8><title>Story %d | Example News</title></head>"
            "<body><nav><ul>%s</ul></nav><article><h1>Story %d</h1>%s</article>"
            "<footer>Copyright Example News</footer></body></html>" % (i, nav, i, paras))
for n in (1000, 10000):
    rnd = random.Random(n)
    with open("%s/crawl_%d.warc.gz" % (out, n), "wb") as f:
        for i in range(n):
            body = page(i, rnd).encode()
            http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: %d\r\n\r\n" % len(body) + body
            head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: https://news.example/%d\r\n"
                    "WARC-Date: 2024-01-01T00:00:00Z\r\nWARC-Record-ID: <urn:uuid:%032x>\r\n"
                    "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
                    % (i, i, len(http))).encode()
            f.write(gzip.compress(head + http + b"\r\n\r\n", mtime=0))
PY
printf "%-8s %-9s %-6s %-8s %s\n" records file_MB pages wall_s peak_RSS_MB
for n in 1000 10000; do
  f=$tmp/crawl_$n.warc.gz
  /usr/bin/time -f "%e %M" -o "$tmp/time" "$dossier" extract --format jsonl "$f" >"$tmp/out.jsonl"
  read -r wall kb <"$tmp/time"
  printf "%-8s %-9s %-6s %-8s %s\n" "$n" "$(du -m "$f" | cut -f1)" "$(wc -l <"$tmp/out.jsonl")" "$wall" $((kb / 1024))
done
