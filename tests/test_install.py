"""The installed package on its own: a wheel in a fresh environment, raw files in a folder of their own.

The wheel must carry the reference data (actor registry, places, calendar), and the console script must
work from any folder without the repository. The fresh environment gets the wheel and nothing of the
repository; its third-party dependencies are borrowed from the test's own environment through a ``.pth``
path line (no network, and no second copy of Prefect), which does not activate the editable install there.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from pipeline.flows import build_dataset
from pipeline.settings import Settings
from pipeline.stages.reference import FILE_NAMES
from tests.golden_cases import seed_scores

ROOT = Path(__file__).resolve().parents[1]
MEMORY = ROOT / "corpus" / "memory.it-en.tmx"


def _fresh_environment(tmp: Path) -> Path:
    # build from a copy without the editable install's egg-info, whose file list could hide missing package data
    source = tmp / "source"
    shutil.copytree(ROOT, source, ignore=shutil.ignore_patterns(
        ".venv", ".git", "*.egg-info", "build", "datasets", "__pycache__", ".*_cache", "bench", "tests", "docs"
    ))
    wheels = tmp / "wheels"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(source), "--no-deps", "--no-build-isolation", "-q", "-w", str(wheels)],
        check=True, capture_output=True, cwd=tmp,
    )
    [wheel] = wheels.glob("csto_pipeline-*.whl")
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    python = venv / "bin" / "python"
    site = Path(subprocess.run([python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
                               check=True, capture_output=True, text=True).stdout.strip())
    (site / "borrowed-dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q", str(wheel)],
                   check=True, capture_output=True)
    return venv


def _clean_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("PREFECT_")}  # as a user's shell would be
    env["PREFECT_HOME"] = str(tmp / "prefect-home")
    return env


@pytest.mark.slow
def test_wheel_in_a_fresh_environment_builds_the_full_dataset(
    prefect_harness: None, seed_corpus: Path, tmp_path: Path
) -> None:
    venv = _fresh_environment(tmp_path)
    where = subprocess.run([venv / "bin" / "python", "-c", "import pipeline; print(pipeline.__file__)"],
                           check=True, capture_output=True, text=True, cwd=tmp_path).stdout
    assert str(venv) in where, f"the fresh environment imports the repository's package: {where}"
    news = tmp_path / "news"
    news.mkdir()
    for path in sorted(seed_corpus.glob("*.txt")):
        shutil.copy(path, news / path.name)
    elsewhere = tmp_path / "somewhere-else"
    elsewhere.mkdir()
    out = tmp_path / "data"
    run = subprocess.run(
        [venv / "bin" / "csto-pipeline", "run", "--corpus", str(news), "--out", str(out), "--translator", "offline",
         "--translation-memory", str(MEMORY), "--no-progress"],
        cwd=elsewhere, env=_clean_env(tmp_path), capture_output=True, text=True, timeout=300,
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert "Traceback" not in run.stderr and "ERROR" not in run.stderr, run.stderr  # no telemetry noise
    manifest = json.loads((out / "v0001" / "manifest.json").read_text(encoding="utf-8"))
    reference = manifest["reference"]
    assert reference["actors"] > 100
    assert {(f["name"], f["origin"]) for f in reference["files"]} == {(name, "package") for name in FILE_NAMES}
    assert manifest["warnings"] == []
    assert "reference actors.yaml" in run.stdout and "package" in run.stdout

    # make run's dataset: the repository's flow on the embedded corpus (memory inside the corpus folder)
    repository = tmp_path / "repository-run"
    build_dataset(Settings(corpus_dir=seed_corpus, out_dir=repository, translator="offline", show_progress=False))
    installed, expected = seed_scores(out / "v0001"), seed_scores(repository / "v0001")
    assert installed == expected
    assert expected["quotes"]["speaker_accuracy"] == 1.0 and expected["events"]["recall"] == 1.0  # type: ignore[index]
