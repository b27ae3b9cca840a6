"""Where the driver's memory goes: run the flow in this process and report its peak RSS in each phase.

A thread samples this process's RSS every 50 ms; the flow's corpus-wide steps are wrapped so each sample is
booked to the phase that was running (the stream of batches, reusing stored results, clustering, validating
and staging parts, and the commit with its change log and card). Worker processes are not counted: this is
the driver's memory, the one that grows with the corpus. psutil comes with Dask's `distributed`, a dependency.

    python -m bench.generate 10000 /tmp/corpus-10k
    python -m bench.phases /tmp/corpus-10k /tmp/datasets-10k
"""

from __future__ import annotations

import os
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import psutil

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PHASES = ("reuse_results", "cluster_rows", "stage_parts", "commit_version")


def main() -> None:
    """Run the flow on ``argv[1]`` into ``argv[2]`` and print each phase's peak RSS."""
    os.environ.setdefault("PREFECT_HOME", tempfile.mkdtemp())
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_TO_API_ENABLED", "false")
    os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
    from pipeline import flows
    from pipeline.settings import Settings

    phase = ["stream"]
    peaks: dict[str, int] = {}
    process = psutil.Process()

    def sample() -> None:
        while True:
            peaks[phase[0]] = max(peaks.get(phase[0], 0), process.memory_info().rss)
            time.sleep(0.05)

    def booked(name: str, step: Callable[..., Any]) -> Callable[..., Any]:
        def run(*args: Any, **kwargs: Any) -> Any:
            phase[0] = name
            try:
                return step(*args, **kwargs)
            finally:
                phase[0] = f"after {name}"

        return run

    for name in PHASES:
        setattr(flows, name, booked(name, getattr(flows, name)))
    threading.Thread(target=sample, daemon=True).start()
    settings = Settings(corpus_dir=Path(sys.argv[1]), out_dir=Path(sys.argv[2]), translator="offline", show_progress=False)
    started = time.perf_counter()
    flows.run(settings)
    print(f"wall {time.perf_counter() - started:.1f} s")
    for name, peak in peaks.items():
        print(f"{name:28s} {peak / 2**20:8.0f} MB")


if __name__ == "__main__":
    main()
