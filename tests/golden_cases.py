"""Golden cases: the seed corpus plus our own articles in other outlets' styles, and what each yields.

``clean_record`` is what the golden test compares with ``tests/golden/expected/clean/<case>.json``;
``scripts/regenerate_golden.py`` rewrites those files from the current code so a reviewer reads the diff.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from pipeline.settings import Settings
from pipeline.stages.clean import clean_document
from pipeline.stages.ingest import ingest_file
from pipeline.stages.metadata import (
    MetadataSettings,
    derive_title,
    find_published,
    is_headline,
    make_date_parser,
    outlet_from_source_line,
)
from pipeline.stages.records import RawDocument, RawFile

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden"
INPUTS = sorted((ROOT / "corpus").glob("*.txt")) + sorted((GOLDEN / "articles").glob("*.txt"))
EXPECTED_CLEAN = GOLDEN / "expected" / "clean"


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
