"""The run log: Prefect's log lines and any traceback of a ``run``, in ``<out>/_logs/run-<time>.log``.

The terminal gets the progress bar, the summary and, on failure, at most three lines; everything else goes
here. With ``--debug`` Prefect's console output stays on as well. When the output folder cannot hold the log
(it cannot be created, or the disk is full) the log goes to the system's temporary folder instead.
"""

from __future__ import annotations

import contextlib
import logging
import tempfile
import traceback
from datetime import UTC, datetime
from pathlib import Path

LOGS = "_logs"
KEEP = 30
QUIET = logging.CRITICAL + 1

_state: dict[str, object] = {}


def _console_handlers() -> list[logging.Handler]:
    from prefect.logging.handlers import PrefectConsoleHandler

    loggers = [logging.getLogger(), *(logging.getLogger(n) for n in list(logging.root.manager.loggerDict))]
    return list({id(h): h for lg in loggers for h in getattr(lg, "handlers", []) if isinstance(h, PrefectConsoleHandler)}.values())


def _open(out: Path) -> tuple[Path, logging.FileHandler]:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%f")
    for folder in (out / LOGS, Path(tempfile.gettempdir()) / "csto-pipeline-logs"):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"run-{stamp}.log"
            return path, logging.FileHandler(path, encoding="utf-8")
        except OSError:
            continue
    raise OSError("no folder can hold the run log")


def _prune(folder: Path) -> None:
    for old in sorted(folder.glob("run-*.log"))[:-KEEP]:
        old.unlink(missing_ok=True)


def start(out: Path, debug: bool) -> Path:
    """Send every log record of this process to a new run log; quiet Prefect's console unless ``debug``."""
    path, handler = _open(out)
    handler.setLevel(logging.INFO)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)-7s %(name)s - %(message)s"))
    logging.getLogger().addHandler(handler)
    quieted = [] if debug else _console_handlers()
    levels = [(h, h.level) for h in quieted]
    for console in quieted:
        console.setLevel(QUIET)
    _state.update(handler=handler, levels=levels)
    with contextlib.suppress(OSError):
        _prune(path.parent)
    return path


def record(path: Path, error: BaseException) -> None:
    """Append ``error``'s traceback to the run log (best effort: the disk may be full)."""
    handler = _state.get("handler")
    if isinstance(handler, logging.FileHandler):
        handler.flush()
    with contextlib.suppress(OSError), open(path, "a", encoding="utf-8") as log:
        log.write("".join(traceback.format_exception(error)))


def stop() -> None:
    """Detach the run log and give Prefect's console its levels back."""
    handler = _state.pop("handler", None)
    if isinstance(handler, logging.FileHandler):
        logging.getLogger().removeHandler(handler)
        handler.close()
    for console, level in _state.pop("levels", []):  # type: ignore[attr-defined]
        console.setLevel(level)
