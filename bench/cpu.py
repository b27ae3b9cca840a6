"""Where a run's CPU goes: the CPU seconds of each process of one full CLI run, summed by role.

    python -m bench.cpu CORPUS [extra `pipeline run` options, e.g. --task-runner threads]

Runs ``python -m pipeline run --corpus CORPUS --translator offline`` into a temporary folder, with a temporary
``PREFECT_HOME``, and samples the process tree's ``cpu_times`` every 0.2 s (psutil, which comes with Dask's
``distributed``). Prints the wall time and the CPU seconds of the driver, the task workers, Prefect's ephemeral
server and anything else, as JSON. A process's last sample counts, so a process that lives less than 0.2 s may be
missed, and its last 0.2 s are not seen: read the numbers to a second. docs/scale.md ("Where a run's CPU goes")
has what it showed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time

import psutil

#: How often the process tree is sampled, in seconds.
_EVERY = 0.2


def role(command: list[str]) -> str:
    """The role of a process of the run, from its command line."""
    line = " ".join(command)
    if "uvicorn" in line:
        return "server"
    if "spawn_main" in line or "distributed" in line:
        return "worker"
    if "resource_tracker" in line:
        return "tracker"
    if "pipeline" in line:
        return "driver"
    return "other"


def measure(corpus: str, extra: list[str]) -> dict[str, object]:
    """Run the flow once on ``corpus`` and return its wall time and CPU seconds by role."""
    with tempfile.TemporaryDirectory(prefix="bench-cpu-") as folder:
        env = dict(
            os.environ,
            PREFECT_HOME=os.path.join(folder, "prefect"),
            PREFECT_SERVER_ANALYTICS_ENABLED="false",
            PREFECT_LOGGING_TO_API_ENABLED="false",
            PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS="90",
        )
        command = [sys.executable, "-m", "pipeline", "run", "--corpus", corpus, "--out", os.path.join(folder, "out"),
                   "--translator", "offline", "--no-progress", *extra]
        started = time.perf_counter()
        run = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        last: dict[int, tuple[str, float]] = {}
        try:
            root = psutil.Process(run.pid)
            while run.poll() is None:
                try:
                    tree = [root, *root.children(recursive=True)]
                except psutil.Error:
                    break
                for process in tree:
                    try:
                        times = process.cpu_times()
                        last[process.pid] = (role(process.cmdline()), times.user + times.system)
                    except psutil.Error:
                        continue
                time.sleep(_EVERY)
        finally:
            run.wait()
        wall = time.perf_counter() - started
    cpu: dict[str, float] = {}
    for kind, seconds in last.values():
        cpu[kind] = cpu.get(kind, 0.0) + seconds
    return {"exit_code": run.returncode, "wall_s": round(wall, 1), "cpu_s": {k: round(v, 1) for k, v in sorted(cpu.items())},
            "cpu_total_s": round(sum(cpu.values()), 1)}


def main() -> None:
    if len(sys.argv) < 2:
        sys.exit("usage: python -m bench.cpu CORPUS [extra pipeline run options]")
    print(json.dumps(measure(sys.argv[1], sys.argv[2:]), indent=2))


if __name__ == "__main__":
    main()
