"""The dossier Python package against the CLI and the engine's contracts.

Run by ctest (python_binding_test) with Debian's python3, PYTHONPATH at the built
package, DOSSIER_BINARY the `dossier` of the same build and DOSSIER_SOURCE_DIR the repo.
"""

import glob
import json
import os
import pathlib
import subprocess
import sys
import tempfile
import threading
import unittest
import warnings

import dossier

SOURCE = os.environ.get("DOSSIER_SOURCE_DIR",
                        os.path.join(os.path.dirname(__file__), "..", ".."))
BINARY = os.environ.get("DOSSIER_BINARY", os.path.join(SOURCE, "build/release/tools/dossier/dossier"))
EXAMPLE = os.path.join(SOURCE, "examples", "biden-putin")
STREAM = os.path.join(SOURCE, "examples", "mixed-stream", "stream.jsonl")
PAGES = [os.path.join(SOURCE, "tests", "data", "html", name)
         for name in ("article.html", "latin1.html", "index.html")]


def cli_json(*args):
    """stdout of `dossier ARGS` parsed as JSON (the CLI run from the repo)."""
    run = subprocess.run([BINARY, *args], cwd=SOURCE, capture_output=True, check=False)
    if run.returncode not in (0, 1):
        raise AssertionError("dossier %s: exit %d: %s" % (args, run.returncode, run.stderr))
    return json.loads(run.stdout)


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def example_documents():
    """The example's files as the CLI names them: path as given, raw bytes."""
    return [{"name": os.path.relpath(p, SOURCE), "text": read_bytes(p)}
            for p in sorted(glob.glob(os.path.join(EXAMPLE, "*.txt")))]


def keys_of(value):
    """The shape of a JSON value: its keys and element shapes, not its values."""
    if isinstance(value, dict):
        return {k: keys_of(v) for k, v in value.items()}
    if isinstance(value, list):
        shapes = []
        for v in value:
            s = keys_of(v)
            if s not in shapes:
                shapes.append(s)
        return shapes
    return type(value).__name__


class BriefTest(unittest.TestCase):
    def test_example_briefing_is_the_cli_json(self):
        got = dossier.brief(example_documents())
        want = cli_json("brief", "--format", "json", "examples/biden-putin/")
        self.assertEqual(keys_of(got), keys_of(want))
        self.assertEqual(got, want)
        self.assertEqual(len(got["sources"]), 5)
        self.assertTrue(got["summary"] and got["timeline"] and got["disagreements"])

    def test_options_are_the_cli_flags(self):
        got = dossier.brief(example_documents(), words=60, method="lexrank")
        want = cli_json("brief", "--format", "json", "--words", "60", "--method", "lexrank",
                        "examples/biden-putin/")
        self.assertEqual(got, want)
        self.assertEqual(got["method"], "lexrank")
        words = sum(len(s["text"].split()) for s in got["summary"])
        self.assertLessEqual(words, 60)

    def test_json_lines_records_brief_as_the_cli_reads_them(self):
        with open(STREAM, encoding="utf-8") as f:
            records = [json.loads(line) for line in f]
        mine = [r for r in records if r["id"].startswith("m")]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "mine.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                f.writelines(json.dumps(r) + "\n" for r in mine)
            want = cli_json("brief", "--format", "json", path)
        self.assertEqual(dossier.brief(mine), want)
        self.assertEqual([s["id"] for s in want["sources"]], [r["id"] for r in mine])

    def test_web_pages_brief_as_the_cli_reads_them_and_non_articles_are_left_out(self):
        pages = [{"id": os.path.basename(p), "html": read_bytes(p)} for p in PAGES]
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "pages.jsonl")
            with open(path, "w", encoding="utf-8") as f:
                for d in pages:
                    # JSON holds text: the Latin-1 page's bytes become the same characters.
                    f.write(json.dumps({"id": d["id"], "html": d["html"].decode("latin-1")}) + "\n")
            want = cli_json("brief", "--format", "json", path)
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = dossier.brief(pages)
        self.assertEqual(got, want)
        self.assertEqual([s["id"] for s in got["sources"]], ["article.html"])
        self.assertEqual(got["sources"][0]["title"], "Council approves new bridge")
        left_out = sorted(str(w.message) for w in caught)
        self.assertEqual(left_out, ["document 2: not an article (short page); left out",
                                    "document 3: not an article (short page); left out"])

    def test_same_input_gives_the_same_bytes_in_this_and_another_process(self):
        docs = example_documents()
        first = json.dumps(dossier.brief(docs))
        self.assertEqual(json.dumps(dossier.brief(docs)), first)
        script = ("import json, sys, test_binding, dossier; "
                  "sys.stdout.write(json.dumps(dossier.brief(test_binding.example_documents())))")
        other = subprocess.run([sys.executable, "-c", script], capture_output=True, check=True,
                               cwd=os.path.dirname(os.path.abspath(__file__)),
                               env=dict(os.environ, PYTHONHASHSEED="12345"))
        self.assertEqual(other.stdout.decode("utf-8"), first)

    def test_a_bad_document_raises_with_its_name_unless_not_strict(self):
        docs = example_documents() + [{"name": "blank.txt", "text": "   "}]
        with self.assertRaises(dossier.InvalidArgumentError) as raised:
            dossier.brief(docs)
        self.assertIsInstance(raised.exception, ValueError)
        self.assertIn("1 of 6 documents could not be read", str(raised.exception))
        self.assertIn("blank.txt", str(raised.exception))
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            got = dossier.brief(docs, strict=False)
        self.assertEqual(got, dossier.brief(docs[:-1]))
        self.assertTrue(any("blank.txt" in str(w.message) for w in caught))

    def test_call_errors_raise_with_the_engine_message(self):
        cases = [
            (lambda: dossier.brief([]), dossier.InvalidArgumentError, "no article could be read"),
            (lambda: dossier.brief({"text": "x"}), TypeError, "list (or iterable) of dicts"),
            (lambda: dossier.brief(example_documents(), method="best"),
             dossier.InvalidArgumentError, 'unknown summarization method "best"'),
            (lambda: dossier.brief(example_documents(), words=-1),
             dossier.InvalidArgumentError, "words must be between 0 and 1e9"),
            (lambda: dossier.brief(example_documents(), wordz=5), TypeError,
             "unexpected option 'wordz'"),
        ]
        for call, error, message in cases:
            with self.subTest(message=message):
                with self.assertRaises(error) as raised:
                    call()
                self.assertIn(message, str(raised.exception))


class EngineTest(unittest.TestCase):
    def test_add_reports_each_document_and_keeps_the_good_ones(self):
        engine = dossier.Engine()
        results = engine.add([
            {"id": "a", "title": "Miners rescued", "date": "Dec. 7, 2021",
             "text": "Rescuers pulled twelve miners from the flooded shaft on Tuesday."},
            "not a dict",
            {"title": "Only a headline", "text": ""},
            {"text": 42},
            {"name": "feed/9", "text": "The council met on Monday.", "date": "3021-01-01"},
            {"title": "Miners rescued", "date": "2021-12-07",
             "text": "Rescuers pulled twelve miners from the flooded shaft on Tuesday."},
        ])
        self.assertEqual(len(results), 6)
        self.assertEqual([r["error"] is None for r in results],
                         [True, False, False, False, True, True])
        self.assertEqual(results[1]["error"], "document 2: not a dict but str")
        self.assertIn("document 3: empty text", results[2]["error"])
        self.assertEqual(results[3]["error"],
                         'document 4: field "text" must be str or bytes, not int')
        self.assertEqual(results[4]["name"], "feed/9")
        self.assertEqual(results[4]["warnings"],
                         ['feed/9: date "3021-01-01" is not a plausible date; left empty'])
        # The same article again (its id is its content's): held once.
        self.assertEqual(results[5]["id"], results[0]["id"])
        self.assertTrue(results[5]["already_present"])
        self.assertEqual(len(engine), 2)
        self.assertEqual(engine.ids(), [results[0]["id"], results[4]["id"]])
        article = engine.article(results[0]["id"])
        self.assertEqual((article["id"], article["title"], article["date"]),
                         ("a", "Miners rescued", "2021-12-07"))
        self.assertEqual(len(article["sentences"]), 1)

    def test_stories_and_story_briefings_are_the_cli_ones(self):
        engine = dossier.Engine()
        added = engine.add_files([STREAM])
        self.assertEqual(len(added), 11)
        want = {s["id"]: s for s in cli_json("stories", "--format", "json", STREAM)["stories"]}
        got = engine.stories()
        self.assertEqual([s["id"] for s in got], [1, 2, 3])
        self.assertEqual({s["id"]: s for s in got}, want)
        for story in got:
            with self.subTest(story=story["id"]):
                self.assertEqual(engine.brief(story["id"]),
                                 cli_json("brief", "--format", "json", "--story",
                                          str(story["id"]), STREAM))
        # A list of ids is briefed as one story, in that order.
        ids = got[0]["articles"]
        self.assertEqual([s["article"] for s in engine.brief(ids[::-1])["sources"]], ids[::-1])

    def test_read_files_documents_add_as_the_engine_reads_them(self):
        docs = dossier.read_files([STREAM, os.path.join(SOURCE, "no", "such.txt")])
        self.assertEqual(len(docs), 12)
        self.assertEqual(docs[0]["name"], STREAM + ":1")
        self.assertEqual(docs[0]["id"], "m1")
        self.assertIn("error", docs[-1])
        engine = dossier.Engine()
        results = engine.add(docs)
        errors = [r["error"] for r in results if r["error"]]
        # The headline without text (r3) and the missing file.
        self.assertEqual(len(errors), 2)
        self.assertIn(":10: empty text", errors[0])
        self.assertIn("such.txt", errors[1])
        self.assertEqual([s["size"] for s in engine.stories()], [5, 2, 3])

    def test_unknown_ids_and_bad_targets_raise(self):
        engine = dossier.Engine()
        engine.add(example_documents())
        cases = [
            (lambda: engine.article("00000000000000ff"), dossier.NotFoundError, KeyError,
             "no article with id 00000000000000ff"),
            (lambda: engine.article("xyz"), dossier.InvalidArgumentError, ValueError,
             'article id "xyz" is not 16 hex digits'),
            (lambda: engine.brief(99), dossier.NotFoundError, KeyError, "no story with id 99"),
            (lambda: engine.brief(-1), dossier.NotFoundError, KeyError, "no story with id -1"),
            (lambda: engine.brief([]), dossier.InvalidArgumentError, ValueError,
             "no article ids given"),
            (lambda: engine.brief("00000000000000ff"), TypeError, TypeError,
             "story id (int) or a list of article ids"),
            (lambda: dossier.Engine(cluster={"text_threshold": "high"}),
             dossier.InvalidArgumentError, ValueError, "text_threshold must be a number"),
        ]
        for call, error, base, message in cases:
            with self.subTest(message=message):
                with self.assertRaises(error) as raised:
                    call()
                self.assertIsInstance(raised.exception, base)
                self.assertEqual(str(raised.exception).count(message), 1, str(raised.exception))

    def test_a_database_keeps_articles_stories_and_briefings_across_engines(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "news.db")
            with dossier.Engine(db=path) as engine:
                added = engine.add(dossier.read_files(STREAM))
                stories = engine.stories()
                briefing = engine.brief(stories[0]["id"])
                ids = engine.ids()
            with self.assertRaises(dossier.InvalidArgumentError) as closed:
                engine.stories()
            self.assertIn("the engine is closed", str(closed.exception))
            self.assertTrue(os.path.exists(path))
            reopened = dossier.Engine(db=pathlib.Path(path))  # an os.PathLike works too
            self.assertEqual(len(reopened), 10)
            self.assertEqual(reopened.ids(), ids)
            self.assertEqual(reopened.stories(), stories)
            self.assertEqual(reopened.brief(stories[0]["id"]), briefing)
            article = reopened.article(added[0]["id"])
            self.assertEqual((article["id"], article["title"]),
                             ("m1", "Twelve miners trapped after flood at Kelvale colliery"))
            # Adding the same records again changes nothing.
            again = reopened.add(dossier.read_files(STREAM))
            self.assertTrue(all(r["already_present"] for r in again if r["error"] is None))
            self.assertEqual(reopened.stories(), stories)
            reopened.close()
            reopened.close()
            bad = os.path.join(tmp, "notes.txt")
            with open(bad, "w", encoding="utf-8") as f:
                f.write("not a database, but a page of notes\n" * 200)
            with self.assertRaises(dossier.InvalidArgumentError) as raised:
                dossier.Engine(db=bad)
            self.assertEqual(str(raised.exception),
                             bad + ": not a Dossier database (not an SQLite file)")

    def test_latin1_bytes_are_decoded_and_name_the_same_article(self):
        text = ("Le ministre de l'Économie a présenté mardi à Québec un budget équilibré, "
                "le troisième de suite, malgré une croissance plus faible que prévu. "
                "Les dépenses de santé augmenteront de 4,2 % et celles d'éducation de 3,1 %, "
                "a précisé le ministère des Finances dans un communiqué.\n")
        engine = dossier.Engine()
        as_str, as_latin1 = engine.add([{"title": "Budget", "text": text},
                                        {"title": "Budget", "text": text.encode("latin-1")}])
        self.assertIsNone(as_latin1["error"])
        self.assertEqual(as_latin1["id"], as_str["id"])
        self.assertTrue(as_latin1["already_present"])
        latin1_only = dossier.Engine()
        result = latin1_only.add([{"title": "Budget", "text": text.encode("latin-1")}])[0]
        article = latin1_only.article(result["id"])
        self.assertNotEqual(article["encoding"], "UTF-8")
        self.assertEqual(article["replaced_bytes"], 0)
        self.assertIn("l'Économie a présenté mardi à Québec",
                      " ".join(s["text"] for s in article["sentences"]))

    def test_threads_share_one_engine(self):
        engine = dossier.Engine()
        engine.add(example_documents())
        want = json.dumps(engine.brief(engine.ids()))
        got = []

        def work():
            got.append(json.dumps(engine.brief(engine.ids())))

        threads = [threading.Thread(target=work) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        self.assertEqual(got, [want] * 4)

    def test_closing_while_other_threads_brief_never_crashes(self):
        engine = dossier.Engine()
        engine.add(example_documents())
        ids = engine.ids()
        outcomes = []

        def work():
            try:
                while True:
                    engine.brief(ids)
            except dossier.InvalidArgumentError as e:
                outcomes.append(str(e))
            except Exception as e:  # anything else is a failure of the test
                outcomes.append("unexpected %r" % e)

        threads = [threading.Thread(target=work) for _ in range(3)]
        for t in threads:
            t.start()
        engine.brief(ids)  # let the threads get going
        engine.close()
        for t in threads:
            t.join()
        self.assertEqual(outcomes, ["the engine is closed"] * 3)


class ExtractPageTest(unittest.TestCase):
    def test_main_text_and_metadata_of_a_page(self):
        page = dossier.extract_page(read_bytes(PAGES[0]),
                                    url="https://www.example.org/bridge", name="bridge")
        self.assertEqual(page["name"], "bridge")
        self.assertEqual(page["title"], "Council approves new bridge")
        self.assertEqual(page["url"], "https://www.example.org/bridge")
        self.assertEqual(page["page_kind"], "article")
        self.assertTrue(page["text"].startswith("The city council voted 7 to 2"))
        self.assertNotIn("cookie", page["text"].lower())
        latin1 = dossier.extract_page(read_bytes(PAGES[1]))
        self.assertEqual(latin1["title"], "Café")
        self.assertIn("après six mois", latin1["text"])
        with self.assertRaises(TypeError):
            dossier.extract_page(12)


if __name__ == "__main__":
    unittest.main()
