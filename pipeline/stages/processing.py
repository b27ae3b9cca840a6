"""Processing: the pure stages run over one batch of raw files, before and after translation.

``prepare`` decodes, cleans and splits a batch into segments; the flow then translates (I/O); ``finish``
adds metadata, quotes and events. Both are pure and picklable, so the flow can run them on a Dask cluster.
A ``FileResult`` is everything one raw file became: what the result cache stores and a refresh reuses.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from dateparser.date import DateDataParser

from pipeline.settings import Settings
from pipeline.stages import assemble, clean, ingest
from pipeline.stages import corpus as corpus_stage
from pipeline.stages.actors import MentionFinder, Registry
from pipeline.stages.article_quotes import QuoteRecord, extract_article_quotes
from pipeline.stages.events import EventRecord, EventTools, UncodedRecord, extract_article_events
from pipeline.stages.language import LanguageDetector, LanguageSettings, split_segments
from pipeline.stages.metadata import MetadataSettings
from pipeline.stages.records import Article, CleanArticle, RawDocument, RawFile, Reject, Segment, SourceMeta


@dataclass(frozen=True)
class ArticleResult:
    """One article and what was extracted from it."""

    article: Article
    quotes: list[QuoteRecord]
    events: list[EventRecord]
    uncoded: list[UncodedRecord]

    @property
    def pending(self) -> bool:
        """True while any segment waits for a translation."""
        return any(segment.status == "pending" for segment in self.article.segments)


@dataclass(frozen=True)
class FileResult:
    """Everything one raw file became: its decoded documents (or a reject) and each article's results."""

    source_file: str
    key: str
    documents: list[RawDocument | Reject]
    articles: list[ArticleResult] = field(default_factory=list)
    empty: list[Reject] = field(default_factory=list)

    @property
    def pending(self) -> bool:
        """True while any of its articles waits for a translation."""
        return any(result.pending for result in self.articles)

    @property
    def used_translation(self) -> bool:
        """True when any segment's English came from a translation (so the memory matters)."""
        return any(s.status != "original" for r in self.articles for s in r.article.segments)


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
) -> list[FileResult]:
    """Add metadata, quotes and events to a translated batch; return one result per file."""
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
        quotes = extract_article_quotes(article, finder, registry)
        per_file.setdefault(owner, []).append(ArticleResult(article, quotes, events, uncoded))
    return [
        FileResult(f.source_file, f.key, f.documents, per_file.get(index, []), [*f.empty, *off_topic.get(index, [])])
        for index, f in enumerate(prepared.files)
    ]


def _names_an_actor(article: CleanArticle, finder: MentionFinder) -> bool:
    """True when any line names a registry actor (a recipe or a sports report names none)."""
    return any(m.actor_id for line in article.lines for m in finder.find(line))
