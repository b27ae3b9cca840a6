"""Language: identify the language of each article and of each of its paragraphs.

Uses py3langid, which ships its model and is deterministic. A paragraph too short to judge, or judged with
low confidence, takes the article's language, so a lone name or number never flips a segment. Every
paragraph is read once: the article's language comes from its paragraphs' verdicts.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import Any

import numpy as np
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.settings import DEFAULT_LANGUAGES
from pipeline.stages.records import CleanArticle, Segment


def known_languages() -> set[str]:
    """The ISO 639-1 codes the shipped model can identify."""
    return set(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)


#: A word with the one space after it, as bytes: the unit ``WordWalk`` remembers.
_WORD = re.compile(rb"[^ ]* ?")


class WordWalk:
    """py3langid's byte walk (``visit_counts``) a word at a time, each (start state, word) walked once.

    The counts are the byte walk's, whatever the text; ``most`` bounds the remembered walks (forgotten all at once)."""

    def __init__(self, identifier: LanguageIdentifier, most: int = 100_000) -> None:
        self._next, self._rows, self._out = identifier.tk_nextmove, identifier._rowbase, identifier.tk_output
        self._most = most
        self._walks: dict[tuple[int, bytes], tuple[int, tuple[int, ...]]] = {}

    def visits(self, text: bytes) -> Counter[int] | None:
        """The feature counts of ``text``, or None when it holds no feature (as ``visit_counts``)."""
        walks, found = self._walks, list[int]()
        extend = found.extend
        state = 0
        for word in _WORD.findall(text):
            walked = walks.get((state, word))
            if walked is None:
                walked = self._walk(state, word)
                if len(walks) >= self._most:
                    walks.clear()
                walks[(state, word)] = walked
            state = walked[0]
            extend(walked[1])
        return Counter(found) if found else None

    def _walk(self, state: int, word: bytes) -> tuple[int, tuple[int, ...]]:
        nextmove, rows, out = self._next, self._rows, self._out
        features = []
        for byte in word:
            state = nextmove[rows[state] + byte]
            if out[state] >= 0:
                features.append(out[state])
        return state, tuple(features)


class _WordWalkIdentifier(LanguageIdentifier):
    """A py3langid identifier that reads its features with a ``WordWalk``, its limited table as float32 rows in one block
    (float16 widens to float32 exactly, as the library's own product does)."""

    nb_ptc: np.ndarray

    def __init__(self, identifier: LanguageIdentifier) -> None:
        nb_ptc, nb_pc, nb_classes = identifier._full_model
        super().__init__(nb_ptc, nb_pc, nb_classes, identifier.tk_nextmove, identifier.tk_output,
                         norm_probs=identifier._norm_probs, min_confidence=identifier.min_confidence, tk_row=identifier.tk_row)
        self._walk = WordWalk(self)

    def set_languages(self, langs: list[str] | None = None) -> None:
        super().set_languages(langs)
        self.nb_ptc = np.ascontiguousarray(self.nb_ptc, dtype=np.float32)  # (its rows are gathered once per text)

    def _raw_score(self, text: bytes) -> Any:
        visits = self._walk.visits(text)
        if visits:
            return self._sparse_score(visits, self.nb_ptc)
        return super()._raw_score(text)  # (no feature: the library's own answer)


class LanguageDetector:
    """A loaded language identifier; build one per process and pass it to the stages.

    ``languages`` limits the candidates (ISO 639-1 codes py3langid knows); ``()`` means all of them."""

    def __init__(self, languages: tuple[str, ...] = DEFAULT_LANGUAGES, identifier: LanguageIdentifier | None = None) -> None:
        # (``identifier``: a new full-model identifier with normalised probabilities, as the I/O layer loads one
        # from its uncompressed copy; by default the wheel's model is read here)
        loaded = identifier or LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        try:
            self._identifier: LanguageIdentifier = _WordWalkIdentifier(loaded)
        except AttributeError:
            # (a py3langid whose internals the word walk reads have changed: its own identifier, slower, same answers)
            self._identifier = loaded
        if languages:
            unknown = sorted(set(languages) - set(self._identifier.nb_classes))
            if unknown:
                raise ValueError(f"unknown language codes for identification: {', '.join(unknown)}")
            self._identifier.set_languages(list(languages))

    def detect(self, text: str) -> tuple[str, float]:
        """Return ``(iso639_1_code, probability)`` for ``text``."""
        code, probability = self._identifier.classify(text)
        return str(code), float(probability)


@dataclass(frozen=True)
class LanguageSettings:
    """The thresholds of the language stage."""

    min_chars_line: int = 40
    min_probability_line: float = 0.9


def split_segments(
    clean: CleanArticle, detector: LanguageDetector, settings: LanguageSettings
) -> tuple[str, tuple[Segment, ...]]:
    """Return the article's language and one untranslated ``Segment`` per paragraph, each with its language.

    Each paragraph long enough to judge is identified once. The article's language is the one holding most
    characters among the confidently identified paragraphs; only when none is, the whole text is identified.
    """
    guesses: dict[int, str] = {}
    weight: dict[str, int] = {}
    for number, line in enumerate(clean.lines):
        if len(line) >= settings.min_chars_line:
            guess, probability = detector.detect(line)
            if probability >= settings.min_probability_line:
                guesses[number] = guess
                weight[guess] = weight.get(guess, 0) + len(line)
    if weight:
        article_language = max(sorted(weight), key=lambda code: weight[code])
    else:
        article_language, _ = detector.detect("\n".join(clean.lines))
    segments = tuple(
        Segment(segment_no=number, text=line, language=guesses.get(number, article_language))
        for number, line in enumerate(clean.lines)
    )
    return article_language, segments


def is_plausible_translation(detector: LanguageDetector, source: str, translation: str, target: str) -> bool:
    """Return False for answers that are not a translation: empty, the source echoed back, or not the target language.

    A provider that answers with a consent page, an error text or the untranslated input must not have that
    stored as English; short texts are too short to judge by language and are accepted when non-empty.
    """
    answer = translation.strip()
    if not answer:
        return False
    if answer == source.strip() and any(ch.isalpha() for ch in source) and len(source) >= 20:
        return False
    if len(answer) >= 40:
        return detector.detect(answer)[0] == target
    return True
