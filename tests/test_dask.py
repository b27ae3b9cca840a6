"""Scale-out: the flow on a real Dask cluster on loopback gives the same version, record for record."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from pipeline.flows import run
from pipeline.io import store
from pipeline.settings import Settings

distributed = pytest.importorskip("distributed", reason="the dask extra is not installed")


@pytest.mark.slow
def test_dask_cluster_run_equals_thread_run(prefect_harness: None, seed_corpus: Path, tmp_path: Path) -> None:
    from prefect.settings import PREFECT_API_URL

    # workers are separate processes: they must report to the same (test) Prefect server
    os.environ["PREFECT_API_URL"] = str(PREFECT_API_URL.value())
    try:
        threads = Settings(
            corpus_dir=seed_corpus, out_dir=tmp_path / "threads", translator="offline", show_progress=False, task_runner="threads"
        )
        run(threads.with_changes(batch_size=2))
        with distributed.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=None
        ) as cluster:
            # (one article per group of parts: three groups, so the parts are built and written by the workers)
            dask = threads.with_changes(
                out_dir=tmp_path / "dask", task_runner="dask", dask_address=cluster.scheduler_address, batch_size=2, part_articles=1
            )
            summary = run(dask)
            # a cluster whose workers cannot reach the dataset folder: the rows come back and this process writes
            # every part, the same bytes
            apart = run(dask.with_changes(out_dir=tmp_path / "apart", shared_out=False))
            with distributed.Client(cluster.scheduler_address) as client:
                assert len(client.scheduler_info()["workers"]) == 2
    finally:
        os.environ.pop("PREFECT_API_URL", None)
    assert summary.version == "v0001" and summary.articles == 5
    by_threads = store.read_manifest(tmp_path / "threads")["tables"]
    by_dask = store.read_manifest(tmp_path / "dask")["tables"]
    parts = {n: sorted((p["file"], p["sha256"]) for p in t["parts"]) for n, t in by_dask.items()}
    assert parts == {n: sorted((p["file"], p["sha256"]) for p in t["parts"]) for n, t in by_threads.items()}  # part by part
    assert len(parts["articles"]) == 3  # five files in batches of two: one part each
    # the workers wrote the parts into the staging folder themselves; the driver (this process) wrote none
    assert summary.part_writers and f"{socket.gethostname()}:{os.getpid()}" not in summary.part_writers
    # and the finished batches' rows stayed on the workers' side: written into the run's spill folder there, then
    # linked into the result cache by name (the driver received the files' results and clustering columns only)
    assert any((tmp_path / "dask" / "_cache" / "rows").iterdir())
    assert apart.part_writers == [f"{socket.gethostname()}:{os.getpid()}"]
    assert not (tmp_path / "apart" / "_cache" / "rows").exists()
    by_apart = store.read_manifest(tmp_path / "apart")["tables"]
    assert parts == {n: sorted((p["file"], p["sha256"]) for p in t["parts"]) for n, t in by_apart.items()}
