"""The persistent translation cache: one SQLite file keyed on provider, language pair and segment hash.

SQLite commits atomically, so a run killed mid-write leaves the cache as it was before the last commit:
no half-written entry is ever read back. Only translations that passed the acceptance check are stored.
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

_SCHEMA = """
CREATE TABLE IF NOT EXISTS translations (
    provider TEXT NOT NULL,
    source_language TEXT NOT NULL,
    target_language TEXT NOT NULL,
    source_sha256 TEXT NOT NULL,
    translation TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (provider, source_language, target_language, source_sha256)
)
"""


def text_sha256(text: str) -> str:
    """Return the sha256 of a segment's UTF-8 text: the cache key."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class TranslationCache:
    """A small key-value store of accepted translations."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self._connection = sqlite3.connect(path, timeout=30, check_same_thread=False)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.execute(_SCHEMA)
        self._connection.commit()

    def get_many(self, provider: str, source: str, target: str, texts: Iterable[str]) -> dict[str, str]:
        """Return the cached translations of ``texts``, by text."""
        by_hash = {text_sha256(text): text for text in texts}
        found: dict[str, str] = {}
        hashes = list(by_hash)
        for start in range(0, len(hashes), 500):
            chunk = hashes[start : start + 500]
            rows = self._connection.execute(
                "SELECT source_sha256, translation FROM translations WHERE provider=? AND source_language=?"
                f" AND target_language=? AND source_sha256 IN ({','.join('?' * len(chunk))})",
                (provider, source, target, *chunk),
            )
            found.update((by_hash[digest], translation) for digest, translation in rows)
        return found

    def put_many(self, provider: str, source: str, target: str, pairs: Iterable[tuple[str, str]]) -> None:
        """Store ``(text, translation)`` pairs in one transaction."""
        now = datetime.now(UTC).isoformat(timespec="seconds")
        rows = [(provider, source, target, text_sha256(text), translation, now) for text, translation in pairs]
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO translations VALUES (?, ?, ?, ?, ?, ?)", rows)

    def close(self) -> None:
        """Close the database."""
        self._connection.close()
