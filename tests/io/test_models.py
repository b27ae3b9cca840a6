"""The language model's uncompressed copy: the same answers as the wheel's, and a damaged copy is written again.
A built object kept in the cache (the gazetteer): read back instead of built, built again when damaged or when
what it is built from changed, and the same places found either way."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline import flows
from pipeline.io import models
from pipeline.io.reference import load_reference
from pipeline.stages import prefilter

SAMPLES = (
    "The ministers of the alliance met in Minsk on Tuesday to discuss the drills.",
    "I ministri dell'alleanza si sono riuniti a Minsk martedì per discutere delle esercitazioni.",
    "Министры обороны встретились в Минске во вторник.",
)


def _answers(identifier: LanguageIdentifier) -> list[tuple[str, float]]:
    return [(str(code), round(float(p), 6)) for code, p in map(identifier.classify, SAMPLES)]


def test_the_copy_answers_as_the_wheel_s_model_and_a_damaged_copy_is_written_again(tmp_path: Path) -> None:
    wheel = _answers(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    first = models.language_identifier(tmp_path)  # no copy yet: read from the wheel, then copied
    copies = list((tmp_path / "models").glob("py3langid-*.npz"))
    assert len(copies) == 1 and not list((tmp_path / "models").glob(".tmp-*"))
    second = models.language_identifier(tmp_path)  # read from the copy
    assert _answers(first) == _answers(second) == wheel
    second.set_languages(["en", "it"])  # (limiting one identifier's languages leaves the copy whole)
    assert _answers(models.language_identifier(tmp_path)) == wheel
    copies[0].write_bytes(copies[0].read_bytes()[:1000])  # a copy cut short by a full disk
    assert _answers(models.language_identifier(tmp_path)) == wheel
    assert models._read(copies[0]) is not None  # written again, whole
    assert _answers(models.language_identifier(None)) == wheel  # no cache: the wheel's, as before


def test_a_cached_object_is_read_back_rebuilt_when_damaged_and_replaced_when_its_key_changes(tmp_path: Path) -> None:
    builds: list[str] = []

    def build(value: str) -> dict[str, str]:
        builds.append(value)
        return {"built": value}

    assert models.cached(tmp_path, "table", "k1", dict, lambda: build("one")) == {"built": "one"}
    assert models.cached(tmp_path, "table", "k1", dict, lambda: build("never")) == {"built": "one"}  # read back
    assert builds == ["one"]
    (kept,) = (tmp_path / "models").glob("table-*.pickle")
    kept.write_bytes(kept.read_bytes()[:5])  # cut short by a full disk
    assert models.cached(tmp_path, "table", "k1", dict, lambda: build("again")) == {"built": "again"}
    kept.write_bytes(b"not a pickle at all")
    assert models.cached(tmp_path, "table", "k1", list, lambda: [1]) == [1]  # damaged, and not of the kind asked for
    assert models.cached(tmp_path, "table", "k2", dict, lambda: build("two")) == {"built": "two"}
    assert [p.name for p in (tmp_path / "models").glob("table-*.pickle")] == ["table-k2.pickle"]  # the old key's file went
    assert not list((tmp_path / "models").glob(".tmp-*"))
    assert models.cached(None, "table", "k2", dict, lambda: build("no cache")) == {"built": "no cache"}


def test_the_gazetteer_read_from_the_cache_finds_the_places_a_built_one_finds(tmp_path: Path) -> None:
    reference = load_reference()
    sentence = "Troops from Alma-Ata and Mosca arrived in the Batken region near Dushanbe."
    saved = dict(flows._GAZETTEERS), dict(flows._TOOLS)
    try:
        flows._GAZETTEERS.clear()
        built = flows._gazetteer(reference, tmp_path)  # built, then kept in the cache
        assert list((tmp_path / "models").glob("gazetteer-*.pickle"))
        flows._GAZETTEERS.clear()
        read = flows._gazetteer(reference, tmp_path)
        assert read is not built
        assert read.find(sentence, None) == built.find(sentence, None) and len(read.find(sentence, None)) >= 3
        assert read.bounds == built.bounds and read.cities == built.cities
    finally:
        flows._GAZETTEERS.clear()
        flows._GAZETTEERS.update(saved[0])
        flows._TOOLS.clear()
        flows._TOOLS.update(saved[1])


def test_the_starts_of_the_word_patterns_are_read_once_and_then_taken_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A process reads the literal starts of the trigger rows, dates, plans and cues from their parse trees (some
    0.6 s) and leaves them in the cache; a later process takes them from there and parses none of them."""
    reference = load_reference()
    saved = dict(prefilter._READ)
    try:
        prefilter._READ.clear()
        flows._read_pattern_starts(reference, tmp_path)
        assert list((tmp_path / "models").glob("pattern-starts-*.pickle"))
        read = dict(prefilter._READ)
        trigger_row = reference.words.events.triggers[0].pattern
        assert read[(trigger_row.pattern, trigger_row.flags, 2, False)]  # (a trigger row's starts are among them)
        prefilter._READ.clear()

        def parse(*_: object) -> None:
            raise AssertionError("a pattern was parsed again")

        monkeypatch.setattr(prefilter, "_starts", parse)
        flows._read_pattern_starts(reference, tmp_path)
        assert read == prefilter._READ
        assert prefilter.Prefilter((trigger_row,)).filtered == (True,)  # (built from what the cache gave)
    finally:
        prefilter._READ.clear()
        prefilter._READ.update(saved)
