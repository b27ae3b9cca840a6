"""The command line, run in-process against the test Prefect server."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

runner = CliRunner()


@pytest.fixture(autouse=True)
def _prefect_logs_follow_the_test(prefect_logs_to_the_current_stream: None) -> None:
    """Prefect's console handler writes to this test's stream (see tests/conftest.py)."""


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
    result = runner.invoke(app, ["run", "--corpus", str(tmp_path), "--languages", "en,klingon"])
    assert result.exit_code == 2 and "unknown language code(s) klingon" in result.output


VOLKONSKY = (
    "CSTO staff talks in Minsk\n"
    "The Collective Security Treaty Organization held staff talks in Minsk on Tuesday.\n"
    '"We will hold joint exercises in the autumn," said Arkady Volkonsky, who leads the planning group.\n'
)


def _speakers(out: Path) -> list[tuple[str | None, str | None]]:
    from pipeline import load_table

    quotes = load_table("quotes", root=out)
    direct = quotes[quotes["kind"] == "direct"].astype(object).where(quotes.notna(), None)
    return list(zip(direct["speaker"], direct["speaker_id"], strict=True))


def test_an_actor_added_with_reference_is_resolved_as_speaker(prefect_harness: None, tmp_path: Path) -> None:
    corpus = tmp_path / "news"
    corpus.mkdir()
    (corpus / "talks.txt").write_text(VOLKONSKY, encoding="utf-8")
    base = ["run", "--corpus", str(corpus), "--translator", "offline", "--no-progress"]
    plain = runner.invoke(app, [*base, "--out", str(tmp_path / "plain")])
    assert plain.exit_code == 0, plain.output
    assert _speakers(tmp_path / "plain") == [("Arkady Volkonsky", None)]  # named, but not registered
    mine = tmp_path / "my-reference"
    mine.mkdir()
    (mine / "actors.yaml").write_text(
        "actors:\n  - {id: volkonsky, name: Arkady Volkonsky, type: person, country: RUS, gender: m, aliases: [Volkonsky]}\n",
        encoding="utf-8",
    )
    extended = runner.invoke(app, [*base, "--out", str(tmp_path / "extended"), "--reference", str(mine)])
    assert extended.exit_code == 0, extended.output
    assert _speakers(tmp_path / "extended") == [("Arkady Volkonsky", "volkonsky")]
    manifest = json.loads((tmp_path / "extended" / "v0001" / "manifest.json").read_text(encoding="utf-8"))
    user = [f for f in manifest["reference"]["files"] if f["origin"] == "user"]
    assert [(f["name"], f["entries"]) for f in user] == [("actors.yaml", 1)] and str(mine) in user[0]["path"]


def test_a_malformed_reference_file_stops_the_run_in_one_line(tmp_path: Path) -> None:
    corpus, mine = tmp_path / "news", tmp_path / "mine"
    corpus.mkdir()
    mine.mkdir()
    (corpus / "talks.txt").write_text(VOLKONSKY, encoding="utf-8")
    (mine / "actors.yaml").write_text("actors:\n  - {id: volkonsky, name: [unclosed\n", encoding="utf-8")
    result = runner.invoke(app, ["run", "--corpus", str(corpus), "--out", str(tmp_path / "out"), "--reference", str(mine)])
    assert result.exit_code == 2
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "actors.yaml" in lines[0] and "not valid YAML" in lines[0], result.output
    assert not (tmp_path / "out").exists()  # nothing was started, nothing written


def test_a_changed_user_reference_file_redoes_the_files(prefect_harness: None, tmp_path: Path) -> None:
    corpus, mine, out = tmp_path / "news", tmp_path / "mine", tmp_path / "out"
    corpus.mkdir()
    mine.mkdir()
    (corpus / "talks.txt").write_text(VOLKONSKY, encoding="utf-8")
    registry = mine / "actors.yaml"
    registry.write_text("actors:\n  - {id: volkonsky, name: Arkady Volkonsky, type: person, country: RUS}\n", encoding="utf-8")
    base = ["run", "--corpus", str(corpus), "--out", str(out), "--translator", "offline", "--json", "--reference", str(mine)]

    def summary() -> dict[str, object]:
        result = runner.invoke(app, base)
        assert result.exit_code == 0, result.output
        return dict(json.loads(result.stdout[result.stdout.index("{"):]))

    assert summary()["files_reused"] == 0
    again = summary()
    assert (again["files_reused"], again["version"]) == (1, None)  # nothing changed: the stored result stands
    registry.write_text("actors:\n  - {id: volkonsky, name: Arkady V. Volkonsky, type: person, country: RUS, aliases: [Volkonsky]}\n",
                        encoding="utf-8")
    changed = summary()
    assert changed["files_reused"] == 0 and changed["version"] == "v0002"  # the reference changed: redone
