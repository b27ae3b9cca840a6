"""The result cache: each raw file's processed result, keyed on content hashes, so a refresh redoes only what changed.

The key of a file is the sha256 of its relative path, its raw bytes, its sidecar row and the run's
fingerprint (package version, the code of the stages and schemas, the settings that shape results, and the
reference data: actor registry, places, calendar). The translation memory is checked separately, and only
for files whose articles used a translation, so a new TMX entry re-does the translated files alone.
Results with a pending segment are never stored: they are retried on every refresh until they complete.
Keys never involve paths alone or modification times. SQLite commits atomically; a killed run loses at most
the entries of its last batch.
"""

from __future__ import annotations

import hashlib
import pickle
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pipeline
from pipeline.settings import Settings
from pipeline.stages.records import SourceMeta

_SCHEMA = """
CREATE TABLE IF NOT EXISTS results (
    key TEXT PRIMARY KEY,
    memory_fingerprint TEXT,
    payload BLOB NOT NULL,
    created_at TEXT NOT NULL
)
"""
#: Settings that change what a file becomes (paths, batch sizes and progress bars do not).
_SHAPING = (
    "translator", "libre_url", "target_language", "max_file_bytes", "text_suffixes", "html_suffixes", "jsonl_suffixes",
    "min_printable_share", "min_chars_line_language", "max_chars_per_request", "max_headline_words",
    "derived_title_words", "actor_registry_name", "places_name", "calendar_name", "require_registry_actor",
)


def code_fingerprint() -> str:
    """The sha256 of the package version and the source of every stage and schema module."""
    digest = hashlib.sha256(pipeline.__version__.encode("utf-8"))
    package = Path(pipeline.__file__).resolve().parent
    for folder in (package / "stages", package.parent / "schemas"):
        for path in sorted(folder.glob("*.py")):
            digest.update(path.name.encode("utf-8"))
            digest.update(path.read_bytes())
    return digest.hexdigest()


def run_fingerprint(settings: Settings, reference_fingerprint: str) -> str:
    """What every file's result depends on besides its own bytes and the translation memory."""
    shaping = {name: asdict(settings)[name] for name in _SHAPING}
    data = repr((code_fingerprint(), sorted(shaping.items()), reference_fingerprint)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


def file_key(relative: str, raw_sha256: str, sidecar: SourceMeta | None, fingerprint: str) -> str:
    """The cache key of one raw file."""
    data = repr((relative, raw_sha256, asdict(sidecar) if sidecar else None, fingerprint)).encode("utf-8")
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class Cached:
    """A stored result and the memory fingerprint it was computed with (None: it used no translation)."""

    memory_fingerprint: str | None
    result: Any


class ResultCache:
    """A key-value store of processed files."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._connection = sqlite3.connect(path, timeout=60, check_same_thread=False)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute(_SCHEMA)
        self._connection.commit()

    def known(self, keys: Iterable[str], memory_fingerprint: str) -> set[str]:
        """The keys among ``keys`` with a still-valid stored result, without loading any result."""
        wanted = list(keys)
        found: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._connection.execute(
                f"SELECT key, memory_fingerprint FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            found.update(key for key, memory in rows if memory is None or memory == memory_fingerprint)
        return found

    def get_many(self, keys: Iterable[str], memory_fingerprint: str) -> dict[str, Any]:
        """Return the still-valid results of ``keys``, by key."""
        wanted = list(keys)
        found: dict[str, Any] = {}
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            rows = self._connection.execute(
                f"SELECT key, memory_fingerprint, payload FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk
            )
            for key, memory, payload in rows:
                if memory is None or memory == memory_fingerprint:
                    found[key] = pickle.loads(payload)
        return found

    def put_many(self, entries: Mapping[str, Cached]) -> None:
        """Store results in one transaction."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [
            (key, cached.memory_fingerprint, pickle.dumps(cached.result, protocol=pickle.HIGHEST_PROTOCOL), now)
            for key, cached in entries.items()
        ]
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO results VALUES (?, ?, ?, ?)", rows)

    def close(self) -> None:
        """Close the database."""
        self._connection.close()
