"""The ``uncoded`` ledger: paragraphs that yielded no event, and why, so event recall can be measured."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabularies import UNCODED_REASONS


class Uncoded(pa.DataFrameModel):
    """One row per paragraph of an article that produced no event."""

    article_id: Series[str] = pa.Field(description="Key into articles.article_id.")
    segment_no: Series[int] = pa.Field(ge=0, description="Paragraph number.")
    reason: Series[str] = pa.Field(
        isin=UNCODED_REASONS,
        description="headline (not coded: it repeats the body); quotation_only (the words are in quotes); no_event_trigger.",
    )
    text: Series[str] = pa.Field(description="The paragraph as coded (English when available).")

    class Config:
        name = "uncoded"
        strict = True
        coerce = True
        unique = ["article_id", "segment_no"]  # noqa: RUF012  (pandera reads a list)
