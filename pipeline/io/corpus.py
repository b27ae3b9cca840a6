"""Reading the corpus folder: raw files, the sidecar ``sources.csv`` and translation memories.

This module and ``store`` are the only places that touch the disk. Nothing outside the corpus is read: a
symlink that resolves outside it, or loops, becomes a reject without its target being opened, and a file
over the size limit is rejected from its ``stat`` alone.
"""

from __future__ import annotations

import csv
import hashlib
import io
import os
import time
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePosixPath
from stat import S_ISREG

from pipeline.settings import Settings
from pipeline.stages.records import RawFile, Reject, SourceMeta
from pipeline.stages.reference import FILE_NAMES

#: Files in the corpus folder that describe the corpus rather than belong to it.
REFERENCE_SUFFIXES = (".tmx", ".yaml", ".yml")


def is_reference_file(relative: str, settings: Settings) -> bool:
    """Return True for the sidecar, translation memories and registries kept beside the raw files."""
    return relative == settings.sidecar_name or os.path.splitext(relative)[1].lower() in REFERENCE_SUFFIXES


def list_inputs(corpus_dir: Path, settings: Settings) -> list[str]:
    """Return the relative POSIX paths of every raw input below ``corpus_dir``, sorted; hidden files skipped.

    A symlinked folder is an input we must account for (it becomes a reject), never a folder to walk into.
    The walk reads each folder once (``os.scandir``): a file's type comes with its name, not from a ``stat``.
    """
    found: list[str] = []
    pending = [("", os.fspath(corpus_dir))]
    while pending:
        prefix, folder = pending.pop()
        try:
            entries = list(os.scandir(folder))
        except OSError:
            continue  # a folder that cannot be listed is skipped, as os.walk skips it
        for entry in entries:
            if entry.name.startswith("."):
                continue
            relative = prefix + entry.name
            if entry.is_dir(follow_symlinks=False):
                pending.append((relative + "/", entry.path))
            elif (entry.is_symlink() and os.path.isdir(entry.path)) or not is_reference_file(relative, settings):
                found.append(relative)  # a linked folder (isdir is False for a loop or a dangling link), or a file
    return sorted(found)


#: What identifies a file's bytes without reading them: device, inode, size, and the modification and change
#: times in nanoseconds. Writing a file changes its change time, which no user call can set back.
Signature = tuple[int, int, int, int, int]


def signature_of(corpus_dir: Path, relative: str) -> Signature | None:
    """The signature of a regular file (None for a link, a folder, or what cannot be read)."""
    try:
        stat = os.lstat(os.path.join(corpus_dir, relative))
    except OSError:
        return None
    if not S_ISREG(stat.st_mode):
        return None
    return (stat.st_dev, stat.st_ino, stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns)


def listing_stamp(corpus_dir: Path, relatives: Sequence[str], recent_ns: int) -> str | None:
    """The sha256 of every input's name and signature, in order: equal stamps mean no file was added, removed,
    renamed or written. None when a file changed within ``recent_ns`` of now (a second write in the same clock
    tick could leave the same signature), so a refresh then looks at each file."""
    digest = hashlib.sha256()
    now = time.time_ns()
    for relative in relatives:
        signature = signature_of(corpus_dir, relative)
        if signature is not None and now - signature[4] <= recent_ns:
            return None
        digest.update(f"{relative}\t{signature!r}\n".encode("utf-8", "surrogateescape"))
    return digest.hexdigest()


def read_input(
    corpus_dir: Path, relative: str, settings: Settings, root: Path | None = None, folders: dict[Path, bool] | None = None
) -> RawFile | Reject:
    """Read one input's bytes, or say why it cannot be read, never following a path out of the corpus.

    ``root`` is ``corpus_dir`` resolved, when the caller has it (a batch resolves it once), and ``folders``
    the folders already found inside it.
    """
    root = root or corpus_dir.resolve()
    path = corpus_dir / relative
    fast = _read_regular(path, relative, settings, root, {} if folders is None else folders)
    if fast is not None:
        return fast
    try:
        resolved = path.resolve(strict=True)
    except (OSError, RuntimeError) as error:
        kind = "a symlink loop" if isinstance(error, RuntimeError) or "loop" in str(error).lower() else "missing"
        return Reject(relative, "unreadable", f"the path cannot be resolved ({kind})")
    if not resolved.is_relative_to(root):
        return Reject(relative, "outside_corpus", "the path resolves outside the corpus folder and was not read")
    if resolved.is_dir():
        return Reject(relative, "unsupported_type", "a link to a folder; link the files themselves")
    try:
        size = resolved.stat().st_size
        if size > settings.max_file_bytes:
            return Reject(relative, "too_large", f"{size} bytes exceed the limit of {settings.max_file_bytes}")
        with open(resolved, "rb") as handle:
            return RawFile(relative, handle.read(settings.max_file_bytes + 1))
    except OSError as error:
        return Reject(relative, "unreadable", f"the file cannot be read: {error.strerror or error}")


def _read_regular(path: Path, relative: str, settings: Settings, root: Path, folders: dict[Path, bool]) -> RawFile | Reject | None:
    """A regular file in a folder inside the corpus, read with one ``lstat`` and no path resolution; None for
    anything else (a link, a folder, a path through a linked folder), which ``read_input`` checks in full."""
    try:
        stat = os.lstat(path)
    except OSError:
        return None
    if not S_ISREG(stat.st_mode) or not _inside(path.parent, root, folders):
        return None
    if stat.st_size > settings.max_file_bytes:
        return Reject(relative, "too_large", f"{stat.st_size} bytes exceed the limit of {settings.max_file_bytes}")
    try:
        with open(path, "rb") as handle:
            return RawFile(relative, handle.read(settings.max_file_bytes + 1))
    except OSError as error:
        return Reject(relative, "unreadable", f"the file cannot be read: {error.strerror or error}")


def _inside(folder: Path, root: Path, known: dict[Path, bool]) -> bool:
    """Whether a folder resolves inside the corpus (a batch's files share folders: each is resolved once)."""
    if folder not in known:
        try:
            known[folder] = folder.resolve(strict=True).is_relative_to(root)
        except (OSError, RuntimeError):
            known[folder] = False
    return known[folder]


def iter_inputs(corpus_dir: Path, relatives: list[str], settings: Settings) -> Iterator[RawFile | Reject]:
    """Yield each input read, in order."""
    root = corpus_dir.resolve()
    folders: dict[Path, bool] = {}
    for relative in relatives:
        yield read_input(corpus_dir, relative, settings, root, folders)


def safe_relative(value: str) -> str | None:
    """Return a corpus-relative POSIX path, or None when ``value`` is absolute or climbs out with ``..``."""
    path = PurePosixPath(value.strip().replace("\\", "/"))
    if not value.strip() or path.is_absolute() or ".." in path.parts:
        return None
    return path.as_posix()


def read_sidecar(corpus_dir: Path, settings: Settings) -> tuple[dict[str, SourceMeta], list[str]]:
    """Return sidecar metadata by relative path, and the problems found (rows ignored, with why)."""
    path = corpus_dir / settings.sidecar_name
    if not path.is_file():
        return {}, []
    problems: list[str] = []
    metas: dict[str, SourceMeta] = {}
    text = path.read_bytes().decode("utf-8-sig", errors="replace")
    for number, row in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        relative = safe_relative(row.get("file") or "")
        if relative is None:
            problems.append(f"{settings.sidecar_name} line {number}: 'file' is empty or escapes the corpus; ignored")
            continue
        metas[relative] = SourceMeta(
            url=(row.get("url") or "").strip() or None,
            outlet=(row.get("outlet") or "").strip() or None,
            published=(row.get("published") or "").strip() or None,
            origin="sidecar",
        )
    return metas, problems


def corpus_memories(corpus_dir: Path) -> list[Path]:
    """Return the translation memories (``*.tmx``) kept in the corpus folder, sorted."""
    return sorted(p for p in corpus_dir.glob("*.tmx") if p.is_file())


def stray_reference_files(corpus_dir: Path) -> list[str]:
    """Reference-data files left in the corpus folder: they are not read (reference data comes from the
    package and ``--reference``), so the run says so rather than ignore them silently."""
    return [name for name in FILE_NAMES if (corpus_dir / name).is_file()]
