"""The language model's uncompressed copy: the same answers as the wheel's, and a damaged copy is written again."""

from __future__ import annotations

from pathlib import Path

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.io import models

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
