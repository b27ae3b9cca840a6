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
