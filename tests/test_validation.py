"""Validation across tables: a quote whose span misses its words, an event dated after its article, and an
event placed outside its country are dropped and counted; every other row stays."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from pipeline import flows
from pipeline.settings import Settings
from pipeline.stages import assemble, processing
from pipeline.stages.validate import validate_tables


def _seed_tables(corpus: Path, tmp_path: Path) -> tuple[assemble.Tables, flows.Reference]:
    """The seed corpus's tables, built by the flow's own task functions without Prefect."""
    settings = Settings(corpus_dir=corpus, out_dir=tmp_path, translator="offline", show_progress=False)
    inputs, sidecar, _ = flows.discover_corpus.fn(settings)
    memory = flows.load_memory.fn(settings)
    reference = flows.load_reference.fn(settings)
    fresh, _ = flows.read_files.fn(settings, inputs, sidecar, "test", memory.fingerprint)
    prepared = flows.prepare_articles.fn(settings, fresh, sidecar)
    translated, _, _ = flows.translate.fn(settings, memory, [s for _, s in prepared.segmented])
    done: processing.BatchResult = flows.finish_articles.fn(settings, reference, prepared, translated)
    return flows.tables_of(settings, [done]), reference


def test_rows_that_break_cross_table_rules_are_dropped_and_counted(seed_corpus: Path, tmp_path: Path) -> None:
    tables, reference = _seed_tables(seed_corpus, tmp_path)
    bounds = flows.extraction_tools(reference)[1].gazetteer.bounds
    clean, report = validate_tables(tables, 0.5, bounds)
    assert report.failures == {}
    assert len(clean.quotes) == len(tables.quotes) and len(clean.events) == len(tables.events)

    quotes = tables.quotes.copy()
    spanned = quotes.index[quotes["char_start"].notna()][0]
    quotes.loc[spanned, "char_start"] = int(quotes.loc[spanned, "char_start"]) + 1  # the span no longer holds the words
    events = tables.events.copy()
    articles = tables.articles.copy()
    # the article of the latest reported day-precise event now says it was published the day before it
    reported = events[(events["date_precision"] == "day") & (events["status"] != "planned") & events["event_date"].notna()]
    late = reported.sort_values("event_date").index[-1]
    day = pd.Timestamp(events.loc[late, "event_date"])
    assert (reported["event_date"] == events.loc[late, "event_date"]).sum() == 1  # a single event on that day
    owner = articles["article_id"] == events.loc[late, "article_id"]
    articles.loc[owner, "published_date"] = day - pd.Timedelta(days=1)
    articles.loc[owner, "published_precision"] = "day"
    placed = [i for i in events.index if pd.notna(events.loc[i, "latitude"]) and i != late]
    outside = placed[0]
    events.loc[outside, "latitude"] = -60.0  # the Southern Ocean is in no CSTO country

    broken = assemble.Tables(articles, tables.segments, tables.removed_lines, tables.rejects, quotes, events, tables.uncoded)
    kept, report = validate_tables(broken, 0.5, bounds)
    checks = {(table, f["check"]): f["count"] for table, found in report.failures.items() for f in found}
    assert checks == {("quotes", "span_in_text"): 1, ("events", "not_after_publication"): 1, ("events", "inside_country_bounds"): 1}
    assert len(kept.quotes) == len(tables.quotes) - 1
    assert len(kept.events) == len(tables.events) - 2
    assert set(kept.events["event_id"]) == set(tables.events["event_id"]) - {events.loc[late, "event_id"], events.loc[outside, "event_id"]}
