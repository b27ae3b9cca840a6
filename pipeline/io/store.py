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
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
from filelock import FileLock, Timeout

from pipeline.stages.changes import diff_tables, summarise
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
    return json.loads((root / name / MANIFEST).read_text(encoding="utf-8"))


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


@dataclass(frozen=True)
class EncodedPart:
    """One part file of a table, encoded: its name inside the version, rows, bytes and sha256."""

    file: str  # "quotes/part-1a2b….parquet"
    rows: int
    data: bytes
    sha256: str


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


def encode_table(name: str, frame: pd.DataFrame, parts: pd.Series | None = None) -> list[EncodedPart]:
    """A validated table as part files, one per part id (an empty table as one empty part, so readers get
    its schema). Rows keep their order inside a part."""
    if parts is None or not len(frame):
        groups: Iterable[tuple[Any, pd.DataFrame]] = [(DEFAULT_PART, frame)]
    else:
        groups = frame.groupby(parts.to_numpy(), sort=True)  # one part's rows at a time: no second copy of the table
    encoded = []
    for part, rows in groups:
        data = _parquet_bytes(to_arrow(name, rows))
        encoded.append(EncodedPart(part_file(name, str(part)), len(rows), data, hashlib.sha256(data).hexdigest()))
    return encoded


def _table_digest(parts: list[EncodedPart]) -> str:
    return hashlib.sha256("\n".join(sorted(f"{p.file} {p.sha256}" for p in parts)).encode("utf-8")).hexdigest()


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
    tables = [pq.read_table(folder / file) for file in chosen]
    if not tables:
        return arrow_schema(TABLES[table]).empty_table()
    return pa.concat_tables(tables) if len(tables) > 1 else tables[0]


def _link_or_copy(source: Path, target: Path) -> None:
    """Hard-link ``source`` as ``target``; copy it where the file system cannot link (another device, FAT)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
        with open(target, "rb+") as handle:
            os.fsync(handle.fileno())


def write_version(
    root: Path,
    tables: dict[str, pd.DataFrame],
    facts: dict[str, Any],
    render: Callable[[str, dict[str, Any], dict[str, pd.DataFrame]], dict[str, bytes]] | None = None,
    parent: str | None = None,
    part_of_file: dict[str, str] | None = None,
) -> WrittenVersion:
    """Write ``tables`` as the next version unless they equal the parent's; the caller holds the lock.

    ``parent`` is the version the run built on (the latest by default; the caller may have chosen the newest
    complete one because ``LATEST`` was damaged). When the tables equal it, nothing is written and ``LATEST``
    is pointed at it if it pointed elsewhere. ``part_of_file`` names each source file's part (its batch);
    without it each table is one part. A failed write removes its staging folder."""
    root.mkdir(parents=True, exist_ok=True)
    remove_stray_temporaries(root)  # the flow removes and reports them at its start; a bare writer here
    roll_forward(root)
    parent = parent or latest_version(root)
    files = part_of_file or {}
    articles = tables["articles"]
    file_of_article = dict(zip(articles["article_id"].astype(object), articles["source_file"].astype(object), strict=True)) if files else {}
    encoded = {name: encode_table(name, tables[name], _parts_of(name, tables[name], files, file_of_article)) for name in DATA_TABLES}
    digests = {name: _table_digest(parts) for name, parts in encoded.items()}
    previous = read_manifest(root, parent) if parent is not None else {}
    if parent is not None and {n: t.get("sha256") for n, t in previous.get("tables", {}).items() if n in DATA_TABLES} == digests:
        return _unchanged(root, parent)
    # the parts the parent already has, byte for byte: linked, not written, and not compared for changes
    kept = {p["file"]: p["sha256"] for table in DATA_TABLES for p in table_parts(previous, table)}
    reused = {part.file for parts in encoded.values() for part in parts if kept.get(part.file) == part.sha256}
    old: dict[str, pa.Table] = {}
    new: dict[str, pa.Table] = {}
    for table in DATA_TABLES:
        stale = [p["file"] for p in table_parts(previous, table) if p["file"] not in reused]
        if parent is not None and table in previous.get("tables", {}):
            old[table] = read_table_parts(root, parent, table, stale)
        # compare what readers will read: both sides as they come back from Parquet
        fresh = [pq.read_table(io.BytesIO(p.data)) for p in encoded[table] if p.file not in reused]
        new[table] = pa.concat_tables(fresh) if fresh else arrow_schema(TABLES[table]).empty_table()
    changes = diff_tables(old, new)
    if parent is not None and not len(changes):  # the same records, only grouped into other parts
        return _unchanged(root, parent)
    encoded["changes"] = encode_table("changes", changes)
    digests["changes"] = _table_digest(encoded["changes"])
    name = _next_name(root)
    counts = {table: sum(p.rows for p in parts) for table, parts in encoded.items()}
    manifest = {
        "version": name,
        "parent": parent,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "schema_version": SCHEMA_VERSION,
        "tables": {
            table: {
                "folder": table, "rows": counts[table], "sha256": digests[table],
                "bytes": sum(len(p.data) for p in encoded[table]),
                "parts": [{"file": p.file, "rows": p.rows, "bytes": len(p.data), "sha256": p.sha256,
                           **({"linked_from": parent} if p.file in reused else {})} for p in encoded[table]],
            }
            for table in TABLES
        },
        "changes": summarise(changes),
        **facts,
    }
    extras = render(name, manifest, {**tables, "changes": changes}) if render is not None else {}
    manifest["files"] = {file: hashlib.sha256(data).hexdigest() for file, data in extras.items()}
    manifest["sizes"] = {file: len(data) for file, data in extras.items()}
    staging = root / f"{_TMP_PREFIX}{name}-{uuid.uuid4().hex[:8]}"
    try:
        staging.mkdir()
        for table, parts in encoded.items():
            (staging / table).mkdir()
            for part in parts:
                if part.file in reused:
                    _link_or_copy(root / str(parent) / part.file, staging / part.file)
                else:
                    _write_file(staging / part.file, part.data)
            _fsync_dir(staging / table)
        for file, data in extras.items():
            _write_file(staging / file, data)
        _write_file(staging / MANIFEST, json.dumps(manifest, indent=2, default=_json_default).encode("utf-8"))
        _fsync_dir(staging)
        os.rename(staging, root / name)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)  # a full disk or a kill between files leaves nothing behind
        raise
    _fsync_dir(root)
    point_latest(root, name)
    return WrittenVersion(name, root / name, parent, manifest)


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
        return doomed
    finally:
        held.release()


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
