"""Processing: the pure stages run over one batch of raw files, before and after translation.

``prepare`` decodes, cleans and splits a batch into segments; the flow then translates (I/O); ``finish``
adds metadata, quotes and events. Both are pure and picklable, so the flow can run them on a Dask cluster.
``finish`` returns a ``BatchResult``: the batch's rows, one frame per table, and a light ``FileResult`` per
file (its documents, articles' line digests, pending flag). That is what the result cache stores and a
refresh reuses; the article objects never leave the worker.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import pandas as pd
from dateparser.date import DateDataParser

from pipeline.settings import Settings
from pipeline.stages import assemble, clean, ingest
from pipeline.stages import corpus as corpus_stage
from pipeline.stages.actors import MentionFinder, Registry
from pipeline.stages.events import EventRecord, EventTools, UncodedRecord, extract_article_events
from pipeline.stages.language import LanguageDetector, LanguageSettings, split_segments
from pipeline.stages.metadata import MetadataSettings
from pipeline.stages.quotes import QuoteRecord, extract_article_quotes, normalise_quote
from pipeline.stages.records import (
    Article,
    ArticleInfo,
    CleanArticle,
    RawDocument,
    RawFile,
    Reject,
    Segment,
    SourceMeta,
)
from schemas import normalise_line


@dataclass(frozen=True)
class ArticleResult:
    """One article and what was extracted from it."""

    article: Article
    quotes: list[QuoteRecord]
    events: list[EventRecord]
    uncoded: list[UncodedRecord]


@dataclass(frozen=True, slots=True)
class FileResult:
    """Everything one raw file became, without the text: its documents (or a reject), its articles, and
    whether a segment waits for a translation. The rows themselves travel in the batch's frames. (Slots and
    tuples: the driver holds one per file of the corpus, about 1.1 KB each with lists and no slots' 1.3 KB.)"""

    source_file: str
    key: str
    documents: Sequence[RawDocument | Reject]
    articles: Sequence[ArticleInfo] = ()
    empty: Sequence[Reject] = ()
    pending: bool = False
    used_translation: bool = False  # any segment's English came from a translation (so the memory matters)


@dataclass(frozen=True)
class BatchResult:
    """A batch of files and the rows of all their articles: one frame per table, before the corpus-wide steps
    (duplicates, clusters, validation). Child rows carry ``SOURCE`` so a file's rows can be told apart from
    those of another file with the same bytes."""

    files: list[FileResult]
    frames: dict[str, pd.DataFrame]
    part: str = ""  # the batch's content key, kept when only some of its files are reused
    keys: BatchKeys | None = None  # the small columns the corpus-wide steps read (None: read them from the frames)
    rows: str = ""  # the file its frames wait in, when a worker kept them there (the frames are then empty)

    @property
    def part_key(self) -> str:
        """The content key of the batch as it was made (its files' keys): the name of its rows' part files."""
        return self.part or hashlib.sha256("\n".join(sorted(f.key for f in self.files)).encode("utf-8")).hexdigest()[:16]

    def only(self, keys: set[str]) -> BatchResult:
        """The batch with only the files that have these keys; the corpus-wide step that joins the frames
        keeps just those files' rows (one join for all batches beats a filter per batch)."""
        return BatchResult([f for f in self.files if f.key in keys], self.frames, self.part_key, self.keys, self.rows)

    def without_rows(self) -> BatchResult:
        """The batch with its small columns but none of its rows (those wait on disk)."""
        return BatchResult(self.files, {}, self.part_key, self.keys or batch_keys(self.frames))

    def bare(self) -> BatchResult:
        """The batch with its file results only: its rows and clustering columns wait on disk, and the
        corpus-wide steps read them back a batch at a time."""
        return BatchResult(self.files, {}, self.part_key, None)


@dataclass(frozen=True)
class BatchKeys:
    """The columns of a batch's quotes and events that clustering reads, with each row's file: the corpus-wide
    steps need these for every batch, and the rows themselves only for the parts they rewrite."""

    quotes: pd.DataFrame  # SOURCE, article_id, quote_id, the normalised text (QUOTE_KEY), speaker
    events: pd.DataFrame  # SOURCE and the fields of ``ClusterFields``


def batch_keys(frames: dict[str, pd.DataFrame]) -> BatchKeys:
    """The clustering columns of a batch's rows."""
    quotes = frames["quotes"]
    speakers = quotes["speaker_id"].where(quotes["speaker_id"].notna(), quotes["speaker"])
    keys = quotes[assemble.QUOTE_KEY] if assemble.QUOTE_KEY in quotes else pd.Series(
        [normalise_quote(t) for t in assemble.quote_texts(quotes)], index=quotes.index, dtype=object)
    quote_keys = pd.DataFrame({SOURCE: quotes[SOURCE], "article_id": quotes["article_id"], "quote_id": quotes["quote_id"],
                               assemble.QUOTE_KEY: keys, "speaker": speakers})
    columns = [SOURCE, "event_id", "article_id", "event_type", "country", "event_date", "date_precision", "actors"]
    return BatchKeys(quote_keys.reset_index(drop=True), frames["events"][columns].reset_index(drop=True))


#: The hidden column that ties a row to its file until the corpus-wide steps are done.
SOURCE = "_source_file"
ROW_TABLES = ("articles", "segments", "removed_lines", "quotes", "events", "uncoded")


@dataclass(frozen=True)
class PreparedBatch:
    """A batch after cleaning and segmenting, waiting for translation."""

    files: list[FileResult]
    cleans: list[CleanArticle]
    owners: list[int]  # index into files of each clean article
    segmented: list[tuple[str, tuple[Segment, ...]]]


def prepare(
    raws: Sequence[tuple[RawFile | Reject, str]],
    sidecar: Mapping[str, SourceMeta],
    settings: Settings,
    detector: LanguageDetector,
) -> PreparedBatch:
    """Decode, clean and segment a batch of raw files (each with its cache key)."""
    files: list[FileResult] = []
    cleans: list[CleanArticle] = []
    owners: list[int] = []
    for raw, key in raws:
        if isinstance(raw, Reject):
            files.append(FileResult(raw.source_file, key, [raw]))
            continue
        outcomes = [
            corpus_stage.apply_sidecar(o, sidecar) if isinstance(o, RawDocument) else o
            for o in ingest.ingest_file(raw, settings)
        ]
        documents = [o for o in outcomes if isinstance(o, RawDocument)]
        kept, empty = corpus_stage.split_empty(clean.clean_document(d) for d in documents)
        files.append(FileResult(raw.source_file, key, outcomes, empty=empty))
        cleans.extend(kept)
        owners.extend([len(files) - 1] * len(kept))
    language = LanguageSettings(min_chars_line=settings.min_chars_line_language)
    segmented = [split_segments(c, detector, language) for c in cleans]
    return PreparedBatch(files, cleans, owners, segmented)


def finish(
    prepared: PreparedBatch,
    translated: Sequence[tuple[Segment, ...]],
    settings: Settings,
    parser: DateDataParser,
    detector: LanguageDetector,
    registry: Registry,
    finder: MentionFinder,
    event_tools: EventTools,
) -> BatchResult:
    """Add metadata, quotes and events to a translated batch; return its files and the rows of its articles."""
    metadata = MetadataSettings(settings.max_headline_words, settings.derived_title_words)
    per_file: dict[int, list[ArticleResult]] = {}
    off_topic: dict[int, list[Reject]] = {}
    for owner, clean_article, (language, _), segments in zip(
        prepared.owners, prepared.cleans, prepared.segmented, translated, strict=True
    ):
        article = assemble.finish_article(clean_article, language, segments, parser, detector, metadata)
        if settings.require_registry_actor and registry.actors and not _names_an_actor(clean_article, finder):
            document = clean_article.document
            off_topic.setdefault(owner, []).append(
                Reject(document.source_file, "not_news", "names no person, organisation, outlet or country of the "
                       "actor registry, so it is not CSTO news", document.raw_sha256, document.record)
            )
            continue
        events, uncoded = extract_article_events(article, event_tools)
        quotes = extract_article_quotes(article, finder, registry, event_tools.quote_words)
        per_file.setdefault(owner, []).append(ArticleResult(article, quotes, events, uncoded))
    files = []
    for index, draft in enumerate(prepared.files):
        results = per_file.get(index, [])
        segments_of = [s for r in results for s in r.article.segments]
        files.append(
            FileResult(
                draft.source_file,
                draft.key,
                tuple(replace(d, text="", meta=None) if isinstance(d, RawDocument) else d for d in draft.documents),
                tuple(_info(r.article.clean) for r in results),
                (*draft.empty, *off_topic.get(index, [])),
                pending=any(s.status == "pending" for s in segments_of),
                used_translation=any(s.status != "original" for s in segments_of),
            )
        )
    frames = _frames([r for index in sorted(per_file) for r in per_file[index]], metadata)
    return BatchResult(files, frames, keys=batch_keys(frames))


def _info(clean: CleanArticle) -> ArticleInfo:
    document = clean.document
    keys = b"".join(sorted({hashlib.blake2b(normalise_line(line).encode("utf-8"), digest_size=8).digest() for line in clean.lines}))
    return ArticleInfo(document.article_id, document.source_file, document.record, document.raw_sha256, keys)


def _frames(results: Sequence[ArticleResult], metadata: MetadataSettings) -> dict[str, pd.DataFrame]:
    """The rows of a batch's articles, each frame with the hidden ``SOURCE`` column."""
    articles = [r.article for r in results]
    frames = {
        "articles": assemble.articles_frame(articles, metadata),
        "segments": assemble.segments_frame(articles),
        "removed_lines": assemble.removed_lines_frame([a.clean for a in articles]),
        "quotes": assemble.quote_rows_frame([q for r in results for q in r.quotes]),
        "events": assemble.event_rows_frame([e for r in results for e in r.events]),
        "uncoded": assemble.uncoded_frame([u for r in results for u in r.uncoded]),
    }
    # each article's rows come in order, so its file is repeated once per row (two files with the same
    # bytes give the same article ids; their rows must still be told apart)
    counts = {
        "articles": [1] * len(results),
        "segments": [len(r.article.segments) for r in results],
        "removed_lines": [len(r.article.clean.removed) for r in results],
        "quotes": [len(r.quotes) for r in results],
        "events": [len(r.events) for r in results],
        "uncoded": [len(r.uncoded) for r in results],
    }
    frames["quotes"][assemble.QUOTE_KEY] = [normalise_quote(t) for t in assemble.quote_texts(frames["quotes"])]
    sources = [r.article.clean.document.source_file for r in results]
    for name, frame in frames.items():
        frame[SOURCE] = [source for source, n in zip(sources, counts[name], strict=True) for _ in range(n)]
    return frames


def _names_an_actor(article: CleanArticle, finder: MentionFinder) -> bool:
    """True when any line names a registry actor (a recipe or a sports report names none)."""
    return any(m.actor_id for line in article.lines for m in finder.find(line))
