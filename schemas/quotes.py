"""The ``quotes`` table: every quotation in the corpus, attributed to a speaker, in English and the original."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
from pandera.typing import Series

from schemas.vocabularies import EXTRACTED_FROM, QUOTE_KINDS, SPEAKER_TYPES


class Quotes(pa.DataFrameModel):
    """One row per quotation found in an article; the same words in several articles share a cluster_id."""

    quote_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$", description="Stable id of the quote.")
    article_id: Series[str] = pa.Field(description="Key into articles.article_id.")
    segment_no: Series[int] = pa.Field(ge=0, description="Paragraph (segment) of the article the quote is in.")
    kind: Series[str] = pa.Field(
        isin=QUOTE_KINDS,
        description=(
            "direct: one or more full sentences in quotation marks; partial: a quoted fragment inside a reported "
            "sentence; scare: a single quoted word or a 'so-called' phrase (low confidence); indirect: reported "
            "speech without quotation marks, led by a cue (said that, according to)."
        ),
    )
    language: Series[str] = pa.Field(description="ISO 639-1 code of the article's original language.")
    text_original: Series[str] = pa.Field(
        nullable=True, description="The quoted words in the original language; null when only the English yielded it."
    )
    text_en: Series[str] = pa.Field(nullable=True, description="The quoted words in English; null while pending.")
    orig_char_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="Start of text_original inside articles.text_original."
    )
    orig_char_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="End (exclusive) of that span.")
    char_start: Series[pd.Int64Dtype] = pa.Field(
        nullable=True, ge=0, description="Start of text_en inside articles.text_en; null while the article is pending."
    )
    char_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="End (exclusive) of that span.")
    speaker: Series[str] = pa.Field(
        nullable=True, description="Canonical name from the actor registry, else the words naming the speaker."
    )
    speaker_id: Series[str] = pa.Field(nullable=True, description="Actor registry id (pipeline/reference/actors.yaml, plus --reference); null if unregistered.")
    speaker_raw: Series[str] = pa.Field(
        nullable=True, description="The words in the text that name the speaker: a name, pronoun or descriptor."
    )
    speaker_type: Series[str] = pa.Field(isin=SPEAKER_TYPES, description="What kind of actor speaks.")
    speaker_wikidata: Series[str] = pa.Field(nullable=True, description="Wikidata QID of the speaker, when the registry has one.")
    via: Series[str] = pa.Field(
        nullable=True, description="The mediator that reported the words (a news agency, a press service), not the speaker."
    )
    via_id: Series[str] = pa.Field(nullable=True, description="Actor registry id of the mediator.")
    cue: Series[str] = pa.Field(nullable=True, description="The reporting words that attribute the quote (said, was quoted as saying, ha affermato).")
    confidence: Series[float] = pa.Field(ge=0, le=1, description="How sure the attribution is, in [0, 1].")
    extracted_from: Series[str] = pa.Field(
        isin=EXTRACTED_FROM, description="Which text yielded the quote: en, original, or both paired paragraph by paragraph."
    )
    cluster_id: Series[str] = pa.Field(
        description="Shared by the same quotation across articles and languages (normalised, near-exact match)."
    )

    class Config:
        name = "quotes"
        strict = True
        coerce = True

    @pa.dataframe_check(name="some_text")
    def _has_text(cls, df: pd.DataFrame) -> pd.Series:
        return df["text_original"].notna() | df["text_en"].notna()

    @pa.dataframe_check(name="span_ordered")
    def _span_ordered(cls, df: pd.DataFrame) -> pd.Series:
        en = df["char_start"].isna() | (df["char_start"] < df["char_end"])
        orig = df["orig_char_start"].isna() | (df["orig_char_start"] < df["orig_char_end"])
        return (en & orig).astype(bool)
