"""Golden cases: the seed corpus plus our own articles in other outlets' styles, and what each yields.

``clean_record`` is what the golden test compares with ``tests/golden/expected/clean/<case>.json``;
``scripts/regenerate_golden.py`` rewrites those files from the current code so a reviewer reads the diff.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pyarrow.parquet as pq
from rapidfuzz import fuzz

from pipeline.flows import extraction_tools
from pipeline.io.providers import LayeredTranslator, OfflineTranslator
from pipeline.io.reference import load_reference
from pipeline.io.tmx import TranslationMemory
from pipeline.settings import Settings
from pipeline.stages.actors import MentionFinder, Registry, fold
from pipeline.stages.assemble import finish_article
from pipeline.stages.clean import clean_document
from pipeline.stages.events import EventRecord, EventTools, extract_article_events
from pipeline.stages.ingest import ingest_file
from pipeline.stages.language import LanguageDetector, LanguageSettings, split_segments
from pipeline.stages.metadata import (
    MetadataSettings,
    derive_title,
    find_published,
    is_headline,
    make_date_parser,
    outlet_from_source_line,
)
from pipeline.stages.quotes import QuoteRecord, extract_article_quotes
from pipeline.stages.records import Article, RawDocument, RawFile
from pipeline.stages.translate import translate_segments

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
INPUTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((GOLDEN / "articles").glob("*.txt"))
EXPECTED_CLEAN = GOLDEN / "expected" / "clean"
GOLD_QUOTES = GOLDEN / "quotes"
GOLD_EVENTS = GOLDEN / "events"


def case_name(path: Path) -> str:
    """Return the case's name: the input file's name without its suffix."""
    return path.name.removesuffix(".txt")


def read_document(path: Path) -> RawDocument:
    """Ingest one golden input as the pipeline would."""
    [document] = ingest_file(RawFile(path.name, path.read_bytes()), Settings())
    assert isinstance(document, RawDocument)
    return document


def clean_record(path: Path) -> dict[str, Any]:
    """Return what cleaning and metadata make of one input, in a stable JSON-ready form."""
    clean = clean_document(read_document(path))
    settings = MetadataSettings()
    headline = is_headline(clean.lines, settings)
    published = find_published(
        clean.lines, None, make_date_parser(), settings, [r.text for r in clean.removed if r.reason == "dateline"]
    )
    return {
        "kept": list(clean.lines),
        "removed": [[line.line_no, line.reason, line.text] for line in clean.removed],
        "source_line": clean.source_line,
        "metadata": {
            "title": clean.lines[0] if headline else derive_title("\n".join(clean.lines), settings),
            "title_derived": not headline,
            "outlet": outlet_from_source_line(clean.source_line),
            "published": [published.date, published.source, published.precision],
        },
    }


@cache
def _tools() -> tuple[LanguageDetector, TranslationMemory, Registry, MentionFinder]:
    detector = LanguageDetector()
    memory = TranslationMemory.load(sorted((ROOT / "corpus").glob("*.tmx")))
    reference = load_reference()
    return detector, memory, reference.registry, extraction_tools(reference)[0]


def finished_article(path: Path) -> Article:
    """Run one golden input through every stage up to metadata, translating from the corpus memory only."""
    detector, memory, _, _ = _tools()
    clean = clean_document(read_document(path))
    language, segments = split_segments(clean, detector, LanguageSettings())
    [translated] = translate_segments([segments], LayeredTranslator(memory, None, OfflineTranslator()), "en")
    return finish_article(clean, language, translated, make_date_parser(), detector, MetadataSettings())


def quotes_of(path: Path) -> list[QuoteRecord]:
    """Return the quotes the pipeline extracts from one golden input."""
    _, _, registry, finder = _tools()
    return extract_article_quotes(finished_article(path), finder, registry, event_tools().quote_words)


def rows_by_case(version: Path, table: str) -> Callable[[str], list[Any]]:
    """A ``found_in`` over a written version's Parquet table: the rows of the case's file, as records."""
    rows = pq.read_table(version / table).to_pylist()
    files = {a["article_id"]: a["source_file"] for a in pq.read_table(version / "articles").to_pylist()}

    def found_in(case: str) -> list[Any]:
        return [SimpleNamespace(**row) for row in rows if files.get(row["article_id"]) == f"{case}.txt"]

    return found_in


def seed_scores(version: Path) -> dict[str, object]:
    """Quote and event scores of a written version on the seed files' gold (what ``make run`` writes)."""
    seeds = {case_name(p) for p in sorted((ROOT / "corpus").glob("*.txt"))}
    quote_cases = [p for p in sorted(GOLD_QUOTES.glob("*.json")) if p.stem in seeds]
    event_cases = [p for p in sorted(GOLD_EVENTS.glob("*.json")) if p.stem in seeds]
    return {
        "quotes": score_quotes(quote_cases, rows_by_case(version, "quotes")),
        "events": score_events(event_cases, rows_by_case(version, "events")),
    }


def _same_words(gold: str, found: QuoteRecord) -> bool:
    return any(
        text is not None and fuzz.partial_ratio(fold(gold), fold(text)) >= 90 for text in (found.text_en, found.text_original)
    )


def _closeness(gold: str, found: QuoteRecord) -> float:
    return max(fuzz.ratio(fold(gold), fold(text)) for text in (found.text_en, found.text_original) if text is not None)


def _same_speaker(gold: str | None, found: QuoteRecord) -> bool:
    if gold is None:
        return found.speaker is None
    if found.speaker_id is not None:
        return found.speaker_id == gold
    # an article, definite or not, is no part of who spoke ("a Border Service spokesman" is "Border Service spokesman"),
    # nor is an owner's possessive ("the District's press service" is "the District press service")
    # (an Italian plural's article too: "le organizzazioni umanitarie" is "organizzazioni umanitarie")
    strip = lambda value: re.sub(r"['’]s\b", "", re.sub(r"^(?:the|il|lo|la|i|gli|le|an?|una?|un) ", "", fold(value)))  # noqa: E731
    return found.speaker is not None and strip(found.speaker) == strip(gold)


def _extracted_quotes(case: str) -> list[Any]:
    return list(quotes_of({case_name(p): p for p in INPUTS}[case]))


def score_quotes(cases: list[Path] | None = None, found_in: Callable[[str], list[Any]] = _extracted_quotes) -> dict[str, object]:
    """Compare the extractor with the hand-written gold; return recall, precision and speaker accuracy.

    ``found_in(case)`` gives a case's quotes: by default extracted here, or rows of a written dataset."""
    cases = cases or sorted(GOLD_QUOTES.glob("*.json"))
    marked_gold = marked_hit = indirect_gold = indirect_hit = predicted = predicted_hit = 0
    speaker_checked = speaker_right = 0
    misses: list[str] = []
    for case in cases:
        gold = json.loads(case.read_text(encoding="utf-8"))
        found = [q for q in found_in(gold["case"]) if q.kind != "scare"]
        used: set[int] = set()
        # (longest first: a one-word fragment must not take the whole quotation that holds its word from the gold item
        # that is that quotation)
        for item in sorted(gold["quotes"], key=lambda q: -len(q["text"])):
            if item["kind"] == "scare":
                continue
            marked = item["kind"] != "indirect"
            # (the closest of the quotes that hold the gold's words: a one-word fragment is not matched to a whole quotation
            # that happens to contain the word while the fragment's own quote is there to match)
            match = max(
                (i for i, q in enumerate(found) if i not in used and (q.kind != "indirect") == marked and _same_words(item["text"], q)),
                key=lambda i: _closeness(item["text"], found[i]),
                default=None,
            )
            marked_gold += marked
            indirect_gold += not marked
            if match is None:
                misses.append(f"{gold['case']}: missed {item['kind']} {item['text'][:50]!r}")
                continue
            used.add(match)
            marked_hit += marked
            indirect_hit += not marked
            speaker_checked += 1
            if _same_speaker(item["speaker"], found[match]):
                speaker_right += 1
            else:
                misses.append(f"{gold['case']}: speaker {found[match].speaker!r} for {item['text'][:40]!r}, gold {item['speaker']!r}")
        predicted += len(found)
        predicted_hit += len(used)
        misses.extend(f"{gold['case']}: extra {q.kind} {(q.text_en or q.text_original or '')[:50]!r}" for i, q in enumerate(found) if i not in used)
    return {
        "cases": len(cases),
        "direct_partial_recall": marked_hit / marked_gold if marked_gold else 1.0,
        "indirect_recall": indirect_hit / indirect_gold if indirect_gold else 1.0,
        "precision": predicted_hit / predicted if predicted else 1.0,
        "speaker_accuracy": speaker_right / speaker_checked if speaker_checked else 1.0,
        "gold_direct_partial": marked_gold,
        "gold_indirect": indirect_gold,
        "predicted": predicted,
        "problems": misses,
    }


@cache
def event_tools() -> EventTools:
    """The events stage's tools, built from the shipped reference data exactly as the flow builds them."""
    return extraction_tools(load_reference())[1]


def events_of(path: Path) -> list[EventRecord]:
    """Return the events the pipeline codes in one golden input."""
    return extract_article_events(finished_article(path), event_tools())[0]


def _extracted_events(case: str) -> list[Any]:
    return list(events_of({case_name(p): p for p in INPUTS}[case]))


def score_events(cases: list[Path] | None = None, found_in: Callable[[str], list[Any]] = _extracted_events) -> dict[str, object]:
    """Compare dated events with the gold: a match needs the type, the date at its precision, and the country.

    ``found_in(case)`` gives a case's events: by default coded here, or rows of a written dataset."""
    cases = cases or sorted(GOLD_EVENTS.glob("*.json"))
    gold_total = hits = predicted = status_right = 0
    problems: list[str] = []
    for case in cases:
        gold = json.loads(case.read_text(encoding="utf-8"))
        found = [e for e in found_in(gold["case"]) if e.event_date is not None]
        used: set[int] = set()
        for item in gold["events"]:
            gold_total += 1
            match = next(
                (
                    i
                    for i, e in enumerate(found)
                    if i not in used
                    and e.event_type == item["event_type"]
                    and e.event_date is not None
                    and e.event_date.isoformat() == item["date"]
                    and e.date_precision == item["precision"]
                    and e.country == item["country"]
                ),
                None,
            )
            if match is None:
                problems.append(f"{gold['case']}: missed {item['event_type']} {item['date']} ({item['precision']}) {item['country']}")
                continue
            used.add(match)
            hits += 1
            status_right += found[match].status == item["status"]
        predicted += len(found)
        problems.extend(
            f"{gold['case']}: extra {e.event_type} {e.event_date} ({e.date_precision}) {e.country} from {e.trigger!r}"
            for i, e in enumerate(found)
            if i not in used
        )
    return {
        "cases": len(cases),
        "gold_dated_events": gold_total,
        "predicted_dated_events": predicted,
        "recall": hits / gold_total if gold_total else 1.0,
        "precision": hits / predicted if predicted else 1.0,
        "status_accuracy": status_right / hits if hits else 1.0,
        "problems": problems,
    }
