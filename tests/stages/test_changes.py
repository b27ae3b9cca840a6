"""The change log: records added, removed and modified, with the columns that changed."""

from __future__ import annotations

import pyarrow as pa

from pipeline.stages.changes import diff_tables, summarise


def _quotes(rows: list[dict[str, object]]) -> pa.Table:
    schema = pa.schema([("quote_id", pa.string()), ("text", pa.string()), ("actors", pa.list_(pa.string())), ("confidence", pa.float64())])
    return pa.Table.from_pylist(rows, schema=schema)


def test_added_removed_and_modified_records_name_their_changed_columns() -> None:
    old = {"quotes": _quotes([
        {"quote_id": "q1", "text": "a", "actors": ["x"], "confidence": 0.5},
        {"quote_id": "q2", "text": "b", "actors": ["x", "y"], "confidence": None},
        {"quote_id": "q3", "text": "c", "actors": [], "confidence": 0.9},
    ])}
    new = {"quotes": _quotes([
        {"quote_id": "q1", "text": "a", "actors": ["x"], "confidence": 0.5},  # unchanged
        {"quote_id": "q2", "text": "b", "actors": ["x", "z"], "confidence": 0.7},  # list and null changed
        {"quote_id": "q4", "text": "d", "actors": None, "confidence": 0.1},  # added
    ])}
    changes = diff_tables(old, new)
    got = {(r.record_id, r.change): list(r.changed_columns) for r in changes.itertuples()}
    assert got == {("q2", "modified"): ["actors", "confidence"], ("q3", "removed"): [], ("q4", "added"): []}
    assert summarise(changes) == {"quotes": {"added": 1, "modified": 1, "removed": 1}}


def test_a_table_new_in_this_version_is_all_added_and_equal_tables_give_no_rows() -> None:
    table = _quotes([{"quote_id": "q1", "text": "a", "actors": ["x"], "confidence": 0.5}])
    assert list(diff_tables({}, {"quotes": table}).change) == ["added"]
    assert diff_tables({"quotes": table}, {"quotes": table}).empty
