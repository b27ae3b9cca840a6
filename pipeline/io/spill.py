"""Spill: a run's batch rows kept on disk between the stream and the writing of parts.

The driver receives each finished batch, stores it in the result cache for later runs, puts its rows here
and keeps only its file results (names, keys, line digests). The corpus-wide steps then read the batches
back one at a time, twice (once for the columns clustering needs, once to write the batch's part), so the
driver's memory holds one batch's rows, never the corpus's. The clustering pass keeps its quotes' texts and its
events' fields here too (``Buckets``, a file per bucket), so it holds none of the corpus's rows. The folder lives
under the cache folder and is removed when the run ends, however it ends; a run killed outright cannot remove it,
so each folder names its owner (host and process id), and a new run removes the folders of owners on its host that
are no longer running. Runs on other hosts that share the cache folder are left alone.
"""

from __future__ import annotations

import os
import pickle
import shutil
import socket
import uuid
from collections.abc import Iterator, Sequence
from pathlib import Path
from types import TracebackType
from typing import Any

import pandas as pd

from pipeline.stages.processing import BatchKeys

#: Buckets the clustering pass's rows are kept in (quotes by speaker, events by type and country): the pass holds
#: one bucket's rows at a time.
CLUSTER_BUCKETS = 16


class Spill:
    """Numbered batches of frames in a private folder; use it as a context manager."""

    def __init__(self, parent: Path) -> None:
        reap_dead(parent / "spill")
        self.folder = parent / "spill" / uuid.uuid4().hex[:12]
        self.folder.mkdir(parents=True)
        (self.folder / OWNER).write_text(f"{socket.gethostname()} {os.getpid()}\n", encoding="utf-8")
        self.count = 0
        self.files: dict[int, Path] = {}  # batch number -> its frames' file, when a worker wrote it

    def __enter__(self) -> Spill:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()

    def put(self, frames: dict[str, pd.DataFrame]) -> int:
        """Keep one batch's frames; return the number to read them back by."""
        number = self.count
        with open(self.folder / f"{number}.pkl", "wb") as handle:
            pickle.dump(frames, handle, protocol=pickle.HIGHEST_PROTOCOL)
        self.count += 1
        return number

    def put_keys(self, number: int, keys: BatchKeys) -> None:
        """Keep batch ``number``'s clustering columns apart from its rows (read far more often)."""
        with open(self.folder / f"{number}.keys.pkl", "wb") as handle:
            pickle.dump(keys, handle, protocol=pickle.HIGHEST_PROTOCOL)

    def get_keys(self, number: int) -> BatchKeys:
        """The clustering columns of batch ``number``."""
        with open(self.folder / f"{number}.keys.pkl", "rb") as handle:
            keys: BatchKeys = pickle.load(handle)
        return keys

    def get(self, number: int) -> dict[str, pd.DataFrame]:
        """The frames of batch ``number``."""
        return self.read(self.path(number))

    def path(self, number: int) -> Path:
        """Where batch ``number``'s frames are: a task on a worker that reaches the cache folder reads them there."""
        return self.files.get(number) or self.folder / f"{number}.pkl"

    def adopt(self, path: Path) -> int:
        """Take a batch's frames that a worker wrote into this folder (``write_rows``); return its number."""
        number = self.count
        self.files[number] = path
        self.count += 1
        return number

    @staticmethod
    def read(path: Path) -> dict[str, pd.DataFrame]:
        """The frames of a batch kept at ``path``."""
        with open(path, "rb") as handle:
            frames: dict[str, pd.DataFrame] = pickle.load(handle)
        return frames

    def buckets(self, name: str, buckets: int = CLUSTER_BUCKETS) -> Buckets:
        """A store for rows of the clustering pass in this folder (``parts.Buckets``)."""
        return Buckets(self.folder / name, buckets)

    def close(self) -> None:
        """Remove the folder and everything in it."""
        shutil.rmtree(self.folder, ignore_errors=True)


class Buckets:
    """Rows of a run's clustering pass (its quotes' texts, its events' fields), a file per bucket, appended a batch at
    a time and read a bucket at a time (``parts.Buckets``), so the clustering pass holds no row of the whole corpus."""

    def __init__(self, folder: Path, buckets: int) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.buckets = buckets
        self.paths = [folder / f"{bucket}.pkl" for bucket in range(buckets)]
        for path in self.paths:
            path.write_bytes(b"")

    def put(self, rows: Sequence[Sequence[tuple[Any, ...]]]) -> None:
        """Add one batch's rows, a list per bucket."""
        for path, items in zip(self.paths, rows, strict=True):
            if items:
                with open(path, "ab") as handle:
                    pickle.dump(list(items), handle, protocol=pickle.HIGHEST_PROTOCOL)

    def read(self, bucket: int) -> Iterator[tuple[Any, ...]]:
        """A bucket's rows, in the order they were put."""
        with open(self.paths[bucket], "rb") as handle:
            while True:
                try:
                    items: list[tuple[Any, ...]] = pickle.load(handle)
                except EOFError:
                    return
                yield from items


#: The file in each spill folder that names the run that made it: "<host> <pid>".
OWNER = "owner"


def write_rows(folder: Path, frames: dict[str, pd.DataFrame]) -> Path:
    """Keep one batch's frames in ``folder`` (a run's spill folder, which a worker reaches through the cache
    folder) under a new name, written whole before it gets that name; return the file."""
    name = folder / f"w-{uuid.uuid4().hex}.pkl"
    partial = name.with_suffix(".partial")
    with open(partial, "wb") as handle:
        pickle.dump(frames, handle, protocol=pickle.HIGHEST_PROTOCOL)
    os.replace(partial, name)
    return name


def reap_dead(spills: Path) -> list[Path]:
    """Remove the spill folders whose run, on this host, is no longer running; return them."""
    removed = []
    host = socket.gethostname()
    for folder in sorted(spills.glob("*")) if spills.is_dir() else []:
        try:
            owner_host, pid = (folder / OWNER).read_text(encoding="utf-8").split()
        except (OSError, ValueError):
            continue  # no owner yet (a run that is starting) or not ours to judge
        if owner_host == host and not _running(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)
            removed.append(folder)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process: alive
    return True
