"""Language identification: among the configured candidates, with the same verdicts as among all languages."""

from __future__ import annotations

from pathlib import Path

import pytest

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
