"""The version store's part files: shared with the parent by hard link (or copy), read back whole, compared part
by part for the change log, pruned without breaking the versions that share them, and versions written before
tables were folders still read and built on."""

from __future__ import annotations

import errno
import hashlib
import json
import os
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from pipeline.flows import build_dataset
from pipeline.io import integrity, store
from pipeline.settings import Settings


@pytest.fixture(scope="module")
def seed_tables(prefect_harness: None, seed_corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, pd.DataFrame]:
    out = tmp_path_factory.mktemp("seed")
    build_dataset(Settings(corpus_dir=seed_corpus, out_dir=out, translator="offline", show_progress=False))
    return {name: store.load_table(name, root=out) for name in store.DATA_TABLES}


def _one_part_per_file(tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    files = sorted(set(tables["articles"]["source_file"]) | set(tables["rejects"]["source_file"]))
    return {name: f"f{number}" for number, name in enumerate(files)}


def _without_article(tables: dict[str, pd.DataFrame], article_id: str) -> dict[str, pd.DataFrame]:
    return {name: frame[frame["article_id"] != article_id].reset_index(drop=True) if "article_id" in frame else frame
            for name, frame in tables.items()}


@pytest.fixture
def parts(seed_tables: dict[str, pd.DataFrame]) -> dict[str, str]:
    return _one_part_per_file(seed_tables)


@pytest.fixture
def no_links(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    def refuse(source: object, target: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", refuse)
    yield


def test_unchanged_parts_are_hard_links_and_only_changed_parts_are_compared(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path
) -> None:
    first = store.write_version(tmp_path, seed_tables, {}, part_of_file=parts)
    assert len(first.manifest["tables"]["articles"]["parts"]) == 5  # type: ignore[index]
    gone = seed_tables["articles"]["article_id"].iloc[0]
    second = store.write_version(tmp_path, _without_article(seed_tables, gone), {}, part_of_file=parts)
    assert second.name == "v0002"
    manifest = store.read_manifest(tmp_path, "v0002")
    linked = [p["file"] for info in manifest["tables"].values() for p in info["parts"] if p.get("linked_from") == "v0001"]
    assert len(linked) >= 4 * 2  # four untouched files' articles and segments parts at least
    for file in linked:
        assert os.path.samefile(tmp_path / "v0002" / file, tmp_path / "v0001" / file)
    changes = store.load_table("changes", root=tmp_path)
    assert set(changes["change"]) == {"removed"} and gone in set(changes["record_id"])
    assert len(store.load_table("articles", root=tmp_path)) == len(seed_tables["articles"]) - 1
    assert integrity.full_check(tmp_path, "v0002").ok


def test_parts_are_copied_where_links_are_impossible(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path, no_links: None
) -> None:
    store.write_version(tmp_path, seed_tables, {}, part_of_file=parts)
    gone = seed_tables["articles"]["article_id"].iloc[-1]
    store.write_version(tmp_path, _without_article(seed_tables, gone), {}, part_of_file=parts)
    manifest = store.read_manifest(tmp_path, "v0002")
    copied = [p["file"] for info in manifest["tables"].values() for p in info["parts"] if p.get("linked_from")]
    assert copied
    for file in copied:
        assert not os.path.samefile(tmp_path / "v0002" / file, tmp_path / "v0001" / file)
        assert (tmp_path / "v0002" / file).read_bytes() == (tmp_path / "v0001" / file).read_bytes()
    assert integrity.full_check(tmp_path, "v0002").ok


def test_regrouped_records_write_no_version(seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path) -> None:
    store.write_version(tmp_path, seed_tables, {}, part_of_file=parts)
    again = store.write_version(tmp_path, seed_tables, {}, part_of_file={name: "all" for name in parts})
    assert again.name is None and store.list_versions(tmp_path) == ["v0001"]


def test_pruning_keeps_the_parts_a_newer_version_shares(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path
) -> None:
    store.write_version(tmp_path, seed_tables, {}, part_of_file=parts)
    gone = seed_tables["articles"]["article_id"].iloc[0]
    store.write_version(tmp_path, _without_article(seed_tables, gone), {}, part_of_file=parts)
    assert store.prune(tmp_path, keep=1) == ["v0001"]
    assert integrity.full_check(tmp_path, "v0002").ok
    for name in store.DATA_TABLES:
        assert len(store.load_table(name, root=tmp_path)) == len(_without_article(seed_tables, gone)[name])


def _to_single_files(root: Path, version: str) -> None:
    """Rewrite a version in the layout of before parts: ``<table>.parquet`` and ``tables.<name>.file``."""
    path = root / version / store.MANIFEST
    manifest = json.loads(path.read_text(encoding="utf-8"))
    for table, info in manifest["tables"].items():
        whole = store.read_table_parts(root, version, table)
        target = root / version / f"{table}.parquet"
        pq.write_table(whole, target, compression="zstd")
        for part in info["parts"]:
            (root / version / part["file"]).unlink()
        (root / version / table).rmdir()
        data = target.read_bytes()
        manifest["tables"][table] = {"file": f"{table}.parquet", "rows": whole.num_rows, "bytes": len(data),
                                     "sha256": hashlib.sha256(data).hexdigest()}
    path.write_text(json.dumps(manifest), encoding="utf-8")


def test_a_version_from_before_parts_is_read_verified_and_built_on(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path
) -> None:
    store.write_version(tmp_path, seed_tables, {}, part_of_file=parts)
    _to_single_files(tmp_path, "v0001")
    assert integrity.full_check(tmp_path, "v0001").ok
    for name in store.DATA_TABLES:
        assert len(store.load_table(name, root=tmp_path)) == len(seed_tables[name])
    assert store.write_version(tmp_path, seed_tables, {}, part_of_file=parts).name is None  # same records
    gone = seed_tables["articles"]["article_id"].iloc[0]
    second = store.write_version(tmp_path, _without_article(seed_tables, gone), {}, part_of_file=parts)
    assert second.name == "v0002"
    changes = store.load_table("changes", root=tmp_path)
    assert set(changes["change"]) == {"removed"}
    assert set(changes.loc[changes["table"] == "articles", "record_id"]) == {gone}
    assert len(store.diff_versions(tmp_path, "v0001", "v0002")) == len(changes)


def test_a_manifest_is_parsed_once_and_again_when_its_file_changes(tmp_path: Path) -> None:
    # a refresh reads its parent's manifest several times (megabytes at 100,000 articles): one parse per process,
    # and a manifest written anew (a repair, a damaged file under test) is read again, never served stale
    path = tmp_path / "v0001" / store.MANIFEST
    path.parent.mkdir()
    path.write_text(json.dumps({"version": "v0001", "tables": {}}), encoding="utf-8")
    first = store.read_manifest(tmp_path, "v0001")
    assert store.read_manifest(tmp_path, "v0001") is first
    path.write_text(json.dumps({"version": "v0001", "tables": {"articles": {}}, "note": "rewritten"}), encoding="utf-8")
    again = store.read_manifest(tmp_path, "v0001")
    assert again is not first and again["note"] == "rewritten"


def test_a_change_log_compared_in_buckets_is_the_log_compared_at_once(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a large table's change log is compared a bucket of record ids at a time (so the driver holds a fraction of the
    # corpus's hashes): the log must be the one a comparison of everything at once gives
    gone = seed_tables["articles"]["article_id"].iloc[0]
    edited = _without_article(seed_tables, gone)
    edited["quotes"] = edited["quotes"].assign(cluster_id=edited["quotes"]["cluster_id"].astype(str) + "-x")
    logs = []
    for bucket_rows in (10**9, 3):
        monkeypatch.setattr(store, "CHANGE_LOG_BUCKET_ROWS", bucket_rows)
        root = tmp_path / f"rows-{bucket_rows}"
        store.write_version(root, seed_tables, {}, part_of_file=parts)
        store.write_version(root, edited, {}, part_of_file=parts)
        logs.append(store.load_table("changes", root=root).drop(columns=["created_at"], errors="ignore"))
    assert {"removed", "modified"} <= set(logs[0]["change"])
    pd.testing.assert_frame_equal(logs[0], logs[1])


def test_a_first_version_s_change_log_made_a_range_of_ids_at_a_time_is_the_log_made_at_once(
    seed_tables: dict[str, pd.DataFrame], parts: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # a first version's log names every record of the corpus: it is made and written a range of record ids at a time (so the
    # driver never holds it whole), and read back it is the log made at once, rows in the same order, counts the same
    logs, summaries, files = [], [], []
    for bucket_rows in (10**9, 3):
        monkeypatch.setattr(store, "CHANGE_LOG_BUCKET_ROWS", bucket_rows)
        root = tmp_path / f"rows-{bucket_rows}"
        written = store.write_version(root, seed_tables, {}, part_of_file=parts)
        logs.append(store.load_table("changes", root=root))
        summaries.append(written.manifest["changes"])
        files.append(len(written.manifest["tables"]["changes"]["parts"]))
    assert set(logs[0]["change"]) == {"added"} and len(logs[0]) > 10
    pd.testing.assert_frame_equal(logs[0], logs[1])
    assert summaries[0] == summaries[1]
    assert files[0] <= len(store.DATA_TABLES) < files[1]  # (one part a table, or none for an empty one, when made at once)
