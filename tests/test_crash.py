"""Kill a writer with SIGKILL at random points while it writes versions: readers only ever see complete versions.

After each kill: LATEST names a complete version; load_table reads it with the row counts and checksums of
its manifest; the lock is free at once; the translation cache passes SQLite's integrity check; the next
write completes and leaves no temporary folder behind.
"""

from __future__ import annotations

import hashlib
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from pipeline.flows import build_dataset
from pipeline.io import store
from pipeline.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _check_latest(root: Path) -> None:
    latest = store.latest_version(root)
    if latest is None:
        return
    manifest = store.read_manifest(root, latest)
    for name, info in manifest["tables"].items():
        for part in info["parts"]:
            path = root / latest / part["file"]
            assert hashlib.sha256(path.read_bytes()).hexdigest() == part["sha256"], f"{latest}/{part['file']} differs from its manifest"
        assert len(store.load_table(name, latest, root)) == info["rows"]
    newest = store.list_versions(root)[-1]
    if newest != latest:  # killed between the rename (the commit) and naming it in LATEST: the next write rolls forward
        assert store.read_manifest(root, newest)["parent"] == latest


@pytest.mark.slow
def test_sigkill_during_writes_never_exposes_half_a_version(prefect_harness: None, seed_corpus: Path, tmp_path: Path) -> None:
    source = tmp_path / "source"
    build_dataset(Settings(corpus_dir=seed_corpus, out_dir=source, translator="offline", show_progress=False))
    root = tmp_path / "datasets"
    rng = random.Random(20261122)
    kills_mid_write = 0
    for _ in range(20):
        writer = subprocess.Popen(
            [sys.executable, str(ROOT / "tests" / "crash_writer.py"), str(root), str(source)],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, cwd=ROOT,
        )
        assert writer.stdout is not None
        first = writer.stdout.readline()  # wait until it has loaded its tables: kills land among the writes
        assert first.strip() == b"ready"
        time.sleep(rng.uniform(0.05, 1.5))
        writer.send_signal(signal.SIGKILL)
        output, _ = writer.communicate()
        said = output.decode().split()
        kills_mid_write += len(said) >= 2 and said[-2] == "begin"  # killed between "begin" and "end"
        _check_latest(root)
        held = store.acquire(root, timeout=2)  # the dead writer's lock is free at once
        held.release()
        cache = root / "_cache" / "translations.sqlite"
        if cache.exists():
            with sqlite3.connect(cache) as connection:
                assert connection.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    # the next run completes and tidies what the kills left
    written = store.write_version(root, {n: store.load_table(n, root=source) for n in store.DATA_TABLES}, {})
    assert written.name is not None
    _check_latest(root)
    assert store.list_versions(root)[-1] == store.latest_version(root)
    assert not [p for p in root.iterdir() if p.name.startswith(".tmp-")]
    assert len(store.list_versions(root)) >= 10
    print(f"{kills_mid_write} of 20 kills landed inside a write")
    assert kills_mid_write >= 10, f"only {kills_mid_write} of 20 kills landed inside a write"
