"""Date expressions on their own: weekends, read against the story's day (other dates are tested with the events)."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.stages.dates import find_dates
from tests.golden_cases import event_tools

THURSDAY = dt.date(2022, 1, 13)


@pytest.mark.parametrize(
    ("text", "base", "expected"),
    [
        ("The two leaders talked over the weekend.", THURSDAY, dt.date(2022, 1, 3)),
        ("The talks were held during the weekend.", THURSDAY, dt.date(2022, 1, 3)),
        ("He phoned his counterpart twice over the last weekend.", THURSDAY, dt.date(2022, 1, 3)),
        ("Protesters gathered again this past weekend.", THURSDAY, dt.date(2022, 1, 3)),
        ("The ministers will meet this weekend in Minsk.", THURSDAY, dt.date(2022, 1, 10)),
        ("The drills open next weekend.", THURSDAY, dt.date(2022, 1, 10)),
        ("I ministri si sono sentiti nel fine settimana.", THURSDAY, dt.date(2022, 1, 3)),
        ("Lo scorso weekend i leader hanno parlato.", THURSDAY, dt.date(2022, 1, 3)),
        # (said on a Sunday, "last weekend" is the one before; "this weekend" the one under way)
        ("The envoys met last weekend.", dt.date(2022, 1, 16), dt.date(2022, 1, 3)),
        ("The envoys met this weekend.", dt.date(2022, 1, 16), dt.date(2022, 1, 10)),
    ],
)
def test_a_weekend_is_the_week_it_ends(text: str, base: dt.date, expected: dt.date) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, base, None, None)
    assert (found.date, found.precision) == (expected, "week")


def test_a_weekend_in_a_story_known_to_its_month_is_that_month() -> None:
    [found] = find_dates(event_tools().date_words, "They spoke over the weekend.", event_tools().parser, None, None, None,
                         story_month=dt.date(2020, 8, 1))
    assert (found.date, found.precision) == (dt.date(2020, 8, 1), "month")


@pytest.mark.parametrize("text", ["The weekend was quiet.", "Talks on the weekend schedule stalled.", "Il weekend è stato tranquillo."])
def test_a_weekend_named_as_a_thing_is_no_date(text: str) -> None:
    assert find_dates(event_tools().date_words, text, event_tools().parser, THURSDAY, None, None) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ten years later the union was founded.", dt.date(2001, 1, 1)),  # counted from the year the article wrote last
        ("Tre anni dopo l'alleanza fu fondata.", dt.date(1994, 1, 1)),
        ("Drills of the allies are planned for autumn.", dt.date(2022, 1, 1)),  # a season, to its year
        ("The fighting has gone on since 2019.", dt.date(2019, 1, 1)),
    ],
)
def test_years_counted_a_season_planned_for_and_a_year_since(text: str, expected: dt.date) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, THURSDAY, None, None, context_year=1991)
    assert (found.date, found.precision) == (expected, "year")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("In March-April 2019, the dispute over the canal flared.", dt.date(2019, 3, 1)),  # the year after the second month
        ("Tra marzo-aprile 2019 la disputa si è riaccesa.", dt.date(2019, 3, 1)),
        ("In March 2019 the dispute flared.", dt.date(2019, 3, 1)),
    ],
)
def test_a_range_of_months_takes_the_year_written_after_it(text: str, expected: dt.date) -> None:
    [found] = find_dates(event_tools().date_words, text, event_tools().parser, THURSDAY, None, None)
    assert (found.date, found.precision) == (expected, "month")


def test_round_304_a_day_of_the_following_year() -> None:
    # our own words: "from 5 February of the following year" in a story of May 2031 is 5 February 2032; "dal 5 febbraio
    # dell'anno successivo" too; "the following year" after a written year is the year after it
    base = dt.date(2031, 5, 15)
    [english] = find_dates(event_tools().date_words, "The new term starts on 5 February of the following year.", event_tools().parser, base, None, None)
    assert (english.date, english.precision) == (dt.date(2032, 2, 5), "day")
    [italian] = find_dates(event_tools().date_words, "Il mandato partirà il 5 febbraio dell'anno successivo.", event_tools().parser, base, None, None)
    assert (italian.date, italian.precision) == (dt.date(2032, 2, 5), "day")
    written = find_dates(event_tools().date_words, "Formed in 1994, the body took in two more states the following year.", event_tools().parser, base, None, None)
    assert [(d.date, d.precision) for d in written] == [(dt.date(1994, 1, 1), "year"), (dt.date(1995, 1, 1), "year")]


def test_round_304_these_days_are_the_story_s() -> None:
    # our own words: "teatro degli scontri di questi giorni": the story's day
    base = dt.date(2031, 9, 20)
    [these] = find_dates(event_tools().date_words, "La valle è teatro degli scontri di questi giorni.", event_tools().parser, base, None, None)
    assert (these.date, these.precision) == (base, "day")


def test_round_355_an_italian_weekday_a_speaker_says_will_come_is_the_next_one() -> None:
    # our own words: "Venerdì, credo, firmeremo l'intesa" and "Venerdì incontreremo i ministri" (the first person of the
    # future, an aside between commas) are the coming Friday; "Venerdì ci siamo incontrati" the last one
    tools = event_tools()
    for text, expected in (("Venerdì, credo, firmeremo l'intesa a Minsk.", dt.date(2031, 5, 16)),
                           ("Venerdì incontreremo i ministri della difesa.", dt.date(2031, 5, 16)),
                           ("Venerdì ci siamo incontrati con i ministri.", dt.date(2031, 5, 9))):
        [found] = find_dates(tools.date_words, text, tools.parser, dt.date(2031, 5, 12), None, None)
        assert found.date == expected, text
