"""Corpus-level steps over many documents: sidecar metadata, duplicate files, empty articles."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import replace

from pipeline.stages.records import ArticleInfo, CleanArticle, RawDocument, Reject, SourceMeta


def apply_sidecar(document: RawDocument, sidecar: Mapping[str, SourceMeta]) -> RawDocument:
    """Return the document with sidecar values winning over what its own file said."""
    given = sidecar.get(document.source_file)
    if given is None:
        return document
    own = document.meta or SourceMeta(origin="sidecar")
    merged = SourceMeta(
        url=given.url or own.url,
        outlet=given.outlet or own.outlet,
        published=given.published or own.published,
        title=own.title,
        origin="sidecar" if given.published else own.origin,
    )
    return replace(document, meta=merged)


def corpus_digest(inputs: Iterable[tuple[str, int | None, str | None]]) -> str:
    """One sha256 over every input document: its path (``#record`` for a JSONL record) and the sha256 of its raw
    bytes, a line each, sorted; ``-`` for bytes that could not be read.

    The same triples are the ``source_file``, ``record`` and ``raw_sha256`` columns of articles and rejects
    together, so a reader can recompute the digest from the tables."""
    lines = sorted(f"{path}{f'#{record}' if record else ''}\t{sha or '-'}" for path, record, sha in inputs)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()


def split_duplicates(documents: Iterable[RawDocument]) -> tuple[list[RawDocument], list[Reject]]:
    """Keep the first document with given raw bytes; later copies become ``duplicate_content`` rejects."""
    first: dict[str, RawDocument] = {}
    rejects = []
    for document in documents:
        seen = first.get(document.article_id)
        if seen is None:
            first[document.article_id] = document
            continue
        where = seen.source_file + (f" line {seen.record}" if seen.record else "")
        rejects.append(
            Reject(
                document.source_file,
                "duplicate_content",
                f"the same bytes as {where}",
                document.raw_sha256,
                document.record,
            )
        )
    return list(first.values()), rejects


def split_empty(cleans: Iterable[CleanArticle]) -> tuple[list[CleanArticle], list[Reject]]:
    """Articles with no line left after cleaning become ``only_boilerplate`` rejects."""
    kept, rejects = [], []
    for clean in cleans:
        if clean.lines:
            kept.append(clean)
        else:
            document = clean.document
            reasons = sorted({line.reason for line in clean.removed})
            rejects.append(
                Reject(
                    document.source_file,
                    "only_boilerplate",
                    "every line was removed as " + ", ".join(reasons),
                    document.raw_sha256,
                    document.record,
                )
            )
    return kept, rejects


def split_duplicate_text(articles: Iterable[ArticleInfo]) -> tuple[list[ArticleInfo], list[Reject]]:
    """An article whose every line already appears in one earlier article is a ``duplicate_content`` reject.

    Raw-byte duplicates are caught before cleaning; this catches the same text saved with its paragraphs
    reordered, re-spaced or cut down. Lines are compared by their normalised digests (``line_keys``).
    """
    seen: list[ArticleInfo] = []
    holding: dict[int, list[int]] = {}  # line digest -> the kept articles that hold it, in order
    kept, rejects = [], []
    for article in articles:
        lines = article.lines
        # only articles holding the rarest of these lines can hold them all: an index, not a scan of all
        postings = [holding.get(line, []) for line in lines]
        candidates = min(postings, key=len) if postings else range(len(seen))
        earlier = next((seen[i] for i in candidates if lines <= seen[i].lines), None)
        if earlier is None:
            for line in lines:
                holding.setdefault(line, []).append(len(seen))
            seen.append(article)
            kept.append(article)
            continue
        where = earlier.source_file + (f" line {earlier.record}" if earlier.record else "")
        rejects.append(
            Reject(article.source_file, "duplicate_content", f"every line also appears in {where}", article.raw_sha256, article.record)
        )
    return kept, rejects
