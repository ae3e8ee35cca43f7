"""Dossier from Python: briefings of many news articles by the C++ engine.

    import dossier

    docs = [{"id": "a1", "title": "...", "date": "2021-12-07", "source": "AP",
             "text": "..."},                                  # str, or bytes in any encoding
            {"url": "https://example.com/x", "html": page_bytes}]   # a web page
    briefing = dossier.brief(docs, words=150)      # the JSON of `dossier brief --format json`

    engine = dossier.Engine()
    results = engine.add(docs)                     # one result per document, bad ones included
    for story in engine.stories():                 # online story clustering, arrival order
        print(story["id"], story["size"], story["label"])
    b = engine.brief(story["id"])                  # or engine.brief([article ids])

A document is a dict with `text` (str, or bytes read in any encoding and decoded as
the CLI decodes files) or `html` (a web page, str or bytes: its main text and metadata
are extracted), and optionally `name` (named in messages), `id`, `title`, `date` (any
form the engine reads), `url` and `source`. Fields given win over what is read from the
content. Briefings are the dicts `dossier brief --format json` prints; article ids are
16-hex-digit strings. Errors raise dossier.Error subclasses (errors.py) with the
engine's message. The engine's work runs without the GIL. docs/python.md has the rest;
dossier.dask runs a corpus on a Dask cluster with the same results.
"""

import warnings as _warnings

from dossier import _core
from dossier.errors import (DossierWarning, Error, InternalError, InvalidArgumentError,
                            IoError, NotFoundError, OutOfRangeError)

__all__ = [
    "brief", "Engine", "read_files", "extract_page", "Error", "InvalidArgumentError",
    "NotFoundError", "IoError", "OutOfRangeError", "InternalError", "DossierWarning",
]


class Engine:
    """Holds many articles and answers for them (include/dossier/engine.h).

    Engine(db=None, *, clean=True, cluster=None)
      db       a SQLite database path (str or os.PathLike): articles, cleaning evidence
               and stories are committed as they are added, and a later Engine(db=same
               path) finds them with the same ids and story ids (docs/storage.md). None
               keeps everything in memory.
      clean    remove boilerplate (share bars, newsletter prompts, lines repeated across
               articles); False keeps every line as body text.
      cluster  story clustering options (dict of ClusterOptions fields in
               include/dossier/story.h, e.g. {"text_threshold": 0.25}).
    A reopened database keeps the `clean` and `cluster` options it was made with.
    close() (or leaving a `with` block) closes the database; the engine cannot be used
    after (InvalidArgumentError).
    """

    def __init__(self, db=None, *, clean=True, cluster=None):
        self._engine = _core.Engine(db, clean=clean, cluster=cluster)

    def close(self):
        """Closes the engine (and its database). Every added article is already
        committed; closing only releases the file. Idempotent."""
        self._engine.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False

    def add(self, documents):
        """Adds documents (a list of dicts); returns one result dict per document:
        {"name", "id" (None when rejected), "error" (None when read), "input_id",
        "already_present", "warnings", and "page_kind" for web pages}. A bad document
        is reported in its result and the others are added."""
        return self._engine.add(documents)

    def add_files(self, paths):
        """Reads files and directories as the CLI does (every format of docs/formats.md)
        and adds their articles; one result per article or unreadable record."""
        return self._engine.add_files(list(paths))

    def article(self, article_id):
        """The article, cleaned and split into sentences, as `dossier clean --format
        json` prints it (with removed spans and their reasons). NotFoundError for an
        unknown id."""
        return self._engine.article(article_id)

    def ids(self):
        """Every article's id, in the order first added."""
        return self._engine.ids()

    def __len__(self):
        return len(self._engine)

    def stories(self):
        """The stories of the articles so far, by id: dicts {"id", "label", "size",
        "outlets", "first_date", "last_date", "undated", "near_copies", "articles"}."""
        return self._engine.stories()

    def merges(self):
        """Stories merged into older ones so far: [{"from", "into"}] in order."""
        return self._engine.merges()

    def brief(self, target, **options):
        """The briefing of story `target` (an int from stories()) or of the articles
        `target` (a list of ids, taken as one story, listed in that order).

        Options: words, sentences, bytes (summary budgets), method ("concept",
        "lead", "centroid", "lexrank", "textrank", "mmr", "submodular"), and the other
        BriefingOptions fields of include/dossier/options.h by name."""
        return self._engine.brief(target, **options)


def brief(documents, *, strict=True, clean=True, **options):
    """The briefing of `documents` taken as one story, as `dossier brief --format json`
    prints it for the same articles.

    With strict (the default) a document that cannot be read raises
    InvalidArgumentError naming every rejected document; with strict=False it is left
    out with a DossierWarning. Web pages that are not articles (an index page) are left
    out with a warning, as the CLI does. Options as Engine.brief."""
    engine = Engine(clean=clean)
    results = engine.add(documents)
    # A web page that is not an article (an index page) is left out, not an error.
    rejected = [r for r in results if r["error"] is not None and not _not_article(r)]
    if rejected and strict:
        raise InvalidArgumentError(
            "%d of %d documents could not be read: %s"
            % (len(rejected), len(results), "; ".join(r["error"] for r in rejected)))
    for r in results:
        for w in r["warnings"]:
            _warnings.warn(w, DossierWarning, stacklevel=2)
    for r in rejected:
        _warnings.warn(r["error"], DossierWarning, stacklevel=2)
    ids, seen = [], set()
    for r in results:
        if _not_article(r):
            _warnings.warn("%s: not an article (%s page); left out" % (r["name"], r["page_kind"]),
                           DossierWarning, stacklevel=2)
            continue
        if r["id"] is None or r["id"] in seen:
            continue
        seen.add(r["id"])
        ids.append(r["id"])
    if not ids:
        raise InvalidArgumentError("brief: no article could be read")
    return engine.brief(ids, **options)


def _not_article(result):
    return result.get("page_kind", "") not in ("", "article")


def read_files(paths, format="auto"):
    """Reads files and directories (recursively, sorted) in every input format of the
    CLI (text with headers, JSON Lines of common news tools, web pages, WARC, feeds) into
    document dicts that Engine.add and dossier.brief take; a record that cannot be read
    is {"name", "error"}, which Engine.add reports as rejected. format: "auto", "text",
    "jsonl", "multinews" or "html"."""
    if isinstance(paths, (str, bytes)):
        paths = [paths]
    return _core.read_files([str(p) for p in paths], format)


def extract_page(page, url="", name="page"):
    """The main text and metadata of one web page (str or bytes, gzipped or not, any
    encoding) as a document dict, with "page_kind" ("article", "index", "short"),
    "encoding" and, when found, "language" and "byline"."""
    return _core.extract_page(page, url, name)
