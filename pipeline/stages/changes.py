"""Changes: compare two versions' tables record by record, by each table's key (``schemas.RECORD_KEYS``).

Both sides are Arrow tables as read back from Parquet, so equal values have equal types. Each record is
reduced to one hash per column (polars, vectorised); only records whose hashes differ are looked at, so a
refresh that changed 1% of the records costs about 1% of a record-by-record comparison.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa

from schemas import RECORD_KEYS, Changes

_ID = "__record_id"


def _record_id(key: tuple[str, ...]) -> pl.Expr:
    return pl.concat_str([pl.col(k).cast(pl.String).fill_null("") for k in key], separator="/").alias(_ID)


def _ids(table: pa.Table, key: tuple[str, ...]) -> pl.DataFrame:
    """One row per record: its id ("/"-joined key, null as empty)."""
    frame = pl.from_arrow(table.select(list(key)))
    assert isinstance(frame, pl.DataFrame)
    return frame.select(_record_id(key))


def _hashed(table: pa.Table, key: tuple[str, ...]) -> pl.DataFrame:
    """One row per record: its id and one hash per column."""
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    return frame.select(_record_id(key), *[pl.col(c).hash(seed=0).alias(c) for c in frame.columns])


def record_ids(table: pa.Table, key: tuple[str, ...]) -> pl.DataFrame:
    """The ids of a table's records (a table the other side lacks is all added or all removed)."""
    return _ids(table, key)


def stacked(frames: list[pl.DataFrame]) -> pl.DataFrame:
    """Reduced records of several parts as one frame (no parts: no records)."""
    return pl.concat(frames, how="diagonal") if frames else pl.DataFrame({_ID: []}, schema={_ID: pl.String})


def record_hashes(table: pa.Table, key: tuple[str, ...]) -> pl.DataFrame:
    """The ids of a table's records with one hash per column: all a comparison needs, read a part at a time."""
    return _hashed(table, key)


def diff_tables(old: Mapping[str, pa.Table], new: Mapping[str, pa.Table]) -> pd.DataFrame:
    """Return the ``changes`` rows that turn ``old`` into ``new``; a table absent from ``old`` is all added."""
    hashed_old = {t: _hashed(table, RECORD_KEYS[t]) for t, table in old.items() if t in RECORD_KEYS}
    hashed_new = {
        t: (_hashed(table, RECORD_KEYS[t]) if t in old else _ids(table, RECORD_KEYS[t])) for t, table in new.items() if t in RECORD_KEYS
    }
    return diff_hashed(hashed_old, hashed_new)


def diff_hashed(old: Mapping[str, pl.DataFrame], new: Mapping[str, pl.DataFrame]) -> pd.DataFrame:
    """``diff_tables`` over records already reduced to ids and column hashes (``record_hashes``; a table
    absent from ``old`` needs only ``record_ids`` on the new side)."""
    parts: list[pd.DataFrame] = []

    def note(table: str, change: str, ids: list[str], columns: list[list[str]] | None = None) -> None:
        if ids:
            parts.append(
                pd.DataFrame(
                    {
                        Changes.table: table,
                        Changes.record_id: ids,
                        Changes.change: change,
                        Changes.changed_columns: columns if columns is not None else [[] for _ in ids],
                    }
                )
            )

    for table in RECORD_KEYS:
        if table not in old or table not in new:
            present = new.get(table) if table in new else old.get(table)
            if present is not None:
                note(table, "added" if table in new else "removed", present[_ID].to_list())
            continue
        after, before = new[table], old[table]
        note(table, "added", after.join(before, on=_ID, how="anti")[_ID].to_list())
        note(table, "removed", before.join(after, on=_ID, how="anti")[_ID].to_list())
        shared = [c for c in after.columns if c != _ID and c in before.columns]
        if not shared:
            continue
        both = after.select(_ID, *shared).join(before.select(_ID, *shared), on=_ID, how="inner", suffix="__old")
        differs = [pl.col(c).ne_missing(pl.col(f"{c}__old")).alias(c) for c in shared]
        flags = both.select(_ID, *differs).filter(pl.any_horizontal(shared))
        records = flags.rows(named=True)
        note(table, "modified", [r[_ID] for r in records], [[c for c in shared if r[c]] for r in records])
    columns = [Changes.table, Changes.record_id, Changes.change, Changes.changed_columns]
    frame = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=columns)
    return frame.sort_values([Changes.table, Changes.change, Changes.record_id], kind="stable").reset_index(drop=True)


def summarise(changes: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts of added, modified and removed records per table."""
    summary: dict[str, dict[str, int]] = {}
    counts = changes.groupby([Changes.table, Changes.change]).size()
    for index, count in counts.items():
        pair: tuple[Any, Any] = index  # type: ignore[assignment]
        summary.setdefault(str(pair[0]), {"added": 0, "modified": 0, "removed": 0})[str(pair[1])] = int(count)
    return summary
