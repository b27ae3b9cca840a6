"""Ingest: raw bytes to decoded documents, or to rejects with a reason a person can act on.

Plain text and Markdown become one document; an HTML page becomes its main text (trafilatura); a JSONL
file becomes one document per line with a ``text`` field. Encodings come from the byte-order mark or from
charset-normalizer, never from a guess of ours.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import re
import unicodedata
from pathlib import PurePosixPath

import charset_normalizer
import trafilatura

from pipeline.settings import Settings
from pipeline.stages.records import RawDocument, RawFile, Reject, SourceMeta

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_MAGIC = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\x1f\x8b", "a gzip archive"),
)


#: Legacy Macintosh code pages: plausible to a detector for short Western text, never what news sites serve;
#: left in, they turn cp1252's ’ into "í" (mac_roman).
_SYMBOL = "¡-©«¬®¯±-´¶¸¹»-¿×÷"
_STRAY_SYMBOL = re.compile(rf"(?<=[^\W\d_])[{_SYMBOL}]|[{_SYMBOL}](?=[^\W\d_])")


def _reads_as_western(data: bytes) -> bool:
    """True when Windows-1252 reads the bytes as plausible Western text.

    Short texts fit several single-byte code pages equally well, and a detector may pick Central European
    (turning Italian "è" into "č"). Windows-1252 is what Western news sites serve; it is taken when every
    byte is defined, no symbol sits inside a word ("£ukaszenka" is Polish in cp1250), and accented letters
    stay a small share of all letters (Cyrillic read as cp1252 is mostly accented letters).
    """
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return False
    letters = [c for c in text if c.isalpha()]
    accented = sum(1 for c in letters if not c.isascii())
    if "«" in text or "»" in text:
        text = text.replace("«", " ").replace("»", " ")
    return bool(letters) and accented / len(letters) <= 0.15 and not _STRAY_SYMBOL.search(text)

_UNLIKELY = ["mac_roman", "mac_latin2", "mac_iceland", "mac_turkish", "mac_greek", "mac_cyrillic", "cp437", "cp850"]

def sha256_hex(data: bytes) -> str:
    """Return the sha256 of ``data`` as 64 hex digits."""
    return hashlib.sha256(data).hexdigest()


def decode_bytes(data: bytes, min_printable_share: float) -> tuple[str, str] | Reject:
    """Decode raw bytes to text, returning ``(text, encoding)`` or a ``Reject`` without a source file."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return Reject("", "binary", f"the bytes are {what}, not text")
    encoding = next((name for bom, name in _BOMS if data.startswith(bom)), None)
    if encoding is None and b"\x00" in data:
        return Reject("", "binary", "the bytes hold NUL characters and no byte-order mark")
    if encoding is None:
        try:
            data.decode("utf-8")
            encoding = "utf-8"
        except UnicodeDecodeError:
            encoding = "cp1252" if _reads_as_western(data) else None
            if encoding is None:
                best = charset_normalizer.from_bytes(data, cp_exclusion=_UNLIKELY).best()
                if best is None:
                    return Reject("", "undecodable", "no text encoding fits these bytes")
                encoding = best.encoding
    try:
        text = data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as error:
        return Reject("", "undecodable", f"decoding as {encoding} failed: {error}")
    text = unicodedata.normalize("NFC", text.lstrip("\ufeff")).replace("\r\n", "\n").replace("\r", "\n")
    if "".join(text.split()).isprintable():
        return text, encoding  # the common case, checked in C; the count below is for the verdict
    visible = [ch for ch in text if not ch.isspace()]
    if visible:
        printable = sum(ch.isprintable() for ch in visible) / len(visible)
        if printable < min_printable_share:
            return Reject("", "binary", f"only {printable:.0%} of the decoded characters are printable")
    return text, encoding


def _with_source(reject: Reject, raw: RawFile, digest: str, record: int | None = None) -> Reject:
    return Reject(raw.source_file, reject.reason, reject.detail, digest, record)


def _html_document(raw: RawFile, text: str, encoding: str, digest: str) -> RawDocument | Reject:
    body = trafilatura.extract(text, include_comments=False, include_tables=False, favor_precision=True)
    if not body or not body.strip():
        return Reject(raw.source_file, "empty", "the HTML page has no main text", digest)
    meta = trafilatura.extract_metadata(text)
    source_meta = SourceMeta(
        url=getattr(meta, "url", None),
        outlet=getattr(meta, "sitename", None),
        published=getattr(meta, "date", None),
        title=getattr(meta, "title", None),
        origin="html",
    )
    return RawDocument(raw.source_file, digest, len(raw.data), encoding, body, meta=source_meta)


def _jsonl_documents(raw: RawFile, text: str, encoding: str) -> list[RawDocument | Reject]:
    results: list[RawDocument | Reject] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        line_bytes = line.encode("utf-8")
        digest = sha256_hex(line_bytes)
        try:
            item = json.loads(line)
        except json.JSONDecodeError as error:
            results.append(
                Reject(raw.source_file, "malformed_json_line", f"line {number}: {error.msg}", digest, number)
            )
            continue
        body = item.get("text") if isinstance(item, dict) else None
        if not isinstance(body, str) or not body.strip():
            results.append(
                Reject(raw.source_file, "missing_text_field", f"line {number} has no non-empty 'text'", digest, number)
            )
            continue
        meta = SourceMeta(
            url=_optional_str(item.get("url")),
            outlet=_optional_str(item.get("outlet")),
            published=_optional_str(item.get("published")),
            title=_optional_str(item.get("title")),
            origin="jsonl",
        )
        results.append(RawDocument(raw.source_file, digest, len(line_bytes), encoding, body, number, meta))
    if not results:
        results.append(Reject(raw.source_file, "empty", "the JSONL file holds no records", sha256_hex(raw.data)))
    return results


def _optional_str(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def ingest_file(raw: RawFile, settings: Settings) -> list[RawDocument | Reject]:
    """Turn one raw file into its documents, or into rejects that say why not."""
    digest = sha256_hex(raw.data)
    suffix = PurePosixPath(raw.source_file).suffix.lower()
    known = settings.text_suffixes + settings.html_suffixes + settings.jsonl_suffixes
    if suffix not in known:
        return [Reject(raw.source_file, "unsupported_type", f"'{suffix or 'no suffix'}' is not one of {known}", digest)]
    if len(raw.data) > settings.max_file_bytes:
        return [
            Reject(
                raw.source_file,
                "too_large",
                f"{len(raw.data)} bytes exceed the limit of {settings.max_file_bytes}",
                digest,
            )
        ]
    if not raw.data.strip():
        return [Reject(raw.source_file, "empty", "the file holds no text", digest)]
    decoded = decode_bytes(raw.data, settings.min_printable_share)
    if isinstance(decoded, Reject):
        return [_with_source(decoded, raw, digest)]
    text, encoding = decoded
    if not text.strip():
        return [Reject(raw.source_file, "empty", "the file holds only whitespace", digest)]
    if suffix in settings.html_suffixes:
        return [_html_document(raw, text, encoding, digest)]
    if suffix in settings.jsonl_suffixes:
        return _jsonl_documents(raw, text, encoding)
    return [RawDocument(raw.source_file, digest, len(raw.data), encoding, text)]
