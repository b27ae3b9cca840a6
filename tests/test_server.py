"""Schedules under a real `prefect server start`: serve the refresh with a cron schedule, trigger a run, see a version.

Marked ``server``: `make test` runs it; `pytest -m "not server"` skips it.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests
import yaml

ROOT = Path(__file__).resolve().parents[1]


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait(condition, timeout: float, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(1)
    raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


def _healthy(url: str) -> bool:
    try:
        return requests.get(f"{url}/health", timeout=2).status_code == 200
    except requests.RequestException:
        return False


def test_prefect_yaml_declares_the_scheduled_deployment() -> None:
    config = yaml.safe_load((ROOT / "prefect.yaml").read_text(encoding="utf-8"))
    [deployment] = config["deployments"]
    assert deployment["entrypoint"] == "pipeline/flows.py:refresh_dataset"
    assert deployment["schedules"][0]["cron"] and deployment["work_pool"]["name"]
    from pipeline import flows

    assert hasattr(flows, "refresh_dataset")


@pytest.mark.server
@pytest.mark.slow
def test_served_schedule_runs_on_a_real_server(seed_corpus: Path, tmp_path: Path) -> None:
    from prefect.client.orchestration import get_client
    from prefect.settings import PREFECT_API_URL, temporary_settings

    port = _free_port()
    api = f"http://127.0.0.1:{port}/api"
    env = {
        **os.environ,
        "PREFECT_HOME": str(tmp_path / "prefect-home"),
        "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
        "PREFECT_LOGGING_TO_API_ENABLED": "false",
    }
    env.pop("PREFECT_API_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "prefect", "server", "start", "--host", "127.0.0.1", "--port", str(port)],
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
    )
    serving = None
    out = tmp_path / "datasets"
    try:
        _wait(lambda: _healthy(api), 120, "the Prefect server")
        serving = subprocess.Popen(
            [sys.executable, "-m", "pipeline", "serve", "--cron", "0 0 1 1 *", "--corpus", str(seed_corpus),
             "--out", str(out), "--translator", "offline", "--name", "test-refresh"],
            env={**env, "PREFECT_API_URL": api}, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        with temporary_settings({PREFECT_API_URL: api}), get_client(sync_client=True) as client:
            found: dict[str, object] = {}

            def registered() -> bool:
                try:
                    found["deployment"] = client.read_deployment_by_name("csto-dataset-refresh/test-refresh")
                    return True
                except Exception:
                    return False

            _wait(registered, 120, "the served deployment")
            deployment = found["deployment"]
            assert [s.schedule.cron for s in deployment.schedules] == ["0 0 1 1 *"]  # type: ignore[attr-defined]
            run = client.create_flow_run_from_deployment(deployment.id)  # type: ignore[attr-defined]

            def finished() -> bool:
                state = client.read_flow_run(run.id).state
                return state is not None and state.is_final()

            _wait(finished, 240, "the triggered run")
            assert client.read_flow_run(run.id).state.is_completed()  # type: ignore[union-attr]
        assert (out / "v0001" / "manifest.json").is_file() and (out / "LATEST").read_text().strip() == "v0001"
    finally:
        for process in (serving, server):
            if process is not None and process.poll() is None:
                os.killpg(process.pid, signal.SIGTERM)
                try:
                    process.wait(timeout=30)
                except subprocess.TimeoutExpired:
                    os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
