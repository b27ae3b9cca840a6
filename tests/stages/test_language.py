"""Language identification: among the configured candidates, with the same verdicts as among all languages."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.settings import DEFAULT_LANGUAGES
from pipeline.stages.clean import clean_document
from pipeline.stages.language import LanguageDetector, LanguageSettings, split_segments
from tests.golden_cases import INPUTS, read_document


def test_candidates_are_checked_and_limit_the_verdicts() -> None:
    with pytest.raises(ValueError, match="unknown language codes"):
        LanguageDetector(("en", "xx"))
    only_two = LanguageDetector(("en", "it"))
    assert only_two.detect("Der Sicherheitsrat tagte gestern in Minsk und beriet über die Lage.")[0] in ("en", "it")
    assert LanguageDetector(()).detect("Der Sicherheitsrat tagte gestern in Minsk und beriet über die Lage.")[0] == "de"


@pytest.fixture(scope="module")
def detectors() -> tuple[LanguageDetector, LanguageDetector]:
    return LanguageDetector(()), LanguageDetector(DEFAULT_LANGUAGES)


@pytest.mark.parametrize("path", INPUTS, ids=lambda p: p.stem)
def test_default_candidates_give_the_verdicts_of_all_languages(path: Path, detectors: tuple[LanguageDetector, LanguageDetector]) -> None:
    clean = clean_document(read_document(path))
    everything, default = detectors
    assert split_segments(clean, default, LanguageSettings()) == split_segments(clean, everything, LanguageSettings())


def _paragraphs() -> list[str]:
    texts = [line for path in INPUTS for line in clean_document(read_document(path)).lines]
    corpus = Path(__file__).resolve().parents[2] / "corpus"
    for path in sorted(corpus.glob("*.txt")):
        texts += [line for line in path.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    texts += ["  two  spaces   and\ttabs\nand a new line ", "ÀÉÎ — «citazione» 2024", "", "!!!", "МИНСК, 5 мая"]
    return texts


@pytest.mark.parametrize("most", [100_000, 7])
def test_the_word_walk_gives_the_library_s_own_scores(most: int) -> None:
    """Read a word at a time (and with its memory cleared many times over), every paragraph of the golden inputs
    and the seeds gets the very probability py3langid's own walk gives it, among all languages and among two."""
    for languages in ((), ("en", "it")):
        library = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        if languages:
            library.set_languages(list(languages))
        detector = LanguageDetector(languages)
        detector._identifier._walk._most = most
        texts = _paragraphs()
        assert len(texts) > 200
        for text in texts:
            code, probability = library.classify(text)
            assert detector.detect(text) == (str(code), float(probability)), text


def test_a_py3langid_without_the_internals_the_word_walk_reads_is_used_as_it_is() -> None:
    """A later py3langid that renamed what ``WordWalk`` reads gives the library's own identifier, not a crash."""

    class Renamed:
        nb_classes = ("en", "it")

        def classify(self, text: str) -> tuple[str, float]:
            return "it", 1.0

        def set_languages(self, langs: list[str]) -> None:
            pass

    detector = LanguageDetector(("en", "it"), Renamed())  # type: ignore[arg-type]
    assert detector.detect("anything at all") == ("it", 1.0)
