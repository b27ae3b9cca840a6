"""Translate: the ``Translator`` interface, and the pure logic that segments and reassembles articles.

A segment is one paragraph. English segments stay as they are (status ``original``); the others go to the
translator handed in by the flow, grouped by language pair so one call covers a whole batch. A translator
returns, for each text, the English and where it came from (``memory``, ``cache``, ``provider``), or
``pending`` when nothing could supply it: a pending segment keeps its original text and is retried later.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from pipeline.stages.records import Segment

_SENTENCE_END = re.compile(r"(?<=[.!?…»”\"])\s+")


@dataclass(frozen=True)
class Translation:
    """One translated text, or a pending one (``text is None``)."""

    text: str | None
    status: str  # memory | cache | provider | pending
    provider: str | None = None

    @classmethod
    def pending(cls, provider: str | None = None) -> Translation:
        """A translation nobody could supply yet."""
        return cls(None, "pending", provider)


class Translator(Protocol):
    """Anything that can translate a batch of texts from one language to another."""

    name: str

    def translate(self, texts: Sequence[str], source: str, target: str) -> list[Translation]:
        """Return one ``Translation`` per text, in order; never raise for an unreachable provider."""
        ...


def split_for_limit(text: str, max_chars: int) -> list[str]:
    """Split ``text`` into chunks of at most ``max_chars`` characters, at sentence ends where possible."""
    if len(text) <= max_chars:
        return [text]
    chunks: list[str] = []
    current = ""
    for sentence in _SENTENCE_END.split(text):
        pieces = [sentence]
        if len(sentence) > max_chars:  # a run-on sentence: fall back to word boundaries, then to characters
            pieces = _split_words(sentence, max_chars)
        for piece in pieces:
            candidate = f"{current} {piece}" if current else piece
            if len(candidate) <= max_chars:
                current = candidate
            else:
                chunks.append(current)
                current = piece
    if current:
        chunks.append(current)
    return chunks


def _split_words(sentence: str, max_chars: int) -> list[str]:
    pieces: list[str] = []
    current = ""
    for word in sentence.split():
        while len(word) > max_chars:
            pieces.append(word[:max_chars])
            word = word[max_chars:]
        candidate = f"{current} {word}" if current else word
        if len(candidate) <= max_chars:
            current = candidate
        else:
            pieces.append(current)
            current = word
    if current:
        pieces.append(current)
    return pieces


def translate_segments(
    articles: Sequence[tuple[Segment, ...]], translator: Translator, target: str
) -> list[tuple[Segment, ...]]:
    """Return the articles' segments with English filled in, asking the translator once per language pair."""
    wanted: dict[str, dict[str, None]] = defaultdict(dict)  # source language -> texts, in first-seen order
    for segments in articles:
        for segment in segments:
            if segment.language != target:
                wanted[segment.language][segment.text] = None
    answers: dict[tuple[str, str], Translation] = {}
    for source, texts in wanted.items():
        ordered = list(texts)
        for text, translation in zip(ordered, translator.translate(ordered, source, target), strict=True):
            answers[(source, text)] = translation
    result = []
    for segments in articles:
        done = []
        for segment in segments:
            if segment.language == target:
                done.append(replace(segment, text_en=segment.text, status="original", provider=None))
            else:
                answer = answers[(segment.language, segment.text)]
                done.append(replace(segment, text_en=answer.text, status=answer.status, provider=answer.provider))
        result.append(tuple(done))
    return result
