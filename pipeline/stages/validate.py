"""Validate: check every table against its Pandera model, lazily, and move failing articles to rejects.

Lazy validation collects every failure case. An article row that fails becomes a ``rejects`` row
(``validation_failed``, naming the checks) and its segments and ledger rows leave with it, so the
cross-table keys hold. A failure that is not tied to a row (a missing column) is a bug and raises.
More than ``max_invalid_share`` of the articles failing also raises: a run like that is broken.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import pandera.errors

from pipeline.stages.assemble import Tables
from schemas import Articles, Events, Quotes, Rejects, RemovedLines, Segments, Uncoded


class TooManyInvalidArticles(RuntimeError):
    """Raised when validation rejects more than the configured share of the articles."""


@dataclass(frozen=True)
class ValidationReport:
    """What validation found: per table, the rows checked and the failure cases (check, column, count)."""

    rows_checked: dict[str, int]
    failures: dict[str, list[dict[str, object]]] = field(default_factory=dict)
    articles_rejected: int = 0

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ValidationReport:
        """The report ``as_dict`` wrote."""
        return cls(dict(data.get("rows_checked", {})), dict(data.get("failures", {})), int(data.get("articles_rejected", 0)))

    def as_dict(self) -> dict[str, object]:
        """Return the report in the form the manifest stores."""
        return {
            "rows_checked": self.rows_checked,
            "articles_rejected": self.articles_rejected,
            "failures": self.failures,
            "passed": not any(self.failures.values()),
        }


def _failures(error: pandera.errors.SchemaErrors) -> pd.DataFrame:
    cases = error.failure_cases
    return cases if isinstance(cases, pd.DataFrame) else pd.DataFrame(cases)


def _summarise(cases: pd.DataFrame) -> list[dict[str, object]]:
    grouped = cases.groupby(["column", "check"], dropna=False).size().reset_index(name="count")
    return [
        {
            "column": None if pd.isna(row["column"]) else str(row["column"]),
            "check": str(row["check"]),
            "count": int(row["count"]),
        }
        for row in grouped.to_dict("records")
    ]


def validate_tables(
    tables: Tables,
    max_invalid_share: float,
    bounds: Mapping[str, tuple[float, float, float, float]] | None = None,
) -> tuple[Tables, ValidationReport]:
    """Return the tables with failing rows removed (articles moved to rejects) and a report."""
    failures: dict[str, list[dict[str, object]]] = {}
    articles = tables.articles.reset_index(drop=True)
    extra_rejects: list[dict[str, object]] = []
    try:
        articles = Articles.validate(articles, lazy=True)
    except pandera.errors.SchemaErrors as error:
        cases = _failures(error)
        failures["articles"] = _summarise(cases)
        if cases["index"].isna().any():
            raise
        bad = sorted({int(i) for i in cases["index"]})
        for position in bad:
            row = articles.loc[position]
            checks = sorted({str(c) for c in cases.loc[cases["index"] == position, "check"]})
            extra_rejects.append(
                {
                    Rejects.source_file: row[Articles.source_file],
                    Rejects.record: row[Articles.record],
                    Rejects.raw_sha256: row[Articles.raw_sha256],
                    Rejects.reason: "validation_failed",
                    Rejects.detail: "failed checks: " + ", ".join(checks),
                }
            )
        if len(articles) and len(bad) / len(articles) > max_invalid_share:
            raise TooManyInvalidArticles(
                f"{len(bad)} of {len(articles)} articles failed validation (limit {max_invalid_share:.0%}): "
                + "; ".join(f"{f['check']} on {f['column']}" for f in failures["articles"])
            ) from None
        articles = Articles.validate(articles.drop(index=bad).reset_index(drop=True), lazy=True)
    kept = set(articles[Articles.article_id])
    dropped = {str(r[Rejects.raw_sha256])[:16] for r in extra_rejects}
    segments = _validate_child(tables.segments, Segments, kept, dropped, failures, "segments")
    removed = _validate_child(tables.removed_lines, RemovedLines, kept, dropped, failures, "removed_lines")
    quotes = _validate_quotes(tables.quotes, articles, kept, dropped, failures)
    events = _validate_events(tables.events, articles, kept, dropped, failures, bounds or {})
    uncoded = _validate_child(tables.uncoded, Uncoded, kept, dropped, failures, "uncoded")
    rejects = pd.concat(
        [tables.rejects, pd.DataFrame(extra_rejects, columns=tables.rejects.columns)], ignore_index=True
    )
    rejects = Rejects.validate(rejects, lazy=True)
    report = ValidationReport(
        rows_checked={
            "articles": len(tables.articles),
            "segments": len(tables.segments),
            "removed_lines": len(tables.removed_lines),
            "rejects": len(rejects),
            "quotes": len(tables.quotes),
            "events": len(tables.events),
            "uncoded": len(tables.uncoded),
        },
        failures=failures,
        articles_rejected=len(extra_rejects),
    )
    return Tables(articles, segments, removed, rejects, quotes, events, uncoded), report


def _validate_child(
    frame: pd.DataFrame,
    model: type,
    kept: set[str],
    dropped: set[str],
    failures: dict[str, list[dict[str, object]]],
    name: str,
) -> pd.DataFrame:
    """Keep a child table's rows whose article survived; rows of no article at all are reported."""
    keys = frame["article_id"]
    orphans = ~keys.isin(kept)
    if (orphans & ~keys.isin(dropped)).any():
        failures.setdefault(name, []).append(
            {"column": "article_id", "check": "key_in_articles", "count": int(orphans.sum())}
        )
    return model.validate(frame.loc[~orphans].reset_index(drop=True), lazy=True)  # type: ignore[attr-defined]


def _validate_quotes(
    quotes: pd.DataFrame,
    articles: pd.DataFrame,
    kept: set[str],
    dropped: set[str],
    failures: dict[str, list[dict[str, object]]],
) -> pd.DataFrame:
    """Keep quotes of surviving articles whose spans point at their own words; report and drop the rest."""
    quotes = _validate_child(quotes, Quotes, kept, dropped, failures, "quotes")
    bodies = {
        column: dict(zip(articles[Articles.article_id], articles[column], strict=True))
        for column in (Articles.text_en, Articles.text_original)
    }
    columns = ("article_id", "text_en", "char_start", "char_end", "text_original", "orig_char_start", "orig_char_end")
    bad = [
        position
        for position, (article, en, start, end, original, orig_start, orig_end) in enumerate(
            zip(*(quotes[c].tolist() for c in columns), strict=True)
        )
        if not _span_holds(bodies[Articles.text_en].get(article), en, start, end)
        or not _span_holds(bodies[Articles.text_original].get(article), original, orig_start, orig_end)
    ]
    if bad:
        failures.setdefault("quotes", []).append({"column": "char_start", "check": "span_in_text", "count": len(bad)})
        quotes = Quotes.validate(quotes.drop(index=bad).reset_index(drop=True), lazy=True)
    return quotes


def _span_holds(body: object, text: object, start: object, end: object) -> bool:
    """True when a quote has no span in this text, or its span holds exactly its words."""
    if start is None or start is pd.NA or (isinstance(start, float) and pd.isna(start)):
        return True
    if not isinstance(body, str) or not isinstance(text, str):
        return False
    begin, finish = int(str(start)), int(str(end))
    return 0 <= begin < finish <= len(body) and body[begin:finish] == text


def _validate_events(
    events: pd.DataFrame,
    articles: pd.DataFrame,
    kept: set[str],
    dropped: set[str],
    failures: dict[str, list[dict[str, object]]],
    bounds: Mapping[str, tuple[float, float, float, float]],
) -> pd.DataFrame:
    """Keep events of surviving articles that are not dated after publication (unless planned) and whose
    coordinates fall inside their country's rough bounds; report and drop the rest."""
    events = _validate_child(events, Events, kept, dropped, failures, "events")
    published = dict(zip(articles[Articles.article_id], articles[Articles.published_date], strict=True))
    precision = dict(zip(articles[Articles.article_id], articles[Articles.published_precision], strict=True))
    late, outside = [], []
    columns = ("article_id", "event_date", "status", "date_precision", "latitude", "longitude", "country")
    for position, (article, day, status, day_precision, lat, lon, country) in enumerate(
        zip(*(events[c].tolist() for c in columns), strict=True)
    ):
        base = published.get(article)
        if (
            status != "planned"
            and not pd.isna(day)
            and not pd.isna(base)
            and precision.get(article) == "day"
            and day_precision == "day"
            and day > base
        ):
            late.append(position)
        if not pd.isna(lat) and isinstance(country, str) and country in bounds:
            south, north, west, east = bounds[country]
            if not (south - 1 <= float(lat) <= north + 1 and west - 1 <= float(lon) <= east + 1):
                outside.append(position)
    if late:
        failures.setdefault("events", []).append({"column": "event_date", "check": "not_after_publication", "count": len(late)})
    if outside:
        failures.setdefault("events", []).append({"column": "latitude", "check": "inside_country_bounds", "count": len(outside)})
    bad = sorted(set(late) | set(outside))
    if bad:
        events = Events.validate(events.drop(index=bad).reset_index(drop=True), lazy=True)
    return events
