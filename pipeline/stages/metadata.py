"""Metadata: title, outlet and publication date of an article, each saying where it came from.

Dates are parsed with dateparser; precision is what dateparser reports (day, month, year). The order of
trust is: the sidecar or the source's own fields (JSONL, HTML meta), then a dateline at the top or bottom of
the text. Years merely named in the body are history, not a publication date, so without either the date
stays null with precision ``unknown``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from dateparser.date import DateDataParser

from pipeline.stages.dates import DATELINE
from pipeline.stages.records import Published, SourceMeta

_LABEL = re.compile(r"^(?:published|updated|posted|date|pubblicato|aggiornato|опубликовано)\s*(?:on|il)?\s*:?\s*", re.I)
_ENDS_LIKE_SENTENCE = re.compile(r"[.;:,]$")
_DOMAIN = re.compile(r"[a-z0-9][a-z0-9.-]*\.[a-z]{2,}", re.I)
_YEAR_IN_TEXT = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
_WORDS = re.compile(r"\w+(?:[’'-]\w+)*", re.UNICODE)


@dataclass(frozen=True)
class MetadataSettings:
    """Thresholds of the metadata stage."""

    max_headline_words: int = 20
    derived_title_words: int = 12
    dateline_max_chars: int = 60


def make_date_parser(languages: Sequence[str] = ("en", "it", "ru", "fr", "de", "es")) -> DateDataParser:
    """Return a dateparser parser for the corpus languages; build one and pass it to the stages.

    All-numeric dates are read day first (12.01.2022 is 12 January): the outlets that cover the CSTO
    (Russian, Belarusian, Central Asian, Armenian, European) write them so. ISO and month-name dates are
    unambiguous either way.
    """
    return DateDataParser(
        languages=list(languages),
        try_previous_locales=True,
        settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY"},
    )


def parse_date(text: str, parser: DateDataParser) -> tuple[date, str] | None:
    """Return ``(date, precision)`` for a date written in ``text``, or None; month/year keep the first day."""
    cleaned = _LABEL.sub("", text.strip())
    if not cleaned or not re.search(r"\d", cleaned) or len(cleaned) > 80:
        return None  # dateparser is slow on prose; a date line is short and has a digit
    return _parse_cleaned(parser, cleaned)


@functools.lru_cache(maxsize=16384)
def _parse_cleaned(parser: DateDataParser, cleaned: str) -> tuple[date, str] | None:
    # dateparser spends about a millisecond a call choosing among six locales; date lines repeat, so remember.
    data = parser.get_date_data(cleaned)
    if data.date_obj is None:
        return None
    period = data.period or "day"
    value = data.date_obj.date()
    if period == "year":
        value = value.replace(month=1, day=1)
    elif period == "month":
        value = value.replace(day=1)
    elif period not in ("day",):
        period = "day"
    return value, period


def unparsed_sidecar_dates(sidecar: Mapping[str, SourceMeta], parser: DateDataParser) -> list[tuple[str, str]]:
    """The sidecar rows whose ``published`` value is not a date this stage can read: (file, value)."""
    return sorted((name, meta.published) for name, meta in sidecar.items() if meta.published and parse_date(meta.published, parser) is None)


def count_words(text: str) -> int:
    """Return the number of words in ``text``."""
    return len(_WORDS.findall(text))


def is_headline(lines: Sequence[str], settings: MetadataSettings) -> bool:
    """Return True when the first line reads as a headline: short, not a sentence, with body after it."""
    if len(lines) < 2:
        return False
    first = lines[0].strip()
    return count_words(first) <= settings.max_headline_words and not _ENDS_LIKE_SENTENCE.search(first)


def derive_title(text: str, settings: MetadataSettings) -> str:
    """Cut a title from the first sentence of ``text``: its first words, with an ellipsis when shortened."""
    first_line = text.strip().split("\n", 1)[0]
    sentence = re.split(r"(?<=[.!?])\s", first_line, maxsplit=1)[0]
    words = sentence.split()
    if len(words) <= settings.derived_title_words:
        return sentence.rstrip(".")
    return " ".join(words[: settings.derived_title_words]).rstrip(",;:") + "…"


def outlet_from_source_line(source_line: str | None) -> str | None:
    """Return the first domain of an attribution line ("belsat.eu, following kremlin.ru" -> "belsat.eu")."""
    if not source_line:
        return None
    match = _DOMAIN.search(source_line)
    return match.group(0).lower() if match else None


def find_published(
    lines: Sequence[str],
    meta: SourceMeta | None,
    parser: DateDataParser,
    settings: MetadataSettings,
    datelines: Sequence[str] = (),
) -> Published:
    """Return the publication date from the supplied metadata, else from a dateline.

    ``datelines`` are the "Published: ..." lines cleaning took out of the body; after them, a short dated
    line among the first or last two lines of the body counts as a dateline too.
    """
    if meta is not None and meta.published:
        parsed = parse_date(meta.published, parser)
        if parsed is not None:
            return Published(parsed[0].isoformat(), meta.origin, parsed[1])
    edges = list(datelines) + list(lines[:2]) + list(lines[-2:])
    for line in edges:
        if len(line) <= settings.dateline_max_chars and _YEAR_IN_TEXT.search(line):
            parsed = parse_date(line, parser)
            if parsed is not None:
                return Published(parsed[0].isoformat(), "dateline", parsed[1])
    # An agency dateline opening the body: "MOSCOW, September 6, 2023. /TASS/. …", "ROMA, 5 gennaio 2022 (ANSA) - …"
    for line in lines[:2]:
        match = DATELINE.match(line)
        if match is not None and match.group("y"):
            day, month = match.group("d1") or match.group("d2"), match.group("m1") or match.group("m2")
            parsed = parse_date(f"{day} {month} {match.group('y')}", parser)
            if parsed is not None:
                return Published(parsed[0].isoformat(), "dateline", parsed[1])
    # No guess from years named in the body: "Created in 1992, the CSTO..." would date a 2022 article 1992.
    return Published(None, "unknown", "unknown")
