"""The literal prefilter: the starts it reads from a pattern, and that a gated search finds what a plain one finds."""

from __future__ import annotations

import functools
import re
import sys

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from pipeline.stages import prefilter
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


def test_a_digit_of_any_script_is_the_start_0() -> None:
    """``\\d`` matches every decimal digit Unicode has (Arabic-Indic, Devanagari …); each is read as 0."""
    date = re.compile(r"\b\d{1,2}\s+March|\bin\s+(?:19|20)\d\d")
    assert literal_starts(date, shortest=1) == {"0", "in "}
    assert literal_starts(date) is None  # one character is too short for a pattern of words
    spots = Prefilter((date,), shortest=1).positions("on ٣ March and in 2022")
    assert spots == ((3, 15, 18, 19, 20, 21),)


@pytest.mark.parametrize(
    ("regex", "coarse", "single"),
    [
        (r"\bthe\s+\d{1,2}(?:st|th)?\s+of", {"the "}, {"the 0"}),
        (r"\b(?:in|of)\s*(?:19|20)\d\d", {"in ", "in0000", "of ", "of0000"}, {"in 0000", "in0000", "of 0000", "of0000"}),
        # (a class of white space and a few characters is one of them: "mid-May", "mid May")
        (r"\bmid[\s-](?:March|May)", {"mid marc", "mid may", "mid-marc", "mid-may"}, {"mid marc", "mid may", "mid-marc", "mid-may"}),
    ],
)
def test_in_a_text_of_single_spaces_a_start_reads_on_past_its_white_space(regex: str, coarse: set[str], single: set[str]) -> None:
    """Most texts never hold two white-space characters in a row; there ``\\s+`` is one space and ``\\s*`` none or one,
    so a start need not stop at the first of them ("the " is tried at every "the"; "the 0" only before a number)."""
    pattern = re.compile(regex, re.IGNORECASE)
    assert literal_starts(pattern, shortest=2) == coarse
    assert literal_starts(pattern, shortest=2, single_spaces=True) == single


def test_a_text_with_a_run_of_white_space_is_read_with_the_starts_that_stop_at_a_space() -> None:
    day = Prefilter((re.compile(r"\bthe\s+\d{1,2}(?:st|th)?\s+of\s+May", re.IGNORECASE),), shortest=2)
    assert day.positions("the talks of the 5th of May") == ((13,),)  # ("the talks" is not tried)
    assert day.positions("the talks of the  5th of May") == ((0, 13),)  # (two spaces: every "the " is)
    assert [m.group(0) for m in prefilter.finditer(day, 0, "on the\n 5th of May")] == ["the\n 5th of May"]


def test_every_decimal_digit_lies_below_the_folding_table_bound() -> None:
    assert not any(chr(code).isdecimal() for code in range(prefilter._DIGITS_BELOW, sys.maxunicode + 1))


_DATE_WORDS = [
    "on", "3", "10", "March", "2022", "٣", "January", "gennaio", "GENNAIO", "May", "may", "in", "2023", "nel", "2011",
    "Brotherhood-2022", "«Fratellanza»", "—", "–", "-", "a", "few", "days", "later", "earlier", "this", "week", "last",
    "year", "l'anno", "scorso", "il", "giorno", "dopo", "three", "weeks", "ago", "Monday", "lunedì", "23", "agosto",
    "to", "and", "e", ",", ".", "\n", "today", "yesterday", "oggi", "within", "two", "the", "next", "month", "early",
    "autumn", "quarter", "will", "be", "held", "is", "set", "to", "si", "terrà", "prossimo", "hanno", "programmato",
    "ſet", "İn", "ıl", "first", "second", "mid", "late", "of", "at", "by", "during", "the", "  ", "\t", "a", "Rubezh-2024", "(2019)", "autumn", "Q3", "fourth", "end", "of", "inizio", "dell'anno",
]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_WORDS), max_size=30).map(" ".join), st.integers(0, 40), st.integers(0, 300))
def test_the_date_and_plan_patterns_tried_at_their_starts_find_what_the_plain_ones_find(text: str, start: int, end: int) -> None:
    tools = event_tools()
    date = tools.date_words.starts
    assert all(date.filtered) and all(tools.words.plans.filtered)
    assert [m.span() for m in prefilter.finditer(date, 0, text)] == [m.span() for m in tools.date_words.pattern.finditer(text)]
    found = prefilter.search(tools.words.plans, 0, text, start, end)
    plain = tools.words.planned.search(text, start, end)
    assert (found and found.span()) == (plain and plain.span())
    # (and a match tried at one place only where a start stands: the date that opens a sentence)
    def span(match: re.Match[str] | None) -> tuple[int, int] | None:
        return match.span() if match is not None else None

    assert all(span(prefilter.match(date, 0, text, at)) == span(tools.date_words.pattern.match(text, at)) for at in range(len(text) + 1))
    words = tools.date_words  # (and the gates that spare a sentence with no date word the full pattern)
    assert all(words.gates.filtered)
    assert words.may_hold_date(text, start) == bool(words.gate.search(text, start) or words.gate_tail.search(text, start))
    assert words.may_hold_season(text) == bool(words.seasonal_gate.search(text))


_GATE_WORDS = ("press service", "ufficio stampa", "president's office", "ministry")


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from([*_WORDS, "Press", "SERVICE", "service", "Ufficio", "stampa", "President's", "office",
                                 "İstanbul", "MINISTRY", "ministryʼs", "\u00a0"]), max_size=30).map(" ".join))
def test_a_literal_gate_turns_away_no_text_its_alternation_would_match(text: str) -> None:
    """A gate may let through a text that holds none of its words, but never turns away one that holds any of them
    as ``re.IGNORECASE`` reads them."""
    alternation = re.compile("|".join(re.escape(word) for word in _GATE_WORDS), re.IGNORECASE)
    gate = prefilter.LiteralGate(_GATE_WORDS)
    if alternation.search(text):
        assert gate.may_match(text)
    if len(text.lower()) == len(text):
        assert gate.may_match(text) == bool(alternation.search(text.translate(prefilter._FOLD)))


def test_a_literal_gate_lets_through_a_text_whose_lower_case_changes_length() -> None:
    gate = prefilter.LiteralGate(("press service",))
    assert not gate.may_match("the ministry said")
    assert gate.may_match("İstanbul")  # (its lower case is longer: the search is left to the pattern)
    assert gate.may_match("the PRESS SERVICE said")


@functools.cache
def _alias_pattern() -> re.Pattern[str]:
    aliases = event_tools().finder._aliases
    assert aliases is not None
    return aliases


@functools.cache
def _alias_filter() -> Prefilter:
    return Prefilter((_alias_pattern(),))


_ALIAS_WORDS = ["putin", "lavrov", "zas", "csto", "odkb", "tass", "ria", "the", "said", "in", "moscow", "minsk", "kremlin",
                "pashinyan", "tokayev", "rahmon", "-", ",", ".", "'s", "bishkek", "novosti", "ria-novosti", "xinhua", "e"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_ALIAS_WORDS), max_size=30).map(" ".join))
def test_the_actor_aliases_tried_at_their_starts_match_as_the_plain_alternation(text: str) -> None:
    """The actor finder looks for its registry's aliases only where one of their first letters stands; the matches are
    those of the whole alternation searched plainly (a folded paragraph, as the finder reads it)."""
    pattern = _alias_pattern()
    assert _alias_filter().filtered == (True,)
    spans = [m.span() for m in prefilter.finditer(_alias_filter(), 0, text)]
    assert spans == [m.span() for m in pattern.finditer(text)]


def test_the_starts_of_the_actor_aliases_computed_from_the_words_are_those_read_from_their_pattern() -> None:
    """The actor finder gives its alias filter the starts computed from the alias words (``word_starts``), skipping a
    parse of the long alternation; they are exactly what ``literal_starts`` reads from the pattern."""
    finder = event_tools().finder
    assert prefilter.word_starts(finder._alias_owner) == literal_starts(_alias_pattern())
    assert prefilter.word_starts(["İstanbul", "Minsk"]) == literal_starts(re.compile(r"(?<![\w])(İstanbul|Minsk)(?![\w])"))
    assert prefilter.word_starts(["x", "Minsk"]) is None  # (a one-letter alias could start anywhere: no filter)


_CUE_WORDS = ["said", "told", "reporters", "according", "to", "the", "ha", "detto", "dichiarato", "secondo", "il", "ministro",
              "was", "quoted", "as", "saying", "noted", "that", "added", "stressed", "«", "»", "“", "”", ",", ".", "  ", "\n",
              "Lavrov", "come", "affermato", "in", "luogo", "nor", "has", "he", "è", "stato", "informato", "recalled", "its",
              "envoy", "SAID", "ſaid", "İ", "says", "stated", "announced", "explained", "by", "a", "suo", "avviso"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_CUE_WORDS), max_size=30).map(" ".join), st.integers(0, 40), st.integers(0, 300))
def test_the_reporting_cues_tried_at_their_starts_are_those_the_plain_pattern_finds(text: str, start: int, end: int) -> None:
    """The quote stage looks for its cues only where one of their first words stands (``QuoteWords.cue_starts``)."""
    words = event_tools().quote_words
    assert words.cue_starts.filtered == (True,)
    spans = [m.span() for m in prefilter.finditer(words.cue_starts, 0, text, start, end)]
    assert spans == [m.span() for m in words.cues.finditer(text, start, end)]


_TITLE_WORDS = ["the", "Russian", "Defence", "Minister", "minister", "MINISTER", "President", "presidente", "of", "CSTO", "Kazakhstan",
                "spokesman", "portavoce", "acting", "Secretary", "General", "said", "told", "il", "ministro", "degli", "Esteri",
                "Ministry", "press", "service", "Kremlin", "head", "chief", "ſecretary", "İ", ",", ".", "  ", "\n", "-", "politicial",
                "minster", "The"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_TITLE_WORDS), max_size=25).map(" ".join))
@example("The politicial believes that the riots have become commonplace.")  # (a slip, and no role noun)
def test_a_paragraph_the_role_noun_gate_turns_away_holds_no_descriptor(text: str) -> None:
    """The actor finder reads its long descriptor pattern only in a paragraph that holds a role noun; where the gate
    turns a paragraph away, the pattern would have found nothing there, and a slip in a role noun is still read."""
    finder = event_tools().finder
    gate = finder._descriptor_gate
    assert gate is not None
    if not gate.may_match(text):
        assert finder._descriptor.search(text) is None
    gated = list(finder._descriptors(text))
    try:
        finder._descriptor_gate = None
        assert gated == list(finder._descriptors(text))
    finally:
        finder._descriptor_gate = gate


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ09 \t\n\r\x0b\x0c\x1c\x1f\u00a0\u2003٣İſıK\u212a-«»é"), max_size=40))
def test_the_folded_text_of_ascii_is_what_the_folding_table_gives(text: str) -> None:
    """The automata read ASCII text through a byte table: the same text as the full folding table gives."""
    assert prefilter.folded_text(text) == text.lower().translate(prefilter._FOLD)
