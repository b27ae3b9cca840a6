"""Quotation marks and sentences: where each quotation of a paragraph opens and closes, the paragraph with
quote contents masked, and its sentences.

``quoted_spans`` finds every quotation: "…", “…”, ‘…’, «…», „…“, a straight closing mark after a curly opening
one, and a quote left open at the paragraph's end (the convention for quotes that run on). ``mask`` hides
quote contents so that sentence splitting, cue finding and event triggers never look inside a quotation.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from dataclasses import dataclass

OPENERS: dict[str, tuple[str, ...]] = {
    '"': ('"', "”"),
    "“": ("”", '"', "“"),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‘": ("’", "'"),
    "‹": ("›",),
}
_LEFT_OK = set(" \t([{—–-:;,/\u00a0") | set(OPENERS)


@dataclass(frozen=True)
class QuotedSpan:
    """One quotation in a paragraph: the marks' positions and the content between them."""

    open_at: int
    close_at: int | None  # None when the quote runs to the paragraph's end
    start: int  # content start
    end: int  # content end



def quoted_spans(line: str) -> list[QuotedSpan]:
    """Return the quotations of one paragraph, outermost only, in order."""
    spans: list[QuotedSpan] = []
    index, length = 0, len(line)
    while index < length:
        mark = line[index]
        if mark in OPENERS and _can_open(line, index):
            close = _find_close(line, index, OPENERS[mark])
            if close is not None:
                spans.append(QuotedSpan(index, close, index + 1, close))
                index = close + 1
                continue
            if mark != "‘" and len(line[index + 1 :].split()) >= 3:
                spans.append(QuotedSpan(index, None, index + 1, len(line.rstrip())))
                break
        index += 1
    return [s for s in spans if line[s.start : s.end].strip()]


def _can_open(line: str, index: int) -> bool:
    before = line[index - 1] if index > 0 else " "
    after = line[index + 1] if index + 1 < len(line) else " "
    return (before in _LEFT_OK or before.isspace()) and not after.isspace()


def _find_close(line: str, opened: int, closers: tuple[str, ...]) -> int | None:
    for index in range(opened + 2, len(line)):
        char = line[index]
        if char not in closers:
            continue
        after = line[index + 1] if index + 1 < len(line) else " "
        before = line[index - 1]
        if before.isspace():
            continue
        if char in ("’", "'", '"') and (after.isalnum()):
            continue  # an apostrophe (Russia’s) or a mark inside a word
        return index
    return None


def mask(line: str, spans: Sequence[QuotedSpan]) -> str:
    """Return ``line`` with quote contents replaced by 'X' (same length), keeping closing punctuation."""
    chars = list(line)
    for span in spans:
        content_end = span.end
        while content_end > span.start and line[content_end - 1] in ".,!?…;: ":
            content_end -= 1
        for index in range(span.start, content_end):
            chars[index] = "X"
    return "".join(chars)


_SENTENCE_END = re.compile(
    r"[.!?…]+[\"”’»)]*\s+(?=[\"“‘«„(\[]?[A-Z0-9À-Ý])"
    # a scraped page that lost the space after a full stop: "…con Tokayev.Il tema …", "…in Kazakistan.L'ufficio …"
    # (not "News.Az": the next word must be a longer word or an article or pronoun that opens sentences)
    r"|(?<=[a-zà-ù)]{2})\.(?=(?:[A-ZÀ-Ý][a-zà-ù]{3,}|(?:Il|Lo|La|Le|Gli|In|Un|Una|It|He|She|We|The|They)\b|L['’]\w))"
)


def sentences(masked: str, abbreviations: Collection[str]) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence of a masked paragraph; abbreviations and initials do not end one."""
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(masked):
        word = masked[:match.start()].split()[-1].lower() if masked[:match.start()].split() else ""
        last = re.split(r"[-.]", word.strip("(\"“"))[-1]  # "Col.-Gen." ends with the abbreviation "gen"
        if word.strip("(\"“") in abbreviations or last in abbreviations or re.fullmatch(r"[a-z]", word):
            continue
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(masked):
        bounds.append((start, len(masked)))
    return bounds
