"""Dates: find date expressions in a sentence and resolve them to a calendar date with a precision.

Explicit dates ("on January 10", "On Nov. 14", "il 6 gennaio", "23 novembre 2022", "December 2010") and
relative ones ("Saturday", "on Thursday", "a day later", "three days after", "late last year", "earlier
this week", "in early January", "oggi") are located by pattern and resolved by dateparser against a base:
the article's publication date, else a date the article stated earlier, else a year inferred from context
(which lowers the confidence). Precision says what is known: day, week (the date is that week's Monday),
month (the 1st), year (1 January) or unknown with a null date. Nothing is guessed silently.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import re
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from functools import cached_property
from typing import Any

from dateparser.date import DateDataParser

from pipeline.stages import prefilter
from pipeline.stages.words import WordsError, alternation, languages, patterns, word_list, word_map

# The agency dateline ("MOSCOW, October 12. /TASS/.") is a format, read with fixed month names; the words of
# running text come from date_words.yaml (DateWords).
_MONTHS_EN = "January|February|March|April|May|June|July|August|September|October|November|December"
_MONTHS_ABBR = r"Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec"
_MONTHS_IT = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre"
_MONTH = rf"(?:{_MONTHS_EN}|(?:{_MONTHS_ABBR})\.?|(?i:{_MONTHS_IT}))"


@dataclass(frozen=True, eq=False)
class DateWords:
    """The words of ``date_words.yaml``, checked, and the date pattern built from them."""

    deictic: Mapping[str, int]  # "yesterday" -> -1
    number_words: Mapping[str, int]
    units: Mapping[str, int]  # "weeks" -> 7
    directions: Mapping[str, int]  # "later" -> +1
    next_days: Mapping[str, int]  # "the next day" -> +1 from the date stated last
    seasons: Mapping[str, int]  # "autumn" -> 9, the month it starts (it lasts three)
    quarters: Mapping[str, int]  # "fourth" -> 4
    day_words: Mapping[str, int]  # "due" -> 2 (a day of the month in words, before the month)
    same_day: tuple[str, ...]  # "the same day": the day the article stated last
    same_month: tuple[str, ...]  # "earlier in the month": the month of the date the article stated last
    day_parts: frozenset[str]  # "in mattinata": the publication day's part, or that of a day the sentence named
    from_story: frozenset[str]  # "ago", "fa": directions counted from the story's day
    weekday_name: re.Pattern[str]  # any weekday's name, English or Italian
    pattern: re.Pattern[str]
    gate: re.Pattern[str]  # a word or digit every date expression holds: most sentences need no full scan
    gate_tail: re.Pattern[str]  # (and the one shape of it no automaton reads, a year after a letter's dash: "Rubezh-2024")
    seasonal: re.Pattern[str]  # a season or a quarter, read apart: few sentences name one
    seasonal_gate: re.Pattern[str]
    month_gate: re.Pattern[str]  # a month's, season's or quarter's name: all a year-less calendar match can rest on
    ahead_before: re.Pattern[str]  # a verb of the future just before a weekday: "will hold talks on Monday"
    ahead_after: re.Pattern[str]  # and just after it: "on Monday will hold", "lunedì si terrà"

    def counted_from_story(self, text: str) -> bool:
        """True when a date's words name a weekday or a day counted from the story's ("on Tuesday", "yesterday")."""
        match = self.pattern.search(text)
        return match is not None and _kind(match) in ("weekday", "deictic")

    @cached_property
    def gates(self) -> prefilter.Prefilter:
        """``gate`` and ``seasonal_gate`` in one automaton: each is tried only where one of its words stands."""
        return prefilter.Prefilter((self.gate, self.seasonal_gate), shortest=1)

    def may_hold_date(self, text: str, start: int = 0) -> bool:
        """Whether ``text`` (from ``start``) holds a word or a year that every date expression holds (``gate`` or
        ``gate_tail``): where it holds none, no date is sought."""
        return prefilter.search(self.gates, 0, text, start) is not None or self.gate_tail.search(text, start) is not None

    def may_hold_season(self, text: str) -> bool:
        """Whether ``text`` holds a season's, a quarter's or a half's word (``seasonal_gate``)."""
        return prefilter.search(self.gates, 1, text) is not None

    @cached_property
    def starts(self) -> prefilter.Prefilter:
        """The words and digits every match of ``pattern`` opens with, in one automaton: the pattern is tried
        only where one stands (built once per process)."""
        return prefilter.Prefilter((self.pattern,), shortest=1)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> DateWords:
        """Check the file's data and build the pattern; a problem raises ``WordsError`` naming the key."""
        maps = {key: _numbers(data, key) for key in ("deictic", "number_words", "units", "directions", "next_days", "seasons", "quarters", "day_words")}
        months = languages(data, "months")
        weekdays = languages(data, "weekdays")
        for key, value in (("months", months), ("weekdays", weekdays)):
            if set(value) != {"en", "it"}:
                raise WordsError(f"'{key}' needs en and it")
        month = (
            # (an abbreviation with no full stop before a capitalised word is a name, not a month: "nel Mar Nero", "Jan
            # Kowalski")
            rf"(?:{_names(months['en'], 'months.en')}|(?:{_names(data.get('month_abbreviations'), 'month_abbreviations')})(?:\.|(?!\s+(?-i:[A-Z][a-z])))"
            rf"|(?i:{_names(months['it'], 'months.it')}))"
        )
        # Italian names are lowercase in running text and capitalised only to open a sentence: any case
        weekday = f"{_names(weekdays['en'], 'weekdays.en')}|(?i:{_names(weekdays['it'], 'weekdays.it')})"
        parts = alternation(word_list(data, "month_parts"))
        numbers = alternation(list(maps["number_words"]))
        vague = alternation(word_list(data, "vague_numbers"))
        anchors = [
            *months["en"], *months["it"], *data["month_abbreviations"], *weekdays["en"], *weekdays["it"], *maps["units"],
            *(key.split()[-1] for key in maps["deictic"]), *(key.split()[-1] for key in maps["next_days"]), *_GRAMMAR_ANCHORS,
            "day", "giorno", "giornata", *maps["seasons"], "quarter", "trimestre", "half", "metà",
        ]
        same_day = word_list(data, "same_day")
        same_month = word_list(data, "same_month")
        # every expression holds one of these words, or a year "in 2002" or in a name ("Rubezh-2024"): a
        # sentence with numbers but none of them ("2,500 troops") skips the full pattern
        gate = re.compile(rf"\b(?:{alternation(anchors)})|\b(?:in|nel|del|dal|of|the|a|an|during|throughout|for|il|since|between)\s+(?:19|20)\d\d|['’]s\s+(?:19|20)\d\d|\bQ[1-4]\s*(?:19|20)\d\d|\b(?:{parts})[\s-](?:19|20)\d\d|[—–]\s(?:19|20)\d\d|\((?:19|20)\d\d\)"
                          r"|\d(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:19|20)\d\d",
                          re.IGNORECASE)
        seasons, quarters = alternation(list(maps["seasons"])), alternation(list(maps["quarters"]))
        named = [*months["en"], *months["it"], *data["month_abbreviations"], *maps["seasons"], "quarter", "trimestre"]
        ahead = word_map(data, "weekday_ahead")
        return cls(ahead_before=patterns(ahead, "before", "weekday_ahead."), ahead_after=patterns(ahead, "after", "weekday_ahead."),
                   **maps, same_day=same_day, same_month=same_month, day_parts=frozenset(word_list(data, "day_parts")), from_story=frozenset(word_list(data, "from_story")),
                   weekday_name=re.compile(rf"\b(?:{weekday})\b"), pattern=_date_pattern(month, weekday, parts, numbers, vague, maps, same_day, same_month), gate=gate,
                   gate_tail=re.compile(r"[A-Za-z][-–](?:19|20)\d\d", re.IGNORECASE),
                   seasonal=_seasonal_pattern(seasons, quarters), seasonal_gate=re.compile(rf"\b(?:{seasons}|quarter|trimestre|half|metà|Q[1-4]\s*(?:19|20)\d\d|(?:end|beginning|start|fine|inizio)\s+(?:of|dell?|dello))\b",
                                                                                       re.IGNORECASE),
                   month_gate=re.compile(rf"\b(?:{alternation(named)})", re.IGNORECASE))


#: How many days "a few" stands for when it shifts a date (only the month of the result is kept).
_FEW_DAYS = 4

#: A story known only to its month may have been filed on its last day: dates up to 90 days after that are near.
_STORY_MONTH_DAYS = 30

#: The nouns of the grammar's own relative expressions ("last year", "il mese scorso", "this week").
_GRAMMAR_ANCHORS = ("year", "anno", "anni", "month", "mese", "mesi", "week", "settimana", "days", "giorni")


def _numbers(data: Mapping[str, Any], key: str) -> dict[str, int]:
    value = word_map(data, key)
    if not all(isinstance(number, int) and not isinstance(number, bool) for number in value.values()):
        raise WordsError(f"'{key}' must map words to whole numbers")
    return value


def _names(value: Any, key: str) -> str:
    """Names matched as written (the pattern decides case), longest first."""
    if not isinstance(value, list) or not value or not all(isinstance(item, str) and item for item in value):
        raise WordsError(f"'{key}' must be a non-empty list of names")
    return "|".join(re.escape(item) for item in sorted(value, key=len, reverse=True))


def _last_year(name: str) -> str:
    """A day and month said to be last year's or next year's: "August 16 last year", "il 16 agosto dell'anno scorso",
    "in October next year", "a ottobre dell'anno prossimo"."""
    return (rf"(?P<{name}>\s+(?i:of\s+)?(?i:last\s+year|dell['’]\s*anno\s+scorso|dello\s+scorso\s+anno"
            rf"|next\s+year|dell['’]\s*anno\s+prossimo|del\s+prossimo\s+anno))?")


def _date_pattern(
    month: str, weekday: str, parts: str, numbers: str, vague: str, maps: Mapping[str, Mapping[str, int]], same_day: Sequence[str],
    same_month: Sequence[str] = (),
) -> re.Pattern[str]:
    deictic = alternation(list(maps["deictic"]))
    units = alternation(list(maps["units"]))
    directions = alternation(list(maps["directions"]))
    return re.compile(
        # ("from the second to the ninth of May": a range of words, dated by its start as "1-6 September" is; and "da
        # martedì 4 fino al 9 luglio", "from 3 until 8 May")
        rf"(?P<explicit>\b(?:(?:(?:(?P<d0>\d{{1,2}})(?:st|nd|rd|th|°|º)?|(?:(?i:the)\s+)?(?P<d0w>(?i:{alternation(list(maps['day_words']))})))(?:\s*[-–]\s*|\s+(?i:to|and|e|al|all['’]|-|fino\s+al|fino\s+all['’]|until|till|through)\s*)(?:(?i:the|il|l['’])\s*)?)?(?:(?P<d1>\d{{1,2}})(?:st|nd|rd|th|°|º)?|(?<![\w'’])(?P<d1w>(?i:{alternation(list(maps['day_words']))})))(?:\s+(?:di|of))?\s+(?P<m1>{month})(?:,?\s+(?P<y1>(?:19|20)\d{{2}}))?{_last_year('ly1')}"
        # ("the 2008 March 1 unrest"; and a second day before the year: "March 1 and 2, 2008", "March 1-2, 2008")
        rf"|(?:(?P<y0>(?:19|20)\d{{2}})\s+)?(?P<m2>{month})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?"
        rf"(?:(?:\s*[-–]\s*|\s+(?i:and|e|to|through)\s+)\d{{1,2}}(?:st|nd|rd|th)?(?=,?\s+(?:19|20)\d{{2}}\b))?\b(?:,?\s+(?P<y2>(?:19|20)\d{{2}}))?{_last_year('ly2')}"
        # ("the November (2022) session": a year in brackets after the month is still its year)
        rf"|(?:(?P<last>(?i:last|this\s+past|(?:lo\s+|nello\s+)?scors[oa]))\s+)?(?:(?P<part>(?i:{parts}))[\s-]+(?:(?:of|di)\s+)?)?(?P<m3>{month})(?:,?\s+\(?(?P<y3>(?:19|20)\d{{2}}))?(?:\s+(?P<last2>scors[oa]))?(?:\s+(?i:di\s+quest['’]anno|(?:of\s+)?this\s+year))?{_last_year('ly3')}"
        # "In 2002, …" opens a sentence too; "le esercitazioni del 2011"; a part of the year: "in late 2015", "by the mid-2010"
        # (and a span of years, dated by its first: "between 1992 and 1994", "tra il 1992 e il 1994")
        # (and a translation's "on 2008", not a measure's "on 2008 levels")
        rf"|(?i:(?:in|by|during|until|throughout|nel|del|of)\s+(?:the\s+)?(?:{parts})[\s-]|(?:in|nel|del|dal|of|during|throughout|since|between(?=\s+(?:19|20)\d{{2}}\s+and\s+(?:19|20)\d{{2}}\b)|(?:tra|fra)\s+il(?=\s+(?:19|20)\d{{2}}\s+(?:e\s+il|al)\s+(?:19|20)\d{{2}}\b)|on(?=\s+(?:19|20)\d{{2}}\b(?![\s-]+(?:levels?|data|figures|prices|budgets?|rates?|terms?)\b)))\s"
        # (or the year a plan is set for: "the withdrawal, scheduled for 2014", "il ritiro previsto per il 2014")
        rf"|(?:scheduled|planned|slated|set|due)\s+for\s|(?:previst|programmat|fissat|pianificat)[oaie]\s+per\s+il\s)\s*(?P<y4>(?:19|20)\d{{2}})"
        # a year that names what follows it: "the 2025 joint exercises" (not "the 2000 troops" of a count: 1980-2039 only)
        # (and after its owner's possessive: "Azerbaijan's 2023 military operation")
        # (or what a name between them calls so: "the 2020 Nagorno-Karabakh war", "the 2010 Osh riots")
        rf"|(?:(?i:the|a|an)\s+|(?<=['’]s\s))(?P<y7>(?:19[89]|20[0-3])\d)(?=\s+[a-z]|\s+(?:[A-Z][\w'’-]*\s+){{1,3}}"
        rf"(?:war|conflict|crisis|summit|session|elections?|exercises?|drills?|unrest|protests?|riots?|clashes)\b))\b"
        # the year in a drill's name: "Indestructible Brotherhood-2022", "«Fratellanza» — 2023" (the marks of a
        # short name may be blanked: "Fratellanza  — 2023")
        rf"|(?=(?:19|20)\d\d)(?:(?<=[A-Za-z][-–])(?P<y5>\d{{4}})|(?<=[\"”»\s]\s[—–]\s)(?P<y6>\d{{4}}))\b"
        # (a year alone in brackets after what it dates: "then Azerbaijan, Belarus and Georgia joined (1993)")
        rf"|(?<=\()(?P<y8>(?:19|20)\d{{2}})(?=\))"
        # (a picture caption's compact day: "… in Yerevan, 15Apr2016.", as one outlet's captions write it)
        rf"|\b(?P<d9>\d{{1,2}})(?P<m9>(?-i:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))(?P<y9>(?:19|20)\d{{2}})\b)"
        rf"|(?P<weekday>\b(?:{weekday})\b)"
        rf"|(?P<sameday>\b(?i:{alternation(list(same_day))})\b)"
        rf"|(?P<samemonth>\b(?i:{alternation(list(same_month)) or '(?!)'})\b)"
        rf"|(?P<deictic>\b(?i:{deictic})\b)"
        # ("the day after the summit", "il giorno prima del vertice" count from the summit, not from the last date)
        rf"|(?P<nextday>\b(?i:{alternation(list(maps['next_days']))})\b"
        rf"(?!(?:(?<=after)|(?<=before))\s+(?i:the|a|an)\b)(?!(?:(?<=dopo)|(?<=prima))\s+(?i:di|del|della|dello|dell['’]|dei|degli|delle)\b))"
        rf"|(?P<shift>\b(?i:(?P<n>{numbers}|\d+)\s+(?P<unit>{units})\s+(?P<dir>{directions})))"
        # ("21 anni fa", "three months ago": the year, or the month, counted back from the story's day)
        rf"|(?P<ago>\b(?i:(?P<agon>{numbers}|\d{{1,3}})\s+(?P<agounit>years?|anni|anno|months?|mesi|mese)\s+(?:ago|fa)))\b"
        rf"|(?P<ahead>\b(?i:(?:in|within|tra|fra|entro)\s+(?:the\s+next\s+|(?:i\s+)?prossimi\s+)?(?P<n2>{numbers}|\d+)\s+(?:days|giorni)))"
        rf"|(?P<vague>\b(?i:(?:{vague})\s+(?:days|giorni)\s+(?P<vdir>{directions})))\b"
        # ("signed the next year", "l'anno successivo": the year after the one the article last wrote out)
        rf"|(?P<yearafter>\b(?i:the\s+(?:next|following)\s+year|a\s+year\s+later|(?:del)?l['’]anno\s+(?:successivo|seguente|dopo)|un\s+anno\s+dopo"
        # (and a count of years: "ten years later", "dieci anni dopo")
        rf"|(?P<yearsn>\d{{1,2}}|{numbers})\s+(?:years\s+later|anni\s+dopo))\b)"
        rf"|(?P<lastyear>\b(?i:(?P<yearpart>early|late|earlier)\s+|(?:all['’]\s*inizio|alla\s+fine|agli\s+inizi)\s+(?:dello|dell['’])\s*)?"
        rf"(?i:last\s+year|this\s+year|next\s+year|l['’]anno\s+(?:scorso|prossimo)|(?:lo\s+)?scorso\s+anno|(?:il\s+)?prossimo\s+anno|quest['’]anno)\b)"
        rf"|(?P<monthrel>\b(?i:this\s+month|next\s+month|last\s+month|questo\s+mese|il\s+(?:prossimo\s+mese|mese\s+prossimo)"
        # (the current month told as its course: "più avanti nel corso del mese", "nel corso del mese", "entro fine mese")
        rf"|(?:più\s+avanti\s+)?nel\s+corso\s+del\s+mese|più\s+avanti\s+nel\s+mese|entro\s+(?:la\s+)?fine\s+(?:del\s+)?mese"
        rf"|(?:lo\s+)?scorso\s+mese|il\s+mese\s+scorso|(?:in|within|tra|fra|entro)\s+(?:a|one|un)\s+mese?|(?:in|within)\s+a\s+month)\b)"
        rf"|(?P<week>\b(?i:(?:earlier|later)\s+this\s+week|this\s+week|last\s+week|next\s+week|(?:la|della|nella)\s+(?:settimana\s+scorsa|scorsa\s+settimana)|questa\s+settimana"
        rf"|(?:in|within)\s+(?:a|one)\s+week(?:['’]s\s+time)?|(?:tra|fra|entro)\s+una\s+settimana)\b)"  # "in a week's time": the next week
        # a weekend, dated to its week: "over the weekend", "last weekend", "this past weekend", "nel fine settimana", "lo
        # scorso weekend" (the preposition is read behind it, so "the weekend" alone, a topic, is no time)
        rf"|(?P<weekend>\b(?i:(?:(?:this\s+)?past|last|this|next)\s+weekend|(?:(?<=over\s)|(?<=during\s)|(?<=at\s))the\s+(?:(?:last|past|next)\s+)?weekend"
        rf"|(?:lo\s+|nello\s+)?scorso\s+(?:fine\s+settimana|weekend)|(?:il\s+|nel\s+)?prossimo\s+(?:fine\s+settimana|weekend)|quest[o'’]\s*(?:fine\s+settimana|weekend)"
        rf"|(?:(?<=nel\s)|(?<=durante\s))(?:fine\s+settimana|weekend)(?:\s+(?:scorso|prossimo))?)\b)"
    )


def _seasonal_pattern(seasons: str, quarters: str) -> re.Pattern[str]:
    """A season, a quarter or a half, dated to its year (the coarsest precision that is true): "last autumn", "in the fall
    of 2023", "nell'estate scorsa", "in the fourth quarter of next year", "in the second half of 2023". A season needs a word that makes it a
    time ("this", "in", a year), so "prices fall" is none; the words before it are read by _SEASON_LEAD."""
    return re.compile(
        rf"(?P<season>(?<!\w)(?P<sname>(?i:{seasons}))(?:\s+(?i:of\s+|del\s+)?(?P<sy>(?:19|20)\d{{2}}))?(?:\s+(?P<srel2>(?i:scors[oa]|prossim[oa])))?\b)"
        # a half of a year, with its year or "of the year": "in the second half of 2023", "nella seconda metà dell'anno"
        # (and its end or its start, as true to the year: "at the end of the year", "alla fine dell'anno")
        rf"|(?P<half>\b(?:(?P<hname>(?i:first|second|prima|seconda))\s+(?i:half|metà)|(?P<hedge>(?i:end|beginning|start|fine|inizio)))\s+(?i:of|del(?:l['’])?|dello)\s*"
        rf"(?:(?P<hy>(?:19|20)\d{{2}})|(?P<hrel>(?i:next\s+year|this\s+year|last\s+year|the\s+(?:current\s+)?year|anno(?:\s+in\s+corso)?|(?:il\s+)?prossimo\s+anno|anno\s+prossimo|(?:lo\s+)?scorso\s+anno|anno\s+scorso)))\b)"
        rf"|(?P<quarter>\b(?P<qname>(?i:{quarters}))\s+(?i:quarter|trimestre)"
        rf"(?:\s+(?i:of|del(?:l['’])?|dello)\s*(?:(?P<qy>(?:19|20)\d{{2}})|(?P<qrel>(?i:next\s+year|this\s+year|last\s+year|(?:il\s+)?prossimo\s+anno|anno\s+prossimo|quest['’]anno|(?:lo\s+)?scorso\s+anno|anno\s+scorso))))?\b)"
        # a quarter in its short form, with its year: "in Q4 2022", "nel Q1 2023"
        rf"|(?P<qshort>\bQ(?P<qnum>[1-4])\s*(?P<qsy>(?:19|20)\d{{2}})\b)"
    )


_PARSE_LOCK = threading.Lock()

#: The words between a range's start and its end ("October 3 to October 8", "dal 3 settembre al 6 ottobre").
_RANGE_END = re.compile(r"\s*(?:[-–]|to|till|until|through|al|all['’]|fino\s+al(?:l['’])?)\s*", re.IGNORECASE)


#: The words between the two dates of a pair: "Thursday and Friday", "nel 2021 e nel 2022".
_PAIR = re.compile(r"\s+(?:and|e|or|o)\s+", re.IGNORECASE)
#: The dash between the two months of a range: "April-May", "aprile – maggio".
_MONTH_DASH = re.compile(r"\s*[-–]\s*")


def _kind(match: re.Match[str]) -> str | None:
    return next((name for name in ("explicit", "weekday", "deictic") if match.group(name)), None)


@dataclass(frozen=True)
class DateFound:
    """A resolved date expression: the words, the date (or None), its precision, and how sure we are."""

    text: str
    start: int
    end: int
    date: dt.date | None
    precision: str
    confidence: float
    explicit_year: bool = False
    ahead: bool = False  # the words name a time still to come, which a date at year precision cannot show


def make_event_date_parser() -> DateDataParser:
    """A dateparser for English and Italian expressions; build once per process."""
    return DateDataParser(languages=["en", "it"], try_previous_locales=True, settings={"PREFER_DAY_OF_MONTH": "first", "RETURN_TIME_AS_PERIOD": False})


@functools.lru_cache(maxsize=16384)
def _parse(parser: DateDataParser, text: str, base: dt.date, prefer: str = "current_period") -> tuple[dt.date | None, str]:
    # The answer depends only on these four, and dateparser spends about a millisecond a call guessing the
    # locale, so answers are remembered: news repeats its date expressions ("on 10 January") many times.
    # One parser serves every base: dateparser reads these settings at each call. The lock keeps two
    # threads of one worker from parsing against each other's base.
    with _PARSE_LOCK:
        settings: Any = parser._settings
        settings.RELATIVE_BASE = dt.datetime.combine(base, dt.time())
        settings.PREFER_DATES_FROM = prefer
        data = parser.get_date_data(text)
    if data.date_obj is None:
        return None, "unknown"
    return data.date_obj.date(), str(data.period or "day")


def find_dates(
    words: DateWords,
    sentence: str,
    parser: DateDataParser,
    base: dt.date | None,
    anchor: dt.date | None,
    year_hint: int | None,
    future: bool = False,
    context_year: int | None = None,
    story_month: dt.date | None = None,
    story_year: dt.date | None = None,
) -> list[DateFound]:
    """Return each date expression of a sentence, resolved.

    ``base`` is the publication date (for deictic words and weekdays), ``anchor`` the last date the article
    stated (for "a day later"), ``year_hint`` a year inferred from context for dates written without one, and
    ``context_year`` the last year the article wrote out, which a year-less past date after ``base`` takes
    ("In January 2022, … on January 19", in a 2024 article). ``story_month`` is the month of publication when no day is
    known: "lo scorso aprile" in a January story is the April before; ``story_year`` the first day of the year of
    publication when only that is known, which a weekday or "today" then names ("on Thursday" in a 2022 story: 2022).
    """
    found: list[DateFound] = []
    if not words.may_hold_date(sentence):
        return found
    if words.may_hold_season(sentence):
        # (in a story known only to its month, "last summer" is counted from that month)
        found.extend(_seasons(words, sentence, base or anchor or story_month, year_hint))
    seasonal = found[:]
    matches = list(prefilter.finditer(words.starts, 0, sentence))
    for number, match in enumerate(matches):
        following = matches[number + 1] if number + 1 < len(matches) else None
        if match.group("weekday") and following is not None and following.group("explicit") and not sentence[match.end() : following.start()].strip(" ,"):
            continue  # "lunedì 23 agosto", "Monday, August 23": the date names the day; the weekday only repeats it
        text = match.group(0).strip(" ,")
        previous = matches[number - 1] if number else None
        if (previous is not None and found and found[-1].start == previous.start() and found[-1].date is not None
                and not found[-1].explicit_year and previous.group("m3") and match.group("m3") and match.group("y3")
                and _MONTH_DASH.fullmatch(sentence, previous.end(), match.start())):
            # ("April-May 2021": a range of months, dated by its first, in the year written after the second)
            with contextlib.suppress(ValueError):  # (29 February of a year that has none keeps its first reading)
                found[-1] = replace(found[-1], text=sentence[found[-1].start : match.end()].strip(" ,"), end=match.end(),
                                    date=found[-1].date.replace(year=int(match.group("y3"))), explicit_year=True)
            continue
        if match.group("explicit") and previous is not None and previous.group("explicit") and _RANGE_END.fullmatch(sentence[previous.end() : match.start()]):
            continue  # "from October 3 to October 8": the range is dated by its start
        if previous is not None and _PAIR.fullmatch(sentence[previous.end() : match.start()]) and _kind(previous) == _kind(match):
            if found and found[-1].start == previous.start():
                # (the first reaches over the second, so a year written after the pair is both's: "in September and
                # October of 2015")
                found[-1] = replace(found[-1], text=sentence[found[-1].start : match.end()].strip(" ,"), end=match.end())
            continue  # "on Thursday and Friday", "nel 2021 e nel 2022": a pair of the same kind is dated by its first
        if not text or (match.group("m3") and match.group("m3").rstrip(".") == "May" and not match.group("y3") and not match.group("part")
                        and not _MONTH_AFTER.search(sentence, max(0, match.start() - 12), match.start())):
            continue  # "may" as a verb is no date ("in May", "since May" are)
        # "announced on 11 January that they would leave within two days": counted from the day the sentence names
        said = next((f.date for f in reversed(found) if f.precision == "day" and f.date is not None), None)
        start = said if said is not None and match.group("ahead") else base
        if (said is not None and base is not None and said < base and match.group("weekday") and _SAID_BEFORE.search(sentence, 0, match.start())
                and _ahead(words, match)):
            # ("announced on Wednesday that the forces would begin leaving on Thursday", told on a Saturday: the Thursday
            # after the day it was said, not after the story's)
            start = said
        # "il 5 gennaio …, e il giorno dopo …": the day after the one the sentence named (and "on 5 May …, and that same
        # day": the day the sentence named)
        since = said if said is not None and (match.group("nextday") or match.group("sameday") or match.group("samemonth")) else anchor
        if said is not None and match.group("deictic") and re.sub(r"\s+", " ", text.lower()) in words.day_parts:
            found.append(DateFound(text, match.start(), match.end(), said, "day", 0.7, False))
            continue  # "venerdì … concordata in mattinata": that Friday's morning, not the story's
        # ("formed in 1992 …, joined by X the following year": the year after the one the sentence wrote out)
        written = next((f.date.year for f in reversed(found) if f.explicit_year and f.date is not None), None) if match.group("yearafter") else None
        day_before = found[-1] if found and match.group("yearafter") else None
        if (day_before is not None and day_before.date is not None and not day_before.explicit_year and day_before.precision in ("month", "day")
                and _OF_BETWEEN.fullmatch(sentence, day_before.end, match.start()) and (written or context_year or base or story_month)):
            # ("from 3 March of the following year", "il 3 marzo dell'anno successivo": that day, in the year after the one
            # the article wrote last, else after the story's)
            story = base or story_month
            year = (written or context_year or (story.year if story is not None else 0)) + 1
            with contextlib.suppress(ValueError):  # (29 February of a year that has none)
                found[-1] = replace(day_before, text=sentence[day_before.start : match.end()], end=match.end(),
                                    date=day_before.date.replace(year=year), ahead=False)
            continue
        resolved = _resolve(words, match, text, parser, start, since, year_hint, future, written or context_year, story_month, story_year)
        if resolved is not None and not any(s.start < match.end() and match.start() < s.end for s in seasonal):
            found.append(DateFound(text, match.start(), match.end(), *resolved))
    found = _of_year(sentence, found, context_year)
    found = [_year_edge(sentence, f) for f in found]
    return sorted(found, key=lambda f: f.start) if seasonal else found


#: The first or last days or weeks of a year, before the year's words: "since the first days of ", "nei primi giorni
#: del ", "in the final weeks of ".
_YEAR_EDGE = re.compile(r"\b(?:(?P<first>first|opening|early|primi|prime)|(?P<last>last|final|closing|ultimi|ultime))\s+(?:few\s+)?"
                        r"(?:days|weeks|giorni|settimane)\s+(?:(?:of|del(?:l['’]\s*)?|dell['’])\s*)?(?:the\s+)?$", re.IGNORECASE)


def _year_edge(sentence: str, found: DateFound) -> DateFound:
    """"the first days of this year" is in January, "the last weeks of 2021" in December: the month, not the year."""
    edge = _YEAR_EDGE.search(sentence, max(0, found.start - 40), found.start) if found.precision == "year" and found.date is not None else None
    if edge is None or found.date is None:
        return found
    return replace(found, date=found.date.replace(month=1 if edge.group("first") else 12, day=1), precision="month")


def _of_year(sentence: str, found: list[DateFound], context_year: int | None = None) -> list[DateFound]:
    """"in August of 2014": a month (or a day) with no year of its own and the year written right after it, "of 2014", are
    one date, in that year. "in October of the same year" is in the year the article wrote last, and no date at all
    when it wrote none (the year the words point back to is not the story's)."""
    merged: list[DateFound] = []
    for date in found:
        same = _SAME_YEAR.match(sentence, date.end) if not date.explicit_year and date.precision in ("month", "day") else None
        if same is not None and date.date is not None:
            if context_year is None:
                # (a time the sentence gives but that cannot be dated: kept, so the event is not the story's news)
                merged.append(replace(date, text=sentence[date.start : same.end()], end=same.end(), date=None, precision="unknown"))
                continue
            try:
                date = replace(date, text=sentence[date.start : same.end()], end=same.end(), date=date.date.replace(year=context_year), explicit_year=True)
            except ValueError:
                continue
        before = merged[-1] if merged else None
        if (before is not None and before.date is not None and date.date is not None and not before.explicit_year
                and before.precision in ("month", "day") and date.precision == "year" and date.explicit_year
                and not sentence[before.end : date.start].strip() and date.text.lower().startswith(("of", "del"))):
            try:
                moved = before.date.replace(year=date.date.year)
            except ValueError:  # (29 February of a year that has none)
                merged.append(date)
                continue
            merged[-1] = replace(before, text=sentence[before.start : date.end], end=date.end, date=moved, explicit_year=True, ahead=False)
            continue
        merged.append(date)
    return merged


#: What stands between a day and "the following year" that places it: " of ", or nothing ("dell'anno successivo" holds its
#: own preposition, read by the year's pattern).
_OF_BETWEEN = re.compile(r"\s*(?:of\s+)?", re.IGNORECASE)
#: "of the same year", "dello stesso anno" right after a month or a day.
_SAME_YEAR = re.compile(r"\s+(?:of\s+the\s+same\s+year|(?:dello|nello)\s+stesso\s+anno)\b", re.IGNORECASE)


def _seasons(words: DateWords, sentence: str, reference: dt.date | None, year_hint: int | None) -> list[DateFound]:
    """The seasons and quarters of a sentence, each with the words before it that make it a time."""
    found = []
    for match in words.seasonal.finditer(sentence):
        lead = sentence[max(0, match.start() - 20) : match.start()]
        resolved = _season(words, match, lead, reference, year_hint)
        if resolved is not None:
            before = _SEASON_LEAD.search(lead) if match.group("season") else None  # "last autumn": the words are the date's too
            begin = match.start() - len(before.group(0)) if before else match.start()
            found.append(DateFound(sentence[begin : match.end()].strip(" ,"), begin, match.end(), *resolved))
    return found


def _ahead(words: DateWords, match: re.Match[str]) -> bool:
    """True when a verb of the future stands right next to the weekday ``match`` found: the next such day."""
    sentence = match.string
    if words.ahead_before.search(sentence, max(0, match.start() - _AHEAD_REACH), match.start()):
        return True
    # (a verb of the future after the weekday is not its tense when a verb of the past tells the weekday in its own
    # clause: "X, who arrived in the capital on Monday, is expected to hold talks" is the Monday before)
    # (nor when a verb of saying tells it: "X announced on Tuesday that the troops will leave" is the Tuesday gone by)
    return bool(words.ahead_after.match(sentence, match.end(), match.end() + 220)
                and not _PAST_IN_CLAUSE.search(sentence, max(0, match.start() - 80), match.start())
                and not _SAYING_RIGHT_BEFORE.search(sentence, max(0, match.start() - 30), match.start()))


#: A verb of saying before a clause that says what is to come: "announced …", "said …", "ha annunciato …".
_SAID_BEFORE = re.compile(r"\b(?:said|announced|stated|declared|told|confirmed|reported|noted|ha\s+(?:detto|annunciato|dichiarato|affermato|confermato))\b",
                          re.IGNORECASE)
#: The word before a weekday that says it is the one gone by: "last Sunday".
_LAST_WEEKDAY = re.compile(r"\blast\s+$", re.IGNORECASE)
#: And the Italian word after it: "domenica scorsa", "lunedì passato".
_WEEKDAY_LAST = re.compile(r"\s+(?:scors[oa]|passat[oa])\b", re.IGNORECASE)
#: How far before a weekday its verb of the future is looked for.
_AHEAD_REACH = 160
#: A verb of the past in the clause right before a weekday: "who arrived in the capital on ", "che è arrivato a Dushanbe "
#: (not a participle of what is planned: "scheduled", "expected").
_PAST_IN_CLAUSE = re.compile(r"\b(?:(?!(?:schedul|expect|plann|slat|propos|announc|intend)ed\b)\w{3,}ed|met|held|flew|came|left|said|told|took|spoke|"
                             r"began|ran|went|broke|sent|"
                             r"(?:è|sono|ha|hanno)\s+\w+(?:at[oaie]|it[oaie]|ut[oaie]))\b[^,;:.]*$", re.IGNORECASE)
#: A verb of saying in the past right before a weekday: "announced on ", "told reporters on ".
_SAYING_RIGHT_BEFORE = re.compile(r"\b(?:announced|declared|stated|confirmed|reported|revealed|claimed|insisted|warned|"
                                  r"told\s+(?:\w+\s+){0,2}?)\s*(?:on\s+)?$", re.IGNORECASE)
#: "within two days", "entro due giorni" (not "within the next two days", "in two days"): after a verb of the past and
#: none of the future it says how long something took, not when.
_WITHIN = re.compile(r"(?i:within|entro)\s+(?!the\s+next\b|i\s+prossimi\b)")
#: How far before a date its verb's tense is read.
_TENSE_REACH = 80
_PAST_BEFORE = re.compile(r"\b(?i:\w{3,}ed|was|were|took|flew|sent|brought|(?:ha|hanno)\s+\w+(?:ato|ito|uto))\b")
#: (or a plan's date right before: "an exercise scheduled for September", "the visit planned for May")
_FUTURE_BEFORE = re.compile(r"\b(?i:will|would|shall|going\s+to|(?:is|are)\s+to|(?:expected|planned|scheduled|due)\s+to|plans?\s+to|must"
                            r"|(?:scheduled|planned|slated|set|due)\s+for\s+(?:(?:early|mid|late|the\s+end\s+of)[\s-]+)?$)|(?<=\w)(?:rà|ranno)\b")
#: A count of days followed by what filled them: " of clashes", " di combattimenti".
_OF_AFTER = re.compile(r"\s+(?:of|di)\s", re.IGNORECASE)
#: What the counted shift after it measures from: "came a day after" (what follows is a day before the subject).
CAME_SHIFT = re.compile(r"\b(?:came|comes|arrived|arrives)\s+(?:just\s+|only\s+)?$", re.IGNORECASE)


def _resolve(
    words: DateWords,
    match: re.Match[str],
    text: str,
    parser: DateDataParser,
    base: dt.date | None,
    anchor: dt.date | None,
    year_hint: int | None,
    future: bool,
    context_year: int | None = None,
    story_month: dt.date | None = None,
    story_year: dt.date | None = None,
) -> tuple[dt.date | None, str, float, bool] | None:
    if match.group("explicit"):
        return _explicit(match, parser, base, anchor, year_hint, future, context_year, story_month, words.day_words, story_year)
    reference = base or anchor
    if match.group("deictic"):
        reference = base  # "today" is the publication day, never a date the article mentioned
        if base is None and anchor is not None and story_month is not None and anchor.replace(day=1) == story_month:
            # (in a story known only to its month, the day it last named within that month is the best guess at its
            # day: "said on Tuesday 12 March … will arrive tomorrow")
            reference = anchor
    if match.group("weekday") or match.group("deictic"):
        if reference is None and story_month is not None:
            return story_month, "month", 0.6, False  # "on Thursday" in a story known only to its month: that month
        if reference is None and story_year is not None:
            return story_year, "year", 0.4, False  # (and in one known only to its year: that year)
        if reference is None:
            return None, "unknown", 0.3, False
        if match.group("deictic"):  # the words fix the day: no parser needed
            shift = words.deictic.get(re.sub(r"\s+", " ", match.group("deictic").lower()), 0)
            return reference + dt.timedelta(days=shift), "day", 0.85, False
        # the base day itself counts: "said on Thursday" in a Thursday article is that day, and "will open on
        # Monday" in a Monday one
        if _ahead(words, match):
            day, _ = _parse(parser, match.group(0), reference - dt.timedelta(days=1), "future")
        elif _LAST_WEEKDAY.search(match.string, max(0, match.start() - 8), match.start()) or _WEEKDAY_LAST.match(match.string, match.end()):
            # (not the base day when the words say the one before it: "last Sunday" in a Sunday story is a week back)
            day, _ = _parse(parser, match.group(0), reference, "past")
        else:
            day, _ = _parse(parser, match.group(0), reference + dt.timedelta(days=1), "past")
        if base is None and story_month is not None and day is not None and day != reference:
            # in a story known only to its month, the weekday is the day the article last named when it is that day's
            # ("said on March 7 … ended on Friday"); any other weekday only tells the month, not a day counted back
            # from a date that is often an earlier event's ("the fighting of 12-13 September … declined on Wednesday")
            return story_month, "month", 0.6, False
        return (day, "day", 0.85 if base else 0.6, False) if day else None
    if match.group("samemonth"):
        # ("told reporters on 19 October that he had discussed it earlier in the month": that date's month)
        month = anchor or base or story_month
        return (month.replace(day=1), "month", 0.6, False) if month else (None, "unknown", 0.3, False)
    if match.group("sameday"):
        day = anchor or base
        return (day, "day", 0.7 if anchor else 0.5, False) if day else (None, "unknown", 0.3, False)
    if match.group("nextday"):
        start = anchor or base
        if start is None:
            return None, "unknown", 0.3, False
        return start + dt.timedelta(days=words.next_days.get(text.lower().replace("’", "'"), 1)), "day", 0.7, False
    if match.group("shift"):
        # ("una settimana fa", "two days ago": counted back from the story's day, not from the date stated last)
        start = (base or anchor) if match.group("dir").lower() in words.from_story else (anchor or base)
        if start is None and story_month is not None and match.group("dir").lower() in words.from_story and words.units.get(match.group("unit").lower(), 1) < 7:
            return story_month.replace(day=1), "month", 0.4, False  # ("due giorni fa" in a story known to its month: that month)
        if start is None:
            return None, "unknown", 0.3, False
        count = words.number_words.get(match.group("n").lower()) or int(match.group("n"))
        delta = dt.timedelta(days=count * words.units.get(match.group("unit").lower(), 1))
        forward = words.directions.get(match.group("dir").lower(), 1) > 0
        if CAME_SHIFT.search(match.string, max(0, match.start() - 24), match.start()):
            forward = not forward  # "the statement came a day after the decision": the decision is a day before it
        shifted = start + delta if forward else start - delta
        if words.units.get(match.group("unit").lower(), 1) % 7 == 0:
            # "a week later", "two weeks before": the week it falls in, not a day (its Monday, as for "last week")
            return shifted - dt.timedelta(days=shifted.weekday()), "week", 0.7, False
        return shifted, "day", 0.75, False
    if match.group("vague"):
        start = anchor or base
        if start is None and story_month is not None and match.group("vdir").lower() in words.from_story:
            return story_month.replace(day=1), "month", 0.4, False  # ("pochi giorni fa" in a story known to its month: that month)
        if start is None:
            return None, "unknown", 0.3, False
        shifted = start + dt.timedelta(days=_FEW_DAYS * words.directions.get(match.group("vdir").lower(), 1))
        return shifted.replace(day=1), "month", 0.6, False  # "a few days before 10 October": that October
    if match.group("ahead"):
        if _OF_AFTER.match(match.string, match.end()):
            return None  # "in 44 days of clashes": how long something lasted, no time at all
        if base is None:
            return None, "unknown", 0.3, False
        if (_WITHIN.match(text) and _PAST_BEFORE.search(match.string, 0, match.start())
                and not _FUTURE_BEFORE.search(match.string, 0, match.start())):
            return None, "unknown", 0.3, False  # "airlifted 500 paratroopers within two days": how long it took, not when
        count = words.number_words.get(match.group("n2").lower()) or int(match.group("n2"))
        return base + dt.timedelta(days=count), "day", 0.75, False
    if match.group("ago"):
        if base is None:
            return None, "unknown", 0.3, False
        count = words.number_words.get(match.group("agon").lower()) or int(match.group("agon"))
        if match.group("agounit").lower().startswith(("year", "ann")):
            return dt.date(base.year - count, 1, 1), "year", 0.7, False
        months = base.year * 12 + base.month - 1 - count
        return dt.date(months // 12, months % 12 + 1, 1), "month", 0.7, False
    if match.group("yearafter"):
        if context_year is None:
            return None, "unknown", 0.3, False  # the year after which year? none the article wrote out
        written_count = match.group("yearsn")
        years = 1 if written_count is None else (int(written_count) if written_count.isdigit() else words.number_words.get(written_count.lower(), 0))
        return (dt.date(context_year + years, 1, 1), "year", 0.7, False) if years else None
    if match.group("lastyear"):
        # ("this year", "last year" are the story's, as "today" is: not counted from a date the article named, "the 1
        # March 2008 case … charges were brought in July this year" in a story of 2018)
        story = base or story_month
        this_year = story.year if story else (reference.year if reference else year_hint)
        if this_year is None:
            return None, "unknown", 0.3, False
        lowered = text.lower()
        offset = 0 if ("this" in lowered or "quest" in lowered) else (-1 if ("next" in lowered or "prossimo" in lowered) else 1)
        return dt.date(this_year - offset, 1, 1), "year", 0.75 if reference else 0.5, False
    if match.group("monthrel"):
        lowered = text.lower()
        ahead = 30 if any(w in lowered for w in ("next", "prossimo", "in a", "within", "tra", "fra", "entro")) and "fine" not in lowered else 0
        back = 30 if ("last" in lowered or "scorso" in lowered) else 0
        if reference is None and story_month is not None:
            # "il mese scorso" in a story known only to its month: the month before it (a month's middle, so that
            # thirty days land in the next or the last month)
            middle = story_month.replace(day=15) + dt.timedelta(days=ahead - back)
            return middle.replace(day=1), "month", 0.6, False
        if reference is None:
            return None, "unknown", 0.3, False
        day = reference + dt.timedelta(days=ahead - back)
        return day.replace(day=1), "month", 0.7, False
    if match.group("week"):
        if base is None and story_month is not None:
            return story_month, "month", 0.6, False  # "last week" in a story known only to its month: that month
        if reference is None:
            return None, "unknown", 0.3, False
        lowered = text.lower()
        ahead = any(w in lowered for w in ("next", "in a", "in one", "within", "tra una", "fra una", "entro"))
        shift = -7 if "last" in lowered or "scorsa" in lowered else (7 if ahead else 0)
        monday = reference - dt.timedelta(days=reference.weekday()) + dt.timedelta(days=shift)
        return monday, "week", 0.7, False
    if match.group("weekend"):
        return _weekend(words, match, text, base, reference, story_month)
    return None


def _weekend(words: DateWords, match: re.Match[str], text: str, base: dt.date | None, reference: dt.date | None,
             story_month: dt.date | None) -> tuple[dt.date | None, str, float, bool]:
    """A weekend, as the week it ends (its Monday, precision "week"): the one just gone on or before the story's day, the
    coming one when the words or the verb look ahead ("next weekend", "will meet this weekend"), and the one before the
    story's own weekend when it says "last" on a Saturday or a Sunday. In a story known only to its month: that month."""
    if base is None and story_month is not None:
        return story_month, "month", 0.6, False
    if reference is None:
        return None, "unknown", 0.3, False
    lowered = text.lower()
    gone = any(word in lowered for word in ("last", "past", "scorso"))
    ahead = "next" in lowered or "prossimo" in lowered or (not gone and _ahead(words, match))
    if ahead:
        saturday = reference + dt.timedelta(days=(5 - reference.weekday()) % 7)
    else:
        saturday = reference - dt.timedelta(days=(reference.weekday() - 5) % 7)
        if gone and reference.weekday() >= 5:
            saturday -= dt.timedelta(days=7)  # "last weekend", said on a weekend: the one before
    return saturday - dt.timedelta(days=5), "week", 0.7, False


#: A preposition that makes a capitalised "May" the month: "in May", "since May", "by May" (and an article before it as
#: a noun's modifier: "the May appeal", "its May session": no verb follows an article).
_MONTH_AFTER = re.compile(r"\b(?i:in|since|by|until|till|from|during|through|before|after|of|last|next|this|early|late|mid|the|its|their)[\s-]+$")


#: The words before a season that make it a time: "last" / "next" / "this", or "in (the)", "during", "nell'".
_SEASON_LEAD = re.compile(
    r"(?:\b(?P<srel>last|this\s+past|this|next)|\b(?P<sin>in|during|by|for|nel|durante|quest['’]|nell['’]|dell['’])(?:\s+the)?)\s*(?:l['’])?\s*$",
    re.IGNORECASE,
)


def _season(words: DateWords, match: re.Match[str], lead: str, reference: dt.date | None, year_hint: int | None) -> tuple[dt.date | None, str, float, bool, bool] | None:
    """A season or a quarter, dated to its year, and whether it is still to come; a bare season with no word of
    time before it ("the autumn", ``lead`` is the text before it) is none."""
    if match.group("qshort"):
        year = int(match.group("qsy"))
        return dt.date(year, 1, 1), "year", 0.8, True, reference is not None and dt.date(year, 3 * int(match.group("qnum")) - 2, 1) > reference
    written = match.group("sy") or match.group("qy") or match.group("hy")
    before = _SEASON_LEAD.search(lead) if match.group("season") else None
    relative = ((before.group("srel") if before else None) or match.group("srel2") or match.group("qrel") or match.group("hrel") or "").lower()
    if match.group("season") and not (relative or written or before):
        return None
    this_year = int(written) if written else (reference.year if reference else year_hint)
    if this_year is None:
        return None, "unknown", 0.3, False, False
    month = reference.month if reference else 12
    if match.group("half"):
        first = 1 if (match.group("hname") or match.group("hedge")).lower() in ("first", "prima", "beginning", "start", "inizio") else 7
        shift = 1 if "next" in relative or "prossimo" in relative else (-1 if "last" in relative or "scorso" in relative else 0)
    elif match.group("quarter"):
        first = 3 * words.quarters[match.group("qname").lower()] - 2
        shift = 1 if "next" in relative or "prossimo" in relative else (-1 if "last" in relative or "scorso" in relative else 0)
    else:
        first = words.seasons[match.group("sname").lower()]
        if any(word in relative for word in ("last", "past", "scors")):
            shift = 0 if month > first + 2 else -1
        elif any(word in relative for word in ("next", "prossim")):
            shift = 0 if month < first else 1
        else:
            shift = 0
    year = this_year + (0 if written else shift)
    ahead = reference is not None and dt.date(year, first, 1) > reference
    return dt.date(year, 1, 1), "year", 0.8 if written else 0.6, bool(written), ahead


def _explicit(
    match: re.Match[str], parser: DateDataParser, base: dt.date | None, anchor: dt.date | None, year_hint: int | None, future: bool,
    context_year: int | None = None,
    story_month: dt.date | None = None,
    day_words: Mapping[str, int] | None = None,
    story_year: dt.date | None = None,
) -> tuple[dt.date | None, str, float, bool]:
    year = (match.group("y1") or match.group("y2") or match.group("y3") or match.group("y4") or match.group("y5") or match.group("y6")
            or match.group("y7") or match.group("y8") or match.group("y0") or match.group("y9"))
    said = match.group("ly1") or match.group("ly2") or match.group("ly3")
    told = base or story_month or story_year or anchor
    if not year and said and told is not None:
        # "August 16 last year": the year before the story's; "in October next year": the one after it (a story known
        # only to its month or year counts from that)
        ahead = "next" in said.lower() or "prossimo" in said.lower()
        year = str(told.year + (1 if ahead else -1))
    month = match.group("m1") or match.group("m2") or match.group("m3") or match.group("m9")
    day = match.groupdict().get("d0") or match.group("d1") or match.group("d2") or match.group("d9")  # a range ("1-6 September") is dated by its start
    if day is None and match.group("d0w"):
        day = str((day_words or {}).get(match.group("d0w").lower(), "")) or None  # "from the second to the ninth of May"
    if day is None and match.group("d1w"):
        day = str((day_words or {}).get(match.group("d1w").lower(), "")) or None  # "il due gennaio": the 2nd
    if match.group("y4") or match.group("y5") or match.group("y6") or match.group("y7") or match.group("y8"):
        return dt.date(int(year), 1, 1), "year", 0.9, True
    words = " ".join(w for w in (day, month, year) if w)
    precision = "day" if day else "month"
    if year:
        parsed = _calendar_date(parser, words, day, month, dt.date(int(year), 6, 30))
        return (_first_of(parsed, precision), precision, 0.95, True) if parsed else (None, "unknown", 0.3, True)
    reference = base or anchor
    confidence = 0.9 if base else 0.7
    if reference is None and year_hint is not None:
        reference, confidence = dt.date(year_hint, 6, 30), 0.5
    if reference is None:
        return None, "unknown", 0.3, False
    parsed = _calendar_date(parser, words, day, month, reference)
    if parsed is None:
        return None, "unknown", 0.3, False
    if (base or story_month) is not None and _THIS_YEAR.search(match.group(0)):
        # "November of this year" (in a story known only to its month too: not the year of a date the article named)
        return _first_of(parsed.replace(year=(base or story_month).year), precision), precision, confidence, False  # type: ignore[union-attr]
    if base is not None and parsed > base + dt.timedelta(days=90) and not future:
        parsed = parsed.replace(year=parsed.year - 1)  # "January 10" in a March article is this January
    if base is not None and future and parsed < base - dt.timedelta(days=90):
        parsed = parsed.replace(year=parsed.year + 1)  # "will meet in January", said in November
    if base is not None and (match.group("last") or match.group("last2")) and parsed >= base.replace(day=1):
        parsed = parsed.replace(year=parsed.year - 1)  # "last November", said in November, is a year ago
    if base is not None and not future and parsed > base and context_year is not None and context_year < parsed.year:
        parsed = parsed.replace(year=context_year)  # a past date after publication: the year the article wrote
    if year_hint is not None and base is None and anchor is None:
        parsed = parsed.replace(year=year_hint)
    if (base is None and story_month is None and story_year is not None and (match.group("last") or match.group("last2"))
            and parsed.year == story_year.year and parsed.month >= _LATE_MONTH):
        # ("last November" in a story known only to its year: published in most of that year's months, it is the November
        # before; an earlier month, "last March", is more likely the story's own year)
        parsed = parsed.replace(year=parsed.year - 1)
    # (a month told in the past tense that comes after the story's month is last year's: "waged a campaign in September",
    # said in June; the window below keeps a month whose tense the words do not tell)
    lead = match.string[max(0, match.start() - _TENSE_REACH) : match.start()]
    told_past = not future and precision == "month" and _PAST_BEFORE.search(lead) is not None and _FUTURE_BEFORE.search(lead) is None
    story = base.replace(day=1) if base is not None else story_month
    if told_past and story is not None and parsed > story:
        parsed = parsed.replace(year=parsed.year - 1)
    if (base is None and story_month is not None and anchor is not None and parsed.month == story_month.month
            and anchor.month != story_month.month and parsed.year != story_month.year
            and not (match.group("last") or match.group("last2"))):
        # ("the 14 March council meeting" in a story of March 2031, after "the raid of 2 July 2029": the story's own
        # month is of the story's year, not of the last date named, which was of another month)
        parsed = parsed.replace(year=story_month.year)
    if base is None and story_month is not None:
        if (match.group("last") or match.group("last2")) and parsed >= story_month:
            parsed = parsed.replace(year=parsed.year - 1)  # "lo scorso aprile" in a story of January
        elif not future and parsed > story_month + dt.timedelta(days=_STORY_MONTH_DAYS + 90):
            parsed = parsed.replace(year=parsed.year - 1)  # "in December", in a story of February, is the December before
        elif future and parsed < story_month - dt.timedelta(days=90):
            parsed = parsed.replace(year=parsed.year + 1)  # "will meet in January", in a story of November
    return _first_of(parsed, precision), precision, confidence, False


#: The first month that "last <month>" in a story known only to its year more likely names in the year before: from July
#: on, more of the year's days of publication come before that month than after it.
_LATE_MONTH = 7
#: The words after a month that pin it to the year of publication: "November of this year", "novembre di quest'anno".
_THIS_YEAR = re.compile(r"\b(?:(?:of\s+)?this\s+year|di\s+quest['’]anno)\b", re.IGNORECASE)


#: The shipped month names (and abbreviations) by number, folded: a day and a month named with them are a calendar
#: date without dateparser, which spends about half a millisecond guessing the locale of each new expression.
_MONTH_NUMBERS: dict[str, int] = {
    name.casefold(): number
    for names in (
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"),
        ("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"),
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
    )
    for number, name in enumerate(names, start=1)
} | {"sept": 9}


def _calendar_date(parser: DateDataParser, words: str, day: str | None, month: str, reference: dt.date) -> dt.date | None:
    """The date that "day month" (year in ``words`` or ``reference``'s) names: computed directly for the shipped month
    names, as dateparser computes it (the reference's year; an impossible day is no date); dateparser for a month
    name added by a user's reference file, and for 29 February in a year that has none (dateparser moves it to a
    leap year)."""
    number = _MONTH_NUMBERS.get(month.rstrip(".").casefold())
    if number is not None and day is not None and day.isdigit():
        try:
            return dt.date(reference.year, number, int(day))
        except ValueError:
            if not (number == 2 and int(day) == 29):
                return None
    elif number is not None and day is None:
        return dt.date(reference.year, number, 1)
    parsed, _ = _parse(parser, words, reference)
    return parsed


def _first_of(day: dt.date | None, precision: str) -> dt.date | None:
    if day is None:
        return None
    return day.replace(day=1) if precision == "month" else day


#: A leading "date 2022-05" or "2022-05-23" that scrapers put before the text: metadata, not the article's words.
STAMP = r"(?:(?i:date)\s+)?(?:19|20)\d{2}-\d{2}(?:-\d{2})?\s+"

#: A page's time stamp on a line of its own: a day and month (a weekday, a year), and the clock time, in either
#: order: "23 November, 22:06", "12:30, 3 May 2021", "Tue, 14 June 2022 09:15".
CLOCK_STAMP = re.compile(
    rf"\s*(?:(?:[^\W\d_]+,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d{{2}})?\s*[,|–—-]?\s*\d{{1,2}}:\d{{2}}"
    rf"|\d{{1,2}}:\d{{2}}\s*[,|–—-]?\s*(?:[^\W\d_]+,?\s+)?(?:\d{{1,2}}\s+{_MONTH}|{_MONTH}\s+\d{{1,2}})(?:,?\s+(?:19|20)\d{{2}})?)\s*"
)

#: A page's date on a line of its own, with its year: "December 27, 2010", "27 dicembre 2010" (and the place a transcript
#: adds after it, "August 5, 2031, Sochi", "May 3, 2031, The Kremlin, Moscow", or a report before it, "Moscow, 18 Dec.,
#: 2031").
DATE_LINE = re.compile(rf"\s*(?:(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?,\s*(?=\d))?"
                       rf"(?:{_MONTH}\s+\d{{1,2}},?\s+(?:19|20)\d{{2}}|\d{{1,2}}\s+{_MONTH},?\s+(?:19|20)\d{{2}})"
                       r"(?:,\s*(?-i:[A-Z])[\w'’.-]*(?:(?:\s+|,\s*)(?-i:[A-Z])[\w'’.-]*){0,3})?\s*")

#: An agency's name in brackets before its dateline: "(ANSA) - MOSCA, 13 GEN - …".
_WEEKDAYS = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)"
AGENCY = r"(?:\([A-Z][\w .-]{1,40}\)\s*[-–—]?\s*)?"

#: Where a story is filed, before its first words, with or without a date: "BISHKEK (Agency News / Wire - 9th
#: May, 2023) ", "MOSCOW (Xinhua) — ", "MOSCOW (Wire): ", "MINSK. KAZINFORM - ": a city in capitals, then an agency's
#: brackets or name ("CSTO (Collective Security …) Secretary" is no dateline: no date, path, dash or colon).
DATELINE_HEAD = re.compile(
    rf"^\s*(?:{STAMP})?(?P<place>[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){{0,2}})"
    # the brackets hold a date or a wire's path ("News / Wire"), or a dash or a colon follows them (or the agency's
    # name in capitals after a full stop, with or without a dash: "BISHKEK. KAZINFORM – …", "BISHKEK. KAZINFORM …")
    # (a dash after the brackets may touch the story: "YEREVAN (Azatutyun.am)—Leaders …")
    r"(?:\s*\((?=[^()]*[\d/])[^()]{2,80}\)\s*[-–—]?\s+|\s*\([^()]{2,40}\)\s*[-–—:]\s*|\.\s+[A-ZÀ-Ý][A-ZÀ-Ý-]{2,}(?:\s+[-–—])?\s+)(?=[A-ZÀ-Ý\"“«])"
)

DATELINE = re.compile(
    # (not a weekday where the city stands: a page's own date line, "Flag Saturday, 20 April 2024", or a sentence's
    # opening "On Thursday, April 17, …"); the city's country may follow it: "ASTANA, Kazakhstan, January 10."
    rf"^(?![^,.]{{0,30}}\b{_WEEKDAYS}\s*,)\s*(?:{STAMP})?{AGENCY}[A-ZÀ-Ý][\w .'’-]{{1,30}}?(?:,\s+[A-ZÀ-Ý][\w .'’-]{{1,30}}?)?[,.]\s+(?:(?P<m1>(?i:{_MONTHS_EN}|{_MONTHS_ABBR})\.?)\s+(?P<d1>\d{{1,2}})|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH}|(?i:gen|feb|mar|apr|mag|giu|lug|ago|set|ott|nov|dic)))\b"
    rf"(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
)

#: A dateline whose date stands in the wire's brackets: "BISHKEK (Agency News / Wire - 9th May, 2023) …".
BRACKETED_DATELINE = re.compile(
    rf"^\s*(?:{STAMP})?[A-ZÀ-Ý][A-ZÀ-Ý'’.-]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.-]+){{0,2}}\s*\([^()]{{0,60}}?[-–—,]\s*"
    rf"(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>(?i:{_MONTHS_EN}))|(?P<m1>(?i:{_MONTHS_EN}))\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th|°|º)?)"
    rf",?\s+(?P<y>(?:19|20)\d{{2}})\s*\)"
)


#: A wire's dateline with the agency's brackets between the place and the date, run into the story: "Washington DC (UPI)
#: Jun 25, 2031 In a further …".
AGENCY_DATE_DATELINE = re.compile(
    rf"^\s*(?:{STAMP})?[A-ZÀ-Ý][\w.'’-]*(?:\s+[A-ZÀ-Ý][\w.'’-]*){{0,3}}\s*\([A-Z][\w .-]{{1,20}}\)\s+"
    rf"(?P<m1>(?i:{_MONTHS_EN}|{_MONTHS_ABBR})\.?)\s+(?P<d1>\d{{1,2}}),?\s+(?P<y>(?:19|20)\d{{2}})\b"
)

#: A dateline written date first, the agency's capitals after it and a full stop: "February 13, BPN. " (the story follows).
DATE_FIRST_DATELINE = re.compile(
    rf"(?:^|(?<=\s))(?P<m1>(?i:{_MONTHS_EN}))\s+(?P<d1>\d{{1,2}}),\s+(?P<agency>[A-Z][A-Z-]{{1,9}})\.\s+(?=[A-Z])"
)


def deictic_opening(line: str, words: DateWords) -> bool:
    """True when a paragraph opens with a day word ("Domani, 16 maggio …", "Today, …") where a dateline's city would stand."""
    first = re.match(rf"\s*(?:{STAMP})?([^\W\d_]+)", line)
    return first is not None and first.group(1).lower() in words.deictic


_IT_MONTH_ABBR = {name: number for number, name in enumerate(
    ("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"), start=1)}


def dateline_month_day(line: str, parser: DateDataParser, words: DateWords | None = None) -> tuple[int, int, int | None] | None:
    """Month, day and (if written) year of an agency dateline opening a paragraph: "MOSCOW, October 12. /TASS/."
    ("Domani, 16 maggio 2022, …" opens with a day word, not a city: no dateline)."""
    match = DATELINE.match(line) or BRACKETED_DATELINE.match(line) or AGENCY_DATE_DATELINE.match(line)
    if match is None:
        # ("… – bloc chief March 3, ABC. The alliance …": a wire's date first and its name after, where a page ran
        # the headline into the body)
        match = DATE_FIRST_DATELINE.search(line)
    if match is None or (words is not None and deictic_opening(line, words)):
        return None
    groups = match.groupdict()
    month = groups.get("m1") or groups.get("m2") or ""
    day = groups.get("d0") or groups.get("d1") or groups.get("d2") or "0"  # a range ("1-6 September") is dated by its start
    year = int(groups["y"]) if groups.get("y") else None
    number = _IT_MONTH_ABBR.get(month.lower().rstrip("."))
    if number is not None:  # "ROMA, 13 SET": dateparser does not read Italian abbreviations reliably
        return number, int(day), year
    parsed, _ = _parse(parser, f"{day} {month} 2000", dt.date(2000, 6, 30))
    if parsed is None:
        return None
    return parsed.month, parsed.day, year
