"""Refreshes: work in proportion to what changed, a change log per version, pending retries, the lock, pruning."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from pipeline import flows, load_table
from pipeline.flows import build_dataset
from pipeline.io import store, tmx
from pipeline.settings import Settings
from pipeline.stages.changes import record_hashes
from schemas import RECORD_KEYS

ITALIAN_ONLY = (
    "Il segretario generale della CSTO ha visitato Dushanbe per discutere della sicurezza del confine tagiko-afghano.\n"
    "La visita è durata tre giorni e si è conclusa con una dichiarazione congiunta sulla cooperazione militare."
)


def _settings(corpus: Path, out: Path, **changes: object) -> Settings:
    # batches of two: the worker pool runs (a lone batch runs in place) and a batch is reused in part
    return Settings(corpus_dir=corpus, out_dir=out, translator="offline", show_progress=False, batch_size=2).with_changes(**changes)


@pytest.fixture()
def corpus(seed_corpus: Path, tmp_path: Path) -> Path:
    folder = tmp_path / "corpus"
    shutil.copytree(seed_corpus, folder)
    return folder


def test_refresh_redoes_only_what_changed_and_logs_every_record(
    prefect_harness: None, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "datasets"
    first = build_dataset(_settings(corpus, out))
    assert (first.version, first.files_reused) == ("v0001", 0)

    again = build_dataset(_settings(corpus, out))
    assert (again.version, again.files_reused) == (None, 5)  # nothing changed: nothing written, nothing redone

    edited = corpus / "000_9ae857ba8e21fe6c.txt"
    old_id = load_table("articles", root=out).set_index("source_file").loc[edited.name, "article_id"]
    edited.write_text(edited.read_text(encoding="utf-8") + "\nA new closing paragraph about the CSTO.", encoding="utf-8")
    trimmed: list[bool] = []
    real = flows._trimmed
    monkeypatch.setattr(flows, "_trimmed", lambda *args: (trimmed.append((found := real(*args)) is not None), found)[1])
    second = build_dataset(_settings(corpus, out))
    # the edited file's old part (it shared a batch with another file) is the parent's rows less the edited
    # file's, not rebuilt from the batch's rows (compared with a build from scratch below)
    assert trimmed.count(True) == 1
    assert (second.version, second.files_reused) == ("v0002", 4)
    # the summary says how each part was made: the trimmed one, the edited file's new one built, the rest linked
    assert second.parts["trimmed"] == 1 and second.parts["built"] == 1 and second.parts["linked"] >= 1
    assert first.parts["built"] >= 1 and first.parts["linked"] == first.parts["trimmed"] == 0
    changes = load_table("changes", root=out)
    articles = changes[changes["table"] == "articles"]
    assert set(zip(articles["record_id"], articles["change"], strict=True)) >= {(old_id, "removed")}
    assert (articles["change"] == "added").sum() == 1
    assert set(changes["table"]) >= {"articles", "segments", "quotes", "events"}
    # the log, made from each part's record hashes as kept when the part was written, is the one a comparison of
    # the two versions' whole tables gives
    def logged(frame: pd.DataFrame) -> set[tuple[object, ...]]:
        return {(r.table, r.record_id, r.change, tuple(r.changed_columns)) for r in frame.itertuples()}
    assert logged(changes) == logged(store.diff_versions(out, "v0001", "v0002"))
    assert any(store.hashes_folder(out).glob("*.parquet"))
    # every kept record hash (the trimmed part's too) is the one its part file gives
    for table in ("articles", "quotes", "events", "rejects"):
        for entry in store.table_parts(store.read_manifest(out, "v0002"), table):
            kept = store.hashes_folder(out) / f"{entry['sha256']}.parquet"
            if kept.is_file():
                part = pq.read_table(out / "v0002" / entry["file"])
                assert pl.read_parquet(kept).equals(record_hashes(part, RECORD_KEYS[table])), entry["file"]
    # parts whose batch, kept articles, rejects and clusters did not change were linked, not read or re-encoded
    before, after = (store.read_manifest(out, v) for v in ("v0001", "v0002"))
    linked = {p["file"] for t in store.DATA_TABLES for p in store.table_parts(after, t) if p.get("linked_from") == "v0001"}
    linked -= {f for f in linked if f.endswith(f"part-{store.DEFAULT_PART}.parquet")}  # an empty table's placeholder
    same = {k for k, info in after["part_index"].items() if before["part_index"].get(k, {}).get("recipe") == info["recipe"]}
    assert same and linked == {p["file"] for t in store.DATA_TABLES for p in store.table_parts(after, t) if p["file"].split("part-")[1][:-8] in same}
    assert all((out / "v0002" / f).stat().st_ino == (out / "v0001" / f).stat().st_ino for f in linked)
    # the refresh reused four files' rows from stored batches: its tables equal a build from scratch
    scratch = build_dataset(_settings(corpus, tmp_path / "scratch", batch_size=3))
    for table in ("articles", "segments", "removed_lines", "rejects", "quotes", "events", "uncoded"):
        refreshed = load_table(table, root=out).drop(columns=["created_at"], errors="ignore")
        fresh = load_table(table, root=tmp_path / "scratch").drop(columns=["created_at"], errors="ignore")
        pd.testing.assert_frame_equal(refreshed, fresh, check_dtype=True)
    assert scratch.files_reused == 0

    (corpus / "004_3d11cc4764a7fcbf.txt").unlink()
    third = build_dataset(_settings(corpus, out))
    assert third.version == "v0003" and third.changes["articles"]["removed"] == 1
    assert len(load_table("articles", root=out)) == 4
    assert len(load_table("articles", version="v0001", root=out)) == 5  # older versions stay readable


def test_pending_waits_for_the_memory_offline_and_a_new_memory_completes_it(prefect_harness: None, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "visit.it.txt").write_text(ITALIAN_ONLY, encoding="utf-8")
    (corpus / "english.txt").write_text(
        "CSTO leaders met in Minsk.\nThe Collective Security Council discussed the situation on the Tajik-Afghan border.",
        encoding="utf-8",
    )
    out = tmp_path / "datasets"
    first = build_dataset(_settings(corpus, out))
    assert first.segments.get("pending") == 2
    retry = build_dataset(_settings(corpus, out))
    # (offline, nothing but the memory could translate it: the pending file is kept, and the refresh is a no-op)
    assert retry.files_reused == 2 and retry.version is None

    memory = tmp_path / "extra.tmx"
    lines = ITALIAN_ONLY.split("\n")
    english = [
        "The CSTO Secretary General visited Dushanbe to discuss the security of the Tajik-Afghan border.",
        "The visit lasted three days and ended with a joint statement on military cooperation.",
    ]
    tmx.write_tmx([tmx.TranslationUnit("it", "en", source, target) for source, target in zip(lines, english, strict=True)], memory, "it")
    done = build_dataset(_settings(corpus, out, translation_memories=(memory,)))
    assert done.version == "v0002" and done.files_reused == 1
    article = load_table("articles", root=out).set_index("source_file").loc["visit.it.txt"]
    assert article["translation_status"] == "complete"
    modified = load_table("changes", root=out)
    assert ((modified["table"] == "articles") & (modified["change"] == "modified")).sum() == 1


def test_a_second_run_waits_for_the_lock_then_says_so(prefect_harness: None, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "datasets"
    held = store.acquire(out, timeout=1)
    try:
        with pytest.raises(store.StoreLocked, match="another run is writing"):
            build_dataset(_settings(corpus, out, lock_timeout_seconds=1.0))
    finally:
        held.release()
    assert store.list_versions(out) == []


def test_prune_keeps_the_latest_and_pinned_versions(prefect_harness: None, corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "datasets"
    for number in range(3):
        (corpus / f"extra-{number}.txt").write_text(f"CSTO note number {number} about the summit.", encoding="utf-8")
        build_dataset(_settings(corpus, out))
    assert store.list_versions(out) == ["v0001", "v0002", "v0003"]
    (out / store.PINNED).write_text("v0001\n", encoding="utf-8")
    assert store.prune(out, keep=1) == ["v0002"]
    held = {p["sha256"] for v in ("v0001", "v0003") for t in store.DATA_TABLES for p in store.table_parts(store.read_manifest(out, v), t)}
    assert {path.stem for path in store.hashes_folder(out).glob("*.parquet")} <= held  # no hashes of the pruned version's parts
    assert store.list_versions(out) == ["v0001", "v0003"] and store.latest_version(out) == "v0003"
    assert len(load_table("articles", version="v0001", root=out)) == 6
    changes = store.diff_versions(out, "v0001")
    assert set(changes["change"]) == {"added"} and (changes["table"] == "articles").sum() == 2


def test_a_refresh_with_nothing_changed_is_decided_by_the_corpus_stamp(
    prefect_harness: None, corpus: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pipeline import flows

    monkeypatch.setattr(flows, "RECENT_NS", 0)  # the copied files were written a moment ago
    out = tmp_path / "datasets"
    first = build_dataset(_settings(corpus, out))
    assert first.version == "v0001" and store.read_manifest(out, "v0001")["corpus_stamp"]

    def no_reading(*args: object, **kwargs: object) -> None:
        raise AssertionError("an unchanged corpus was looked at file by file")

    with monkeypatch.context() as patched:
        patched.setattr(flows, "read_files", no_reading)
        again = build_dataset(_settings(corpus, out))
    assert (again.version, again.files_reused, again.files_seen) == (None, 5, 5)

    # a file touched but not changed is looked at again, found the same, and no version is written; the next
    # refresh knows the touched corpus by its stamp
    touched = corpus / "000_9ae857ba8e21fe6c.txt"
    touched.write_bytes(touched.read_bytes())
    assert build_dataset(_settings(corpus, out)).version is None
    with monkeypatch.context() as patched:
        patched.setattr(flows, "read_files", no_reading)
        assert build_dataset(_settings(corpus, out)).files_reused == 5
    # a new file is not missed by the stamp
    (corpus / "005_new.txt").write_text("The CSTO secretary general visited Minsk on Monday for talks.", encoding="utf-8")
    assert build_dataset(_settings(corpus, out)).version == "v0002"


def _quoted(words: str) -> str:
    return (f"Drills on the agenda\nYerevan hosted a meeting of the alliance's defence officials this week.\n"
            f"\"{words},\" Nikol Pashinyan said after the meeting.\nThe officials will meet again next month.\n")


def test_a_refresh_whose_clusters_merge_rewrites_only_the_cluster_ids(
    prefect_harness: None, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # our own words: two quotations too far apart to be one cluster, and a new article whose quotation is near both,
    # so the three become one cluster and one of the old parts must change its cluster ids, and nothing else
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(_quoted("The allied battalions will hold joint mountain drills near the southern border in early May"), encoding="utf-8")
    (corpus / "b.txt").write_text(_quoted("The allied battalions will hold joint mountain drills near the northern border in late June"), encoding="utf-8")
    out = tmp_path / "datasets"
    build_dataset(_settings(corpus, out, batch_size=1))
    twin = Path(shutil.copytree(out, tmp_path / "twin"))
    before = load_table("quotes", root=out)
    assert before["cluster_id"].nunique() == 2
    (corpus / "c.txt").write_text(_quoted("The allied battalions will hold joint mountain drills near the southern border in late June"), encoding="utf-8")
    relabelled: list[bool] = []
    real = flows._relabel
    monkeypatch.setattr(flows, "_relabel", lambda *args: relabelled.append(real(*args)) or relabelled[-1])
    build_dataset(_settings(corpus, out, batch_size=1))
    after = load_table("quotes", root=out)
    assert after["cluster_id"].nunique() == 1 and relabelled == [True]
    # the relabelled part holds the parent's rows with only their cluster id changed; its other tables are linked
    old = before.set_index("quote_id").drop(columns=["cluster_id"])
    new = after.set_index("quote_id").drop(columns=["cluster_id"]).loc[old.index]
    pd.testing.assert_frame_equal(new, old)
    manifest = store.read_manifest(out, "v0002")
    rewritten = [p["file"] for p in store.table_parts(manifest, "quotes") if p.get("linked_from") != "v0001"]
    assert len(rewritten) == 2  # the new article's part and the relabelled one
    part = next(f.split("part-")[1] for f in rewritten if (out / "v0001" / f).exists())
    assert (out / "v0002" / "articles" / f"part-{part}").stat().st_ino == (out / "v0001" / "articles" / f"part-{part}").stat().st_ino
    # and it is what rebuilding that part from its rows gives, byte for byte
    monkeypatch.setattr(flows, "_relabel", lambda *args: False)
    build_dataset(_settings(corpus, twin, batch_size=1))
    assert sorted(p["sha256"] for p in store.table_parts(store.read_manifest(twin, "v0002"), "quotes")) == sorted(
        p["sha256"] for p in store.table_parts(manifest, "quotes"))


def test_a_file_left_pending_is_kept_offline_and_retried_when_a_provider_may_answer(tmp_path: Path) -> None:
    from pipeline.flows import save_results
    from pipeline.io import results
    from pipeline.stages.processing import BatchKeys, BatchResult, FileResult

    files = [FileResult("done.txt", "k-done", []), FileResult("waiting.txt", "k-waiting", [], pending=True)]
    keys = BatchKeys(pd.DataFrame({"quote_id": []}), pd.DataFrame({"event_id": []}))
    for translator, kept in (("offline", {"k-done", "k-waiting"}), ("libre", {"k-done"})):
        out = tmp_path / translator
        settings = Settings(corpus_dir=tmp_path, out_dir=out, translator=translator, show_progress=False)
        assert save_results.fn(settings, BatchResult(files, {}, "part1", keys), "memory-1") == len(kept)
        cache = results.ResultCache(settings.cache_dir / "results.sqlite")
        try:
            held = {key for _, _, found in cache.iter_summaries(["k-done", "k-waiting"], "memory-1") for key in found}
            assert held == kept
            # (a pending file kept offline waits for the memory: another memory redoes it)
            changed = {key for _, _, found in cache.iter_summaries(["k-done", "k-waiting"], "memory-2") for key in found}
            assert changed == {"k-done"}
        finally:
            cache.close()
