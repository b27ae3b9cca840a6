"""Shared pieces of the table models: the Arrow schema derived from a Pandera model, and column docs.

A column's name, type, nullability, allowed values and meaning are written once, in its Pandera model.
``arrow_schema`` turns a model into the ``pyarrow.Schema`` the version store writes, so Parquet types are
never spelled twice. A column whose pandas dtype cannot say what Arrow should store (a list, a calendar
date) carries ``metadata={"arrow": ...}`` in its ``Field``.
"""

from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from typing import Any

import pandera.pandas as pa
import pyarrow as pa_arrow

SCHEMA_VERSION = "1.1.0"  # 1.1.0: speaker_type "document" (a text two or more parties signed speaks for itself)

_ARROW_BY_NAME: dict[str, pa_arrow.DataType] = {
    "date32": pa_arrow.date32(),
    "list<string>": pa_arrow.list_(pa_arrow.string()),
    "list<int64>": pa_arrow.list_(pa_arrow.int64()),
    "timestamp[us, UTC]": pa_arrow.timestamp("us", tz="UTC"),
}


def _arrow_type(dtype: Any, metadata: dict[str, Any] | None) -> pa_arrow.DataType:
    if metadata and "arrow" in metadata:
        return _ARROW_BY_NAME[metadata["arrow"]]
    name = str(dtype).lower()
    if name.startswith(("str", "string")):
        return pa_arrow.string()
    if name in ("int64",):
        return pa_arrow.int64()
    if name in ("int32",):
        return pa_arrow.int32()
    if name.startswith("float"):
        return pa_arrow.float64()
    if name in ("bool", "boolean"):
        return pa_arrow.bool_()
    if name.startswith("datetime64"):
        return pa_arrow.timestamp("us", tz="UTC") if "utc" in name else pa_arrow.timestamp("us")
    raise TypeError(f"no Arrow type for pandas dtype {dtype!r}; add metadata={{'arrow': ...}} to the Field")


def column_names(model: type[pa.DataFrameModel]) -> tuple[str, ...]:
    """Return the columns of a table, in model order."""
    return tuple(str(name) for name in _schema(model).columns)


@functools.cache  # building a model's schema costs some milliseconds; each batch and part asks for it
def _schema(model: type[pa.DataFrameModel]) -> pa.DataFrameSchema:
    return model.to_schema()


@functools.cache  # (a pyarrow schema is immutable)
def arrow_schema(model: type[pa.DataFrameModel]) -> pa_arrow.Schema:
    """Return the Arrow schema of a table, derived from its Pandera model, columns in model order."""
    schema = _schema(model)
    fields = []
    for name, column in schema.columns.items():
        fields.append(
            pa_arrow.field(
                name,
                _arrow_type(column.dtype, column.metadata),
                nullable=bool(column.nullable),
                metadata={"description": column.description or ""},
            )
        )
    return pa_arrow.schema(fields, metadata={"schema_version": SCHEMA_VERSION, "table": model.Config.name})


@dataclass(frozen=True)
class ColumnDoc:
    """What a reader of the dataset card needs to know about one column."""

    name: str
    type: str
    nullable: bool
    description: str
    allowed: tuple[str, ...]


def column_docs(model: type[pa.DataFrameModel]) -> list[ColumnDoc]:
    """Return one ``ColumnDoc`` per column, taken from the model itself."""
    schema = _schema(model)
    arrow = arrow_schema(model)
    docs = []
    for name, column in schema.columns.items():
        allowed: tuple[str, ...] = ()
        for check in column.checks:
            values = check.statistics.get("allowed_values") if check.statistics else None
            if values is not None:
                allowed = tuple(sorted(str(v) for v in values))
        docs.append(
            ColumnDoc(
                name=str(name),
                type=str(arrow.field(name).type),
                nullable=bool(column.nullable),
                description=column.description or "",
                allowed=allowed,
            )
        )
    return docs


def normalise_line(line: str) -> str:
    """Return the form under which two lines count as duplicates: NFKC, case-folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", line).casefold().split())
