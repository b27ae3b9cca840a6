"""The error model: which failures a user can act on, what the command line says about them, and which to retry.

A failure a user can act on (a path that does not exist or cannot be written, a file that does not parse, no
space left, no permission) ends a command with a documented exit code and at most three lines: what failed,
which file, what to do. Anything else is an internal error: one line pointing at the run log, which holds
the traceback. Failures that waiting cannot heal (no space, no permission, a read-only file system, a parse
error) are never retried; network and provider errors still are.

Exit codes: 0 success; 1 too many invalid articles, or ``verify`` found damage; 2 bad arguments or an input,
reference or translation-memory file that cannot be used; 3 another run holds the dataset lock; 4 the
dataset folder cannot be written (no space, no permission, read-only); 5 an internal error.
"""

from __future__ import annotations

import errno
from dataclasses import dataclass
from typing import Any

EXIT_INVALID, EXIT_USAGE, EXIT_LOCKED, EXIT_STORAGE, EXIT_INTERNAL = 1, 2, 3, 4, 5

#: errno values that no retry can heal.
PERMANENT_ERRNOS = frozenset(
    {errno.ENOSPC, errno.EDQUOT, errno.EACCES, errno.EPERM, errno.EROFS, errno.ENOTDIR, errno.EISDIR, errno.ENAMETOOLONG,
     errno.EEXIST}
)

_HINTS = {
    errno.ENOSPC: "free some space (or choose another --out) and run again; the previous version is untouched",
    errno.EDQUOT: "free some space within your quota and run again; the previous version is untouched",
    errno.EACCES: "check the folder's permissions, or choose another --out",
    errno.EPERM: "check the folder's permissions, or choose another --out",
    errno.EROFS: "the file system is read-only; choose another --out",
    errno.ENOTDIR: "a part of the path is a file, not a folder; choose another --out",
    errno.EISDIR: "a folder stands where a file should be written; choose another --out",
}


class InputFileError(ValueError):
    """An input, reference or translation-memory file that cannot be used; the message names it."""


@dataclass(frozen=True)
class Failure:
    """What the command line prints for an error, and the exit code."""

    code: int
    lines: tuple[str, ...]


def _disk_full(error: BaseException) -> bool:
    """SQLite reports a full disk as its own error, not as ENOSPC."""
    return error.__class__.__name__ == "OperationalError" and "disk is full" in str(error)


def is_permanent(error: BaseException | None) -> bool:
    """True when retrying cannot help: a storage error such as no space or no permission, or a parse error."""
    if isinstance(error, OSError) and error.errno in PERMANENT_ERRNOS:
        return True
    return error is not None and (isinstance(error, (InputFileError, SyntaxError)) or _disk_full(error))


def retry_unless_permanent(task: Any, task_run: Any, state: Any) -> bool:
    """Prefect ``retry_condition_fn``: retry a failed I/O task only when waiting might help."""
    error = state.data if isinstance(state.data, BaseException) else state.result(raise_on_failure=False)
    return not is_permanent(error if isinstance(error, BaseException) else None)


def describe(error: BaseException) -> Failure | None:
    """The lines and exit code for an error a user can act on; None for an internal error."""
    if isinstance(error, InputFileError):
        return Failure(EXIT_USAGE, (str(error),))
    if _disk_full(error):
        return Failure(EXIT_STORAGE, (f"could not write the dataset's cache: {error}", _HINTS[errno.ENOSPC]))
    if isinstance(error, OSError) and error.errno in PERMANENT_ERRNOS | {errno.ENOENT}:
        where = error.filename or "the dataset folder"
        reason = error.strerror or str(error)
        hint = _HINTS.get(error.errno or 0, "check the path and run again")
        return Failure(EXIT_STORAGE, (f"could not write {where}: {reason}", hint))
    return None
