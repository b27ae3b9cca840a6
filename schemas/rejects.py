"""The ``rejects`` table: every input that did not become an article, with the reason."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabularies import REJECT_REASONS


class Rejects(pa.DataFrameModel):
    """One row per rejected file or JSONL record; together with articles it accounts for every input."""

    source_file: Series[str] = pa.Field(description="Path of the raw file, relative to the corpus folder.")
    record: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Line number inside a JSONL file; null for whole files."
    )
    raw_sha256: Series[str] = pa.Field(
        nullable=True, description="sha256 of the raw bytes; null when the bytes could not be read."
    )
    reason: Series[str] = pa.Field(isin=REJECT_REASONS, description="Why the input was rejected.")
    detail: Series[str] = pa.Field(description="A sentence a person can act on (the failing checks, the limit...).")

    class Config:
        name = "rejects"
        strict = True
        coerce = True
