"""The version store: immutable ``datasets/vNNNN/`` folders, their manifests, ``LATEST``, and reading back.

A version is written into a hidden temporary folder, flushed to disk, renamed into place, and only then
named in ``LATEST`` (itself replaced atomically). A reader therefore sees a complete version or the previous
one, never half of one; a failed write removes its staging folder, and one left by a kill is removed (and
reported) at the start of the next run. A run whose
tables equal the latest version's writes nothing. Writers hold ``datasets/.lock`` (an OS lock, released
when its process dies, so a killed run never blocks the next).

Each table is a folder of Parquet part files (``v0007/quotes/part-<id>.parquet``). A part holds the rows of
one batch of inputs, named by the batch's content key, so a refresh that adds files adds parts and leaves the
others as they were. A part whose bytes equal the parent's part of the same name is hard-linked from the parent
(copied where links are impossible), so unchanged parts cost neither disk nor time, and pruning a version never
breaks another that shares its parts (a hard link keeps the data until its last name goes). The manifest lists
every part with its rows, bytes and sha256; only the parts that differ from the parent are compared for the
change log. Any Parquet reader reads a table folder as one table: ``pd.read_parquet("datasets/v0007/quotes")``,
``pl.scan_parquet("datasets/v0007/quotes/*.parquet")``, DuckDB's ``read_parquet('…/quotes/*.parquet')``.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import uuid
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import polars as pl
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from pipeline.stages.changes import (
    diff_records,
    diff_tables,
    in_bucket,
    in_range,
    joined_logs,
    record_hashes,
    record_ids,
    split_kept,
    stacked,
    summarise,
)
from schemas import RECORD_KEYS, SCHEMA_VERSION, TABLES, arrow_schema

#: The tables a run produces; ``changes`` is derived by the store against the parent version.
DATA_TABLES = tuple(name for name in TABLES if name != "changes")

_VERSION = re.compile(r"^v(\d{4,})$")
LATEST = "LATEST"
MANIFEST = "manifest.json"
_TMP_PREFIX = ".tmp-"


class StoreLocked(RuntimeError):
    """Raised when another run holds the dataset lock for longer than we are willing to wait."""


class VersionNotFound(LookupError):
    """Raised when a version, or the table asked for, is not on disk."""


@dataclass(frozen=True)
class WrittenVersion:
    """Where a version went, or why none was written."""

    name: str | None
    path: Path | None
    parent: str | None
    manifest: dict[str, Any] | None


def default_root() -> Path:
    """Return ``datasets/`` in the working directory, or the project's own when run from elsewhere."""
    here = Path("datasets")
    if here.is_dir():
        return here
    project = Path(__file__).resolve().parents[2] / "datasets"
    return project if project.is_dir() else here


def lock(root: Path, timeout: float = 600.0) -> FileLock:
    """Return the store's lock; ``with lock(root):`` waits up to ``timeout`` seconds for another run."""
    root.mkdir(parents=True, exist_ok=True)
    return FileLock(str(root / ".lock"), timeout=timeout)


def acquire(root: Path, timeout: float) -> FileLock:
    """Acquire the store's lock or raise ``StoreLocked`` with a message a person can act on."""
    file_lock = lock(root, timeout)
    try:
        file_lock.acquire()
    except Timeout:
        raise StoreLocked(
            f"another run is writing to {root} (lock {root / '.lock'}); waited {timeout:.0f} s. Try again later."
        ) from None
    return file_lock


def list_versions(root: Path) -> list[str]:
    """Return the complete versions on disk, oldest first."""
    if not root.is_dir():
        return []
    names = [p.name for p in root.iterdir() if p.is_dir() and _VERSION.match(p.name) and (p / MANIFEST).is_file()]
    return sorted(names, key=lambda name: int(name[1:]))


def latest_version(root: Path) -> str | None:
    """Return the version named in ``LATEST``, or None for an empty store."""
    path = root / LATEST
    if not path.is_file():
        return None
    name = path.read_text(encoding="utf-8").strip()
    return name if (root / name / MANIFEST).is_file() else None


def read_manifest(root: Path, version: str | None = None) -> dict[str, Any]:
    """Return a version's manifest (the latest by default)."""
    name = version or latest_version(root)
    if name is None or not (root / name / MANIFEST).is_file():
        raise VersionNotFound(f"no version {name or '(latest)'} in {root}")
    return parsed_manifest(root / name / MANIFEST)


def parsed_manifest(path: Path) -> dict[str, Any]:
    """The parsed JSON of a manifest file, shared with the callers before (not to be changed by them).

    A version's manifest is written once and never changed, and at 100,000 articles it is megabytes of JSON that
    one refresh reads three times (the parent's check, its facts, the staging of the next version); it is parsed
    once per process, and parsed again only when the file's identity, size or modification time differ."""
    stat = path.stat()
    key = (str(path.resolve()), stat.st_ino, stat.st_size, stat.st_mtime_ns)
    data = _MANIFESTS.get(key)
    if data is None:
        data = json.loads(path.read_text(encoding="utf-8"))
        if len(_MANIFESTS) >= 4:  # (a run reads its parent's and writes its own: a few are enough)
            _MANIFESTS.pop(next(iter(_MANIFESTS)))
        _MANIFESTS[key] = data
    return data


_MANIFESTS: dict[tuple[str, int, int, int], dict[str, Any]] = {}


def to_arrow(name: str, frame: pd.DataFrame) -> pa.Table:
    """Convert a validated table to Arrow with the schema derived from its Pandera model."""
    schema = arrow_schema(TABLES[name])
    columns = {}
    for column in schema:
        values = frame[column.name]
        if pa.types.is_date32(column.type):
            try:
                columns[column.name] = pa.Array.from_pandas(pd.to_datetime(values)).cast(column.type)
                continue
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError, ValueError):
                values = [None if pd.isna(v) else pd.Timestamp(v).date() for v in values]
        elif pa.types.is_list(column.type):
            values = [list(v) if v is not None else None for v in values]
        else:
            try:  # the column as it is, missing values as nulls: no Python objects for the text columns
                columns[column.name] = pa.Array.from_pandas(values, type=column.type)
                continue
            except (pa.ArrowInvalid, pa.ArrowTypeError, TypeError):
                values = values.astype(object).where(values.notna(), None).tolist()
        columns[column.name] = pa.array(values, type=column.type)
    return pa.Table.from_pydict(columns, schema=schema)


def _parquet_bytes(table: pa.Table) -> bytes:
    buffer = io.BytesIO()
    pq.write_table(table, buffer, compression="zstd")
    return buffer.getvalue()


def read_part(path: Path, columns: list[str] | None = None) -> pa.Table:
    """One part file's rows (or some of its columns). ``ParquetFile.read`` gives what ``pq.read_table`` gives for
    a single file (schema metadata too) without the dataset layer's set-up, which cost more than the reading
    itself on parts of a few hundred rows (2.5 against 1.0 ms a file)."""
    return pq.ParquetFile(path).read(columns=columns)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _write_file(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


def remove_stray_temporaries(root: Path) -> list[str]:
    """Delete temporary folders a crashed write left behind; call it while holding the lock."""
    removed = []
    if root.is_dir():
        for path in root.iterdir():
            if path.name.startswith(_TMP_PREFIX):
                if path.is_dir():
                    shutil.rmtree(path, ignore_errors=True)
                else:
                    path.unlink(missing_ok=True)
                removed.append(path.name)
    return removed


def git_commit() -> str | None:
    """Return the commit of the code that runs, when it is a git checkout."""
    try:
        result = subprocess.run(
            ["git", "rev-parse", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            timeout=5,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    return result.stdout.strip() or None if result.returncode == 0 else None


#: The part of rows whose batch is not known (a table written without a batch map).
DEFAULT_PART = "0"
_PART_FILE = re.compile(r"^part-([0-9A-Za-z_-]+)\.parquet$")


def part_file(table: str, part: str) -> str:
    """The path of a part inside a version folder."""
    return f"{table}/part-{part}.parquet"


def _parts_of(name: str, frame: pd.DataFrame, part_of_file: dict[str, str], file_of_article: dict[str, str]) -> pd.Series:
    """The part of each row: the batch of its source file (``rejects`` and ``articles`` by ``source_file``, the
    article tables through their article's file)."""
    if not part_of_file or not len(frame):
        return pd.Series([DEFAULT_PART] * len(frame), index=frame.index, dtype=object)
    if "source_file" in frame.columns:
        files = frame["source_file"].astype(object)
    else:
        files = frame["article_id"].astype(object).map(file_of_article)
    return files.map(part_of_file).fillna(DEFAULT_PART).astype(object)


def table_parts(manifest: dict[str, Any], table: str) -> list[dict[str, Any]]:
    """The parts a manifest records for a table (file, rows, bytes, sha256)."""
    info = manifest.get("tables", {}).get(table) or {}
    if "parts" not in info and info.get("file"):  # a version written before tables were folders: one part
        return [{key: info.get(key) for key in ("file", "rows", "bytes", "sha256")}]
    return list(info.get("parts") or [])


def read_table_parts(root: Path, version: str, table: str, files: list[str] | None = None) -> pa.Table:
    """A table of a version read from its part files (all, or the named ones), as one Arrow table."""
    folder = root / version
    chosen = files if files is not None else [p["file"] for p in table_parts(read_manifest(root, version), table)]
    tables = [read_part(folder / file) for file in chosen]
    if not tables:
        return arrow_schema(TABLES[table]).empty_table()
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def shared_clusters(root: Path, version: str, table: str, id_column: str) -> dict[str, str]:
    """The cluster id of each row of ``table`` in ``version`` whose cluster holds two or more rows (read two
    columns of every part; a row alone in its cluster is named by itself and left out)."""
    try:
        chosen = [p["file"] for p in table_parts(read_manifest(root, version), table)]
        columns = [read_part(root / version / file, columns=[id_column, "cluster_id"]) for file in chosen]
    except (OSError, ValueError, KeyError, VersionNotFound):
        return {}  # a parent that cannot be read names nothing: clusters are named afresh (more parts rewritten)
    if not columns:
        return {}
    both = pa.concat_tables(columns)
    counts = both.group_by("cluster_id").aggregate([("cluster_id", "count")])
    shared = counts.filter(pc.greater(counts["cluster_id_count"], 1))["cluster_id"]
    kept = both.filter(pc.is_in(both["cluster_id"], value_set=shared))
    return dict(zip(kept[id_column].to_pylist(), kept["cluster_id"].to_pylist(), strict=True))


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link ``source`` as ``target``; copy it where the file system cannot link (another device, FAT)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())


@dataclass(frozen=True)
class StagedPart:
    """A part written into (or linked into) the staging folder: no rows held, only what the manifest says."""

    file: str
    rows: int
    bytes: int
    sha256: str
    linked: bool


#: What a part's bytes depend on besides its rows: this module's encoding (a part's recipe includes it).
PART_FORMAT = hashlib.sha256(Path(__file__).read_bytes()).hexdigest()[:16]

#: Renders the files that explain a version (its card and pictures) from its manifest and some columns.
Render = Callable[[str, dict[str, Any], dict[str, pd.DataFrame]], dict[str, bytes]]
#: What a renderer reads of a version, by name: the table, and how its rows are summed up (a lazy polars query over
#: the table's parts; ``card.CARD_SUMMARIES``).
Summaries = Mapping[str, tuple[str, Callable[[pl.LazyFrame], pl.LazyFrame]]]


def hashes_folder(root: Path) -> Path:
    """Where each part file's record hashes (``changes.record_hashes``) wait, by the file's sha256: beside the result
    cache, outside any version, per polars version (whose hash function they come from)."""
    return root / "_cache" / "hashes" / f"polars-{pl.__version__}"


def _keep_hashes(folder: Path | None, table: str, digest: str, arrow: pa.Table, known: pl.DataFrame | None = None) -> None:
    """Remember a part's record hashes while its rows are in memory, so a change log need not read the part
    (``known``: the hashes, already made from the rows they stand for)."""
    if folder is None or table not in RECORD_KEYS:
        return
    path = folder / f"{digest}.parquet"
    if path.is_file():
        return
    folder.mkdir(parents=True, exist_ok=True)
    scratch = folder / f".{digest}.{uuid.uuid4().hex[:8]}"
    (known if known is not None else record_hashes(arrow, RECORD_KEYS[table])).write_parquet(scratch)
    os.replace(scratch, path)  # whole or not at all: a reader never sees a half-written file


def _hashes_file(folder: Path, table: str, digest: str, part: Path) -> Path:
    """The file of a part's record hashes: remembered by its digest, else made from the part (and remembered)."""
    path = folder / f"{digest}.parquet"
    if not path.is_file():
        _keep_hashes(folder, table, digest, read_part(part))
    return path


#: How many records a change log compares at once: a table with more is compared in buckets of its record ids, each
#: read from the parts' kept hash files, so the driver never holds the whole corpus's hashes twice (a refresh that
#: rewrites every part, such as one after the code changed, otherwise peaked above 1.6 GB at 100,000 articles).
CHANGE_LOG_BUCKET_ROWS = 400_000


@dataclass(frozen=True)
class PartTarget:
    """The staging folder of a version, as a worker writes parts into it: the folder, the parent version's folder
    and the parent's digest of each part file (a part with the same bytes is linked, not written). Picklable, so a
    task on a Dask worker that reaches the dataset folder writes its own parts; the driver then records them. With
    ``hashes``, each part's record hashes are kept there for the change log (``hashes_folder``)."""

    folder: Path
    parent: Path | None
    kept: Mapping[str, str]
    hashes: Path | None = None

    def write(self, table: str, part: str, frame: pd.DataFrame | pa.Table, hashes: pl.DataFrame | None = None) -> StagedPart:
        """Encode one part of a validated table and stage it (linked when the parent has the same bytes); ``hashes``:
        its record hashes when they are known already."""
        arrow = frame.cast(arrow_schema(TABLES[table])) if isinstance(frame, pa.Table) else to_arrow(table, frame)
        data = _parquet_bytes(arrow)
        digest = hashlib.sha256(data).hexdigest()
        file = part_file(table, part)
        linked = self.parent is not None and self.kept.get(file) == digest
        if linked:
            assert self.parent is not None
            _link_or_copy(self.parent / file, self.folder / file)
        else:
            _write_file(self.folder / file, data)
            _keep_hashes(self.hashes, table, digest, arrow, hashes)
        return StagedPart(file, arrow.num_rows, len(data), digest, linked)


class Staging:
    """The next version, written a part at a time into a hidden folder and made visible by ``commit``.

    Use it as a context manager while holding the lock: leaving it without a commit (an exception, a full
    disk) removes the folder, so nothing half-written is ever visible. A part equal to the parent's part of
    the same name is hard-linked (or copied), not written. Only the parts' names, rows and digests stay in
    memory, so a version of any size is written in the memory of its largest part.
    """

    def __init__(self, root: Path, parent: str | None = None) -> None:
        root.mkdir(parents=True, exist_ok=True)
        remove_stray_temporaries(root)  # the flow removes and reports them at its start; a bare writer here
        roll_forward(root)
        self.root = root
        self.parent = parent or latest_version(root)
        self.previous = read_manifest(root, self.parent) if self.parent is not None else {}
        self._kept = {p["file"]: p["sha256"] for table in DATA_TABLES for p in table_parts(self.previous, table)}
        self.folder = root / f"{_TMP_PREFIX}new-{uuid.uuid4().hex[:8]}"
        self.parts: dict[str, list[StagedPart]] = {table: [] for table in TABLES}
        self.part_index: dict[str, dict[str, Any]] = {}  # part -> what the run recorded of it (its recipe, ...)
        self._trimmed: set[str] = set()  # files holding some of the parent's same file's records, unchanged
        self._lost: dict[str, list[pl.DataFrame]] = {table: [] for table in TABLES}  # the hashes of the records they lost
        self.folder.mkdir()
        for table in TABLES:
            (self.folder / table).mkdir()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, error: object, trace: object) -> None:
        self.discard()

    def discard(self) -> None:
        """Remove the staging folder (a no-op after a commit renamed it)."""
        shutil.rmtree(self.folder, ignore_errors=True)

    def add(self, table: str, part: str, frame: pd.DataFrame | pa.Table) -> StagedPart:
        """Encode one part of a validated table and stage it (linked when the parent has the same bytes)."""
        staged = self.target().write(table, part, frame)
        self.parts[table].append(staged)
        return staged

    def add_trimmed(self, table: str, part: str, arrow: pa.Table) -> StagedPart:
        """Stage a part whose rows are some of the parent's same part's rows, each unchanged (the part less the rows
        of files edited since). Its record hashes are the parent's part's less those it lost, not made again, and
        the change log reads only the lost ones: the rest are the parent's records as they were. Staged as ``add``
        does when the parent has no such part or ``arrow`` holds a record it lacks."""
        entry = next((e for e in table_parts(self.previous, table) if e["file"] == part_file(table, part)), None)
        if entry is None or table not in RECORD_KEYS:
            return self.add(table, part, arrow)
        folder = hashes_folder(self.root)
        before = pl.read_parquet(_hashes_file(folder, table, str(entry["sha256"]), self.root / str(self.parent) / str(entry["file"])))
        split = split_kept(before, arrow, RECORD_KEYS[table])
        if split is None:
            return self.add(table, part, arrow)
        kept, lost = split
        staged = self.target().write(table, part, arrow, kept)
        self.parts[table].append(staged)
        if not staged.linked:
            self._trimmed.add(staged.file)
            self._lost[table].append(lost)
        return staged

    def target(self, parts: Iterable[str] | None = None) -> PartTarget:
        """Where a worker writes parts of this version (the parent's digests of ``parts`` only, when given);
        ``record`` then takes what it wrote."""
        files = None if parts is None else {part_file(table, part) for part in parts for table in DATA_TABLES}
        kept = self._kept if files is None else {f: d for f, d in self._kept.items() if f in files}
        return PartTarget(self.folder, self.root / str(self.parent) if self.parent is not None else None, kept, hashes_folder(self.root))

    def record(self, table: str, staged: StagedPart) -> None:
        """Take a part that a worker wrote into the staging folder (``PartTarget.write``)."""
        self.parts[table].append(staged)

    def parent_part(self, part: str) -> dict[str, Any] | None:
        """What the parent version recorded of a part (``note``), if it has the part."""
        found = self.previous.get("part_index", {}).get(part)
        return dict(found) if isinstance(found, dict) else None

    def note(self, part: str, info: dict[str, Any]) -> None:
        """Record what the run knows of a part (its recipe, its validation); the manifest keeps it."""
        self.part_index[part] = info

    def link_part(self, part: str) -> dict[str, Any]:
        """Stage every table's file of the parent's ``part`` as it is (hard-linked, or copied), without reading
        it; return what the parent recorded of it."""
        info = self.parent_part(part)
        if info is None:
            raise VersionNotFound(f"{self.parent} has no part {part}")
        for table in DATA_TABLES:
            for entry in table_parts(self.previous, table):
                if entry["file"] == part_file(table, part):
                    _link_or_copy(self.root / str(self.parent) / entry["file"], self.folder / entry["file"])
                    self.parts[table].append(StagedPart(entry["file"], int(entry["rows"]), int(entry["bytes"]), str(entry["sha256"]), True))
        self.part_index[part] = info
        return info

    def parent_tables(self, part: str) -> dict[str, pa.Table]:
        """Every table's rows in the parent's ``part`` (an empty table where the part has none)."""
        if self.parent is None or self.parent_part(part) is None:
            raise VersionNotFound(f"the parent has no part {part}")
        tables: dict[str, pa.Table] = {}
        for table in DATA_TABLES:
            file = part_file(table, part)
            held = any(entry["file"] == file for entry in table_parts(self.previous, table))
            tables[table] = read_part(self.root / str(self.parent) / file) if held else arrow_schema(TABLES[table]).empty_table()
        return tables

    def relabel_part(self, part: str, columns: dict[str, tuple[str, str, dict[str, str]]]) -> None:
        """Stage the parent's ``part`` with one column of some tables given new values by row id, ``{table: (id
        column, column, {id: value})}`` (a refresh whose clusters merged: the rows are the parent's, only their
        cluster ids differ). The other tables' files are linked unread; a relabelled table is read from the parent's
        file, its column replaced and the part re-encoded (linked if its bytes come out the same). A row whose id
        has no new value, or a value that is not a non-empty string, raises ``KeyError`` before anything is staged."""
        if self.parent is None or self.parent_part(part) is None:
            raise VersionNotFound(f"the parent has no part {part}")
        relabelled: dict[str, pa.Table] = {}
        for table, (id_column, column, values) in columns.items():
            if not any(entry["file"] == part_file(table, part) for entry in table_parts(self.previous, table)):
                if values:
                    raise KeyError(f"the parent's part {part} has no {table} rows")
                continue  # no rows of this table in the part, then or now: no file, as when it was made
            arrow = read_part(self.root / str(self.parent) / part_file(table, part))
            new = [values.get(str(key)) for key in arrow.column(id_column).to_pylist()]
            if any(not isinstance(value, str) or not value for value in new):
                raise KeyError(f"{table} part {part}: a row has no {column}")
            relabelled[table] = arrow.set_column(arrow.schema.get_field_index(column), column, pa.array(new, pa.string()))
        for table in DATA_TABLES:
            if table in relabelled:
                self.add(table, part, relabelled[table])
                continue
            for entry in table_parts(self.previous, table):
                if entry["file"] == part_file(table, part):
                    _link_or_copy(self.root / str(self.parent) / entry["file"], self.folder / entry["file"])
                    self.parts[table].append(StagedPart(entry["file"], int(entry["rows"]), int(entry["bytes"]), str(entry["sha256"]), True))

    def read(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """A staged table (or some of its columns), read back from its part files."""
        parts = [read_part(self.folder / p.file, columns=columns) for p in self.parts[table]]
        if parts:
            return pa.concat_tables(parts)
        empty = arrow_schema(TABLES[table]).empty_table()
        return empty.select(columns) if columns is not None else empty

    def summary(self, table: str, summarise: Callable[[pl.LazyFrame], pl.LazyFrame]) -> pd.DataFrame:
        """A staged table summed up by ``summarise`` over its part files, in their order (no row is held whole)."""
        files = [self.folder / p.file for p in self.parts[table]]
        rows = pl.scan_parquet(files) if files else pl.DataFrame(arrow_schema(TABLES[table]).empty_table()).lazy()
        return summarise(rows).collect().to_pandas()

    def _digest(self, table: str) -> str:
        return hashlib.sha256("\n".join(sorted(f"{p.file} {p.sha256}" for p in self.parts[table])).encode("utf-8")).hexdigest()

    def _changes(self, table: str) -> Iterator[tuple[str, pl.DataFrame]]:
        """One table's change log against the parent, from the parts that differ, one part read at a time, as (part
        name, log): for a table the parent lacks (a first version's every table, whose log names every record of the
        corpus), one log for each range of about ``CHANGE_LOG_BUCKET_ROWS`` record ids, in sorted order, so the driver
        never holds the whole log (one part named by the table when it is one range); else one log."""
        key = RECORD_KEYS[table]
        in_parent = self.parent is not None and table in self.previous.get("tables", {})
        reused = {p.file for p in self.parts[table] if p.linked}
        if not in_parent:  # a table the parent lacks is all added: its ids are all the log needs
            fresh = [p for p in self.parts[table] if not p.linked]
            ranges = min(256, max(1, -(-sum(p.rows for p in fresh) // CHANGE_LOG_BUCKET_ROWS)))
            for index in range(ranges):  # (each part's ids read again for each range: only the key columns)
                yield (table if ranges == 1 else f"{table}-{index:04d}",
                       diff_records({}, {table: stacked([in_range(record_ids(read_part(self.folder / p.file, columns=list(key)), key), index, ranges)
                                                         for p in fresh])}))
            return
        # (each part's hashes as kept when it was written, by its digest; read from the part only when missing)
        # (a trimmed part's records are the parent's part's, less the lost ones: only those lost are compared)
        hashes = hashes_folder(self.root)
        trimmed = {p.file for p in self.parts[table] if p.file in self._trimmed}
        written = [p for p in self.parts[table] if not p.linked and p.file not in trimmed]
        stale = [p for p in table_parts(self.previous, table) if p["file"] not in reused and p["file"] not in trimmed]
        new = [_hashes_file(hashes, table, p.sha256, self.folder / p.file) for p in written]
        old = [_hashes_file(hashes, table, str(p["sha256"]), self.root / str(self.parent) / p["file"]) for p in stale]
        lost = self._lost[table]
        rows = sum(p.rows for p in written) + sum(int(p["rows"]) for p in stale) + sum(f.height for f in lost)
        count = max(1, -(-rows // CHANGE_LOG_BUCKET_ROWS))
        logs = [diff_records({table: stacked([in_bucket(pl.read_parquet(f), index, count) for f in old] + [in_bucket(f, index, count) for f in lost])},
                             {table: stacked([in_bucket(pl.read_parquet(f), index, count) for f in new])})
                for index in range(count)]
        yield table, logs[0] if count == 1 else joined_logs(logs)

    def commit(self, facts: dict[str, Any], render: Render | None = None, summaries: Summaries | None = None) -> WrittenVersion:
        """Make the staged parts the next version, unless they equal the parent's; return what was done.

        ``render`` writes the card and pictures from the manifest and the ``summaries`` of the tables, each computed
        over the parts (so a renderer never holds a table's rows)."""
        for table in DATA_TABLES:
            if not self.parts[table]:
                self.add(table, DEFAULT_PART, empty_table_frame(table))  # an empty table still gives readers its schema
        digests = {table: self._digest(table) for table in DATA_TABLES}
        if self.parent is not None and {n: t.get("sha256") for n, t in self.previous.get("tables", {}).items() if n in DATA_TABLES} == digests:
            self.discard()
            return _unchanged(self.root, self.parent)
        # the change log a table at a time, each its own part of ``changes`` (a first version's log names every
        # record of the corpus: held at once, it was the largest thing the driver built)
        summary: dict[str, dict[str, int]] = {}
        for table in DATA_TABLES:
            for part, changes in self._changes(table):
                if len(changes):
                    self.add("changes", part, changes.to_arrow())
                    for name, counts in summarise(changes).items():
                        into = summary.setdefault(name, {"added": 0, "modified": 0, "removed": 0})
                        for change, count in counts.items():
                            into[change] += count
                del changes
        if self.parent is not None and not summary:  # the same records, only grouped into other parts
            self.discard()
            return _unchanged(self.root, self.parent)
        if not self.parts["changes"]:
            self.add("changes", DEFAULT_PART, empty_table_frame("changes"))
        digests["changes"] = self._digest("changes")
        name = _next_name(self.root)
        manifest = {
            "version": name,
            "parent": self.parent,
            "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "git_commit": git_commit(),
            "schema_version": SCHEMA_VERSION,
            "tables": {
                table: {
                    "folder": table, "rows": sum(p.rows for p in parts), "sha256": digests[table],
                    "bytes": sum(p.bytes for p in parts),
                    "parts": [{"file": p.file, "rows": p.rows, "bytes": p.bytes, "sha256": p.sha256,
                               **({"linked_from": self.parent} if p.linked else {})} for p in sorted(parts, key=lambda p: p.file)],
                }
                for table, parts in self.parts.items()
            },
            "changes": dict(sorted(summary.items())),
            **facts,
            "part_index": self.part_index,
        }
        extras: dict[str, bytes] = {}
        if render is not None:
            shown = {key: self.summary(table, summarise) for key, (table, summarise) in (summaries or {}).items()}
            extras = render(name, manifest, shown)
        manifest["files"] = {file: hashlib.sha256(data).hexdigest() for file, data in extras.items()}
        manifest["sizes"] = {file: len(data) for file, data in extras.items()}
        for table in TABLES:
            _fsync_dir(self.folder / table)
        for file, data in extras.items():
            _write_file(self.folder / file, data)
        _write_file(self.folder / MANIFEST, json.dumps(manifest, indent=2, default=_json_default).encode("utf-8"))
        _fsync_dir(self.folder)
        os.rename(self.folder, self.root / name)
        _fsync_dir(self.root)
        point_latest(self.root, name)
        return WrittenVersion(name, self.root / name, self.parent, manifest)


def empty_table_frame(table: str) -> pd.DataFrame:
    """A table with its schema's columns and no rows."""
    return arrow_schema(TABLES[table]).empty_table().to_pandas()


def write_version(
    root: Path,
    tables: dict[str, pd.DataFrame],
    facts: dict[str, Any],
    render: Render | None = None,
    parent: str | None = None,
    part_of_file: dict[str, str] | None = None,
    summaries: Summaries | None = None,
) -> WrittenVersion:
    """Write whole ``tables`` as the next version unless they equal the parent's; the caller holds the lock.

    ``parent`` is the version the run built on (the latest by default; the caller may have chosen the newest
    complete one because ``LATEST`` was damaged). When the tables equal it, nothing is written and ``LATEST``
    is pointed at it if it pointed elsewhere. ``part_of_file`` names each source file's part (its batch);
    without it each table is one part. A failed write removes its staging folder. The flow stages its parts
    one batch at a time instead (``Staging``); this is the same for tables already in memory."""
    files = part_of_file or {}
    articles = tables["articles"]
    file_of_article = dict(zip(articles["article_id"].astype(object), articles["source_file"].astype(object), strict=True)) if files else {}
    with Staging(root, parent) as staging:
        for name in DATA_TABLES:
            frame = tables[name]
            parts = _parts_of(name, frame, files, file_of_article)
            groups: Iterable[tuple[Any, pd.DataFrame]] = (
                frame.groupby(parts.to_numpy(), sort=True) if len(frame) else [(DEFAULT_PART, frame)]
            )
            for part, rows in groups:
                staging.add(name, str(part), rows)
        return staging.commit(facts, render, summaries)


def _unchanged(root: Path, parent: str) -> WrittenVersion:
    """No new version: the parent stands (and ``LATEST`` names it, if it named another)."""
    if _pointer(root) != parent:
        point_latest(root, parent)
    return WrittenVersion(None, None, parent, None)


def _next_name(root: Path) -> str:
    """The next version name, after every ``vNNNN`` folder on disk (damaged ones included) or quarantined."""
    numbers = [int(p.name[1:]) for p in root.iterdir() if p.is_dir() and _VERSION.match(p.name)]
    quarantine = root / "_quarantine"
    if quarantine.is_dir():
        numbers += [int(m.group(1)) for p in quarantine.iterdir() if (m := re.match(r"^v(\d{4,})-", p.name))]
    return f"v{(max(numbers) + 1 if numbers else 1):04d}"


def roll_forward(root: Path) -> str | None:
    """Point ``LATEST`` at a version a killed writer renamed into place but did not name yet.

    The rename is the commit; ``LATEST`` follows it. A kill between the two leaves a complete version whose
    parent is ``LATEST``: it is the newest committed version, so ``LATEST`` moves to it (and on along the
    chain). Returns the version ``LATEST`` was moved to, or None."""
    current = _pointer(root)
    moved = None
    while current is not None:
        children = [
            name for name in list_versions(root)
            if int(name[1:]) > int(current[1:]) and read_manifest(root, name).get("parent") == current
        ]
        if not children:
            break
        current = moved = children[0]
    if moved is not None:
        point_latest(root, moved)
    return moved


def _pointer(root: Path) -> str | None:
    path = root / LATEST
    return path.read_text(encoding="utf-8", errors="replace").strip() if path.is_file() else None


def point_latest(root: Path, name: str) -> None:
    """Replace ``LATEST`` atomically so that it names ``name``."""
    pointer = root / f"{_TMP_PREFIX}{LATEST}-{uuid.uuid4().hex[:8]}"
    try:
        _write_file(pointer, f"{name}\n".encode())
        os.replace(pointer, root / LATEST)
    except BaseException:
        pointer.unlink(missing_ok=True)
        raise
    _fsync_dir(root)


def _json_default(value: object) -> object:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    if isinstance(value, Path):
        return value.as_posix()
    raise TypeError(f"cannot store {type(value).__name__} in a manifest")


def load_table(name: str, version: str | None = None, root: Path | str | None = None) -> pd.DataFrame:
    """Return one table of a version (the latest by default) as a pandas DataFrame, sorted by the table's key
    (``schemas.RECORD_KEYS``)."""
    base = Path(root) if root is not None else default_root()
    chosen = version or latest_version(base)
    if chosen is None:
        raise VersionNotFound(f"no version in {base.resolve()}; run `python -m pipeline run` first")
    path = base / chosen / name
    parts = table_parts(read_manifest(base, chosen), name) if name in TABLES else []
    if not parts or not all((base / chosen / p["file"]).is_file() for p in parts):
        known = ", ".join(TABLES)
        raise VersionNotFound(f"{path} does not exist (version {chosen}; tables: {known})")
    table = read_table_parts(base, chosen, name, [p["file"] for p in parts])
    key = RECORD_KEYS.get(name)
    if key and table.num_rows:  # parts are batches: one canonical order, whatever the partitioning
        table = table.sort_by([(column, "ascending") for column in key])
    frame = table.to_pandas()
    return TABLES[name].validate(frame, lazy=True)  # coerces to the schema's dtypes


PINNED = "PINNED"
#: One line per pruned version, so ``verify`` can tell a pruned parent from a lost one.
PRUNED = "_pruned"


def pinned_versions(root: Path) -> set[str]:
    """The versions named, one a line, in ``datasets/PINNED``: prune never removes them."""
    path = root / PINNED
    if not path.is_file():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#")}


def pruned_versions(root: Path) -> set[str]:
    """The versions ``prune`` removed."""
    path = root / PRUNED
    return set(path.read_text(encoding="utf-8").split()) if path.is_file() else set()


def prune(root: Path, keep: int, dry_run: bool = False) -> list[str]:
    """Remove all but the newest ``keep`` versions, never the latest nor a pinned one; return what went."""
    held = acquire(root, timeout=30)
    try:
        names = list_versions(root)
        protected = set(names[-keep:]) | pinned_versions(root) | {latest_version(root) or ""}
        doomed = [name for name in names if name not in protected]
        if not dry_run:
            with open(root / PRUNED, "a", encoding="utf-8") as log:
                log.writelines(f"{name}\n" for name in doomed)
            for name in doomed:
                staging = root / f"{_TMP_PREFIX}pruned-{name}-{uuid.uuid4().hex[:8]}"
                os.rename(root / name, staging)  # vanish at once, then delete at leisure
                shutil.rmtree(staging)
            _forget_hashes(root)
        return doomed
    finally:
        held.release()


def _forget_hashes(root: Path) -> None:
    """Remove the kept record hashes of part files that no version holds any more (and of older polars versions)."""
    folder = hashes_folder(root)
    for stale in folder.parent.glob("polars-*"):
        if stale != folder:
            shutil.rmtree(stale, ignore_errors=True)
    if not folder.is_dir():
        return
    held = {str(p["sha256"]) for name in list_versions(root) for table in DATA_TABLES for p in table_parts(read_manifest(root, name), table)}
    for path in folder.glob("*.parquet"):
        if path.stem not in held:
            path.unlink(missing_ok=True)
    for scratch in folder.glob(".*"):  # a writer killed before it renamed its file
        scratch.unlink(missing_ok=True)


def diff_versions(root: Path, old: str, new: str | None = None) -> pd.DataFrame:
    """The ``changes`` rows that turn version ``old`` into ``new`` (the latest by default)."""
    target = new or latest_version(root)
    for name in (old, target):
        if name is None or not (root / name / MANIFEST).is_file():
            raise VersionNotFound(f"no version {name} in {root}")
    assert target is not None
    manifests = {side: read_manifest(root, name) for side, name in (("old", old), ("new", target))}
    shared = {p["file"]: p["sha256"] for n in DATA_TABLES for p in table_parts(manifests["old"], n)}
    before: dict[str, pa.Table] = {}
    after: dict[str, pa.Table] = {}
    for table in DATA_TABLES:
        same = {p["file"] for p in table_parts(manifests["new"], table) if shared.get(p["file"]) == p["sha256"]}
        for side, name, found in (("old", old, before), ("new", target, after)):
            parts = table_parts(manifests[side], table)
            if parts:
                found[table] = read_table_parts(root, name, table, [p["file"] for p in parts if p["file"] not in same])
    return diff_tables(before, after)


def read_version_files(root: Path, version: str, suffix: str) -> dict[str, bytes]:
    """The extra files of a version (its pictures), by name."""
    folder = root / version
    return {path.name: path.read_bytes() for path in sorted(folder.glob(f"*{suffix}"))}


def write_report(path: Path, page: str) -> None:
    """Write a report page atomically (outside any version folder: versions never change)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = path.with_name(f".{path.name}.{uuid.uuid4().hex[:8]}")
    staging.write_text(page, encoding="utf-8")
    os.replace(staging, path)
