"""Reference data: shipped inside the package, merged with a user's folders by documented rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from pipeline.io.reference import load_reference, unknown_reference_files
from pipeline.stages.reference import ReferenceError, coverage_warnings


def test_shipped_reference_comes_from_the_package() -> None:
    reference = load_reference()
    assert len(reference.registry.actors) > 100
    assert {(s.name, s.origin) for s in reference.sources} == {
        ("actors.yaml", "package"), ("places.yaml", "package"), ("calendar.yaml", "package"),
        ("mention_words.yaml", "package"), ("quote_words.yaml", "package"), ("event_words.yaml", "package"),
        ("date_words.yaml", "package"),
    }
    assert all(len(s.sha256) == 64 and s.entries > 0 for s in reference.sources)
    assert "Nur-Sultan" in {r["name"] for r in reference.places["renames"]}


def _write(folder: Path, name: str, text: str) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_user_folder_adds_actors_aliases_and_corrects_roles(tmp_path: Path) -> None:
    shipped = load_reference().registry.actors
    end = shipped["lavrov"].roles[0].end
    folder = _write(tmp_path / "mine", "actors.yaml", """
actors:
  - {id: volkonsky, name: Arkady Volkonsky, type: person, country: RUS, gender: m, aliases: [Volkonsky]}
  - {id: lavrov, aliases: [Sergueï Lavrov], roles: [{role: foreign_minister, country: RUS, from: 2004-03-09, to: 2030-01-01}]}
  - {id: putin, gender: m, roles: [{role: csto_secretary_general, from: 2099-01-01}]}
""")
    actors = load_reference([folder]).registry.actors
    assert actors["volkonsky"].name == "Arkady Volkonsky" and len(actors) == len(shipped) + 1
    assert "Sergueï Lavrov" in actors["lavrov"].aliases and "Sergei Lavrov" in actors["lavrov"].aliases
    assert [r.end for r in actors["lavrov"].roles if r.role == "foreign_minister"] == [dt.date(2030, 1, 1)]
    assert end is None or end != dt.date(2030, 1, 1)
    assert len(actors["putin"].roles) == len(shipped["putin"].roles) + 1  # another role is added, none lost
    assert actors["putin"].name == "Vladimir Putin"  # fields not given stay


def test_replace_and_remove_and_later_folders_win(tmp_path: Path) -> None:
    first = _write(tmp_path / "a", "actors.yaml", "actors:\n  - {id: peskov, replace: true, name: D. Peskov, type: person}\n")
    second = _write(tmp_path / "b", "actors.yaml", "actors:\n  - {id: zakharova, remove: true}\n  - {id: peskov, name: Dmitry S. Peskov}\n")
    actors = load_reference([first, second]).registry.actors
    assert "zakharova" not in actors
    assert actors["peskov"].name == "Dmitry S. Peskov" and actors["peskov"].aliases == ()  # replaced, then renamed


def test_places_and_calendar_merge_by_key(tmp_path: Path) -> None:
    folder = _write(tmp_path / "mine", "places.yaml", "renames:\n  - {city: Bishkek, name: Frunze, to: 1991-02-05}\nregions: [MNG, SRB]\n"
                    "landmarks:\n  - {name: Ala-Archa Residence, city: Bishkek}\n")
    _write(folder, "calendar.yaml", """
events:
  - {date: 2025-12-22, precision: day, types: [CONSULT], country: RUS, place: Moscow, title: CSC session}
  - {date: 2024-11-28, title: CSC session, remove: true}
""")
    shipped = load_reference()
    merged = load_reference([folder])
    assert ("Bishkek", "Frunze") in {(r["city"], r["name"]) for r in merged.places["renames"]}
    assert merged.places["regions"].count("MNG") == 1 and "SRB" in merged.places["regions"]
    landmarks = {r["name"]: r["city"] for r in merged.places["landmarks"]}
    assert landmarks["Ala-Archa Residence"] == "Bishkek" and landmarks["Kremlin"] == "Moscow"  # added to the shipped ones
    days = {str(e["date"]) for e in merged.calendar["events"]}
    assert "2025-12-22" in days and "2024-11-28" not in days
    assert len(merged.calendar["events"]) == len(shipped.calendar["events"])
    assert merged.fingerprint != shipped.fingerprint
    assert [s.origin for s in merged.sources].count("user") == 2


@pytest.mark.parametrize(
    ("name", "text", "words"),
    [
        ("actors.yaml", "actors:\n  - {id: x, name: X, type: person\n", "not valid YAML at line"),
        ("actors.yaml", "- just a list\n", "expected a mapping at the top"),
        ("actors.yaml", "actors:\n  - {id: x, name: X, type: person}\n  - {id: x, name: Y, type: person}\n", "given twice"),
        ("actors.yaml", "actors:\n  - {id: x, name: X, type: wizard}\n", "type must be one of"),
        ("actors.yaml", "actors:\n  - {id: x, name: X, type: person, roles: [{role: r, from: someday}]}\n", "not an ISO date"),
        ("calendar.yaml", "events:\n  - {precision: day}\n", "lacks a field"),
        ("places.yaml", "regions: KAZ\n", "'regions' must be a list"),
        ("quote_words.yaml", "speech_cue: [blurted]\n", "'speech_cue' is not a key of the shipped file"),
        ("quote_words.yaml", "abbreviations: [on]\n", "'abbreviations' must be a non-empty list of words"),
        ("event_words.yaml", "triggers:\n  - {type: PARTY, patterns: [partied]}\n", "type 'PARTY' is not one of"),
        ("event_words.yaml", "triggers:\n  - {type: CONSULT, mode: meet, patterns: ['(unclosed']}\n", "not a valid regular expression"),
        ("date_words.yaml", "number_words: {dozen: twelve}\n", "'number_words' must map words to whole numbers"),
    ],
)
def test_a_bad_reference_file_is_named_in_one_line(tmp_path: Path, name: str, text: str, words: str) -> None:
    folder = _write(tmp_path / "mine", name, text)
    with pytest.raises(ReferenceError) as caught:
        load_reference([folder])
    message = str(caught.value)
    assert words in message and name in message and "\n" not in message


def test_a_folder_without_reference_files_is_refused_and_strays_are_listed(tmp_path: Path) -> None:
    folder = _write(tmp_path / "mine", "actor.yaml", "actors: []\n")
    with pytest.raises(ReferenceError, match="holds none of"):
        load_reference([folder])
    with pytest.raises(ReferenceError, match="does not exist"):
        load_reference([tmp_path / "missing"])
    assert unknown_reference_files([folder]) == [str(folder / "actor.yaml")]


def test_coverage_warnings_speak_when_the_registry_does_not_reach_the_corpus() -> None:
    reference = load_reference()
    assert coverage_warnings(reference, 3, 0, ["putin", None], [[]]) == []
    assert coverage_warnings(reference, 3, 0, [None], [["Some Body"]]) != []
    assert "all rejected as not_news" in coverage_warnings(reference, 0, 4, [], [])[0]


def test_a_user_word_file_extends_what_the_extractors_find(tmp_path: Path) -> None:
    """A reporting verb, a trigger and a number word added in a --reference folder are used by the run."""
    from pipeline.flows import extraction_tools
    from pipeline.stages.actors import Discourse
    from pipeline.stages.dates import find_dates
    from pipeline.stages.quotes import extract_paragraph

    folder = _write(tmp_path / "mine", "quote_words.yaml", "speech_cues:\n  en: [quipped]\n")
    _write(folder, "event_words.yaml", "triggers:\n  - {type: CONSULT, mode: meet, patterns: ['\\bconclave\\b']}\n")
    _write(folder, "date_words.yaml", "number_words: {forty: 40}\n")
    line = "Lavrov quipped that the alliance would hold a conclave in Minsk."
    for user, expected in (((), False), ((folder,), True)):
        reference = load_reference(list(user))
        finder, tools = extraction_tools(reference)
        quotes, _ = extract_paragraph(tools.quote_words, 0, line, finder, Discourse(reference.registry, None), None)
        assert bool(quotes) is expected
        assert any(t.pattern.search(line) and t.mode == "meet" for t in tools.words.triggers) is expected
        found = find_dates(tools.date_words, "forty days later", tools.parser, None, dt.date(2022, 1, 1), None)
        assert bool(found and found[0].date == dt.date(2022, 2, 10)) is expected
    assert load_reference([folder]).fingerprint != load_reference().fingerprint


def test_a_user_trigger_row_keeps_every_shipped_row(tmp_path: Path) -> None:
    """The shipped table has two rows of one type and mode (tried at different places); a user's row with that key
    adds its patterns to the first and loses neither of them, so every shipped pattern still codes its events."""
    from pipeline.flows import extraction_tools

    shipped = [(t.event_type, t.mode, t.pattern.pattern) for t in extraction_tools(load_reference())[1].words.triggers]
    twice = next(key for key in {(k, m) for k, m, _ in shipped} if sum((k, m) == key for k, m, _ in shipped) > 1)
    kind, mode = twice
    folder = _write(tmp_path / "mine", "event_words.yaml",
                    f"triggers:\n  - {{type: {kind}, mode: {mode or 'null'}, patterns: ['\\bzzyzx\\b']}}\n")
    extended = [(t.event_type, t.mode, t.pattern.pattern) for t in extraction_tools(load_reference([folder]))[1].words.triggers]
    assert len(extended) == len(shipped)
    rows = [i for i, (k, m, _) in enumerate(shipped) if (k, m) == twice]
    assert "zzyzx" in extended[rows[0]][2] and extended[rows[0]][2].startswith(shipped[rows[0]][2][:20])
    assert all(extended[i] == shipped[i] for i in range(len(shipped)) if i != rows[0])
