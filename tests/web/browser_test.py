#!/usr/bin/env python3
"""The web page in a real headless Chromium (Debian's chromium + chromium-driver, driven
by python3-selenium), against `dossier serve` on a free loopback port.

The server serves a temporary story database built from the bundled examples
(`dossier ingest --db` of examples/biden-putin and examples/mixed-stream), and the test
POSTs tests/data/server/unicode_story.jsonl through the API: articles whose texts hold
2-, 3- and 4-byte UTF-8 characters before the cited sentences, and
<script>/<img onerror>/javascript: strings that must stay text. `--memory` serves the
examples from an in-memory engine instead.

Checks: the story list is newest first with outlets and time span; clicking a story
shows its briefing (summary, timeline, disagreements side by side, sources with
flags); clicking a citation opens its article with exactly the cited bytes highlighted
(the <mark> text equals the UTF-8 slice [begin, end) of the article's text); no
injected script ran and no injected element exists; byte offsets map to string
positions correctly (a table run inside the page). Screenshots are written to --out.

Exit 0 pass, 1 fail, 77 skip (only when no chromium is installed).
"""
import argparse
import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request

SKIP = 77
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage", "--window-size=1500,1000",
]


class Failure(Exception):
    pass


def check(condition, message):
    if not condition:
        raise Failure(message)


def build_database(binary, path, inputs):
    """`dossier ingest --db PATH INPUTS`: the database the server will serve."""
    done = subprocess.run([binary, "ingest", "--db", path, *inputs], capture_output=True, timeout=120)
    check(done.returncode == 0, "dossier ingest failed: " + done.stderr.decode(errors="replace"))
    print(done.stdout.decode().strip())


def start_server(binary, args, timeout=30):
    """Starts `dossier serve --port 0 ARGS`; returns (process, base url)."""
    proc = subprocess.Popen([binary, "serve", "--port", "0", *args],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    deadline = time.time() + timeout
    seen = b""
    while time.time() < deadline:
        ready, _, _ = select.select([proc.stderr], [], [], 0.5)
        if ready:
            line = proc.stderr.readline()
            if not line:
                break
            seen += line
            marker = b"listening on "
            if marker in line:
                url = line.split(marker, 1)[1].split()[0].decode()
                return proc, url.rstrip("/")
    proc.kill()
    raise Failure("dossier serve did not start: " + seen.decode(errors="replace"))


def api(base, path, body=None, content_type="application/json"):
    request = urllib.request.Request(base + "/api/v1" + path, data=body,
                                     headers={"Content-Type": content_type} if body else {})
    with urllib.request.urlopen(request, timeout=30) as response:
        return json.loads(response.read().decode("utf-8"))


def utf8_slice(text, begin, end):
    return text.encode("utf-8")[begin:end].decode("utf-8")


def make_driver(profile):
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service
    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium")
    for flag in CHROMIUM_FLAGS + ["--user-data-dir=" + profile]:
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver_path = shutil.which("chromedriver") or "/usr/bin/chromedriver"
    check(os.path.exists(driver_path), "chromium is installed but chromedriver is not "
                                       "(apt-get install chromium-driver)")
    return webdriver.Chrome(service=Service(executable_path=driver_path), options=options)


class PageTest:
    def __init__(self, driver, base, out_dir):
        self.d = driver
        self.base = base
        self.out = out_dir
        self.shots = 0

    def wait(self, condition, what, timeout=15):
        from selenium.webdriver.support.ui import WebDriverWait
        try:
            return WebDriverWait(self.d, timeout).until(lambda d: condition())
        except Exception as e:  # TimeoutException carries no message worth keeping
            self.screenshot("failure")
            raise Failure("timed out waiting for " + what) from e

    def screenshot(self, name):
        self.shots += 1
        path = os.path.join(self.out, "%02d-%s.png" % (self.shots, name))
        self.d.save_screenshot(path)
        print("screenshot:", path)

    def css(self, selector):
        from selenium.webdriver.common.by import By
        return self.d.find_elements(By.CSS_SELECTOR, selector)

    def story_links(self):
        return self.css("#story-list a.story")

    def open_story(self, label_part):
        links = [a for a in self.story_links() if label_part in a.text]
        check(len(links) == 1, "one story link holding %r, found %d" % (label_part, len(links)))
        story_id = links[0].get_attribute("data-story")
        label = api(self.base, "/stories/" + story_id)["label"]
        links[0].click()
        # The hash changes at once, the briefing when it has loaded: wait for its heading.
        self.wait(lambda: self.d.execute_script("return location.hash") == "#/story/" + story_id
                  and [h.text for h in self.css("#briefing h2")] == [label]
                  and self.css("#briefing #sources li"),
                  "the briefing of story " + story_id)
        return story_id

    def click_citation(self, button, article_cache):
        """Clicks a citation button; checks the highlighted text is the cited bytes."""
        aid = button.get_attribute("data-article")
        begin, end = int(button.get_attribute("data-begin")), int(button.get_attribute("data-end"))
        article = article_cache.setdefault(aid, api(self.base, "/articles/" + aid))
        want = utf8_slice(article["text"], begin, end)
        self.d.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)
        button.click()
        self.wait(lambda: self.marked_text() == want,
                  "the cited passage of %s [%d, %d) to be highlighted: %r (shown %r)"
                  % (aid, begin, end, want, self.marked_text()))
        return article, begin, end, want

    def marked_text(self):
        return "".join(m.text for m in self.css("#article-body mark.cited"))


def non_ascii_before(article, begin):
    return any(b >= 0x80 for b in article["text"].encode("utf-8")[:begin])


def check_offsets_table(t):
    cases = [
        ("plain", [0, 3, 5], [0, 3, 5]),
        ("aü’🚠b", [0, 1, 3, 6, 10, 11], [0, 1, 2, 3, 5, 6]),
        ("北京 🚠🚠 x", [3, 6, 7, 11, 15, 16, 17], [1, 2, 3, 5, 7, 8, 9]),
        ("", [0, 4], [0, 0]),
    ]
    for text, offsets, want in cases:
        got = t.d.execute_script(
            "return window.DossierOffsets.byteOffsetsToIndexes(arguments[0], arguments[1])",
            text, offsets)
        check(got == want, "offsets of %r %s: want %s, got %s" % (text, offsets, want, got))
        length = t.d.execute_script("return window.DossierOffsets.utf8ByteLength(arguments[0])", text)
        check(length == len(text.encode("utf-8")), "utf8ByteLength(%r) = %s" % (text, length))


def check_story_list(t):
    t.d.get(t.base + "/")
    want = api(t.base, "/stories?limit=50")["stories"]
    t.wait(lambda: len(t.story_links()) == len(want), "%d stories in the list" % len(want))
    shown = [a.get_attribute("data-story") for a in t.story_links()]
    check(shown == [str(s["id"]) for s in want], "list order %s is the API's newest first" % shown)
    lasts = [s["last"] for s in want if s["last"]]
    check(lasts == sorted(lasts, reverse=True), "newest first: %s" % lasts)
    first = t.story_links()[0].text
    check(want[0]["outlets"][0] in first and want[0]["last"] in first,
          "a story shows its outlets and time span: %r" % first)
    t.screenshot("story-list")


def check_unicode_story(t, articles):
    t.open_story("funicular")
    t.screenshot("briefing-unicode")
    buttons = t.css("#summary button.cite")
    check(buttons, "the summary has citations")
    chosen = None
    for b in buttons:
        aid, begin = b.get_attribute("data-article"), int(b.get_attribute("data-begin"))
        article = articles.setdefault(aid, api(t.base, "/articles/" + aid))
        if non_ascii_before(article, begin):
            chosen = b
            break
    check(chosen is not None, "a summary citation comes after non-ASCII text in its article")
    article, begin, end, want = t.click_citation(chosen, articles)
    item = chosen.find_element("xpath", "./..").text
    check(want in item, "the highlighted passage %r is the summary sentence %r" % (want, item))
    t.screenshot("citation-unicode")
    # Hostile strings are shown as text, and nothing they carry ran or exists.
    check(t.d.execute_script("return window.__pwned === undefined"), "no injected script ran")
    check(not t.css("#briefing script, #briefing img, #article-body script, #article-body img"),
          "no injected element in the page")
    sources = t.css("#sources")[0].text
    check("<script>window.__pwned=1</script>" in sources, "a <script> title is shown as text")
    check(not [a for a in t.css("#briefing a") if a.get_attribute("href").startswith("javascript")],
          "a javascript: url is never a link")
    u1 = [aid for aid, a in articles.items() if a.get("id") == "u1"]
    if not u1:
        for b in t.css("#briefing button.cite"):
            aid = b.get_attribute("data-article")
            articles.setdefault(aid, api(t.base, "/articles/" + aid))
        u1 = [aid for aid, a in articles.items() if a.get("id") == "u1"]
    check(u1, "article u1 is cited in the briefing")
    b = [x for x in t.css("#briefing button.cite") if x.get_attribute("data-article") == u1[0]][0]
    t.click_citation(b, articles)
    shown = t.css("#article-body .text")[0].text
    check('<img src=x onerror="window.__pwned=2">' in shown, "an <img onerror> in the text is shown as text")
    check(t.d.execute_script("return window.__pwned === undefined"), "no injected handler ran")
    t.screenshot("article-hostile-text")


def check_biden_story(t, articles):
    t.open_story("Biden Putin")
    disagreements = t.css("#disagreements .disagreement")
    check(len(disagreements) >= 3, "the example's disagreements are shown (%d)" % len(disagreements))
    for dis in disagreements:
        sides = dis.find_elements("css selector", ".sides .side")
        check(len(sides) >= 1, "a disagreement shows its sides")
    check(any(len(d.find_elements("css selector", ".sides .side")) >= 2 for d in disagreements),
          "some disagreement shows two sources side by side")
    check(len(t.css("#timeline li")) >= 5, "the timeline is shown")
    flags = t.css("#sources .flag")
    check(any("suspect copy" in f.text for f in flags), "the garbled copy is flagged suspect")
    check(any("stale-date" in f.text for f in flags), "the stale copyright is flagged")
    t.screenshot("briefing-biden")
    t.d.execute_script("document.getElementById('sources').scrollIntoView()")
    t.screenshot("sources-with-flags")
    # A disagreement citation into an article with curly quotes before it.
    for b in t.css("#disagreements button.cite"):
        aid, begin = b.get_attribute("data-article"), int(b.get_attribute("data-begin"))
        article = articles.setdefault(aid, api(t.base, "/articles/" + aid))
        if non_ascii_before(article, begin):
            t.click_citation(b, articles)
            t.screenshot("citation-disagreement")
            return
    raise Failure("no disagreement citation after non-ASCII text in the example")


def check_search(t):
    box = t.css("#q")[0]
    box.clear()
    box.send_keys("marathon")
    t.css("#filters button")[0].click()
    t.wait(lambda: len(t.story_links()) == 1 and "Okafor" in t.story_links()[0].text,
           "the search to leave the marathon story")
    t.screenshot("search")


def run(args):
    if not shutil.which("chromium"):
        print("SKIP: chromium is not installed (scripts/install-deps.sh installs it)")
        return SKIP
    try:
        import selenium  # noqa: F401
    except ImportError:
        raise Failure("chromium is installed but python3-selenium is not")
    os.makedirs(args.out, exist_ok=True)
    src = args.source_dir
    examples = [os.path.join(src, "examples/biden-putin"),
                os.path.join(src, "examples/mixed-stream/stream.jsonl")]
    work = tempfile.mkdtemp(prefix="dossier-browser-test-")
    try:
        if args.memory:
            serve_args = examples
        else:
            database = os.path.join(work, "examples.db")
            build_database(args.binary, database, examples)
            serve_args = ["--db", database]
        proc, base = start_server(args.binary, serve_args)
    except Failure:
        shutil.rmtree(work, ignore_errors=True)
        raise
    profile = os.path.join(work, "chromium-profile")
    driver = None
    try:
        with open(os.path.join(src, "tests/data/server/unicode_story.jsonl"), "rb") as f:
            posted = api(base, "/articles", f.read(), "application/x-ndjson")
        check(posted["added"] == 3, "the fixture's three articles are added: %s" % posted)
        driver = make_driver(profile)
        t = PageTest(driver, base, args.out)
        articles = {}
        check_story_list(t)
        check_offsets_table(t)
        check_unicode_story(t, articles)
        check_biden_story(t, articles)
        check_search(t)
        errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
        check(not errors, "no console errors: %s" % errors)
    finally:
        if driver is not None:
            driver.quit()
        proc.terminate()
        try:
            code = proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            proc.kill()
            raise Failure("dossier serve did not stop on SIGTERM")
    shutil.rmtree(work, ignore_errors=True)
    check(code == 0, "dossier serve exited with %d after SIGTERM" % code)
    print("PASS: story list, briefing, citations (UTF-8 offsets), escaping, search")
    return 0


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--binary", required=True, help="the dossier executable")
    parser.add_argument("--source-dir", required=True, help="the repository root")
    parser.add_argument("--out", required=True, help="directory for screenshots")
    parser.add_argument("--memory", action="store_true",
                        help="serve the examples from memory instead of a database")
    args = parser.parse_args()
    try:
        return run(args)
    except Failure as e:
        print("FAIL:", e, file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
