"""The ``changes`` table: every record added, modified or removed relative to the parent version."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

CHANGE_KINDS = ("added", "modified", "removed")


class Changes(pa.DataFrameModel):
    """One row per record that differs from the parent version, in every table (ACLED's deletions, and more)."""

    table: Series[str] = pa.Field(description="The table the record belongs to.")
    record_id: Series[str] = pa.Field(description="The record's key in that table; composite keys joined with '/'.")
    change: Series[str] = pa.Field(isin=CHANGE_KINDS, description="added, modified or removed.")
    changed_columns: Series[object] = pa.Field(
        metadata={"arrow": "list<string>"}, description="For a modified record, the columns whose values changed."
    )

    class Config:
        name = "changes"
        strict = True
        coerce = True
        unique = ["table", "record_id"]  # noqa: RUF012  (pandera reads a list)
