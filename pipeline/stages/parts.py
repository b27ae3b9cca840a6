"""Parts: the corpus-wide steps on small columns, then each batch's rows made into one part of a version.

A run holds its batches' rows on disk (``pipeline.io.spill``), not in memory. The steps that span the corpus
need only small columns:

- which files and articles are kept: a later copy of the same bytes, or of the same lines, is a duplicate
  (``choose``, from each file's ``ArticleInfo``: its id and the digests of its lines);
- which quotes and which events report the same thing (``ClusterInputs``: normalised quote texts and speakers;
  event type, date, precision, country and actors), gathered a batch at a time and clustered at once.

Then each batch becomes its part (``part_tables``): the rows of its kept articles, in file order, with their
cluster ids, and the rejects of its files. Cross-table rules hold within an article, so within its part:
parts are validated a few thousand articles at a time (``joined``, then ``split``) and ``merge_reports`` adds
the reports up. The flow wires these
steps; nothing here reads or writes files.
"""

from __future__ import annotations

import array
import datetime as dt
import hashlib
import zlib
from collections.abc import Container, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from pipeline.stages import assemble
from pipeline.stages import corpus as corpus_stage
from pipeline.stages.events import ClusterFields, event_cluster_name, joined_event_clusters
from pipeline.stages.processing import ROW_TABLES, SOURCE, BatchKeys, BatchResult
from pipeline.stages.quotes import bucketed_quote_clusters, key_digest, normalise_quote, quote_cluster_name
from pipeline.stages.records import RawDocument, Reject
from pipeline.stages.validate import TooManyInvalidArticles, ValidationReport
from schemas import RECORD_KEYS, Events, Quotes


@dataclass(frozen=True)
class Choice:
    """The corpus-wide verdict on files and articles: which articles each batch keeps, and every reject."""

    kept: Mapping[int, frozenset[tuple[str, str]]]  # batch number -> (source file, article id) of each kept article
    rejects: Mapping[str, list[Reject]]  # part -> the rejects of its files
    part_of_file: Mapping[str, str]  # source file -> part (the batch that holds its rows now)


def choose(batches: Sequence[BatchResult]) -> Choice:
    """Files in name order; a later copy of the same bytes or of the same lines is a duplicate. A stored
    batch may hold rows of files that changed since: rows count only from the batch that holds their file now."""
    done = sorted((f for batch in batches for f in batch.files), key=lambda r: r.source_file)
    documents = [d for r in done for d in r.documents if isinstance(d, RawDocument)]
    kept_documents, duplicates = corpus_stage.split_duplicates(documents)
    kept = {(d.source_file, d.record) for d in kept_documents}
    candidates = [a for r in done for a in r.articles if (a.source_file, a.record) in kept]
    distinct, copies = corpus_stage.split_duplicate_text(candidates)
    batch_of = {f.source_file: number for number, batch in enumerate(batches) for f in batch.files}
    part_of_file = {f.source_file: batch.part_key for batch in batches for f in batch.files}
    rejects: dict[str, list[Reject]] = {}
    everything = [d for r in done for d in r.documents if isinstance(d, Reject)]
    everything += [e for r in done for e in r.empty] + duplicates + copies
    for reject in everything:
        rejects.setdefault(part_of_file[reject.source_file], []).append(reject)
    by_batch: dict[int, set[tuple[str, str]]] = {}
    for article in distinct:
        by_batch.setdefault(batch_of[article.source_file], set()).add((article.source_file, article.article_id))
    return Choice({number: frozenset(pairs) for number, pairs in by_batch.items()}, rejects, part_of_file)


def _kept(number: int, frame: pd.DataFrame, choice: Choice) -> pd.DataFrame:
    """The rows of batch ``number``'s frame whose article the corpus keeps."""
    if not len(frame):
        return frame
    kept = choice.kept.get(number, frozenset())
    mask = [pair in kept for pair in zip(frame[SOURCE].tolist(), frame["article_id"].tolist(), strict=True)]
    return frame if all(mask) else frame[mask]  # (most batches keep every row: no copy then)


def kept_rows(number: int, frames: Mapping[str, pd.DataFrame], choice: Choice) -> dict[str, pd.DataFrame]:
    """The rows of batch ``number`` that the corpus keeps, in file order, one copy of each record."""
    rows: dict[str, pd.DataFrame] = {}
    for name in ROW_TABLES:
        frame = _kept(number, frames[name], choice)
        order = ["source_file", "record"] if name == "articles" else [SOURCE]
        frame = frame.sort_values(order, kind="stable", na_position="first").drop(columns=[SOURCE])
        rows[name] = frame.drop_duplicates(subset=list(RECORD_KEYS[name])).reset_index(drop=True)  # same bytes twice in one file
    return rows


def kept_keys(number: int, keys: BatchKeys, choice: Choice) -> BatchKeys:
    """The clustering columns of batch ``number``'s kept rows."""
    return BatchKeys(_kept(number, keys.quotes, choice), _kept(number, keys.events, choice))


class Buckets(Protocol):
    """Where ``ClusterInputs`` keeps the rows it clusters until it clusters them, in ``buckets`` buckets that are
    clustered one at a time: in memory (``MemoryBuckets``) or on disk (the run's spill), so the driver holds no row
    of the corpus."""

    buckets: int

    def put(self, rows: Sequence[Sequence[tuple[Any, ...]]]) -> None:
        """Add one batch's rows, a list per bucket, in the order they came."""

    def read(self, bucket: int) -> Iterator[tuple[Any, ...]]:
        """A bucket's rows, in the order they were put."""


@dataclass
class MemoryBuckets:
    """Rows held in memory, in one bucket (tests, notebooks and ``tables_of``)."""

    buckets: int = 1
    rows: list[list[tuple[Any, ...]]] = field(default_factory=lambda: [[]])

    def put(self, rows: Sequence[Sequence[tuple[Any, ...]]]) -> None:
        """Add one batch's rows."""
        for bucket, items in enumerate(rows):
            self.rows[bucket].extend(items)

    def read(self, bucket: int) -> Iterator[tuple[Any, ...]]:
        """A bucket's rows."""
        return iter(self.rows[bucket])


def bucket_of(key: str, buckets: int) -> int:
    """The bucket rows with ``key`` go to (the same in every process)."""
    return zlib.crc32(key.encode("utf-8")) % buckets


@dataclass
class ClusterInputs:
    """What clustering reads of every kept quote and event, taken a batch at a time (the same id twice, the same
    bytes twice in one file, is one record; a file's rows are all in one batch, so the check is per batch): the
    batches' frames are not kept, and neither are the rows. Quotes wait in ``texts`` (on disk in a run) as
    (index, speaker, normalised text, quote id), in buckets of speakers; the pass holds only an 8-byte digest of each
    text, joins exact repeats by digest and compares near ones a bucket at a time. Events wait in ``events`` in
    buckets of event type and country, the only events that can join, and are clustered a bucket at a time. At
    100,000 articles the gathered columns took 397 MB in memory with every row's values, 230 MB with repeated values
    held once, and now about 8 bytes a quote (docs/scale.md)."""

    texts: Buckets = field(default_factory=MemoryBuckets)
    events: Buckets = field(default_factory=MemoryBuckets)
    digests: array.array[int] = field(default_factory=lambda: array.array("q"))

    @property
    def quotes(self) -> int:
        """How many quotes were gathered."""
        return len(self.digests)

    def add(self, keys: BatchKeys) -> None:
        """Take the clustering columns of one batch's kept rows (``kept_keys``)."""
        quotes = keys.quotes
        who = quotes["speaker"].astype(object)
        seen: set[str] = set()
        rows: list[list[tuple[Any, ...]]] = [[] for _ in range(self.texts.buckets)]
        for quote_id, key, speaker in zip(quotes["quote_id"].astype(str).tolist(), quotes[assemble.QUOTE_KEY].astype(str).tolist(),
                                          who.where(who.notna(), None).tolist(), strict=True):
            if quote_id not in seen:
                seen.add(quote_id)
                said = "" if speaker is None else str(speaker)
                rows[bucket_of(said, self.texts.buckets)].append((len(self.digests), said, key, quote_id))
                self.digests.append(key_digest(key))
        self.texts.put(rows)
        if not len(keys.events):
            return
        seen.clear()
        rows = [[] for _ in range(self.events.buckets)]
        for record in assemble.event_cluster_fields(keys.events):
            if record.event_id not in seen:
                seen.add(record.event_id)
                rows[bucket_of(f"{record.event_type}\t{record.country}", self.events.buckets)].append(_event_row(record))
        self.events.put(rows)

    def clusters(self, threshold: float, previous: Clusters | None = None) -> Clusters:
        """Cluster every quote and every event gathered; keep only the rows whose cluster another member names.
        ``previous``: the parent version's clusters of two or more, whose names a refresh keeps."""
        return Clusters(self._quote_clusters(threshold, previous), self._event_clusters(previous))

    def _quote_rows(self, bucket: int) -> Iterator[tuple[int, str, str]]:
        return ((index, speaker, key) for index, speaker, key, _ in self.texts.read(bucket))

    def _quote_clusters(self, threshold: float, previous: Clusters | None) -> dict[str, str]:
        """``joined_quote_clusters`` of the gathered quotes, their texts read a bucket at a time: the same clusters, the
        same names, by quote id."""
        before: list[str | None] = []
        if previous is not None:
            before = [None] * self.quotes
            for bucket in range(self.texts.buckets):
                for index, _, _, quote_id in self.texts.read(bucket):
                    before[index] = previous.quotes.get(quote_id)
        digests = np.frombuffer(self.digests, dtype=np.int64) if self.quotes else np.empty(0, dtype=np.int64)
        names = bucketed_quote_clusters(digests, self.texts.buckets, self._quote_rows, threshold, before)
        return {quote_id: names[index] for bucket in range(self.texts.buckets)
                for index, _, _, quote_id in self.texts.read(bucket) if index in names}

    def _event_clusters(self, previous: Clusters | None) -> dict[str, str]:
        """``joined_event_clusters`` of the gathered events, a bucket of event types and countries at a time (events of
        two types or two countries never join, so each bucket clusters alone), by event id."""
        named: dict[str, str] = {}
        for bucket in range(self.events.buckets):
            records = [_event_fields(row) for row in self.events.read(bucket)]
            before = [previous.events.get(r.event_id) for r in records] if previous is not None else []
            named.update((records[i].event_id, name) for i, name in joined_event_clusters(records, previous=before).items())
        return named


def _event_row(record: ClusterFields) -> tuple[Any, ...]:
    day = None if record.event_date is None else record.event_date.toordinal()
    return (record.event_id, record.article_id, record.event_type, record.country, day, record.date_precision, tuple(record.actors))


def _event_fields(row: tuple[Any, ...]) -> ClusterFields:
    event_id, article_id, event_type, country, day, precision, actors = row
    return ClusterFields(event_id, article_id, event_type, country, None if day is None else dt.date.fromordinal(day), precision, actors)


def base_recipe(part: str, number: int, keys: BatchKeys, choice: Choice, fingerprint: str) -> str:
    """What a part's rows depend on: its batch (whose key holds its files' bytes and the code and reference that
    made them), the articles the corpus keeps of it, its rejects and the ids of its quotes and events. A part
    whose base recipe equals the parent's part's has the parent's rows; only their cluster ids may differ."""
    rejects = [(r.source_file, r.record, r.reason, r.detail) for r in choice.rejects.get(part, [])]
    return _base(fingerprint, part, choice.kept.get(number, frozenset()), rejects, keys.quotes["quote_id"].tolist(),
                 keys.events["event_id"].tolist())


def _base(fingerprint: str, part: str, kept: Iterable[tuple[str, str]], rejects: Iterable[tuple[object, ...]], quotes: Iterable[object],
          events: Iterable[object]) -> str:
    return hashlib.sha256(repr((fingerprint, part, sorted(kept), sorted(repr(r) for r in rejects), sorted(str(q) for q in quotes),
                                sorted(str(e) for e in events))).encode("utf-8")).hexdigest()


#: The columns of a ``rejects`` row that a part's base recipe reads.
_REJECT_KEY = ("source_file", "record", "reason", "detail")


def base_of_tables(part: str, tables: Mapping[str, pa.Table], fingerprint: str) -> str:
    """The base recipe of a part's written tables (a clean part: no article of it failed validation), to compare
    with ``base_recipe``: equal, the tables hold the rows a build would make."""
    articles, rejects = tables["articles"], tables["rejects"]
    kept = zip(articles.column("source_file").to_pylist(), articles.column("article_id").to_pylist(), strict=True)
    refused = zip(*(rejects.column(c).to_pylist() for c in _REJECT_KEY), strict=True)
    return _base(fingerprint, part, kept, refused, tables["quotes"].column("quote_id").to_pylist(), tables["events"].column("event_id").to_pylist())


def trimmed(tables: Mapping[str, pa.Table], number: int, part: str, choice: Choice) -> dict[str, pa.Table]:
    """The parent's part ``tables`` less the rows of the articles and rejects the corpus no longer gives batch
    ``number`` (a file edited since, whose rows come from a new batch now, and what its change made a duplicate):
    the part a build would make when ``base_of_tables`` of the result equals the part's ``base_recipe``."""
    ids = pa.array(sorted({article for _, article in choice.kept.get(number, frozenset())}), pa.string())
    wanted = {(r.source_file, r.record, r.reason, r.detail) for r in choice.rejects.get(part, [])}
    out: dict[str, pa.Table] = {}
    for name, table in tables.items():
        if name == "rejects":
            keys = zip(*(table.column(c).to_pylist() for c in _REJECT_KEY), strict=True)
            out[name] = table.filter(pa.array([key in wanted for key in keys], pa.bool_()))
        else:
            out[name] = table.filter(pc.is_in(table.column("article_id"), value_set=ids))
    return out


def with_clusters(tables: Mapping[str, pa.Table], keys: BatchKeys, clusters: Clusters) -> dict[str, pa.Table]:
    """A part's tables with the cluster ids of its quotes and events as ``clusters`` gives them now."""
    out = dict(tables)
    for table, (id_column, column, values) in relabelled(keys, clusters).items():
        arrow = out[table]
        new = [values[str(key)] for key in arrow.column(id_column).to_pylist()]
        out[table] = arrow.set_column(arrow.schema.get_field_index(column), column, pa.array(new, pa.string()))
    return out


def recipe(base: str, keys: BatchKeys, clusters: Clusters) -> str:
    """What a part's bytes depend on: its base recipe and its rows' clusters. A part whose recipe equals the
    parent's part of the same name is that part, and is linked without being read."""
    # a quote or event alone is named from its own words or id, which the batch key already covers
    quotes = sorted((str(q), clusters.quotes.get(str(q))) for q in keys.quotes["quote_id"].tolist())
    events = sorted((str(e), clusters.events.get(str(e))) for e in keys.events["event_id"].tolist())
    return hashlib.sha256(repr((base, quotes, events)).encode("utf-8")).hexdigest()


def relabelled(keys: BatchKeys, clusters: Clusters) -> dict[str, tuple[str, str, dict[str, str]]]:
    """The cluster id of each of a part's quotes and events, by id, as ``Staging.relabel_part`` takes them."""
    quotes = {str(q): clusters.quote(str(q), str(k)) for q, k in zip(keys.quotes["quote_id"].tolist(), keys.quotes[assemble.QUOTE_KEY].tolist(), strict=True)}
    events = {str(e): clusters.event(str(e)) for e in keys.events["event_id"].tolist()}
    return {"quotes": (Quotes.quote_id, Quotes.cluster_id, quotes), "events": (Events.event_id, Events.cluster_id, events)}


@dataclass(frozen=True)
class Clusters:
    """The cluster of each quote and event whose cluster another member names, by id. Every other quote or
    event names its own cluster from its words or id, so the driver holds no entry for most rows of the corpus."""

    quotes: Mapping[str, str]
    events: Mapping[str, str]

    def quote(self, quote_id: str, key: str) -> str:
        """The cluster id of a quote with normalised words ``key``."""
        return self.quotes.get(quote_id) or quote_cluster_name(key)

    def event(self, event_id: str) -> str:
        """The cluster id of an event."""
        return self.events.get(event_id) or event_cluster_name(event_id)


def part_tables(rows: Mapping[str, pd.DataFrame], rejects: Sequence[Reject], clusters: Clusters) -> assemble.Tables:
    """One batch's kept rows as the tables of its part, with cluster ids and the rejects of its files."""
    quotes = rows["quotes"]
    keys = quotes[assemble.QUOTE_KEY].tolist() if assemble.QUOTE_KEY in quotes else [normalise_quote(t) for t in assemble.quote_texts(quotes)]
    names = [clusters.quote(str(q), str(k)) for q, k in zip(quotes[Quotes.quote_id].tolist(), keys, strict=True)]
    quotes = quotes.drop(columns=[assemble.QUOTE_KEY], errors="ignore")
    quotes = quotes.assign(**{Quotes.cluster_id: pd.Series(names, index=quotes.index, dtype=object)})
    events = rows["events"]
    events = events.assign(**{Events.cluster_id: pd.Series([clusters.event(str(e)) for e in events[Events.event_id].tolist()], index=events.index, dtype=object)})
    return assemble.Tables(
        articles=rows["articles"], segments=rows["segments"], removed_lines=rows["removed_lines"],
        rejects=assemble.rejects_frame(rejects), quotes=quotes, events=events, uncoded=rows["uncoded"],
    )


def merge_reports(reports: Sequence[ValidationReport]) -> ValidationReport:
    """The report of a whole version from the reports of its parts: rows and failure cases added up."""
    rows: dict[str, int] = {}
    cases: dict[str, dict[tuple[object, object], int]] = {}
    for report in reports:
        for table, count in report.rows_checked.items():
            rows[table] = rows.get(table, 0) + count
        for table, found in report.failures.items():
            for case in found:
                key = (case["column"], case["check"])
                cases.setdefault(table, {})[key] = cases.setdefault(table, {}).get(key, 0) + int(str(case["count"]))
    failures: dict[str, list[dict[str, object]]] = {
        table: [{"column": column, "check": check, "count": count} for (column, check), count in sorted(found.items(), key=str)]
        for table, found in cases.items()
    }
    return ValidationReport(rows, failures, sum(r.articles_rejected for r in reports))


def check_invalid_share(report: ValidationReport, max_invalid_share: float) -> None:
    """Stop the run when too many articles failed validation across the whole version."""
    total = report.rows_checked.get("articles", 0)
    if total and report.articles_rejected / total > max_invalid_share:
        found = "; ".join(f"{f['check']} on {f['column']}" for f in report.failures.get("articles", []))
        raise TooManyInvalidArticles(
            f"{report.articles_rejected} of {total} articles failed validation (limit {max_invalid_share:.0%}): {found}"
        )


def part_facts(recipe: str, tables: assemble.Tables, report: ValidationReport, registry: Container[str]) -> dict[str, object]:
    """What the manifest keeps of a part, so a later run that links the part need not read it: its recipe,
    its rows and validation report, and the facts the run's warnings read."""
    rows = {name: len(getattr(tables, name)) for name in TABLE_NAMES}
    return _facts(recipe, rows, report, tables.rejects["reason"].tolist(), tables.rejects["source_file"].tolist(),
                  tables.quotes[Quotes.speaker_id].tolist(), tables.events[Events.actors].tolist(), registry)


def arrow_facts(recipe: str, tables: Mapping[str, pa.Table], registry: Container[str]) -> dict[str, object]:
    """``part_facts`` of a clean part held as Arrow tables (one trimmed from the parent's: its rows were checked
    when they were made)."""
    rows = {name: tables[name].num_rows for name in TABLE_NAMES}
    rejects = tables["rejects"]
    return _facts(recipe, rows, ValidationReport(rows, {}, 0), rejects.column("reason").to_pylist(), rejects.column("source_file").to_pylist(),
                  tables["quotes"].column(Quotes.speaker_id).to_pylist(), tables["events"].column(Events.actors).to_pylist(), registry)


def _facts(recipe: str, rows: dict[str, int], report: ValidationReport, reasons: Sequence[object], sources: Sequence[object],
           speakers: Sequence[object], actors: Sequence[object], registry: Container[str]) -> dict[str, object]:
    said = {s for s in speakers if isinstance(s, str) and s in registry}
    acted = {a for found in actors if found is not None for a in found if isinstance(a, str) and a in registry}  # type: ignore[attr-defined]
    return {
        "recipe": recipe,
        "rows": rows,
        "report": report.as_dict(),
        "not_news": sum(reason == "not_news" for reason in reasons),
        "emptied": [source for reason, source in zip(reasons, sources, strict=True) if reason == "only_boilerplate"],
        "registered": sorted(said | acted),
    }


def joined(pieces: Sequence[assemble.Tables]) -> assemble.Tables:
    """Several parts' tables as one, to validate them in one pass (Pandera's cost is mostly per call)."""
    return assemble.Tables(**{name: pd.concat([getattr(p, name) for p in pieces], ignore_index=True) for name in TABLE_NAMES})


def split(tables: assemble.Tables, part_of_article: Mapping[str, str], part_of_file: Mapping[str, str]) -> dict[str, assemble.Tables]:
    """Validated tables of several parts back into each part's tables (rows by their article's part; rejects
    by their file's part), rows in the order they came."""
    frames: dict[str, dict[str, pd.DataFrame]] = {}
    for name in TABLE_NAMES:
        frame = getattr(tables, name)
        owners = frame["source_file"].map(part_of_file) if name == "rejects" else frame["article_id"].map(part_of_article)
        for part, rows in frame.groupby(owners.to_numpy(), sort=False):
            frames.setdefault(str(part), {})[name] = rows.reset_index(drop=True)
    empty = {name: getattr(tables, name).iloc[0:0] for name in TABLE_NAMES}
    return {part: assemble.Tables(**{**empty, **found}) for part, found in frames.items()}


def clean_report(tables: assemble.Tables) -> ValidationReport:
    """The report of a part that passed every check: its rows, no failures."""
    return ValidationReport({name: len(getattr(tables, name)) for name in TABLE_NAMES}, {}, 0)


TABLE_NAMES = ("articles", "segments", "removed_lines", "rejects", "quotes", "events", "uncoded")
