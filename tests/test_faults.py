"""Faults a user meets: damage in the dataset folder, unusable paths and files, a full disk.

For each: the exit code, at most three lines on stderr (no traceback), earlier versions byte-identical,
``verify`` finding the damage, ``verify --repair`` putting LATEST on a complete version, and the next run
succeeding. Runs go through the command line in-process (the test Prefect server); the full disk is a
small tmpfs where this machine allows mounting one, and a write that raises ENOSPC everywhere.
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from pipeline.cli import app
from pipeline.io import store

runner = CliRunner()
SEEDS = sorted((Path(__file__).resolve().parents[1] / "corpus").glob("*.txt"))
MEMORY = Path(__file__).resolve().parents[1] / "corpus" / "memory.it-en.tmx"


@pytest.fixture(autouse=True)
def _prefect_logs_follow_the_test(prefect_logs_to_the_current_stream: None) -> None:
    """Prefect's console handler writes to this test's stream (see tests/conftest.py)."""


def run(corpus: Path, out: Path, *extra: str) -> Result:
    return runner.invoke(app, ["run", "--corpus", str(corpus), "--out", str(out), "--translator", "offline",
                               "--no-progress", "--translation-memory", str(MEMORY), *extra])


def stderr_lines(result: Result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


def snapshot(out: Path) -> dict[str, str]:
    """sha256 of every file of every version folder."""
    return {str(p.relative_to(out)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(out.glob("v*/**/*")) if p.is_file()}


@pytest.fixture
def two_versions(prefect_harness: None, tmp_path: Path) -> Iterator[tuple[Path, Path]]:
    """A dataset with v0001 (four seed files) and v0002 (all five)."""
    corpus, out = tmp_path / "news", tmp_path / "data"
    corpus.mkdir()
    for path in SEEDS[:4]:
        shutil.copy(path, corpus / path.name)
    assert run(corpus, out).exit_code == 0
    shutil.copy(SEEDS[4], corpus / SEEDS[4].name)
    assert run(corpus, out).exit_code == 0
    assert store.latest_version(out) == "v0002"
    yield corpus, out


def verify(out: Path, *extra: str) -> Result:
    return runner.invoke(app, ["verify", "--out", str(out), *extra])


def test_verify_passes_on_a_healthy_dataset(two_versions: tuple[Path, Path]) -> None:
    _, out = two_versions
    result = verify(out)
    assert result.exit_code == 0, result.output
    assert "v0001  ok" in result.stdout and "v0002  ok" in result.stdout and "LATEST  ok" in result.stdout


def _flip_byte(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[len(data) // 2] ^= 0xFF
    path.write_bytes(bytes(data))


def _own_part(version: Path, table: str) -> Path:
    """A part file of ``table`` that this version wrote itself (a part linked from the parent shares its bytes
    with the parent, so damaging it would damage both)."""
    manifest = json.loads((version / "manifest.json").read_text(encoding="utf-8"))
    own = [p["file"] for p in manifest["tables"][table]["parts"] if "linked_from" not in p]
    return version / own[0]


DAMAGE = {
    "flipped byte": (lambda v: _flip_byte(_own_part(v, "articles")), "does not match its sha256"),
    "truncated file": (lambda v: _own_part(v, "articles").write_bytes(_own_part(v, "articles").read_bytes()[:100]),
                       "has 100 bytes"),
    "deleted table file": (lambda v: _own_part(v, "articles").unlink(), "is missing"),
    "deleted manifest": (lambda v: (v / "manifest.json").unlink(), "manifest.json is missing"),
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_damage_is_found_repaired_and_the_next_run_builds_on_a_complete_version(
    two_versions: tuple[Path, Path], damage: str
) -> None:
    corpus, out = two_versions
    before = {k: v for k, v in snapshot(out).items() if k.startswith("v0001/")}
    inflict, words = DAMAGE[damage]
    inflict(out / "v0002")
    listed = runner.invoke(app, ["versions", "--out", str(out)])
    if damage != "flipped byte":  # `versions` checks presence and sizes; a same-size change needs `verify`
        assert "v0002" in listed.stdout and "DAMAGED" in listed.stdout  # never silently hidden
    found = verify(out)
    assert found.exit_code == 1 and words in found.stdout and "v0001  ok" in found.stdout, found.output
    repaired = verify(out, "--repair")
    assert repaired.exit_code == 0 and store.latest_version(out) == "v0001", repaired.output
    assert [p.name.split("-")[0] for p in (out / "_quarantine").iterdir()] == ["v0002"]  # moved, not deleted
    assert verify(out).exit_code == 0
    again = run(corpus, out)
    assert again.exit_code == 0 and not stderr_lines(again), again.output
    manifest = store.read_manifest(out)
    assert (manifest["version"], manifest["parent"]) == ("v0003", "v0001")
    assert manifest["changes"]["articles"] == {"added": 1, "modified": 0, "removed": 0}  # only what changed
    assert {k: v for k, v in snapshot(out).items() if k.startswith("v0001/")} == before


def test_a_run_on_a_broken_latest_says_so_and_writes_only_what_changed(two_versions: tuple[Path, Path]) -> None:
    corpus, out = two_versions
    (out / "LATEST").write_text("v0042\n", encoding="utf-8")
    assert verify(out).exit_code == 1
    (corpus / SEEDS[0].name).unlink()
    result = run(corpus, out, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["parent"] == "v0002" and any("LATEST names v0042" in w for w in summary["warnings"])
    manifest = store.read_manifest(out)
    assert manifest["parent"] == "v0002" and any("v0042" in w for w in manifest["warnings"])
    assert manifest["changes"]["articles"] == {"added": 0, "modified": 0, "removed": 1}
    assert verify(out).exit_code == 0


def test_unusable_paths_and_files_end_in_at_most_three_lines(prefect_harness: None, tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus / SEEDS[0].name)
    blocker = tmp_path / "a-file"
    blocker.write_text("x", encoding="utf-8")
    cases = {
        "out under a file": (run(corpus, blocker / "data"), 2, "a-file"),
        "corpus missing": (run(tmp_path / "nowhere", tmp_path / "d1"), 2, "nowhere"),
    }
    (corpus / "broken.tmx").write_text("<tmx><body><tu>", encoding="utf-8")
    cases["memory that does not parse"] = (run(corpus, tmp_path / "d2"), 2, "broken.tmx")
    (corpus / "broken.tmx").unlink()
    for name, (result, code, words) in cases.items():
        lines = stderr_lines(result)
        assert result.exit_code == code, (name, result.output)
        assert 1 <= len(lines) <= 3 and words in lines[0] and "Traceback" not in result.stderr, (name, lines)


def test_a_sidecar_date_that_does_not_parse_is_a_warning(prefect_harness: None, tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus / SEEDS[0].name)
    (corpus / "sources.csv").write_text(f"file,url,outlet,published\n{SEEDS[0].name},,,sometime soonish\n", encoding="utf-8")
    (tmp_path / "data" / ".tmp-v0001-deadbeef").mkdir(parents=True)  # what a killed run leaves
    result = run(corpus, tmp_path / "data")
    assert result.exit_code == 0
    warnings = store.read_manifest(tmp_path / "data")["warnings"]
    assert any("'published'" in w and "sometime soonish" in w for w in warnings), warnings
    assert any("removed 1 staging folder" in w for w in warnings) and not (tmp_path / "data" / ".tmp-v0001-deadbeef").exists()
    assert "sometime soonish" in result.stdout


def _no_space(*args: object, **kwargs: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), str(args[0]) if args else None)


def test_a_full_disk_is_not_retried_and_leaves_no_staging_folder(
    two_versions: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, out = two_versions
    before = snapshot(out)
    (corpus / SEEDS[0].name).unlink()
    with monkeypatch.context() as patch:
        patch.setattr(store, "_write_file", _no_space)
        result = run(corpus, out)
    lines = stderr_lines(result)
    assert result.exit_code == 4 and len(lines) <= 3 and "No space left on device" in lines[0], result.output
    assert not [p for p in out.iterdir() if p.name.startswith(".tmp-")]
    assert snapshot(out) == before and store.latest_version(out) == "v0002"
    log = Path(lines[-1].split("details: ")[1])
    assert "AwaitingRetry" not in log.read_text(encoding="utf-8")  # the write was tried once
    assert run(corpus, out).exit_code == 0 and store.latest_version(out) == "v0003"


def test_a_real_full_file_system_where_one_can_be_mounted(prefect_harness: None, tmp_path: Path) -> None:
    small = tmp_path / "small"
    small.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=150k", "tmpfs", str(small)], capture_output=True)
    if mounted.returncode != 0:
        pytest.skip("this machine does not allow mounting a tmpfs; the ENOSPC write test covers the same path")
    try:
        corpus = tmp_path / "news"
        corpus.mkdir()
        for path in SEEDS:
            shutil.copy(path, corpus / path.name)
        result = subprocess.run(
            [sys.executable, "-m", "pipeline", "run", "--corpus", str(corpus), "--out", str(small / "data"),
             "--translator", "offline", "--no-progress", "--translation-memory", str(MEMORY)],
            capture_output=True, text=True, timeout=300, env={k: v for k, v in os.environ.items() if k != "PREFECT_API_URL"},
        )
        lines = [line for line in result.stderr.splitlines() if line.strip()]
        assert result.returncode == 4 and len(lines) <= 3, result.stderr
        assert not [p for p in (small / "data").iterdir() if p.name.startswith(".tmp-")]
        assert store.latest_version(small / "data") is None
    finally:
        subprocess.run(["umount", str(small)], capture_output=True)


def test_every_command_takes_out_and_versions_fit_80_columns(two_versions: tuple[Path, Path]) -> None:
    _, out = two_versions
    for command in (["versions"], ["show"], ["diff", "v0001"], ["verify"]):
        assert runner.invoke(app, [*command, "--out", str(out)]).exit_code == 0, command
        assert runner.invoke(app, [*command, "--root", str(out)]).exit_code == 0, command  # the old name
    listed = runner.invoke(app, ["versions", "--out", str(out)], env={"COLUMNS": "200"})
    assert max(len(line) for line in listed.stdout.splitlines()) <= 80, listed.stdout


def test_a_version_committed_but_not_yet_named_is_rolled_forward(two_versions: tuple[Path, Path]) -> None:
    corpus, out = two_versions
    store.point_latest(out, "v0001")  # as if killed between renaming v0002 into place and naming it
    result = run(corpus, out, "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout[result.stdout.index("{"):])
    assert summary["version"] is None and summary["parent"] == "v0002"  # nothing changed since v0002
    assert store.latest_version(out) == "v0002" and any("v0002" in w for w in summary["warnings"])
