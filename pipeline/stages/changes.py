"""Changes: compare two versions' tables record by record, by each table's key (``schemas.RECORD_KEYS``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from schemas import RECORD_KEYS, Changes


def _keyed(frame: pd.DataFrame, key: tuple[str, ...]) -> dict[str, dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    records: list[dict[str, Any]] = frame.to_dict("records")  # type: ignore[assignment]
    for row in records:
        record_id = "/".join("" if pd.isna(row[k]) else str(row[k]) for k in key)
        rows[record_id] = row
    return rows


def _same(a: object, b: object) -> bool:
    if isinstance(a, (list, tuple)) or isinstance(b, (list, tuple)) or hasattr(a, "tolist") or hasattr(b, "tolist"):
        return list(a) == list(b)  # type: ignore[call-overload]
    if pd.isna(a) and pd.isna(b):  # type: ignore[call-overload]
        return True
    return bool(a == b)


def diff_tables(old: Mapping[str, pd.DataFrame], new: Mapping[str, pd.DataFrame]) -> pd.DataFrame:
    """Return the ``changes`` rows that turn ``old`` into ``new``; a table absent from ``old`` is all added."""
    rows: list[tuple[str, str, str, list[str]]] = []
    for table, key in RECORD_KEYS.items():
        before = _keyed(old[table], key) if table in old else {}
        after = _keyed(new[table], key) if table in new else {}
        for record_id, row in after.items():
            if record_id not in before:
                rows.append((table, record_id, "added", []))
                continue
            previous = before[record_id]
            changed = [c for c in row if c in previous and not _same(row[c], previous[c])]
            if changed:
                rows.append((table, record_id, "modified", changed))
        rows.extend((table, record_id, "removed", []) for record_id in before.keys() - after.keys())
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
