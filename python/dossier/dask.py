"""Briefings of a large corpus on a Dask cluster, identical to one Engine's.

    from distributed import Client
    import dossier.dask

    client = Client("tcp://scheduler:8786")          # or a LocalCluster
    result = dossier.dask.brief_files(client, ["crawl/2024-01-01.warc.gz", ...], min_size=3)
    result["stories"]      # every story, as Engine.stories() lists them
    result["briefings"]    # {story id: briefing dict} for stories of >= min_size articles
    result["rejected"]     # [{"name", "error"}] for records that could not be read

How the work is split (include/dossier/parts.h is the C++ side):

1. Extraction, on the workers, one task per input file (a partition): read the records
   (JSON Lines, web pages, WARC, feeds), extract the main text of web pages, and make
   each article's record: its content id, boilerplate keys, and story features (weighted
   stem terms and the near-copy fingerprint: shingles, MinHash, paragraph hashes). The
   documents stay on the workers (persisted); only the records travel.
2. Story assignment, on the client, one sequential pass: online clustering depends on
   arrival order, so the records are fed to one StoryPlanner in input order (file by
   file, record by record), streamed partition by partition. The planner drops repeated
   articles, counts the cleaning evidence (how many articles hold each short line) and
   places each article in a story. Its cost is the clusterer's placement (about 13,000
   full-text articles/s on one thread, bench/parts_benchmark); its memory is the
   clusterer's bounded state plus under a kilobyte per article.
3. Briefing, on the workers: each kept document is tagged with its story, documents are
   shuffled by story (a Dask bag groupby), and each story is briefed with the planner's
   evidence about its lines, so boilerplate is judged over the whole corpus.

The result equals brief_files_locally (one Engine in one process) for the same files:
same ids, same stories, same briefing bytes (python/tests/test_dask.py checks it on a
LocalCluster). docs/python.md says how to run it on a real cluster.
"""

import dask
import dask.bag as db

from dossier import _core
from dossier.errors import InvalidArgumentError

__all__ = ["brief_files", "brief_documents", "brief_files_locally", "brief_documents_locally"]


# --- step 1: on the workers ---------------------------------------------------------

def _prepare_file(item, fmt, clean, cluster):
    index, path = item
    entries = _core.prepare(_core.read_files([path], fmt), clean=clean, cluster=cluster)
    for k, e in enumerate(entries):
        e["pos"] = (index, k)
    return entries


def _prepare_chunk(item, clean, cluster):
    index, first, documents = item
    entries = _core.prepare(documents, first=first, clean=clean, cluster=cluster)
    for k, e in enumerate(entries):
        e["pos"] = (index, k)
    return entries


def _records(entries):
    """What the client needs of a partition: no document text."""
    return [(e["pos"], e.get("record"), e.get("name", e.get("doc", {}).get("name")),
             e.get("error")) for e in entries]


# --- step 3: on the workers ---------------------------------------------------------

def _tag(entries, assignment):
    """(story, index in story, id, document) for the documents kept for a briefing."""
    out = []
    for e in entries:
        placed = assignment.get(e["pos"])
        if placed is not None:
            story, index, article_id = placed
            out.append((story, index, article_id, e["doc"]))
    return out


def _brief_group(group, evidence, clean, options):
    story, members = group
    members = sorted(members, key=lambda m: m[1])
    docs = [m[3] for m in members]
    ids = [m[2] for m in members]
    return story, _core.brief_articles(docs, ids, evidence[story], clean=clean, **options)


# --- the pipeline ---------------------------------------------------------------------

def _plan(client, prepared, clean, cluster, min_size):
    """Step 2: the records in input order through one planner."""
    planner = _core.StoryPlanner(clean=clean, cluster=cluster)
    rejected, first_pos = [], {}
    futures = client.compute(prepared.map_partitions(_records).to_delayed())
    for future in futures:                      # input order; partitions run in parallel
        for pos, record, name, error in future.result():
            if record is None:
                rejected.append({"name": name, "error": error})
                continue
            article_id, present = planner.add(record)
            if not present:
                first_pos[article_id] = pos
        future.release()
    stories = planner.stories()
    assignment, evidence = {}, {}
    for s in stories:
        if s["size"] < min_size:
            continue
        for index, article_id in enumerate(s["articles"]):
            assignment[first_pos[article_id]] = (s["id"], index, article_id)
        evidence[s["id"]] = planner.evidence(s["articles"])
    return stories, assignment, evidence, rejected


def _run(client, source, clean, cluster, min_size, options):
    prepared = client.persist(source)
    stories, assignment, evidence, rejected = _plan(client, prepared, clean, cluster, min_size)
    briefings = {}
    if assignment:
        tagged = prepared.map_partitions(_tag, dask.delayed(assignment, traverse=False))
        groups = tagged.groupby(lambda t: t[0], shuffle="tasks")
        done = groups.map(_brief_group, dask.delayed(evidence, traverse=False), clean, options)
        briefings = dict(sorted(client.compute(done).result()))
    del prepared
    return {"stories": stories, "briefings": briefings, "rejected": rejected}


def brief_files(client, paths, *, format="auto", min_size=1, clean=True, cluster=None,
                **options):
    """Briefs every story of at least `min_size` articles of the files `paths` (each a
    partition; a directory is read recursively, sorted) on the cluster of `client`.
    Returns {"stories", "briefings", "rejected"}. Options as dossier.Engine.brief.
    Workers open the paths themselves: give paths as the workers see them (absolute,
    on a file system every worker mounts at the same place)."""
    if isinstance(paths, (str, bytes)):
        paths = [paths]
    paths = [str(p) for p in paths]
    if not paths:
        raise InvalidArgumentError("brief_files: no input paths")
    source = db.from_sequence(list(enumerate(paths)), npartitions=len(paths)).map(
        _prepare_file, format, clean, cluster).flatten()
    return _run(client, source, clean, cluster, min_size, options)


def brief_documents(client, documents, *, partitions=None, min_size=1, clean=True,
                    cluster=None, **options):
    """brief_files for documents in memory (dicts as dossier.Engine.add takes), split
    into `partitions` chunks (default: twice the workers' threads)."""
    documents = list(documents)
    if partitions is None:
        partitions = max(1, 2 * sum(client.nthreads().values()))
    size = max(1, -(-len(documents) // partitions))
    chunks = [(i, first, documents[first:first + size])
              for i, first in enumerate(range(0, len(documents), size))]
    if not chunks:
        raise InvalidArgumentError("brief_documents: no documents")
    source = db.from_sequence(chunks, npartitions=len(chunks)).map(
        _prepare_chunk, clean, cluster).flatten()
    return _run(client, source, clean, cluster, min_size, options)


# --- the same in one process, for comparison ----------------------------------------

def _local(documents, min_size, clean, cluster, options):
    engine = _core.Engine(None, clean=clean, cluster=cluster)
    results = engine.add(documents)
    rejected = [{"name": r["name"], "error": r["error"]} for r in results if r["error"]]
    stories = engine.stories()
    briefings = {s["id"]: engine.brief(s["id"], **options)
                 for s in stories if s["size"] >= min_size}
    return {"stories": stories, "briefings": briefings, "rejected": rejected}


def brief_files_locally(paths, *, format="auto", min_size=1, clean=True, cluster=None,
                        **options):
    """What brief_files computes, with one Engine in this process."""
    if isinstance(paths, (str, bytes)):
        paths = [paths]
    documents = []
    for p in paths:
        documents.extend(_core.read_files([str(p)], format))
    return _local(documents, min_size, clean, cluster, options)


def brief_documents_locally(documents, *, min_size=1, clean=True, cluster=None, **options):
    """What brief_documents computes, with one Engine in this process."""
    return _local(list(documents), min_size, clean, cluster, options)
