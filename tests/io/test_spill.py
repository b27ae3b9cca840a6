"""The run's spill folder: removed when the run ends, and a killed run's folder removed by the next run."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path

import pandas as pd

from pipeline.io.spill import OWNER, Spill


def test_a_killed_runs_spill_is_removed_by_the_next_run_and_a_live_ones_is_kept(tmp_path: Path) -> None:
    gone = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True, check=True)
    dead, alive, foreign = (tmp_path / "spill" / name for name in ("dead", "alive", "foreign"))
    for folder, owner in ((dead, f"{socket.gethostname()} {gone.stdout.strip()}"), (alive, f"{socket.gethostname()} {1}"),
                          (foreign, f"another-host {gone.stdout.strip()}")):
        folder.mkdir(parents=True)
        (folder / OWNER).write_text(owner, encoding="utf-8")
        (folder / "0.pkl").write_bytes(b"rows")
    with Spill(tmp_path) as spill:
        number = spill.put({"articles": pd.DataFrame({"a": [1]})})
        assert spill.get(number)["articles"]["a"].tolist() == [1]
        assert not dead.exists() and alive.exists() and foreign.exists()  # pid 1 runs; another host's is not ours
        mine = spill.folder
    assert not mine.exists()


def test_rows_a_worker_kept_are_adopted_stored_by_link_and_dropped_with_their_batch(tmp_path: Path) -> None:
    from pipeline.io.results import ResultCache
    from pipeline.io.spill import write_rows
    from pipeline.stages.processing import BatchKeys, BatchResult, FileResult

    frames = {"articles": pd.DataFrame({"a": [1, 2]})}
    cache = ResultCache(tmp_path / "results.sqlite")
    with Spill(tmp_path) as spill:
        kept = write_rows(spill.folder, frames)  # as a worker does, into the run's spill folder
        assert kept.parent == spill.folder and not list(spill.folder.glob("*.partial"))
        number = spill.adopt(kept)
        assert spill.get(number)["articles"]["a"].tolist() == [1, 2]
        keys = BatchKeys(pd.DataFrame(), pd.DataFrame())  # (the clustering columns travel; the rows do not)
        batch = BatchResult([FileResult("x.txt", "key-x", [])], {}, keys=keys, rows=str(kept))
        cache.put_batch(batch, {"key-x": None})
        [stored] = list((tmp_path / "rows").iterdir())
        assert stored.stat().st_ino == kept.stat().st_ino  # linked, not read and written again
    # the run's spill is gone; the cache still has the rows, and reads them back for a later run
    [(name, summary, held)] = list(cache.iter_summaries(["key-x"], "m"))
    assert held == {"key-x"} and summary.rows == "" and not summary.frames
    assert cache.frames_of(name).frames["articles"]["a"].tolist() == [1, 2]
    # a batch stored again with its rows inline, or one no key points to any more, loses its rows file
    cache.put_batch(BatchResult([FileResult("x.txt", "key-x", [])], {"articles": pd.DataFrame({"a": [3]})}, keys=keys), {"key-x": None})
    assert not list((tmp_path / "rows").iterdir())
    assert cache.frames_of(name).frames["articles"]["a"].tolist() == [3]
    cache.close()
