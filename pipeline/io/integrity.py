"""Checking and repairing the dataset folder: every version against its manifest, and ``LATEST``.

``quick_check`` is what a run does before it builds on a version: the manifest parses and every file it lists
is present with its recorded size. ``full_check`` is what ``verify`` does: also each file's sha256, each
table's row count and Arrow schema, and the parent (present, or recorded as pruned). ``repair`` never deletes:
it moves damaged versions into ``_quarantine/`` inside the dataset folder and points ``LATEST`` at the newest
complete version.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from pipeline.io import store
from schemas import TABLES, arrow_schema

QUARANTINE = "_quarantine"
_VERSION = re.compile(r"^v(\d{4,})$")


@dataclass(frozen=True)
class VersionCheck:
    """One version's verdict: the problems found (none means complete)."""

    name: str
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        """True when nothing is wrong with the version."""
        return not self.problems


def version_dirs(root: Path) -> list[str]:
    """Every ``vNNNN`` folder on disk, with or without a manifest, oldest first."""
    if not root.is_dir():
        return []
    names = [p.name for p in root.iterdir() if p.is_dir() and _VERSION.match(p.name)]
    return sorted(names, key=lambda name: int(name[1:]))


def _manifest(root: Path, name: str) -> tuple[dict[str, Any] | None, str | None]:
    path = root / name / store.MANIFEST
    if not path.is_file():
        return None, f"{store.MANIFEST} is missing"
    try:
        data = store.parsed_manifest(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        return None, f"{store.MANIFEST} cannot be read ({error.__class__.__name__})"
    if not isinstance(data, dict) or not isinstance(data.get("tables"), dict):
        return None, f"{store.MANIFEST} lists no tables"
    return data, None


def _listed_files(manifest: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Every file a manifest lists, with what it records about it (sha256, and bytes where recorded)."""
    files = {part["file"]: {"sha256": part.get("sha256"), "bytes": part.get("bytes"), "rows": part.get("rows"), "table": table}
             for table in manifest["tables"] for part in store.table_parts(manifest, table)}
    sizes = manifest.get("sizes") or {}
    for name, digest in (manifest.get("files") or {}).items():
        files[name] = {"sha256": digest, "bytes": sizes.get(name)}
    return files


def quick_check(root: Path, name: str) -> VersionCheck:
    """The manifest parses and every listed file is present with its recorded size."""
    manifest, problem = _manifest(root, name)
    if manifest is None:
        return VersionCheck(name, (problem or "no manifest",))
    problems = []
    for file, recorded in _listed_files(manifest).items():
        path = root / name / file
        if not path.is_file():
            problems.append(f"{file} is missing")
        elif recorded.get("bytes") is not None and path.stat().st_size != recorded["bytes"]:
            problems.append(f"{file} has {path.stat().st_size} bytes, the manifest says {recorded['bytes']}")
    return VersionCheck(name, tuple(problems))


def full_check(root: Path, name: str) -> VersionCheck:
    """Everything ``quick_check`` checks, plus sha256, row counts, Arrow schemas and the parent."""
    first = quick_check(root, name)
    manifest, _ = _manifest(root, name)
    if manifest is None:
        return first
    problems = list(first.problems)
    for file, recorded in _listed_files(manifest).items():
        path = root / name / file
        if not path.is_file():
            continue
        if hashlib.sha256(path.read_bytes()).hexdigest() != recorded.get("sha256"):
            problems.append(f"{file} does not match its sha256 (changed or corrupted)")
            continue
        table = recorded.get("table")
        if table in TABLES:
            try:
                metadata = pq.read_metadata(path)
                schema = pq.read_schema(path)
            except Exception as error:  # a damaged Parquet footer raises several pyarrow error types
                problems.append(f"{file} is not readable Parquet ({error.__class__.__name__})")
                continue
            if metadata.num_rows != recorded.get("rows"):
                problems.append(f"{file} has {metadata.num_rows} rows, the manifest says {recorded.get('rows')}")
            if not schema.equals(arrow_schema(TABLES[table]), check_metadata=False):
                problems.append(f"{file} does not have the {table} schema")
    parent = manifest.get("parent")
    if parent and not (root / parent).is_dir() and parent not in store.pruned_versions(root):
        problems.append(f"its parent {parent} is missing (and was not pruned)")
    return VersionCheck(name, tuple(problems))


def _newest_complete(root: Path, names: list[str]) -> str | None:
    """The newest version that passes the quick check, checking from the newest down and stopping there."""
    return next((name for name in reversed(names) if quick_check(root, name).ok), None)


def latest_problem(root: Path, checks: dict[str, VersionCheck]) -> str | None:
    """What is wrong with ``LATEST`` given the versions' checks, or None."""
    path = root / store.LATEST
    if not path.is_file():
        return f"{store.LATEST} is missing" if checks else None
    named = path.read_text(encoding="utf-8", errors="replace").strip()
    if named not in checks:
        return f"{store.LATEST} names {named!r}, which is not on disk"
    if not checks[named].ok:
        return f"{store.LATEST} names {named}, which is damaged"
    return None


def usable_parent(root: Path) -> tuple[str | None, list[str]]:
    """The version a run builds on: ``LATEST`` when it passes the quick check, else the newest version that
    does, with a warning saying so. Never None while a complete version is on disk."""
    names = version_dirs(root)
    named = (root / store.LATEST).read_text(encoding="utf-8", errors="replace").strip() if (root / store.LATEST).is_file() else None
    if named in names and quick_check(root, named).ok:
        return named, []
    newest = _newest_complete(root, names)
    if newest is None:
        return None, ([f"no complete version in {root}; building from nothing"] if names else [])
    if named is None:
        why = f"{store.LATEST} is missing"
    elif named not in names:
        why = f"{store.LATEST} names {named}, which is not on disk"
    else:
        why = f"{store.LATEST} names {named}, which is damaged ({'; '.join(quick_check(root, named).problems)})"
    return newest, [f"{why}; building on {newest}, the newest complete version (run `verify --repair` to quarantine the rest)"]


def verify(root: Path, version: str | None = None) -> tuple[list[VersionCheck], str | None]:
    """Check every version (or one) fully, and ``LATEST``; return the checks and LATEST's problem."""
    names = version_dirs(root)
    chosen = [version] if version else names
    checks = {name: full_check(root, name) if name in names else VersionCheck(name, ("not on disk",)) for name in chosen}
    if version:  # LATEST is judged against every version, quickly
        everything = {name: quick_check(root, name) for name in names}
        everything.update(checks)
        return list(checks.values()), latest_problem(root, everything)
    return list(checks.values()), latest_problem(root, checks)


def repair(root: Path, checks: list[VersionCheck]) -> list[str]:
    """Move damaged versions into ``_quarantine/`` and point ``LATEST`` at the newest complete one; return
    what was done. Nothing is deleted. The caller holds the lock."""
    actions = []
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
    for check in checks:
        if check.ok or not (root / check.name).is_dir():
            continue
        target = root / QUARANTINE / f"{check.name}-{stamp}"
        target.parent.mkdir(exist_ok=True)
        os.rename(root / check.name, target)
        actions.append(f"moved {check.name} to {target.relative_to(root)}")
    newest = _newest_complete(root, version_dirs(root))
    current = (root / store.LATEST).read_text(encoding="utf-8").strip() if (root / store.LATEST).is_file() else None
    if newest is not None and current != newest:
        store.point_latest(root, newest)
        actions.append(f"pointed {store.LATEST} at {newest}")
    return actions
