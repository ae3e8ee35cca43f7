#!/usr/bin/python3
"""Writes a WARC.gz of N response records (one gzip member each, as crawlers write them)
from the HTML pages in a folder, cycling through them; for measuring the WARC reader.

  /usr/bin/python3 scripts/make_warc.py N OUT.warc.gz PAGES_DIR

Each page becomes an HTTP 200 text/html response whose WARC-Target-URI is
https://example.org/N/<file name>; the file names are taken in sorted order.
"""
import gzip
import os
import sys


def record(uri, body):
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + body
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: %s\r\n"
            "Content-Type: application/http; msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % (uri, len(http))).encode()
    return head + http + b"\r\n\r\n"


def main():
    n, out, pages = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    names = sorted(f for f in os.listdir(pages) if os.path.isfile(os.path.join(pages, f)))
    with open(out, "wb") as f:
        for i in range(n):
            name = names[i % len(names)]
            with open(os.path.join(pages, name), "rb") as p:
                body = p.read()
            if body[:2] == b"\x1f\x8b":
                body = gzip.decompress(body)
            f.write(gzip.compress(record("https://example.org/%d/%s" % (i, name), body), 6))


if __name__ == "__main__":
    main()
