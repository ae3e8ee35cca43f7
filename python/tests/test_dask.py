"""dossier.dask on a LocalCluster of two worker processes: the distributed result must
equal one Engine's in one process (same stories, same briefing bytes, same rejections).

Run by ctest (python_dask_test) with Debian's python3 and python3-distributed.
"""

import gzip
import json
import logging
import os
import tempfile
import unittest

from distributed import Client, LocalCluster

import dossier.dask

SOURCE = os.environ.get("DOSSIER_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
EXAMPLE = os.path.join(SOURCE, "examples", "biden-putin")
STREAM = os.path.join(SOURCE, "examples", "mixed-stream", "stream.jsonl")
PAGES = [os.path.join(SOURCE, "tests", "data", "html", name)
         for name in ("article.html", "latin1.html", "index.html")]

# One line of site furniture in articles of three different stories: only the count over
# the whole corpus (three articles) makes it boilerplate, so a briefing computed with its
# own partition's evidence alone would keep it.
FURNITURE = "Photographs from the scene were taken by our staff photographers on duty that day"
FURNITURE_DOCS = [
    {"name": "f1", "source": "a.example", "text":
     "Rescuers pulled twelve miners from the flooded Tarkwa shaft on Tuesday, the mining "
     "ministry said.\n\n" + FURNITURE + "\n\nThe mine had been closed twice for safety "
     "violations since 2019."},
    {"name": "f2", "source": "b.example", "text":
     "Chilean senators approved the pension reform bill on Wednesday by 27 votes to 19, "
     "after a debate that lasted two days in Valparaiso.\n\n" + FURNITURE + "\n\nThe bill "
     "now returns to the lower house, where the government holds a narrow majority."},
    {"name": "f3", "source": "c.example", "text":
     "The harbour council voted to extend the tram line to Northpoint at a cost of 210 "
     "million dollars, the transport committee said.\n\n" + FURNITURE + "\n\nWork on the "
     "four new stops starts next spring and should end in 2027."},
]


def write_pages_jsonl(path):
    """Web pages as JSON Lines (one of them an index page), and a broken line."""
    with open(path, "w", encoding="utf-8") as f:
        for page in PAGES:
            with open(page, "rb") as p:
                html = p.read().decode("latin-1" if "latin1" in page else "utf-8")
            f.write(json.dumps({"id": os.path.basename(page), "html": html}) + "\n")
        f.write('{"id": "broken", "text": "no closing quote}\n')


def write_warc(path):
    """A gzipped WARC crawl, as a crawler stores responses (a request record and an
    image among them): the article page again (the same article as in pages.jsonl: held
    once) and a lightly edited copy of it (a new article, a near copy)."""
    with open(PAGES[0], "rb") as f:
        page = f.read()

    def record(kind, uri, content_type, block):
        head = ("WARC/1.0\r\nWARC-Type: %s\r\nWARC-Target-URI: %s\r\nContent-Type: %s\r\n"
                "Content-Length: %d\r\n\r\n" % (kind, uri, content_type, len(block)))
        return head.encode("ascii") + block + b"\r\n\r\n"

    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n"
    with gzip.open(path, "wb") as f:
        f.write(record("request", "https://a.example/bridge", "application/http; msgtype=request",
                       b"GET /bridge HTTP/1.1\r\n\r\n"))
        f.write(record("response", "https://a.example/bridge",
                       "application/http; msgtype=response", http + page))
        f.write(record("response", "https://a.example/logo.png",
                       "application/http; msgtype=response",
                       b"HTTP/1.1 200 OK\r\nContent-Type: image/png\r\n\r\n\x89PNG"))
        f.write(record("response", "https://b.example/bridge-vote",
                       "application/http; msgtype=response",
                       http + page.replace(b"voted 7 to 2", b"voted 8 to 1")))


class DaskTest(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
        cls.client = Client(cls.cluster)
        cls.tmp = tempfile.TemporaryDirectory()

    @classmethod
    def tearDownClass(cls):
        cls.client.close()
        cls.cluster.close()
        cls.tmp.cleanup()

    def assertSameResult(self, got, want):
        self.assertEqual(got["rejected"], want["rejected"])
        self.assertEqual(got["stories"], want["stories"])
        self.assertEqual(sorted(got["briefings"]), sorted(want["briefings"]))
        for story, briefing in want["briefings"].items():
            with self.subTest(story=story):
                self.assertEqual(json.dumps(got["briefings"][story]), json.dumps(briefing))

    def test_files_give_the_single_process_result(self):
        pages = os.path.join(self.tmp.name, "pages.jsonl")
        write_pages_jsonl(pages)
        crawl = os.path.join(self.tmp.name, "crawl.warc.gz")
        write_warc(crawl)
        paths = [STREAM, EXAMPLE, pages, crawl]
        got = dossier.dask.brief_files(self.client, paths, words=80)
        want = dossier.dask.brief_files_locally(paths, words=80)
        self.assertSameResult(got, want)
        # The stream's three stories; the example, which arrives after them, in two (the
        # clusterer's reading, the same in both runs); the article page with its edited
        # copy from the crawl (the crawl's unedited page is the same article, held once);
        # and the short Latin-1 page.
        self.assertEqual([s["size"] for s in got["stories"]], [5, 2, 3, 2, 3, 2, 1])
        self.assertEqual(got["stories"][5]["near_copies"], 1)
        self.assertEqual(len(got["briefings"]), 7)
        example = sorted(s["id"] for story in (4, 5) for s in got["briefings"][story]["sources"])
        self.assertEqual(example, ["000_fe2a3623769d33c7", "001_41cfc3830accd647",
                                   "002_7e25dc2e0c029c9b", "003_c26feeb0a20361a3",
                                   "004_360080f3a78997b5"])
        rejected = [(r["name"].replace(SOURCE + "/", ""), r["error"].split(": ", 1)[1])
                    for r in got["rejected"]]
        self.assertEqual(rejected[0], ("examples/mixed-stream/stream.jsonl:10",
                                       "empty text (a headline alone is not an article "
                                       "Engine::Add takes)"))
        self.assertEqual(rejected[1], (pages + ":3", "no main text (short page)"))
        self.assertEqual(rejected[2][0], pages + ":4")
        self.assertTrue(rejected[2][1].startswith("broken JSON"), rejected[2])
        self.assertEqual(len(rejected), 3)

    def test_documents_across_partitions_are_cleaned_with_the_whole_corpus_evidence(self):
        stream = dossier.read_files([STREAM])[:9]
        # Three partitions of four documents, one furniture article in each.
        docs = (stream[0:3] + FURNITURE_DOCS[0:1] + stream[3:6] + FURNITURE_DOCS[1:2] +
                stream[6:9] + FURNITURE_DOCS[2:3])
        got = dossier.dask.brief_documents(self.client, docs, partitions=3)
        want = dossier.dask.brief_documents_locally(docs)
        self.assertSameResult(got, want)
        # The furniture articles join the stream's stories or one another (the clusterer
        # reads text before cleaning), so their partitions' stories mix: f3 joins the tram
        # story; f1 (another mine than the stream's Kelvale, whose name its story repeats)
        # and f2 pair up on the shared furniture line.
        self.assertEqual([s["size"] for s in got["stories"]], [5, 3, 2, 2])
        text = json.dumps(got["briefings"])
        self.assertIn("Rescuers pulled twelve miners", text)
        self.assertNotIn("Photographs from the scene", text)
        # The same article alone, with only its own evidence, keeps the line in its
        # cleaned text (no briefing shows it: a line without a final stop is no summary
        # sentence).
        alone = dossier.dask.brief_documents(self.client, FURNITURE_DOCS[:1], partitions=1)
        self.assertSameResult(alone, dossier.dask.brief_documents_locally(FURNITURE_DOCS[:1]))
        for docs, kept in ((FURNITURE_DOCS[:1], True), (FURNITURE_DOCS, False)):
            engine = dossier.Engine()
            added = engine.add(docs)
            sentences = [s["text"] for s in engine.article(added[0]["id"])["sentences"]]
            self.assertEqual(FURNITURE in sentences, kept, len(docs))

    def test_min_size_and_options_reach_the_workers(self):
        got = dossier.dask.brief_files(self.client, [STREAM], min_size=3, sentences=1,
                                       method="lead")
        want = dossier.dask.brief_files_locally([STREAM], min_size=3, sentences=1,
                                                method="lead")
        self.assertSameResult(got, want)
        self.assertEqual(sorted(got["briefings"]), [1, 3])
        for briefing in got["briefings"].values():
            self.assertEqual(briefing["method"], "lead")
            self.assertEqual(len(briefing["summary"]), 1)


if __name__ == "__main__":
    unittest.main()
