"""Typed records passed between stages: what a raw file became at each step.

Stages take and return these frozen dataclasses; only the assembly step turns them into table rows,
spelling columns through ``schemas``.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RawFile:
    """Bytes read from the corpus by the I/O layer, before any decoding."""

    source_file: str
    data: bytes


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that will not become an article: a ``rejects`` row."""

    source_file: str
    reason: str
    detail: str
    raw_sha256: str | None = None
    record: int | None = None


@dataclass(frozen=True)
class SourceMeta:
    """Metadata supplied beside the text (sidecar CSV, JSONL fields, HTML meta tags)."""

    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    origin: str = "sidecar"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One decoded article: a whole text file, an HTML page's main text, or one JSONL record."""

    source_file: str
    raw_sha256: str
    raw_bytes: int
    encoding: str
    text: str
    record: int | None = None
    meta: SourceMeta | None = None

    @property
    def article_id(self) -> str:
        """The stable id of the article: a prefix of the raw bytes' sha256."""
        return self.raw_sha256[:16]


@dataclass(frozen=True)
class RemovedLine:
    """A line that cleaning took out, with its 1-based line number and the rule that removed it."""

    line_no: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanArticle:
    """An article after cleaning: the lines kept, the lines removed, and the attribution line if any."""

    document: RawDocument
    lines: tuple[str, ...]
    removed: tuple[RemovedLine, ...]
    n_lines_raw: int
    source_line: str | None = None


@dataclass(frozen=True)
class Segment:
    """One paragraph of an article and, once translated, its English."""

    segment_no: int
    text: str
    language: str
    text_en: str | None = None
    status: str = "pending"
    provider: str | None = None


@dataclass(frozen=True)
class Published:
    """A publication date with where it came from and how much of it is known."""

    date: str | None  # ISO yyyy-mm-dd; month/year precision keep the first day
    source: str = "unknown"
    precision: str = "unknown"


@dataclass(frozen=True)
class Article:
    """A finished article: clean text, language, segments with English, and metadata."""

    clean: CleanArticle
    language: str
    segments: tuple[Segment, ...]
    title: str
    title_derived: bool
    outlet: str | None
    url: str | None
    published: Published
    text_en_language: str | None = None


@dataclass(frozen=True, slots=True)
class ArticleInfo:
    """What the corpus-wide steps need of one article: who it is and a digest of each of its lines."""

    article_id: str
    source_file: str
    record: int | None
    raw_sha256: str
    # the distinct 8-byte digests of its normalised lines, packed (the duplicate-text check): about a tenth of the
    # memory a set of Python ints takes, for a driver that holds one per article of the corpus
    line_keys: bytes | frozenset[int]

    @property
    def lines(self) -> frozenset[int]:
        """The digests of its lines as a set (a result cached by an older version holds the set itself)."""
        if isinstance(self.line_keys, frozenset):
            return self.line_keys
        return frozenset(memoryview(self.line_keys).cast("Q"))
