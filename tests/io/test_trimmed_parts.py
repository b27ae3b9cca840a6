"""A part that only lost rows (its files' others were edited since) keeps the parent's record hashes, less the lost ones,
and its version's change log is the one a full comparison gives."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pyarrow as pa

from pipeline.io import store
from pipeline.stages.changes import record_hashes, split_kept
from schemas import RECORD_KEYS, TABLES, arrow_schema

KEY = RECORD_KEYS["removed_lines"]


def lines(rows: list[tuple[str, int, str]]) -> pa.Table:
    """``removed_lines`` rows: (article, line number, text)."""
    return pa.table({"article_id": [a for a, _, _ in rows], "line_no": [n for _, n, _ in rows],
                     "text_sha256": [f"h{t}" for _, _, t in rows], "text": [t for _, _, t in rows],
                     "reason": ["boilerplate"] * len(rows)}).cast(arrow_schema(TABLES["removed_lines"]))


FIRST = [("a1", 1, "menu"), ("a1", 2, "share"), ("a2", 1, "menu"), ("a3", 4, "footer")]


def two_versions(root: Path, trimmed: bool) -> tuple[store.Staging, pl.DataFrame]:
    """v0001 with one part of four lines; v0002 where article a2 was edited: the part keeps the other three, a new
    part holds a2's line changed and a line of a new article."""
    with store.Staging(root) as staging:
        staging.add("removed_lines", "p1", lines(FIRST))
        staging.commit({})
    with store.Staging(root) as staging:
        kept = lines([row for row in FIRST if row[0] != "a2"])
        (staging.add_trimmed if trimmed else staging.add)("removed_lines", "p1", kept)
        staging.add("removed_lines", "p2", lines([("a2", 1, "menu bar"), ("a4", 1, "menu")]))
        written = staging.commit({})
    assert written.path is not None
    log = pl.read_parquet(written.path / "changes" / "*.parquet").filter(pl.col("table") == "removed_lines")
    return staging, log.sort("record_id")


def test_a_trimmed_part_gives_the_change_log_a_full_comparison_gives(tmp_path: Path) -> None:
    _, fast = two_versions(tmp_path / "fast", trimmed=True)
    _, full = two_versions(tmp_path / "full", trimmed=False)
    assert fast.select("record_id", "change").rows() == [("a2/1", "modified"), ("a4/1", "added")]
    assert fast.equals(full)


def test_a_trimmed_part_s_hashes_are_the_parent_s_less_the_lost_rows(tmp_path: Path) -> None:
    staging, _ = two_versions(tmp_path, trimmed=True)
    part = next(p for p in staging.parts["removed_lines"] if p.file.endswith("p1.parquet"))
    kept = pl.read_parquet(store.hashes_folder(tmp_path) / f"{part.sha256}.parquet")
    made = record_hashes(lines([row for row in FIRST if row[0] != "a2"]), KEY)
    assert sorted(kept.rows()) == sorted(made.rows())


def test_rows_the_parent_s_part_lacks_are_not_a_trimmed_part() -> None:
    hashes = record_hashes(lines(FIRST), KEY)
    assert split_kept(hashes, lines([("a9", 1, "new")]), KEY) is None
    still, lost = split_kept(hashes, lines(FIRST[:2]), KEY) or (None, None)
    assert still is not None and lost is not None and (still.height, lost.height) == (2, 2)
