"""The real-article set: what is committed is recipes and offsets, never the articles' words."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
REAL = ROOT / "tests" / "real"


def test_every_gold_file_has_a_recipe_and_holds_offsets_not_words() -> None:
    recipes = {entry["id"]: entry for entry in json.loads((REAL / "recipes.json").read_text(encoding="utf-8"))}
    assert len({entry["outlet"] for entry in recipes.values()}) >= 15
    assert {entry["language"] for entry in recipes.values()} == {"en", "it"}
    for path in sorted((REAL / "gold").glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        assert gold["case"] in recipes and len(gold["text_sha256"]) == 64
        for quote in gold["quotes"]:
            assert set(quote) == {"kind", "start", "end", "sha256", "speaker"} and 0 <= quote["start"] < quote["end"]
            # an id or a name, never a sentence (a body's press office, named with its full title and its state's full
            # name, runs to a dozen words)
            assert quote["speaker"] is None or len(quote["speaker"].split()) <= 12
        for event in gold["events"]:
            assert set(event["evidence"]) == {"start", "end", "sha256"}


def test_the_scorer_says_why_when_the_texts_are_absent(tmp_path: Path) -> None:
    code = (
        "import sys, runpy; sys.path.insert(0, sys.argv[1]); import scripts.real_set as r, pathlib;"
        "r.TEXTS = pathlib.Path(sys.argv[2]); import scripts.score_real as s; s.TEXTS = r.TEXTS; s.main()"
    )
    result = subprocess.run([sys.executable, "-c", code, str(ROOT), str(tmp_path / "none")], capture_output=True, text=True)
    assert result.returncode == 0 and "no real articles" in result.stdout, result.stderr


def test_a_page_pasted_as_the_search_tool_returns_it_rebuilds_an_earlier_save() -> None:
    # our own words: the first save dropped the tool's date stamp and the cut last sentence; a later paste keeps both
    sys.path.insert(0, str(ROOT))
    from scripts.real_set import lines_of, saved_lines, sha

    first_save = "Drills begin in the south.\nThe ministry said the units arrived on Monday."
    pasted = " date 2031-05-06 Drills begin in the south.\nThe ministry said the units arrived on Monday. The drills will las"
    recipe = [sha(line) for line in lines_of(first_save)]
    forms = saved_lines(pasted)
    assert [forms[digest] for digest in recipe] == lines_of(first_save)
    assert sha("The drills will las") not in forms and sha(lines_of(pasted)[0]) in forms
