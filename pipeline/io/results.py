"""The result cache: each raw file's processed result, keyed on content hashes, so a refresh redoes only what changed.

The key of a file is the sha256 of its relative path, its raw bytes, its sidecar row and the run's
fingerprint (package version, the code of the stages and schemas, the settings that shape results, and the
reference data: actor registry, places, calendar). The translation memory is checked separately, and only
for files whose articles used a translation, so a new TMX entry re-does the translated files alone.
Results are stored a batch at a time (the rows of a batch's files, one frame per table, and apart from them
a summary of its file results and, on their own, the small columns clustering reads, so that each pass over
the corpus unpickles only what it needs), with an index from each file's key to its batch: a refresh loads the
summaries of unchanged files' batches, and their rows only for the parts of
the version it must rewrite.
Files with a pending segment are not indexed when a provider may translate them by the next refresh, which
retries them until they complete; an offline run indexes them against the translation memory's fingerprint.
Keys never involve paths alone or modification times. A refresh need not read an unchanged file to know its
sha256, though: the digest of each file read is remembered with its signature (device, inode, size, and the
modification and change times in nanoseconds), and a file whose signature is the same is not read again.
Writing a file changes its change time, which no user call can set back, and a file changed within two seconds
of being hashed is not remembered (its time stamp could still tie with a second write). SQLite commits
atomically; a killed run loses at most the entries of its last batch.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import asdict, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pipeline
from pipeline.settings import Settings
from pipeline.stages.records import SourceMeta

_SCHEMA = """
DROP TABLE IF EXISTS results;
CREATE TABLE IF NOT EXISTS batches (batch TEXT PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS summaries (batch TEXT PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS batch_keys (batch TEXT PRIMARY KEY, payload BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS files (
    key TEXT PRIMARY KEY,
    memory_fingerprint TEXT,
    batch TEXT NOT NULL REFERENCES batches(batch),
    created_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_batch ON files(batch);
CREATE TABLE IF NOT EXISTS digests (path TEXT PRIMARY KEY, signature TEXT NOT NULL, sha256 TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS stamps (stamp TEXT PRIMARY KEY, inputs_key TEXT NOT NULL);
"""
#: How many corpus stamps the cache remembers (a few corpora or a few states of one).
_KEPT_STAMPS = 16
#: Settings that change what a file becomes (paths, batch sizes and progress bars do not).
_SHAPING = (
    "translator", "libre_url", "target_language", "max_file_bytes", "text_suffixes", "html_suffixes", "jsonl_suffixes",
    "min_printable_share", "min_chars_line_language", "max_chars_per_request", "max_headline_words",
    "derived_title_words", "require_registry_actor", "languages",
)


def fingerprinted_sources() -> list[Path]:
    """The modules whose code shapes results: every stage module (the quotes and events packages too) and
    every schema."""
    package = Path(pipeline.__file__).resolve().parent
    return [path for folder in (package / "stages", package.parent / "schemas") for path in sorted(folder.rglob("*.py"))]


def code_fingerprint() -> str:
    """The sha256 of the package version and the source of every stage and schema module."""
    digest = hashlib.sha256(pipeline.__version__.encode("utf-8"))
    root = Path(pipeline.__file__).resolve().parents[1]
    for path in fingerprinted_sources():
        digest.update(path.relative_to(root).as_posix().encode("utf-8"))
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


class ResultCache:
    """Processed batches, and an index from each complete file's key to the batch that holds its rows."""

    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.rows_dir = path.parent / "rows"  # the rows of batches that workers kept in files
        self._connection = sqlite3.connect(path, timeout=60, check_same_thread=False)
        self._connection.execute("PRAGMA journal_mode=WAL")
        self._connection.executescript(_SCHEMA)
        self._connection.commit()

    def _valid(self, keys: Iterable[str], memory_fingerprint: str) -> dict[str, str]:
        """Key -> batch, for the keys whose stored result still holds."""
        rows = self._rows_where("SELECT key, memory_fingerprint, batch FROM files WHERE key", keys)
        return {key: batch for key, memory, batch in rows if memory is None or memory == memory_fingerprint}

    def _rows_where(self, select: str, values: Iterable[str]) -> Iterator[tuple[Any, ...]]:
        """The rows of ``select … IN (values)``, asked 500 values at a time (SQLite's limit on parameters)."""
        wanted = list(values)
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            yield from self._connection.execute(f"{select} IN ({','.join('?' * len(chunk))})", chunk)

    def known(self, keys: Iterable[str], memory_fingerprint: str) -> set[str]:
        """The keys among ``keys`` with a still-valid stored result, without loading any result."""
        return set(self._valid(keys, memory_fingerprint))

    def _held(self, keys: Iterable[str], memory_fingerprint: str) -> list[tuple[str, set[str]]]:
        by_batch: dict[str, set[str]] = {}
        for key, batch in self._valid(keys, memory_fingerprint).items():
            by_batch.setdefault(batch, set()).add(key)
        return sorted(by_batch.items())

    def iter_summaries(self, keys: Iterable[str], memory_fingerprint: str) -> Iterator[tuple[str, Any, set[str]]]:
        """Each stored batch holding any of ``keys`` as (its id, its file results with neither rows nor clustering
        columns, the keys it holds among them), without loading its rows; ``frames_of`` loads them when a part
        must be rewritten, ``keys_of`` its clustering columns."""
        for batch, held in self._held(keys, memory_fingerprint):
            row = self._connection.execute("SELECT payload FROM summaries WHERE batch = ?", (batch,)).fetchone()
            if row is not None:
                yield batch, pickle.loads(row[0]), held
                continue
            stored = self.frames_of(batch)  # stored before summaries were: read the rows once
            if stored is not None:
                yield batch, stored.without_rows(), held

    def keys_of(self, batch: str) -> Any:
        """The clustering columns of a stored batch (kept on their own; from its summary or its rows in a cache
        written before they were)."""
        row = self._connection.execute("SELECT payload FROM batch_keys WHERE batch = ?", (batch,)).fetchone()
        if row is not None:
            return pickle.loads(row[0])
        row = self._connection.execute("SELECT payload FROM summaries WHERE batch = ?", (batch,)).fetchone()
        stored = pickle.loads(row[0]) if row is not None else None
        if stored is None or stored.keys is None:
            stored = self.frames_of(batch).without_rows()
        return stored.keys

    def frames_of(self, batch: str) -> Any:
        """The stored batch with its rows, or None when it is gone."""
        row = self._connection.execute("SELECT payload FROM batches WHERE batch = ?", (batch,)).fetchone()
        if row is None:
            return None
        stored = pickle.loads(row[0])
        if getattr(stored, "rows", ""):  # its rows wait in a file beside the database
            with open(self.rows_dir / stored.rows, "rb") as handle:
                stored = replace(stored, frames=pickle.load(handle), rows="")
        return stored

    def put_batch(self, result: Any, entries: Mapping[str, str | None]) -> None:
        """Store a batch and index the keys in ``entries`` (key -> memory fingerprint, None when the file used
        no translation) to it, in one transaction; batches no key points to any more are dropped."""
        if not entries:
            return
        batch = hashlib.sha256("\n".join(sorted(entries)).encode("utf-8")).hexdigest()
        now = datetime.now(UTC).isoformat(timespec="seconds")
        stored = result
        (self.rows_dir / f"{batch}.pkl").unlink(missing_ok=True)  # (a batch stored again: its old rows file goes)
        if getattr(result, "rows", ""):
            # rows a worker kept in a file: linked beside the database (no read), the database keeps the summary
            self.rows_dir.mkdir(exist_ok=True)
            target = self.rows_dir / f"{batch}.pkl"
            try:
                os.link(result.rows, target)
            except OSError:
                shutil.copyfile(result.rows, target)
            stored = replace(result, rows=target.name)
        with self._connection:
            self._connection.execute(
                "INSERT OR REPLACE INTO batches VALUES (?, ?)", (batch, pickle.dumps(stored, protocol=pickle.HIGHEST_PROTOCOL))
            )
            summary = result.without_rows()  # (its file results; its clustering columns go in a table of their own)
            self._connection.execute(
                "INSERT OR REPLACE INTO summaries VALUES (?, ?)", (batch, pickle.dumps(summary.bare(), protocol=pickle.HIGHEST_PROTOCOL))
            )
            self._connection.execute(
                "INSERT OR REPLACE INTO batch_keys VALUES (?, ?)", (batch, pickle.dumps(summary.keys, protocol=pickle.HIGHEST_PROTOCOL))
            )
            self._connection.executemany(
                "INSERT OR REPLACE INTO files VALUES (?, ?, ?, ?)", [(key, memory, batch, now) for key, memory in entries.items()]
            )
            self._connection.execute("DELETE FROM batches WHERE batch NOT IN (SELECT DISTINCT batch FROM files)")
            self._connection.execute("DELETE FROM summaries WHERE batch NOT IN (SELECT DISTINCT batch FROM files)")
            self._connection.execute("DELETE FROM batch_keys WHERE batch NOT IN (SELECT DISTINCT batch FROM files)")
        if self.rows_dir.is_dir():  # rows files of batches no key points to any more
            kept = {f"{b}.pkl" for (b,) in self._connection.execute("SELECT batch FROM batches")}
            for orphan in self.rows_dir.iterdir():
                if orphan.name not in kept:
                    orphan.unlink(missing_ok=True)

    def recalled(self, signatures: Mapping[str, str]) -> dict[str, str]:
        """Path -> sha256 for the files whose remembered signature is the one given (path -> signature)."""
        rows = self._rows_where("SELECT path, signature, sha256 FROM digests WHERE path", signatures)
        return {path: digest for path, signature, digest in rows if signatures[path] == signature}

    def remember(self, digests: Iterable[tuple[str, str, str]]) -> None:
        """Remember (path, signature, sha256) for files just read, so an unchanged file is not read again."""
        with self._connection:
            self._connection.executemany("INSERT OR REPLACE INTO digests VALUES (?, ?, ?)", list(digests))

    def forget_others(self, place: str, paths: Iterable[str]) -> int:
        """Drop the remembered digests of files below ``place`` (a corpus folder's path and a slash) that are not
        among ``paths`` (files deleted or renamed since); return how many were dropped."""
        with self._connection:
            self._connection.execute("CREATE TEMP TABLE IF NOT EXISTS keep (path TEXT PRIMARY KEY)")
            self._connection.execute("DELETE FROM keep")
            self._connection.executemany("INSERT OR IGNORE INTO keep VALUES (?)", ((path,) for path in paths))
            dropped = self._connection.execute(
                "DELETE FROM digests WHERE substr(path, 1, ?) = ? AND path NOT IN (SELECT path FROM keep)", (len(place), place)
            ).rowcount
            self._connection.execute("DELETE FROM keep")
        return dropped

    def stamped(self, stamp: str) -> str | None:
        """The inputs key a corpus with this stamp was found to have (files looked at one by one), if any."""
        row = self._connection.execute("SELECT inputs_key FROM stamps WHERE stamp = ?", (stamp,)).fetchone()
        return None if row is None else str(row[0])

    def stamp(self, stamp: str, inputs_key: str) -> None:
        """Remember that a corpus with this stamp holds the files of this inputs key (the last few stamps only)."""
        with self._connection:
            self._connection.execute("INSERT OR REPLACE INTO stamps VALUES (?, ?)", (stamp, inputs_key))
            self._connection.execute(
                "DELETE FROM stamps WHERE rowid NOT IN (SELECT rowid FROM stamps ORDER BY rowid DESC LIMIT ?)", (_KEPT_STAMPS,)
            )

    def close(self) -> None:
        """Close the database."""
        self._connection.close()
