"""The ``segments`` table: each paragraph of each article with its English and where that came from."""

from __future__ import annotations

import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabularies import SEGMENT_STATUSES


class Segments(pa.DataFrameModel):
    """One row per paragraph; pending translations stay visible here with their original text."""

    article_id: Series[str] = pa.Field(description="Key into articles.article_id.")
    segment_no: Series[int] = pa.Field(ge=0, description="0-based paragraph number in text_original.")
    language: Series[str] = pa.Field(description="ISO 639-1 code detected for this paragraph.")
    source_sha256: Series[str] = pa.Field(
        str_matches=r"^[0-9a-f]{64}$", description="sha256 of the paragraph; the translation cache key."
    )
    text_original: Series[str] = pa.Field(description="The paragraph in its original language.")
    text_en: Series[str] = pa.Field(nullable=True, description="The paragraph in English; null while pending.")
    status: Series[str] = pa.Field(
        isin=SEGMENT_STATUSES,
        description="original (already English), memory (TMX), cache, provider (fresh request) or pending.",
    )
    provider: Series[str] = pa.Field(
        nullable=True, description="The translation provider, or the TMX file name for memory hits."
    )

    class Config:
        name = "segments"
        strict = True
        coerce = True
        unique = ["article_id", "segment_no"]  # noqa: RUF012  (pandera reads a list)
