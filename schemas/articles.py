"""The ``articles`` table: one cleaned, English article per accepted raw file (or JSONL record)."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas._base import normalise_line
from schemas.vocabularies import (
    PRECISIONS,
    PUBLISHED_SOURCES,
    TRANSLATION_STATUSES,
    iso639_1_codes,
)


class Articles(pa.DataFrameModel):
    """One row per article that passed ingest, cleaning and validation."""

    article_id: Series[str] = pa.Field(
        unique=True,
        str_matches=r"^[0-9a-f]{16}$",
        description="Stable id: the first 16 hex digits of the sha256 of the article's raw bytes.",
    )
    source_file: Series[str] = pa.Field(description="Path of the raw file, relative to the corpus folder.")
    record: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=1, description="Line number inside a JSONL file; null for one-article files."
    )
    raw_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$", description="sha256 of the raw bytes.")
    raw_bytes: Series[int] = pa.Field(ge=0, description="Size of the raw bytes.")
    encoding: Series[str] = pa.Field(description="Encoding the raw bytes were decoded from.")
    language: Series[str] = pa.Field(description="ISO 639-1 code of the original language of the article.")
    title: Series[str] = pa.Field(description="Headline in the original language, or a derived one.")
    title_en: Series[str] = pa.Field(nullable=True, description="Headline in English; null while pending.")
    title_derived: Series[bool] = pa.Field(
        description="True when no headline line was found and the title was cut from the first sentence."
    )
    outlet: Series[str] = pa.Field(nullable=True, description="Publishing outlet: the sidecar, the file's own metadata (JSONL, HTML), else the source line.")
    url: Series[str] = pa.Field(nullable=True, description="URL of the article, from the sidecar.")
    source_line: Series[str] = pa.Field(
        nullable=True, description="Attribution line such as 'belsat.eu, following kremlin.ru', kept out of the text."
    )
    published_date: Series[pd.Timestamp] = pa.Field(
        nullable=True,
        metadata={"arrow": "date32"},
        description="Publication date; read it together with published_precision.",
    )
    published_source: Series[str] = pa.Field(isin=PUBLISHED_SOURCES, description="Where published_date came from.")
    published_precision: Series[str] = pa.Field(
        isin=PRECISIONS, description="How much of published_date is known: day, month, year or unknown."
    )
    text_original: Series[str] = pa.Field(description="Cleaned text in the original language, one paragraph a line.")
    text_en: Series[str] = pa.Field(
        nullable=True, description="Cleaned English text, one paragraph a line; null while any segment is pending."
    )
    text_en_language: Series[str] = pa.Field(
        nullable=True, description="Language detected in text_en (a check that translation produced English)."
    )
    translation_status: Series[str] = pa.Field(
        isin=TRANSLATION_STATUSES,
        description="original (written in English), complete (fully translated) or pending (segments missing).",
    )
    translation_providers: Series[object] = pa.Field(
        metadata={"arrow": "list<string>"},
        description="Where the English came from: memory, cache:<provider>, <provider>; empty for English articles.",
    )
    n_segments: Series[int] = pa.Field(ge=0, description="Paragraphs (translation segments) in the article.")
    n_segments_pending: Series[int] = pa.Field(ge=0, description="Segments still waiting for a translation.")
    n_lines_raw: Series[int] = pa.Field(ge=0, description="Non-blank lines in the raw text.")
    n_duplicate_lines_removed: Series[int] = pa.Field(ge=0, description="Duplicated lines removed by cleaning.")
    n_boilerplate_lines_removed: Series[int] = pa.Field(
        ge=0, description="Boilerplate lines removed by cleaning (promos, captions, separators, source lines...)."
    )
    word_count_original: Series[int] = pa.Field(ge=0, description="Words in text_original.")
    word_count_en: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Words in text_en.")

    class Config:
        name = "articles"
        strict = True
        coerce = True

    @pa.check("language", name="iso639_1")
    def _language_is_iso639_1(cls, language: Series[str]) -> pd.Series:
        return language.isin(iso639_1_codes())

    @pa.dataframe_check(name="complete_text_en_is_english")
    def _complete_means_english(cls, df: pd.DataFrame) -> pd.Series:
        needs_english = df["translation_status"] != "pending"
        return ~needs_english | (df["text_en_language"] == "en")

    @pa.dataframe_check(name="pending_iff_segments_pending")
    def _pending_consistent(cls, df: pd.DataFrame) -> pd.Series:
        return (df["translation_status"] == "pending") == (df["n_segments_pending"] > 0)

    @pa.check("text_original", name="no_duplicate_lines")
    def _no_duplicate_lines(cls, text: Series[str]) -> pd.Series:
        def unique_lines(value: str) -> bool:
            lines = [normalise_line(line) for line in value.split("\n") if line.strip()]
            return len(lines) == len(set(lines))

        return text.map(unique_lines).astype(bool)
