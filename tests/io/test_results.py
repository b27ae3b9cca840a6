"""The result cache's keys: what a file's cached result depends on."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pipeline
from pipeline.io import results


def test_the_code_fingerprint_covers_the_stage_packages() -> None:
    # a change to the quote or event extractors (subpackages of stages/) must invalidate cached results
    package = Path(pipeline.__file__).resolve().parent
    sources = set(results.fingerprinted_sources())
    assert package / "stages" / "quotes" / "paragraph.py" in sources
    assert package / "stages" / "events" / "extract.py" in sources
    assert package / "stages" / "parts.py" in sources
    assert package.parent / "schemas" / "quotes.py" in sources


def test_an_unchanged_file_is_known_by_its_signature_and_a_rewritten_one_is_read(tmp_path: Path, monkeypatch: Any) -> None:
    from pipeline import flows
    from pipeline.io import corpus
    from pipeline.settings import Settings

    folder = tmp_path / "corpus"
    folder.mkdir()
    for name in ("a.txt", "b.txt", "c.txt"):
        (folder / name).write_text(f"News about the alliance in file {name}.\n", encoding="utf-8")
    settings = Settings(corpus_dir=folder, out_dir=tmp_path / "out", translator="offline", show_progress=False)
    read: list[str] = []
    reading = corpus.iter_inputs
    monkeypatch.setattr(corpus, "iter_inputs", lambda root, names, s: (read.extend(names), reading(root, names, s))[1])
    monkeypatch.setattr(flows, "RECENT_NS", -10**12)  # the files were just written: trust them all the same
    monkeypatch.setattr(results.ResultCache, "known", lambda self, keys, memory: set(keys))  # as if all were done

    fresh, done = flows.read_files.fn(settings, ["a.txt", "b.txt", "c.txt"], {}, "run", "memory")
    assert (fresh, len(done), read) == ([], 3, ["a.txt", "b.txt", "c.txt"])  # read once, to know their digests

    read.clear()
    (folder / "b.txt").write_text("News about the alliance in file c.txt.\n", encoding="utf-8")  # same size, new bytes
    fresh, again = flows.read_files.fn(settings, ["a.txt", "b.txt", "c.txt"], {}, "run", "memory")
    assert read == ["b.txt"]  # the unchanged files were not read
    assert again[0] == done[0] and again[2] == done[2] and again[1] != done[1]


def test_digests_of_deleted_files_are_forgotten_and_other_corpora_kept(tmp_path: Path) -> None:
    cache = results.ResultCache(tmp_path / "results.sqlite")
    try:
        cache.remember([("/c/a.txt", "s1", "d1"), ("/c/b.txt", "s2", "d2"), ("/other/a.txt", "s3", "d3")])
        assert cache.forget_others("/c/", ["/c/a.txt"]) == 1
        assert cache.recalled({"/c/a.txt": "s1", "/c/b.txt": "s2", "/other/a.txt": "s3"}) == {"/c/a.txt": "d1", "/other/a.txt": "d3"}
    finally:
        cache.close()


def test_a_batch_s_clustering_columns_are_read_apart_from_its_file_results(tmp_path: Path) -> None:
    # a refresh reads every batch's clustering columns twice and its file results once: each is stored on its own,
    # so neither pass unpickles the other's objects; a cache written when the columns lived in the summary still
    # answers
    import pickle
    import sqlite3

    import pandas as pd

    from pipeline.stages.processing import BatchKeys, BatchResult, FileResult

    keys = BatchKeys(pd.DataFrame({"quote_id": ["q1", "q2"]}), pd.DataFrame({"event_id": ["e1"]}))
    files = [FileResult("a.txt", "k1", []), FileResult("b.txt", "k2", [])]
    cache = results.ResultCache(tmp_path / "results.sqlite")
    cache.put_batch(BatchResult(files, {}, "part1", keys), {"k1": None, "k2": None})
    [(batch, summary, held)] = list(cache.iter_summaries(["k1", "k2"], "memory"))
    assert held == {"k1", "k2"} and [f.key for f in summary.files] == ["k1", "k2"] and summary.keys is None
    assert cache.keys_of(batch).quotes["quote_id"].tolist() == ["q1", "q2"]
    cache.close()

    # the layout before: the summary holds the columns, and no table of their own
    with sqlite3.connect(tmp_path / "results.sqlite") as db:
        db.execute("DELETE FROM batch_keys")
        db.execute("UPDATE summaries SET payload = ? WHERE batch = ?", (pickle.dumps(BatchResult(files, {}, "part1", keys)), batch))
    cache = results.ResultCache(tmp_path / "results.sqlite")
    assert cache.keys_of(batch).events["event_id"].tolist() == ["e1"]
    cache.close()
