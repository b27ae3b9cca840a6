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


def test_ranges_of_record_ids_partition_them_in_sorted_order() -> None:
    # a first version's log is made a range of ids at a time and the ranges' logs are put one after the other: every id
    # falls in exactly one range, and the ranges follow each other in sorted order (hex ids and others alike)
    import random

    import polars as pl

    from pipeline.stages.changes import _ID, in_range

    rng = random.Random(7)
    ids = [f"{rng.getrandbits(64):016x}/{rng.randrange(40)}" for _ in range(3000)] + ["", "Zeta.txt", "corpus/a.txt", "ff", "00"]
    frame = pl.DataFrame({_ID: ids})
    for count in (1, 2, 3, 7, 16, 40, 256):
        pieces = [in_range(frame, index, count).get_column(_ID).to_list() for index in range(count)]
        assert sorted(i for piece in pieces for i in piece) == sorted(ids)
        assert [i for piece in pieces for i in sorted(piece)] == sorted(ids)
