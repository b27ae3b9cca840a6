"""TMX 1.4 translation memories: read the files CAT tools export, and write them back.

A memory maps a normalised source paragraph to its reviewed translation for one language pair. Language
tags such as ``it-IT`` are reduced to their primary subtag so ``it`` and ``it-IT`` meet.
"""

from __future__ import annotations

import unicodedata
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import InputFileError

_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


@dataclass(frozen=True)
class TranslationUnit:
    """One aligned pair of a memory."""

    source_language: str
    target_language: str
    source: str
    target: str


def memory_key(text: str) -> str:
    """Return the form a paragraph is looked up under: NFC with whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def _primary(tag: str) -> str:
    return tag.replace("_", "-").split("-")[0].lower()


def _segment_text(tuv: ET.Element) -> str | None:
    seg = tuv.find("seg")
    return None if seg is None else "".join(seg.itertext())


def read_tmx(path: Path) -> list[TranslationUnit]:
    """Return every source/target pair in a TMX file; the header's ``srclang`` names the source.

    A file that is not well-formed XML raises ``InputFileError`` naming the file, the line and the column."""
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError as error:
        line, column = error.position
        raise InputFileError(
            f"translation memory {path}: not valid TMX (XML error at line {line}, column {column + 1}); "
            "fix or remove the file"
        ) from error
    header = root.find("header")
    srclang = _primary(header.get("srclang", "")) if header is not None else ""
    units = []
    for tu in root.iter("tu"):
        variants = [
            (_primary(tuv.get(_XML_LANG) or tuv.get("lang") or ""), _segment_text(tuv)) for tuv in tu.iter("tuv")
        ]
        source = next(((lang, text) for lang, text in variants if lang == srclang and text), None)
        if source is None:
            continue
        for lang, text in variants:
            if lang != srclang and text:
                units.append(TranslationUnit(srclang, lang, source[1], text))
    return units


def write_tmx(units: Iterable[TranslationUnit], path: Path, source_language: str) -> None:
    """Write ``units`` as a TMX 1.4 file with ``source_language`` as the header's source."""
    root = ET.Element("tmx", version="1.4")
    header = {
        "creationtool": "csto-pipeline",
        "creationtoolversion": "1",
        "segtype": "paragraph",
        "o-tmf": "csto-pipeline",
        "adminlang": "en",
        "srclang": source_language,
        "datatype": "plaintext",
    }
    ET.SubElement(root, "header", header)
    body = ET.SubElement(root, "body")
    for number, unit in enumerate(units, start=1):
        tu = ET.SubElement(body, "tu", tuid=str(number))
        for lang, text in ((unit.source_language, unit.source), (unit.target_language, unit.target)):
            tuv = ET.SubElement(tu, "tuv", {_XML_LANG: lang})
            ET.SubElement(tuv, "seg").text = text
    ET.indent(root)
    path.write_bytes(b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8"))


@dataclass(frozen=True)
class TranslationMemory:
    """Reviewed translations, looked up by language pair and normalised source paragraph."""

    entries: dict[tuple[str, str, str], tuple[str, str]]  # (src, tgt, key) -> (translation, file name)

    @classmethod
    def load(cls, paths: Iterable[Path]) -> TranslationMemory:
        """Read the memories in order; a later file's entry wins over an earlier one's."""
        entries: dict[tuple[str, str, str], tuple[str, str]] = {}
        for path in paths:
            for unit in read_tmx(path):
                entries[(unit.source_language, unit.target_language, memory_key(unit.source))] = (
                    unit.target,
                    path.name,
                )
        return cls(entries)

    @property
    def fingerprint(self) -> str:
        """The sha256 of every entry: changes whenever any memory entry does."""
        import hashlib

        return hashlib.sha256(repr(sorted(self.entries.items())).encode("utf-8")).hexdigest()

    def lookup(self, text: str, source: str, target: str) -> tuple[str, str] | None:
        """Return ``(translation, memory file name)`` or None."""
        return self.entries.get((source, target, memory_key(text)))
