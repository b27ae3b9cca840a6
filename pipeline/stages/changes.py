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


def _hashed(table: pa.Table, key: tuple[str, ...]) -> pl.DataFrame:
    """One row per record: its id ("/"-joined key, null as empty) and one hash per column."""
    frame = pl.from_arrow(table)
    assert isinstance(frame, pl.DataFrame)
    record_id = pl.concat_str([pl.col(k).cast(pl.String).fill_null("") for k in key], separator="/").alias(_ID)
    return frame.select(record_id, *[pl.col(c).hash(seed=0).alias(c) for c in frame.columns])


def diff_tables(old: Mapping[str, pa.Table], new: Mapping[str, pa.Table]) -> pd.DataFrame:
    """Return the ``changes`` rows that turn ``old`` into ``new``; a table absent from ``old`` is all added."""
    rows: list[tuple[str, str, str, list[str]]] = []
    for table, key in RECORD_KEYS.items():
        after = _hashed(new[table], key) if table in new else None
        before = _hashed(old[table], key) if table in old else None
        if after is None and before is None:
            continue
        if before is None or after is None:
            present = after if after is not None else before
            assert present is not None
            change = "added" if after is not None else "removed"
            rows.extend((table, record_id, change, []) for record_id in present[_ID].to_list())
            continue
        rows.extend((table, r, "added", []) for r in after.join(before, on=_ID, how="anti")[_ID].to_list())
        rows.extend((table, r, "removed", []) for r in before.join(after, on=_ID, how="anti")[_ID].to_list())
        shared = [c for c in after.columns if c != _ID and c in before.columns]
        both = after.select(_ID, *shared).join(before.select(_ID, *shared), on=_ID, how="inner", suffix="__old")
        differs = [pl.col(c).ne_missing(pl.col(f"{c}__old")).alias(c) for c in shared]
        flags = both.select(_ID, *differs).filter(pl.any_horizontal(shared)) if shared else both.clear()
        for record in flags.iter_rows(named=True):
            rows.append((table, record[_ID], "modified", [c for c in shared if record[c]]))
    frame = pd.DataFrame(rows, columns=[Changes.table, Changes.record_id, Changes.change, Changes.changed_columns])
    return frame.sort_values([Changes.table, Changes.change, Changes.record_id], kind="stable").reset_index(drop=True)


def summarise(changes: pd.DataFrame) -> dict[str, dict[str, int]]:
    """Counts of added, modified and removed records per table."""
    summary: dict[str, dict[str, int]] = {}
    counts = changes.groupby([Changes.table, Changes.change]).size()
    for index, count in counts.items():
        pair: tuple[Any, Any] = index  # type: ignore[assignment]
        summary.setdefault(str(pair[0]), {"added": 0, "modified": 0, "removed": 0})[str(pair[1])] = int(count)
    return summary
