"""The literal prefilter: the starts it reads from a pattern, and that a gated search finds what a plain one finds."""

from __future__ import annotations

import functools
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.stages.prefilter import Prefilter, literal_starts, matches_at
from tests.golden_cases import event_tools


@pytest.mark.parametrize(
    ("regex", "starts"),
    [
        (r"\bappeal(?:ed|s)?\s+to\b", {"appeal ", "appealed", "appeals "}),
        (r"(?<!permanent\s)\b(?:re-?)?deploy", {"deploy", "re-deplo", "redeploy"}),
        (r"\b(?:è|sono)\s+stat[oa]", {"è ", "sono "}),
        (r"[Cc]urfews?", {"curfew"}),
        (r"Summit|vertice", {"summit", "vertice"}),
    ],
)
def test_the_starts_every_match_must_begin_with(regex: str, starts: set[str]) -> None:
    assert literal_starts(re.compile(regex, re.IGNORECASE)) == starts


@pytest.mark.parametrize("regex", [r"\w+\s+said", r"(?:<b>)?x", r"[A-Z][a-z]+ visited", r"a|summit", r"(?:the\s+)?\d+ troops"])
def test_a_pattern_that_may_start_with_anything_or_a_short_word_is_not_filtered(regex: str) -> None:
    assert literal_starts(re.compile(regex, re.IGNORECASE)) is None


def test_every_shipped_trigger_row_is_filtered() -> None:
    """The point of the automaton: a row it cannot read is searched everywhere, as before (slow, not wrong)."""
    assert all(_filter().filtered)


_WORDS = [
    "appealed", "to", "the", "CSTO", "for", "help", "Summit", "vertice", "è", "stato", "nominato", "redeploy",
    "permanent", "deployed", "troops", "ha", "chiesto", "aiuto", "ſummit", "İstanbul", "DEPLOY", "curfew", "in",
    "Dushanbe", "on", "3", "March", "\n", "  ", "\t", "«", "»", ",", ".", "ıl", "exercises", "held", "signed", "met",
]
@functools.cache
def _rows() -> tuple[re.Pattern[str], ...]:
    return tuple(t.pattern for t in event_tools().words.triggers)


@functools.cache
def _filter() -> Prefilter:
    return Prefilter(_rows())


_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 400))
def test_each_trigger_row_matches_nowhere_before_its_first_start(text: str, start: int, end: int) -> None:
    spots = _filter().positions(text)
    assert (spots is None) == (len(text.lower()) != len(text))  # "İstanbul": the search is left plain
    for row, row_spots in zip(_rows(), spots or (), strict=False):
        found = [m.start() for m in row.finditer(text, start, end)]
        first = next((spot for spot in row_spots if spot >= start), None)
        assert not found or (first is not None and first <= found[0]), (row.pattern[:60], text)
        assert found == [m.start() for m in row.finditer(text, first if first is not None else len(text), end)]


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.integers(0, 60), st.integers(0, 400))
def test_matching_only_at_the_starts_yields_what_finditer_yields(text: str, start: int, end: int) -> None:
    spots = _filter().positions(text)
    for row, row_spots in zip(_rows(), spots or (), strict=False):
        assert [m.span() for m in matches_at(row, text, row_spots, start, end)] == [m.span() for m in row.finditer(text, start, end)]
