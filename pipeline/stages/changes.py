"""Changes: compare two versions' tables record by record, by each table's key (``schemas.RECORD_KEYS``).

Both sides are Arrow tables as read back from Parquet, so equal values have equal types. Each record is
reduced to one hash per column (polars, vectorised); only records whose hashes differ are looked at, so a
refresh that changed 1% of the records costs about 1% of a record-by-record comparison.
"""

from __future__ import annotations

from collections.abc import Mapping

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
    frame = diff_records(old, new).to_pandas()
    frame[Changes.changed_columns] = [list(c) for c in frame[Changes.changed_columns]]
    return frame


def diff_records(old: Mapping[str, pl.DataFrame], new: Mapping[str, pl.DataFrame]) -> pl.DataFrame:
    """The ``changes`` rows as a polars frame (compact: a first version's log names every record)."""
    parts: list[pl.DataFrame] = []
    no_columns = pl.lit([], dtype=pl.List(pl.String))

    def note(table: str, change: str, ids: pl.DataFrame, columns: pl.Expr = no_columns) -> None:
        if len(ids):
            parts.append(ids.select(
                pl.lit(table).alias(Changes.table), pl.col(_ID).alias(Changes.record_id), pl.lit(change).alias(Changes.change),
                columns.alias(Changes.changed_columns),
            ))

    for table in RECORD_KEYS:
        if table not in old or table not in new:
            present = new.get(table) if table in new else old.get(table)
            if present is not None:
                note(table, "added" if table in new else "removed", present.select(_ID))
            continue
        after, before = new[table], old[table]
        note(table, "added", after.join(before, on=_ID, how="anti").select(_ID))
        note(table, "removed", before.join(after, on=_ID, how="anti").select(_ID))
        shared = [c for c in after.columns if c != _ID and c in before.columns]
        if not shared:
            continue
        both = after.select(_ID, *shared).join(before.select(_ID, *shared), on=_ID, how="inner", suffix="__old")
        flags = both.select(_ID, *[pl.col(c).ne_missing(pl.col(f"{c}__old")).alias(c) for c in shared]).filter(pl.any_horizontal(shared))
        changed = pl.concat_list([pl.when(pl.col(c)).then(pl.lit(c)).otherwise(pl.lit(None, dtype=pl.String)) for c in shared]).list.drop_nulls()
        note(table, "modified", flags, changed)
    schema: dict[str, pl.DataType] = {
        Changes.table: pl.String(), Changes.record_id: pl.String(), Changes.change: pl.String(), Changes.changed_columns: pl.List(pl.String()),
    }
    frame = pl.concat(parts) if parts else pl.DataFrame(schema=schema)
    return frame.sort([Changes.table, Changes.change, Changes.record_id], maintain_order=True)


def split_kept(hashes: pl.DataFrame, kept: pa.Table, key: tuple[str, ...]) -> tuple[pl.DataFrame, pl.DataFrame] | None:
    """A part's record ``hashes`` (``record_hashes``) split into those of the records ``kept`` still holds and those it
    lost: ``kept`` is some of the part's rows, unchanged (the rest of its files were edited since). None when ``kept``
    holds a record the hashes do not (it is not a subset after all)."""
    ids = _ids(kept, key).get_column(_ID)
    held = hashes.get_column(_ID).is_in(ids.implode())
    still, lost = hashes.filter(held), hashes.filter(~held)
    return (still, lost) if still.height == kept.num_rows == ids.n_unique() else None


def in_bucket(frame: pl.DataFrame, index: int, count: int) -> pl.DataFrame:
    """The records of ``frame`` (reduced by ``record_hashes``) whose id falls in bucket ``index`` of ``count``: a
    record lands in the same bucket on both sides, so a change log is the logs of its buckets put together."""
    return frame if count == 1 else frame.filter(pl.col(_ID).hash(seed=7) % count == index)


def in_range(frame: pl.DataFrame, index: int, count: int) -> pl.DataFrame:
    """The records of ``frame`` whose id falls in range ``index`` of ``count`` ranges of ids in sorted order (split on
    two-hex-digit prefixes: a record's id opens with its article's hex id), so that the logs of the ranges, each sorted,
    put one after the other are the log of all, sorted."""
    if count == 1:
        return frame
    splits = [f"{i * 256 // count:02x}" for i in range(1, count)]
    ids = pl.col(_ID)
    low = ids >= splits[index - 1] if index > 0 else pl.lit(True)
    high = ids < splits[index] if index < count - 1 else pl.lit(True)
    return frame.filter(low & high)


def joined_logs(logs: list[pl.DataFrame]) -> pl.DataFrame:
    """Change logs of disjoint sets of records (``in_bucket``) as one, in ``diff_records``' order."""
    return pl.concat(logs).sort([Changes.table, Changes.change, Changes.record_id], maintain_order=True)


def summarise(changes: pd.DataFrame | pl.DataFrame) -> dict[str, dict[str, int]]:
    """Counts of added, modified and removed records per table."""
    frame = changes if isinstance(changes, pl.DataFrame) else pl.from_pandas(changes[[Changes.table, Changes.change]])
    summary: dict[str, dict[str, int]] = {}
    for table, change, count in frame.group_by([Changes.table, Changes.change]).len().sort([Changes.table, Changes.change]).iter_rows():
        summary.setdefault(str(table), {"added": 0, "modified": 0, "removed": 0})[str(change)] = int(count)
    return summary
