"""Reading reference data: the files shipped inside the package, then each ``--reference`` folder over them.

The shipped files are package data (``pipeline/reference/*.yaml``), found through ``importlib.resources``, so
an installed wheel carries them and a run works from any folder. The merge rules live in
``pipeline.stages.reference``; this module only reads bytes, parses YAML and records where each file came
from (origin, path, sha256, entries) for the manifest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from pipeline.stages.reference import (
    FILE_NAMES,
    Reference,
    ReferenceError,
    ReferenceSource,
    build_reference,
    entry_count,
    merge,
)


def shipped_path(name: str) -> str:
    """Where a shipped reference file lives (for messages and the manifest)."""
    return str(resources.files("pipeline").joinpath("reference", name))


def load_reference(user_dirs: Sequence[Path] = ()) -> Reference:
    """Read the shipped reference files and merge each user folder over them, in order.

    The files' bytes are read every time; what they build is kept for the process, keyed on those bytes, so the
    command line's check and the flow's load (and every batch in one worker) parse and compile them once."""
    shipped: list[tuple[str, bytes]] = []
    for name in FILE_NAMES:
        packaged = resources.files("pipeline").joinpath("reference", name)
        if not packaged.is_file():
            raise ReferenceError(f"{shipped_path(name)}: the package's reference file is missing; reinstall csto-pipeline")
        shipped.append((name, packaged.read_bytes()))
    layers: list[tuple[str, Path, bytes]] = []
    for folder in user_dirs:
        found = [name for name in FILE_NAMES if (folder / name).is_file()]
        if not folder.is_dir():
            raise ReferenceError(f"{folder}: the reference folder does not exist")
        if not found:
            raise ReferenceError(f"{folder}: holds none of {', '.join(FILE_NAMES)}")
        for name in found:
            path = folder / name
            try:
                layers.append((name, path, path.read_bytes()))
            except OSError as error:
                raise ReferenceError(f"{path}: cannot be read ({error.strerror or error})") from error
    key = (tuple((name, _sha(raw)) for name, raw in shipped), tuple((name, str(path.resolve()), _sha(raw)) for name, path, raw in layers))
    built = _BUILT.get(key)
    if built is None:
        built = _build(shipped, layers)
        _BUILT.clear()  # one reference at a time is enough: a run loads one
        _BUILT[key] = built
    return built


#: The last reference built in this process, by its files' names, places and sha256s.
_BUILT: dict[tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str, str], ...]], Reference] = {}


def _build(shipped: Sequence[tuple[str, bytes]], layers: Sequence[tuple[str, Path, bytes]]) -> Reference:
    data: dict[str, dict[str, Any]] = {}
    sources: list[ReferenceSource] = []
    for name, raw in shipped:
        data[name] = _mapping(raw, shipped_path(name))
        sources.append(ReferenceSource(name, "package", f"pipeline/reference/{name}", _sha(raw), entry_count(name, data[name])))
    for name, path, raw in layers:
        layer = _mapping(raw, str(path))
        data[name] = merge(name, data[name], layer, str(path))
        sources.append(ReferenceSource(name, "user", str(path.resolve()), _sha(raw), entry_count(name, layer)))
    return build_reference(data, sources)


def unknown_reference_files(user_dirs: Sequence[Path]) -> list[str]:
    """YAML files in the user's reference folders that are not reference files (so they are not read)."""
    return [
        str(path) for folder in user_dirs if folder.is_dir()
        for path in sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if path.name not in FILE_NAMES
    ]


#: libyaml's safe loader where PyYAML was built with it (eight times faster on the actor registry), else PyYAML's.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _sha(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _mapping(raw: bytes, where: str) -> dict[str, Any]:
    """The YAML mapping in ``raw``; anything else raises a one-line ``ReferenceError`` naming ``where``."""
    try:
        data = yaml.load(raw.decode("utf-8"), Loader=_LOADER) or {}  # a safe loader: CSafeLoader or SafeLoader
    except UnicodeDecodeError as error:
        raise ReferenceError(f"{where}: not UTF-8 text ({error.reason} at byte {error.start})") from error
    except yaml.YAMLError as problem:
        mark = getattr(problem, "problem_mark", None)
        at = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        reason = getattr(problem, "problem", None) or "cannot be parsed"
        raise ReferenceError(f"{where}: not valid YAML{at}: {reason}") from problem
    if not isinstance(data, dict):
        raise ReferenceError(f"{where}: expected a mapping at the top (e.g. 'actors:'), found {type(data).__name__}")
    return data
