#!/usr/bin/python3
"""readability-lxml (Debian's python3-readability) scored exactly as `dossier eval extract`.

  /usr/bin/python3 scripts/peer_readability.py DIR      # DIR/input + DIR/GoldStandard: word level
  /usr/bin/python3 scripts/peer_readability.py --snippets TRAF_DIR PAGES_DIR
      # trafilatura-eval: TRAF_DIR/evaldata.json, pages unpacked under PAGES_DIR/{cache,eval}

Words: markup tags removed, runs of ASCII letters/digits or non-ASCII bytes (a no-break
space separates), lower-cased; in the gold, the "URL:" line (after blank lines) left out
and character references resolved (tools/dossier/eval/cmd_eval_extract.cc, Words); bag-of-words overlap per page; macro =
mean over pages, micro = over all words. Pages are decoded as UTF-8, else cp1252.
"""
import html
import json
import os
import re
import sys
import time

import lxml.html
from readability import Document

TAG = re.compile(rb"<[^>]*>?")
WORD = re.compile(rb"[A-Za-z0-9\x80-\xff]+")


def words(text, gold=False):
    b = text.encode("utf-8", "replace")
    if gold:
        start = len(b) - len(b.lstrip(b" \t\r\n"))
        if b[start:].startswith(b"URL:"):
            b = b[b.find(b"\n", start) if b"\n" in b[start:] else len(b):]
    b = TAG.sub(b" ", b)
    if gold:  # the gold's character references ("It&#8217;s", "&quot;"), as DecodeEntities
        b = html.unescape(b.decode("utf-8", "replace")).encode("utf-8", "replace")
    b = b.replace(b"\xc2\xa0", b" ")  # a no-break space separates words
    return [w.lower() for w in WORD.findall(b)]


def decode(b):
    if b.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16 with its byte-order mark (five Dragnet golds)
        return b.decode("utf-16", "replace")
    try:
        return b.decode("utf-8-sig")  # a byte-order mark is not text (DecodePage drops it)
    except UnicodeDecodeError:
        return b.decode("cp1252", "replace")


def extract(html):
    try:
        summary = Document(html).summary(html_partial=True)
        return lxml.html.fromstring(summary).text_content()
    except Exception:  # readability raises on some pages; count them as empty
        return ""


def gold_content(text):
    """Dragnet's gold: the article, then a "!@#$%^&*()  COMMENTS" line and the comments."""
    at = text.find("!@#$%^&*()")
    return text if at < 0 else text[:at]


def overlap(got, gold):
    counts = {}
    for w in gold:
        counts[w] = counts.get(w, 0) + 1
    m = 0
    for w in got:
        if counts.get(w, 0) > 0:
            counts[w] -= 1
            m += 1
    return m


def word_level(d):
    ps = rs = fs = 0.0
    gw = ww = mw = n = 0
    for name in sorted(os.listdir(os.path.join(d, "input"))):
        stem = os.path.splitext(name)[0]
        gold_path = os.path.join(d, "GoldStandard", stem + ".txt")
        if not os.path.exists(gold_path):
            continue
        got = words(extract(decode(open(os.path.join(d, "input", name), "rb").read())))
        want = words(gold_content(decode(open(gold_path, "rb").read())), gold=True)
        m = overlap(got, want)
        p = m / len(got) if got else 0.0
        r = m / len(want) if want else 0.0
        ps, rs, fs = ps + p, rs + r, fs + (2 * p * r / (p + r) if p + r else 0.0)
        gw, ww, mw, n = gw + len(got), ww + len(want), mw + m, n + 1
    mp, mr = mw / max(1, gw), mw / max(1, ww)
    print(f"{d}: {n} pages, readability-lxml, word level")
    print(f"macro (mean over pages): precision {ps/n:.3f}  recall {rs/n:.3f}  F1 {fs/n:.3f}")
    print(f"micro (over all words):  precision {mp:.3f}  recall {mr:.3f}  F1 {2*mp*mr/(mp+mr) if mp+mr else 0:.3f}")


def snippets(traf, pages):
    data = json.load(open(os.path.join(traf, "evaldata.json")))
    tp = fn = fp = tn = 0
    t = 0.0
    for item in data.values():
        path = next((os.path.join(pages, s, item["file"]) for s in ("cache", "eval")
                     if os.path.exists(os.path.join(pages, s, item["file"]))), None)
        text = ""
        if path:
            html = decode(open(path, "rb").read())
            t0 = time.perf_counter()
            text = extract(html)
            t += time.perf_counter() - t0
        for s in item["with"]:
            tp, fn = (tp + 1, fn) if s in text else (tp, fn + 1)
        for s in item["without"]:
            fp, tn = (fp + 1, tn) if s in text else (fp, tn + 1)
    p, r = tp / (tp + fp), tp / (tp + fn)
    print(f"trafilatura-eval, readability-lxml: precision {p:.3f}  recall {r:.3f}  "
          f"F1 {2*p*r/(p+r):.3f}  ({1000*t/len(data):.1f} ms/page)")


if __name__ == "__main__":
    if sys.argv[1] == "--snippets":
        snippets(sys.argv[2], sys.argv[3])
    else:
        for d in sys.argv[1:]:
            word_level(d)
