"""The command line, run in-process against the test Prefect server."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


def test_run_prints_a_summary_and_versions_lists_it(prefect_harness: None, seed_corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "datasets"
    result = runner.invoke(
        app, ["run", "--corpus", str(seed_corpus), "--out", str(out), "--translator", "offline", "--no-progress"]
    )
    assert result.exit_code == 0, result.output
    for words in ("files seen", "articles written", "rejects", "lines removed", "segments pending", "v0001"):
        assert words in result.output
    listed = runner.invoke(app, ["versions", "--root", str(out)])
    assert listed.exit_code == 0 and "v0001" in listed.output
    shown = runner.invoke(app, ["show", "v0001", "--root", str(out)])
    assert shown.exit_code == 0 and "validation passed" in shown.output


def test_json_summary_and_extra_memory(prefect_harness: None, tmp_path: Path) -> None:
    corpus, out = tmp_path / "corpus", tmp_path / "datasets"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Vertice della CSTO a Mosca oggi, con tutti i leader dei paesi membri presenti.\n", encoding="utf-8"
    )
    memory = tmp_path / "extra.tmx"
    memory.write_text(
        '<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header srclang="it" segtype="paragraph"'
        ' datatype="plaintext" adminlang="en" creationtool="t" creationtoolversion="1" o-tmf="t"/><body><tu>'
        '<tuv xml:lang="it"><seg>Vertice della CSTO a Mosca oggi, con tutti i leader dei paesi membri presenti.</seg></tuv>'
        '<tuv xml:lang="en"><seg>CSTO summit in Moscow today, with all the leaders of the member countries present.</seg></tuv>'
        "</tu></body></tmx>",
        encoding="utf-8",
    )
    args = [
        "run",
        "--corpus",
        str(corpus),
        "--out",
        str(out),
        "--translation-memory",
        str(memory),
        "--translator",
        "offline",
        "--json",
    ]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output[result.output.index("{") :])
    assert summary["articles"] == 1 and summary["segments"]["memory"] == 1 and summary["version"] == "v0001"


def test_bad_arguments_fail_with_one_sentence(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", "--corpus", str(tmp_path / "missing"), "--out", str(tmp_path)])
    assert result.exit_code == 2 and "does not exist" in result.output
    result = runner.invoke(app, ["run", "--corpus", str(tmp_path), "--translator", "babelfish"])
    assert result.exit_code == 2 and "unknown translator" in result.output
