"""The dataset card: a version's README, written from its tables, its manifest and the Pandera schemas.

Every column's meaning, type and allowed values come from ``schemas`` (``column_docs``), never written
twice. Text that comes from articles (outlet names, speakers) is escaped for Markdown.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import pandas as pd
import polars as pl

from schemas import TABLES, column_docs

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~])")

LIMITATIONS = (
    "Quotes and events are extracted by rules over a registry and word files (pipeline/reference/*_words.yaml, "
    "merged with any --reference folder); they are measured on hand-written gold (docs/quality.md), where held-out articles score "
    "lower than the development set.",
    "Dates without a year are dated through the reference calendar (pipeline/reference/calendar.yaml) or the registry's dated roles when the "
    "article gives no publication date (see `date_source`); events that nothing dates keep a null date.",
    "Offline runs translate only what the translation memory or cache holds; other segments stay `pending` "
    "and their articles have no English until a provider answers.",
    "An edited raw file gets a new article_id (the id is the hash of its bytes): the change log lists the old "
    "article as removed and the new one as added.",
    "Country-level places carry no coordinates; a videoconference has geo_precision `virtual`.",
)


def md_escape(text: object) -> str:
    """Escape text from articles for Markdown tables and prose."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", str(text)).replace("\n", " ")


def _range(articles: pd.DataFrame) -> str:
    known = articles.dropna(subset=["published_date"])
    if known.empty:
        return "unknown (no article has a known publication date)"
    dates = pd.to_datetime(known["published_date"])
    return f"{dates.min().date()} to {dates.max().date()} ({int(known['n'].sum())} of {int(articles['n'].sum())} articles dated)"


def render_card(
    version: str,
    manifest: Mapping[str, Any],
    tables: Mapping[str, pd.DataFrame],
    figures: Sequence[tuple[str, str]],
) -> str:
    """Return the card as Markdown. ``figures`` are (file name, caption) of the pictures beside it."""
    articles = tables["articles"]  # (each table's rows counted, ``CARD_SUMMARIES``)
    total = int(articles["n"].sum())
    lines = [
        f"# CSTO news dataset, version {version}",
        "",
        "Articles about the Collective Security Treaty Organization, cleaned and translated to English, with "
        "the quotations they report (who said what) and the events they describe (PLOVER types, dates, places, "
        "actors). Built by the `csto-pipeline` package from the raw files of its corpus.",
        "",
        f"- Parent version: {manifest.get('parent') or 'none'}; created {manifest.get('created_at')}; "
        f"package {manifest.get('package_version')}; git commit {manifest.get('git_commit') or 'unknown'}; "
        f"schema {manifest.get('schema_version')}.",
        "",
        "## Sources",
        "",
        f"- {manifest.get('corpus', {}).get('files', total)} raw files; {total} articles; "
        f"{int(tables['rejects']['n'].sum())} rejects (each with its reason in `rejects`).",
        f"- Publication dates: {_range(articles)}.",
        "- Languages: " + (", ".join(f"{md_escape(k)} ({v})" for k, v in summed(articles.dropna(subset=['language']), "language").items()) or "none") + ".",
        "- Outlets: " + (", ".join(f"{md_escape(k)} ({v})" for k, v in summed(articles.assign(outlet=articles["outlet"].fillna("unknown")), "outlet").items())
                         or "none") + ".",
        "",
    ]
    lines += _translation(manifest, tables)
    lines += _changes(manifest)
    lines += _validation(manifest)
    if figures:
        lines += ["## Pictures", ""]
        lines += [f"![{md_escape(caption)}]({name})" + "\n\n" + f"*{md_escape(caption)}*" + "\n" for name, caption in figures]
    lines += _loading(version)
    lines += ["## Tables", ""]
    for name, model in TABLES.items():
        rows = manifest.get("tables", {}).get(name, {}).get("rows", int(tables[name]["n"].sum()) if name in tables else 0)
        lines += [f"### `{name}` ({rows} rows)", "", md_escape(model.__doc__ or "").strip(), ""]
        lines += ["| column | type | null | meaning | allowed values |", "|---|---|---|---|---|"]
        for doc in column_docs(model):
            allowed = ", ".join(doc.allowed)
            lines.append(
                f"| `{doc.name}` | {doc.type} | {'yes' if doc.nullable else 'no'} | {md_escape(doc.description)} | {md_escape(allowed)} |"
            )
        lines.append("")
    lines += ["## Known limitations", ""] + [f"- {item}" for item in LIMITATIONS] + [""]
    return "\n".join(lines)


def _translation(manifest: Mapping[str, Any], tables: Mapping[str, pd.DataFrame]) -> list[str]:
    segments = tables["segments"]
    by_status = summed(segments, "status")
    translated = segments[segments["status"].isin(["memory", "cache", "provider"])]
    providers = summed(translated.assign(provider=translated["provider"].fillna(translated["status"])), "provider")
    count = int(translated["n"].sum())
    share = ", ".join(f"{md_escape(k)} {v / max(count, 1):.0%}" for k, v in providers.items()) or "none needed"
    return [
        "## Translation",
        "",
        f"- {int(segments['n'].sum())} paragraphs: " + ", ".join(f"{k} {v}" for k, v in by_status.items()) + ".",
        f"- Translated paragraphs by source: {share}.",
        f"- Pending paragraphs (no memory, cache or provider had them): {int(by_status.get('pending', 0))}.",
        "",
    ]


def _changes(manifest: Mapping[str, Any]) -> list[str]:
    changes = manifest.get("changes", {})
    lines = ["## Changes against the parent version", ""]
    if not changes:
        return [*lines, "No record changed.", ""]
    lines += ["| table | added | modified | removed |", "|---|---|---|---|"]
    for table, counts in sorted(changes.items()):
        lines.append(f"| {table} | {counts.get('added', 0)} | {counts.get('modified', 0)} | {counts.get('removed', 0)} |")
    return [*lines, "", "Every changed record is listed in the `changes` table.", ""]


def _validation(manifest: Mapping[str, Any]) -> list[str]:
    validation = manifest.get("validation", {})
    rows = ", ".join(f"{k} {v}" for k, v in validation.get("rows_checked", {}).items())
    lines = [
        "## Validation",
        "",
        f"Every table was checked against its Pandera model (lazy validation): {rows}. "
        f"Result: {'passed' if validation.get('passed') else 'problems found, rows dropped as listed'}; "
        f"articles moved to rejects by validation: {validation.get('articles_rejected', 0)}.",
        "",
    ]
    for table, failures in validation.get("failures", {}).items():
        lines += [f"- {table}: {md_escape(f['check'])} on {f['column']} ({f['count']})" for f in failures]
    return [*lines, ""]


def _loading(version: str) -> list[str]:
    return [
        "## Loading this version",
        "",
        "```python",
        "import pandas as pd",
        f'articles = pd.read_parquet("datasets/{version}/articles")  # each table is a folder of part files',
        "",
        "import polars as pl",
        f'events = pl.read_parquet("datasets/{version}/events/*.parquet")',
        "",
        "import duckdb",
        f"duckdb.sql(\"select speaker, count(*) from 'datasets/{version}/quotes/*.parquet' group by 1 order by 2 desc\").show()",
        "",
        "from pipeline import load_table  # validated against the schemas",
        f'quotes = load_table("quotes", version="{version}")',
        "```",
        "",
    ]


#: How many events a timeline may hold before only clusters reported more than once are named in its key.
BUSY_TIMELINE = 12


def _counted(columns: Sequence[str]) -> Callable[[pl.LazyFrame], pl.LazyFrame]:
    """A table's rows counted by ``columns`` (``n``), each combination in the order its first row came."""
    return lambda rows: rows.group_by(list(columns), maintain_order=True).agg(pl.len().alias("n"))


def _dated_clusters(rows: pl.LazyFrame) -> pl.LazyFrame:
    """Each cluster of dated events: its reports (``n``), first day, type and place (the first row's that has one); only
    those the timeline's key may name (reported more than once, unless the timeline is not busy)."""
    return (rows.filter(pl.col("event_date").is_not_null())
            .group_by("cluster_id", maintain_order=True)
            .agg(pl.len().alias("n"), pl.col("event_date").min().alias("when"), pl.col("event_type").drop_nulls().first().alias("kind"),
                 pl.col("place").drop_nulls().first().alias("place"))
            .filter((pl.col("n") >= 2) | (pl.col("n").sum() <= BUSY_TIMELINE))
            .sort("cluster_id"))


#: What the card and its pictures read of a version, by name: the table and how its rows are summed up. A version's
#: writer hands over these counts, never the rows (at 100,000 articles the rows' columns took some 180 MB).
CARD_SUMMARIES: dict[str, tuple[str, Callable[[pl.LazyFrame], pl.LazyFrame]]] = {
    "articles": ("articles", _counted(["published_date", "language", "outlet"])),
    "rejects": ("rejects", lambda rows: rows.select(pl.len().alias("n"))),
    "segments": ("segments", _counted(["status", "provider"])),
    "events": ("events", _counted(["event_type", "event_date"])),
    "event_clusters": ("events", _dated_clusters),
    "quotes": ("quotes", _counted(["speaker", "kind"])),
}


def summed(counts: pd.DataFrame, column: str) -> pd.Series:
    """Rows by one column's values, most first (ties in the order they came), from counted rows."""
    return counts.groupby(column, sort=False, dropna=False)["n"].sum().sort_values(ascending=False, kind="stable")


def render_version_files(version: str, manifest: Mapping[str, Any], tables: Mapping[str, pd.DataFrame]) -> dict[str, bytes]:
    """The files that explain a version: README.md (the card) and its pictures, as bytes by file name."""
    from pipeline.stages.figures import FIGURES, render_figures

    try:
        pictures = render_figures(tables)
    except ImportError:  # matplotlib is the optional "report" extra
        pictures = {}
    card = render_card(version, manifest, tables, [(name, FIGURES[name]) for name in pictures])
    return {"README.md": card.encode("utf-8"), **pictures}
