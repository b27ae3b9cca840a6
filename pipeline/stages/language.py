"""Language: identify the language of each article and of each of its paragraphs.

Uses py3langid, which ships its model and is deterministic. A paragraph too short to judge, or judged with
low confidence, takes the article's language, so a lone name or number never flips a segment. Every
paragraph is read once: the article's language comes from its paragraphs' verdicts.
"""

from __future__ import annotations

from dataclasses import dataclass

from py3langid.langid import MODEL_FILE, LanguageIdentifier

from pipeline.settings import DEFAULT_LANGUAGES
from pipeline.stages.records import CleanArticle, Segment


def known_languages() -> set[str]:
    """The ISO 639-1 codes the shipped model can identify."""
    return set(LanguageIdentifier.from_model_file(MODEL_FILE).nb_classes)


class LanguageDetector:
    """A loaded language identifier; build one per process and pass it to the stages.

    ``languages`` limits the candidates (ISO 639-1 codes py3langid knows); ``()`` means all of them."""

    def __init__(self, languages: tuple[str, ...] = DEFAULT_LANGUAGES, identifier: LanguageIdentifier | None = None) -> None:
        # (``identifier``: a new full-model identifier with normalised probabilities, as the I/O layer loads one
        # from its uncompressed copy; by default the wheel's model is read here)
        self._identifier = identifier or LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
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
