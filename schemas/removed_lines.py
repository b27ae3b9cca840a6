"""The ``removed_lines`` ledger: every line cleaning took out of an article, and why."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabularies import REMOVAL_REASONS


class RemovedLines(pa.DataFrameModel):
    """One row per removed line; with ``articles.text_original`` it reproduces every non-blank raw line."""

    article_id: Series[str] = pa.Field(description="Key into articles.article_id.")
    line_no: Series[int] = pa.Field(ge=1, description="1-based line number in the decoded raw text.")
    text_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the line's text.")
    text: Series[str] = pa.Field(description="The removed line, as it was.")
    reason: Series[str] = pa.Field(isin=REMOVAL_REASONS, description="Which rule removed it.")

    class Config:
        name = "removed_lines"
        strict = True
        coerce = True
        unique = ["article_id", "line_no"]  # noqa: RUF012  (pandera reads a list)
