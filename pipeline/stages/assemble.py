"""Assemble: turn finished articles and rejects into the tables' DataFrames, columns spelled by the schemas."""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd
from dateparser.date import DateDataParser

from pipeline.stages.events import ClusterFields, EventRecord, UncodedRecord, cluster_events
from pipeline.stages.language import LanguageDetector
from pipeline.stages.metadata import (
    MetadataSettings,
    count_words,
    derive_title,
    find_published,
    is_headline,
    outlet_from_source_line,
)
from pipeline.stages.quotes import QuoteRecord, cluster_quotes
from pipeline.stages.records import Article, CleanArticle, Reject, Segment
from schemas import Articles, Events, Quotes, Rejects, RemovedLines, Segments, Uncoded, column_names


def finish_article(
    clean: CleanArticle,
    language: str,
    segments: tuple[Segment, ...],
    parser: DateDataParser,
    detector: LanguageDetector,
    settings: MetadataSettings,
) -> Article:
    """Attach title, outlet, publication date and the English check to a translated article."""
    meta = clean.document.meta
    headline = is_headline(clean.lines, settings)
    if meta is not None and meta.title:
        title, derived = meta.title, False
    elif headline:
        title, derived = clean.lines[0], False
    else:
        title, derived = derive_title("\n".join(clean.lines), settings), True
    text_en = english_text(segments)
    untouched = all(segment.text_en == segment.text for segment in segments)  # English throughout: already judged
    text_en_language = (language if untouched else detector.detect(text_en)[0]) if text_en else None
    return Article(
        clean=clean,
        language=language,
        segments=segments,
        title=title,
        title_derived=derived,
        outlet=(meta.outlet if meta and meta.outlet else None) or outlet_from_source_line(clean.source_line),
        url=meta.url if meta else None,
        published=find_published(
            clean.lines, meta, parser, settings, [r.text for r in clean.removed if r.reason == "dateline"]
        ),
        text_en_language=text_en_language,
    )


def english_text(segments: Sequence[Segment]) -> str | None:
    """Return the article's English, one paragraph a line, or None while any segment is pending."""
    if any(segment.text_en is None for segment in segments):
        return None
    return "\n".join(segment.text_en or "" for segment in segments)


def _english_title(article: Article, settings: MetadataSettings) -> str | None:
    if article.language == "en":
        return article.title
    text_en = english_text(article.segments)
    if article.title_derived:
        return derive_title(text_en, settings) if text_en else None
    if article.clean.document.meta is None or not article.clean.document.meta.title:
        return article.segments[0].text_en if article.segments else None
    return None


def _providers(segments: Sequence[Segment]) -> list[str]:
    names = []
    for segment in segments:
        if segment.status in ("memory", "provider"):
            names.append("memory" if segment.status == "memory" else str(segment.provider))
        elif segment.status == "cache":
            names.append(f"cache:{segment.provider}")
    return sorted(set(names))


def articles_frame(articles: Sequence[Article], settings: MetadataSettings) -> pd.DataFrame:
    """Return the ``articles`` rows of finished articles."""
    rows = []
    for article in articles:
        document, segments = article.clean.document, article.segments
        pending = sum(segment.status == "pending" for segment in segments)
        text_en = english_text(segments)
        if article.language == "en" and all(s.status == "original" for s in segments):
            status = "original"
        else:
            status = "pending" if pending else "complete"
        reasons = [line.reason for line in article.clean.removed]
        rows.append(
            {
                Articles.article_id: document.article_id,
                Articles.source_file: document.source_file,
                Articles.record: document.record,
                Articles.raw_sha256: document.raw_sha256,
                Articles.raw_bytes: document.raw_bytes,
                Articles.encoding: document.encoding,
                Articles.language: article.language,
                Articles.title: article.title,
                Articles.title_en: _english_title(article, settings),
                Articles.title_derived: article.title_derived,
                Articles.outlet: article.outlet,
                Articles.url: article.url,
                Articles.source_line: article.clean.source_line,
                Articles.published_date: pd.Timestamp(article.published.date) if article.published.date else pd.NaT,
                Articles.published_source: article.published.source,
                Articles.published_precision: article.published.precision,
                Articles.text_original: "\n".join(article.clean.lines),
                Articles.text_en: text_en,
                Articles.text_en_language: article.text_en_language,
                Articles.translation_status: status,
                Articles.translation_providers: _providers(segments),
                Articles.n_segments: len(segments),
                Articles.n_segments_pending: pending,
                Articles.n_lines_raw: article.clean.n_lines_raw,
                Articles.n_duplicate_lines_removed: reasons.count("duplicate_line"),
                Articles.n_boilerplate_lines_removed: len(reasons) - reasons.count("duplicate_line"),
                Articles.word_count_original: count_words("\n".join(article.clean.lines)),
                Articles.word_count_en: count_words(text_en) if text_en is not None else None,
            }
        )
    return _frame(rows, Articles)


def segments_frame(articles: Sequence[Article]) -> pd.DataFrame:
    """Return the ``segments`` rows: every paragraph with its English and provenance."""
    rows = [
        {
            Segments.article_id: article.clean.document.article_id,
            Segments.segment_no: segment.segment_no,
            Segments.language: segment.language,
            Segments.source_sha256: hashlib.sha256(segment.text.encode("utf-8")).hexdigest(),
            Segments.text_original: segment.text,
            Segments.text_en: segment.text_en,
            Segments.status: segment.status,
            Segments.provider: segment.provider,
        }
        for article in articles
        for segment in article.segments
    ]
    return _frame(rows, Segments)


def removed_lines_frame(cleans: Sequence[CleanArticle]) -> pd.DataFrame:
    """Return the ``removed_lines`` ledger of the given cleaned articles."""
    rows = [
        {
            RemovedLines.article_id: clean.document.article_id,
            RemovedLines.line_no: line.line_no,
            RemovedLines.text_sha256: hashlib.sha256(line.text.encode("utf-8")).hexdigest(),
            RemovedLines.text: line.text,
            RemovedLines.reason: line.reason,
        }
        for clean in cleans
        for line in clean.removed
    ]
    return _frame(rows, RemovedLines)


def rejects_frame(rejects: Sequence[Reject]) -> pd.DataFrame:
    """Return the ``rejects`` rows."""
    rows = [
        {
            Rejects.source_file: reject.source_file,
            Rejects.record: reject.record,
            Rejects.raw_sha256: reject.raw_sha256,
            Rejects.reason: reject.reason,
            Rejects.detail: reject.detail,
        }
        for reject in rejects
    ]
    return _frame(rows, Rejects)


def quotes_frame(records: Sequence[QuoteRecord], cluster_threshold: float) -> pd.DataFrame:
    """Return the ``quotes`` rows, each with the cluster its words share across articles."""
    return with_quote_clusters(quote_rows_frame(records), cluster_threshold)


def quote_rows_frame(records: Sequence[QuoteRecord]) -> pd.DataFrame:
    """Return the ``quotes`` rows of some articles, without clusters (those need every article)."""
    return _frame([{getattr(Quotes, name): value for name, value in vars(r).items()} for r in records], Quotes)


#: A hidden column of the quotes rows a worker returns: each quote's normalised words, for clustering.
QUOTE_KEY = "_quote_key"


def quote_texts(quotes: pd.DataFrame) -> list[str]:
    """The words clustering compares: the English, else the original."""
    texts = quotes[Quotes.text_en].where(quotes[Quotes.text_en].notna(), quotes[Quotes.text_original]).fillna("")
    return [str(t) for t in texts.tolist()]


def with_quote_clusters(quotes: pd.DataFrame, cluster_threshold: float) -> pd.DataFrame:
    """Set each quote's ``cluster_id`` from all the quotes given (using ``QUOTE_KEY`` where present)."""
    speakers = quotes[Quotes.speaker_id].where(quotes[Quotes.speaker_id].notna(), quotes[Quotes.speaker])
    keys = quotes[QUOTE_KEY].tolist() if QUOTE_KEY in quotes else None
    clusters = cluster_quotes(
        quote_texts(quotes), [None if pd.isna(s) else str(s) for s in speakers.tolist()], cluster_threshold, keys
    )
    quotes = quotes.drop(columns=[QUOTE_KEY], errors="ignore")
    return quotes.assign(**{Quotes.cluster_id: pd.Series(clusters, index=quotes.index, dtype=object)})


def events_frame(records: Sequence[EventRecord]) -> pd.DataFrame:
    """Return the ``events`` rows, each with the cluster of reports of the same real-world event."""
    return with_event_clusters(event_rows_frame(records))


def event_rows_frame(records: Sequence[EventRecord]) -> pd.DataFrame:
    """Return the ``events`` rows of some articles, without clusters (those need every article)."""
    rows = []
    for record in records:
        row = {getattr(Events, name): value for name, value in vars(record).items()}
        row[Events.event_date] = pd.Timestamp(record.event_date) if record.event_date else pd.NaT
        rows.append(row)
    return _frame(rows, Events)


def with_event_clusters(events: pd.DataFrame) -> pd.DataFrame:
    """Set each event's ``cluster_id`` from all the events given."""
    records = event_cluster_fields(events)
    return events.assign(**{Events.cluster_id: pd.Series(cluster_events(records), index=events.index, dtype=object)})


def event_cluster_fields(events: pd.DataFrame) -> list[ClusterFields]:
    """The fields clustering reads of each event row."""
    days = pd.to_datetime(events[Events.event_date])
    dates = [None if missing else day for missing, day in zip(days.isna().tolist(), days.dt.date.tolist(), strict=True)]
    where = events["country"].astype(object)
    columns = (events["event_id"].tolist(), events["article_id"].tolist(), events["event_type"].tolist(),
               where.where(where.notna(), None).tolist(), events["date_precision"].tolist(), events["actors"].tolist())
    return [
        ClusterFields(event_id, article_id, event_type, country, day, precision, tuple(actors) if actors is not None else ())
        for (event_id, article_id, event_type, country, precision, actors), day in zip(zip(*columns, strict=True), dates, strict=True)
    ]


def uncoded_frame(records: Sequence[UncodedRecord]) -> pd.DataFrame:
    """Return the ``uncoded`` ledger."""
    return _frame([{getattr(Uncoded, name): value for name, value in vars(r).items()} for r in records], Uncoded)


def empty_frame(model: type) -> pd.DataFrame:
    """A table with the model's columns and no rows."""
    return _frame([], model)


def _frame(rows: Sequence[Mapping[str, Any]], model: type) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=list(column_names(model)))


@dataclass(frozen=True)
class Tables:
    """The tables of one run, before validation."""

    articles: pd.DataFrame
    segments: pd.DataFrame
    removed_lines: pd.DataFrame
    rejects: pd.DataFrame
    quotes: pd.DataFrame
    events: pd.DataFrame
    uncoded: pd.DataFrame
