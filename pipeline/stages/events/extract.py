"""Events: code each sentence of an article into PLOVER events with a date, a place, actors and evidence.

For every sentence outside quotation marks (what a speaker says is in ``quotes``, not an event):
the trigger table (``types``, words from ``event_words.yaml``) gives the type and mode; the nearest date expression (``dates``) gives
the date, resolved against the publication date, the article's last stated date, or a year taken from the
reference calendar (``pipeline/reference/calendar.yaml``) when the article gives none; the gazetteer (``places``) gives
the place; the actor finder (``actors``) gives who, as source, target and participants. The sentence's
grammar gives the status: happened, planned, hypothetical or negated. A paragraph that yields no event is
recorded in ``uncoded`` with the reason.
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import hashlib
import itertools
import math
import re
from collections.abc import Callable, Container, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import NamedTuple

from dateparser.date import DateDataParser

from pipeline.stages import prefilter
from pipeline.stages.actors import Discourse, Mention, MentionFinder, Registry, fold
from pipeline.stages.dates import (
    AGENCY,
    AGENCY_DATE_DATELINE,
    BRACKETED_DATELINE,
    CAME_SHIFT,
    CLOCK_STAMP,
    DATE_LINE,
    DATELINE,
    DATELINE_HEAD,
    STAMP,
    DateFound,
    DateWords,
    dateline_month_day,
    deictic_opening,
    find_dates,
)
from pipeline.stages.events.calendar import CalendarEntry
from pipeline.stages.events.types import EVENT_TYPES, EventWords, Trigger
from pipeline.stages.places import Gazetteer, PlaceFound
from pipeline.stages.prefilter import matches_at, spots_in
from pipeline.stages.quotes import (
    Cue,
    QuoteWords,
    article_day,
    dash_dialogue,
    find_cues,
    mask,
    quoted_spans,
    sentences,
    speaks,
)
from pipeline.stages.quotes.spans import QuotedSpan
from pipeline.stages.records import Article
from pipeline.stages.words import alternation

#: Words that cannot stand inside a noun phrase between a country's adjective and the event's noun.
_NOT_QUALIFIER = (r"(?:and|or|but|the|of|in|on|at|to|for|with|by|from|has|have|had|was|were|is|are|will|would|held|hold|holds|e|o|di|del|della"
                  r"|in|a|con|per|che|non|da|dal|dalla|su|sul|tra|fra)\b")


@dataclass(frozen=True)
class EventTools:
    """What the stage needs, built once per process by the flow."""

    registry: Registry
    finder: MentionFinder
    gazetteer: Gazetteer
    parser: DateDataParser
    calendar: Sequence[CalendarEntry]
    words: EventWords
    date_words: DateWords
    quote_words: QuoteWords  # for sentence splitting (abbreviations), shared with the quote stage

    @functools.cached_property
    def country_words(self) -> re.Pattern[str]:
        """Every country name and demonym of the registry, as whole words (longest first)."""
        return re.compile(rf"\b(?:{self.registry.country_alternation})\b", re.IGNORECASE)

    @functools.cached_property
    def country_anaphor(self) -> re.Pattern[str]:
        """"the country's", "del paese": a country the sentence named before."""
        return re.compile(rf"(?:{alternation(list(self.finder.words.country_anaphors))})", re.IGNORECASE)

    @functools.cached_property
    def numbered_day(self) -> re.Pattern[str]:
        """What every day written with a number holds: a month's name ("14 September") or a unit ("3 days later")."""
        return re.compile(rf"{self.date_words.month_gate.pattern}|\b(?:{alternation(list(self.date_words.units))})\b", re.IGNORECASE)

    @functools.cached_property
    def country_beside(self) -> tuple[re.Pattern[str], re.Pattern[str]]:
        """A country's name or demonym that qualifies an event's noun: before it in English ("the Belarusian
        presidential elections", "Kazakhstan's snap polls"; a few lower-case words between, none a verb), after it in
        Italian ("le proteste bielorusse"); not one side of a pair ("the Kyrgyz-Tajik clashes")."""
        countries = [a for a in self.registry.actors.values() if a.type == "country" and a.country]
        demonyms = alternation(sorted({d for a in countries for d in a.demonyms}, key=len, reverse=True))
        names = alternation(sorted({n for a in countries for n in (a.name, *a.aliases)}, key=len, reverse=True))
        # (a name only in the possessive: "Georgia joined" is a subject, "Georgia's elections" qualifies the noun)
        return (re.compile(rf"(?<![\w-])(?=(?-i:[A-Z]))(?P<country>(?:{demonyms})(?=\s)|(?:{names})['’]s?(?=\s))\s+"
                           rf"(?:(?!{_NOT_QUALIFIER}|[a-z]+ed\b)(?-i:[a-z])[\w-]*\s+){{0,2}}$", re.IGNORECASE),
                re.compile(rf"\s+(?:(?!{_NOT_QUALIFIER})(?-i:[a-zà-ù])\w+\s+)?(?=(?-i:[a-zà-ù]))(?P<country>{demonyms})(?![\w-])", re.IGNORECASE))

    @functools.cached_property
    def calendar_index(self) -> tuple[frozenset[tuple[int, int]], frozenset[int]]:
        """The (month, day) of the calendar's day entries and the months of its month entries."""
        return (frozenset((e.date.month, e.date.day) for e in self.calendar if e.precision == "day"),
                frozenset(e.date.month for e in self.calendar if e.precision == "month"))

    @functools.cached_property
    def named_town(self) -> re.Pattern[str]:
        """A place the gazetteer may not know, located by its country's demonym: "in the Turkmen city of Avaza",
        "nella città turkmena di Avaza", "at the Russian training ground of X"."""
        words = self.registry.country_alternation
        return re.compile(
            rf"\b(?:in|at|near|nella|nel|a|presso)\s+(?:the\s+)?(?:(?P<before>{words})\s+(?:city|town|village|capital|resort|"
            rf"region|province|district)|(?:città|cittadina|capitale|località|regione|provincia|villaggio)\s+(?P<after>{words}))"
            rf"\s+(?:of|di)\s+[A-ZÀ-Ý]"
            # a capital needs no name: "in the Tajik capital", "nella capitale tagika"
            rf"|\b(?:in|at|nella|nel|a)\s+(?:the\s+)?(?:(?P<capital_before>{words})\s+capital|capitale\s+(?P<capital_after>{words}))\b"
            # and nor does a training ground, which a state's forces use at home: "at the Russian training ground of X",
            # "al poligono russo di X" (not a base, which is often abroad: "the Russian base" in Tajikistan)
            rf"|\b(?:in|at|on|near|al|nel|presso|sul)\s+(?:the\s+|an?\s+|il\s+)?(?:(?P<site_before>{words})\s+(?:military\s+)?"
            rf"(?:training\s+(?:ground|range)|proving\s+ground|firing\s+range|range|polygon)|poligono\s+(?:militare\s+)?(?P<site_after>{words}))\b"
            # (or the grounds of a state's districts or forces: "on the training grounds of the Kazakh army")
            rf"|\b(?:in|at|on)\s+(?:the\s+)?(?:training\s+(?:grounds?|ranges?)|ranges|polygons?)\s+of\s+the\s+(?P<site_of>{words})\s+"
            rf"(?:military\s+districts?|armed\s+forces|army|forces)\b",
            re.IGNORECASE,
        )


@dataclass(frozen=True)
class EventRecord:
    """One row of the ``events`` table, before clustering."""

    event_id: str
    article_id: str
    segment_no: int
    event_type: str
    quad_class: str
    mode: str | None
    context: list[str]
    event_date: dt.date | None
    date_precision: str
    date_text: str | None
    date_source: str
    place_text: str | None
    place: str | None
    country: str | None
    latitude: float | None
    longitude: float | None
    geo_precision: str
    actors: list[str]
    actor_roles: list[str]
    evidence_en: str | None
    char_start: int | None
    char_end: int | None
    evidence_original: str
    orig_char_start: int
    orig_char_end: int
    status: str
    confidence: float
    trigger: str


@dataclass(frozen=True)
class UncodedRecord:
    """A paragraph that yielded no event, and why."""

    article_id: str
    segment_no: int
    reason: str
    text: str


@dataclass(frozen=True)
class _Context:
    """What every sentence of one article shares while it is coded."""

    article: Article
    tools: EventTools
    published: dt.date | None
    year_hint: int | None
    year_source: str
    use_english: bool
    main_country: Callable[[], str | None]  # the article's main country, found on first need
    offsets: tuple[int, ...]  # where each paragraph starts in the coded text
    orig_offsets: tuple[int, ...]  # and in text_original
    dateline_place: PlaceFound | None = None  # "DUSHANBE, September 16. /TASS/.": where the story is filed
    published_month: dt.date | None = None  # the month, when the publication date is known to the month only
    first_news: int | None = None  # the paragraph a dateline opens, when it follows a page's header lines
    subheads: frozenset[int] = frozenset()  # the opening's short lines with no full stop: a subheading, not a paragraph
    dateline_named: bool = True  # the dateline's country is named in the story (not only the city a wire files from)
    lead_day: dt.date | None = None  # the one day before the story's that its lead names ("… yesterday proposed …")
    # the country the article names most often, found on first need: where a protest, an arrest, an appointment or an
    # election that nothing locates took place (a state's own affairs happen in it)
    named_country: Callable[[], str | None] = lambda: None
    published_year: dt.date | None = None  # the year's first day, when the publication date is known to the year only
    pair_title: bool = False  # the title names two states as a pair ("… al confine tra Kirghizistan e Tagikistan")
    # the main country when the title locates a place in it too ("Leaders meet in Minsk"), found on first need: where a
    # meeting that nothing else places was held
    titled_country: Callable[[], str | None] = lambda: None
    # a report's title right above the day line that opens it ("X's report at the Seventh Conference on … ¶ Moscow, 18
    # Dec., 2031 ¶ Dear participants …"): the title names the day's event, as a lead would
    titled_news: int | None = None


@dataclass(frozen=True)
class _Sentence:
    """One sentence: its paragraph, the paragraph masked (quotes and dateline hidden), its mentions and bounds."""

    number: int
    line: str
    masked: str
    mentions: Sequence[Mention]
    start: int
    end: int


#: How far before a trigger (characters) the words that govern it are read: "demanded", "the organization of", "plans for".
_GOVERNED_REACH = 200  # (the words end where the trigger starts: a longer reach only lets a long apposition stand between)
#: A trigger that opens on the preposition of a setting ("at a meeting", "during the talks"): where a demand was made, not
#: what it demands ("urged the partners at a session of the alliance for greater cohesion").
_SETTING_PREPOSITION = re.compile(r"(?i:at|during|amid|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|durante|nel\s+corso\s+d)\b")


#: A span of years counted from an act, right before its trigger: "over the 30 years since the ", "20 years since".
_YEARS_SINCE = re.compile(r"\b(?:years?|decades?)\s+since\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)
#: A noun that makes the meetings after it a kind of meeting, none held: "the format of the assembly's winter sessions
#: does not provide for a vote", "the rules of procedure of its sessions".
_KIND_OF_MEETING_BEFORE = re.compile(r"\b(?:format|formats|rules(?:\s+of\s+procedure)?|procedure|frequency|periodicity)\s+of\s+"
                                     r"(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,4}$")


#: A noun that makes the act after it a question or a topic, no event: "position on quitting", "the matter of X's
#: withdrawal", "no official signals about X's withdrawal", "speculation about".
_TOPIC_NOUN_BEFORE = re.compile(r"\b(?:position|matter|question|issue|signals?|speculation|rumou?rs?)\s+(?:on|of|about|over|regarding)\s+"
                                r"(?:[\w'’-]+\s+){0,3}$|\bapplications?\s+to\s+$"
                                # (and the question of someone's part in an act: "the question of participation of a combined
                                # group in the drills", no verb between)
                                r"|\b(?:matter|question|issue)\s+of\s+(?:participation|involvement|taking\s+part)\s+"
                                r"(?:(?!(?:was|were|is|are|has|have|had|will|would)\b)[\w'’-]+\s+){0,8}$"
                                # (and what an act may bring about, weighed: "talks on the possible effect of the forces'
                                # withdrawal", "il possibile impatto del ritiro"; not an effect the text dates: round 162)
                                r"|\b(?:possible|potential|likely|possibil[ei]|potenzial[ei])\s+(?:effects?|impact|consequences|implications|effett[oi]|impatto|conseguenze)\s+(?:on\s+(?:[\w'’-]+\s+){1,3}?)?"
                                r"(?:of|del|della|dello|dell['’]|dei|degli|delle)\s*(?:the\s+)?(?:[\w'’.-]+\s+){0,3}$", re.IGNORECASE)
#: What a sentence says is not on the agenda, right after the act: "… withdrawal from the bloc is not on the agenda".
_NOT_ON_AGENDA = re.compile(r"[^.;:]{0,80}?\b(?:is|was|are|were)\s+not\s+on\s+(?:the\s+)?agenda\b", re.IGNORECASE)
#: A coordinated clause of its own between two matches: ", and ", ", but ", ", e ", ", ma ".
_NEXT_CLAUSE = re.compile(r",\s+(?:and|but|e|ma)\s", re.IGNORECASE)


def _customary(masked: str, start: int, end: int, at: int, length: int) -> bool:
    """True when a trigger's words tell a custom or an anniversary, no event of a day: "the forum, which is usually held in
    spring", "convened every year", "svolge ogni anno esercitazioni", "the 25th anniversary of the charter's signing"."""
    return bool(_CUSTOM_BEFORE.search(masked, max(start, at - 30), at) or _ANNIVERSARY_OF.search(masked, max(start, at - 50), at)
                or _HABITUAL.search(masked, at + length, min(end, at + length + 40)) or _HABITUAL_BEFORE.search(masked, max(start, at - 20), at))


@functools.lru_cache(maxsize=512)  # about one article's sentences: a memo for its two passes, not a corpus cache
def _triggers(words: EventWords, masked: str, start: int, end: int) -> tuple[tuple[Trigger, int, str], ...]:
    """The first match of each event type in a sentence, in the table's order (remembered: the calendar pass
    and the coding pass read the same sentences)."""
    spots = spots_in(words.trigger_filter, masked)
    begin = start
    if spots is None:  # a text the prefilter cannot read: every row searched from the first hit of any
        first = words.any_trigger.search(masked, start, end)
        if first is None:
            return ()
        begin = first.start()
    found: dict[str, tuple[Trigger, int, str]] = {}
    for number, trigger in enumerate(words.triggers):
        if spots is None or not words.trigger_filter.filtered[number]:
            matches: Iterable[re.Match[str]] = trigger.pattern.finditer(masked, begin, end)
        else:  # only where one of the row's words starts (the automaton's one pass over the paragraph)
            matches = matches_at(trigger.pattern, masked, spots[number], start, end)
        fallback: tuple[Trigger, int, str] | None = None
        custom_end: int | None = None  # where a match told as a custom ends
        for match in matches:
            before = masked[max(start, match.start() - _GOVERNED_REACH) : match.start()]
            if (words.demanded.search(before) and not words.scheduled.match(masked, match.end(), end) and not trigger.own_date
                    and not _SETTING_PREPOSITION.match(match.group(0)) and not _HELD_THEN.match(masked, match.end(), end)):
                # the object of a demand is not an event (unless the text schedules it: "…, which will be held in …"; nor
                # one named by its own date, which stands whatever the verb: "refused to join the decision of the
                # Council dated 23 November"; nor one the text says was held: "refused to attend the summit held in
                # <city> on <day>" stayed away from a summit that took place)
                continue
            if trigger.event_type == "DEMAND" and words.protest_demand.search(masked, max(start, match.start() - _GOVERNED_REACH), match.end()):
                continue  # nor what protesters call for ("large protests demanding his resignation"): the protest is the event
            if trigger.event_type != "COOPERATE" and words.scenario.search(masked, start, match.start()):
                continue  # nor what a drill rehearses ("will practise repelling an incursion"): the drill is the event
            if (trigger.event_type != "CONSULT" and words.how_to_stop.search(masked, max(start, match.start() - 60), match.start())
                    and not _BEGUN.match(masked, match.end(), end)):
                continue  # nor what a meeting seeks to end ("met to discuss how to halt the rioting"): the meeting is
            if trigger.event_type != "CONSULT" and words.topic_after.match(masked, match.end(), end):
                continue  # nor what a meeting talked over ("… the observer mission at the election were discussed")
            if trigger.event_type != "CONSULT" and (_TOPIC_NOUN_BEFORE.search(masked, max(start, match.start() - 100), match.start())
                                                     or _NOT_ON_AGENDA.match(masked, match.end(), end)):
                continue  # nor an act a sentence only names as a question ("the matter of X's withdrawal", "no signals about")
            if _YEARS_SINCE.search(before):
                continue  # nor the start of a span of years ("over the 30 years since the treaty was signed"), background
            if trigger.event_type == "CONSULT" and _KIND_OF_MEETING_BEFORE.search(before):
                continue  # nor a kind of meeting ("the format of the winter sessions does not provide for a vote")
            if trigger.event_type == "FIGHT" and words.figurative.search(before):
                continue  # nor a war that is a figure of speech ("a so-called «cheese war» erupted")
            if trigger.event_type not in words.enacted_by_decision | {"AGREE"} and _decides(words, before) and not _BEGUN.match(masked, match.end(), end):
                continue  # nor is what a decision decides: the decision is the event (AGREE)
            if _in_unit_name(masked, match.start(), match.end()):
                continue  # "the Collective Forces of Rapid Deployment": the name of a force, not a deployment
            if trigger.mode == "phone" and _REMOTE_PART.search(before):
                continue  # ("will join the summits … in Dushanbe via videoconference": how one takes part, the summit is the event)
            if _customary(masked, start, end, match.start(), len(match.group(0))):
                custom_end = match.end()
                continue  # ("stage drills every year, and the newest ones in May were …": the custom gives way to the next)
            if custom_end is not None and not _NEXT_CLAUSE.search(masked, custom_end, match.start()):
                continue  # (only in a clause of its own: "Its forum, which is traditionally convened …, will meet" is the custom still)
            if _AHEAD_OF.search(before) and fallback is None:
                # "before the summit, X held a meeting": the meeting the time is told by gives way to a later one
                fallback = (trigger, match.start(), match.group(0))
                continue
            if trigger.event_type not in found:
                found[trigger.event_type] = (trigger, match.start(), match.group(0))
            break
        else:
            if fallback is not None and trigger.event_type not in found:
                found[trigger.event_type] = fallback
    if "AGREE" in found and any(
        kind in words.enacted_by_decision and _decides(words, masked[max(start, at - 40) : at])
        for kind, (_, at, _) in found.items()
    ):
        del found["AGREE"]  # the decision enacts the suspension or the request: one event, not two
    if "AGREE" in found and "APPOINT" in found:
        (_, a_at, a_text), (_, p_at, p_text) = found["AGREE"], found["APPOINT"]
        if a_at < p_at + len(p_text) and p_at < a_at + len(a_text):
            del found["AGREE"]  # "signed a draft resolution on appointing X": the office's change, one event
    if "MOBILIZE" in found and "CONSULT" in found:
        (_, m_at, m_text), (_, c_at, _) = found["MOBILIZE"], found["CONSULT"]
        if m_at < c_at < m_at + len(m_text):
            del found["CONSULT"]  # ("a contingent of troops from A, B and C arrived in X": the troops' arrival, no C's visit)
    if "RETREAT" in found and "SANCTION" not in found:
        _, at, text = found["RETREAT"]
        if _LEFT_ALONE.fullmatch(text) and _JOINED_THEN.search(masked, start, at):
            # "rejoined the bloc in 2006 but withdrew in 2012": the second verb leaves what the first joined
            leaving = next(t for t in words.triggers if t.event_type == "SANCTION")
            found["SANCTION"] = (leaving, at, text)
            del found["RETREAT"]
    # two triggers that start at the same word are one event, the longer match's; what a request asks for
    # ("appealed to Russia to send troops") is no second event, nor is the accusation a charge names ("the
    # Investigative Service accused X of …"), but the drill a SANCTION calls off is one (negated)
    inside = {kind for kind, (_, at, text) in found.items()
              if any(other != kind and len(o_text) > len(text) and (o_at == at or (other in ("REQUEST", "COERCE", "THREATEN") and o_at < at < o_at + len(o_text)))
                     for other, (_, o_at, o_text) in found.items())}
    if "ACCUSE" in found:
        # "accused the bloc of refusing to defend Armenia": what an accusation alleges is its content, no event of its own
        _, a_at, _ = found["ACCUSE"]
        alleged = _ACCUSED_OF.match(masked, a_at, end)
        # (a noun dated beside it is its own event, what the accusation alleges or not: "… ahead of the elections next month")
        # (nor one a relative clause tells as having happened: "blamed terrorists for the protests that rocked the country")
        inside |= {kind for kind, (t, at, text) in found.items() if kind != "ACCUSE" and not t.own_date and alleged is not None and a_at < at < alleged.end()
                   and not _HAPPENED_AFTER.match(masked, at + len(text))}
    return tuple(sorted((t for kind, t in found.items() if kind not in inside), key=lambda t: words.order[t[0]]))


#: A second verb of the same subject: " and entered", " e ha firmato".
_AND_VERB = re.compile(r"\s(?:and|e)\s+(?:then\s+|later\s+|(?:ha|hanno)\s+)?(?-i:[a-z])\w+(?:ed|ato|ata|uto)\b", re.IGNORECASE)
#: An accusation (or a reproach: "criticized X for ") up to the act it alleges: "accused the CSTO of ", "accusing Moscow of
#: not ", "ha accusato X di ".
#: (to the end of its clause: no stop between, nor a second verb of the subject, "… and asked for his arrest")
_ACCUSED_OF = re.compile(r"(?:accus\w*\s+(?:[\w'’-]+\s+){0,4}?(?:of|di)|(?:blam(?:e|es|ed|ing)|critici[sz](?:e|es|ed|ing)|condemn(?:s|ed|ing)?|blast(?:s|ed)|slamm(?:s|ed))\s+(?:[\w'’-]+\s+){0,5}?(?:for|over))\s+(?:(?!\b(?:and|e)\s+\w+(?:ed|ato|ata)\b)[^,;:.])*", re.IGNORECASE)
#: The words of a day before a meeting, and what stands between them and the meeting's noun: "the eve" " of an informal ".
_EVE_WORDS = ("eve", "vigilia")
_EVE_OF = re.compile(r"\s+(?:of|del|della|dell['’])\s*(?:the\s+|an?\s+|il\s+|la\s+)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: A meeting named to tell when something else happened: "before the summit", "ahead of the session", "alla vigilia del".
_AHEAD_OF = re.compile(r"\b(?:before|ahead\s+of|in\s+anticipation\s+of|on\s+the\s+eve\s+of|prima\s+del(?:la|l['’])?|in\s+vista\s+del(?:la|l['’])?|alla\s+vigilia\s+del(?:la|l['’])?)"
                       r"\s+(?:the\s+|a\s+|this\s+|il\s+|la\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: Taking part from afar in a meeting held in a place, right before the words of the link: "will join the summits of
#: the two blocs in Dushanbe via ", "parteciperà al vertice di Minsk in " (a meeting held online is told otherwise).
_REMOTE_PART = re.compile(r"\b(?:join(?:s|ed)?|take[sn]?\s+part\s+in|took\s+part\s+in|participate[sd]?\s+in|attend(?:s|ed)?|partecipa(?:re|rà|to)?\s+a)\b"
                          r"[^.;:]{0,160}?\b(?:summits?|sessions?|meetings?|vertic[ei]|session[ei]|riunion[ei])\b[^.;:]{0,160}?"
                          r"\b(?:in|a)\s+(?-i:[A-Z])[^.;:]{0,60}?\b(?:via|by|in)\s+$", re.IGNORECASE)
#: A withdrawal named by its verb alone, and a clause just before it that joined an organisation ("rejoined the CSTO in
#: 2006 but withdrew in 2012"). English only: no Italian RETREAT trigger is a bare verb ("se ne ritirò" is none).
_LEFT_ALONE = re.compile(r"withdr[ae]w(?:n|s)?", re.IGNORECASE)
_JOINED_THEN = re.compile(r"\b(?:re-?joined|joined)\s+(?:the\s+)?(?:CSTO|ODKB|OTSC|alliance|organi[sz]ation|bloc|treaty)\b[^.;]{0,40}?"
                          r"\b(?:but|and)\s+(?:then\s+|later\s+)?$", re.IGNORECASE)
#: What makes the object of a purpose an event of its own: "sent to quell the protests that began on 2 January",
#: "per reprimere le proteste iniziate il 5 marzo".
_BEGUN = re.compile(r"\s+(?:(?:that|which)\s+(?:had\s+)?)?(?:began|begun|started|erupted|broke\s+out|cominciat[eiao]|iniziat[eiao]|scoppiat[eiao])\b"
                    # (or whose harm is told: "to stop the communal violence that ravaged the valley in May")
                    r"|\s+(?:that|which)\s+(?:had\s+)?(?:scarred|rocked|shook|swept|engulfed|gripped|ravaged)\b",
                    re.IGNORECASE)


#: A reported clause that opens with a subject of its own: "that Russia would …", "che la Russia non …".
_SUBJECT_AFTER_THAT = re.compile(r"\s*(?:that|che)\s+(?:(?:il|lo|la|i|gli|le|the)\s+|l['’]\s*)?(?-i:[A-Z])", re.IGNORECASE)
#: What was to happen, told in a relative clause on the trigger's noun a name or a title further on: "an exercise,
#: named “…” 2022, which was to be held …", "un'esercitazione, denominata «…», che avrebbe dovuto svolgersi".
_UNREALISED_RELATIVE = re.compile(r"[^.;:]{0,100}?,\s*(?:which|that|che)\s+(?:was\s+(?:supposed\s+)?to\s+(?:be\s+held|take\s+place)|"
                                  r"avrebbe(?:ro)?\s+dovuto\s+(?:svolgersi|tenersi))\b", re.IGNORECASE)
#: A when-clause or a setting that opens the sentence, to its comma: "When in January the country was gripped by
#: unrest,", "At the summit on 14 May,", "Durante il vertice del 14 maggio,".
_WHEN_OPENS = re.compile(r"\W*(?:when|quando|allorché|at|during|durante|al|alla|nel\s+corso\s+d\w+)\b[^,;:]{4,160},", re.IGNORECASE)
#: A day that opens the sentence, to its comma: "On 5 May,", "Il 5 maggio,".
_DAY_OPENS = re.compile(r"\W*(?:on|il|lo)\b[^,;:]{4,40},", re.IGNORECASE)
#: A purpose clause still open before a place: "in order to stop drugs grown in", "al fine di".
_PURPOSE_BEFORE = re.compile(r"\b(?:in\s+order\s+to|so\s+as\s+to|al\s+fine\s+di|allo\s+scopo\s+di)\b[^,;:]*$", re.IGNORECASE)
#: Drills named just before a place: "a series of preparatory exercises in", "esercitazioni di preparazione in".
#: How far before a place (characters) the drills a statement names may stand: "the drills of the bloc's joint rapid
#: deployment force (JRDF) in ".
_DRILLS_REACH = 90
_DRILLS_BEFORE = re.compile(r"\b(?:exercises?|drills?|maneuvers|manoeuvres|war\s+games|esercitazion[ei]|manovre)\b[^,.;:]{0,80}$", re.IGNORECASE)
#: A trigger's words that end in a verb of starting: "operation launched", "offensive began".
_ENDS_BEGUN = re.compile(r"\b(?:launched|began|begun|started|erupted|lanciat[aoei]|avviat[aoei])$", re.IGNORECASE)


def _decides(words: EventWords, before: str) -> bool:
    """True when the words before a trigger decide it ("decided to suspend"), not when the trigger is what the
    decision followed ("il Consiglio ha deciso di muoversi in seguito all'appello di X": the appeal came first)."""
    decision = words.decided.search(before)
    return decision is not None and not _EARLIER.search(before, decision.end())


def _subheading(sentence: str) -> bool:
    """True for a line in capitals (two words or more, no lower-case letter): a subheading."""
    return _SUBHEAD_LOWER.search(sentence) is None and len(_CAPITALS.findall(sentence)) >= 2


_SUBHEAD_LOWER = re.compile(r"[a-zß-ÿ]")
_CAPITALS = re.compile(r"[A-ZÀ-Þ]{2,}")


#: The head nouns of a military unit's name, and the small words a name may hold between capitalised words.
_UNIT_HEAD = re.compile(r"(?:Forces?|Troops|Units?|Brigades?|Battalions?|Groups?|Forze|Truppe|Unità|Brigat[ae]|Battaglion[ei])")
_NAME_JOINER = frozenset({"of", "the", "di", "del", "della", "delle", "dei", "degli"})


def _in_unit_name(masked: str, start: int, end: int) -> bool:
    """True when a capitalised trigger word stands inside the title-case name of a unit: "the Collective Forces of
    Rapid Deployment", "Rapid Deployment Forces" (not "the CSTO Summit": no unit in that name)."""
    if not masked[start : start + 1].isupper():
        return False
    if any(not (word[:1].isupper() or word in _NAME_JOINER) for word in masked[start:end].split()):
        return False  # ("Joint exercises of the … Rapid Deployment Forces": the trigger's own words are no name)
    before = masked[max(0, start - 80) : start].split()
    after = masked[end : end + 60].split()
    name: list[str] = []
    for words in (reversed(before), after):
        for word in words:
            bare = word.strip(",.;:()\"'’“”«»")
            if bare != word and not word.endswith(("’s", "'s")) and word[-1:] in ",.;:":
                name.append(bare)
                break
            if not bare or not (bare[0].isupper() or bare in _NAME_JOINER):
                break
            name.append(bare)
    return any(_UNIT_HEAD.fullmatch(word) for word in name)


#: The next item of a list: "… on November 22 and the session …", "… il 22 novembre e la sessione …".
_NEXT_ITEM = re.compile(r"\W*(?:and|e|ed)\s+(?:(?:the|a|an|la|il|lo|le|i|gli|una|un)\s+|l['’]\s*)?(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: A relative clause on a person opening inside a trigger's words: ", who arrived", ", che è arrivato".
_RELATIVE_WHO = re.compile(r",\s+(?:who|che)\s", re.IGNORECASE)
#: How far after a listed trigger (characters) its own date may come: "the sitting of the bloc's long-named council of
#: heads of state on 5 May".
_LISTED_DATE_REACH = 90
#: How far after a second trigger (characters) a sentence's only date is still that trigger's own.
_OWN_DATE_REACH = 40
#: "Earlier" right before a month's name or "this month": a time before the story's day within its month.
_EARLIER_IN = re.compile(r"\b(?:earlier|previously)\s+(?:in\s+)?$", re.IGNORECASE)
#: How far before a month's words "earlier in" may stand.
_EARLIER_IN_REACH = 16
#: A day's course, which tells the story's own day, not an event's told before: "earlier in the day", "in giornata".
_COURSE_OF_DAY = re.compile(r"\b(?:earlier|later)\s+in\s+the\s+day\b|\bin\s+giornata\b", re.IGNORECASE)
#: Words that set an act at no time but some time ago: "in the past", "in passato", "in precedenza".
_IN_THE_PAST = re.compile(r"\b(?:in\s+the\s+past|in\s+passato|in\s+precedenza|tempo\s+fa)\b", re.IGNORECASE)
#: How far before a trigger those words may stand.
_IN_THE_PAST_REACH = 50
#: The words of a meeting being prepared: "preparations for", "i preparativi per / del".
_PREPARATION_WORDS = r"preparations?\s+for|preparativi\s+(?:per|del|della|dello|dell['’])"
#: What a meeting still to come is to a talk: "preparations for the", "the agenda of the", "namely, the forthcoming",
#: "i preparativi del", "in vista del" (then a few words of the meeting's name).
_PREPARED_FOR = re.compile(rf"\b(?:{_PREPARATION_WORDS}|preparations?\s+of|preparing\s+(?:for\s+)?|(?:agenda|schedule)\s+(?:of|for)|namely,?"
                           r"|preparazione\s+(?:del|della|dello|dell['’])|in\s+vista\s+(?:del|della|dello|dell['’]))"
                           r"\s*(?:the\s+|a\s+|an\s+|il\s+|la\s+|l['’])?(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
#: A meeting being prepared, anywhere in a sentence: its year-less day is one still to come.
_PREPARATIONS = re.compile(rf"\b(?:{_PREPARATION_WORDS})", re.IGNORECASE)
#: How far before a meeting's noun the words that make it prepared may stand.
_PREPARED_REACH = 60


def _second_triggers(
    words: EventWords, masked: str, found: Sequence[tuple[Trigger, int, str]], end: int, dates: Sequence[DateFound], start: int
) -> tuple[tuple[Trigger, int, str], ...]:
    """In a sentence with more than one date, a second trigger of a type already found, in another clause, when
    each of the two is the nearer one to a date of its own ("at a video conference on Monday … at the summit held
    on 12-13 August"); not when the second would take the first one's only date ("a call with X, the host of the
    summit, on 14 November")."""
    def distance(date: DateFound, at: int, length: int = 0) -> int:
        # (from the trigger's words, however long, in their own clause: "became a full participant in the bloc on <day>" is
        # next to its day; ", and in June, X suspended …" opens the next clause)
        if length and date.start + start >= at + length and not _CLAUSE_BREAK.search(masked, at + length, date.start + start):
            return date.start + start - (at + length)
        return min(abs(date.start + start - at), abs(date.end + start - at))

    def reach(date: DateFound, at: int, length: int) -> float:
        # (a date with another between it and a trigger is not that trigger's: "ratified in <city> in 1995, in 2004, it
        # was decided to …" dates the decision by 2004 only, however close 1995 is)
        return math.inf if _shadowed(date, dates, at - start, length) else distance(date, at, length)

    seconds = []
    for trigger, at, text in found:
        after = at + len(text)
        # (and one before it that a later row of the type gave way to, in a clause of its own with a date of its own: "On
        # 4 January, protests turned violent, and on 5 January … protesters stormed buildings")
        before = next(((row, m) for number, row in enumerate(words.triggers) if row.event_type == trigger.event_type
                       for m in [prefilter.search(words.trigger_filter, number, masked, start, at)] if m is not None and m.end() <= at), None)
        # (not a meeting, whose gatherings and visits told together are sorted out below)
        if before is not None and trigger.event_type != "CONSULT" and len(dates) >= 2 and _CLAUSE_BREAK.search(masked, before[1].end(), at):
            mine = min(dates, key=lambda d: reach(d, before[1].start(), len(before[1].group(0))))
            if mine is not min(dates, key=lambda d: reach(d, at, len(text))) and reach(mine, before[1].start(), len(before[1].group(0))) < math.inf:
                seconds.append((before[0], before[1].start(), before[1].group(0)))  # (each nearer a date of its own)
        # (one dated by the words right before its noun: "approved the agenda for tomorrow's (16 September) meeting of
        # the Council", "the 16 September session")
        # (only where a date after the first ends: a row tried there, not searched through the rest of the sentence)
        spots = [gap.end() for d in dates if after <= d.start + start for gap in [_PREMODIFIER.match(masked, d.end + start, end)] if gap]
        # (a noun the date premodifies, not an infinitive of purpose after it: "called X on Thursday to discuss …")
        premodified = next(((row, m) for spot in spots for row in words.triggers if row.event_type == trigger.event_type
                            for m in [row.pattern.match(masked, spot, end)] if m is not None and not _INFINITIVE_OPENS.match(m.group(0))), None)
        if premodified is not None:
            seconds.append((premodified[0], premodified[1].start(), premodified[1].group(0)))
            continue
        hit = next(((row, m) for number, row in enumerate(words.triggers) if row.event_type == trigger.event_type
                    for m in [prefilter.search(words.trigger_filter, number, masked, after, end)] if m is not None), None)
        if hit is None:
            continue
        chain = _dated_chain(words, masked, trigger, at, text, end, dates, start)
        if chain:
            seconds.extend(chain)
            continue
        row, match = hit
        if trigger.event_type == "CONSULT" and _one_beside_other(text, match.group(0)):
            # ("on the sidelines of the conference, X met Y", "X met Y on the margins of the summit": the gathering and
            # the meeting held at its side are two happenings, which share the sentence's date)
            seconds.append((row, match.start(), match.group(0)))
            continue
        joined = _OTHER_MEETING.match(masked, after, end) if trigger.event_type == "CONSULT" else None
        other = next((m for number, r in enumerate(words.triggers) if r.event_type == "CONSULT"
                      for m in [r.pattern.match(masked, joined.end(), end)] if m is not None), None) if joined is not None else None
        if other is not None:
            # ("an informal summit of the union's leaders and a summit of the bloc in Moscow": two meetings, each of its own
            # body, told together; they share the sentence's date)
            seconds.append((trigger, other.start(), other.group(0)))
            continue
        # (or, in one clause, a sentence's only date, a day or a month with its year, told right after the second:
        # "discussed the tasks set at the summit in Yerevan in October 2016" dates the summit, not the discussion)
        close = (len(dates) == 1 and dates[0].precision in ("day", "month") and dates[0].explicit_year
                 and 0 <= dates[0].start + start - match.end() <= _OWN_DATE_REACH)
        # (or one the text schedules in a clause of its own: "discussed the preparation of the summit, which will be held
        # on 23 November in <city>" dates the summit, not the talk)
        close = close or (len(dates) == 1 and _schedules(words, masked, match.end(), end, start + dates[0].start))
        if (any(0 <= d.start + start - match.end() <= _OWN_DATE_REACH for d in dates)
                and _PREPARED_FOR.search(masked, max(start, match.start() - _PREPARED_REACH), match.start()) is not None):
            # (a meeting prepared or on an agenda, its date right after it: "discussed preparations for the bloc's summit in
            # <city> on 23 November" dates the summit, still to come, not the talk)
            seconds.append((row, match.start(), match.group(0)))
            continue
        # (or held, its date right after the participle: "told them of the rulings made at the bloc's session held in
        # October in Yerevan" dates the session, not the telling)
        close = close or (len(dates) == 1 and _HELD_THEN.fullmatch(masked, match.end(), start + dates[0].start) is not None)
        # (or two of a list, each told with its own date: "the ministers' sitting on 4 May and the leaders' session
        # on 5 May")
        between = [d for d in dates if after <= d.start + start and d.end + start <= match.start()]
        listed = (bool(between) and _NEXT_ITEM.fullmatch(masked, between[-1].end + start, match.start()) is not None
                          and any(0 <= d.start + start - match.end() <= _LISTED_DATE_REACH
                                  and not _CLAUSE_BREAK.search(masked, match.end(), d.start + start) for d in dates))
        if listed:
            seconds.append((row, match.start(), match.group(0)))  # (each the nearer one to its own date, told after it)
            continue
        # (the break may fall inside the second trigger's words: "… received Secretary-General X, who arrived in Y on
        # March 11 …", the arrival's pattern taking in the title before the relative clause)
        broken = _CLAUSE_BREAK.search(masked, after, match.start()) or _RELATIVE_WHO.search(match.group(0))
        if not broken and not close:
            continue
        if not close and words.demanded.search(masked[max(start, match.start() - _GOVERNED_REACH) : match.start()]):
            # (nor, as in the first pass, what is demanded, discussed or organised: "the organization of the drills";
            # one the text dates is an event still: "discussed the tasks set at the summit in <city> in October 2016")
            continue
        nearer = [reach(d, at, len(text)) < reach(d, match.start(), len(match.group(0))) for d in dates]
        # (one date: the second's own, told after it: "after the opening of the drills, X said the Alpha
        # drills, which begin on 12 May, …")
        own = len(dates) == 1 and not nearer[0] and dates[0].start + start > match.end()
        if (any(nearer) and not all(nearer)) or own:
            seconds.append((row, match.start(), match.group(0)))
    return tuple(seconds)


def _dated_chain(
    words: EventWords, masked: str, trigger: Trigger, at: int, text: str, end: int, dates: Sequence[DateFound], start: int,
) -> list[tuple[Trigger, int, str]]:
    """Two or more later acts of the first one's type, each in a clause of its own and each the nearest act to a date of
    its own, none of the dates the first one's: "X signed into law the bill, passed by the lower house on <day> and
    approved by the upper house on <day>" (the signing keeps no date of theirs). Empty when the sentence is not so."""
    if len(dates) < 2:
        return []
    chain: list[tuple[Trigger, re.Match[str]]] = []
    after = at + len(text)
    while len(chain) <= len(dates):
        hits = [(row, m) for number, row in enumerate(words.triggers) if row.event_type == trigger.event_type
                for m in [prefilter.search(words.trigger_filter, number, masked, after, end)] if m is not None]
        if not hits:
            break
        row, match = min(hits, key=lambda hit: hit[1].start())
        previous = chain[-1][1].end() if chain else at + len(text)
        if not _CLAUSE_BREAK.search(masked, previous, match.start()) and not re.search(r"\band\s+$", masked[previous : match.start()]):
            return []  # (one act told in one clause: no list of acts)
        chain.append((row, match))
        after = match.end()
    if len(chain) < 2:
        return []
    acts = [(trigger, at, text)] + [(row, match.start(), match.group(0)) for row, match in chain]
    owners = {_nearest_trigger(acts, date, masked[start:end], start, dates)[1] for date in dates}
    if at in owners or len(owners) < 2:
        return []  # (the first act keeps a date of its own, or one act takes them all: the usual pairing reads it)
    return [act for act in acts[1:] if act[1] in owners]


#: What joins a meeting of one body to a meeting of another: " of the union's leaders and a ", " della Csi e il " (a
#: meeting's trigger must start right after).
#: The nouns of a meeting that a body holds: "summit", "session", "riunione".
_MEETING_NOUN = r"(?:summit|meeting|session|vertice|riunione|sessione)"
#: An infinitive's marker opening a trigger's words: "to discuss", "per discutere".
_INFINITIVE_OPENS = re.compile(r"(?:to|per)\s", re.IGNORECASE)
#: A gathering named as the occasion another meeting was held beside: "on the sidelines of ", "a margine del ".
_MARGINS = re.compile(r"(?:on\s+the\s+(?:sidelines|margins)\s+of|a\s+margine\s+(?:del|della|dei|delle|dell['’]))\b", re.IGNORECASE)


def _one_beside_other(first: str, second: str) -> bool:
    """Whether of two meeting triggers' words exactly one names a gathering as the occasion ("on the sidelines of the
    conference") and the other a meeting: two happenings, the meeting held beside the gathering."""
    return (_MARGINS.match(first) is None) != (_MARGINS.match(second) is None)


_OTHER_MEETING = re.compile(r"\s+(?:of|della|dei|degli|del)\s+(?:the\s+)?[^,;:.()]{2,60}?\s+(?:and|e)\s+(?:an?|the|il|un|una|la|l['’])\s*(?:[\w-]+\s+){0,2}?",
                            re.IGNORECASE)
#: What stands between a date and the noun it premodifies: "tomorrow's ", "(16 September) ", "16 September ".
_PREMODIFIER = re.compile(r"(?:['’]s)?\)?\s?")
#: A past participle of holding between a meeting's noun and its date: " held ", " tenutosi ".
#: (the participles, shared with _ANTECEDENT's reading of a meeting named inside another trigger's words)
_HELD_PARTICIPLES = r"(?:held|convened|hosted|staged|tenut[oaie]|tenutosi|svolt[oaie]|svoltosi)"
_HELD_THEN = re.compile(rf"\s+{_HELD_PARTICIPLES}\s+", re.IGNORECASE)


def _schedules(words: EventWords, masked: str, after: int, end: int, date_at: int) -> bool:
    """Whether the text after a trigger (from ``after``) schedules it in a clause of its own whose date is the one at
    ``date_at`` ("…, which will be held on 23 November", "…, che si terrà il 23 novembre")."""
    clause = words.scheduled.match(masked, after, end)
    return clause is not None and 0 <= date_at - clause.end() <= _SCHEDULED_DATE_GAP


#: The most characters between a scheduling clause's verb and its date ("will be held in Minsk on").
_SCHEDULED_DATE_GAP = 24


def _calendar_year(tools: EventTools, event_type: str, found: DateFound, country: str | None) -> int | None:
    """The year of the calendar entry this year-less report matches, if exactly one does."""
    years = _calendar_years(tools, event_type, found, country)
    return years.pop() if len(years) == 1 else None


def _calendar_years(tools: EventTools, event_type: str, found: DateFound, country: str | None = None) -> set[int]:
    """The years of the calendar entries of this type on this year-less report's day or month (in ``country``,
    or anywhere when it is None)."""
    month_day = _month_day(found)
    if month_day is None:
        return set()
    return {
        entry.date.year
        for entry in tools.calendar
        if event_type in entry.types
        and (country is None or entry.country in (None, country))
        and (
            (entry.precision == "day" and month_day[1] is not None and (entry.date.month, entry.date.day) == month_day)
            or (entry.precision == "month" and entry.date.month == month_day[0])
        )
    }


def _calendar_days(tools: EventTools, found: DateFound) -> bool:
    """Whether any calendar entry, of any type and anywhere, falls on this year-less report's day or month (what
    ``_calendar_years`` asks of one type, asked of all at once)."""
    month_day = _month_day(found)
    if month_day is None:
        return False
    days, months = tools.calendar_index
    return (month_day[1] is not None and month_day in days) or month_day[0] in months


def _month_day(found: DateFound) -> tuple[int, int | None] | None:
    if found.explicit_year or (found.date is None and found.precision == "unknown" and not any(c.isdigit() for c in found.text)):
        return None
    if found.date is not None:
        return found.date.month, found.date.day if found.precision == "day" else None
    return None


def extract_article_events(article: Article, tools: EventTools) -> tuple[list[EventRecord], list[UncodedRecord]]:
    """Return the events of one article and the paragraphs that yielded none."""
    article_id = article.clean.document.article_id
    published = article_day(article) if article.published.precision == "day" else None
    english = [s.text_en for s in article.segments]
    use_english = all(text is not None for text in english)
    lines = [t or "" for t in english] if use_english else list(article.clean.lines)
    skip_first = not article.title_derived and not (article.clean.document.meta and article.clean.document.meta.title)
    discourse = Discourse(tools.registry, article_day(article), words=tools.finder.words)  # roles at the article's date
    parser = tools.parser
    day = article_day(article)
    year_hint = day.year if day is not None else None  # month or year precision still gives the year
    year_source = "text"
    prepared = []
    for number, line in enumerate(lines):
        masked = _mask_quotes(line, tools.quote_words)
        mentions = []
        for mention in tools.finder.find(line):
            if masked[mention.start : mention.end] == line[mention.start : mention.end]:
                resolved = discourse.resolve(mention)
                if resolved.kind == "surname" and not resolved.resolved:
                    continue
                discourse.note(resolved)
                mentions.append(resolved)
        prepared.append((number, line, masked, mentions))
    # A year-less date that the calendar recognises dates the whole article; so does a dateline's day.
    # (a page's header lines, "ID : 380440", "Tue, 09/15/2015", may come before it)
    # (further down only under a page's short header lines, "Projects", "All news", a time stamp: the first line of
    # some length, the headline perhaps, and the one after it)
    header = next((n for n, line, _, _ in prepared if len(line.split()) >= _BODY_WORDS), len(prepared))
    reach = max(DATELINE_LINES, min(header + 2, HEADER_LINES))
    dated_lines = [(n, dateline_month_day(line, parser, tools.date_words)) for n, line, _, _ in prepared[:reach]]
    dateline_line, dateline = next(((n, d) for n, d in dated_lines if d), (None, None))
    if year_hint is None and dateline is not None and dateline[2] is not None:
        year_hint = dateline[2]
    if year_hint is None:
        year_hint = _year_from_calendar(tools, prepared, dateline)
        year_source = "calendar_year"
        if year_hint is None:
            year_hint = _year_from_roles(tools.registry, prepared, dateline)
            year_source = "inferred_year"
    if published is None and dateline is not None and year_hint is not None:
        published = dt.date(year_hint, dateline[0], dateline[1])
    if year_hint is not None and year_source == "text" and published is None:
        year_source = "article_context"
    lead = dt.date(year_hint, dateline[0], dateline[1]) if dateline is not None and year_hint is not None else None
    if published is not None and lead is not None and 0 < (published - lead).days <= _REPOSTED_WITHIN:
        # a wire posted again days later ("YEREVAN, NOVEMBER 28, ARMENPRESS: … received today", on a page of the 30th):
        # its "today", its weekdays and its undated news are its dateline's day
        published = lead
    unmasked = prepared
    main_country = functools.cache(lambda: _main_country(tools, unmasked))  # only when a sentence needs it
    opening = [line for _, line, _, _ in prepared[:5]] + ([lines[dateline_line]] if dateline_line is not None else [])
    # (and an official page's day line under its title, with the place of the day's event: "August 5, 2031, Sochi")
    opening += [line for line in lines[5:HEADER_LINES] if DATE_LINE.fullmatch(line) and _DAY_LINE_PLACE.search(line)][:1]
    filed_at = _dateline_place(tools, opening, day)
    prepared = [(n, text, _mask_dateline(m) if (n <= 2 or n == dateline_line) and not deictic_opening(m, tools.date_words) else m, ms)
                for n, text, m, ms in prepared]
    # (a page's own date before its title, "26 May 2025 The delegation at the session …", is the story's day, no event's)
    prepared = [(n, text, _mask_page_date(m, tools, published) if n == 0 else m, ms) for n, text, m, ms in prepared]
    # (nor is the date of a source cited in brackets: "signed a memorandum (mid.ru, May 6) on 3-4 May")
    prepared = [(n, text, _CITATION.sub(lambda c: "X" * len(c.group(0)), m) if "(" in m else m, ms) for n, text, m, ms in prepared]
    context = _Context(
        article, tools, published, year_hint, year_source, use_english, main_country,
        _starts(lines), _starts(article.clean.lines), filed_at,
        day.replace(day=1) if day is not None and article.published.precision == "month" else None,
        dateline_line if dateline_line is not None and dateline_line > 2 else _first_body(lines, 0 if article.title_derived else 1, tools.words),
        frozenset(n for n, line in enumerate(lines[: NEWS_PARAGRAPHS + 4]) if n and _SUBHEAD.fullmatch(line)),
        filed_at is None or filed_at.country in _countries_named(tools, prepared),
        named_country=functools.cache(lambda: _named_country(tools, unmasked)),
        published_year=day.replace(month=1, day=1) if day is not None and article.published.precision == "year" else None,
        pair_title=bool(lines) and (_two_state_border(tools, lines[0]) or _pair_named(tools, lines[0])),
        titled_country=functools.cache(lambda: _titled_country(tools, unmasked, main_country())),
    )
    news = context.first_news
    if news is not None and 0 < news < len(lines) and DATE_LINE.fullmatch(lines[news]) and len(lines[news - 1].split()) >= _BODY_WORDS:
        context = replace(context, titled_news=news - 1)
    elif lines and not article.title_derived and tools.quote_words.remarks_heading.match(lines[0]):
        # (and a title that opens on the speech printed below it, "Speech by X at the session of …": the day's event)
        context = replace(context, titled_news=0)
    context = replace(context, lead_day=_lead_day(context, prepared))
    events: list[EventRecord] = []
    uncoded: list[UncodedRecord] = []
    # (in a story known only to its month, the day its opening says its source spoke, "X said on October 7", is the
    # day a bare weekday further down counts back from: "the maneuvers ended on Friday")
    anchor: dt.date | None = _spoken_on(context, prepared) if context.published_month is not None else None
    undated_before = False  # the last event told had no date: a "that day" after it names none
    context_year: int | None = None
    headline: tuple[int, str, str, list[Mention]] | None = None
    said_before = ""  # the sentence before, which a sentence like "X made the statement during …" points back to
    title_order = _WORD.findall(lines[0].casefold()) if skip_first and lines else None
    title_words = sorted(title_order) if title_order is not None else None
    base = context  # the article's own context; a line that is a date alone heads the items after it with that day
    heading: dt.date | None = None
    block_starts: list[int] = []  # the paragraphs where a date line opens an item
    story_day = base.published or base.published_month  # (a story known to its month only has its column too)
    for number, line, masked, mentions in prepared:
        day_line, alone = _date_line(tools, line)
        if (day_line is not None and story_day is not None and day_line != base.published
                and abs((day_line - story_day).days) <= _HEADING_DAYS):
            # (the page's own date under its title is no column's item)
            # ("21.04.2025" over an item of a site's news column, or after its title: its day and its year, not the page's)
            heading = day_line
            block_starts.append(number)
            context = replace(base, published=day_line, year_hint=day_line.year, published_month=None)
            anchor, context_year = day_line, day_line.year
            if alone:
                uncoded.append(UncodedRecord(article_id, number, "no_event_trigger", line))
                continue
        if number == 0 and skip_first:
            headline = (number, line, masked, mentions)  # read last, for what the body does not tell
            continue
        if title_words and sorted(_WORD.findall(line.casefold())) == title_words and _WORD.findall(line.casefold()) != title_order:
            # a subheading that repeats the headline's words in another order ("X: si riunisce la Y" over "X: la Y si
            # riunisce") is the headline again, read last like it (a lead that opens the page with the headline's own
            # sentence, word for word, is the story's first paragraph)
            uncoded.append(UncodedRecord(article_id, number, "headline", line))
            continue
        before = len(events)
        told = before  # where the events of the sentence before start
        setting = ""  # a sentence that opened on a meeting ("During the talks, …"), for the next one's "They"
        for start, end in sentences(masked, tools.quote_words.abbreviations):
            sentence = _Sentence(number, line, masked, mentions, start, end)
            # (the lead is the first sentence with words of its own: "MOSCOW, May 3. /TASS/." is the dateline's)
            lead_day = lead if number == dateline_line and not _LOWER.search(masked, 0, start) else None
            if heading is not None and lead_day is None and start == 0:
                lead_day = heading  # (an item's first sentence under its date line is that day's news)
            _date_told(context, events, told, masked[start:end], anchor)
            _scheduled_after(context, events, told, masked[start:end], anchor)
            _restated(context, events, masked[start:end], anchor)
            told = len(events)
            # "X's announcement came a day after Y": the day is counted from the story's news, not from the date
            # the article stated last
            counted_from = context.published if _CAME_AFTER.search(masked, start, end) and context.published else anchor
            told_now = len(events)
            for record in _sentence_events(context, sentence, counted_from, lead_day, context_year, undated_before):
                call = _the_call(record, events, masked[start:end])
                if call is not None:
                    # "X discussed … with Y, the Kremlin said. In the phone call, …": the talks were a call, held nowhere
                    events[call] = replace(events[call], mode="virtual", country=None, place=None, latitude=None, longitude=None,
                                           geo_precision="virtual")
                    continue
                record = _follow_earlier_report(record, events, masked[start:end], tools.words,
                                                setting if _THEY_OPEN.match(masked, start, end) else "")
                record = _at_the_statement(context, record, masked[start:end], said_before, anchor)
                record = _at_the_same_time(record, events, masked[start:end])
                record = _by_the_participants(record, events, masked[start:end], tools.words)
                record = _away_from_the_meeting(record, events, masked[start:end])
                record = _told_in_paragraph(context, record, masked, start, end, anchor)
                record = _in_the_operation(record, events, masked[:end], tools.words)
                record = _signing_expected(record, events)
                # (a noun named by its own date is a reference, no year the story's narrative is set in; a document named
                # by its day, "the 2 May 2031 decision on …", is no day it counts from either, as an attack
                # is: "the September 13 attack … A day after the offensive, …")
                reference = _own_dated(tools.words, record, masked[start:end])
                if record.event_date is not None and record.date_precision == "day" and not (reference and record.event_type == "AGREE"):
                    anchor = record.event_date
                # (not a founding told as background, "Created in 1992, the bloc …": no year the story goes on in)
                written = (_YEAR.search(record.date_text or "") if record.date_source == "text"
                           and not (record.event_type == "AGREE" and _FOUNDED_FIRST.match(record.trigger or "")) and not reference else None)
                context_year = int(written.group(0)) if written else context_year
                # (talks "on the sidelines of" a meeting are talks of their own, on the meeting's day)
                same = next((i for i, other in enumerate(events) if _same(record, other) and not _beside(record, other)), None)
                coarse = next((i for i, other in enumerate(events) if _narrows(record, other)), None)
                if coarse is not None and same in (None, coarse):
                    # told first by its month ("in September"), then by its days ("From September 4 to 8"): the days
                    events[coarse] = _placed_as(record, events[coarse])
                    continue
                if any(_narrows(other, record) for other in events):
                    continue  # told by its days before, by its month or year now: the days
                # (a year is too coarse to say two tellings are one event: "the bloc drafts plans for a drill in 2031
                # …; the army will join six drills on its own ranges in 2031")
                placed = (record.country is not None and bool(record.place_text) and record.event_date is not None
                          and record.date_precision != "year")
                unplaced = next((i for i, other in enumerate(events) if placed and other.country is None
                                 and other.event_type == record.event_type and other.event_date == record.event_date), None)
                if unplaced is not None:
                    # told first with no place, then again by where ("CSTO leaders have signed an agreement … A document
                    # … has been signed in Moscow"): the first telling, at the place the second names
                    other = events[unplaced]
                    if other.geo_precision == "virtual":
                        continue  # (talks held online, told again as "speaking at the summit": held nowhere still)
                    events[unplaced] = replace(other, country=record.country, place=record.place, place_text=record.place_text,
                                               latitude=record.latitude, longitude=record.longitude, geo_precision=record.geo_precision)
                    continue
                if same is None and not _closes(record, events, masked[start:end], tools.words):
                    events.append(record)
                elif same is not None and events[same].date_source in _STORY_DATED and record.date_source == "text":
                    # the same event told again with its own date words (a visit's heading over "On 3 May, in the
                    # capital there took place a meeting"): the worded telling is the better evidence
                    events[same] = record
            if len(events) > told_now:
                undated_before = events[-1].event_date is None and events[-1].status == "happened"
            # "Ieri X ha annunciato il ritiro a partire da oggi. Nella stessa giornata …": the day that heads a
            # sentence is the day its story is at, whatever date its events took
            anchor = _heading_day(context, masked[start:end], anchor) or anchor
            said_before = masked[start:end]
            setting = said_before.lstrip()
        for record in _quoted_events(context, _Sentence(number, line, masked, mentions, 0, len(line)), anchor, context_year):
            coarse = next((i for i, other in enumerate(events) if _narrows(record, other)), None)
            if coarse is not None:
                events[coarse] = _placed_as(record, events[coarse])  # told by its month outside the quotation, by its days inside it
            elif not any(other.event_type == record.event_type and other.event_date == record.event_date for other in events):
                events.append(record)
        if len(events) == before:
            reason = "quotation_only" if masked.count("X") > len(masked) / 2 else "no_event_trigger"
            uncoded.append(UncodedRecord(article_id, number, reason, line))
    # (the items under a column's date lines are stories of their own: one item's mention is no telling of another's)
    blocks = [[e for e in events if bisect.bisect_right(block_starts, e.segment_no) == i] for i in range(len(block_starts) + 1)]
    coded = _hosted(_online(_at_the_coming_meeting(_meeting_outcomes(_held_at([e for block in blocks for e in _corefer(block, context.tools.words.site, context.tools.words.spoken)])))))
    coded = _started_before(coded, context.tools.words)
    coded = _at_a_later_session(coded, context.tools.words)
    if context.published_month is not None:
        coded = _said_at_the_session(coded, context.tools.words)
    heads = _headline_events(context, headline, coded, lines) if headline is not None else []
    # (the body's meetings placed as the one the headline names: "… Snubs Moscow Summit")
    coded = _one_meeting([*heads, *coded])
    heads = [e for e in coded if e.segment_no == 0 and e in heads]
    coded = [e for e in coded if not (e.segment_no == 0 and e in heads)] + heads
    if headline is not None and not heads:
        uncoded.insert(0, UncodedRecord(article_id, 0, "headline", headline[1]))
    return _dated_by_caption(coded, article, context), uncoded


#: The cleaning rules whose lines may be a picture's caption ("© Agency . Photographer <caption>, <date>").
_CAPTION_RULES = frozenset({"photo_caption", "copyright"})


def _dated_by_caption(events: list[EventRecord], article: Article, context: _Context) -> list[EventRecord]:
    """An event the article reports with no date of its own takes the day a picture's caption gives the scene of its
    type ("© Agency . X Demonstration against the premier in <city>, <day> <month> <year>" dates the story's "Protests in
    <city>"): cleaning removes the caption as boilerplate, but its day is evidence (``date_source`` "caption"), better than
    the story's day an opening paragraph's report took. Only a day told with its year, not after the story, one date
    in the caption, and a type the article dates nowhere else by its words."""
    # (and one dated only by the story's day: the caption's explicit day is the better evidence)
    undated = {id(e) for e in events if (e.event_date is None or e.date_source == "published") and e.status == "happened"}
    if not undated:
        return events
    tools = context.tools
    days: dict[str, DateFound] = {}
    for line in article.clean.removed:
        if line.reason not in _CAPTION_RULES:
            continue
        found = [d for d in find_dates(tools.date_words, line.text, tools.parser, context.published, None, context.year_hint,
                                       story_month=context.published_month, story_year=context.published_year) if d.date is not None]
        if (len(found) != 1 or found[0].precision != "day" or not found[0].explicit_year
                or (context.published is not None and found[0].date is not None and found[0].date > context.published)):
            continue
        for number, trigger in enumerate(tools.words.triggers):  # (the literal prefilter skips rows that cannot match)
            if not trigger.own_date and prefilter.search(tools.words.trigger_filter, number, line.text) is not None:
                days.setdefault(trigger.event_type, found[0])
    dated = {e.event_type for e in events if e.event_date is not None and id(e) not in undated}
    return [replace(e, event_date=day.date, date_precision="day", date_text=day.text, date_source="caption")
            if id(e) in undated and e.event_type not in dated and (day := days.get(e.event_type)) is not None else e for e in events]


def _started_before(events: list[EventRecord], words: EventWords) -> list[EventRecord]:
    """An event told by its close ("concluded the exercises on Tuesday") whose start the article dates too, up to a month
    before ("the drills kicked off on Sunday"), is that one event: dated by its start, not again by its close."""
    closed = [_told_closed(event, words) for event in events]
    return [event for event, ended in zip(events, closed, strict=True) if not (ended and event.event_date is not None and any(
        not other_ended and other.event_type == event.event_type and other.event_date is not None and other.status == event.status
        and 0 < (event.event_date - other.event_date).days <= _EVENT_DAYS and other.date_source not in _STORY_DATED
        and (other.country == event.country or None in (other.country, event.country))
        for other, other_ended in zip(events, closed, strict=True)))]


#: A meeting named with an indefinite article: "at a summit", "during a session".
_INDEFINITE_MEETING = re.compile(r"\b(?:a|an|un|una)\s+(?:[\w-]+\s+)?(?:meeting|summit|session|talks|vertice|riunione|sessione|incontro)\b", re.IGNORECASE)
#: The nouns of a sitting a meeting's trigger names: "the plenary meeting", "the session", "il vertice".
_SITTING = re.compile(r"\b(?:meeting|session|summit|sitting|plenary|vertice|riunione|sessione|seduta)\b", re.IGNORECASE)


def _at_a_later_session(events: list[EventRecord], words: EventWords) -> list[EventRecord]:
    """"At the sitting the deputies are to adopt an address. … On Friday he will attend the plenary meeting": an
    undated act "at the session", in an article that dates no meeting before it, took (or takes) place at the first
    meeting the article dates after it, on its day and, with no place of its own, where it is held."""
    coded = list(events)
    for index, event in enumerate(coded):
        evidence = event.evidence_en or event.evidence_original or ""
        anaphor = words.at_the_meeting.search(evidence) if event.event_date is None and event.event_type != "CONSULT" else None
        # (the meeting named with "the", as one the article tells: not "speaking at a summit", the setting of a statement
        # whose topic the act is; and an act to be done there or agreed there, not one a speaker talks about)
        if anaphor is None or _INDEFINITE_MEETING.search(anaphor.group(0)) or not (event.status == "planned" or event.event_type == "AGREE"):
            continue
        if any(other.event_type == "CONSULT" and other.event_date is not None for other in coded[:index]):
            continue  # (one dated before: the sentence-by-sentence pass has told it)
        later = next((other for other in coded[index + 1 :] if other.event_type == "CONSULT" and other.event_date is not None
                      and other.date_precision == "day" and other.date_source not in _STORY_DATED and _SITTING.search(other.trigger or "")), None)
        if later is None:
            continue
        where = event if event.place_text else later
        coded[index] = replace(event, event_date=later.event_date, date_precision="day", date_text=later.date_text,
                               date_source="article_context", country=where.country, place=where.place, place_text=where.place_text,
                               latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision)
    return coded


def _told_closed(event: EventRecord, words: EventWords) -> bool:
    """Whether an event's evidence tells its close right before its trigger ("wrapped up the drills")."""
    evidence = event.evidence_en or event.evidence_original or ""
    at = evidence.find(event.trigger) if event.trigger else -1
    return at > 0 and words.ended.search(evidence, max(0, at - 80), at) is not None


def _said_at_the_session(events: list[EventRecord], words: EventWords) -> list[EventRecord]:
    """In a story known only to its month whose first event is a session held on a day of that month ("X took part on
    28 November in the summit in Astana"), what its speaker said further down, dated only by the story's month ("X
    denounced …"), was said at that session: on its day, where it was held."""
    first = next((e for e in events if e.event_date is not None), None)
    if (first is None or first.event_type != "CONSULT" or first.status != "happened" or first.date_precision != "day"
            or first.date_source in _STORY_DATED or first.country is None):
        return events
    return [replace(e, event_date=first.event_date, date_precision="day", date_text=first.date_text, date_source="article_context",
                    country=first.country, place=first.place, place_text=first.place_text, latitude=first.latitude,
                    longitude=first.longitude, geo_precision=first.geo_precision)
            if (e.event_type in words.spoken and e.date_source == "published" and e.date_precision == "month" and e.status == "happened"
                and e.event_date is not None and first.event_date is not None and e.event_date == first.event_date.replace(day=1))
            else e for e in events]


#: The fewest words of a headline whose undated act is the story's news ("Sostegno Ue all'esercito di X", not "Unrest").
_NEWS_HEADLINE_WORDS = 4


def _headline_events(context: _Context, headline: tuple[int, str, str, list[Mention]], coded: Sequence[EventRecord],
                     lines: Sequence[str]) -> list[EventRecord]:
    """A headline's events that the body never tells outside a quotation ("X accuses Y of provocation" over a
    statement given in quotation marks): the story's own, dated by the story. A headline that repeats the body (an
    event type the body codes, or a trigger's words the body holds: "agree to withdraw" over "agreed to withdraw")
    adds nothing."""
    number, line, masked, mentions = headline
    kinds = {event.event_type for event in coded}
    body = functools.cache(lambda: "\n".join(lines[1:]).casefold())  # (only for a headline with a trigger)
    words = context.tools.words
    found: list[EventRecord] = []
    for start, end in sentences(masked, context.tools.quote_words.abbreviations):
        if all(trigger.event_type in kinds or text.casefold() in body() for trigger, _, text in _triggers(words, masked, start, end)):
            continue  # (most headlines: nothing the body does not tell, and no need to code them)
        for record in _sentence_events(context, _Sentence(number, line, masked, mentions, start, end), None, None):
            if (record.event_date is None and record.status == "happened" and context.published is not None
                    and len(masked[start:end].split()) >= _NEWS_HEADLINE_WORDS and _reports_news(context, _first_body_of(context), masked[start:end])):
                # ("Sostegno Ue all'esercito di X": a headline's act with no date words is the story's news, dated by the
                # story as the opening's are; not a one- or two-word label, "Unrest")
                record = replace(record, event_date=context.published, date_precision="day", date_source="published")
            if (record.event_date is not None and record.event_type not in kinds and (record.trigger or "").casefold() not in body()
                    and not any(_same(record, other) for other in found)):
                found.append(record)
    return found


#: A word, for comparing a line with the headline.
_WORD = re.compile(r"\w+")
#: A lower-case letter: a stretch without one ("XXXX, May 3. /TASS/.") holds no words of a sentence.
_LOWER = re.compile(r"[a-zà-ÿ]")
#: Acts one party makes on its own, so that two of them by different sources are two acts, not one told twice.
_ACTS_OF_ONE = frozenset({"REJECT", "REQUEST", "ACCUSE", "DISAPPROVE", "SUPPORT", "DEMAND", "THREATEN", "SANCTION"})
#: Dates an event gets from the story rather than from its own words.
_STORY_DATED = frozenset({"published", "dateline"})
#: Date words that count a week: "last week", "la settimana scorsa".
_WEEK_WORDS = re.compile(r"\b(?:week|settimana)\b", re.IGNORECASE)
#: The most days after a wire's dateline that a page may repost it and still tell its day by the dateline's.
_REPOSTED_WITHIN = 7
#: A date the calendar of known meetings gives: a caption's "Vertice CSTO a Dushanbe" is the summit the text dates.
_KNOWN_DATED = frozenset({"calendar"})


def _corefer(events: Sequence[EventRecord], site: re.Pattern[str], spoken: frozenset[str] = frozenset()) -> list[EventRecord]:
    """A story-dated mention of a type that the article dates in words nearby is that same event.

    "DUSHANBE, July 16 — troops are taking part in the drills …" and "the drills began on July 15" report one
    exercise: the mention dated only by the dateline or the publication day takes the worded date (within a
    week, or within the month the story is dated to, and with the same status), and the worded place when it
    has none; a mention that then repeats an event already coded is dropped, as repeats within a paragraph are.
    """
    worded = [e for e in events if e.event_date is not None and e.date_source not in _STORY_DATED]
    kept: list[EventRecord] = []
    for event in events:
        if _named_year(event) and any(other.event_type == event.event_type and other.event_date is not None and event.event_date is not None
                                      and other.date_precision in ("day", "week", "month") and other.event_date.year == event.event_date.year
                                      for other in events):
            continue  # "Rubezh-2014" names the year of a drill the article dates more closely elsewhere
        if event.event_date is not None and event.date_source in _STORY_DATED | _KNOWN_DATED:
            same = next((w for w in worded if w is not event and not (event.date_source in _KNOWN_DATED and w.date_source in _KNOWN_DATED)
                         and _corefers(event, w, site)), None)
        elif (period := _named_again(event)) is not None:
            # "the June summit" in a story that dated a June summit to its day ("… in the capital on June 14"): that summit
            same = next((w for w in worded if w is not event and w.event_type == event.event_type and w.status == event.status and w.date_precision == "day"
                         and w.event_date is not None and event.event_date is not None and _same_period(w.event_date, event.event_date, period)
                         # (a country its actors gave may differ: "Minister X took part in the June session")
                         and (event.place_text is None or event.country is None or w.country is None or event.country == w.country)), None)
        else:
            same = None
        if same is not None:
            event = replace(event, event_date=same.event_date, date_precision=same.date_precision,
                            date_text=same.date_text, date_source="article_context", status=same.status)
            if (event.country is None or event.place_text is None) and same.country is not None:
                event = replace(event, country=same.country, place=same.place, place_text=same.place_text,
                                latitude=same.latitude, longitude=same.longitude, geo_precision=same.geo_precision)
        # (not one that its own words and the other's put in two countries: "Mosca ha dispiegato … al confine … le truppe
        # sono state schierate ad Astana")
        told = next((i for i, other in enumerate(kept) if other.date_source in _STORY_DATED and other.event_type == event.event_type
                     and other.event_date == event.event_date and not _siblings(other, event)
                     # (nor the meeting one sentence tells as held beside the other: "on the sidelines of the conference X met Y")
                     and not (other.evidence_original == event.evidence_original and _beside(event, other))
                     and not (other.place_text and event.place_text and other.country != event.country)
                     # (nor words of two speakers of two countries: "X chastised his allies … Y criticized fellow members …")
                     and not (event.event_type in spoken and other.country and event.country and other.country != event.country)),
                    None) if event.date_source in _STORY_DATED else None
        if told is not None:
            # "the leaders took part in the meeting": the session the story already reported; when this mention
            # says it was held online and the first had a country only from its actors, the session had no place
            if event.geo_precision == "virtual" and kept[told].place_text is None:
                kept[told] = replace(kept[told], mode="virtual", country=None, place=None, latitude=None, longitude=None,
                                     geo_precision="virtual")
            continue
        if not any(_same(event, other) and not _beside(event, other) for other in kept):
            kept.append(event)
    return kept


def _closes(record: EventRecord, events: Sequence[EventRecord], sentence: str, words: EventWords) -> bool:
    """"The exercise … will close on 9 August" after "the exercise begins on 2 August": the last day of an event the
    article dated before (a definite mention of its type, an ending verb right before the date, within a month)."""
    if record.event_date is None or record.date_source not in ("text", "article_context") or not record.date_text:
        return False
    at, trigger = sentence.find(record.date_text), sentence.find(record.trigger)
    if at < 0 or trigger < 0 or not _DEFINITE.search(sentence[:trigger]):
        return False
    # (or its last part: "The final phase of the maneuvers … will take place on 23 October")
    if not words.ending.search(sentence[:at]) and not _LAST_PART.search(sentence[:trigger]):
        return False
    return any(other.event_type == record.event_type and other.event_date is not None
               and 0 < (record.event_date - other.event_date).days <= _EVENT_DAYS
               and (other.country == record.country or None in (other.country, record.country)) for other in events)


#: The most days one event (an exercise, a session) is taken to last.
_EVENT_DAYS = 31
#: The last part of an event, right before its noun: "the final phase of the", "the closing stage of the joint", "la fase
#: conclusiva delle".
_LAST_PART = re.compile(r"\b(?:(?:final|closing|concluding|last)\s+(?:phase|stage|part|day)\s+of|"
                        r"(?:fase|giornata|parte)\s+(?:finale|conclusiva)\s+d\w*['’]?)\s*(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _siblings(a: EventRecord, b: EventRecord) -> bool:
    """One trigger's events in the countries of one list ("drills in Kazakhstan and Kyrgyzstan")."""
    return (a.segment_no, a.char_start, a.orig_char_start, a.trigger) == (b.segment_no, b.char_start, b.orig_char_start, b.trigger) and a.country != b.country


def _named_year(event: EventRecord) -> bool:
    """Dated only by the year in a name ("Indestructible Brotherhood-2022"): a bare year of four digits."""
    return event.date_precision == "year" and bool(_BARE_YEAR.fullmatch(event.date_text or ""))


_BARE_YEAR = re.compile(r"(?:19|20)\d{2}")


def _online(events: list[EventRecord]) -> list[EventRecord]:
    """Agreements of an article that tells of a session held online (a videoconference on their day, or one it
    leaves undated) happened at no one place when only a fallback placed them (the dateline's city, the source's
    or the article's country): "Dushanbe. August 23. The members agreed to …", "the session took place via video
    conference". Tellings that then coincide are one event."""
    online = {e.event_date for e in events if e.event_type == "CONSULT" and e.geo_precision == "virtual" and _VIDEO.search(e.trigger or "")}
    if not online:
        return events
    # (not on the day of a session the article places somewhere: one leader joining it by video link makes it no
    # videoconference, "X will take part in the session in Dushanbe via video link")
    placed = {e.event_date for e in events if e.event_type == "CONSULT" and e.country is not None and e.geo_precision != "virtual" and e.event_date is not None}
    out: list[EventRecord] = []
    for event in events:
        if (event.event_type == "AGREE" and not event.place_text and event.geo_precision != "virtual"
                and (event.event_date in online or None in online) and event.event_date not in placed):
            event = replace(event, mode="virtual", country=None, place=None, latitude=None, longitude=None, geo_precision="virtual")
        if not any(_same(event, other) for other in out):
            out.append(event)
    return out


#: A decision and the infinitive of what it decides: "decided on Tuesday to send", "ha deciso martedì … di inviare".
_DECISION_ACT = re.compile(r"(?:ha(?:nno)?\s+)?(?:decided|resolved|deciso)\b[^,.;:]{0,110}?\s(?:to|di)\s+(?!not\b|non\b)[a-zà-ù]+", re.IGNORECASE)
#: A session held online, not a phone call between two: "videoconference", "video link", "online", "in videoconferenza".
_VIDEO = re.compile(r"video|online|virtual|in\s+linea", re.IGNORECASE)


def _held_at(events: list[EventRecord]) -> list[EventRecord]:
    """A decision dated only by the story that was made "at" a meeting the same sentence dates ("the decision was
    made at a meeting that took place in Sochi on 23 September", "At the summit in X, the members resolved to …",
    "X became a full member, it was announced at the summit held in Minsk on Friday") takes the meeting's day and place."""
    out: list[EventRecord] = []
    for event in events:
        told = event.evidence_en or event.evidence_original or ""
        at = _ENDS_AT.search(event.trigger or "")
        # (where the meeting's words start: at the trigger's last word, "at")
        where = told.find(event.trigger or "\0") + at.start() if at is not None and event.trigger else -1
        # (or undated: "during last year's session in X, documents were adopted")
        if event.event_type == "AGREE" and (event.date_source in _STORY_DATED or event.event_date is None) and event.trigger and event.trigger in told:
            meeting = next((m for m in events if m.event_type == "CONSULT" and m.segment_no == event.segment_no and m.event_date is not None
                            and m.date_source not in _STORY_DATED and (m.evidence_en or m.evidence_original) == told and m.trigger
                            and ((abs(told.find(m.trigger) - where) <= 1 or (at is not None and told.find(m.trigger) > where
                                  and _ARTICLE_GAP.fullmatch(told, where + len(at.group(0)), told.find(m.trigger)) is not None)) if where > 0 else
                                 told.find(m.trigger) >= 0 and (_SETTING_FIRST.match(m.trigger) is not None or (
                                     told.find(m.trigger) < told.find(event.trigger)
                                     and _SET_BEFORE.search(told, 0, told.find(m.trigger)) is not None)))), None)
            # (or one the sentence names as its setting and leaves undated: "agreed at the short summit in Minsk to …")
            # (or one the sentence names before the agreement as its setting, "the summit …, during which an accord was
            # signed", within the agreement's own words or not)
            setting = meeting is None and any(m.event_type == "CONSULT" and m.segment_no == event.segment_no and m.event_date is None
                                              and (m.evidence_en or m.evidence_original) == told and m.trigger
                                              and (_SETTING_FIRST.match(m.trigger) is not None
                                                   or _DURING_WHICH.search(told, told.find(m.trigger), max(0, told.find(event.trigger or "\0"))) is not None)
                                              for m in events)
            setting = setting or (meeting is None and _DURING_WHICH.search(event.trigger or "") is not None)
            if meeting is None and (_AT_THE_MEETING.match(told) or setting):
                # ("At the Minsk summit, the leaders adopted a statement" after "The summit took place in Minsk on 5
                # September": the one meeting the article dated before)
                dated = {(m.event_date, m.country): m for m in events if m.event_type == "CONSULT" and m.segment_no < event.segment_no
                         and m.event_date is not None and m.status == "happened" and m.geo_precision != "virtual"}
                meeting = next(iter(dated.values())) if len(dated) == 1 else None
            if meeting is not None and meeting.status == "planned" and event.status == "happened":
                meeting = None  # ("the summit on 16 September, where they have agreed to discuss it": agreed before it)
            if meeting is not None:
                # (a history's "la decisione … sarà presa nella sessione del 14 maggio 2002": taken, as the session was held)
                status = meeting.status if event.status == "planned" and meeting.status == "happened" else event.status
                event = replace(event, event_date=meeting.event_date, date_precision=meeting.date_precision, date_text=meeting.date_text,
                                date_source=meeting.date_source, country=meeting.country, place=meeting.place, place_text=meeting.place_text,
                                latitude=meeting.latitude, longitude=meeting.longitude, geo_precision=meeting.geo_precision, status=status)
        out.append(event)
    return out


def _at_the_coming_meeting(events: list[EventRecord]) -> list[EventRecord]:
    """An adoption still to come that its sentence sets at a coming meeting with a day ("the signing of the pact is to take
    place at the summit in <city> on 3 May"): on that meeting's day, where it is held (dated by the
    article's context, and said so)."""
    out: list[EventRecord] = []
    for event in events:
        if event.event_type == "AGREE" and event.event_date is None and event.status == "planned":
            meetings = [e for e in events if e.event_type == "CONSULT" and e.status == "planned" and e.event_date is not None
                        and e.segment_no == event.segment_no and e.evidence_original == event.evidence_original]
            if len(meetings) == 1 and _TAKES_PLACE_AT.search(event.trigger or ""):
                meeting = meetings[0]
                event = replace(event, event_date=meeting.event_date, date_precision=meeting.date_precision, date_text=meeting.date_text,
                                date_source="article_context", country=meeting.country, place=meeting.place, place_text=meeting.place_text,
                                latitude=meeting.latitude, longitude=meeting.longitude, geo_precision=meeting.geo_precision)
        out.append(event)
    return out


#: An act told as still to take place: "… will take place", "… avverrà", "… avrà luogo".
_TAKES_PLACE_AT = re.compile(r"\b(?:take\s+place|avverrà|avrà\s+luogo|si\s+terrà)$", re.IGNORECASE)


def _meeting_outcomes(events: list[EventRecord]) -> list[EventRecord]:
    """An agreement told with no date of its own, after the only meeting the article dates as held ("the ministers met
    in <city> on 19 June" … "a number of documents were approved", "the members agreed to step up …"), was reached at
    that meeting: it takes the meeting's day and place (dated by the article's context, and said so)."""
    days = [e for e in events if e.event_type == "CONSULT" and e.status == "happened" and e.event_date is not None and e.date_precision == "day"]
    held = {(e.event_date, e.country): e for e in days if e.date_source not in _STORY_DATED}
    # (with none dated by its words, the only one dated by the story is the meeting its undated decisions were taken at,
    # on the story's day as it is: "X chaired the commission's meeting in <city> … the members adopted decisions")
    story_dated = not held
    if story_dated:
        held = {(e.event_date, e.country): e for e in days}
    if len(held) != 1:
        return events
    meeting = next(iter(held.values()))
    assert meeting.event_date is not None
    # (nor one in a paragraph of history, which dates its other acts years before the meeting: "set up in 1992 …, suspended
    # in 1999 … The treaty was then extended …")
    history = {e.segment_no for e in events if e.event_date is not None and e.event_date.year < meeting.event_date.year - 1}
    out: list[EventRecord] = []
    for event in events:
        # (not one placed elsewhere: "at the summit in <city>, where the members have agreed to …" is no outcome of a
        # meeting held online or in another city)
        if (event.event_type == "AGREE" and event.event_date is None and event.status == "happened" and event.segment_no >= meeting.segment_no
                and not (event.place_text and event.country != meeting.country) and event.segment_no not in history):
            where = event if event.place_text else meeting
            event = replace(event, event_date=meeting.event_date, date_precision=meeting.date_precision, date_text=meeting.date_text,
                            date_source=meeting.date_source if story_dated else "article_context", country=where.country, place=where.place,
                            place_text=where.place_text, latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision)
        elif (event.event_type == "AGREE" and event.status == "happened" and event.date_source == "published" and event.country is None
                and not event.place_text and event.event_date == meeting.event_date and meeting.date_source not in _STORY_DATED
                and meeting.geo_precision != "virtual" and event.segment_no not in history):
            # ("The secretaries have decided to create a council. ¶ The secretaries met in <city> today."): an agreement the
            # story dates by its own day, placed nowhere, was reached at the one meeting held that day, where it was held
            event = replace(event, country=meeting.country, place=meeting.place, place_text=meeting.place_text, latitude=meeting.latitude,
                            longitude=meeting.longitude, geo_precision=meeting.geo_precision)
        out.append(event)
    return out


def _one_meeting(events: list[EventRecord]) -> list[EventRecord]:
    """Meetings an article tells of on one day (or in one month), that only one place is named for ("the summit in
    Moscow" … "Belarus was to take the chair at the summit Sunday"): the mentions placed only by a fallback (an actor's
    country, the story's) are that meeting, in the named place; one of those that then repeats a kept event is dropped."""
    named: dict[tuple[object, str], dict[str | None, EventRecord]] = {}
    for e in events:
        if e.event_type == "CONSULT" and e.event_date is not None and e.place_text and e.geo_precision != "virtual" and e.status == "happened":
            named.setdefault((e.event_date, e.date_precision), {}).setdefault(e.country, e)
    out: list[EventRecord] = []
    for event in events:
        hosts = named.get((event.event_date, event.date_precision), {})
        if (event.event_type == "CONSULT" and event.event_date is not None and not event.place_text and event.geo_precision != "virtual"
                and len(hosts) == 1 and event.country not in hosts):
            host = next(iter(hosts.values()))
            event = replace(event, country=host.country, place=host.place, place_text=None, latitude=host.latitude,
                            longitude=host.longitude, geo_precision=host.geo_precision)
            if any(_same(event, other) and not _beside(event, other) for other in out):
                continue  # (the meeting told again; not a meeting of two beside a body's sitting, `_beside`)
        elif (event.event_type == "CONSULT" and event.event_date is not None and event.date_precision == "day" and event.country is None
              and not event.place_text and event.geo_precision != "virtual" and not hosts):
            # (or a day or two after the days of the only place the article names for its meetings: "the bloc's events in
            # Minsk from November 22-23" … "the session of the Council on November 23")
            # (told after it: a conference named later with its own day and city is no host of the meeting told first)
            near = {e.country: e for (day, precision), places in named.items() if precision == "day" and isinstance(day, dt.date)
                    and 0 <= (event.event_date - day).days <= _MEETING_DAYS for e in places.values() if e.segment_no <= event.segment_no}
            if len(near) == 1 and len({c for places in named.values() for c in places}) == 1:
                host = next(iter(near.values()))
                event = replace(event, country=host.country, place=host.place, place_text=None, latitude=host.latitude,
                                longitude=host.longitude, geo_precision=host.geo_precision)
        elif (event.event_type in _SAID_AT_MEETINGS and event.event_date is not None and event.date_precision == "day" and not event.place_text
              and (event.country is None or event.geo_precision == "country") and event.status == "happened"
              and event.date_source not in _STORY_DATED):
            # (not one the dateline's city places: a story filed in <city> tells what was done there; nor one dated only by
            # the story, which may be news of any day before it: "X appealed to the bloc for help")
            # (what was agreed, asked or charged on the days of the only meeting the article places, with no place of its
            # own, was done there: "X on Monday urged the allies to stand united …" before "X, speaking at the summit in
            # <city>, said …"; "the ministers adopted statements, the ministry said on June 20" after "met in <city>
            # on June 19-20")
            near = {e.country: e for (day, precision), places in named.items() if precision == "day" and isinstance(day, dt.date)
                    and 0 <= (event.event_date - day).days <= _MEETING_DAYS for e in places.values()}
            source = next((a for a, role in zip(event.actors, event.actor_roles, strict=False) if role == "source"), None)
            if len(near) == 1 and len({c for places in named.values() for c in places}) == 1 and not (
                    event.country is not None and source is not None and source not in next(iter(near.values())).actors
                    and _UNREGISTERED.search(source)):
                # (not what a state's office the registry does not hold did, its state named, that the meeting's actors
                # leave out: "A day later, Beijing's foreign office expressed understanding …" the day after a session of the
                # bloc in Moscow was said in its own state)
                host = next(iter(near.values()))
                event = replace(event, country=host.country, place=host.place, place_text=None, latitude=host.latitude,
                                longitude=host.longitude, geo_precision=host.geo_precision)
        out.append(event)
    return out


#: What is done at a meeting more often than anywhere else: an agreement, a request, a charge, a demand, a reproach or
#: support (not a refusal, which is often a staying away: "refused to attend the summit in <city>" is done at home).
#: An actor named by its words, not by a registry id ("China’s foreign ministry"): ids are lowercase words joined by "_".
_UNREGISTERED = re.compile(r"[^a-z0-9_]")
_SAID_AT_MEETINGS = frozenset({"AGREE", "REQUEST", "ACCUSE", "DEMAND", "DISAPPROVE", "SUPPORT"})
#: The most days after its first day that a meeting of the bloc's bodies (ministers, then the heads of state) runs on.
_MEETING_DAYS = 2


def _hosted(events: list[EventRecord]) -> list[EventRecord]:
    """A coming event the article dates but does not place ("the summit will be held on 28 November") is the one it
    announced with its host and no day ("Bishkek will host the next session"): it takes that place, when every such
    announcement of its type places it in one country."""
    hosts = {(e.event_type, e.mode): e for e in events if e.status == "planned" and e.event_date is None and e.country and e.place_text}
    countries = {(e.event_type, e.mode): {o.country for o in events if o.status == "planned" and o.event_date is None and o.country
                                          and (o.event_type, o.mode) == (e.event_type, e.mode)} for e in hosts.values()}
    out = []
    for event in events:
        host = hosts.get((event.event_type, event.mode))
        if (host is not None and event.status == "planned" and event.event_date is not None and event.country is None
                and event.geo_precision != "virtual" and len(countries[(event.event_type, event.mode)]) == 1):
            event = replace(event, country=host.country, place=host.place, place_text=host.place_text, latitude=host.latitude,
                            longitude=host.longitude, geo_precision=host.geo_precision)
        out.append(event)
    return out


#: The words that make a meeting the setting of what a sentence tells: "during the CSTO summit", "nel corso del vertice".
#: (before the meeting's words, or opening a trigger that holds them: "during the CSTO summit")
_SETTING_WORDS = (r"(?:during|at|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of|durante|nel\s+corso\s+d(?:el|ella|ell['’])|"
                  r"a\s+margine\s+d(?:el|ella|ell['’])|al|alla)")
#: The article of a call the news was told in, right before its words: "in a ", "in una ", "during a ".
_IN_A_CALL = re.compile(r"\b(?:in|during|durante|nel\s+corso\s+di)\s+(?:an?|una?|the|la|il)\s+$", re.IGNORECASE)
#: A sentence that opens on the meeting it happened at: "At the Moscow Summit, …", "Durante il vertice, …".
_AT_THE_MEETING = re.compile(rf"\W*{_SETTING_WORDS}\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?"
                             r"(?:[\w'’-]+\s+){0,3}?(?:summit|session|meeting|talks|vertice|sessione|riunione|colloqui)\b", re.IGNORECASE)
#: An article, or nothing, between "at" and the meeting's noun: " the ", " ", "nella" has none.
_ARTICLE_GAP = re.compile(r"\s*(?:(?:the|a|an|its|their|this|that|il|lo|la|l['’]|un|una)\s*)?", re.IGNORECASE)
#: The words that make a meeting named before a decision its setting: "during the bloc's last council meeting",
#: "nel corso della riunione".
_SET_BEFORE = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of|durante|nel\s+corso\s+d\w+|al|alla)\s+(?:[\w'’-]+\s+){0,6}$", re.IGNORECASE)
#: A meeting's trigger that sets the scene for what follows it in the sentence: "At a summit in X, …", "Durante il vertice".
_SETTING_FIRST = re.compile(r"(?:at|during|al|alla|durante|nel\s+corso)\b", re.IGNORECASE)
#: The last word of a trigger that says where it happened: "… made at", "… presa nella" (a meeting named next).
_ENDS_AT = re.compile(r"\b(?:at|during|nel|nella|al|alla|durante)$", re.IGNORECASE)


def _named_again(record: EventRecord) -> str | None:
    """The period ("month" or "year") a mention is dated to when its words name an event the story may have dated
    to its day already: a month named as the event's own ("the June summit", "at the June meeting", "il vertice di
    giugno"), or a definite mention dated only to a year ("during the session … in 2015"). None otherwise."""
    if record.event_date is None or record.date_source not in ("text", "article_context"):
        return None
    told = record.evidence_en or record.evidence_original or ""
    if record.date_precision == "month":
        month = (record.date_text or "").strip()
        if month and " " not in month and re.search(rf"\b(?:the|il|lo|la)\s+{re.escape(month)}\s+\w|\b\w+\s+di\s+{re.escape(month)}\b", told, re.IGNORECASE):
            return "month"
        return None
    if record.date_precision == "year":
        at = told.find(record.trigger or "\0")
        # (the determiner before the trigger's noun, or inside the trigger's words: "during the session")
        definite = at > 0 and _DEFINITE.search(told[:at]) is not None
        return "year" if definite or _DEFINITE_INSIDE.match(record.trigger or "") else None
    return None


#: A trigger whose own words open on a definite mention: "during the session", "at this meeting", "nel corso della riunione".
_DEFINITE_INSIDE = re.compile(r"(?:\w+\s+){0,3}?(?:the|this|that|il|lo|la|l['’]|della|del|dello|nella|nel)\s*\w", re.IGNORECASE)


def _same_period(day: dt.date, date: dt.date, period: str) -> bool:
    return day.year == date.year and (period == "year" or day.month == date.month)


#: A definite article or a demonstrative right before a noun trigger: the event named again ("delle ", "the ", "queste ").
_DEFINITE_BEFORE = re.compile(r"\b(?:the|this|these|those|dell[ae]|degli|dei|del|dello|le|gli|la|il|lo|queste|questa|tali|quest['’]|l['’])\s*$",
                              re.IGNORECASE)


def _definite_mention(event: EventRecord) -> bool:
    """Whether a noun trigger is named as one already told: a definite article or a demonstrative right before it, in
    a sentence with no date of its own ("l'obiettivo delle esercitazioni", "the drills will test …")."""
    told = event.evidence_original or ""
    at = told.find(event.trigger or "\0")
    return at > 0 and _DEFINITE_BEFORE.search(told, max(0, at - 12), at) is not None


def _corefers(story: EventRecord, worded: EventRecord, site: re.Pattern[str]) -> bool:
    if story.event_type == worded.event_type and (name := _year_name(story)) is not None and name == _year_name(worded):
        return True  # "spoke about the Shield 2031 drills" and, further on, "the Shield 2031 drills will be held from …"
    if (story.event_type == worded.event_type and story.date_source == "published" and story.status == "happened"
            and worded.status == "planned" and story.event_date is not None and worded.event_date is not None
            and worded.event_date > story.event_date and _definite_mention(story)
            and (worded.segment_no, worded.orig_char_start) < (story.segment_no, story.orig_char_start)):
        # (drills set for 3-9 October, then "lo scopo delle manovre sarà …": the drills named again, after they were told;
        # not today's drills told before the next ones are announced)
        return True
    if story.event_type != worded.event_type or story.status != worded.status:
        return False  # a summit still planned is not the talks a story reports as held
    sites = [{fold(m.group("before") or m.group("after")) for m in site.finditer(e.evidence_en or e.evidence_original or "")}
             for e in (story, worded)]
    if all(sites) and not sites[0] & sites[1]:
        return False  # drills at the Alfa range and at the Beta range are two drills, a few days apart or not
    remote = {"phone", "virtual"}
    if ((story.mode in remote) != (worded.mode in remote)) and "meet" in (story.mode, worded.mode):
        return False  # a phone call between two leaders is not the meeting of ministers the story reports in a city
    if _PREVIOUS.search(worded.evidence_en or worded.evidence_original or "") and not _PREVIOUS.search(story.evidence_en or story.evidence_original or ""):
        return False  # ("… came up too in the recent talks between X and Y, held on 20 August": an earlier meeting)
    if ("visit" in (story.mode, worded.mode) or "ease" in (story.mode, worded.mode)) and story.mode != worded.mode:
        # a leader's arrival the day before is his visit, not the summit the story reports (nor is a state of
        # emergency lifted the troops' withdrawal)
        return False
    if None not in (story.country, worded.country) and story.country != worded.country and story.place_text is not None:
        return False  # (a country that only its actor gave, "Minister X participates in the meeting", may differ)
    sources = [{a for a, r in zip(e.actors, e.actor_roles, strict=False) if r == "source"} for e in (story, worded)]
    if story.event_type in _ACTS_OF_ONE and all(sources) and not sources[0] & sources[1]:
        return False  # ("Russia declined the request … the ministry on Wednesday declined to publish them": two refusals)
    assert story.event_date is not None and worded.event_date is not None
    if story.date_precision == "year":
        # (a story known only to its year: a mention it dates by that year is the one another paragraph dates within the
        # year, "X's leaving was temporary … ¶ X left in June"; not one of the acts of a year, an agreement told beside
        # another, "signed the bill into law, passed on 3 March")
        return (worded.event_date.year == story.event_date.year and worded.segment_no != story.segment_no
                and story.event_type != "AGREE")
    if story.date_precision == "month":
        # (or one that began in the days before it: "from May 29 to June 2" in a story of June)
        return ((worded.event_date.year, worded.event_date.month) == (story.event_date.year, story.event_date.month)
                or 0 <= (story.event_date - worded.event_date).days <= 7)
    days = (story.event_date - worded.event_date).days
    if story.event_type in _UNFOLDING and days > 0 and story.date_precision == "day":
        return False  # troops that left on the story's day are that day's news, not the withdrawal begun days before
    # ("The operation took place from 18 to 23 May", read in a report of 27 May: a week's operation told again by its
    # definite name is the one the story reports, reported a few days after it ended)
    told = worded.evidence_en or worded.evidence_original
    at = told.find(worded.trigger or "\0")
    again = 7 < days <= 14 and at > 0 and bool(_DEFINITE.search(told[:at]))
    return abs(days) <= 7 or again


def _year_name(record: EventRecord) -> str | None:
    """The proper name with a year that a trigger's words follow, up to its year ("the Union Resolve 2022
    Russian-Belarusian drills", "Interaction-2021 exercises"), folded; None without one: that name is one event
    however often it is told."""
    told = record.evidence_en or record.evidence_original or ""
    at = told.find(record.trigger or "\0")
    if at <= 0:
        return None
    words = told[:at].split()[-_NAME_WORDS:]
    run: list[str] = []
    for word in reversed(words):
        if not (word[:1].isupper() or word[:1].isdigit()):
            break
        run.insert(0, word.strip(",;:()\"“”«»'"))
    while run and run[0].casefold() in _NAME_ARTICLES:
        run.pop(0)  # (a sentence's first word: "The Union Resolve 2022 drills …")
    dated = [i for i, word in enumerate(run) if _YEAR.search(word)]
    name = " ".join(run[: dated[-1] + 1]) if dated else ""  # (the name ends at its year: "… 2022 Russian-Belarusian")
    return fold(name) if any(c.isalpha() for c in name) else None


#: The most words a trigger's proper name holds before it.
_NAME_WORDS = 5
#: The words that may open a sentence before a name: not part of it.
_NAME_ARTICLES = frozenset({"the", "this", "these", "a", "an", "il", "lo", "la", "le", "i", "gli", "l'", "l’", "queste", "questa"})
_YEAR = re.compile(r"\b(?:19|20)\d{2}\b")
#: A verb of speech and the place it was spoken in: "said in Minsk", "as saying in Minsk", "ha dichiarato a Minsk".
_SAID_IN = re.compile(r"\b(?:said|says|saying|told|stated|declared|noted|announced|added|stressed|detto|dichiarato|affermato)\s+"
                      r"(?:(?:later|also|earlier|then|poi|anche)\s+)?(?:in|a|ad)\s+$", re.IGNORECASE)
#: A comma and a subject of up to six words before a verb of speech: what stands before the comma is a statement's
#: clause, not the trigger's.
_COMMA_SUBJECT = re.compile(r",\s+(?:[\w'’.-]+\s+){0,6}?$")
#: A trigger that names its meeting with the definite article itself: "during the session", "at the summit".
_DEFINITE_TRIGGER = re.compile(r"(?:\w+\s+){0,2}?(?:the|il|la|lo|l['’])\s*\w", re.IGNORECASE)
#: "the summit", "la riunione": a definite mention, which may be a second report of an event already coded.
_DEFINITE = re.compile(r"\b(?:(?:the|this|that|these|those|il|lo|la|i|gli|le|questo|questa|questi|queste)\s+|l['’]\s*)(?:\w+\s+){0,3}$", re.IGNORECASE)


def _date_told(context: _Context, events: list[EventRecord], told: int, sentence: str, anchor: dt.date | None) -> None:
    """"X talked to Y by phone. Lo ha reso noto giovedì l'ufficio stampa": a sentence that reports the one
    before it dates, by its own day, what that sentence told with no date (or only the story's)."""
    if told == len(events) or not context.tools.words.reports_before.match(sentence):
        return
    found = find_dates(context.tools.date_words, sentence, context.tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year)
    day = next((d for d in found if d.precision == "day" and d.date is not None), None)
    if day is None:
        return
    for index in range(told, len(events)):
        event = events[index]
        if event.status == "happened" and (event.event_date is None or event.date_source in _STORY_DATED):
            events[index] = replace(event, event_date=day.date, date_precision="day", date_text=day.text, date_source="text")


def _scheduled_after(context: _Context, events: list[EventRecord], told: int, sentence: str, anchor: dt.date | None) -> None:
    """"X intend to hold drills in A, B and C. They are planned for the autumn.": a sentence that points back at the
    plans told just before and says when dates those that had no date of their own."""
    if told == len(events) or not context.tools.words.scheduled_after.match(sentence):
        return
    found = find_dates(context.tools.date_words, sentence, context.tools.parser, context.published, anchor, context.year_hint, future=True,
                       story_month=context.published_month, story_year=context.published_year)
    when = next((d for d in found if d.date is not None), None)
    if when is None:
        return
    for index in range(told, len(events)):
        event = events[index]
        if event.status == "planned" and event.event_date is None:
            events[index] = replace(event, event_date=when.date, date_precision=when.precision, date_text=when.text, date_source="text")


def _restated(context: _Context, events: list[EventRecord], sentence: str, anchor: dt.date | None) -> None:
    """"Kyrgyzstan called on the bloc to … ¶ The call was made in <city> on <day>": a sentence that names, by its
    noun, an event of a type the article told before (`restated` in event_words.yaml) dates the latest such event
    that had no day of its own, or only the story's, by its day, and places it where it says, if anywhere."""
    tools = context.tools
    kinds = [kind for kind, opening in tools.words.restated.items() if opening.match(sentence)]
    if not kinds:
        return
    found = find_dates(tools.date_words, sentence, tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year)
    day = next((d for d in found if d.precision == "day" and d.date is not None), None)
    if day is None or day.date is None or (context.published is not None and day.date > context.published):
        return  # (a day still to come is when it will be answered, not when it was made)
    index = next((i for i in range(len(events) - 1, -1, -1) if events[i].event_type in kinds), None)
    if index is None or events[index].status != "happened" or not (events[index].event_date is None or events[index].date_source in _STORY_DATED):
        return
    if _LAW_SIGNED.search(events[index].trigger or "") and not _LAW_SIGNED.search(sentence):
        return  # ("X signed the law ratifying the Agreement. ¶ The agreement was signed in <city> on <day>": two signings)
    place = next((p for p in tools.gazetteer.find(sentence, None) if p.precision == "city" and _AT.search(sentence[max(0, p.start - 12) : p.start])), None)
    event = replace(events[index], event_date=day.date, date_precision="day", date_text=day.text, date_source="text")
    if place is not None:
        event = replace(event, place_text=place.text, place=place.name, country=place.country, latitude=place.latitude,
                        longitude=place.longitude, geo_precision=place.precision)
    events[index] = event


#: A verb right after a trigger's noun that describes what it is, in the present: " focus on", " aim to", " involve".
_DESCRIBED = re.compile(r"\s+(?:focus(?:es)?\s+on|aims?\s+(?:to|at)|involves?|includes?|consists?\s+of|concentrates?\s+on|envisages?|"
                        r"si\s+concentrano\s+su|mirano\s+a|prevedono|comprendono)\b", re.IGNORECASE)
#: How far into a sentence a place may open it and still locate its fighting: "In <town>, the two armies …".
_OPENING_PLACE = 30
#: A withdrawal named by its noun alone: "withdrawal", "ritiro".
_BARE_WITHDRAWAL = re.compile(r"(?:withdrawal|ritiro|uscita)", re.IGNORECASE)
#: What a withdrawal moves, right after its noun: " of the troops", " of forces", " from Kazakhstan", " dei militari".
_WITHDRAWN_WHAT = re.compile(r"\s+(?:of|from|dei|delle|degli|del|della|dal|dalla|da)\b(?!\s+(?:the\s+)?(?:CSTO|bloc|alliance|organi[sz]ation|treaty|Csto|Odkb|alleanza|organizzazione|trattato)\b)",
                             re.IGNORECASE)
#: A sentence about a state's membership left or suspended: "suspended its participation in the CSTO", "quit the bloc".
_MEMBERSHIP_LEFT = re.compile(r"\b(?:suspend\w*|froze|frozen|freez\w*|quit\w*|left|leave|leaving)\s+(?:its\s+|their\s+)?(?:membership|participation|the\s+(?:CSTO|bloc|alliance|organi[sz]ation|treaty))\b"
                              r"|\b(?:sospe\w+|congela\w*|lasciato|uscit[oa])\s+(?:la\s+(?:sua\s+)?)?(?:partecipazione|adesione|la\s+Csto|l['’]alleanza)\b", re.IGNORECASE)
#: A trigger's words that end on an attack's preposition: "attack on", "attacks against".
_ATTACK_ON = re.compile(r"\battacks?\s+(?:on|against)$", re.IGNORECASE)
#: The words between a state and a fight it wages, before the trigger: "Azerbaijan's ", "the Azerbaijani ", "Azerbaijani
#: forces' " (up to two words of its kind).
_AGENT_BEFORE = re.compile(r"\s*(?:['’]s)?\s+(?:(?:military|armed|army|troops|forces|border|large-scale|full-scale)['’]?\s+){0,2}$")
#: The words between a fight and the state it names after it: " by ", " with the ", " against ".
_STATE_AFTER = re.compile(r"\s+(?:by|with|against|from)\s+(?:the\s+)?$")


def _state_next(registry: Registry, sentence: str, at: int) -> bool:
    """True when the words at ``at`` open with a state's name ("… attack on Armenia", not "on the Kabul airport")."""
    head = re.match(r"\s*(?:the\s+)?([\w'’-]+)", sentence[at : at + 40])
    return head is not None and fold(head.group(1)) in registry.country_words and registry.country_words[fold(head.group(1))] is not None


def _states_fighting(registry: Registry, sentence: str, at: int, length: int) -> bool:
    """True when a fight's own words name a state that wages it ("Azerbaijan's offensive", "the attack by Azerbaijan",
    "military action with Azerbaijan", "the Armenian-Azerbaijani border" inside them) and the sentence names another
    state besides: fighting between two states, which neither side's actor nor the story's country places."""
    folded = fold(sentence)
    if len(folded) != len(sentence):
        return False  # (a letter that folds into two: offsets no longer line up)
    states = [(m.start(), m.end(), registry.country_words.get(m.group(0))) for m in registry.country_pattern.finditer(folded)]
    # (not a state a legal notice names: "the X movement (outlawed in Russia) entered Kabul" is no war of Russia's)
    notices = [(n.start(), n.end()) for n in _LEGAL_NOTICE.finditer(sentence)] if "(" in sentence else []
    states = [(a, b, c) for a, b, c in states if c and not any(x <= a < y for x, y in notices)]
    # (nor the state of the source the sentence opens with: "secondo l'emittente statunitense X, è stata l'aviazione
    # tagika a bombardare …" is no war of the Americans)
    sources = [(n.start(), n.end()) for n in _SOURCE_PHRASE.finditer(sentence, 0, at)]
    states = [(a, b, c) for a, b, c in states if not any(x <= a < y for x, y in sources)]
    end = at + length
    own = {c for a, b, c in states if (b <= at and _AGENT_BEFORE.fullmatch(folded, b, at)) or (at <= a < end)
           or (a >= end and _STATE_AFTER.fullmatch(folded, end, a))}
    return bool(own) and len({c for _, _, c in states} | own) >= 2


#: The words that name a source: "according to", "secondo", "stando a", "citing" (before a place, ``_ACCORDING_TO``; before
#: a whole phrase, ``_SOURCE_PHRASE``).
_SOURCE_CUE = r"\b(?:according\s+to|secondo|stando\s+a|citing)"
#: A source named before what it tells, to its comma: "according to US media,", "secondo l'emittente statunitense X,".
_SOURCE_PHRASE = re.compile(_SOURCE_CUE + r"\s[^,.;:]{1,80},", re.IGNORECASE)
#: A law, a bill or a decree a trigger signs or passes: its signing is not the agreement it ratifies.
_LAW_SIGNED = re.compile(r"\b(?:laws?|bills?|decrees?|ratif\w*|legge|leggi|decreto)\b", re.IGNORECASE)
#: An operation named as the purpose of what is told: "deployed for participation in the drill", "to take part in".
_FOR_PART_IN = re.compile(r"\b(?:for\s+(?:(?:their|its|the)\s+)?(?:participation|taking\s+part)|to\s+(?:participate|take\s+part)|per\s+(?:partecipare|prendere\s+parte))\s*$",
                          re.IGNORECASE)


def _in_the_operation(record: EventRecord, events: Sequence[EventRecord], paragraph: str, words: EventWords) -> EventRecord:
    """"The operation took place from 18 to 23 May. … More than 17,000 officers took part in the operation. … 405 people
    were detained": what a paragraph that names the operation (or exercise, or the period its report covers) tells as
    having happened with no date of its own (or only the story's) happened while it ran, from the day the article
    dated it, and where it ran unless its own words place it."""
    if (record.status != "happened" or record.event_type in words.verbal or record.event_type == "COOPERATE"
            or (record.event_date is not None and record.date_source not in _STORY_DATED)
            or not any(not _FOR_PART_IN.search(paragraph, max(0, m.start() - 40), m.start()) for m in words.in_the_operation.finditer(paragraph))):
        return record  # (one done "for participation in the drill" came before it: "planes have been deployed for …")
    # (dated by its own words, or by the words that dated it where it was named: a heading over "… from 11 to 15 September")
    ran = next((e for e in reversed(events) if e.event_type == "COOPERATE" and e.event_date is not None
                and e.date_source in ("text", "article_context")), None)
    if ran is None:
        return record
    where = record if record.place_text is not None else ran
    return replace(
        record, event_date=ran.event_date, date_precision=ran.date_precision, date_text=ran.date_text, date_source="article_context",
        country=where.country, place=where.place, latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision,
    )


def _told_in_paragraph(context: _Context, record: EventRecord, masked: str, start: int, end: int, anchor: dt.date | None) -> EventRecord:
    """"Tensions rose on 14 September. … the officers opened fire. A shootout ensued.": what a paragraph goes on
    telling as having happened, with no date words of its own, happened on the day an earlier sentence of the
    paragraph named (a day before the story), and where that sentence placed it when its own words place nothing."""
    earlier = masked[:start]
    if (record.event_date is not None or record.status != "happened" or record.date_text is not None
            or record.event_type in context.tools.words.verbal or not earlier.strip()):
        return record
    tools = context.tools
    if not _DIGITS.search(earlier) or not tools.numbered_day.search(earlier):
        return record  # (the day to carry is written with a number and a month or unit: most paragraphs have none)
    at = masked.find(record.trigger, start, end)
    if at > 0 and _OF_THE_BEFORE.search(masked, max(start, at - 12), at):
        return record  # "… to guarantee the security of the summit": the summit named as a topic, not told as it happens
    if at > 0 and _DESCRIBED.match(masked, at + len(record.trigger)):
        return record  # ("The exercises focus on …": what the drills are, told in the present, not their day's news)
    if prefilter.search(tools.words.plans, 0, masked, start, end) or _IS_TO.search(masked, start, end):
        return record  # ("the withdrawal is to last …" is still to come)
    if _HABITUAL.search(masked, start, end):
        return record  # ("The bloc holds yearly exercises …": what is done every year happened on no one day)
    if find_dates(tools.date_words, masked[start:end], tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year):
        return record  # the sentence's own dates went to its other events: "… gathered on 14 May and decided to …"
    found = [d for d in find_dates(tools.date_words, earlier, tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year) if d.date is not None]
    day = found[-1] if found else None
    if (day is None or day.date is None or day.precision != "day" or not _DIGITS.search(day.text)
            or (context.published is not None and day.date > context.published)):
        return record  # (a weekday, "on Wednesday", is too loose to carry)
    if tools.words.days_passed.search(earlier, day.end):
        return record  # ("… and the rallies went on over the next days; many were held": days later, on no day told)
    since = _SINCE_WHEN.search(earlier, max(0, day.start - _SINCE_REACH), day.start)
    if since is not None and not re.search(r"[.;:]\s", earlier[since.end() : day.start]):
        return record  # ("… the first meeting since the clashes broke out on 28 April. They agreed …": the day since which, not theirs)
    record = replace(record, event_date=day.date, date_precision="day", date_text=day.text, date_source="text")
    if record.place_text is not None and record.place_text in masked[start:end]:
        return record
    # (the places of that sentence, not the last one the paragraph named since: "… held in X from 1 to 6 May. The
    # bloc also counts Y as a member. … took part in the drills")
    told = next(((lo, hi) for lo, hi in sentences(earlier, tools.quote_words.abbreviations) if lo <= day.start < hi), (0, len(earlier)))
    places = tools.gazetteer.find(earlier[told[0] : told[1]], day.date)
    place = next((p for p in reversed(places) if p.precision in ("city", "region")), places[-1] if places else None)
    if place is None:
        return record
    if (record.event_type in ("FIGHT", "ASSAULT") and place.precision == "country"
            and (_between_pair(earlier[told[0] : told[1]], places) is not None or _BOTH_SIDES.search(earlier[told[0] : told[1]]))):
        return record  # ("scontri tra le forze di X e Y … i combattimenti …": the two states' fighting is placed in neither)
    return replace(record, country=place.country, place=place.name, place_text=place.text, latitude=place.latitude,
                   longitude=place.longitude, geo_precision=place.precision)


#: A genitive right before a noun trigger: "la sicurezza del vertice", "the security of the summit".
_OF_THE_BEFORE = re.compile(r"\b(?:of\s+the|del|della|dello|dell['’])\s*$", re.IGNORECASE)
#: "is to last", "are to leave": still to come, which the event words' plans (`planned`) do not hold.
_IS_TO = re.compile(r"\b(?:is|are)\s+to\b", re.IGNORECASE)


def _at_the_statement(context: _Context, record: EventRecord, sentence: str, said_before: str, anchor: dt.date | None) -> EventRecord:
    """"…, X said on Friday. ¶ X made the statement at a meeting with Y": the occasion of a statement the
    sentence before dated happened that day (the sentence names the statement: `anaphoric_en` and `anaphoric_it`
    in quote_words.yaml)."""
    words = context.tools.quote_words
    if (record.event_date is not None and record.date_source not in _STORY_DATED) or not said_before or not (
            words.anaphoric_en_pattern.search(sentence) or words.anaphoric_it.match(sentence)):
        return record
    found = find_dates(context.tools.date_words, said_before, context.tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year)
    day = next((d for d in found if d.precision == "day" and d.date is not None), None)
    if day is None or day.date is None or (context.published is not None and day.date > context.published):
        return record  # "… si terrà il 9 maggio. Lo ha detto X all'incontro con Y": the day announced, not the day said
    return replace(record, event_date=day.date, date_precision="day", date_text=day.text, date_source="text")


def _at_the_same_time(record: EventRecord, events: Sequence[EventRecord], sentence: str) -> EventRecord:
    """An undated event "at the same time" (not the connective "At the same time, …") takes the date of the event
    the article dated last, at that date's precision ("exercises in 2022 … and in Tajikistan at the same time")."""
    same = _SAME_TIME.search(sentence) if record.event_date is None or record.date_source in _STORY_DATED else None
    last = next((e for e in reversed(events) if e.event_date is not None), None) if same is not None else None
    if same is None or last is None:
        return record
    return replace(record, event_date=last.event_date, date_precision=last.date_precision, date_text=same.group(0).strip(),
                   date_source=last.date_source)


def _the_call(record: EventRecord, events: Sequence[EventRecord], sentence: str) -> int | None:
    """The talks the article dated last, when an undated or story-dated mention names them as a call with a definite article ("In
    the phone call, …", "Nel corso della telefonata") and they have no place of their own words (a fallback placed
    them: the dateline's city, the source's country)."""
    if record.event_type != "CONSULT" or record.mode != "virtual" or not (record.event_date is None or record.date_source in _STORY_DATED):
        return None
    at = sentence.lower().find(record.trigger.lower())
    # (or the session named before the words that hold it online: "The meeting will be held by video link")
    if at < 0 or not (_DEFINITE.search(sentence[:at]) or _SESSION_HELD_BY.search(sentence[:at])):
        return None
    last = next((i for i in reversed(range(len(events))) if events[i].event_date is not None), None)
    if last is None or events[last].event_type != "CONSULT" or events[last].place_text:
        return None
    # (a story-dated mention is the call of the story's day only)
    return last if record.event_date in (None, events[last].event_date) else None


#: A definite session and the verb that holds it, right before how: "The meeting will be held by ", "La riunione si terrà in ".
_SESSION_HELD_BY = re.compile(r"\b(?:the|this|il|la|l['’])\s*(?:session|summit|meeting|talks|sessione|riunione|vertice|incontro)\s+"
                              r"(?:(?:will\s+be|was|is|were|are|would\s+be)\s+(?:held|conducted)|(?:will\s+)?take\s+place|took\s+place"
                              r"|si\s+terrà|si\s+è\s+tenut[oa]|si\s+svolgerà|si\s+è\s+svolt[oa])\s+(?:via|by|through|in|on|per|tramite)\s+(?:an?\s+)?$",
                              re.IGNORECASE)
#: A sentence whose subject is two people by name: "Putin and Rahmon agreed …", "Aliyev e Pashinyan hanno …".
_TWO_NAMED = re.compile(r"\W*(?:[A-Z][\w'’-]+\s+){1,3}(?:and|e)\s+(?:[A-Z][\w'’-]+\s+){1,3}(?-i:[a-z])")


def _signing_expected(record: EventRecord, events: Sequence[EventRecord]) -> EventRecord:
    """"The capital hosts a session of the Council on 3 October. … The signing of a joint statement is expected": a
    signing still to come, with no date of its own, right after a session the same paragraph schedules, is expected at
    that session, on its day and (unless it names its own) in its place."""
    if record.event_type != "AGREE" or record.status != "planned" or record.event_date is not None:
        return record
    last = next((e for e in reversed(events) if e.segment_no == record.segment_no), None)
    if last is None or last.event_type != "CONSULT" or last.status != "planned" or last.event_date is None or last.date_precision != "day":
        return record
    where = record if record.place_text else last
    return replace(record, event_date=last.event_date, date_precision=last.date_precision, date_text=last.date_text,
                   date_source="article_context", country=where.country, place=where.place, place_text=where.place_text,
                   latitude=where.latitude, longitude=where.longitude, geo_precision=where.geo_precision)


def _by_the_participants(record: EventRecord, events: Sequence[EventRecord], sentence: str, words: EventWords) -> EventRecord:
    """"I partecipanti hanno approvato …" right after a dated meeting: the decision is taken at that meeting, on its
    date and (unless the sentence names its own place) in its place. "The ministers discussed …" right after their
    talks is those talks, told again."""
    if not (record.event_date is None or record.date_source in _STORY_DATED):
        return record
    # (the meeting named again undated in between, "Durante l'incontro …", is the same meeting)
    last = next((e for e in reversed(events) if e.event_date is not None), None)
    # ("X discussed … with Y. … X and Y agreed to …": the two who met, named again, undated)
    named = (record.event_date is None and last is not None and last.event_type == "CONSULT" and len(set(record.actors)) >= 2
             and set(record.actors) <= set(last.actors) and bool(_TWO_NAMED.match(sentence)))
    again = words.the_meeting.search(sentence) is not None
    if again and record.event_type == "CONSULT":
        return record  # ("The meeting … produced no document": the meeting told again, not a second one)
    if not named and not again and not words.the_participants.search(sentence):
        return record
    if record.event_type == "CONSULT" and (last is None or last.event_type != "CONSULT"):
        return record
    # (or what was done at it and dated by it: "At the plenary session, documents were signed. The Council decided …")
    at_it = last is not None and last.event_type != "CONSULT" and last.date_source == "article_context"
    met = last if last is not None and last.event_type == "CONSULT" else (
        next((e for e in reversed(events) if e.event_type == "CONSULT" and e.event_date == last.event_date), None) if at_it and last else None)
    if met is None:
        return record
    where = record if record.place_text is not None else met
    return replace(record, event_date=met.event_date, date_precision=met.date_precision, date_text=met.date_text,
                   date_source="article_context", country=where.country, place=where.place, latitude=where.latitude,
                   longitude=where.longitude, geo_precision=where.geo_precision)


def _away_from_the_meeting(record: EventRecord, events: Sequence[EventRecord], sentence: str) -> EventRecord:
    """"… signed during a June meeting in Moscow. … Minsk boycotted the summit": staying away from the meeting the
    article dated before (named again by "the summit", with no date of its own) happened on that meeting's date, in the
    place the staying away has (the refuser's); not when the sentence sets it some time before or after the meeting
    ("cancelled his participation in the summit two days prior to the event")."""
    if record.event_type != "REJECT" or record.mode != "absent" or record.event_date is not None or _SHIFTED_FROM.search(sentence):
        return record
    if not _THE_MEETING_NAMED.search(record.trigger or ""):
        return record
    met = next((e for e in reversed(events) if e.event_type == "CONSULT" and e.event_date is not None and e.date_source not in _STORY_DATED), None)
    if met is None:
        return record
    return replace(record, event_date=met.event_date, date_precision=met.date_precision, date_text=met.date_text,
                   date_source="article_context")


#: A time told as some days before or after another: "two days prior to the event", "tre giorni prima".
_SHIFTED_FROM = re.compile(r"\b(?:\w+|\d+)\s+(?:days?|weeks?|hours?|giorni|settimane|ore)\s+(?:before|prior\s+to|ahead\s+of|after|prima|dopo)\b", re.IGNORECASE)
#: A meeting named again at the end of a trigger, by a definite article and its noun alone: "boycotted the summit",
#: "ha disertato il vertice".
_THE_MEETING_NAMED = re.compile(r"\b(?:the|this|that|il|la|quel(?:la)?|l['’])\s*(?:summit|meeting|session|talks|vertice|riunione|sessione|incontro)$",
                                re.IGNORECASE)


#: Nouns that name whatever meeting the article told last: "on this occasion", "following deliberations", "on the
#: sidelines of the Council".
_ANY_MEETING = frozenset({"occasion", "occasione", "deliberations", "discussions", "consultations", "council", "forum", "assembly", "conference"})
#: Meetings named by a general noun, and the triggers that tell such a meeting ("met", "discussed", "talks").
_TALK_NOUNS = frozenset({"talks", "meeting", "colloqui", "incontro", "negoziati"})
#: (a visit is told with its talks: "arrived on 28 March for a state visit …; a statement will be signed at the end of
#: the talks")
_TALK_TRIGGER = re.compile(r"\b(?:met|meet|meeting|talks|discuss(?:ed)?|colloqui|incontr[oiae]\w*|negoziati|visit[a-z]*)\b", re.IGNORECASE)

#: A meeting told by its verb: "met", "met in".
_MET = re.compile(r"met\b", re.IGNORECASE)
#: A trigger that ends in a passive participle: "has been signed", "were adopted", "è stato firmato".
_PASSIVE = re.compile(r"\b(?:been|was|were|is|are|stat[oaie]|(?:è|sono)\s+(?:stat[oaie]\s+)?)\s+(?:[\w-]+ly\s+)?[\w-]+(?:ed|ato|ata|ati|ate|uto|uta)$", re.IGNORECASE)
#: What lies between a passive and its agent: "… by", "… by the head of state", "… dal".
_BY_AGENT = re.compile(r"\s+(?:by|da|dal|dalla|dai|dagli)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}", re.IGNORECASE)
#: A meeting told as one before the story's: "during a previous summit", "at the earlier session", "il precedente vertice".
_PREVIOUS = re.compile(r"\b(?:previous|preceding|earlier|prior|recent|precedente)\s+(?:[\w-]+\s+)?(?:summit|meeting|session|talks|vertice|riunione|sessione)\b",
                       re.IGNORECASE)
#: How far after a trigger's start "the previous session" may stand and still be what it names ("rulings adopted at
#: the previous session").
_PREVIOUS_REACH = 50
#: A meeting told by its noun: "hosted a summit", "the session opened".
_GATHERING = re.compile(r"\b(?:summits?|sessions?)\b", re.IGNORECASE)

#: "at the same time" inside a clause ("will take place in X at the same time"), not opening the sentence.
_SAME_TIME = re.compile(r"(?<=\w)\s+(?:at\s+the\s+same\s+time|in\s+the\s+same\s+period|nello\s+stesso\s+periodo|"
                        r"contemporaneamente|allo\s+stesso\s+tempo)\b(?!\s*,)", re.IGNORECASE)


def _within(day: dt.date, record: EventRecord) -> bool:
    """True when ``day`` falls in the month or the year ``record`` is dated to at that precision (any day for a finer
    one): "the session of the Council in December 2014" is not the meeting of 4 February told before it."""
    if record.event_date is None or record.date_precision not in ("month", "year"):
        return True
    return day.year == record.event_date.year and (record.date_precision == "year" or day.month == record.event_date.month)


#: A sentence that goes on with the participants the sentence before named: "They approved …", "The sides signed …".
_THEY_OPEN = re.compile(r"\s*(?:They|The\s+(?:sides|parties)|Both\s+sides|Le\s+parti|Entrambe\s+le\s+parti)\s")


def _follow_earlier_report(record: EventRecord, events: Sequence[EventRecord], sentence: str, words: EventWords,
                           setting: str = "") -> EventRecord:
    """A story-dated event named with a definite article ("The summit brought together …") is the event of
    that type the article already dated: it takes that event's date and place instead of the story's date.
    One with a date of its own but no place ("Tomorrow the exercises will enter their second phase") takes
    the place of the last event of its type that has one. An undated or story-dated event "at the meeting" ("al
    vertice") takes the date of the meeting of that name the article dated, and its place unless it names its own."""
    # (not for what was only proposed there: "proposed such a deployment during the summit")
    # (or the meeting the sentence before opened on, when this one goes on with "They …": ``setting``)
    anaphor = (words.at_the_meeting.search(sentence) or words.at_the_meeting.match(setting)
               if (record.event_date is None or record.date_source == "published") and record.status != "hypothetical" else None)
    if anaphor is not None:
        # "Two accords are to be signed at the session": the meeting the article dated (one
        # named with the same noun: "al vertice" is the summit, not the phone call dated since; talks and meetings
        # are also what "met" or "discussed" told: "Delegations met on 12 May …. An accord was signed at the end of the talks")
        noun = anaphor.group(0).split()[-1].lower()
        noun = {"meetings": "meeting", "sessions": "session"}.get(noun, noun)  # ("these meetings": the ones just told)
        # (a meeting told as an earlier one, "talked over at a previous summit in February", is not "the meeting", nor
        # one still to come in a sentence told in the past: "During the session … were discussed" after "the next
        # sessions will be held in October")
        past = words.past.search(sentence) is not None
        dated = [e for e in events if e.event_type == "CONSULT" and e.event_date is not None and e.date_source != "published"
                 and not _PREVIOUS.search(e.evidence_en or e.evidence_original or "") and not (past and e.status == "planned")]
        met = next((e for e in reversed(dated) if (noun in e.trigger.lower() or (noun in _TALK_NOUNS and _TALK_TRIGGER.search(e.trigger)))), None)
        if met is None and noun.split("'")[-1].split("’")[-1] in _ANY_MEETING:
            # ("documents signed on this occasion", "following deliberations", "on the sidelines of the Council": the
            # meeting the article told last, whatever its noun)
            met = next(reversed(dated), None)
        if met is None and noun in ("summit", "session", "meeting"):
            # ("Leaders met in Yerevan on 23 November. … At the end of the summit they signed …": with no meeting
            # dated under that name, the one the article told by "met" is it; and "the meeting", the generic noun, is
            # also a summit or session the article dated: "X hosted a summit on Thursday. … Following the meeting, …")
            met = next((e for e in reversed(dated) if e.date_precision == "day" and (_MET.match(e.trigger) or (noun == "meeting" and _GATHERING.search(e.trigger)))), None)
        if met is None and noun in _TALK_NOUNS:
            # ("X stated during talks with Y in Bishkek. … During the talks, they approved …": talks the story dated by
            # its own day, and no others, are the talks it goes on to tell)
            story = [e for e in events if e.event_type == "CONSULT" and e.date_source == "published" and e.status == "happened"
                     and _TALK_TRIGGER.search(e.trigger)]
            met = story[-1] if len(story) == 1 and not dated else None
        located = bool(record.place_text) and record.geo_precision == "city"  # (a city its words put it in, not a country merely named)
        if met is not None and located and record.country is not None and met.country is not None and record.country != met.country:
            met = None  # ("after the talks in <city>", where the meeting dated was elsewhere: other talks)
        if met is not None:
            # (a meeting "at the meeting" is that meeting, placed where it was told, or where this telling puts it)
            own = bool(record.place_text) and (record.event_type != "CONSULT" or (located and met.country is None and met.geo_precision != "virtual"))
            where = record if own else met
            return replace(
                record, event_date=met.event_date, date_precision=met.date_precision, date_text=met.date_text,
                date_source="article_context", country=where.country, place=where.place, latitude=where.latitude,
                longitude=where.longitude, geo_precision=where.geo_precision, status=met.status if record.event_type == "CONSULT" else record.status,
            )
    placeless = record.country is None and record.event_date is not None and record.date_source != "published"
    if (record.event_type == "CONSULT" and record.date_source not in _STORY_DATED and record.date_precision == "day"
            and record.event_date is not None and record.place_text):
        # "X stated in Minsk on 16 May that a new head would be picked during the session on 22 May": the session the
        # article told on that day already, where it told it (the place after the verb of speech is where it was said)
        at = sentence.lower().find(record.trigger.lower())
        told = next((e for e in reversed(events) if e.event_type == record.event_type and e.event_date == record.event_date
                     and e.date_precision == "day" and e.country is not None and e.country != record.country), None)
        place_at = sentence.find(record.place_text)
        said_at = 0 < place_at < at and bool(_SAID_IN.search(sentence, max(0, place_at - 60), place_at))
        definite = _DEFINITE.search(sentence[:at]) or _DEFINITE_TRIGGER.match(record.trigger)  # ("during the session")
        if told is not None and at > 0 and definite and said_at:
            return replace(record, country=told.country, place=told.place, latitude=told.latitude, longitude=told.longitude,
                           geo_precision=told.geo_precision, place_text=told.place_text)
    if record.date_source != "published" and not placeless:
        return record
    at = sentence.lower().find(record.trigger.lower())
    if at < 0 or not _DEFINITE.search(sentence[:at]):
        return record
    if placeless:
        # (one of its own time: history, "The organization was formed in 1992", is not where an undated or a recent
        # event of its type was)
        placed = next((e for e in reversed(events) if e.event_type == record.event_type and e.country is not None and e.event_date is not None
                       and record.event_date is not None and abs((e.event_date - record.event_date).days) <= HISTORY_DAYS
                       and _within(e.event_date, record)), None)
        return record if placed is None else replace(
            record, country=placed.country, place=placed.place, latitude=placed.latitude, longitude=placed.longitude,
            geo_precision=placed.geo_precision,
        )
    earlier = next((e for e in reversed(events) if e.event_type == record.event_type and e.event_date is not None), None)
    if earlier is None or (earlier.status != record.status and words.past.search(sentence)):
        return record  # "Lo ha annunciato durante l'incontro con …": a meeting held, not the one planned
    if record.place_text and record.country is not None and earlier.country is not None and record.country != earlier.country:
        return record  # (one its own words put in another country is another event: "… sono state schierate anche ad Astana")
    # (where the earlier telling had no place, this one's own words place it: "X chaired the meeting. … chaired the
    # meeting in <city>")
    where = record if record.place_text and record.country is not None and earlier.country is None else earlier
    return replace(
        record, event_date=earlier.event_date, date_precision=earlier.date_precision, date_text=earlier.date_text,
        date_source="article_context", country=where.country, place=where.place, latitude=where.latitude,
        longitude=where.longitude, geo_precision=where.geo_precision, place_text=where.place_text,
    )


#: The precisions at which a quotation's own date codes the event it tells.
_QUOTED_PRECISIONS = frozenset({"day", "month"})


def _quoted_events(context: _Context, where: _Sentence, anchor: dt.date | None, context_year: int | None) -> list[EventRecord]:
    """The events a quotation tells with a calendar date in its own words: a statement that relays "the meeting in
    <city> on <day>" or "the incident on <day>" reports them. What it tells undated, by a year alone (plans, views,
    "the exercises this year") or by the speaker's own day ("today I appealed") stays uncoded, as before; so does a
    trigger outside the quotation, which the masked paragraph has coded already."""
    line, masked = where.line, where.masked
    if "X" not in masked:
        return []
    # (most quotations name no date on the calendar: they are left before any sentence is read)
    dated = [span for span in quoted_spans(line) if "X" in masked[span.start : span.end]
             and (_named_date(context, line[span.start : span.end]) or _QUOTED_YEAR.search(line, span.start, span.end))]
    if not dated:
        return []
    opened = _open_quotes(line, masked, dated)
    found: list[EventRecord] = []
    for start, end in sentences(opened, context.tools.quote_words.abbreviations):
        within = [span for span in dated if span.start < end and start < span.end]
        if not within:
            continue  # no dated quotation in this sentence
        quoted = " ".join(line[span.start : span.end] for span in within)
        inside = {trigger.event_type for trigger, at, _ in _triggers(context.tools.words, opened, start, end) if masked[at] == "X"}
        if not inside:
            continue
        sentence = _Sentence(where.number, line, opened, where.mentions, start, end)
        # (what a quotation tells happened where its words put it: not, failing that, where the story is filed or its
        # main country, which is where the speaker spoke: "clashes took place on 14 September", said in Moscow)
        quoted_context = replace(context, main_country=_no_country, dateline_place=None)
        found.extend(
            record for record in _sentence_events(quoted_context, sentence, anchor, None, context_year)
            # (the year from the text, or from the story's own month: "in autunno" in a story of September 2022)
            if record.event_type in inside and record.date_source in ("text", "article_context") and record.date_text is not None
            and record.date_text in quoted
            and ((record.date_precision in _QUOTED_PRECISIONS and _named_date(context, record.date_text))
                 or (record.date_precision == "year" and _year_named(quoted, record.date_text)))
        )
    return found


#: A year a quotation names by its number ("in 2019") or by its part of the speaker's year ("at the beginning of this
#: year", "alla fine dell'anno scorso") or by a season ("in autunno", "next spring"): not a bare "this year", which is
#: how speakers frame what they hope for, nor the year in a drill's name ("Cobalt-2024").
_QUOTED_YEAR = re.compile(r"(?<![\w–-])(?:19|20)\d{2}\b|\b(?:spring|summer|autumn|winter|primavera|estate|autunno|inverno)\b|\b(?:beginning|start|end|middle|first\s+half|second\s+half|inizio|fine|metà|prima\s+metà|seconda\s+metà)\s+"
                          r"(?:of\s+(?:this|last|the\s+current|the\s+past)\s+year|(?:di\s+)?quest['’]\s*anno|dell['’]\s*anno\s+(?:scorso|in\s+corso))\b",
                          re.IGNORECASE)


def _year_named(quoted: str, date_text: str) -> bool:
    """True when the quotation names the year ``date_text`` stands for by its number or by a part of it."""
    return any(date_text in m.group(0) or m.group(0) in date_text for m in _QUOTED_YEAR.finditer(quoted))


def _named_date(context: _Context, words: str) -> bool:
    """A quotation's words that name a day or a month on the calendar ("June 11, 2018", "in April", "last November",
    "11.06.2018"), not one counted from the day it was said ("today", "yesterday"): a speaker's day is not the story's."""
    return bool(context.tools.date_words.month_gate.search(words) or _WRITTEN_DAY.search(words))


#: A day written in numbers: "11.06.2018", "11/06/2018".
_WRITTEN_DAY = re.compile(r"\b\d{1,2}[./]\d{1,2}[./]\d{2,4}\b")


def _open_quotes(line: str, masked: str, spans: Sequence[QuotedSpan]) -> str:
    """The masked paragraph with the words of the quotations ``spans`` back (their marks blanked), the dateline
    still hidden."""
    chars = list(masked)
    for span in spans:
        for index in range(span.start, span.end):
            if chars[index] == "X":
                chars[index] = line[index]
        for at in (span.open_at, span.close_at):
            if at is not None:
                chars[at] = " "
    return "".join(chars)


def _mask_quotes(line: str, words: QuoteWords) -> str:
    """The paragraph with what is quoted hidden; a word or two in quotation marks ("has “frozen” its
    participation") is the narrative's own verb, read with its marks blanked, and so is a name that ends on its year
    (‘Shield-2031’, which dates it; any other quoted name with a number stays hidden as before). So is the speech of a
    paragraph that opens with a dash and ends with its attribution ("- We consider …, the minister noted.")."""
    spans = quoted_spans(line)
    dialogue = dash_dialogue(line, lambda tail: speaks(words, tail)) if not spans else None
    spans = [dialogue] if dialogue is not None else spans
    short = [span for span in spans if len(line[span.start : span.end].split()) <= SCARE_WORDS
             and (not any(c.isdigit() for c in line[span.start : span.end]) or _YEAR_NAMED.fullmatch(line, span.start, span.end))]
    masked = list(mask(line, [span for span in spans if span not in short]))
    for span in short:
        masked[span.open_at] = " "
        if span.close_at is not None:
            masked[span.close_at] = " "
    for span in spans:
        if span in short:
            continue
        for inserted in _EDITORIAL.finditer(line, span.start, span.end):
            # "“Regarding the documents [adopted at the summit in X in November], we …”": the outlet's own words
            masked[inserted.start() : inserted.end()] = line[inserted.start() : inserted.end()]
    return "".join(masked)


#: A drill's or a forum's name in marks that ends on its year: ‘Rubezh-2021’, “Shield 2031” (its year dates it).
_YEAR_NAMED = re.compile(r"\s*(?-i:[A-Z])[\w'’]*(?:[\s-](?-i:[A-Z])[\w'’]*){0,2}[\s–-](?:19|20)\d\d\s*")
#: An editor's insertion in square brackets inside a quotation.
_EDITORIAL = re.compile(r"\[[^\[\]]{12,200}\]")


#: A source cited in brackets with its day: "(mid.ru, May 6)", "(RIA Novosti, June 22)", "(Ansa, 6 maggio 2021)".
_CITATION = re.compile(r"\((?:(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3}|[a-z][\w-]*(?:\.[a-z]{2,4})+)\s*,\s*"
                       r"(?:(?-i:[A-Z])[a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Za-z][a-z]{2,8})(?:,?\s*\d{4})?\)")


def _mask_dateline(masked: str) -> str:
    """Hide an agency dateline ("ROMA, 5 gennaio 2022 (ANSA) -", "MOSCOW (Agency / Wire - 30th April, 2021)", or a
    city in capitals and a dash with no date: "MOSCOW — ") so its date is not taken for an event's, nor its city for
    where the lead's event happened."""
    match = DATELINE.match(masked) or BRACKETED_DATELINE.match(masked) or AGENCY_DATE_DATELINE.match(masked) or _CITY_DASH.match(masked)
    return "X" * match.end() + masked[match.end() :] if match else masked


def _mask_page_date(masked: str, tools: EventTools, published: dt.date | None) -> str:
    """Hide a full date that opens a title line when it is the story's own day: "26 May 2025 The National Assembly
    delegation at the session of …" is the page's date stamp, and the session it names is dated in the body (and so is
    an aggregator's bracketed stamp of that day in the first line: "(Di venerdì 28 agosto 2020)")."""
    if published is None:
        return masked
    stamp = _PAGE_STAMP.search(masked)
    if stamp is not None:
        # ("Title (Di venerdì 28 agosto 2020) The president …": an aggregator's stamp of the day it took the story)
        found = find_dates(tools.date_words, stamp.group(0).strip("()"), tools.parser, published, None, published.year)
        if found and found[0].date == published and found[0].precision == "day":
            masked = masked[: stamp.start()] + "X" * (stamp.end() - stamp.start()) + masked[stamp.end() :]
    head = _PAGE_DATE.match(masked)
    if head is None:
        return masked
    found = find_dates(tools.date_words, head.group(0), tools.parser, published, None, published.year)
    if not found or found[0].date != published or found[0].precision != "day":
        return masked
    return "X" * head.end() + masked[head.end() :]


#: An aggregator's stamp of its day in brackets, in the first line: "(Di venerdì 28 agosto 2020)", "(Di mercoledì 12 ottobre 2022)".
_PAGE_STAMP = re.compile(r"\((?:Di|di|Of|of)\s+(?:[A-Za-zì]+\s+)?\d{1,2}\s+[A-Za-zà-ù]+\s+(?:19|20)\d{2}\)")
#: A full date written out before the words of a line: "26 May 2025 ", "May 26, 2025 ".
_PAGE_DATE = re.compile(r"^\s*(?:\d{1,2}\s+[A-Za-zà-ù]+\.?\s+(?:19|20)\d{2}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+(?:19|20)\d{2})\s+(?=[A-Z])")


#: A dateline of a city in capitals and a dash, with no date: "MOSCOW — ", "YEREVAN - ".
_CITY_DASH = re.compile(r"^\s*[A-ZÀ-Ý][A-ZÀ-Ý'’.]+(?:[ -][A-ZÀ-Ý][A-ZÀ-Ý'’.]+){0,2}\s+[–—-]+\s+(?=[A-ZÀ-Ý\"“«])")


def _year_from_roles(
    registry: Registry, prepared: Sequence[tuple[int, str, str, list[Mention]]], dateline: tuple[int, int, int | None] | None
) -> int | None:
    """The one year that every titled person's role ("CSTO Secretary General Imangali Tasmagambetov") and the
    dateline's weekday ("March 3 … on Friday") allow, or None."""
    low, high = 1900, registry.reviewed.year
    titled = 0
    for _, _, _, mentions in prepared:
        for mention in mentions:
            actor = registry.actors.get(mention.actor_id or "")
            if actor is None or mention.role is None or "name" not in mention.extra:
                continue
            role = "csto_secretary_general" if mention.role == "secretary_general" else mention.role
            spans = [r for r in actor.roles if r.role == role and (mention.country is None or r.country in (None, mention.country))]
            if not spans:
                continue
            titled += 1
            low = max(low, min(r.start.year if r.start else 1900 for r in spans))
            high = min(high, max(r.end.year if r.end else registry.reviewed.year for r in spans))
    if not titled or low > high:
        return None
    years = list(range(low, high + 1))
    if dateline is not None:
        weekday = _weekday_named(prepared)
        if weekday is not None:
            years = [y for y in years if dt.date(y, dateline[0], dateline[1]).weekday() == weekday]
    return years[0] if len(years) == 1 else None


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")


def _weekday_named(prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> int | None:
    for _, _, masked, _ in prepared[:3]:
        match = re.search(r"\bon\s+(" + "|".join(_WEEKDAYS) + r")\b", masked, re.IGNORECASE)
        if match:
            return _WEEKDAYS.index(match.group(1).lower())
    return None


def _year_from_calendar(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]], dateline: tuple[int, int, int | None] | None) -> int | None:
    datable = {t for entry in tools.calendar for t in entry.types}
    for _, _, masked, mentions in prepared:
        for start, end in sentences(masked, tools.quote_words.abbreviations):
            # (with no publication day, only a month, season or quarter named can match a calendar entry)
            named_month = tools.date_words.month_gate.search(masked, start, end) is not None
            if not named_month and dateline is None:
                continue  # no date to match: the sentence's triggers need not be read
            found_dates = [d for d in find_dates(tools.date_words, masked[start:end], tools.parser, None, None, 2000)
                           if not d.explicit_year] if named_month else []
            if dateline is not None:
                found_dates.append(DateFound("dateline", 0, 0, dt.date(2000, dateline[0], dateline[1]), "day", 0.5))
            if not any(_calendar_days(tools, found) for found in found_dates):
                continue  # no calendar entry of any type on these days: the sentence's triggers need not be read
            triggers = [t for t in _triggers(tools.words, masked, start, end) if t[0].event_type in datable]
            if not triggers:
                continue
            for trigger, at, _ in triggers:
                if not any(_calendar_years(tools, trigger.event_type, found) for found in found_dates):
                    continue  # no entry of this type on these days: the place cannot make one match
                people = _people(tools, mentions, start, end)
                place, _ = _place(tools, trigger, masked[start:end], at - start, None, people, None, None, _no_country)
                country = place.country if place is not None else None
                for found in found_dates:
                    year = _calendar_year(tools, trigger.event_type, found, country)
                    if year is not None:
                        return year
    return None


#: Events of a state's own affairs: with no place, they happened in the country the story is about.
_DOMESTIC = frozenset({"PROTEST", "COERCE", "APPOINT", "ELECTION"})
#: The bloc by its name or its noun, or its members, or its secretary general: a sentence that names them may tell the
#: bloc's affairs ("the alliance's next secretary general will take office", "deported from the member states").
_BLOC_NOUN = re.compile(r"\b(?:CSTO|ODKB|OTSC|Csto|Otsc|alliance|alleanza|bloc|blocco|organi[sz]ation|organizzazione|member\s+states|"
                        r"Stati\s+membri|paesi\s+membri|secretary[- ]general|segretari[oa]\s+generale)\b", re.IGNORECASE)


def _countries_counted(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> dict[str, int]:
    """How often the article names each country's places, located or not."""
    named: dict[str, int] = {}
    for _, _, masked, _ in prepared:
        for place in tools.gazetteer.find(masked, None, ()):
            if place.country:
                named[place.country] = named.get(place.country, 0) + 1
    return named


def _named_country(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> str | None:
    """The country the article names more often than any other, located or not ("il presidente del Kirghizistan"), if
    one does."""
    named = _countries_counted(tools, prepared)
    ranked = sorted(named.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] == ranked[1]):
        return None
    return max(named, key=lambda c: named[c])


def _titled_country(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]], main: str | None) -> str | None:
    """``main``, the article's main country, when its first line (the title, or the lead) locates a place in it too."""
    return main if main is not None and prepared and _main_country(tools, prepared[:1]) == main else None


def _main_country(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> str | None:
    """The country the article's located places fall in most often ("in Kazakhstan", "to Almaty")."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}  # the paragraph each country is first located in
    for number, _, masked, mentions in prepared:
        people = [(m.start, m.end) for m in mentions if m.actor_type == "person"]
        notices = [m.span() for m in _LEGAL_NOTICE.finditer(masked)] if "(" in masked else []
        for place in tools.gazetteer.find(masked, None, people):
            if any(a <= place.start < b for a, b in notices):
                continue  # ("the Taliban (banned in Russia)": a legal notice, not where the story is)
            if _ASKED.match(masked, place.end):
                continue  # ("can the forces be used in Ukraine?": a question locates nothing)
            lead = masked[max(0, place.start - 60) : place.start]
            if _POSTED_IN.search(lead):
                continue  # ("Pubblicato il 30 agosto alle 12:02 in Afghanistan Russia": a blog post's categories, no place)
            backdrop = _BACKDROP_AFTER.search(lead)
            if backdrop is not None and not re.search(r"[.;]", lead[backdrop.end() :]):
                continue  # ("… sullo sfondo dell'avanzata dei talebani in X": the backdrop's place, not the story's)
            # (not a range named like a town abroad: "at the <Name> training ground in the <Region> of Kazakhstan")
            # (nor "to" that is no motion: "due to Armenia's exit", "according to Kazakhstan")
            if (place.country and _AT.search(lead) and not _FROM.search(lead) and not tools.words.topic.search(lead)
                    and not _FACILITY.match(masked, place.end) and not _TO_NO_MOTION.search(lead) and not tools.words.led_by.match(masked, place.end)
                    and not _CRISIS_NAMED.match(masked, place.end)):  # (nor "in the Ukraine crisis": a crisis named, no place)
                counts[place.country] = counts.get(place.country, 0) + 1
                first.setdefault(place.country, number)
    if not counts and prepared:
        # (with no place located, the country a headline's kicker names: "Kazakistan - Ritiro del contingente …",
        # "Armenia: …")
        line = prepared[0][1]
        kicker = next(iter(tools.gazetteer.find(line, None, [])), None)
        if kicker is not None and kicker.precision == "country" and not line[: kicker.start].strip() and _KICKER_END.match(line, kicker.end):
            return kicker.country
    main = max(counts, key=lambda c: counts[c]) if counts else None
    if main is not None and counts[main] == 1 and first[main] > _MAIN_REACH:
        # ("… leaders are to attend a summit in Uzbekistan this week" at the end of a story about two others: one place
        # named late is where that one event is, not the story's country, when the story names others more often)
        named = _countries_counted(tools, prepared)
        if named.get(main, 0) < max(named.values(), default=0):
            return None
    return main


#: A post's date line that lists its categories after "in": "Pubblicato il 30 agosto 2031 alle 12:02 in ", "Posted on May 3,
#: 2031 in ".
_POSTED_IN = re.compile(r"^\s*(?:pubblicato|published|posted)\b[^.;]{0,60}?\bin\s+(?:(?-i:[A-Z])[\w-]+\s+){0,4}$", re.IGNORECASE)
#: The rest of a question after a place: "… in Ukraine?".
_ASKED = re.compile(r"[^.!?]*\?")
#: The last paragraph (from the headline, 0) where a country located once can still be the story's.
_MAIN_REACH = 3
#: The end of a headline's kicker: "Kazakhstan - …", "Armenia: …".
_KICKER_END = re.compile(r"\s*(?:[-–—|]\s|:)")


def _people(tools: EventTools, mentions: Sequence[Mention], start: int, end: int) -> list[tuple[int, int]]:
    """The spans of a sentence's people, which are not places: a name that is, as a whole, a place the gazetteer
    knows ("Pskov region", which the registry's tolerance for slips would read as Peskov) is the place. So are the
    names of bodies and outlets that hold a place's ("the Shanghai Cooperation Organisation", "Russia 24"), registered
    or not ("Kabul Now", an outlet by its name's last word)."""
    # (an outlet named as one is never the place, even when a town shares its name: "the news agency Xinhua reported")
    return [(m.start - start, m.end - start) for m in mentions if start <= m.start < end
            and (not tools.gazetteer.names(m.text) or (m.actor_type == "media" and m.actor_id is not None))
            and (m.actor_type in ("person", "media") or (m.kind == "name" and m.actor_type == "organisation"))]


def _nearest_trigger(found_triggers: Sequence[tuple[Trigger, int, str]], date: DateFound, sentence: str, start: int,
                     dates: Sequence[DateFound] = ()) -> tuple[Trigger, int, str]:
    """The trigger a date is nearest; a date that opens a coordinate clause goes to a trigger after it; a trigger with
    another of the sentence's ``dates`` between it and this one is farther than any it has none with."""
    eligible = found_triggers
    if _OPENS_CLAUSE.search(sentence[: date.start]) and any(t[1] > date.end + start for t in found_triggers):
        eligible = tuple(t for t in found_triggers if t[1] > date.end + start)
    elif _WHEN_AFTER.match(sentence, date.end) and any(t[1] > date.end + start for t in found_triggers) and not any(
            t[1] < date.start + start and len(sentence[t[1] - start + len(t[2]) : date.start].split()) <= _OWN_DATE_WORDS for t in found_triggers):
        # "simulated a situation in <region> in 1999, when units invaded the region": the when-clause's event (but
        # "at the summit in <city> last November, when you refused …" dates the summit it follows closely too)
        eligible = tuple(t for t in found_triggers if t[1] > date.end + start)
    # (not the next item of a list of one kind, each told with its date: "the ministers' sitting on 4 May and the
    # leaders' session on 5 May": the 4th is the first sitting's)
    listed = tuple(t for t in eligible if t[1] > date.end + start and _NEXT_ITEM.fullmatch(sentence, date.end, t[1] - start)
                   and any(o[1] < date.start + start and o[0].event_type == t[0].event_type for o in eligible))
    if listed and len(listed) < len(eligible):
        eligible = tuple(t for t in eligible if t not in listed)
    # (not the drills that name whom a later verb is about: "On 25-29 August, the troops participating in the drills will
    # redeploy": the day is the redeployment's)
    modifiers = tuple(t for t in eligible if _TAKING_PART_IN.search(sentence, max(0, t[1] - start - 160), t[1] - start)
                      and any(other[1] > t[1] for other in eligible))
    if modifiers and len(modifiers) < len(eligible):
        eligible = tuple(t for t in eligible if t not in modifiers)
    # a trigger in the date's own clause before a nearer one in the next coordinate clause ("captured … in
    # December, and threatened …": December is the capture's)
    # (measured from the trigger's last word: "left the organization once in 2001" puts the year next to it; two
    # triggers that end together, "cancel the exercise", go to the one that starts nearer)
    # (and not a trigger a few words after an after-word the date stands before, when a trigger comes before the date:
    # "hanno concordato una tregua sabato dopo gli scontri" dates the truce, the clashes came before it; but a date that
    # heads the sentence dates its setting too, "A febbraio, dopo alcuni scontri al confine, X aveva accusato …")
    told = any(t[1] < date.start + start for t in eligible)
    # (never one outside the relative clause the date stands in, when a trigger inside it runs into it: "X, who took
    # office in March, visited …": March is the taking of office's)
    # (nor, the other way round, the trigger of a relative clause a date stands outside: "On 9 May, X, who took office
    # in March, visited …": the 9th is the visit's)
    offsets = [t[1] - start for t in eligible]
    inside = {t[1] for t in eligible if not _in_other_clause(sentence, date, t[1] - start, offsets, len(t[2]))
              and not _clause_holds_not(sentence, date, t[1] - start, len(t[2]))}
    return min(eligible, key=lambda t: (bool(inside) and len(inside) < len(eligible) and t[1] not in inside,
                                        _coordinated(sentence, date, t[1] - start),
                                        told and date.end <= t[1] - start and _JUST_AFTER.search(sentence, date.end, t[1] - start) is not None,
                                        _shadowed(date, dates, t[1] - start, len(t[2])),
                                        _gap(date, start, t[1], len(t[2])),
                                        min(abs(date.start + start - t[1]), abs(date.end + start - t[1]))))


#: A part of a month named before it (or in its words): "alla fine di", "late", "early", "a metà", with the days it spans.
_PART_OF_MONTH = ((re.compile(r"\b(?:late|end\s+of|fine|finire)\b", re.IGNORECASE), 21, 31),
                  (re.compile(r"\b(?:early|beginning\s+of|start\s+of|inizio|primi)\b", re.IGNORECASE), 1, 10),
                  (re.compile(r"\b(?:mid|middle\s+of|metà)\b", re.IGNORECASE), 11, 20))


def _in_part_of_month(sentence: str, month: DateFound, day: int) -> bool:
    """True unless ``month`` is told by a part of it ("at the end of September", "all'inizio di maggio") that ``day``
    falls outside."""
    words = sentence[max(0, month.start - 20) : month.end]
    return all(low <= day <= high for part, low, high in _PART_OF_MONTH if part.search(words))


def _shadowed(date: DateFound, dates: Sequence[DateFound], at: int, length: int) -> bool:
    """True when another date stands between ``date`` and the trigger at ``at``: "ratified in <city> in 1995, in 2004, it
    was decided to …" (1995 is the ratifying's, however near the decision's words)."""
    low, high = (date.end, at) if date.end <= at else (at + length, date.start)
    return any(other is not date and low <= other.start and other.end <= high for other in dates)


#: Those a noun trigger after it names by taking part in it: "the troops participating in the CSTO's …", "units taking
#: part in the", "i militari che partecipano alle".
_TAKING_PART_IN = re.compile(r"\b(?:troops|forces|units|servicemen|soldiers|contingents?|personnel|militari|truppe|unità|contingenti)\s+"
                             r"(?:participating|taking\s+part|involved|engaged|che\s+partecipano|partecipanti)\s+(?:in|a|al|alla|alle|ai|agli)\s+"
                             r"(?:the\s+)?(?:[\w’'()-]+,?\s+){0,10}$", re.IGNORECASE)
#: The most words between a trigger and a date that still make the date the trigger's own ("the summit in <city> last November").
_OWN_DATE_WORDS = 4
#: A when-clause right after a date, which the date introduces: "in 1999, when …", "nel 1999, quando …".
_WHEN_AFTER = re.compile(r",?\s*(?:when|quando|allorché)\b", re.IGNORECASE)


def _coordinated(sentence: str, date: DateFound, at: int) -> bool:
    """True when a date and a trigger at ``at`` (sentence offsets) stand in two coordinate clauses."""
    lo, hi = (date.end, at) if date.end <= at else (at, date.start)
    return bool(_COORDINATE.search(sentence[lo:hi]))


#: ("rejoined in 2005 but withdrew in 2012": "but" and "ma" join clauses even without a comma)
#: A coordinate clause that names its own subject and its verb: " and Tajik President X reached out" (not a title's
#: second half, " and Deputy Minister of …").
_NEW_SUBJECT = re.compile(r"\s(?:and)\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){2,5}(?-i:[a-z])\w+ed\b"
                          # (or a main clause after the trigger's fronted one: "In April, shortly after the clashes, Kazakhstan
                          # had insisted the meeting be moved to Moscow")
                          r"|,\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’-]+\s+){1,3}(?:had|has|have)\s+(?-i:[a-z])\w+ed\b"
                          # (or a coordinate clause with a subject and a verb of its own: "…, and the peacekeepers will train in …")
                          r"|,\s+(?:and|but|while)\s+(?:the|its|their|our)\s+(?:(?-i:[a-z])[\w'’-]+\s+){1,3}?(?:will|would|shall|are|were|is|was)\s+(?-i:[a-z])\w+\b")
#: A comma that lists the next predicate of one subject: ", refused", ", recalled" ("cancelled the drill, refused to name
#: a deputy and recalled its envoy").
_PREDICATE_LIST = re.compile(r",(?=\s+(?-i:[a-z])\w+ed\s+(?!(?:by|in|on|at|from|with)\b)(?!to\s+(?:the|an?|its|their|(?-i:[A-Z]))\b))")
#: Another predicate of the sentence's subject: ", refused", " and recalled" (a past verb after a comma or an "and").
_OTHER_PREDICATE = re.compile(r"(?:,|\band)\s+(?:also\s+|then\s+|later\s+)?(?-i:[a-z])\w+ed\s+(?!(?:by|in|on|at|from|with)\b)(?!to\s+(?:the|an?|its|their|(?-i:[A-Z]))\b)",
                              re.IGNORECASE)
_COORDINATE = re.compile(r",\s+(?:and|but|e|ma)\b|\s(?:but|ma)\s|;", re.IGNORECASE)


#: A standfirst's bullet under the headline ("- Almaty was devastated as …"): a summary, not the story's lead.
_BULLET = re.compile(r"\s*[-•]\s+\S")


def _first_body(lines: Sequence[str], first: int, vocabulary: EventWords | None = None) -> int | None:
    """The first paragraph of the story after a page's header lines ("World News", a view counter, the headline
    again): the first from ``first`` that holds a sentence's worth of words and does not repeat the headline, past
    any paragraphs that only define the bloc before the news (``vocabulary``'s ``background_definition``). None when that is
    ``first`` itself (nothing to skip)."""
    # a scraper's stamp line ("date 2022-09 https://…") stands before the headline, which is then the next line
    stamped = len(lines) > 1 and bool(_STAMP_LINE.fullmatch(lines[0]))
    headline = " ".join(lines[1 if stamped else 0].split()).casefold() if lines else ""
    last = min(len(lines), first + DATELINE_LINES)
    # (an official site's page: menu lines, the title, the day on a line of its own, then the story: "View settings ¶ … ¶
    # Law on … ¶ December 27, 2010 ¶ X signed …"; no line above the day is a sentence)
    dated = next((n for n in range(first, min(len(lines) - 1, first + DATELINE_LINES + 2)) if DATE_LINE.fullmatch(lines[n])), None)
    if (dated is not None and dated > first and len(lines[dated + 1].split()) >= _BODY_WORDS
            and not any(lines[k].rstrip()[-1:] in ".!?" for k in range(first, dated))):
        return dated + 1
    # (a wire's lead that opens on its city and its agency in brackets, under header lines that are no sentences: "World
    # News ¶ <headline> ¶ CITY, Country (Agency) - …")
    wired = next((n for n in range(first, last) if _AGENCY_DATELINE.match(lines[n])), None)
    if wired is not None and wired > first and not any(lines[k].rstrip()[-1:] in ".!?" for k in range(first, wired)):
        return wired
    for number in range(max(first, 2) if stamped else first, last):
        words = lines[number].split()
        stamp = next((n for n in range(number + 1, last) if CLOCK_STAMP.fullmatch(lines[n])
                      and all(len(lines[k].split()) < _BODY_WORDS for k in range(number + 1, n))), None)
        if stamp is not None and stamp + 1 < len(lines) and len(lines[stamp + 1].split()) >= _BODY_WORDS:
            # a page's time stamp ("23 November, 22:06") below it: what stands above is the page's header (the
            # headline, a quotation over the story), and the story opens under the stamp
            return stamp + 1
        # (the headline's sentence again with a full stop the headline lacks is the story's lead, not a header line)
        lead = bool(headline) and _WORD.findall(" ".join(words).casefold()) == _WORD.findall(headline) and lines[number].rstrip()[-1:] in ".!?"
        if len(words) >= _BODY_WORDS and not _BYLINE.search(lines[number]) and not _EDITORS_NOTE.fullmatch(lines[number]) and not _BULLET.match(lines[number]) and not (
                number and headline and " ".join(words).casefold().startswith(headline[:40]) and not lead):
            if vocabulary is not None and vocabulary.background_definition.match(lines[number]):
                # ("The X is a military organization that … ¶ The X is run by its Council … ¶ The session opened in …": the
                # paragraphs that tell nothing are what the bloc is, and the news opens after them)
                background = number
                while background + 1 < len(lines) and not vocabulary.background_telling.search(lines[background]):
                    background += 1
                number = background if background > number else number
            return number if number > first else None
    return None


#: A wire's city (and country) in capitals, then its agency in brackets and a dash: "OSH, Kyrgyzstan (Reuters) - ".
_AGENCY_DATELINE = re.compile(r"\s*[A-ZÀ-Ý][A-ZÀ-Ý'’. -]{1,30}(?:,\s*[A-ZÀ-Ý][\w .'’-]{1,30})?\s*\([A-Z][\w .-]{1,20}\)\s*[-–—]")
#: (with the page's own time after it: "date 2024-12-06 12:17", "date 2023-04-02 10.15 - lunedì 2 aprile 2023")
_STAMP_LINE = re.compile(rf"\s*{STAMP}\s*(?:\d{{1,2}}[:.]\d{{2}}\b(?:\s*[-–|]\s*[\w ]{{0,40}})?\s*)?(?:https?://\S+)?\s*")
#: A page's byline or time stamp: "By A. Writer Updated 3 March 2021 | 09:15 AM" is a header line, not the story.
_BYLINE = re.compile(r"^(?=.{0,120}$)(?:.*\b(?:Published|Updated|Posted)\b.*\b(?:19|20)\d{2}\b|.*\b(?:19|20)\d{2}\b.*\b(?:Published|Updated|Posted)\b"
                     r"|.*\|\s*\d{1,2}:\d{2}\b)(?!.*[.!?]\s*$)")  # (the year first too: "May 4, 2031 9:15 pm | Updated …")
#: An editor's note in brackets on a line of its own: "(Translated by the newsroom with a machine)" is no paragraph of the story.
_EDITORS_NOTE = re.compile(r"\s*\([^()]*\)\s*")
#: A subheading: a line of a few words with no full stop at its end ("Slap to Moscow: X does not sign the declaration").
_SUBHEAD = re.compile(r"\s*(?:\S+\s+){1,11}\S+(?<![.!?…\"”»])\s*")
#: The fewest words a paragraph holds to be the story's first, not a page's header line.
_BODY_WORDS = 6


#: The story's own news dating what came before or after it: "X's announcement came a day after", "the statement
#: comes two days before".
#: An aside that a participle opens, up to the comma before the main verb: ", deployed by the bloc, its ally, at his
#: request last week, would …".
_PARTICIPLE_ASIDE = re.compile(r",\s+(?:[a-z]+ed|sent|brought|led|held|made|taken|given)\b[^;:.]{3,160}?"
                               r"(?=,\s+(?:would|will|shall|had|has|have|was|were|is|are|could|can|must|should)\b)")
#: Troops named by the participle that sent them: "troops sent to", "forces deployed in".
_TROOPS_SENT = re.compile(r"(?:troops|forces|units|soldiers|peacekeepers|contingents?)\s+(?:sent|deployed|dispatched|brought)\s+(?:to|in|into)", re.IGNORECASE)
#: A where-clause right after a place: ", where", ", dove".
_WHERE_NEXT = re.compile(r",\s+(?:where|dove)\b", re.IGNORECASE)
_CAME_AFTER = re.compile(
    r"\b(?:announcement|statement|remarks|comments|visit|call|appeal|decision)\s+(?:came|comes)\s+(?:just\s+|only\s+)?"
    r"(?:a|an|one|two|three|\d+)\s+(?:day|days|hours?)\s+(?:after|before)\b",
    re.IGNORECASE,
)


def _heading_day(context: _Context, sentence: str, anchor: dt.date | None) -> dt.date | None:
    """The day a date word that opens the sentence names ("Ieri …", "On 3 May, …"), if it names a day; or the day
    a sentence that reports the one before it was said on ("Lo ha reso noto martedì 12 marzo la Difesa": what
    comes next, "domani", counts from that day)."""
    opening = _OPENING.match(sentence)
    words = context.tools.date_words
    if context.tools.words.reports_before.match(sentence):  # (each of its rows opens the sentence)
        said = [d for d in find_dates(words, sentence, context.tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year)
                if d.precision == "day" and d.date is not None]
        if said:
            return said[0].date
    match = prefilter.match(words.starts, 0, sentence, opening.end()) if opening is not None else None
    if match is None:
        return None
    found = find_dates(words, match.group(0), context.tools.parser, context.published, anchor, context.year_hint, story_month=context.published_month, story_year=context.published_year)
    return found[0].date if found and found[0].precision == "day" else None


#: What may come before a date that opens a sentence: a dash, a masked dateline, "On", "Il".
_OPENING = re.compile(r"^[\W\d]*?(?:X+\W*)?(?:(?:Earlier|Later|Meanwhile|Previously|Then|Intanto|Poi|In\s+precedenza)\s*,?\s+)?"
                      r"(?:(?:On|on|In|Il|L['’]|Nel|Lo)\s+)?(?=\w)")


def _placed_as(record: EventRecord, coarse: EventRecord) -> EventRecord:
    """``record``, which tells by its days the event ``coarse`` told by its month or year, in the place ``coarse`` gave
    when ``record`` gives none (a quotation's "on June 2-7" after "five drills in Kazakhstan in early June")."""
    if record.country is not None or coarse.country is None:
        return record
    return replace(record, country=coarse.country, place=coarse.place, place_text=coarse.place_text, latitude=coarse.latitude,
                   longitude=coarse.longitude, geo_precision=coarse.geo_precision)


def _narrows(record: EventRecord, other: EventRecord) -> bool:
    """True when ``record`` tells by its day an event ``other`` told by its week, month or year (same type, place and
    status, both dated by their own words): "five drills in September … on 1-6 September", "a set of drills in
    2030 … on 1-6 September", "will begin pulling out this week … would begin on Thursday"; and a war by its month
    that ``other`` told by its year."""
    if record.event_date is None or other.event_date is None:
        return False
    if record.date_precision == "month" and other.date_precision == "year" and record.event_type == other.event_type == "FIGHT":
        # (a war told by its year and by its month: "the invasion of Valleya in 2031" … "the September 2031 incursion")
        return (record.event_date.year == other.event_date.year and record.country == other.country and record.status == other.status
                and record.date_source == other.date_source == "text")
    if record.date_precision != "day":
        return False
    coarse = {"month": record.event_date.replace(day=1), "year": record.event_date.replace(month=1, day=1),
              "week": record.event_date - dt.timedelta(days=record.event_date.weekday())}.get(other.date_precision)
    part = _MONTH_PART.search(other.date_text or "") if other.date_precision == "month" else None
    if part is not None and _MONTH_THIRDS[part.group(0).casefold()] != min((record.event_date.day - 1) // 10, 2):
        return False  # ("a meeting in early July" is not the talks of 24 July)
    # (a coarse telling placed only by a fallback, the dateline or the article's country, yields to the day's place)
    # (nor is a visit a meeting: "at a meeting in early July" and "on July 7-9, a task force visited")
    return (coarse == other.event_date and record.event_type == other.event_type and (record.mode == "visit") == (other.mode == "visit")
            and (record.country == other.country or not other.place_text or record.country is None) and record.status == other.status
            and record.date_source == other.date_source == "text")


#: The third of a month that a part of it names: "early July" is its first ten days, "a fine luglio" its last.
_MONTH_THIRDS = {"early": 0, "inizio": 0, "mid": 1, "metà": 1, "late": 2, "fine": 2}
_MONTH_PART = re.compile(rf"\b(?:{'|'.join(_MONTH_THIRDS)})\b", re.IGNORECASE)


#: A participle after a comma that tells what an act led to: ", prompting", ", forcing", ", spurring".
_CONSEQUENCE = re.compile(r",\s*(?:prompting|forcing|spurring|causing|leading|triggering|provoking|sparking)\s+(?=(?:the\s+)?(?-i:[A-Z])|\w+\s+to\b)",
                          re.IGNORECASE)
#: A verb that tells an event as done: "hosted", "took place", "was held", "met".
_TOLD_DONE = re.compile(r"\b(?:took\s+place|was\s+held|were\s+held|hosted|met|signed|adopted|held|visited)\b", re.IGNORECASE)
#: A line that is a date in a site's numeric form: "21.04.2025"; or a title line that ends with one ("… was carried out
#: 28.10.2024"). A clock time may follow ("11 January 2022, 11:48").
_NUMERIC_DAY = re.compile(r"(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d{2})")
_DAY_AFTER_TITLE = re.compile(rf"(?<=[a-z”\"»])\s+{_NUMERIC_DAY.pattern}\s*$")
_CLOCK = re.compile(r",?\s*\d{1,2}:\d{2}\s*$")
#: How far a column's date line may stand from the page's own date and still head its items (a site's column of
#: other news shows the items of the months around it).
_HEADING_DAYS = 400


def _date_line(tools: EventTools, line: str) -> tuple[dt.date | None, bool]:
    """The day a line that is nothing but a date names (and True: "21.04.2025", "11 January 2022, 11:48", "5 maggio
    2023"), or the day a title line ends with ("… was carried out 28.10.2024"; and False), else (None, False)."""
    bare = _CLOCK.sub("", line).strip()
    numeric = _NUMERIC_DAY.fullmatch(bare) or _DAY_AFTER_TITLE.search(bare)
    if numeric is not None:
        try:
            return dt.date(int(numeric.group("y")), int(numeric.group("m")), int(numeric.group("d"))), numeric.start() == 0
        except ValueError:
            return None, False
    if not bare or len(bare) > 40 or (not bare[0].isdigit() and not bare[0].isupper()):
        return None, False
    found = find_dates(tools.date_words, bare, tools.parser, None, None, None)
    whole = len(found) == 1 and found[0].precision == "day" and found[0].explicit_year and not bare[found[0].end :].strip(" ,.")
    return (found[0].date, True) if whole and found[0].start == 0 and found[0].date is not None else (None, False)


def _beside(record: EventRecord, other: EventRecord) -> bool:
    """True for talks held on the sidelines of the meeting ``other`` ("on the sidelines of the Council, X held talks
    with Y"), just before it ("Ahead of the summit, the ministers were received by the host") or a reception of its
    participants: two meetings on one day, not one told twice."""
    told = record.evidence_en or record.evidence_original or ""
    if record.event_type == "CONSULT" and record is not other and other.evidence_original == record.evidence_original and _TWO_MEETINGS.search(told):
        return True  # ("an informal summit of the union's leaders and a summit of the bloc": two meetings a sentence tells together)
    if record.event_type == "CONSULT" and other.event_type == "CONSULT" and sum(bool(_BILATERAL.search(e.trigger or "")) for e in (record, other)) == 1:
        # ("attended the council's sitting in <city> … That day the two ministers held a bilateral meeting": a
        # meeting of two is not the sitting of a body of many, though both were that day and in that city)
        body = other if _BILATERAL.search(record.trigger or "") else record
        if _BODY_SITTING.search(body.trigger or ""):
            return True
    return record.event_type == "CONSULT" and record.trigger != other.trigger and bool(_SIDELINES.search(told))


#: A meeting of two sides ("a bilateral meeting", "colloqui bilaterali"), and the sitting of a body of many ("the sitting
#: of the Council", "a session of the Committee", "the summit") that it is never the same meeting as.
_BILATERAL = re.compile(r"\b(?:bilateral[ei]?|one-on-one)\b", re.IGNORECASE)
_BODY_SITTING = re.compile(r"\b(?:sitting|session|meeting|seduta|sessione|riunione)\s+(?:of|del|della|dei)\b|\bsummit\b|\bvertice\b", re.IGNORECASE)


#: Two meetings, each of its own body, that one sentence tells together: "a summit of the union's leaders and a summit of the".
#: (the join is ``_OTHER_MEETING``'s, between two meeting nouns)
_TWO_MEETINGS = re.compile(rf"\b{_MEETING_NOUN}{_OTHER_MEETING.pattern}{_MEETING_NOUN}\s+(?:of|della|dei|degli|del)\b", re.IGNORECASE)
_SIDELINES = re.compile(r"\b(?:on|at)\s+the\s+(?:sidelines|margins)\s+of\b|\ba\s+margine\s+d"
                        r"|\b(?-i:Before|Ahead\s+of|Prior\s+to)\s+the\s+(?:meeting|summit|session|talks)\b"
                        # (or a reception of its participants: "the president is to receive participants in the meeting")
                        r"|\breceiv\w*\s+(?:the\s+)?(?:participants|delegations|delegates|members)\s+(?:in|of|at)\s+the\s+(?:meeting|summit|session|talks)\b",
                        re.IGNORECASE)


#: What an anniversary remembers, right before a trigger: "the 25th anniversary of the signing of", "il trentesimo
#: anniversario della firma del".
_ANNIVERSARY_OF = re.compile(r"\b(?:anniversary|anniversario|jubilee|giubileo)\s+(?:of|del|della|dello|dell['’]|dei|degli)\s*(?:the\s+)?$", re.IGNORECASE)


def _same(a: EventRecord, b: EventRecord) -> bool:
    # (a month told by its first day is not that day: "the drills began today, 1 September" and "another drill later
    # this month" are two)
    return (a.event_type == b.event_type and a.event_date == b.event_date and a.country == b.country and a.event_date is not None
            and (a.date_precision == b.date_precision or "month" not in (a.date_precision, b.date_precision)))


def _sentence_events(
    context: _Context, where: _Sentence, anchor: dt.date | None, lead: dt.date | None, context_year: int | None = None,
    undated_before: bool = False,
) -> list[EventRecord]:
    """The events one sentence reports; each date goes to the trigger it belongs to. ``undated_before`` when the last
    event told before it has no date: its "that day", "the same day" name no day then."""
    start = where.start
    found_triggers = _triggers(context.tools.words, where.masked, start, where.end)
    if found_triggers and "(" in where.masked[start : where.end]:
        # "a movement (recognised as extremist and outlawed in Russia)": a legal notice, no event
        notices = [(m.start(), m.end()) for m in _LEGAL_NOTICE.finditer(where.masked, start, where.end)]
        found_triggers = tuple(t for t in found_triggers if not any(a <= t[1] < b for a, b in notices))
    # (a custom or an anniversary, "the forum, which is usually held in spring", is never among them: `_triggers` skips it)
    if not found_triggers or _subheading(where.masked[start : where.end]):
        return []  # (an all-capital subheading, "WHAT THE EXERCISES ARE", names a topic, not an event)
    tolls = [t for t in found_triggers if t[0].event_type == "ASSAULT" and context.tools.words.toll.fullmatch(t[2])]
    if tolls and (any(t[0].event_type == "FIGHT" for t in found_triggers)
                  or any(t[0].event_type == "FIGHT" for t in _triggers(context.tools.words, where.masked, 0, start))):
        # ("the fighting resumed and dozens of troops were killed": the dead are the fight's toll, no attack of their own;
        # so are those a later sentence of the fight's paragraph counts: "Shooting began … . 63 people were killed.")
        found_triggers = tuple(t for t in found_triggers if t not in tolls)
    sentence = where.masked[start : where.end]
    # (a hope or a remark tacked on after the facts, "…, expressing hope that it will have an effect", puts no date told
    # before it in the future, unless it tells a date of its own)
    tail = _TRAILING_REMARK.search(sentence)
    told = sentence[: tail.start()] if tail is not None and not context.tools.date_words.may_hold_date(sentence, tail.start()) else sentence
    # (nor does what a speaker says will come, in a clause with no date of its own: "After the protests in May, X said that
    # the inquiry would be a priority" tells May of this year)
    cues = find_cues(context.tools.quote_words, sentence)
    speech_clause = next((c for c in cues if c.kind == "speech" and c.end < len(told) and _THAT_CLAUSE.match(told, c.end)), None)
    if speech_clause is not None and not context.tools.date_words.may_hold_date(told, speech_clause.end):
        told = told[: speech_clause.start]
    # (and a meeting being prepared: "discussed preparations for the summit in <city> on 23 November", a day to come)
    future = bool(prefilter.search(context.tools.words.plans, 0, told)) or _PREPARATIONS.search(told) is not None
    dates = find_dates(context.tools.date_words, sentence, context.tools.parser, context.published, anchor, context.year_hint, future=future,
                       context_year=context_year, story_month=context.published_month, story_year=context.published_year)
    if undated_before:
        # ("Shoigu looked back on the first joint meeting of the ministers. He recalled that the ministers on that day
        # visited …": the day of an event told with no date is no day the story gives)
        # (not the story's own day told as its course: "had earlier in the day appealed to the allies", "in giornata")
        same_day = {fold(phrase) for phrase in context.tools.date_words.same_day if not _COURSE_OF_DAY.search(phrase)}
        dates = [d for d in dates if not any(phrase in fold(d.text) for phrase in same_day)]
    # "a strategy until 2025", "un piano per il periodo 2026-2030": the term of what is adopted, not the event's date
    # (a day is another matter: "withdrawn until 19 January inclusive" ends on that day)
    dates = [d for d in dates if not (d.precision == "year" and _TERM.search(sentence[max(0, d.start - 30) : d.start]))]
    # "adopted a plan for the jubilee's festivities in 2026": a year in a plan's object is what the plan is for
    dates = [d for d in dates if not (d.precision == "year" and _PLAN_OBJECT.search(sentence[max(0, d.start - 160) : d.start]))]
    # "discussed the results of the bloc's work in 2012": the year the results cover, not the discussion's
    dates = [d for d in dates if not (d.precision == "year" and _RESULTS_OF.search(sentence[max(0, d.start - 100) : d.start]))]
    # "MINSK, 3 May. The first meeting of the bloc's council in 2031 took place": under a dateline, the year after
    # an ordinal is the span the meeting is first in, not its date
    if lead is not None:
        dates = [d for d in dates if not (d.precision == "year" and _ORDINAL_SPAN.search(sentence[max(0, d.start - 160) : d.start]))]
    # "given Belarus's chairmanship of the bloc from 1 January, its envoy was elected": the day a tenure starts, not the event's
    # (and its year told after it: "from January 1st of this year")
    # (not when taking the tenure is the news: "X will take over the bloc's presidency from 1 January")
    taken = [t_at - start + len(t_words) for t, t_at, t_words in found_triggers if t.event_type == "APPOINT" and _TENURE_NOUN.search(t_words)]
    tenure = [d for d in dates if _TENURE_FROM.search(sentence[max(0, d.start - 80) : d.start])
              and not any(0 <= d.start - end <= _TENURE_TAKEN_REACH for end in taken)]
    dates = [d for d in dates if not any(t is d or (t.end <= d.start and _OF_YEAR.fullmatch(sentence[t.end : d.start])) for t in tenure)]
    # "le manovre … dureranno fino al 27 agosto", "the drills will last until 6 September": the day it ends, not its date
    dates = [d for d in dates if not _LASTS_UNTIL.search(sentence[max(0, d.start - 40) : d.start])]
    # "ha imposto lo stato d'emergenza fino al prossimo 19 gennaio", "imposed a curfew until 19 January": the day a measure
    # ends, no event's date
    dates = [d for d in dates if not context.tools.words.imposed_until.search(sentence[max(0, d.start - 140) : d.start])]
    # "the withdrawal of the troops to their initial positions of 11 May": the day of a state of things, no event's
    dates = [d for d in dates if not _POSITIONS_OF.search(sentence[max(0, d.start - 30) : d.start])]
    # "changes to the treaty on the force of 1 May 2001": the day that names a document the
    # sentence refers to, no day of what the sentence tells
    dates = [d for d in dates if not _DOCUMENT_OF.search(sentence[max(0, d.start - 120) : d.start])]
    # (and the year a document's noun owns: "in accordance with the Council's resolution of 2015", "la decisione del 2015")
    dates = [d for d in dates if not (d.precision == "year" and _YEAR_OF.match(d.text) and _DOCUMENT_NOUN_BEFORE.search(sentence, max(0, d.start - 60), d.start))]
    if lead is not None or any(d.precision in ("day", "month") for d in dates):
        # "Troops in the Steel Shield-2024 drills are moving …" under a dateline, "the Alpha-2030 drills, which
        # begin on 2 May": the year in a name is no date beside a day or a dateline
        named = [(m.start(), m.end()) for m in _NAMED_YEAR.finditer(sentence)]
        dates = [d for d in dates if not (d.precision == "year" and any(a <= d.start < b for a, b in named))]
        # ("from 15 to 19 September held the exercises “Interaction-2031”": the one year a drill's name holds is the year
        # of a day the sentence gives without one, where the story's year was a year off)
        # (the name as written, quotation marks and all: what they enclose is masked in ``sentence``)
        years = {int(year.group(0)) for m in _NAMED_YEAR.finditer(where.line, where.start, where.end) for year in [_YEAR.search(m.group(0))] if year}
        if len(years) == 1:
            year = next(iter(years))
            dates = [replace(d, date=d.date.replace(year=year)) if d.date is not None and not d.explicit_year and d.precision in ("day", "month")
                     and abs(d.date.year - year) == 1 and not (d.date.month == 2 and d.date.day == 29) else d for d in dates]
    # "a probe into the 2010 June 5 case", "the January events": a date that names a case or a chain of
    # events is that case's name, no date of what the sentence tells
    dates = [d for d in dates if not _NAMES_CASE.match(sentence, d.end)]
    # "after the presidential election of 9 August": a noun that is an event only with its own date beside it
    # (the date is its own, no other trigger's)
    own_dates = {t[1]: d for t in found_triggers if t[0].own_date for d in [_own_date(sentence, t[1] - start, t[1] - start + len(t[2]), dates)] if d is not None}
    found_triggers = tuple(t for t in found_triggers if not t[0].own_date or t[1] in own_dates)
    if not found_triggers:
        return []
    # ("told today's meeting of the centre about the forthcoming withdrawal": a day named inside one trigger's own words,
    # the possessive of its noun, is that trigger's, no other's)
    if len(found_triggers) > 1:
        own_dates.update({t[1]: d for t in found_triggers if t[1] not in own_dates for d in dates
                          if t[1] - start < d.start and d.end < t[1] - start + len(t[2]) and sentence[d.end : d.end + 2] in ("'s", "’s")})
    # (an act told as done during it shares its date: "Armenia's appeal for help during X's offensive in September")
    shared = [d for at, d in own_dates.items() if _DURING_BEFORE.search(sentence, 0, at - start)]
    dates = [d for d in dates if not any(d is o for o in own_dates.values()) or any(d is o for o in shared)]
    if dates:
        found_triggers = (*found_triggers, *_second_triggers(context.tools.words, where.masked, found_triggers, where.end, dates, start))
    # "decided … with effect from 1 May": the decision's date is not the one it takes effect; an action's is
    # ("the withdrawal, starting today")
    effective = {id(d) for d in dates if context.tools.words.effective.search(sentence[max(0, d.start - 25) : d.start])}
    # "decided to appoint X as secretary general from 1 January": the day an office is held from dates the appointment only
    office = {id(d) for d in dates if _OFFICE_FROM.search(sentence, max(0, d.start - 60), d.start)}
    # "refused to condemn the operations carried out in September 2022": a date after a participle of doing is the deed's
    # that the noun right before it names, no date of a trigger further back (the offset where the participle starts)
    deed_dates = {id(d): m.start() for d in dates for m in [_DONE_PARTICIPLE.search(sentence, max(0, d.start - 40), d.start)] if m is not None}
    # "accused X of seizing power in 2010 and asked for his arrest": a date in the act an accusation alleges
    # is that act's, no date of the accusation nor of what follows it (the offset where the alleged act starts)
    alleged = {id(d): m.start("act") for d in dates for m in [_alleged(context.tools.date_words, sentence, d)] if m is not None}
    # "… the drills will …, X said on Wednesday": the day of the statement dates the statement and what follows
    # it ("said on Friday after talks in Bishkek"), not a non-verbal event the statement reports before it
    # (a cue inside a trigger is the event's own verb, no statement: "the truce was declared the same day")
    cues = [c for c in cues if not any(t_at - start <= c.start < t_at - start + len(t_words) for (_, t_at, t_words) in found_triggers)]
    # (nor an event's own end: "the exercises … have concluded on Friday" ends the exercises, no one speaks)
    cues = [c for c in cues if not (_ENDS_VERB.fullmatch(c.words) and any(
        t_at - start + len(t_words) <= c.start and not re.search(r"[,;:]", sentence[t_at - start + len(t_words) : c.start])
        for (_, t_at, t_words) in found_triggers))]
    # (a weekday may stand before the day it names: "ha indicato lunedì 22 settembre")
    said = {id(d): c.start for d in dates for c in cues if c.end <= d.start and (
        _SAID_ON.fullmatch(sentence[c.end : d.start]) or _SAID_ON.fullmatch(context.tools.date_words.weekday_name.sub("", sentence[c.end : d.start], count=1)))}
    # "X said on Tuesday that it had signed the deal": where the clause's own act is the speaker's, reported as
    # done, the statement's day is when it was done or just after (dated by the statement, and said so); the offset
    # where that clause starts
    statement_day = {id(d): (m.end() if m is not None else d.end) for d in dates if id(d) in said and d.precision == "day"
                     and d.date is not None for m in [_COMPLEMENT.match(sentence, d.end)]}
    # "On 3 May, it was announced that …": the day before an impersonal report is the report's
    # (not a source in an aside, closed by its comma: "On Thursday, according to the ministry, the troops advanced" dates
    # the advance; the source that runs to the sentence's end keeps the rule: "…, according to a report on the talks")
    report_day = {id(d): c.end for d in dates for c in cues if d.end <= c.start and _ON_IT_WAS.fullmatch(sentence[d.end : c.start])
                  and not (c.kind == "according" and "," in sentence[c.end :])}
    # "X said at the summit on Wednesday that the attacks …": a date in the attribution dates the statement, not what
    # the clause it introduces reports
    # (not one inside the clause the cue has already opened: "noted that back then, on 14 June, that treaty was signed")
    attributed = {id(d): m.end() for d in dates if any(c.end <= d.start and not _THAT_WORD.search(sentence, c.end, d.start) for c in cues)
                  for m in [_COMPLEMENT.match(sentence, d.end)] if m is not None}
    # "<what was said>, the bloc's Secretary General X said at a meeting on 20 January": a date in a trailing attribution
    # dates the telling, not what the reported words before its comma tell
    trailing_from = {id(d): told for c in cues for told in [_told_before(sentence, c)] if told is not None for d in dates if d.start >= c.end}
    # "Speaking at the session, X announced that the chairmanship in 2026 will …": a date in the clause a cue reports
    # is no date of a trigger before that cue
    reported_clause = {id(d): c.start for d in dates for c in cues if c.kind == "speech" and c.end <= d.start
                       and _THAT_NEXT.match(sentence, c.end)}
    # "sent to quell the protests that began on 2 January": the day after "began" is the protests', no other trigger's
    # (and the day right after a trigger that ends in its own verb of starting: "an operation launched on 4 September")
    begun: dict[int, int] = {}
    for _, t_at, t_words in found_triggers:
        after = t_at + len(t_words)
        verb = _BEGUN.match(where.masked, after, where.end)
        edge = verb.end() if verb is not None else (after if _ENDS_BEGUN.search(t_words) else None)
        if edge is not None:
            begun.update({id(d): t_at for d in dates if 0 <= d.start - (edge - start) <= 8})
    if not dates and len(found_triggers) > 1:
        # with no date to share out, the sentence's news is its first trigger outside a clause that puts an event
        # before it ("il Consiglio ha deciso di muoversi in seguito all'appello di X": the decision, not the appeal)
        # (nor one inside a clause that tells what a document said: "welcomed the mission in a statement in which both
        # sides agreed to …": the welcome)
        # (nor a backdrop: "condemned the offer in connection with the protests": the condemnation)
        # (and the sentence's reaction, not what it reacts to, in the same clause: "Russia regrets Armenia's decision to hold
        # drills with X", "le esercitazioni … causano rammarico alla Russia": the regret)
        reaction = next((t[1] for t in found_triggers if t[0].event_type in _REACTIONS), None)
        # (nor what an accusation blames, when the sentence keeps it: "blamed X for the protests that rocked the country")
        blamed = [(at, m.end()) for _, at, _ in (t for t in found_triggers if t[0].event_type == "ACCUSE")
                  for m in [_ACCUSED_OF.match(where.masked, at, where.end)] if m is not None]
        found_triggers = tuple(sorted(found_triggers, key=lambda t: (any(a < t[1] < b for a, b in blamed),
                                                                     reaction is not None and t[0].event_type not in context.tools.words.verbal
                                                                     and not _CLAUSE_BREAK.search(sentence, min(t[1], reaction) - start, max(t[1], reaction) - start),
                                                                     bool(_EARLIER.search(sentence[: t[1] - start])),
                                                                     bool(_IN_WHICH.search(sentence[: t[1] - start])),
                                                                     bool(_BACKDROP_BEFORE.search(sentence, 0, t[1] - start)),
                                                                     # (nor what talks or a statement were about: "a phone call
                                                                     # between X and Y about the protests": the call)
                                                                     _topic_of_other(context.tools.words, where.masked, found_triggers, t, own_dates))))
    # "… will be held from 9 to 13 October, the minister announced in <city> during a meeting with Y": the meeting a
    # trailing attribution says the words were said at is the story's news on the story's day; the dates before the
    # cue are the reported words'
    framing = tuple(t for t in found_triggers if t[0].event_type == "CONSULT" and _frames_cue(sentence, t[1] - start, t[2], cues, dates))
    found_triggers = tuple(t for t in found_triggers if t not in framing)
    framing += _attribution_meeting(context.tools.words, where.masked, found_triggers, cues, start, where.end)
    records: list[EventRecord] = []
    claimed: set[int] = set()
    chosen_at: dict[int, DateFound | None] = {}  # the date each trigger took, by where it starts
    every = dates
    when_clause = _WHEN_OPENS.match(sentence)
    # (the sentence's statements with a that-clause, and whether that clause plans something: read once, for every trigger)
    said_that = [(c, prefilter.search(context.tools.words.plans, 0, sentence[c.end :]) is not None)
                 for c in cues if c.kind == "speech" and _THAT_CLAUSE.match(sentence, c.end)]
    for rank, (trigger, at, words) in enumerate(found_triggers):
        if at in own_dates:
            records.extend(_record(context, where, trigger, at, words, own_dates[at], None, cues=cues, dateless=False))
            continue
        reported = trigger.event_type not in context.tools.words.verbal
        # ("X, on a visit to Y, told reporters on 1 May": the visit an aside sets the speaker in is on the day he spoke)
        setting_aside = (trigger.event_type == "CONSULT" and _SPEAKER_ASIDE.search(sentence, 0, at - start) is not None
                         and at - start + len(words) <= len(sentence))
        # (nor, "si è espresso mercoledì, annunciando esercitazioni", one a second cue after it reports)
        dates = [d for d in every if not _in_other_clause(sentence, d, at - start, [t[1] - start for t in found_triggers], len(words))
                 and begun.get(id(d), at) == at
                 and not (id(d) in reported_clause and at - start < reported_clause[id(d)])
                 and not (id(d) in trailing_from and at - start < trailing_from[id(d)])
                 and not (id(d) in office and trigger.event_type != "APPOINT")
                 and not (id(d) in deed_dates and not (0 <= deed_dates[id(d)] - (at - start + len(words)) <= _DONE_REACH))
                 and not (id(d) in alleged and not (alleged[id(d)] <= at - start < d.start
                                                    # (or the noun the year names: "a probe into a 2008 post-election crackdown")
                                                    or (alleged[id(d)] <= d.start and _YEAR_ALONE.fullmatch(d.text) is not None and at - start >= d.end
                                                        and _YEAR_NAMES.fullmatch(sentence, d.end, at - start) is not None)))
                 and not (id(d) in effective and trigger.event_type not in context.tools.words.take_effect
                          # ("will take office as Secretary General starting 2 May": the day an office is taken up is its own)
                          and context.tools.words.takes_office.match(words) is None
                          # ("a partire da ieri sera sono scoppiati scontri": the day an event broke out from is its own)
                          and not _BROKE_OUT.search(sentence, min(d.end, at - start), max(d.start, at - start + len(words))))
                 and not (reported and not (setting_aside and id(d) in said and _ASIDE_CLOSES.fullmatch(sentence, at - start + len(words), said[id(d)]))
                          and ((id(d) in said and (at - start < said[id(d)]
                                                                            or any(d.end <= c.start < at - start for c in cues)))
                                                         or (id(d) in report_day and at - start >= report_day[id(d)])
                                                         or (id(d) in attributed and at - start >= attributed[id(d)])))]
        # ("X, the army's chief until last October, was approved at a summit in Y": the end of a tenure told in an aside is
        # no date of what the sentence tells past its comma)
        dates = [d for d in dates if not (_UNTIL_BEFORE.search(sentence, max(0, d.start - 12), d.start)
                                          and "," in sentence[min(d.end, at - start) : max(d.start, at - start)])]
        # ("won independence in 1991; since then the border has seen frequent clashes": the year starts the period the
        # trigger recurs in, after "since then", and dates none of it)
        dates = [d for d in dates if not (d.end <= at - start and _SINCE_THEN.search(sentence, d.end, at - start))]
        # ("Russia welcomes the signing of the treaty on March 13": a reaction told in the present is the story's; the date
        # after what it reacts to is that act's)
        if trigger.event_type in _REACTIONS and _PRESENT_REACTION.match(words) and context.published is not None:
            dates = [d for d in dates if not (d.start > at - start and d.date is not None and d.date < context.published)]
        # ("the drills in X followed last week's exercise in Y": a date in the possessive dates the noun it owns, no
        # other trigger of the sentence)
        dates = [d for d in dates if not (sentence[d.end : d.end + 2] in ("'s", "’s")
                                          and not _OWNED_NOUN.fullmatch(sentence, d.end + 2, at - start)
                                          and any(_OWNED_NOUN.fullmatch(sentence, d.end + 2, t_at - start) for _, t_at, _ in found_triggers))]
        # "charged in late July with overthrowing the order by crushing the protests in which ten were killed": what
        # an accusation alleges takes no date from before the act (the day of the charge)
        # (up to a verb coordinated with the accusation's: "accused X of … in 2008 and requested his arrest")
        acts = [m.start("act") for m in _ALLEGED.finditer(sentence, 0, at - start) if m.start("act") <= at - start
                and not _ACT_ENDS.search(sentence, m.start("act"), at - start + len(words))]
        if acts:
            dates = [d for d in dates if d.start >= acts[-1]]
        # "discussed the situation today against the backdrop of the protests": a backdrop takes no date from outside
        # its own phrase
        backdrop = _BACKDROP_BEFORE.search(sentence, 0, at - start)
        if backdrop is not None:
            dates = [d for d in dates if d.start >= backdrop.start()]
        # "discussed the drills of the allied forces held in Armenia this year": the year of what a participle
        # several words after the trigger describes, not the trigger's
        dates = [d for d in dates if not (d.precision == "year" and d.start > at - start + len(words)
                                          and _PARTICIPLE_BEFORE.search(sentence[at - start + len(words) : d.start]))]
        # ("protesters demand new elections after the fraud that marred those held on Sunday": the day right after a
        # participle of holding, three or more words past the trigger, is the day of what the participle describes)
        # (not when the trigger is told at that meeting: "the agreements reached at the sessions …, held on 16 September";
        # nor when the participle is the trigger's own verb in the passive: "The next session of the Council will be held
        # on 28 November")
        dates = [d for d in dates if not (d.start > at - start + len(words) and not _REACHED_AT.match(sentence, at - start + len(words))
                                          and (held := _HELD_RIGHT_BEFORE.search(sentence, max(0, d.start - 30), d.start)) is not None
                                          and len(sentence[at - start + len(words) : held.start()].split()) >= 3
                                          and not _PASSIVE_OF_OWN.fullmatch(sentence, at - start + len(words), held.start()))]
        # "On Wednesday, X said that the withdrawal would begin on January 13": the day that heads a sentence before its
        # speech cue is the statement's, not that of what the statement reports when the report has a date of its own
        speech = next((c for c in cues if c.kind == "speech" and c.end <= at - start), None)
        if reported and speech is not None and any(d.start > speech.end for d in dates):
            dates = [d for d in dates if not (d.end <= speech.start and context.tools.words.heads.match(sentence[: d.start])
                                              and sentence[d.end :].lstrip().startswith(","))]
        # ("Since March, X has repeatedly said that the country will leave the bloc": a since-date before the speech
        # cue says how long the saying has gone on, and dates nothing the words report, of whatever kind)
        if speech is not None:
            dates = [d for d in dates if not (d.end <= speech.start and _SINCE_DATE.search(sentence, max(0, d.start - 12), d.start))]
        # ("Ahead of the council's session on Friday, the ministers spoke by phone": the date inside an opening phrase of
        # what is to come is that coming meeting's, never the act of the clause after the phrase; "on the eve of" is
        # left out: the eve is the act's own day)
        ahead = _AHEAD_LEAD.match(sentence)
        if ahead is not None and at - start >= ahead.end():
            dates = [d for d in dates if d.start >= ahead.end()]
        # ("to discuss the results of the mission sent to Armenia on 15 September": the date right after a participle
        # and its place, three or more words past the trigger, is the date of what the participle describes)
        dates = [d for d in dates if not (d.start > at - start + len(words)
                                          and (done := _DONE_TO_PLACE_BEFORE.search(sentence, max(0, d.start - 60), d.start)) is not None
                                          and done.start() >= at - start + len(words)
                                          and len(sentence[at - start + len(words) : done.start()].split()) >= 3)]
        # "spoke on the eve of the council's session, due on Friday": the eve is the day before the meeting it names, not
        # the meeting's
        dates = [d for d in dates if not (d.end <= at - start and d.text.lower().endswith(_EVE_WORDS) and _EVE_OF.fullmatch(sentence, d.end, at - start))]
        # ("X will discuss it today with Y on the eve of the summit in <city>", "alla vigilia del vertice"): a meeting named
        # to tell when something else happens is later than that day, which is the other act's
        if _AHEAD_OF.search(sentence, max(0, at - start - _GOVERNED_REACH), at - start):
            dates = [d for d in dates if d.end > at - start]
        # "condemned the mission launched in late February": the date of what the object's own participle tells
        dates = [d for d in dates if not (d.start > at - start + len(words) and _OBJECT_PARTICIPLE.fullmatch(sentence, at - start + len(words), d.start))]
        # ("the second exercise held since its inception in 2009", "dalla sua creazione nel 2009": the date of the
        # beginning a since-phrase names after the trigger is that beginning's)
        dates = [d for d in dates if not (d.start > at - start + len(words) and _SINCE_ITS.search(sentence, at - start + len(words), d.start))]
        # ("discussed the draft plan, which provides for an exhibition in Bishkek in October next year": a date inside a
        # relative clause after the trigger tells that clause's act, unless the clause tells the trigger's own happening,
        # "the meeting, which took place in November")
        # (inside it, no comma closing it before the date: "the drills, which meet every autumn in a capital, will be held
        # next spring" are the drills' own)
        dates = [d for d in dates if not (d.start > at - start + len(words) and (which := _WHICH_OTHER.search(sentence, at - start + len(words), d.start))
                                          and "," not in sentence[which.end() : d.start])]
        # (and one that tells how a gathering the act names is held, after the act's object, "approved the programme for the
        # summit, which will be held in <city> in February", tells that gathering's date: an act that is no gathering is
        # not held)
        # ("will leave for X tomorrow despite Y's refusal to take part": a refusal in a concessive phrase takes no date of
        # the clause it is conceded in)
        conceded = _CONCESSIVE.search(sentence, max(0, at - start - _CONCESSIVE_REACH), at - start) if _REFUSAL_NOUN.match(words) else None
        dates = [d for d in dates if conceded is None or d.start >= conceded.start()]
        object_held = _held_after_object(trigger, sentence, at - start + len(words))
        dates = [d for d in dates if not (object_held is not None and object_held[0] <= d.start < object_held[1])]
        # ("In January, X announced that the drills would be held in Belarus": the date that heads a statement is the
        # statement's; what its that-clause says will come has no date from it)
        announced = next(((c, planned) for c, planned in said_that if c.end <= at - start), None)
        if announced is not None and announced[1] and trigger.event_type not in context.tools.words.verbal:
            dates = [d for d in dates if d.end > announced[0].start]
        # ("the session is to sum up the results of the allies' drills in 2016": a date inside what
        # the results are of is that period's, not the summing up's, however long the phrase; `_RESULTS_OF`)
        if _RESULTS_OF.search(words):
            dates = [d for d in dates if not (d.start >= at - start + len(words) and not _CLAUSE_BREAK.search(sentence, at - start + len(words), d.start))]
        # ("said “crippling fines” on his country could have been avoided": fines of some earlier day, not the story's)
        spared = context.tools.words.avoidable.match(sentence, at - start + len(words)) is not None
        if spared:
            dates = []
        # "approved the agenda for tomorrow's session", "the summit on 16 September, where they have agreed to discuss it":
        # an act told as done takes no day still to come (that day is what was approved, or where it will be discussed)
        if context.published is not None and _done(sentence, at - start, words):
            # (a day with its own year that heads the act stands: a site's item "newer" than its page, "On May 16, 2032, X
            # hosted …")
            dates = [d for d in dates if not (d.date is not None and d.date > context.published and (not d.explicit_year or d.start > at - start))]
        # "the drills are held under the decision of …, adopted in December 2014": a document's date after its
        # participle is the document's, not the date of any other event the sentence tells
        # (and for any act, a document's date after "issued": "ratified a protocol amending the agreement …
        # issued on 6 October 2007" ratified it later)
        dates = [d for d in dates if not (d.start > at - start + len(words) and _ISSUED_ON.search(sentence, max(0, d.start - 20), d.start))]
        if trigger.event_type != "AGREE":
            dates = [d for d in dates if not (d.start > at - start and _ADOPTED_ON.search(sentence, max(0, d.start - 20), d.start))]
        elif context.published is not None and _TO_DO.search(words):
            # "the leaders have decided to discuss it on 6 December", "agreed to hold talks on …": a day after the story
            # told after the decision's infinitive is the day of what was decided, not of the decision (the story's news)
            dates = [d for d in dates if not (d.start >= at - start + len(words) and d.date is not None and d.date > context.published)]
        elif context.published is not None:
            # ("reached an agreement on the drill and decided to stage it during the year's second half": the period after
            # the infinitive that follows is the drill's, this year's or later, not the agreement's)
            published, after = context.published, at - start + len(words)
            dates = [d for d in dates if not (d.start >= after and d.date is not None and _DECIDED_TO.search(sentence, after, d.start)
                                              and (d.date.year >= published.year if d.precision == "year" else d.date > published))]
        # "the units, sent by the allies at her request in May, will go home …": a date inside a participle's aside
        # between commas is that participle's, not a trigger's outside it
        asides = [m.span() for m in _PARTICIPLE_ASIDE.finditer(sentence)]
        # (a trigger whose words run into the aside is the aside's own: "Secretary-General X, who arrived in Y on March 11,")
        dates = [d for d in dates if not any(a <= d.start < b and not (at - start < b and a < at - start + len(words)) for a, b in asides)]
        # "The pull-out comes two weeks after the troops arrived": the shifted day is that of the clause after
        # "after", not of the news before "comes" (which the story dates)
        dates = [d for d in dates if not (at - start < d.start and CAME_SHIFT.search(sentence, max(0, d.start - 24), d.start)
                                          and d.text.lower().rstrip().endswith(("after", "before", "dopo", "prima")))]
        refusal_said_at = None
        if trigger.event_type in ("REJECT", "SANCTION") and (_SAYS_IT_WILL_NOT.match(words) or _JUDGED_UNFIT.search(words)):
            # "said it will not host the drills in 2023": the refusal is made now, the date after it is the drills'
            # (not the day of a trailing attribution: "…, its ministry said on Monday" dates the refusal)
            said_at = next((c.start for c in cues if c.kind == "speech" and c.start > at - start), len(sentence))
            dates = [d for d in dates if d.end <= at - start or d.start > said_at]
            refusal_said_at = said_at if said_at < len(sentence) else None
        specific = any(d.precision in ("day", "week") for d in dates)
        # a month that a day in the same sentence narrows ("in October … on 10-14 October") gives way to that day
        # (not by a day of a second verb after "and": "In May, the rebels stepped up their offensive … and took the
        # town on 9 May" dates the offensive to May)
        trigger_end = at - start + len(words)
        narrowed = {id(d) for d in dates if d.precision == "month" and d.date is not None
                    and any(o.precision == "day" and o.date is not None and o.date.replace(day=1) == d.date
                            # (not by a day outside the relative clause the month stands in: "On 9 March, X, who
                            # took office in March, …")
                            and not _in_other_clause(sentence, d, o.start, (), 1)
                            # (nor by a day outside the part of the month it names: "il 1° settembre … alla fine di settembre")
                            and _in_part_of_month(sentence, d, o.date.day)
                            and not (o.start > trigger_end and _AND_VERB.search(sentence, trigger_end, o.start)) for o in dates)}
        near = sorted(
            (d for i, d in enumerate(dates) if i not in claimed),
            # a bare year ("chair of the Council in 2022") gives way to a day (or a week) the same sentence names
            # and an action takes the day it starts from ("il ritiro … a partire da oggi") before a nearer one
            key=lambda d: (not (id(d) in effective and trigger.event_type in context.tools.words.take_effect),
                           (specific and d.precision == "year" and context.tools.date_words.seasonal.search(d.text) is None) or id(d) in narrowed,
                           _gap(d, start, at, len(words))),  # (a season, "this fall", is no bare year; "this year" is)
        )
        chosen = near[0] if near else None
        if chosen is not None and _clause_holds_not(sentence, chosen, at - start, len(words)):
            # ("X, che in passato ha represso i cortei, ieri ha detto …": a trigger in a relative clause set
            # off by commas takes no date outside it, even when no other trigger stands there to take it)
            chosen = next((d for d in near if not _clause_holds_not(sentence, d, at - start, len(words))), None)
        past = _IN_THE_PAST.search(sentence, max(0, at - start - _IN_THE_PAST_REACH), at - start)
        long_ago = chosen is not None and past is not None and chosen.end <= past.start()
        if long_ago:
            # ("… the state of emergency from Friday in the region, where in the past there had been clashes …": what the
            # words say happened some time ago takes no date told before them)
            chosen = None
        if chosen is not None and len(found_triggers) > 1:
            # a date belongs to the trigger it is nearest, and one that opens a coordinate clause ("X pulled out,
            # and in 2002 the others agreed …") to a trigger after it when there is one; the nearest date that
            # belongs to another trigger leaves the next one ("Il 5 gennaio X ha fatto appello … e il giorno dopo
            # le unità …")
            said_day = chosen if refusal_said_at is not None and chosen.start > refusal_said_at else None
            chosen = next((d for d in near[:2] if _nearest_trigger(found_triggers, d, sentence, start, dates)[1] == at), None)
            # ("X will not attend the session of the council, its office said on Monday": the day of the statement is the
            # refusal's, whatever trigger of the refused stands nearer it)
            chosen = chosen or said_day
        # ("troops sent to quell the unrest will begin leaving in two days": the participle that names the troops is no
        # event of the main verb's day)
        modifier = bool(_TROOPS_SENT.fullmatch(words)) and any(t[1] > at for t in found_triggers)
        if chosen is None and len(dates) == 1 and not modifier and not long_ago:
            # one date, several triggers: it dates each trigger in the same clause ("refused to sign … at the summit … on
            # Wednesday"), but the date of what was called off is not the day it was called off ("called off the drill
            # due on 10 October")
            lo, hi = sorted((at - start, dates[0].start))
            opens = at - start < dates[0].start and _OPENS_CLAUSE.search(sentence[: dates[0].start])
            calls_off = any(t[1] != at and lo < t[1] - start < hi and context.tools.words.cancelled.search(sentence[max(0, t[1] - start - 60) : t[1] - start])
                            for t in found_triggers)
            # "Il 3 marzo, a una riunione a Minsk, il ministro ha chiesto …": a date that heads the sentence
            # before any trigger dates what its subject says, asks or decides in it ("On 2 June, the ministers
            # gathered in Minsk and agreed to …")
            heads = (trigger.event_type in context.tools.words.verbal or trigger.event_type == "AGREE") and dates[0].end < min(t[1] for t in found_triggers) - start and bool(
                context.tools.words.heads.match(sentence[: dates[0].start])) and (
                sentence[dates[0].end :].lstrip().startswith(",")) and not re.search(r"[;:]", sentence[dates[0].end : at - start])
            # ("simulated a situation in 1999, when units invaded …": the year of the when-clause's event only)
            introduces = at - start < dates[0].start and bool(_WHEN_AFTER.match(sentence, dates[0].end)) and any(
                t[1] - start > dates[0].end for t in found_triggers) and len(sentence[at - start + len(words) : dates[0].start].split()) > _OWN_DATE_WORDS
            # ("Earlier this year, X cancelled the drill and refused to appoint …": a date that heads the sentence dates
            # each verb of its one clause, what was called off included)
            first_at = min(t[1] for t in found_triggers) - start
            fronted = (dates[0].end < first_at and bool(_FINITE_VERB.match(sentence, at - start)) and bool(context.tools.words.heads.match(sentence[: dates[0].start]))
                       # (its comma may be left out after a full day: "On October 6, 2031 protesters forced …")
                       and (sentence[dates[0].end :].lstrip().startswith(",") or (dates[0].precision == "day" and dates[0].explicit_year))
                       and not re.search(r"[;:]|,(?!\d)", _PREDICATE_LIST.sub(" ", sentence[first_at:])[: at - start - first_at])
                       and not context.tools.words.cancelled.search(re.split(r"\x00", _COORDINATED.split(
                           _PREDICATE_LIST.sub("\x00", sentence[max(0, at - start - 60) :])[: at - start - max(0, at - start - 60)])[-1])[-1]))
            # ("discussed the tasks set at the summit in <city> in October 2016": a later trigger of the same kind that the
            # date follows closely keeps it to itself)
            # (or that a clause of its own schedules: "discussed the preparation of the summit of <bloc>, which will be
            # held on 23 November")
            owned = any(t[1] > at and t[0].event_type == trigger.event_type and (
                0 <= dates[0].start - (t[1] - start + len(t[2])) <= _OWN_DATE_REACH or _schedules(context.tools.words, where.masked, t[1] + len(t[2]), where.end, start + dates[0].start))
                        for t in found_triggers)
            # ("plans to move part of the troops that will leave X in 2033": a date inside another trigger's
            # relative clause after this one is that trigger's)
            owned = owned or (at - start < dates[0].start and any(
                at < t[1] and t[1] - start < dates[0].start and _RELATIVE_BEFORE.search(sentence, at - start, t[1] - start)
                for t in found_triggers))
            # ("discussed measures to soften the impact of the withdrawal of forces from X in 2014": the date that closes
            # the phrase of an act the first one is about is that act's)
            owned = owned or (at - start < dates[0].start and any(
                at < t[1] and t[0].event_type != trigger.event_type and _ABOUT_ACT.search(sentence, at - start + len(words), t[1] - start)
                and _OF_PHRASES.fullmatch(sentence, t[1] - start + len(t[2]), dates[0].start) for t in found_triggers))
            # ("informed of the agreements reached at the sessions of <two long names>, held on 16-17 September, and at the
            # leaders' meeting": an agreement reached at a meeting has that meeting's date, however far its participle)
            reached_at = (trigger.event_type == "AGREE" and at - start < dates[0].start and _REACHED_AT.match(sentence, at - start + len(words)) is not None
                          and _HELD_ON.search(sentence, max(0, dates[0].start - 40), dates[0].start) is not None)
            if (heads or fronted or reached_at or not _CLAUSE_BREAK.search(sentence[lo:hi])) and not opens and not (calls_off and not fronted) and not introduces and not owned:
                chosen = dates[0]
        # (not a day in the possessive that owns the trigger's noun: "following Friday's meetings" were on Friday)
        pointed = (chosen is not None and chosen.start > at - start and bool(_AFTER_DATE.search(sentence[: chosen.start]))
                   and not (_POSSESSIVE.match(sentence, chosen.end) and chosen.end < at - start + len(words)))
        if pointed:
            chosen = None  # "the drills come after 8 October, when …": a point the event follows, not its date
        if chosen is not None and chosen.end <= at - start and _TALKED_OVER.search(sentence, chosen.end, at - start):
            chosen = None  # ("ministers on Friday weighed how to handle the unrest": the meeting's day, not the unrest's)
        if chosen is not None and _THESE.search(sentence[: at - start]) and not _PREPOSITION_FIRST.match(words) and not _SUCH_AS.match(
                sentence, at - start + len(words)) and sentence[at - start + len(words) : chosen.start].strip() and (
                abs(chosen.start - (at - start)) > 60 or _CLAUSE_BREAK.search(sentence[min(chosen.end, at - start) : max(chosen.start, at - start)])):
            # (not a date right after the trigger's own words: "this document, signed on 16 August, …")
            chosen, pointed = None, True  # "such drills are needed because …, on 15 August": the drills named before
        if chosen is None and not pointed and trigger.event_type == "CONSULT":
            # ("will attend an informal summit of the union's leaders and a summit of the bloc on Tuesday": a second meeting told
            # together with the first, each of its own body, shares the first one's date)
            partner = next((t for t in found_triggers if t[0].event_type == "CONSULT" and t[1] < at and t[1] in chosen_at
                            and _OTHER_MEETING.fullmatch(where.masked, t[1] + len(t[2]), at)), None)
            if partner is not None:
                chosen = chosen_at[partner[1]]
        if chosen is None and not pointed and trigger.event_type == "CONSULT":
            # ("the ministers discussed the dispute when they met in Valleyburg later in May": what they discussed at the
            # meeting the when-clause tells is that meeting, on its date)
            later = next((t for t in found_triggers if t[1] > at and t[0].event_type == "CONSULT"
                          and _WHEN_JOINS.fullmatch(where.masked, at + len(words), t[1])), None)
            if later is not None:
                chosen = next((d for d in every if d.start >= later[1] - start), None)
        if chosen is None and not pointed and trigger.event_type in ("FIGHT", "PROTEST"):
            # ("in May 2030 the government asked for help when troops breached the border": the fighting a when-clause
            # tells after an act dated before it happened then; and the unrest: "in January the bloc deployed forces,
            # when violent protests sparked a crisis")
            partner = next((t for t in found_triggers if t[1] < at and chosen_at.get(t[1]) is not None
                            and (_WHEN_JOINS.fullmatch(where.masked, t[1] + len(t[2]), at)
                                 or _COMMA_WHEN_JOINS.fullmatch(where.masked, t[1] + len(t[2]), at))), None)
            if partner is not None:
                chosen = chosen_at[partner[1]]
        if chosen is None and not pointed:
            own = next((d for d in every if id(d) in statement_day and (_OWN_ACT.fullmatch(sentence, statement_day[id(d)], at - start) or (
                not sentence[statement_day[id(d)] : at - start].strip() and _OWN_ACT_ITALIAN.match(words)))), None)
            if own is None and reported and _done(sentence, at - start, words):
                # "Ministers have adopted statements on X, the ministry said on June 20": an act told as done before a
                # trailing attribution's day happened by that day (dated by the statement, and said so)
                own = next((d for d in every if id(d) in said and d.precision == "day" and d.date is not None and at - start < said[id(d)]
                            and _TRAILING_SOURCE.search(sentence, at - start, said[id(d)])), None)
            if own is not None:
                records.extend(_record(context, where, trigger, at, words, None, None, cues=cues, dateless=not every, reported_on=own))
                continue
        # (and talks the news came out of: "had phone talks with Y, during which X called for a ceasefire")
        out_of = any(t_at > at and _DURING_WHICH.search(sentence, at - start + len(words), t_at - start) for (_, t_at, _) in found_triggers)
        setting = (chosen is None and rank > 0 and bool(records) and (not every or records[0].date_source == "statement")
                   and trigger.event_type == "CONSULT"
                   and bool(_SETTING.search(sentence, 0, at - start) or _SETTING_OPENS.match(words) or _AFTER_MEETING.match(words) or out_of
                            # ("X, in a phone call with Y, said he could not attend the summit": the call is news too)
                            or (trigger.mode == "phone" and _IN_A_CALL.search(sentence, 0, at - start))
                            # ("dopo avere parlato al telefono con …, ha chiesto …": talks the news came right after)
                            or _JUST_AFTER.search(sentence, max(0, at - start - _AFTER_REACH), at - start)
                            or _stayed_away_from(context.tools.words, sentence, at - start)))
        # ("At the second joint sitting of the council in <city>, <region>, on Monday, the chiefs agreed to …": a meeting
        # the sentence opens on as the scene of its news, the news's date told between the two, is held that day)
        first_at = found_triggers[0][1]
        scene_day = chosen_at.get(first_at)
        scene = (chosen is None and rank > 0 and bool(records) and trigger.event_type == "CONSULT" and scene_day is not None
                 and records[0].date_source == "text" and _SETTING_FIRST.match(words) is not None
                 and not sentence[: at - start].strip() and at - start + len(words) <= scene_day.start < first_at - start)
        setting = setting or scene
        if setting:
            # "refused to sign … during the summit": the meeting the news happened at is news too, on the same day
            # (and so is one the news stayed away from: "pulled out of the summit")
            first = records[0]
            if first.event_date is None:
                # (news of no day, "said the fines could have been avoided", leaves the meeting the story's own)
                records.extend(_record(context, where, trigger, at, words, None, lead, undated=True, cues=cues, dateless=True))
                continue
            for r in _record(context, where, trigger, at, words, None, None, undated=True, cues=cues, dateless=True):
                # (a session the story reports by its own day: the reference calendar's day for it, as for the news)
                known = _calendar_day(context.tools, r.event_type, r.country, first.event_date) if first.date_source == "published" else None
                records.append(replace(r, event_date=known or first.event_date, date_precision=first.date_precision,
                                       date_text=first.date_text, date_source="calendar" if known else first.date_source))
            continue
        beside = (chosen is None and not pointed and rank > 0 and trigger.event_type == "CONSULT"
                  and any(t[0].event_type == "CONSULT" and t[1] < at and _one_beside_other(t[2], words) for t in found_triggers))
        first_met = next((r for r in records if r.event_type == "CONSULT" and r.event_date is not None), None) if beside else None
        if first_met is not None:
            # "on the sidelines of the conference, on 18 October, X met Y": the meeting held beside the gathering (or the
            # gathering beside the meeting) is news too, on the day the sentence gave the first
            for r in _record(context, where, trigger, at, words, None, None, undated=True, cues=cues, dateless=True):
                records.append(replace(r, event_date=first_met.event_date, date_precision=first_met.date_precision,
                                       date_text=first_met.date_text, date_source=first_met.date_source))
            continue
        if chosen is None and not pointed and when_clause is not None and at - start > when_clause.end():
            # "Quando a gennaio il paese fu travolto dai disordini, il presidente chiese aiuto": the time of a fronted
            # when-clause is the main clause's too
            chosen = next((d for d in every if d.end <= when_clause.end()), None)
        # ("Meeting in Astana, the two men discussed the talks held since last month's clashes": a meeting the sentence
        # opens on, as its setting, is no older than the sentence's news; the date is the clashes')
        setting_first = _OPENING_PARTICIPLE.match(sentence)
        opening = (chosen is None and not pointed and trigger.event_type == "CONSULT" and setting_first is not None
                   and (at - start == 0 or (setting_first.end() <= at - start and len(sentence[setting_first.end() : at - start].split()) <= 5)))
        story_day = context.published or context.published_month
        if opening and story_day is not None:
            for r in _record(context, where, trigger, at, words, None, None, undated=True, cues=cues, dateless=True):
                if r.status == "happened":  # (on the story's day, as the news: the sentence's date is another event's)
                    records.append(replace(r, event_date=story_day, date_precision="day" if context.published else "month",
                                           date_text="published", date_source="published"))
            continue
        # ("X blamed Y hours after the shooting began on 3 May": an act told as coming hours after another the sentence
        # dates is kept, to take that one's day)
        soon = chosen is None and bool(every) and any(t_at > at and _SOON_AFTER.search(sentence, at - start + len(words), t_at - start) for (_, t_at, _) in found_triggers)
        if (chosen is None and rank > 0 and not soon and not _coordinated_statement(context.tools.words, sentence, found_triggers, trigger, at - start, len(words), start)
                and not _first_of_two_acts(sentence, found_triggers[0], at - start, words, start)
                and not _own_clause_act(sentence, found_triggers, at - start, words, start)
                and not (trigger.event_type in _REACTIONS and _PRESENT_REACTION.match(words))
                and not (trigger.event_type == "THREATEN" and _THREAT_IN_FUTURE.match(words))):  # (a threat is made when said)
            continue
        if chosen is not None and len(dates) > 1:
            claimed.add(every.index(chosen))
        # a trigger whose sentence's dates all belong to other triggers is dated as if the sentence had none,
        # unless it is what came before the news ("… would send troops after X appealed for help")
        # (nor what a sentence opens by saying came first: "After the clashes resumed, the bloc meets …")
        # (not what the news followed, "… would send troops after X appealed for help"; but a press conference "following
        # talks with X" is held as the talks end, on their day)
        followed = bool(_JUST_AFTER.search(sentence[: at - start])) and not context.tools.words.briefing_after.search(sentence[: at - start])
        story = (chosen is None and not pointed and (not dates or not _EARLIER.search(sentence[: at - start])) and not followed
                 and not spared and not soon)
        chosen_at[at] = chosen
        records.extend(_record(context, where, trigger, at, words, chosen, lead if story else None, undated=story, cues=cues, dateless=not every))
        again = next((d for d in every if chosen is not None and d.start > chosen.end and d.precision in ("month", "year", "day")
                      and _AGAIN_ON.fullmatch(sentence, chosen.end, d.start)), None)
        # (and several acts a plural noun names, each with its year: "the accords reached in 2020 and 2021", "nel 2020 e nel 2021")
        second_year = ((_SECOND_YEAR.search(chosen.text) or _SECOND_YEAR.match(sentence, chosen.end))
                  if chosen is not None and chosen.precision == "year" and chosen.date is not None and _PLURAL_ACCORDS.search(words) else None)
        if second_year is not None and chosen is not None and chosen.date is not None and int(second_year.group(1)) != chosen.date.year:
            records.extend(_record(context, where, trigger, at, words, replace(chosen, date=chosen.date.replace(year=int(second_year.group(1)))),
                                   None, cues=cues, dateless=False))
        if again is not None:
            # "breached the border in May 2021 and again in September 2022": the same act a second time, on its own date
            records.extend(_record(context, where, trigger, at, words, again, None, cues=cues, dateless=False))
        paired = (_second_of_pair(context.tools, chosen) if chosen is not None and again is None and second_year is None
                  and chosen.precision in ("month", "year") and chosen.end <= at - start else None)
        if paired is not None:
            # ("in May 2030 and September 2031 the government asked for the bloc's help": the act told once for each date
            # that heads its clause)
            records.extend(_record(context, where, trigger, at, words, paired, None, cues=cues, dateless=False))
        second = _coordinated_same(context.tools.words, where.masked, trigger, at + len(words), where.end) if chosen is not None else None
        if second is not None:
            # "staged drills in Belarus and peacekeeping manoeuvres in Tajikistan": a second act of the kind, in its own place
            records.extend(_record(context, where, second[0], second[1], second[2], chosen, None, cues=cues, dateless=False))
    for trigger, at, words in framing:
        # (a day the sentence opens on dates the occasion its words were said at: "On 5 May, X said during a meeting of …")
        day_opens = _DAY_OPENS.match(sentence)
        opening_day = (next((d for d in every if d.end <= day_opens.end()), None)
                       if day_opens is not None and at - start > day_opens.end() else None)
        records.extend(_record(context, where, trigger, at, words, opening_day, None if opening_day else lead, undated=opening_day is None,
                               cues=cues, dateless=opening_day is None))
    return _at_the_dated_session(_soon_after(records, found_triggers, sentence, start), context.tools.words)


def _topic_of_other(words: EventWords, masked: str, triggers: Sequence[tuple[Trigger, int, str]], trigger: tuple[Trigger, int, str],
                    dated: Container[int]) -> bool:
    """True when a trigger is what talks or a statement told before it in its clause were about: "held a phone call about
    the protests", "una telefonata fra X e Y in merito alle proteste", "discussed the protests by phone". Talks with a date of
    their own (at an offset in ``dated``) are coded apart and leave the undated act they were about its own event."""
    at = trigger[1]
    for other, o_at, o_words in triggers:
        if o_at in dated:
            continue
        end = o_at + len(o_words)
        if other.event_type == "CONSULT" and o_at < at < end:
            return True  # (inside the talks' own words: "discussed the protests by phone")
        if ((other.event_type in words.verbal or other.event_type == "CONSULT") and end <= at and at - end <= _TOPIC_REACH and not _CLAUSE_PUNCT.search(masked, end, at)
                and _ABOUT_BEFORE.search(masked, end, at)):
            return True
    return False


#: How far after talks (or a statement) what they were about may start.
_TOPIC_REACH = 80
_CLAUSE_PUNCT = re.compile(r"[,;:.!?]")
#: The words right before what talks or a statement were about: "about the ", "on the recent ", "in merito alle ".
_ABOUT_BEFORE = re.compile(r"\b(?:about|regarding|concerning|on|over|in\s+merito\s+a\w*|riguardo\s+a\w*|circa|su|sul|sulla|sulle|sui|sugli|sull['’])"
                           r"\s*(?:(?:the|il|la|le|i|gli|l['’])\s*)?(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


#: Between an act placed by "in <Place>" and a second act of its kind: " in Armenia and peacekeeping ", " in Armenia e ".
_PLACED_AND = re.compile(r"\s+(?:in|nel|nella|in\s+the)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:and|e)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
#: A place right after the second act: " in Kazakhstan", " in Kazakistan".
_IN_PLACE = re.compile(r"\s+(?:in|nel|nella|in\s+the)\s+(?-i:[A-Z])", re.IGNORECASE)


def _coordinated_same(words: EventWords, masked: str, trigger: Trigger, after: int, end: int) -> tuple[Trigger, int, str] | None:
    """The second act of the trigger's kind that the same clause coordinates, each with a place of its own ("held
    Frontier-2031 drills in Belarus and peacekeeping manoeuvres in Tajikistan"), if there is one."""
    if not _IN_PLACE.match(masked, after, end):
        return None  # (most acts: no "in <Place>" right after the first one's words)
    for row in words.triggers:
        if row.event_type != trigger.event_type:
            continue
        for match in row.pattern.finditer(masked, after, end):
            if _PLACED_AND.fullmatch(masked, after, match.start()) and _IN_PLACE.match(masked, match.end(), end):
                return row, match.start(), match.group(0)
    return None


def _at_the_dated_session(records: list[EventRecord], words: EventWords) -> list[EventRecord]:
    """"X questioned the bloc's worth in his remarks at a summit in <capital>" in a story of the next day: what was said
    there, dated by the story, took place on the day the reference calendar gives that session."""
    session = next((r for r in records if r.event_type == "CONSULT" and r.date_source == "calendar" and r.date_precision == "day"), None)
    if session is None:
        return records
    return [replace(r, event_date=session.event_date, date_text=session.date_text, date_source="calendar")
            if r.event_type in words.verbal and r.date_source == "published" and r.country == session.country else r
            for r in records]


#: A reaction caused to someone, up to whom it is caused to: "causano rammarico alla ", "caused concern to the ".
_CAUSED_TO = re.compile(r"caus\w*\s+(?:\w+\s+){0,2}?(?:rammarico|preoccupazione|regret|concern)\s+(?:a|al|alla|all['’]\s*|ai|agli|to|in)\s*(?:the\s+)?",
                        re.IGNORECASE)
#: A purpose or a message an act serves, between it and a place: "designed to demonstrate", "aimed at showing", "in order
#: to protect", "per dimostrare".
_PURPOSE_AFTER = re.compile(r"\b(?:designed|intended|meant|aimed)\s+(?:to|at)\s+(?:demonstrat|show|signal|protect|deter|reassur|warn)\w*\b|"
                            r"\bin\s+order\s+to\s+(?:demonstrate|show|signal|protect|deter|reassure|warn)\b|"
                            r"\b(?:per|al\s+fine\s+di)\s+(?:dimostrare|mostrare|proteggere|scoraggiare|rassicurare)\b|"
                            # (any aim the act is told to serve: "con lo scopo segreto di …", "with the sole aim of …")
                            r"\b(?:con\s+lo\s+scopo|allo\s+scopo|con\s+l['’]obiettivo)\s+(?:\w+\s+)?di\b|"
                            r"\bwith\s+the\s+(?:\w+\s+)?(?:aim|purpose|goal|intention)\s+of\b", re.IGNORECASE)
#: The verbal events that react to another the same clause names (which is their topic, not the sentence's news).
_REACTIONS = frozenset({"DISAPPROVE", "SUPPORT"})
#: A reaction's verb in the present: "welcomes", "condemns", "accoglie".
_PRESENT_REACTION = re.compile(r"(?:welcomes|condemns|regrets|supports|praises|hails|denounces|deplores|accoglie|condanna|deplora)\b",
                               re.IGNORECASE)
#: What joins a noun to its own date after it: " of ", " on ", " held on ", " di ", " del " (after the place it names).
_OWN_DATE_AFTER = re.compile(r"\s*\(?\s*(?:(?:in|nel|nella|in\s+the)\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?\s*)?,?\s*"  # (after its place: "in Georgia")
                             # (and one set for a day: "the referendum is scheduled for June 27", "scheduled for later this month")
                             r"(?:(?:is|are|was|were|will\s+be)\s+)?"
                             r"(?:(?:held|tenut[ei]|svolt[ei](?:si)?|dated|datat[oaie]|scheduled|planned|slated|set|due|previst[oaie]|fissat[oaie])\s+)?"
                             r"(?:(?:of|on|in|for|di|del|dell['’]|della|il|l['’]|nel|per)\s*)?(?:(?:later|earlier|early|late)\s+)?(?:the\s+)?", re.IGNORECASE)
#: A document of several parties, named in an own-dated trigger's words: "trilateral statement", "dichiarazioni dei leader".
_JOINT_DOCUMENT = re.compile(r"\b(?:joint|trilateral|tripartite|congiunt[ae]|trilateral[ei]|tripartit[aeio]|leaders|(?:dei|tra\s+i|fra\s+i)\s+"
                             r"(?:leader|capi|presidenti))\b", re.IGNORECASE)
#: What joins a date to the noun after it: "the August 9 presidential election", "Sunday's election".
_OWN_DATE_BEFORE = re.compile(r"(?:['’]s)?\s*")
#: "during" and the owner of the own-dated noun after it: "… during Azerbaijan's ", "durante l'" (the act before shares
#: the noun's date).
_DURING_BEFORE = re.compile(r"\b(?:during|amid|amidst|durante|nel\s+corso\s+(?:del|della|dell['’]))\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?(?:[\w'’-]+\s+){0,3}$",
                            re.IGNORECASE)


def _own_date(sentence: str, begin: int, end: int, dates: Sequence[DateFound]) -> DateFound | None:
    """The day, week, month or year that stands right beside the noun at ``begin:end`` as its own date ("the presidential
    election of 9 August", "the August 9 presidential election", "le elezioni di domenica scorsa", "rieletto la settimana
    scorsa"), or inside the trigger's
    own words ("ended in November with a ceasefire"), if one does."""
    return next((d for d in dates if d.precision in ("day", "week", "month", "year") and d.date is not None and (
        _OWN_DATE_AFTER.fullmatch(sentence, end, d.start) is not None or _OWN_DATE_BEFORE.fullmatch(sentence, d.end, begin) is not None
        or begin < d.start < d.end < end)
        # (not a date past the comma that closes the relative clause the noun stands in: "X, che … dopo il voto, ieri ha …")
        and not _clause_holds_not(sentence, d, begin, end - begin)), None)


def _coordinated_statement(words: EventWords, sentence: str, found_triggers: Sequence[tuple[Trigger, int, str]], trigger: Trigger,
                           at: int, length: int, start: int) -> bool:
    """Whether a statement at ``at`` (sentence offsets) is the second verb of one subject's two statements, joined by
    "and" ("The bloc welcomed the start of talks and called for a peaceful settlement"): both are the sentence's news."""
    if trigger.event_type not in words.verbal:
        return False
    for other, o_at, o_words in found_triggers:
        if other.event_type not in words.verbal or other.event_type == trigger.event_type:
            continue
        (first, first_words), second = sorted(((at, length), (o_at - start, len(o_words))))[0], max(at, o_at - start)
        joined = _AND_THEN.search(sentence, 0, second)
        if joined is not None and joined.start() >= first + first_words and not _CLAUSE_BREAK.search(sentence, first + first_words, joined.start()):
            return True
    return False


def _first_of_two_acts(sentence: str, first_ranked: tuple[Trigger, int, str], at: int, words: str, start: int) -> bool:
    """Whether the trigger at ``at`` (sentence offsets), its words a verb told as done, comes before the sentence's
    first-ranked trigger, which a second verb of the same subject after "and" governs: "ha rimosso X dal Comitato e
    proclamato lo stato di emergenza", "removed X from the Committee and declared a state of emergency": both acts are news."""
    other_at = first_ranked[1] - start
    if other_at <= at + len(words) or not _DONE_VERB_FIRST.match(words):
        return False
    joined = _AND_VERB_THEN.search(sentence, at + len(words), other_at)
    if joined is None and _COMMA_ONLY.fullmatch(sentence, at + len(words), other_at) and _GERUND_FIRST.match(first_ranked[2]):
        # ("declined the plea, deciding instead to dispatch observers": the second act, a gerund of the same subject)
        return True
    return joined is not None and not _CLAUSE_BREAK.search(sentence, at + len(words), joined.start())


def _own_clause_act(sentence: str, found_triggers: Sequence[tuple[Trigger, int, str]], at: int, words: str, start: int) -> bool:
    """Whether the trigger at ``at`` (sentence offsets), not the first of an undated sentence, is an act told as done in a
    clause of its own: the object of a past verb in an "as"/"while" clause ("agreed to send troops at his request as he
    declared a state of emergency"), a second past verb joined to that one by "and" ("… and accepted his government's
    resignation"), or a noun a relative clause tells as having happened ("protests that rocked the country")."""
    if _HAPPENED_AFTER.match(sentence, at + len(words)) or _as_done(sentence, at, words):
        return True
    before = sorted((t_at - start, t_words) for _, t_at, t_words in found_triggers if t_at - start + len(t_words) <= at)
    if not before:
        return False
    previous_at, previous_words = before[-1]
    joined = (_AND_DONE_BEFORE.fullmatch(sentence, previous_at + len(previous_words), at) is not None
              or (_AND_BEFORE.fullmatch(sentence, previous_at + len(previous_words), at) is not None and _DONE_VERB_FIRST.match(words) is not None))
    return joined and _as_done(sentence, previous_at, previous_words)


def _as_done(sentence: str, at: int, words: str) -> bool:
    """Whether the trigger at ``at`` is the object of a past verb in an "as"/"while" clause, or that verb itself."""
    return bool(_AS_DONE_BEFORE.search(sentence, max(0, at - _AS_REACH), at)
                or (_AS_SUBJECT_BEFORE.search(sentence, max(0, at - _AS_REACH), at) and _DONE_VERB_FIRST.match(words)))


#: How far before a trigger its "as he declared" clause may open.
_AS_REACH = 80
#: A past verb of a subject in an "as"/"while" clause, and up to four words of its object, right before a trigger: "as he
#: declared a nationwide ", "while the government imposed a " (or a state it is in: "as the country faces widespread ").
_AS_DONE_BEFORE = re.compile(r"\b(?:as|while)\s+(?:he|she|they|it|the\s+[\w-]+|(?-i:[A-Z])[\w-]+)\s+(?:also\s+|had\s+)?"
                             r"(?:(?!(?:expected|planned|scheduled|hoped)\b)[a-z]+ed|faces|is\s+facing|is\s+experiencing|experiences|is\s+gripped\s+by|is\s+rocked\s+by)\s+"
                             r"(?:(?!(?:amid|in|on|at|after|before|over|during|for|with|against|from|by)\b)[\w'’-]+\s+){0,4}$",
                             re.IGNORECASE)
#: An "as"/"while" clause's subject right before a trigger whose words open on its verb: "as he ".
_AS_SUBJECT_BEFORE = re.compile(r"\b(?:as|while)\s+(?:he|she|they|it|the\s+[\w-]+|(?-i:[A-Z])[\w-]+)\s+(?:also\s+|had\s+)?$", re.IGNORECASE)
#: "and" between an earlier trigger's words (and up to three more) and a trigger that opens on its verb: " and ".
_AND_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:also\s+)?", re.IGNORECASE)
#: "and", a past verb and up to four words of its object, between an earlier trigger's words and a trigger: " and
#: accepted his government's ".
_AND_DONE_BEFORE = re.compile(r"(?:\s+[\w'’-]+){0,3}?\s+and\s+(?:also\s+)?(?!(?:expected|planned|scheduled|hoped)\b)[a-z]+ed\s+"
                              r"(?:(?!(?:amid|in|on|at|after|before|over|during|for|with|against|from|by)\b)[\w'’-]+\s+){0,4}", re.IGNORECASE)
#: A relative clause that tells a noun's event as having happened: " that rocked", " which killed", " that broke out".
_HAPPENED_AFTER = re.compile(r"\s+(?:that|which)\s+(?:rocked|shook|swept|gripped|engulfed|killed|left|claimed|erupted|broke\s+out|flared)\b",
                             re.IGNORECASE)


#: A few words and the comma that close a first act before a gerund's second: " the request, ".
_COMMA_ONLY = re.compile(r"[^,;:.]{0,40},\s*")
#: A trigger's words that open on an English gerund: "deciding instead to".
_GERUND_FIRST = re.compile(r"[a-z]+ing\b")
#: A trigger's words that open on a verb told as done: "removed …", "rimosso …", "dismissed …".
_DONE_VERB_FIRST = re.compile(r"(?:[a-z]+ed|[a-zà-ù]+(?:at|it|ut|ss)[oaie])\b")
#: "and", a verb and its article right before a trigger: "and declared a ", "e dichiarato lo ".
_AND_VERB_THEN = re.compile(r"\s(?:and|e|ed)\s+(?:also\s+|then\s+|anche\s+|poi\s+)?(?:[a-z]+ed|[a-zà-ù]+(?:at|it|ut|ss)[oaie])\s+"
                            r"(?:(?:a|an|the|its|il|lo|la|l['’]|un|una|uno)\s*)?$", re.IGNORECASE)
#: "and" right before a verb: the second of two verbs one subject governs.
_AND_THEN = re.compile(r"\s(?:and|e|ed)\s+(?:also\s+|then\s+|anche\s+|poi\s+)?$", re.IGNORECASE)


#: The comma that closes a reported clause, then its source with no verb of its own, right before the cue: ", the
#: Tajik Foreign Ministry information department ".
_TRAILING_SOURCE = re.compile(r",\s*(?:the\s+|a\s+|il\s+|la\s+|l['’]\s*)?(?:(?!(?:that|which|who|is|are|was|were|has|have|had|will|che|è|ha)\b)[\w'’.-]+\s+){1,8}$",
                              re.IGNORECASE)
#: A trigger told as done: a past form first ("approved the agenda"), or a perfect before it ("have agreed to").
_DONE_WORDS = re.compile(r"(?:(?!(?:combined|planned|scheduled|expanded|extended|enlarged|limited|united|unified|advanced|armed|enhanced|"
                         r"proposed|expected|anticipated|delayed|postponed|so-called|called|named|dubbed)\b)[a-z]+ed"
                         r"|(?:ha|hanno|aveva|avevano)\s+[a-zà-ù]+(?:at|it|ut)[oaie]"
                         # (and the passive of an act that is the trigger itself: "sono stati concordati ulteriori contatti")
                         r"|(?:[èÈ]|[Ss]ono|[Ee]ra|[Ee]rano)\s+stat[oaie]\s+[a-zà-ù]+(?:at|it|ut)[oaie])\b")
_NOT_DONE_BEFORE = re.compile(r"\b(?:be|been|being|to|will|would|shall|should|must|may|might|can|could|essere|stato|stata)\s+$", re.IGNORECASE)


def _done(sentence: str, at: int, words: str) -> bool:
    """Whether a trigger at ``at`` (sentence offsets) tells its act as done: "approved the agenda", "have agreed to",
    "ha approvato" (not "will be approved", "to be signed")."""
    before = sentence[max(0, at - 20) : at]
    if _NOT_DONE_BEFORE.search(before):
        return False
    return bool(_PERFECT_BEFORE.search(before) or _DONE_WORDS.match(words))


def _attribution_meeting(words: EventWords, masked: str, found: Sequence[tuple[Trigger, int, str]], cues: Sequence[Cue], start: int,
                         end: int) -> tuple[tuple[Trigger, int, str], ...]:
    """The meeting a trailing attribution says the words were spoken at or just before, when the reported words hold
    a meeting of their own first ("X goes on to Baku once the summit ends, Y said to journalists ahead of the opening of
    the council's sitting"): that sitting is the story's news, as a meeting the attribution alone names is."""
    if not any(t[0].event_type == "CONSULT" for t in found):
        return ()
    cue = next((c for c in reversed(cues) if c.kind == "speech" and c.start + start > min(t[1] for t in found)), None)
    setting = _ATTRIBUTION_SETTING.match(masked, cue.end + start, end) if cue is not None else None
    if setting is None:
        return ()
    for number, row in enumerate(words.triggers):
        if row.event_type != "CONSULT" or row.mode != "meet":
            continue
        match = prefilter.search(words.trigger_filter, number, masked, setting.end(), end)
        if match is not None and match.start() - setting.end() <= 40 and not _CLAUSE_BREAK.search(masked, setting.end(), match.start()):
            return ((row, match.start(), match.group(0)),)
    return ()


#: Where a trailing attribution's words were said, right after its cue: "said to journalists ahead of the opening of the",
#: "said at the", "noted on the sidelines of the", "ha detto a margine della".
_ATTRIBUTION_SETTING = re.compile(r"(?:\s+(?:reporters|journalists|the\s+press|the\s+media|ai\s+giornalisti|alla\s+stampa))?\s+(?:"
                                  r"(?:before|ahead\s+of)\s+the\s+(?:start|opening|beginning)\s+of|at|during|on\s+the\s+sidelines\s+of|"
                                  r"prima\s+dell['’]\s*(?:inizio|apertura)\s+d\w*|durante|a\s+margine\s+d\w*)\s+(?:the\s+|an?\s+|il\s+|la\s+|l['’]\s*)?",
                                  re.IGNORECASE)


#: An aside after a speaker's name that sets where he was, open up to a trigger: "X, on a visit to", ", during his trip to",
#: ", in visita a".
_SPEAKER_ASIDE = re.compile(r",\s*(?:on|during|while\s+on|in\s+the\s+course\s+of|durante|in\s+occasione\s+d\w*|nel\s+corso\s+d\w*)\s+"
                            r"(?:(?:an?|his|her|their|the|its|la\s+sua|una|la|il)\s+)?(?:[\w-]+\s+){0,2}$|,\s*(?:in|in\s+una)\s+$", re.IGNORECASE)
#: The rest of such an aside, closed by its comma right before the verb of speech: " to Belarus, ".
_ASIDE_CLOSES = re.compile(r"[^,;:.()]{0,60},\s*")


def _frames_cue(sentence: str, at: int, words: str, cues: Sequence[Cue], dates: Sequence[DateFound]) -> bool:
    """Whether a meeting at ``at`` (sentence offsets) is where a trailing attribution's words were said ("…, X
    announced in <city> during a meeting with Y"), every date of the sentence standing in the words reported before."""
    if not dates or not (_SETTING_OPENS.match(words) or _SETTING.search(sentence, 0, at)):
        return False
    cue = next((c for c in reversed(cues) if c.kind == "speech" and c.end <= at), None)
    return (cue is not None and len(sentence[cue.end : at].split()) <= 4 and not re.search(r"[,;:]", sentence[cue.end : at])
            and all(d.end <= cue.start and "," in sentence[d.end : cue.start] and not _THAT_WORD.search(sentence, d.end, cue.start)
                    for d in dates))


#: An infinitive of aim after a trigger: "to improve", "in order to ensure", "per migliorare", "al fine di garantire".
_AIM_INFINITIVE = re.compile(r"\b(?:(?:in\s+order\s+|so\s+as\s+)?to\s+(?!(?:the|a|an|its|their|his|her|this|that|be)\b)[a-z]+"
                             r"|(?:per|al\s+fine\s+di|allo\s+scopo\s+di)\s+[a-zà-ù]+(?:are|ere|ire))\b", re.IGNORECASE)
#: An aim's infinitive and the year it is for: "to improve the readiness of the forces for 2022", "per migliorare … per il 2022".
_AIM_YEAR = re.compile(_AIM_INFINITIVE.pattern + r"[^.;:]{0,160}?\b(?:for|per\s+il|per\s+l['’]anno)\s+(?:19|20)\d{2}\b", re.IGNORECASE)
#: A year between an owner's possessive and the noun it dates: "Yerevan's 2008 postelection crackdown".
_OWNED_YEAR = re.compile(r"['’]s\s+(?:19|20)\d{2}\s+(?=[a-z])")
#: A body's seat right before a place: "is headquartered in ", "based in ", "con sede a ", "ha sede a ".
_SEATED_IN = re.compile(r"\b(?:headquartered|based|has\s+its\s+(?:headquarters|seat)|con\s+sede|ha\s+(?:la\s+(?:sua\s+)?)?sede)\s+(?:in|at|a|ad)\s+(?:the\s+)?$",
                        re.IGNORECASE)
#: A participle of meeting that opens a sentence with its setting, then a comma: "Meeting in Astana, …", "Speaking at
#: the summit, …" (the main clause's meeting, or the setting of its words).
_OPENING_PARTICIPLE = re.compile(r"\s*(?:Meeting|Speaking|Talking|Addressing|Riunit[io]|Incontrandosi|Parlando|Intervenendo"
                                  r"|Headquartered|Based|Con\s+sede)\b[^,;:.]{0,80},")  # (a body's seat: "Headquartered in Moscow, the CSTO, formed …")
#: A meeting a sentence opens on as its scene, to the comma before its subject: "When meeting with …, ", "Meeting in X, "
#: (longer than ``_OPENING_PARTICIPLE``'s setting: a scene may name whom, where and when before the comma).
_OPENING_SCENE = re.compile(r"\s*(?:(?:When|While|Whilst|After|Before|During)\s+meeting|Meeting)\b[^;:.]{0,160}?,\s*")
#: How far after that comma the subject is looked for.
_SCENE_SUBJECT_REACH = 80
#: A proposal right before what it names: "proposed such a deployment", "offered a mission", "ha proposto l'invio".
_PROPOSED = re.compile(r"\b(?:propos(?:ed|es|ing)|offered|offers|(?:ha|hanno)\s+propost[oa])\s+(?:such\s+)?(?:an?\s+|the\s+|l['’]\s*|il\s+|la\s+|un[oa]?\s+)?"
                       r"(?:[\w-]+\s+)?$", re.IGNORECASE)
#: A legal notice in brackets, as Russian outlets print after some names: "(recognized as terrorist and banned in …)".
_LEGAL_NOTICE = re.compile(r"\((?=[^()]{0,200}\b(?:terrorist|extremist|banned|prohibited|outlawed|undesirable|foreign\s+agent|terroristic[ao]|estremist[ao]|vietat[ao]|bandit[ao])\b)[^()]{0,200}\)",
                           re.IGNORECASE)
#: What is done as a habit: "holds yearly exercises", "every year", "ogni anno".
_HABIT_WORDS = r"yearly|annually|every\s+year|each\s+year|regularly|ogni\s+anno|annualmente|regolarmente"
_HABITUAL = re.compile(rf"\b(?:{_HABIT_WORDS})\b", re.IGNORECASE)
#: What a rule would deem the trigger's noun, right after it: "un attacco a un membro sarebbe considerato …", "an attack on
#: one would be regarded as …" (no act, a hypothesis).
_WOULD_BE_DEEMED = re.compile(r"[^.;:,]{0,40}?\b(?:sarebbe|sarebbero|would\s+be)\s+(?:considerat[oaie]|considered|regarded\s+as|deemed|treated\s+as)\b",
                              re.IGNORECASE)
#: What the trigger's noun would bring about, right after it: "the withdrawal of the troops would increase the threat",
#: "il ritiro delle truppe avrebbe aumentato la minaccia" (an argument about an act, not the act).
_WOULD_CAUSE = re.compile(r"[^.;:,]{0,60}?\b(?:would|could|avrebbe|avrebbero|potrebbe|potrebbero)\s+(?:(?:only|also|anche|solo)\s+)?"
                          r"(?:increase|raise|lead|cause|worsen|destabili[sz]e|undermine|aumentat[oa]|portato|causato|peggiorato|destabilizzato|"
                          r"aumentare|portare|causare|peggiorare|destabilizzare)\b", re.IGNORECASE)
#: A habit told right before the trigger it governs: "svolge ogni anno ", "holds every year ".
_HABITUAL_BEFORE = re.compile(rf"\b(?:{_HABIT_WORDS})\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: A custom right before a trigger ("is traditionally convened", "are usually held", "viene tradizionalmente convocato"),
#: or a repeated act ("has repeatedly accused").
_CUSTOM_BEFORE = re.compile(r"\b(?:traditionally|usually|customarily|periodic(?:al)?|periodically|tradizionalmente|solitamente|di\s+solito|periodich[ei]|"
                            # (and what is done again and again, no one day's act: "has repeatedly accused", "ha più volte accusato")
                            r"repeatedly|time\s+and\s+again|ripetutamente|più\s+volte)\s+$"
                            # (and a relative clause in the present that says what a party does, a bare plural after
                            # it: "the alliance, which also stages drills near its borders, …")
                            r"|\b(?:which|who)\s+(?:also\s+)?(?:stages|holds|conducts)\s+$",
                            re.IGNORECASE)
#: A cue that can be an event's end as well as a speaker's last words: "the drills concluded on Friday".
_ENDS_VERB = re.compile(r"(?:concluded|concludes|concluso|conclusa|conclusi|concluse|si\s+(?:è|sono)\s+conclus[oaie])", re.IGNORECASE)


#: Between an act and another it came hours after: "sought aid hours after the outbreak of the fighting on 13
#: September", "a poche ore dallo scoppio degli scontri".
_SOON_AFTER = re.compile(r"\b(?:(?:hours|minutes|shortly|immediately|soon|just|right)\s+after|(?:a\s+)?poche\s+ore\s+(?:dopo|dall[oa']|dal))\s+"
                         r"(?:the\s+|l['’]\s*|lo\s+|la\s+|il\s+)?(?:[\w'’-]+\s+){0,5}$", re.IGNORECASE)


def _soon_after(records: list[EventRecord], found_triggers: Sequence[tuple[Trigger, int, str]], sentence: str, start: int) -> list[EventRecord]:
    """An undated event told as coming hours after a dated one in its sentence happened on that one's day."""
    at_of = {t_words: t_at - start for (_, t_at, t_words) in found_triggers}
    for number, record in enumerate(records):
        at = at_of.get(record.trigger)
        if record.event_date is not None or at is None:
            continue
        later = next((other for other in records if other.event_date is not None and other.date_precision == "day"
                      and at_of.get(other.trigger, -1) > at and _SOON_AFTER.search(sentence, at + len(record.trigger), at_of[other.trigger])), None)
        if later is not None:
            records[number] = replace(record, event_date=later.event_date, date_precision="day", date_text=later.date_text, date_source=later.date_source)
    return records


#: A trigger a few words after "after" ("Dopo la ripresa degli scontri …", "Following the clashes, …"): what came before.
#: Words that put what follows them before the sentence's news: "after", "following", "dopo", "a seguito dei".
_AFTER_WORDS = r"(?:after|following|dopo|in\s+seguito\s+a\w*|a\s+seguito\s+d\w*|in\s+the\s+wake\s+of)"
_JUST_AFTER = re.compile(rf"\b{_AFTER_WORDS}\s+(?:[\w'’-]+\s+){{0,3}}$", re.IGNORECASE)
#: How far before a meeting's trigger the after-word of "after having spoken with …" may stand.
_AFTER_REACH = 30


_SETTING = re.compile(rf"\b{_SETTING_WORDS}\s+(?:the\s+|an?\s+|il\s+|la\s+|l['’]\s*)?(?:[\w'’-]+\s+){{0,4}}$", re.IGNORECASE)
# (and a trigger that opens by speaking at it: "speaking at the summit", "addressing the council")
_SETTING_OPENS = re.compile(rf"(?:{_SETTING_WORDS}|(?:speaking|spoke)\s+(?:at|to|before)|address(?:ed|es|ing))\b", re.IGNORECASE)
#: A meeting right before the news the sentence tells: "declared the withdrawal after the meeting in <city> with …",
#: "said after talks with …": its setting too, on the news's day.
_AFTER_MEETING = re.compile(rf"{_AFTER_WORDS}\s+(?:the\s+|an?\s+|his\s+|her\s+|their\s+|un\s+|l['’]\s*|la\s+|il\s+|i\s+)?(?:meeting|talks|incontro|colloqui)\b", re.IGNORECASE)
#: A relative clause still open before a trigger: "… in an announcement in which both sides", "nel quale".
_IN_WHICH = re.compile(r"\b(?:in|under|by|with)\s+which\b[^,;:]*$|\b(?:nel|nella|con\s+il|con\s+la)\s+qual[ei]\b[^,;:]*$", re.IGNORECASE)
#: A clause that puts what it tells inside the meeting before it: ", during which", ", nel corso dei quali".
_DURING_WHICH = re.compile(r",\s+(?:during|in\s+the\s+course\s+of|at|in)\s+which\b|,\s+(?:durante|nel\s+corso)\s+(?:del|della|dei|delle)\s+qual[ie]\b",
                           re.IGNORECASE)
#: A decision's trigger that ends in its infinitive's "to": "decided to", "agreed to", "resolved to", "hanno deciso di".
_TO_DO = re.compile(r"\b(?:to|di)$", re.IGNORECASE)
#: A remark a gerund tacks on after what a sentence tells: "…, expressing hope that …", "…, aggiungendo che …".
_TRAILING_REMARK = re.compile(r",\s+(?:expressing|voicing|adding|noting|stressing|emphasi[sz]ing|warning|esprimendo|aggiungendo|sottolineando)"
                              r"\s+(?:the\s+)?(?:hope\s+|confidence\s+|concern\s+)?(?:that|che)\b", re.IGNORECASE)
#: The conjunction that opens the clause a speech cue reports, right after it (or after its listener): " that", " che".
_THAT_CLAUSE = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:that|che)\b", re.IGNORECASE)
#: A decision's infinitive after another agreement trigger: "… and decided to hold it", "e hanno deciso di tenerla".
_DECIDED_TO = re.compile(r"\b(?:decided|agreed|resolved|deciso|concordato)\s+(?:to|di)\s+[\w'’]+"
                         # (and the act a decision told by its noun sets: "a decision was made at the sitting to convene
                         # the next one in Valleyburg in May")
                         r"|\bto\s+(?:hold|convene|stage|conduct|host|organi[sz]e)\b", re.IGNORECASE)
#: A year in the name of a case: "a probe into the 2010 June 5 case" (the case is old, the charge may be news).
_CASE_YEAR = re.compile(r"\b(?:19|20)\d{2}\b(?=(?:\s+[\w-]+){0,2}\s+(?:case|cases|affair|events)\b)", re.IGNORECASE)
#: The noun a date names, right after it: "the March 1 case", "the January events" (the Italian order, "il caso del 1°
#: marzo", is not read).
_NAMES_CASE = re.compile(r"\s+(?:case|cases|affair|events)\b", re.IGNORECASE)
#: An accusation and the act it alleges, as a gerund or a past infinitive: "accused X of overthrowing", "charged with
#: organising", "accusato di aver rovesciato".
_ALLEGED = re.compile(r"(?:\b(?:accus(?:ed|ing|es)|charged|suspected|accusat[oaie]|sospettat[oaie]|con\s+l['’]accusa)\s+(?:[\w'’-]+\s+){0,3}?"
                      r"(?:of|with|di)\s+(?=(?:aver(?:e)?\s+)?[a-z]\w+(?:ing|at[oaie]|it[oaie]|ut[oaie])\b)"
                      # (and what one is blamed for: "blamed the neighbours for refusing to talk")
                      r"|\bblam(?:ed|ing|es)\s+(?:[\w'’-]+\s+){0,5}?for\s+(?=[a-z]\w+ing\b)"
                      # (and what an investigation or a case looks into: "a probe into post-election violence in 2008")
                      r"|\b(?:investigation|probe|inquiry|(?:criminal\s+)?case|indagine|inchiesta)\s+(?:into|over|su|sul|sulla|sui|sulle|sugli)\s+)(?P<act>)",
                      re.IGNORECASE)
#: What ends the act an accusation alleges before another trigger: a clause's stop, or a verb coordinated with the
#: accusation ("… and requested his arrest", "e ha chiesto").
_ACT_ENDS = re.compile(r"[;:]|\b(?:and|e)\s+(?:then\s+|also\s+)?(?:[a-z]+ed|sought|asked|(?:ha|hanno)\s+[a-z]+[aiu]to)\b", re.IGNORECASE)
#: What ends the act an accusation alleges before a date: a clause's comma or semicolon, or "and".
_ALLEGED_END = re.compile(r"[,;]|\b(?:and|e)\b", re.IGNORECASE)


def _alleged(words: DateWords, sentence: str, date: DateFound) -> re.Match[str] | None:
    """The accusation whose alleged act holds ``date`` ("accused X of seizing power in 2010"), or None (and
    None for a day of the week or a day counted from the story's, "… on Tuesday", which dates the accusation itself)."""
    if words.counted_from_story(date.text):
        return None
    found = None
    for match in _ALLEGED.finditer(sentence, max(0, date.start - 120), date.start):
        found = match
    if found is None or _ALLEGED_END.search(sentence, found.end(), date.start):
        return None
    return found


#: An office held from a day: "as secretary general from", "come segretario generale dal".
_OFFICE_FROM = re.compile(r"\b(?:as|come)\s+(?:[\w'’-]+\s+){1,5}(?:from|dal(?:l['’])?|da)\s*$", re.IGNORECASE)
#: A tenure's noun inside a trigger's words, and how far after them the day it is taken from may stand.
_TENURE_NOUN = re.compile(r"\b(?:chairmanship|presidency|presidenza)\b", re.IGNORECASE)
_TENURE_TAKEN_REACH = 12
#: A tenure's noun and the word that starts it, right before a date: "chairmanship of the bloc from", "la
#: presidenza di turno dal".
_TENURE_FROM = re.compile(
    r"\b(?:chairmanship|presidency|tenure|term\s+of\s+office|presidenza|mandato)\s+(?:(?:of|in|di|del|della|dell['’])\s+(?:the\s+|l['’])?(?:[\w'’-]+\s+){1,3}?|di\s+turno\s+)?"
    r"(?:from|since|starting|dal(?:l['’])?|da)\s*$"
    # (or the year a tenure is held in, right after its noun: "guidelines during Tajikistan's presidency in 2015")
    r"|\b(?:chairmanship|presidency|presidenza)\s+(?:(?:in|for|nel|per\s+il)\s*)?$", re.IGNORECASE)
#: What joins a day to its year told after it: "January 1st of this year", "1° gennaio di quest'anno".
_OF_YEAR = re.compile(r"\s*(?:,|of|di|del|dell['’])?\s*")
#: Words before a date that make it a term, not a day something happened.
_TERM_WORDS = (r"\b(?:until|till|up\s+to|through\s+to|fino\s+al(?:l['’])?|fino\s+a|per\s+il\s+periodo|for\s+the\s+period(?:\s+until)?)"
               r"\s*(?:the\s+|il\s+)?(?:year\s+|anno\s+)?")
_TERM = re.compile(_TERM_WORDS + "$", re.IGNORECASE)
#: A plan's object before a year, with no verb between: "a plan for the festivities of the jubilee in", "the agenda for
#: next year".
#: What a year closes the account of: "the results of the operation in ", "i risultati del lavoro nel ".
_RESULTS_OF = re.compile(r"\b(?:results?|outcomes?|record|achievements?|risultati|bilancio)\s+(?:of|for|in|during|dei|delle|del|della|dell['’]|nel)\b[^.;:]{0,60}$",
                         re.IGNORECASE)
_PLAN_OBJECT = re.compile(
    r"\b(?:plans?|programmes?|programs?|strateg(?:y|ies)|concepts?|agendas?|budgets?|pian[oi]|programm[ai]|strategi[ae]|bilanci|bilancio)\s+(?:for|of|on|per|di|del|della)\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|adopted|approved|signed|è|sono)\b)[^.;,])*$", re.IGNORECASE)
#: An ordinal's noun and the words that name what it counts in, with no verb between, right before a year: "the first
#: meeting of the Permanent Council (in)", "la prima riunione del Consiglio (nel)".
_ORDINAL_SPAN = re.compile(
    r"\b(?:first|second|third|last|final|inaugural|prim[oa]|second[oa]|ultim[oa])\s+(?:meeting|session|summit|visit|talks|riunione|sessione|vertice|visita)\b"
    r"(?:(?!\b(?:was|were|is|are|has|have|had|will|held|è|sono|si)\b)[^.;,])*$", re.IGNORECASE)
#: A document's participle right before a date: ", adopted in", ", signed on".
_ADOPTED_ON = re.compile(r",\s*(?:adopted|signed|approved|ratified)\s+(?:in|on|at)\s*$", re.IGNORECASE)
#: A document's date named by its issue right before it: "issued on", "emesso il" (not "dated", which names the act's own
#: document as often: "ratified by the law dated 29 May").
_ISSUED = r"\b(?:issued|emess[oa])\s+"
_ISSUED_ON = re.compile(_ISSUED + r"(?:on\s+|in\s+|il\s+|l['’]\s*)?$", re.IGNORECASE)
#: A document's issue and its date, month and day optional: "issued on October 6, 2007", "emesso il 5 maggio 2010".
_ISSUED_DATE = re.compile(_ISSUED + r"(?:on\s+|in\s+|il\s+)?(?:\w+\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:\w+\s+)?(?:19|20)\d{2}\b",
                          re.IGNORECASE)
#: A participle of holding right before a date: "held on ", "tenutesi ", "svoltasi il " (participles only, unlike
#: ``_HELD_ON``: a finite "took place on" after the trigger tells when the trigger's own meeting was).
_HELD_RIGHT_BEFORE = re.compile(r"\b(?:held|tenut[oaie](?:si)?|svolt[oaie](?:si)?)\s+(?:on\s+|in\s+|il\s+|l['’]\s*|lo\s+scorso\s+|la\s+scorsa\s+)?$", re.IGNORECASE)
#: An opening phrase of what is to come, up to its comma: "Ahead of an announced session of the council on Friday, ",
#: "In vista del vertice di lunedì, " (after a dateline, if any: "MOSCOW, Oct. 27 - Ahead of …").
_AHEAD_LEAD = re.compile(r"(?:[^;:]{0,60}?(?:\s[-–—]\s|/\.\s|\b\d{4}-\d\d-\d\d\s))?\W*(?:ahead\s+of|in\s+the\s+run-up\s+to|in\s+vista\s+d)[^,;:.]{3,160},\s",
                         re.IGNORECASE)
#: A participle of sending or making and the place it went to, right before a date: "sent to Armenia on ", "deployed in
#: Kazakhstan in ", "inviata in Armenia il " (not a passive's own verb: "was sent to Armenia on").
_DONE_TO_PLACE_BEFORE = re.compile(
    r"(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)(?<!è\s)(?<!stat[oaie]\s)\b(?:sent|dispatched|deployed|launched|established|created|"
    r"inviat[oaie]|spedit[oaie]|schierat[oaie]|dispiegat[oaie])\s+(?:to|in|into|a|ad|in|nel|nella|verso)\s+(?:the\s+)?"
    r"(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:on|in|il|l['’]|nel|lo\s+scorso)?\s*$", re.IGNORECASE)
#: The auxiliary of a trigger's own passive, right before its participle, with no clause break between: " of the Council
#: will be ", " was ", " is to be ", " is planned to be ", " sarà " ("The next session of the Council will be held on …"), past
#: a list of names, quoted or not ("The exercises ‘Alfa’, ‘Beta’ are to be held in 2031").
_PASSIVE_OF_OWN = re.compile(r"(?:\s*[‘'\"“«]?\s*(?-i:[A-Z])[\w'’-]*\s*[’'\"”»]?\s*,)*[^,;:()]*?\b(?:will\s+be|would\s+be|(?:is|are|was|were)(?:\s+(?:to|due\s+to|expected\s+to|scheduled\s+to|planned\s+to|set\s+to|slated\s+to)\s+be)?|has\s+been|have\s+been|had\s+been|"
                             r"sarà|saranno|è\s+stat[oa]|sono\s+stat[ie]|verrà|verranno|"
                             # (and the Italian reflexive: "i negoziati bilaterali che si sono tenuti il 3 marzo")
                             r"si\s+(?:è|sono|era|erano|terrà|terranno))\s+", re.IGNORECASE)
#: A participle that describes a noun three or more words after a trigger: "… the drills of the allied forces held in".
_PARTICIPLE_BEFORE = re.compile(r"^\W*(?:\S+\s+){3,}?(?<!was\s)(?<!were\s)(?<!been\s)(?<!be\s)(?<!is\s)(?<!are\s)(?:held|conducted|carried\s+out|staged|svolt[eiao]|condott[eiao]|"
                                # (and what an agreement's participle names: "to carry out the accords reached by the three
                                # states in 2020", "attuare gli accordi raggiunti … nel 2020")
                                r"reached|signed|concluded|raggiunt[eiao]|firmat[eiao]|siglat[eiao]|conclus[eiao])\b[^.;]*$",
                                re.IGNORECASE)
#: The trigger's object and the participle that dates it, right before a date: " the EU mission launched in",
#: " la missione avviata a" (not "… was launched in": the trigger's own passive).
_OBJECT_PARTICIPLE = re.compile(
    r"\s+(?:the|a|an|its|their|this|that|la|il|lo|l['’]|una?)\s*(?:[\w'’-]+\s+){0,3}?[\w-]+\s+(?<!was\s)(?<!were\s)(?<!been\s)(?<!is\s)(?<!are\s)"
    r"(?:launched|established|created|set\s+up|deployed|introduced|imposed|formed|avviat[aoie]|istituit[aoie]|creat[aoie]|schierat[aoie])\s+"
    r"(?:in|on|at\s+the\s+(?:end|start)\s+of|since|a|il|l['’]|nel|nell['’]|lo\s+scorso|alla\s+fine\s+di)?\s*", re.IGNORECASE)
#: A document's noun right before a year that is told as its own: "resolution " before "of 2015", "decisione " before "del 2015"
#: (and with what it is on between: "un trattato di amicizia " before "del 1994", "the treaty on mutual aid ").
_DOCUMENT_NOUN_BEFORE = re.compile(r"\b(?:resolutions?|decisions?|decrees?|agreements?|treat(?:y|ies)|charter|protocols?|declarations?|laws?|pacts?|"
                                   r"risoluzion[ei]|decision[ei]|decret[oi]|accord[oi]|trattat[oi]|protocoll[oi]|dichiarazion[ei]|legg[ei]|patt[oi])"
                                   r"(?:\s+(?:di|on|for|sulla|sulle|sul|per)\s+(?:[\w'’-]+\s+){0,2}?[\w'’-]+)?\s*$", re.IGNORECASE)
#: The meeting an agreement was reached at, right after the agreement's words: " at the", " nel corso delle", " durante il".
_REACHED_AT = re.compile(r"\s+(?:at|during|in\s+the\s+course\s+of|nel\s+corso\s+d(?:el|ella|elle|ei|egli|ell['’])|durante|al|alla|alle|ai)\b", re.IGNORECASE)
#: The participle of a meeting held, right before its date: "held on", "svoltesi il", "tenutosi il".
_HELD_ON = re.compile(r"\b(?:held|convened|took\s+place|svolt[oaie]si|svolt[oaie]|tenut[oaie]si|tenut[oaie])\s+(?:on\s+|in\s+|il\s+|l['’]\s*|tra\s+il\s+|dal\s+)?$", re.IGNORECASE)
#: A document named with its year: "a mutual defence pact of 1997", "la decisione del 2015" (the year is its last four
#: characters).
_DOCUMENT_YEAR = re.compile(_DOCUMENT_NOUN_BEFORE.pattern.removesuffix(r"\s*$") + r"\s+(?:of|del|dell['’])\s*(?:19|20)\d{2}\b", re.IGNORECASE)
#: A year's words that open with the preposition of what owns it: "of 2015", "del 2015".
_YEAR_OF = re.compile(r"(?:of|del|dell['’])\s*(?:19|20)\d{2}\b", re.IGNORECASE)
#: A document a sentence refers to, named with the day that names it next: "… amendments to the treaty on the force of ".
_DOCUMENT_OF = re.compile(r"\b(?:to|of|on|under|with|by|in)\s+the\s+(?:[\w-]+\s+){0,2}?(?:agreement|treaty|declaration|protocol|decision|resolution|"
                          r"memorandum|accord|charter|convention)\b[^.;,:]{0,60}?\bof\s*$", re.IGNORECASE)
#: A state of things dated before a date: "initial positions of", "le posizioni del".
_POSITIONS_OF = re.compile(r"\b(?:positions?|posizioni|lines?\s+of\s+contact)\s+(?:of|as\s+of|on|del|dell['’]|al|alla|at)\s*(?:the\s+|il\s+)?$", re.IGNORECASE)
#: A duration's end before a date: "will last until", "continueranno fino al", "dura fino a".
_LASTS_UNTIL = re.compile(
    r"\b(?:last(?:s|ed|ing)?|continu(?:e|es|ed|ing)|run(?:s|ning)?|durer(?:à|anno)|dura(?:no|va|vano)?|continuer(?:à|anno)|"
    r"proseguir(?:à|anno)|prosegu(?:e|ono))\s+(?:[\w'’-]+\s+){0,2}?(?:until|till|through|to|fino\s+al(?:l['’])?|fino\s+a)\s*(?:the\s+|il\s+)?$",
    re.IGNORECASE)
#: The same as a phrase: "will last until", "dureranno fino al".
_LASTING = re.compile(r"\b(?:will\s+last|will\s+continue|durer(?:à|anno)|continuer(?:à|anno)|proseguir(?:à|anno))\s+(?:[\w'’-]+\s+){0,2}?"
                      r"(?:until|till|through|fino\s+al(?:l['’])?|fino\s+a)\b", re.IGNORECASE)
#: Such a term with its years: no mark that the sentence tells of the past ("a plan for 2026-2030").
_TERM_YEARS = re.compile(_TERM_WORDS + r"(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\b", re.IGNORECASE)


def _gap(date: DateFound, start: int, at: int, length: int) -> int:
    """Characters between a date and a trigger's words ("was recalled from the post on 2 November": the date is
    next to the trigger's last word, however long the trigger)."""
    if date.start + start >= at + length:
        return date.start + start - (at + length)
    return min(abs(date.start + start - at), abs(date.end + start - at))


def _clause_holds_not(sentence: str, date: DateFound, at: int, length: int) -> bool:
    """True when the trigger at ``at`` (``length`` characters long) stands in a relative clause set off by commas that
    ``date`` stands outside: "X, who took office in March, visited … on 9 May"."""
    for clause in _RELATIVE_CLAUSE.finditer(sentence):
        if clause.group("clause") is None:
            continue
        opens, closes = clause.start("clause"), clause.end()
        if opens <= at and at + length <= closes and not (opens <= date.start and date.end <= closes):
            return True
    return False


def _in_other_clause(sentence: str, date: DateFound, at: int, triggers: Sequence[int], length: int = 1) -> bool:
    """True when ``date`` stands in a relative clause that does not hold the trigger at ``at`` (``length`` characters
    long): one set off by commas ("Yerevan, che quest'anno presiede la CSTO, …" dates the chairing, not the meeting
    before it), or one whose antecedent is another trigger ("deployed … for the exercise that will be held from 22
    October": the exercise's date, not the deployment's). A trigger whose words run into the clause is its own ("X, who
    arrived in Y on March 11, …")."""
    temporal = _FUTURE_TEMPORAL.search(sentence, max(0, at - 60), at)
    if temporal is not None and date.end <= temporal.start():
        # "Last week, X said it expects Y to grow after the forces are pulled out": an act a clause in the present
        # tense looks ahead to is not dated by the day its sentence was said
        return True
    if date.end <= at and _PREVIOUS.search(sentence, at, at + _PREVIOUS_REACH):
        # "a report on the bloc's record in 2029-2030 and on the rulings adopted at the previous session": an earlier
        # meeting is dated by its own words after it, never by a date told before it about something else
        return True
    for clause in _RELATIVE_CLAUSE.finditer(sentence):
        opens = clause.start("clause") if clause.group("clause") is not None else clause.start("tail")
        if opens <= date.start and date.end <= clause.end() and not (at < clause.end() and opens < at + length):
            return True
    if any(a <= date.start and date.end <= b and not (at < b and a < at + length) for a, b in _asides(sentence)):
        return True
    happened = _HAPPENED_CLAUSE.search(sentence, at + length, date.start)
    if happened is not None and happened.start() - (at + length) > _OWN_CLAUSE_REACH and not re.search(r"[;:]|\.\s", sentence[at : date.start]):
        # "left the post … in line with the inquiry into the unrest that occurred in the capital in May 2011": a clause
        # that tells a noun far from the trigger as having happened dates that noun, not the trigger
        return True
    since = _SINCE_WHEN.search(sentence, max(at + length, date.start - _SINCE_REACH), date.start)
    if since is not None and not re.search(r"[;:]|\.\s", sentence[since.end() : date.start]):
        # "cortei contro un governo in carica da quando il paese ha lasciato l'Unione, nel 1991": the date of the clause
        # that says since when, not of the marches before it
        return True
    for other in triggers:
        if at < other < date.start and _CLAUSE_OPENS.match(sentence, at + length, other) and not re.search(r"[;:]", sentence[at:date.start]):
            # "L'incontro, che era stato fissato il 3 marzo, …": the relative clause on the trigger has a trigger of
            # its own, whose date that is
            return True
        if at < other < date.start:
            antecedent = _ANTECEDENT.match(sentence, other, date.start)
            if antecedent is not None and not re.search(r"[;:]|\.\s", sentence[antecedent.end() : date.start]):
                return True
    return False


#: A restrictive relative clause that tells its noun's event as having happened: "the events that occurred in",
#: "which took place", "che si sono verificati".
#: (and one that tells what the noun set off or did: "the actions … that sparked a war last month", "which killed")
_HAPPENED_CLAUSE = re.compile(r"\b(?:that|which)\s+(?:had\s+|has\s+|have\s+)?(?:occurred|happened|took\s+place|unfolded|sparked|triggered|caused|"
                              r"provoked|killed|claimed|rocked|shook|broke\s+out|erupted|led\s+to)\b"
                              r"|\bche\s+(?:si\s+)?(?:è|sono|era|erano)\s+(?:avvenut|accadut|verificat)[oaie]\b", re.IGNORECASE)
#: How far after a trigger such a clause may open and still be on the trigger's own noun ("the meeting that took place on …").
_OWN_CLAUSE_REACH = 40
#: A temporal clause in the present tense that looks ahead, right before its passive trigger: "after the forces are ",
#: "once the troops are ", "until they are ".
_FUTURE_TEMPORAL = re.compile(r"\b(?:after|once|until|when)\s+(?:[\w'’-]+\s+){0,5}?(?:are|is)\s+$", re.IGNORECASE)
#: A relative clause between commas (or from its comma to the sentence's end) about someone named: "Yerevan, che
#: quest'anno presiede la CSTO,", "Rahmon, who chaired the council in 2021," (not "the session, which opens in May,":
#: that dates the session).
_HELD_VERBS = (r"tak(?:e|es|ing)\s+place|took\s+place|be\s+held|is\s+held|was\s+held|si\s+terr\w*|si\s+svolg\w*|si\s+è\s+svolt\w*|"
               r"avrà\s+luogo|ha\s+avuto\s+luogo|open(?:s|ed)?|beg(?:ins|an)|start(?:s|ed)?|"
               # (or scheduled: "the sitting, which is scheduled for next spring")
               r"(?:is|are|was|were)\s+(?:scheduled|planned|slated|due|set|expected)|(?:è|sono)\s+(?:previst|programmat)[oaie]|in\s+programma")
_RELATIVE_CLAUSE = re.compile(
    r"\b[A-Z][\w'’-]*(?P<clause>,\s*(?:che|il\s+quale|la\s+quale|i\s+quali|le\s+quali|who|which)\b"
    # (a clause that says when something takes place dates that: "the Council, which is to take place in spring,")
    rf"(?![^,;:]*\b(?:{_HELD_VERBS})\b)[^,;:]*,)"
    # (an English one may run to the sentence's end: "…, which fought a war with X in 2020."; an Italian "che" after a
    # comma may open what a verb said, "ha detto ai giornalisti, dopo l'incontro con X, che …", and needs its closing comma)
    rf"|\b[A-Z][\w'’-]*(?P<tail>,\s*(?:who|which)\b(?![^,;:]*\b(?:{_HELD_VERBS})\b)[^,;:]*[.!?]?\s*$)")
#: An aside between dashes after a name: "the Organisation (CSTO) – created on 15 May 1992 to … – planned …" dates
#: the creation, not what the name's subject does. (A hurried page glues a dash to the word it touches: "X -che è
#: subentrato nel 2019 …, Y– ha deciso": a relative pronoun opens it, a dash other than a hyphen closes it.)
_DASH_ASIDE = re.compile(r"[A-Z][\w'’-]*\)?(?P<clause>\s[–—-](?:\s|(?=(?:che|who|which)\s))[^–—;:]{3,200}?(?:\s[–—-]|(?<=\w)[–—])\s)")
#: A relative clause opened right after a trigger, before another trigger: ", che era stato", ", which had been".
_CLAUSE_OPENS = re.compile(r"(?:\s+(?:di|del|dei|degli|della|delle|dello|of)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+)?)?"
                           r"\s*,\s*(?:che|il\s+quale|la\s+quale|which|that)\b[^,;:]*$", re.IGNORECASE)
#: A clause that says since when, opened after the trigger: "… da quando il paese ha lasciato l'Unione, nel 1991".
_SINCE_WHEN = re.compile(r"\bda\s+quando\b", re.IGNORECASE)
#: How far before its date such a clause may open.
_SINCE_REACH = 120
@functools.lru_cache(maxsize=256)  # a sentence's asides, read for each of its dates and places
def _asides(sentence: str) -> tuple[tuple[int, int], ...]:
    """The spans of the asides between dashes after a name in a sentence."""
    if not any(dash in sentence for dash in (" – ", " — ", " - ", " -", "– ", "— ")):
        return ()
    return tuple(m.span("clause") for m in _DASH_ASIDE.finditer(sentence))


#: A trigger followed by the relative clause it heads: "exercise of the alliance that will be held …", or by a
#: participle that dates it: "a protocol of intentions signed by the two bodies in 2009".
_ANTECEDENT = re.compile(r"\w+[^,;:.]{0,80}?,?\s+(?:that|which|che|cui)\s+(?:will|would|is|was|are|were|si|sarà|saranno|verrà|verranno|è|sono)\b"
                         r"|\w+[^,;:.]{0,40}?\s(?:signed|adopted|concluded|firmat[oaie]|sottoscritt[oaie])\s+(?:by|in|on|at|da|nel|il)\b"
                         # (a meeting the other trigger's words name, its date right after the participle: "briefed him on
                         # the rulings made at the bloc's session held in October in Yerevan" dates the session, not the telling)
                         rf"|\w+[^,;:.]{{0,60}}?\s{_HELD_PARTICIPLES}\s*$",
                         re.IGNORECASE)


#: A relative clause of who or which, set off by commas: ", which includes X as an observer,", ", che comprende X,".
_COMMA_WHICH = re.compile(r",\s*((?:which|who|che|il\s+quale|la\s+quale|i\s+quali|le\s+quali)\s[^,;:.]{1,80}),", re.IGNORECASE)
#: A relative clause set off by two commas: ", where the neighbour keeps a base,", ", dove ha sede la base,".
_COMMA_RELATIVE = re.compile(r",\s*((?:where|dove|in\s+cui)\s[^,;:.]{1,80}),", re.IGNORECASE)
#: The parties a meeting was held between, right after its trigger: " between ", " tra ".
_BETWEEN = re.compile(r"\s+(?:between|tra|fra)\s+", re.IGNORECASE)
#: A staying-away told by the meeting: "without the participation of", "senza la partecipazione di".
_WITHOUT_OF = re.compile(r"\b(?:without|senza)\b", re.IGNORECASE)
#: The acts whose owner may be named after the words that name them, and what stands between: "la sospensione della
#: partecipazione dell'Armenia", "the withdrawal of Russia's troops".
_OWNED_ACTS = frozenset({"SANCTION", "RETREAT", "MOBILIZE"})
#: A refusal told by its noun, whose owner may follow it: "refusal of ", "rifiuto di ".
_REFUSAL_NOUN = re.compile(r"(?:the\s+|il\s+|al\s+)?(?:refusal|rifiuto)\b", re.IGNORECASE)
_OWNED_BY = re.compile(r"\s+(?:of|del|della|dello|dell['’])\s*", re.IGNORECASE)
#: The words right before an act that something is about: "the impact of the ", "measures on ", "l'impatto del ".
_ABOUT_ACT = re.compile(r"\b(?:of|about|on|over|regarding|concerning|del|della|dello|dell['’]|dei|degli|delle|sul|sulla|sull['’])\s*"
                        r"(?:(?:the|a|an|il|lo|la|i|gli|le|l['’]|un|una)\s*)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
#: The phrases that complete such an act's noun before its date, with no verb or clause of their own: " of the example
#: forces from X ", " delle truppe dall'X ".
_OF_PHRASES = re.compile(r"\s+(?:of|from|by|di|da|dal|dalla|dall['’]|del|della|delle|dei|degli)\b(?:\s*[\w'’()-]+){1,10}?\s+", re.IGNORECASE)
#: A relative clause that opens before another trigger: "… the forces that will be", "… which were".
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who|che)\s+(?:will|would|had|has|have|was|were|is|are|sarà|saranno|è|sono)\b[^,;:]*$", re.IGNORECASE)
#: The words before a date that make it open a new coordinate clause: "… and in 2002", "…, e nel 1993".
_OPENS_CLAUSE = re.compile(r"\b(?:and|but|e|ma)\s+(?:then\s+|poi\s+)?(?:in|on|nel|il|l['’])?\s*$"
                           # (or, with no "and", after a clause that ended on its own year: "ratified in 1995, in 2004, X …")
                           r"|\b(?:19|20)\d\d\s*[,;]\s+(?:(?:in|nel)\s*)?$", re.IGNORECASE)
#: A participle of doing right before a date: "carried out in ", "conducted on ", "perpetrated since ", "compiuti nel ".
_DONE_PARTICIPLE = re.compile(r"\b(?:carried\s+out|conducted|staged|committed|perpetrated|unleashed|waged|effettuat[oaie]|condott[oaie]|compiut[oaie])"
                              r"\s+(?:in|on|since|during|nel|nell['’]|il|lo|dal|a)?\s*(?:the\s+)?$", re.IGNORECASE)
#: How far before such a participle the words of the deed it dates may end ("the attacks carried out", "the raids
#: just carried out": a word or two).
_DONE_REACH = 12
#: Between a reporting cue and the date of the statement: "said on Wednesday", "told reporters on Monday".
_SAID_ON = re.compile(r"\s*(?:(?:to\s+)?(?:reporters|journalists|a\s+(?:news\s+)?briefing|a\s+press\s+conference|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})\s+)?"
                      # (and the weekday that names "today" again: "announced today, Tuesday, that")
                      r"(?:(?:today|yesterday|oggi|ieri)\s*,\s*)?(?:on|earlier|il|lo\s+scorso)?\s*")  # ("told a briefing on Thursday": the statement's day)
#: Between the start of a reported clause and its trigger, a subject that is the speaker itself and a verb of the
#: past: "said on Friday that it had reached …", "that we have agreed", "that the two sides signed".
_OWN_ACT = re.compile(
    r"\s*(?i:it|they|we|he|she|the\s+(?:two|both)\s+(?:sides|countries)|both\s+sides|the\s+parties)\s+(?:(?:had|has|have)\s+)?"
    r"(?:(?:already|also|just|finally)\s+)?"
)
#: A trigger that opens its reported clause with its auxiliary, the subject left unsaid as Italian does: "ha
#: dichiarato giovedì che ha firmato", "che avevano concordato".
_OWN_ACT_ITALIAN = re.compile(r"(?:ha|hanno|aveva|avevano)\b")
#: What opens the clause a cue reports, right after the statement's date: "said on Wednesday that …".
#: (a weekday that names the day again may come first: "announced today, Tuesday, that")
_COMPLEMENT = re.compile(r"\s*,?\s*(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica)\s*,?\s*)?(?:that|che)\b")
_THAT_WORD = re.compile(r"\b(?:that|che)\b")
#: Between the date of a report and its impersonal cue: "On 3 May, it was announced", "Il 3 maggio è stato reso noto".
_ON_IT_WAS = re.compile(r"\s*,?\s*(?:it\s+(?:was|has\s+been)|(?:è|è\s+stato|era\s+stato)\s*)?\s*", re.IGNORECASE)
#: A date a clause follows: "dopo l'8 ottobre", "after 15 August" ("since" and "da" start an event: not these).
_AFTER_DATE = re.compile(r"\b(?:after|following|dopo)\s+(?:the\s+|l['’]|il\s+)?$", re.IGNORECASE)
#: The subject matter of a statement, between its trigger and a place: "about", "regarding", "riguardo a".
_ABOUT = re.compile(r"\b(?:about|regarding|concerning|riguardo|circa)\b", re.IGNORECASE)
#: A trigger whose words open with a preposition ("during a meeting"): a demonstrative before it ("raised this issue
#: during a meeting") points at another noun, not at the trigger's event.
_PREPOSITION_FIRST = re.compile(r"(?:during|at|in|on|amid|after|following|durante|nel|nella|al|alla|a|dopo)\b", re.IGNORECASE)
#: "such drills as Alpha and Beta": "such" that a list after "as" names, not the drills told before.
_SUCH_AS = re.compile(r"\s+(?:as|come)\b", re.IGNORECASE)
#: A trigger that names an event already reported: "such drills", "these exercises", "tali manovre", "queste esercitazioni"
#: ("that" is left out: it opens reported clauses far more often than it points back).
_THESE = re.compile(r"\b(?:such|these|those|this|tali|tale|queste|questi|questa|questo)\s+(?:[\w'’-]+\s+)?$", re.IGNORECASE)
#: A since-phrase of a beginning with its own noun: "since its inception", "since the creation", "dalla sua creazione".
_SINCE_ITS = re.compile(r"\bsince\s+(?:its|their|the|his|her)\s+(?:inception|creation|founding|foundation|establishment|formation|launch|birth)\b"
                        r"|\bdall[a'’]\s*(?:sua|loro)\s+(?:creazione|nascita|istituzione|fondazione|costituzione)\b", re.IGNORECASE)
#: A participle and the preposition of its agent, right before a place: "launched by ", "lanciata dal vicino ".
_AGENT_OF_PARTICIPLE = re.compile(r"\b[a-zà-ù]+(?:ed|en|at[aoie]|it[aoie]|ut[aoie]|ss[aoie]|tt[aoie])\s+(?:[Bb]y|da|dal|dalla|dai|dagli|dall['’])\s*"
                                  r"(?:the\s+|il\s+|la\s+)?(?:[a-zà-ù][\w-]*\s+)?$")
#: A verb of breaking out or starting, between a date of "from when" and its event: "sono scoppiati", "broke out".
_BROKE_OUT = re.compile(r"\b(?:began|begun|started|erupted|broke\s+out|(?:sono|è|erano|era)\s+(?:scoppiat|iniziat|cominciat|ripres)[oaie])\b",
                        re.IGNORECASE)
#: A clause that puts its event before the sentence's news: "after X appealed", "dopo che", "in seguito a".
_EARLIER = re.compile(r"\b(?:after|following|since|dopo|in\s+seguito\s+a|a\s+seguito\s+d)\b[^,;]*$", re.IGNORECASE)
#: What ends a clause: a date on the far side of it does not date a trigger ("…, after talks on Friday").
# ("… il 14 settembre a seguito dei combattimenti": a clause of what came before)
_CLAUSE_BREAK = re.compile(rf"[;:]|,(?!\s+(?:which|where|che|dove)\b)|\b(?:before|when|while|since|prima|quando|mentre)\b|\b{_AFTER_WORDS}\b",
                           re.IGNORECASE)


@functools.lru_cache(maxsize=256)  # the events of one paragraph share its context labels
def _contexts(words: EventWords, line: str) -> tuple[str, ...]:
    return tuple(name for name, pattern in words.context_words if pattern.search(line))


def _record(
    context: _Context,
    where: _Sentence,
    trigger: Trigger,
    at: int,
    words: str,
    found: DateFound | None,
    lead: dt.date | None,
    undated: bool = False,
    cues: Sequence[Cue] = (),
    dateless: bool = False,
    reported_on: DateFound | None = None,
) -> list[EventRecord]:
    """The event a trigger reports, or one per country when the sentence puts it in a list of them; ``reported_on``
    is the day of the statement that reports the speaker's own act as done, for a trigger with no date of its own."""
    article, tools, published = context.article, context.tools, context.published
    number, line, mentions, start, end = where.number, where.line, where.mentions, where.start, where.end
    article_id = article.clean.document.article_id
    sentence = where.masked[start:end]
    people = _people(tools, mentions, start, end)
    purpose = _TO_TAKE_PART.search(sentence, max(0, at - start - 70), at - start) if trigger.event_type == "COOPERATE" else None
    if purpose is not None and found is not None and found.text != "published" and found.end <= purpose.start():
        # ("units set off for the host on 2 May to take part in the drills there": the day is the journey's, not the drills')
        found = None
    # "X pulled out, and in 2004 the others agreed …": a date that opens the trigger's clause starts its subject
    opened = found is not None and found.text != "published" and 0 < found.start < at - start and _OPENS_CLAUSE.search(sentence[: found.start])
    first = start + found.end if opened and found is not None else start
    if opened and found is not None and not sentence[found.end : at - start].strip(" ,"):
        # ("X was out of it, but in 2006 asked to join": a clause whose verb follows its date has no subject of its own;
        # the sentence's subject acts)
        first = start
    # "an official in Minsk said Armenia had frozen …": what a cue reports happens in its own clause
    cue = next((c for c in reversed(cues) if c.end <= at - start and c.kind == "speech" and _THAT_NEXT.match(sentence, c.end)), None)
    if cue is not None:
        first = max(first, start + cue.end)
    setting = _OPENING_PARTICIPLE.match(sentence)
    if setting is not None and setting.end() <= at - start and trigger.event_type != "CONSULT":
        first = max(first, start + setting.end())  # ("Meeting in Astana, …": where the meeting was, not a subject)
    soon = _SOON_AFTER.search(sentence, 0, at - start)
    if soon is not None:
        first = max(first, start + soon.start())  # ("X blamed Y hours after the shooting began": not X's shooting)
    conceded = _CONCESSIVE.search(sentence, max(0, at - start - _CONCESSIVE_REACH), at - start) if _REFUSAL_NOUN.match(words) else None
    if conceded is not None:
        first = max(first, start + conceded.start())  # (nor its place or its actors: "despite Y's refusal to …" is Y's)
    label = _LABEL.match(sentence)
    if label is not None and label.end() <= at - start:
        first = max(first, start + label.end())  # ("Schiaffo a Mosca: l'Armenia non firma …": a label, no place nor actor)
    # "According to <spokesman>, three drills will be held …": the source the sentence cites is not the drills' actor
    cited = next((c for c in reversed(cues) if c.kind == "according" and c.end <= at - start), None)
    comma = sentence.find(",", cited.end, at - start) if cited is not None else -1
    if comma >= 0:
        first = max(first, start + comma + 1)
    # "<what was said>, stated the President of X on Saturday at a meeting": in a trailing attribution the actors of the
    # reported words before it are not the meeting's
    trailing = next((c for c in reversed(cues) if c.kind == "speech" and c.end <= at - start and sentence[: c.start].rstrip().endswith(",")), None)
    if trailing is not None:
        first = max(first, start + trailing.start)
    else:
        # ("<what was said>, the bloc's Secretary General X said at a meeting of Y's parliament …": the speaker named
        # between the comma and the cue opens the meeting's clause; the places of the reported words before it are not
        # the meeting's (not a sentence that opens on a circumstance, "In Moscow, X said at a meeting that …")
        words_end = next((t for c in reversed(cues) if c.end <= at - start for t in [_told_before(sentence, c, common=True)] if t is not None), None)
        speaker_comma = _NAMED_AFTER_COMMA.search(sentence, 0, at - start) if words_end is None and _TOLD_TRIGGER.match(words) else None
        if speaker_comma is not None and len(sentence[: speaker_comma.start()].split()) >= _REPORTED_WORDS:
            # (the cue may be the trigger's own first word, a speech to a body: "<what was said>, X told the Security
            # Council on Wednesday")
            words_end = speaker_comma.start()
        if words_end is not None:
            first = max(first, start + words_end + 1)
    # "il congelamento dell'Armenia partecipazione", "the freezing of Armenia's membership": the act's owner, named
    # inside the words that name the act, is its source
    # (an attack's or an accusation's "of X" is its target, not its owner)
    owner = next((m for m in mentions if at < m.start and (m.end <= at + len(words) or _OWNED_BY.fullmatch(where.masked, at + len(words), m.start))
                  and m.actor_type == "country" and m.actor_id in tools.registry.actors), None) if trigger.event_type in _OWNED_ACTS else None
    if owner is None and trigger.event_type == "REJECT" and _REFUSAL_NOUN.match(words):
        # ("il rifiuto del premier di firmare il testo", "the refusal of X to sign"): whose refusal the noun names,
        # a person's as a state's, is its source (not a leader the sentence named before it)
        owner = next((m for m in mentions if at < m.start and m.end <= at + len(words) and m.actor_type in ("country", "person")
                      and m.actor_id in tools.registry.actors and tools.registry.actors[m.actor_id or ""].country), None)
    if owner is None and trigger.mode == "absent" and _WITHOUT_OF.search(words):
        # "held … without the participation of <the Armenian Prime Minister>": whoever stayed away is the refusal's source
        owner = next((m for m in mentions if at + len(words) <= m.start <= at + len(words) + 40 and m.actor_id in tools.registry.actors
                      and tools.registry.actors[m.actor_id or ""].country), None)
    relative = _relative_subject(mentions, where.masked, first, at)
    if relative is not None:
        first = relative.start  # ("X will host the drills instead of Armenia, which had turned down …": Armenia's clause)
    relative_actor = tools.registry.actors.get(relative.actor_id or "") if relative is not None else None
    # ("Kyrgyzstan was denied assistance": the subject of a trigger in the passive is whom it befell, not its source)
    undergoes = _UNDERGOES.match(words) is not None
    # (not a state a relative clause set off by commas names: "The republic, where the neighbour keeps a base, has been …")
    aside = [(start + m.start(1), start + m.end(1)) for m in _COMMA_RELATIVE.finditer(sentence) if not m.start(1) <= at - start < m.end(1)]
    subject_country, several = (None, False) if undergoes else _source_of(
        tools.registry, tools.words, [m for m in mentions if first <= m.start < at and not any(a <= m.start < b for a, b in aside)
                                      and set(where.masked[m.start : m.end]) != {"X"}],  # (nor the dateline's masked city)
        where.masked[start:at], start)
    source = tools.registry.actors[owner.actor_id or ""].country if owner is not None else (
        (relative_actor.country if relative_actor is not None and relative_actor.type in ("person", "country") else None) or subject_country)
    refusing = tools.country_beside[1].search(words) if trigger.event_type == "REJECT" and _REFUSAL_NOUN.match(words) else None
    if refusing is not None and tools.registry.country_words.get(fold(refusing.group("country"))):
        # (a refusal whose own words name the side that refuses is that side's, not the sentence's subject's: "X will go
        # despite the refusal of the Georgian side to sign", "il rifiuto della parte georgiana di firmare")
        source = tools.registry.country_words[fold(refusing.group("country"))]
    # ("Armenia and Azerbaijan agreed to halt fire": an act of two states, placed in neither unless the sentence or
    # the dateline says where; a list of more, "five of the states signed", is a summit's, placed as before)
    several = several and owner is None and relative_actor is None
    along = _ALONG_WITH.search(sentence, at - start + len(words), min(len(sentence), at - start + len(words) + _ALONG_WITH_REACH))
    if along is not None and any(m.actor_type == "country" and m.start == start + along.end() for m in mentions):
        # ("X froze its participation in 2031 along with Georgia and Ukraine": several states' act, in none of them)
        several, source = True, None
    scene = _OPENING_SCENE.match(sentence) if source is None and trigger.event_type == "CONSULT" else None
    if scene is not None and at - start < scene.end():
        # "When meeting with villagers near the border on <day>, X said …": the meeting the sentence opens on is that of
        # its subject, named right after the comma
        subject = next((m for m in mentions if start + scene.end() <= m.start < start + scene.end() + _SCENE_SUBJECT_REACH
                        and m.actor_id in tools.registry.actors and m.actor_type in ("person", "country")), None)
        source = tools.registry.actors[subject.actor_id or ""].country if subject is not None else None
    if trigger.event_type == "CONSULT" and (_ATTENDED.search(where.masked, max(start, at - 40), at) or _ATTENDED_WORDS.match(words)):
        # "…, il premier, che ieri era assente alla sessione": who attends (or misses) a meeting does not host it
        source = None
    if source is None and cue is not None and ((trigger.event_type in tools.words.verbal and not _SUBJECT_AFTER_THAT.match(sentence, cue.end))
                                               or _PRONOUN_THAT.match(sentence, cue.end)):
        # (and whatever the speaker says it does itself: "official Bishkek announced that it is cancelling the drill")
        # "la Moldavia ha detto che non avrebbe firmato …": a clause with no subject of its own is its speaker's
        source = _source_country(tools.registry, tools.words, [m for m in mentions if start <= m.start < start + cue.start], where.masked[start : start + cue.start], start)
    agents_listed = False
    if source is None and _PASSIVE.search(words):
        # "the documents have been signed by X", "firmato da X": the agent after a passive is its source
        agent = next((m for m in mentions if at + len(words) <= m.start < end and m.actor_id in tools.registry.actors
                      and m.actor_type in ("person", "country") and _BY_AGENT.fullmatch(where.masked, at + len(words), m.start)), None)
        # (not the first of a list of agents: "the treaty signed by Armenia, Kyrgyzstan, Russia …" is no one state's act)
        alike = [(m.start, m.end) for m in mentions if agent is not None and m.actor_type == agent.actor_type]
        listed = agent is not None and _listed(where.masked, alike, alike.index((agent.start, agent.end)))
        source = tools.registry.actors[agent.actor_id or ""].country if agent is not None and not listed else None
        agents_listed = listed
    if source is None and _OF_END.search(words):
        # "the May appeal of Armenia", "la richiesta dell'Armenia": the state a noun's "of" names right after it is its source
        owner_after = next((m for m in mentions if at + len(words) <= m.start <= at + len(words) + 6 and m.actor_type == "country"
                            and m.actor_id in tools.registry.actors), None)
        # (not the first of a list: "con l'ingresso di Moldavia, Georgia e Ucraina")
        if owner_after is not None and any(m.actor_type == "country" and m.start > owner_after.end and _LIST_GAP.fullmatch(where.masked, owner_after.end, m.start)
                                           for m in mentions):
            owner_after = None
        source = tools.registry.actors[owner_after.actor_id or ""].country if owner_after is not None else None
    if source is None and not several and not any(first <= m.start < at and m.actor_type in ("person", "country", "organisation") for m in mentions):
        # "Non hanno firmato Uzbekistan e Bielorussia.": an Italian subject after its verb, closing the clause; two
        # states or more act in neither, one in its own
        subjects_after = [m for m in mentions if at + len(words) <= m.start < end and m.actor_type == "country" and m.actor_id in tools.registry.actors]
        inverted = (bool(subjects_after) and _INVERTED_OPEN.fullmatch(where.masked, at + len(words), subjects_after[0].start) is not None
                    and all(_LIST_GAP.fullmatch(where.masked, a.end, b.start) for a, b in itertools.pairwise(subjects_after))
                    and _CLAUSE_END.match(where.masked, subjects_after[-1].end) is not None)
        if inverted and len(subjects_after) == 1:
            source = tools.registry.actors[subjects_after[0].actor_id or ""].country
        several = several or (inverted and len(subjects_after) > 1)
    between = _BETWEEN.match(where.masked, at + len(words)) if source is None and trigger.event_type == "CONSULT" else None
    if between is not None:
        # "a meeting was held between the Russian foreign minister and the bloc's Secretary General": the first party
        # named is its source (one with a country of its own, not the bloc's officer)
        first_party = next((m for m in mentions if between.end() <= m.start < end and m.actor_id in tools.registry.actors), None)
        actor = tools.registry.actors[first_party.actor_id or ""] if first_party is not None else None
        if actor is not None and actor.type in ("person", "country") and not any(role.country is None for role in actor.roles):
            source = actor.country
    latter = _THE_LATTER.match(where.masked, start, at) if source is None else None
    if latter is not None:
        # "…, e dall'Uzbekistan. Quest'ultimo rientrerà nel 2006 …": the latter is the last state the paragraph named
        named = [m for m in mentions if m.end <= start and m.actor_type == "country" and m.actor_id in tools.registry.actors]
        source = tools.registry.actors[named[-1].actor_id or ""].country if named else None
    anaphor = tools.country_anaphor.search(where.masked, start, at) if source is None else None
    if source is None and anaphor is None:  # "…, and in May, the country suspended …": the subject is a country named before
        anaphor = _COUNTRY_SUBJECT.search(where.masked, first, at)
    if anaphor is not None:  # "Armenia was to host it, but the country's ministry …": the country named before
        named = [m for m in mentions if start <= m.start < anaphor.start() and m.actor_type == "country" and m.actor_id in tools.registry.actors]
        # (not a country named as where something comes from: "difficult for X to cope with threats from Y, the
        # republic calls …" is X)
        named = [m for m in named if not _FROM_BEFORE.search(where.masked, max(0, m.start - 8), m.start)] or named
        source = tools.registry.actors[named[-1].actor_id or ""].country if named else None
    # a statement happens where its author is, and a signature where its signer is ("the Belarusian leader signed")
    # (and a state's agency acts in its own state: "the Armenian Special Investigation Service indicted X")
    if source is None and (trigger.event_type in tools.words.verbal or trigger.event_type in ("AGREE", "COERCE")):
        # (the country word inside an unregistered name is that actor's: "il leader cinese Li ha espresso …")
        source = _subject_country(tools, where.masked[start:at], [(m.start - start, m.end - start) for m in mentions
                                                                  if start <= m.start < at and m.kind != "unknown_name"])
    if found is not None and found.date is not None and found.precision == "day" and found.end <= at - start:
        # ("held on Monday, three days after the army repelled …", "tre giorni dopo che le guardie hanno respinto …"): what
        # the counted "after" introduces came that long before the date it counts from, not after it
        counted = _COUNTED_AFTER.fullmatch(found.text)
        days = tools.date_words.number_words.get(counted.group("n").lower()) if counted is not None and not counted.group("n").isdigit() else (
            int(counted.group("n")) if counted is not None else None)
        if (counted is not None and days and _INTRODUCED.fullmatch(sentence, found.end, at - start)
                and not CAME_SHIFT.search(sentence, max(0, found.start - 24), found.start)):  # ("came a day after": turned already)
            found = replace(found, date=found.date - dt.timedelta(days=2 * days))
    # history ("the Treaty signed in 1992") happened where its sentence says, not where today's story is filed
    today = published or (dt.date(context.year_hint, 12, 31) if context.year_hint else None)
    # measured from the end of the period the date names ("in 2021" lasts to December)
    span = {"year": 364, "month": 30, "week": 6}.get(found.precision, 0) if found is not None else 0
    historical = found is not None and found.date is not None and today is not None and (today - found.date).days - span > HISTORY_DAYS
    status = _status(tools.words, sentence, at - start, found, published, trigger.event_type in tools.words.verbal, trigger.event_type,
                     trigger.own_date, trailing.start if trailing is not None else 0)
    if (status == "happened" and published is None and context.published_month is not None and found is not None and found.date is not None
            and found.date > _month_end(context.published_month) and not (found.precision == "day" and _TOLD_DONE.search(sentence))):
        status = "planned"  # "put off until a session in April", in a story of the December before: still to come
    if (status == "happened" and published is None and context.published_year is not None and found is not None and found.date is not None
            and found.date.year > context.published_year.year and not _TOLD_DONE.search(sentence)):
        status = "planned"  # ("the US withdrawal from Afghanistan in 2014", in a story of 2012: still to come)
    # (in a story known only to its month, a date before that month is as much the past)
    story_day = published or context.published_month
    story_start = story_day or context.published_year
    if (status == "planned" and trigger.own_date and found is not None and found.date is not None
            and story_start is not None and _last_day(found) < story_start):
        status = "happened"  # ("will not back the 2 May 2031 decision": a noun its past date names)
    if status == "hypothetical" and found is not None and found.date is not None and story_day is not None and not found.ahead and found.date <= story_day:
        found = None  # "X said today that the bloc may deploy observers": the day it was said, not a day of the deployment
    # (a dateline says where the story is filed today: not where history happened, nor where what is to come will)
    # (nor where a day some days before the story happened: "MOSCOW … On 5 June the two sides agreed a ceasefire")
    days_before = found is not None and found.date is not None and found.precision == "day" and published is not None and (published - found.date).days > 2
    # (and a month before the story's, for what the bloc itself decided: "MOSCOW, Oct. 2 … The CSTO … agreed in early February
    # to form …" was agreed in no one member, not where the story is filed)
    month_before = (found is not None and found.date is not None and found.precision == "month" and story_day is not None
                    and (found.date.year, found.date.month) < (story_day.year, story_day.month))
    # (an act of a bloc's own, "the CSTO approved the plan", happened in no one member unless the sentence or the
    # story's dateline says where: not in the country the article is mostly about)
    bloc = agents_listed or several or (source is None and _bloc_subject(tools.registry, [m for m in mentions if first <= m.start < at], where.masked[start:at], start))
    # ("ASTANA, May 20 … The heads of state of the bloc signed a pact on May 3": what its members did together
    # some days before the story, in none of them and not where the story is mostly about)
    bloc = bloc or (source is None and days_before and _BLOC_MEMBERS_LEAD.match(where.masked, first, at) is not None)
    # (and a meeting of the bloc's own bodies, "a sitting of the alliance's defence council took place", the same;
    # such an act is not placed in a country the sentence merely names, "Tajikistan's envoy", unless it is a visit)
    bloc = bloc or (source is None and trigger.event_type == "CONSULT" and trigger.mode == "meet"
                    and _bloc_owned(tools.registry, mentions, where.masked, at + len(words)))
    if source is None and trigger.event_type == "CONSULT" and not bloc:
        # ("Following a meeting of Armenia's National Security Council, …": a state's own body met, in that state)
        source = _state_owner(tools.registry, mentions, where.masked, at, at + len(words))
    office = False
    # (the actor named nearest before the trigger: "X, who became the CSTO Secretary General", "Armenia recalled its …")
    subject = next((m for m in reversed(mentions) if first <= m.start < at and m.actor_type in ("person", "country", "organisation")), None)
    # (and whoever a bloc's own body relieves or appoints: "the Collective Security Council relieved X of his duties as …")
    body = subject is not None and subject.actor_type == "organisation" and subject.actor_id in tools.registry.actors and (
        tools.registry.actors[subject.actor_id or ""].country is None)
    if (trigger.event_type == "APPOINT" and (subject is None or subject.actor_type == "person" or body)
            and (_BLOC_OFFICE.search(sentence, at - start, at - start + len(words) + 80)
                 or ((_PASSIVE_OFFICE.match(words) is not None or tools.words.takes_office.match(words) is not None)
                     and _BLOC_OFFICE.search(sentence, max(0, at - start - _OFFICE_BEFORE), at - start)))):
        # an office of the bloc ("X will start acting as Secretary General of the CSTO") is taken in no member's country,
        # whatever the nationality of whoever takes it, unless the sentence or the dateline says where (a state that
        # recalls its national from the office acts in its own country)
        source, bloc, office = None, True, True
    if trigger.event_type == "APPOINT" and _BLOC_TENURE.search(sentence, max(0, at - start - 40), at - start + len(words) + 40):
        # ("the CSTO's presidency will pass to X", "Russia will take over the bloc's chairmanship"): the bloc's rotating
        # chair changes hands in no member's country, as its secretary general's office does (docs/annotation.md)
        source, bloc, office = None, True, True
    if trigger.event_type == "AGREE" and trigger.own_date and _JOINT_DOCUMENT.search(words):
        # ("Putin recalled the trilateral statement of 9 November", "le dichiarazioni dei leader di A, B e C datate …"):
        # a document of several leaders was agreed by all of them, in no one's country unless the sentence says where
        source, bloc = None, True
    if trigger.event_type == "AGREE" and _FOUNDED_FIRST.match(words):
        # "Created in 1992, the bloc groups …": a founding told by the participle that opens a background sentence is
        # the bloc's own, in no one member (the subject comes after the trigger, so is not read above)
        source, bloc = None, True
    if trigger.event_type == "CONSULT" and _AT_CROSSING.match(where.masked, at + len(words)):
        # "the governors of the provinces along the border met at a border crossing": the two sides' meeting on the line
        # between them, in neither state unless the sentence names a place
        source, bloc = None, True
    mutual = trigger.event_type in ("ACCUSE", "THREATEN", "FIGHT") and _RECIPROCAL.match(where.masked, at + len(words)) is not None
    if mutual:
        # "the two republics accused each other of …", "si sono accusate a vicenda": each side's act against the other,
        # in neither of them unless the sentence says where (not the article's main country, nor the dateline's city)
        source, bloc = None, True
    paired = trigger.event_type == "COOPERATE" and _paired_drill(tools, sentence, at - start, at - start + len(words))
    if paired:
        # "the Russia-Belarus drills", "le manovre russo-bielorusse": two states' joint drill, in neither of them (nor in
        # the dateline's city) unless the sentence says where
        source, bloc = None, True
    truce = trigger.event_type == "AGREE" and _TRUCE.search(sentence, at - start, at - start + len(words) + _TRUCE_REACH) is not None
    if truce:
        # ("A agreed to a truce with its neighbour B", "A and B agreed a full ceasefire"): what the two
        # warring sides agreed, in neither of them (nor in the dateline's city) unless the sentence says where
        source, bloc = None, True
    if trigger.event_type == "AGREE" and _SEVERAL_PARTIES.search(words):
        # "signing the trilateral ceasefire agreement": several states' act, in none of them unless the sentence says where
        source, bloc = None, True
    if trigger.event_type == "AGREE" and _BLOC_DECISION.search(words):
        # "X announced the organization's decision to send forces to Y": the bloc decided, in none of its members
        source, bloc, office = None, True, True
    if trigger.event_type == "AGREE" and status == "negated" and not _ANY_OBJECT.search(words):
        # "did not sign the final declaration", "non ha firmato": a refusal, which PLOVER codes as REJECT (not "did not
        # sign any agreement", which refuses no document)
        # (placed as a refusal is: where its refuser is, not the dateline's city)
        trigger, status = replace(trigger, event_type="REJECT"), "happened"
    if trigger.event_type == "ASSAULT" and _ATTACK_ON.search(words) and _state_next(tools.registry, sentence, at - start + len(words)):
        # "the Azerbaijani attack on Armenia": an attack on a state is war between two, not violence against people
        trigger = replace(trigger, event_type="FIGHT")
    if (trigger.event_type == "RETREAT" and _BARE_WITHDRAWAL.fullmatch(words) and not _WITHDRAWN_WHAT.match(sentence, at - start + len(words))
            and _MEMBERSHIP_LEFT.search(sentence)):
        # "has suspended its participation in the bloc again; its first withdrawal, in 2031, …": leaving the
        # bloc, told by the noun alone, is the membership's suspension (SANCTION), not forces pulled back
        trigger = replace(trigger, event_type="SANCTION")
    # (nor where a bloc's office changed hands: "YEREVAN … the CSTO Secretary General has been dismissed")
    # (nor where fighting was, or what two other states agreed, when the story names the dateline's country nowhere else: a
    # wire reporting from its capital)
    foreign = (trigger.event_type in ("FIGHT", "ASSAULT") or several) and not context.dateline_named
    # (nor what the story dates to a month some months before its own: "In November 2018, Armenia recalled …" in a
    # story filed in Minsk a year later)
    months_before = (found is not None and found.date is not None and found.precision == "month" and story_day is not None
                     and (story_day.year - found.date.year) * 12 + story_day.month - found.date.month >= _STALE_MONTHS)
    # (nor what the story dates to its own month as before its day: "MOSCOW, 10 May … Earlier in May, the alliance urged …",
    # "earlier this month": done before the day the story is filed, not where it is filed)
    earlier_month = (found is not None and found.precision == "month"
                     and _EARLIER_IN.search(sentence, max(0, found.start - _EARLIER_IN_REACH), found.start) is not None)
    filed_at = (None if historical or days_before or months_before or (month_before and bloc and trigger.event_type == "AGREE") or status == "planned" or office
                or foreign or mutual or earlier_month or paired or truce else context.dateline_place)
    # (fighting told in a paragraph about the border between two states, the sentence naming no place of it, is between
    # them, not in the state the story names most: "I confini tra i due Paesi … Nell'aprile del 2021 una disputa ha
    # portato a scontri …")
    between_two = trigger.event_type in ("FIGHT", "ASSAULT") and _two_state_border(tools, where.masked)
    # (and border fighting told in a paragraph that names the two states as a pair: "gli scontri frontalieri … i
    # negoziati kirghiso-tagiki")
    between_two = between_two or (trigger.event_type in ("FIGHT", "ASSAULT") and _BORDER_WORD.search(where.masked, at, at + len(words) + _BORDER_WORD_REACH) is not None
                                  and _pair_named(tools, where.masked))
    # (and fighting, a withdrawal or a truce told of "the two countries" or "both sides": "colpi sparati tra i posti di
    # frontiera dei due paesi", "da entrambe le parti è stato ordinato il ritiro")
    between_two = between_two or (trigger.event_type in ("FIGHT", "ASSAULT") and _BOTH_SIDES.search(where.masked) is not None)
    between_two = between_two or (trigger.event_type in ("RETREAT", "AGREE") and _BOTH_SIDES.search(sentence) is not None)
    # (and border fighting in a sentence that names two states: "A and B agreed on a truce after border clashes this week")
    between_two = between_two or (trigger.event_type in ("FIGHT", "ASSAULT") and _BORDER_WORD.search(where.masked, max(start, at - _BORDER_WORD_REACH), at + len(words) + _BORDER_SENTENCE_REACH) is not None
                                  and len({m.actor_id for m in mentions if start <= m.start < end and m.actor_type == "country"}) >= 2)
    # (and fighting a state's own words name as waged by or with a state, in a sentence that names another: "the
    # September 13 attack by Azerbaijan", "Azerbaijan's offensive along the border", "military action with Azerbaijan")
    warring = trigger.event_type in ("FIGHT", "ASSAULT") and _states_fighting(tools.registry, sentence, at - start, len(words))
    between_two = between_two or warring
    # (and fighting the sentence does not place in a story whose title names the two states as a pair: "L'escalation al
    # confine tra X e Y … più vittime dei combattimenti della primavera del 2031")
    between_two = between_two or (trigger.event_type in ("FIGHT", "ASSAULT") and context.pair_title)
    # (a fight between the two states is placed by neither side's actor)
    place, spread = _place(tools, trigger, sentence, at - start, found.date if found else None, people, None if between_two else source,
                   None if between_two else filed_at,
                   # (forces the bloc or several states deploy go somewhere: failing a place the sentence names, the
                   # country the story is about, not none)
                   _no_country if historical or (bloc and not (trigger.event_type == "MOBILIZE" and not office)) or between_two else context.main_country,
                   first - start, named=not historical and not office and not between_two and (not bloc or trigger.mode == "visit"),
                   warring=warring, titled=context.titled_country)
    owned = _STATE_OWNS.search(sentence, max(0, at - start - _STATE_OWNS_REACH), at - start) if trigger.event_type in _DOMESTIC else None
    if owned is not None:
        # ("fears of unrest during Kyrgyzstan's October 15 presidential election", after "a trip to Russia"): a state's own
        # affair named by its owner's possessive is that state's, wherever else the sentence goes
        owner_place = next((p for p in tools.gazetteer.find(sentence[: owned.start()], None) if p.precision == "country" and p.end == owned.start()), None)
        if owner_place is not None and owner_place.country:
            place, spread = owner_place, ()
    elected = _ELECTED_TO.match(sentence, at - start + len(words)) if trigger.event_type == "ELECTION" else None
    if elected is not None:
        # ("Rieletto domenica capo dello Stato del Tagikistan, X vola a Mosca …", "re-elected President of
        # Kyrgyzstan"): an election to a state's office is that state's, whatever country the sentence goes on to
        office_place = next((p for p in tools.gazetteer.find(sentence, None) if p.precision == "country" and p.start == elected.end()), None)
        if office_place is not None and office_place.country:
            place, spread = office_place, ()
    if office and trigger.event_type == "AGREE" and place is not None and place.start > at - start:
        place, spread = None, ()  # (Y, in what the bloc decided, is where the forces go, not where it decided)
    if (place is None and not spread and trigger.event_type in _DOMESTIC and not historical and not bloc
            and not _BLOC_NOUN.search(sentence) and not tools.words.bloc_wide.search(sentence)):
        country = context.named_country()  # ("si dimette il presidente del Kirghizistan": no place, but the state's affairs)
        if country is not None:
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country")
    elif place is None and not spread and trigger.event_type in _DOMESTIC and historical and not bloc and source is None:
        # (a state's own affairs of years before, told in a paragraph that names that state and no other: "mass protests
        # were held in X after the elections … During the protest held on <day>, …" was in X, whatever the story is about)
        states = {tools.registry.actors[m.actor_id or ""].country for m in mentions
                  if m.actor_type == "country" and m.actor_id in tools.registry.actors and m.start < end}
        if not states:
            # (and, with no state named, the state of the one the sentence names: "the 2020 revolt that almost unseated
            # President X" was in X's state)
            states = {tools.registry.actors[m.actor_id or ""].country for m in mentions
                      if m.actor_type == "person" and m.actor_id in tools.registry.actors and start <= m.start < end}
        state = states.pop() if len(states) == 1 else None
        if state is not None:
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(state), state, None, None, "country")
    session_day = found.date if found is not None and found.precision == "day" else (
        (lead or (published if undated else None)) if found is None and status == "happened" else None)
    session_at = None
    if (place is None or not place.text) and session_day is not None and (
            any(m.actor_id == _SUMMIT_BODY for m in mentions if first <= m.start < at) or _HEADS_OF_STATE.search(sentence)
            or (trigger.event_type == "CONSULT" and _GATHERING.search(sentence, at - start, at - start + len(words) + _SUMMIT_REACH))):
        # ("MINSK, 28 November … The bloc's heads of state confirmed X's appointment"): what the bloc's leaders did on the day
        # the reference calendar holds their session happened where the session was, not where the story is filed (and so
        # did a summit the story tells with no place: "the issues discussed at the summit")
        session_at = _session_country(tools, session_day, "day")
    elif ((place is None or not place.text) and found is not None and found.date is not None and found.precision == "month"
          and (any(m.actor_id == _SUMMIT_BODY for m in mentions if first <= m.start < at + len(words) + _SUMMIT_REACH)
               or _HEADS_OF_STATE.search(sentence))):
        # ("what the council decided at its session in <month> <year>", no place told): the council's session in a month
        # the reference calendar holds one session of was where that session was
        session_at = _session_country(tools, found.date, "month")
    if session_at is not None:
        place, spread = PlaceFound("", 0, 0, tools.gazetteer.country_name(session_at), session_at, None, None, "country"), ()
    if (trigger.event_type == "AGREE" and place is not None and place.text and published is not None and _TO_DO.search(words)
            and place.start >= at - start + len(words) and found is None):
        place, spread = None, ()  # ("decided to discuss it in <city> on <later day>": where what was decided will happen)
    act = _DECISION_ACT.match(where.masked, at) if trigger.event_type == "AGREE" and place is not None and place.text else None
    if act is not None and place is not None and place.start >= act.end() - start:
        # ("ha deciso martedì in una sessione … di inviare una missione in Armenia": where the decided act goes, not where
        # the decision was made; the deciding state's own country, if the sentence names one)
        place, spread = (PlaceFound("", 0, 0, tools.gazetteer.country_name(source), source, None, None, "country") if source else None), ()
    if trigger.mode == "visit" and (place is None or not place.text):
        # a visit happens where its host is: "a trip to see the council's chair, the Belarusian president X"
        hosts = (tools.registry.actors[m.actor_id] for m in mentions
                 if at < m.start < at + 120 and m.actor_id is not None and m.actor_id in tools.registry.actors and _VISIT_TO.match(where.masked, at, m.start))
        country = next((actor.country for actor in hosts if actor.country), None)
        if country is None and _VISIT_TO_THIS.match(where.masked, at + len(words)):
            # ("Putin's state visit to this Transcaucasian country", "la visita in questo Paese"): the country the
            # paragraph named last before it, not the visitor's own
            before = [p.country for p in tools.gazetteer.find(where.masked[:at], None) if p.precision == "country" and p.country and p.country != source]
            country = before[-1] if before else None
        if country is not None:
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country")
    leaders = (_LEADERSHIP_OF.search(where.masked, at + len(words), min(end, at + len(words) + _LEADERSHIP_REACH))
               if trigger.event_type == "CONSULT" and (place is None or not place.text) else None)
    if leaders is not None:
        # ("the envoy met with the civil and military leadership of X on Monday"): a meeting with a state's leaders is
        # held in that state, when nothing else places it
        led = [p for p in tools.gazetteer.find(where.masked[leaders.end() : leaders.end() + 40], None) if p.precision == "country" and p.start == 0]
        if led and led[0].country:
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(led[0].country), led[0].country, None, None, "country")
    if ((place is None or not place.text) and trigger.event_type not in tools.words.verbal
            and _THE_COUNTRY.search(where.masked, at, at + len(words) + _THE_COUNTRY_REACH)):
        # "le truppe cominceranno a lasciare il Paese", "will leave the country": the country the paragraph named last
        # (not whom a statement addresses: "urged the country's parties to talk")
        countries_told: list[tuple[int, str]] = [(p.start, p.country) for p in tools.gazetteer.find(where.masked[:at], None) if p.precision == "country" and p.country]
        # (or by its people's name only: "Kazakh President X said troops would leave the Central Asian country"; not
        # the state that leads a force: "Russia-led forces")
        countries_told += [(w.start(), tools.registry.country_words.get(fold(w.group(0))) or "") for w in tools.country_words.finditer(where.masked, 0, at)
                  if not tools.words.led_by.match(where.masked, w.end())]
        countries_told = [(a, c) for a, c in countries_told if c]
        country = max(countries_told)[1] if countries_told else None
        if country is not None:
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country")
    host = _COUNTRY_HOSTS.search(where.masked, max(start, at - 90), at) if place is None or not place.text else None
    if host is not None:
        # "il paese ospiterà le manovre", "the country will host the drills": the country named last before it, by name
        # or by one of its bodies ("the Armenian defence ministry said that the country will host …")
        hosts_named: list[tuple[int, str]] = [(p.start, p.country) for p in tools.gazetteer.find(where.masked[: host.start()], None)
                                              if p.precision == "country" and p.country]
        hosts_named += [(m.start, m.country) for m in mentions if m.end <= host.start() and m.country and m.actor_type in ("organisation", "country")]
        if hosts_named:
            hosting = max(hosts_named)[1]
            place = PlaceFound("", 0, 0, tools.gazetteer.country_name(hosting), hosting, None, None, "country")
    virtual = place is not None and not place.text and _during_call(tools.words, sentence, at - start)
    if virtual:
        place = None  # "during the call, the two presidents agreed …": agreed on the call, nowhere
    in_sentence = [m for m in mentions if start <= m.start < end and m.actor_type != "media"]
    actors, roles = _actors(tools.registry, in_sentence, at)
    date_source = "none"
    # "Pashinyan also accused Russia of …" further down a one-occasion story: a statement with no date in a
    # paragraph with no mark of the past, not reported by a cue nor set after "after", is the story's news too
    # (and so is the address the statements were made in: "…», ha detto Tokayev ai legislatori", "X told lawmakers")
    said = (undated and dateless and cue is None and (trigger.event_type in tools.words.verbal or bool(tools.words.address.search(words)))
            and not _EARLIER.search(sentence[: at - start]) and not _BACKGROUND.search(line))
    # (and a statement the speaker makes in the words reported, in the present: "X stressed that he welcomes the accord",
    # "ha detto che condanna …": the welcoming is the speaking, on the story's day)
    said = said or (undated and dateless and trigger.event_type in tools.words.verbal and cue is not None
                    and _OWN_ACT_NOW.search(sentence, max(0, at - start - 30), at - start) is not None
                    and _PRESENT_REACTION.match(words) is not None and not _BACKGROUND.search(line))
    # (and an act told as done by the story's day, the trigger its own verb: "planes have already been deployed to …")
    said = said or (undated and any(m.start() <= at - start < m.end() for m in _DONE_BY_NOW.finditer(sentence)))
    # ("<what was said, with its own years>, X said at the session in <city>": the occasion of a trailing attribution is
    # judged by the attribution's words, not by the past or the years of what was said)
    spoken = next((c for c in reversed(cues) if c.kind == "speech" and c.end <= at - start and not _THAT_NEXT.match(sentence, c.end)), None)
    opens = sentence.rfind(",", 0, spoken.start) if spoken is not None else -1
    told_from = opens + 1 if opens >= 0 and spoken is not None and len(sentence[opens + 1 : spoken.start].split()) <= _SOURCE_WORDS else 0
    told, told_at = sentence[told_from:], at - start - told_from
    named_year = (found is not None and found.precision == "year" and found.date is not None and published is not None
                  and found.date.year == published.year and sentence[max(0, found.start - 1) : found.start] in ("-", "–")
                  and status == "happened" and (bool(_UNDER_WAY.search(sentence)) or _reports_news(context, number, sentence)))
    if named_year:
        # "during the ongoing drills, Frontier-2031": the year is the drill's name; the drill is under way
        # on the story's day (and so is one the story's opening reports done: "the Frontier-2031 drill was completed")
        found = DateFound("published", 0, 0, published, "day", 0.5)
        date_source = "published"
    elif found is not None and found.date is not None:
        date_source = "text" if found.explicit_year or (published and context.year_source == "text") else context.year_source
    elif reported_on is not None and status == "happened":
        found = replace(reported_on, confidence=0.5)
        date_source = "statement"
    elif (lead is not None and status not in ("planned", "hypothetical") and not tools.words.lately.search(sentence)
          and not _topic_only(tools.words, sentence, at - start)):
        # the lead sentence of an agency report happened on its dateline's day (not what it says has gone on
        # lately: "a rise in the number of clashes has been seen lately"; nor what it names as a topic or a backdrop,
        # as for the story's day below)
        found = DateFound("dateline", 0, 0, lead, "day", 0.6)
        date_source = "dateline" if context.year_source == "text" else context.year_source
        known = _calendar_day(tools, trigger.event_type, place.country if place else None, lead) if undated else None
        if known is not None and known != lead:
            # ("MOSCOW, <the day after> (Agency): the Kremlin hosted the bloc's summit": the session the reference calendar
            # holds there in the days up to the dateline is the one its lead reports)
            found, date_source = DateFound("dateline", 0, 0, known, "day", 0.6), "calendar"
    elif undated and status == "happened" and _story_news(context, where, number, published, told, said, told_at, sentence, at - start):
        # a news report of the event itself, with no date words: dated by the story, and said so; the
        # reference calendar knows the day of the sessions a story reports a day or two later
        # (or by the day before the story's that the lead names: "States yesterday proposed … . The bloc met in Moscow …")
        known = _calendar_day(tools, trigger.event_type, place.country if place else None, published)
        if context.lead_day is not None and not known and trigger.event_type not in tools.words.verbal:
            found, date_source = DateFound("lead", 0, 0, context.lead_day, "day", 0.5), "article_context"
        else:
            found = DateFound("published", 0, 0, known or published, "day", 0.6 if known else 0.5)
            date_source = "calendar" if known else "published"
    elif undated and status == "happened" and _story_news(context, where, number, context.published_month, told, said, told_at, sentence, at - start):
        # the same, in an article published "in November 2023": the event is dated to that month, and said so (and a
        # session the reference calendar holds in that month and country, to its day)
        known = _calendar_day(tools, trigger.event_type, place.country if place else None, context.published_month, month=True)
        found = DateFound("published", 0, 0, known or context.published_month, "day" if known else "month", 0.5 if known else 0.4)
        date_source = "calendar" if known else "published"
    elif undated and status == "happened" and _story_news(context, where, number, context.published_year, told, said, told_at, sentence, at - start,
                                                           year=True):
        # (and in one known only to its year, "published in 2003": to that year, and said so)
        found, date_source = DateFound("published", 0, 0, context.published_year, "year", 0.3), "published"
    if ((found is None or found.date is None) and undated and status == "happened" and trigger.event_type == "CONSULT"
            and place is not None and place.country and published is not None and tools.words.named_session.search(words)):
        # ("… in his speech at a summit in the host's capital", further down a story of the next day): the session the
        # reference calendar holds in that country in the days up to the story is the one it tells, wherever it tells it
        known = _calendar_day(tools, trigger.event_type, place.country, published)
        if known is not None:
            found, date_source = DateFound("published", 0, 0, known, "day", 0.5), "calendar"
    if ((found is None or found.date is None) and undated and status == "planned" and trigger.event_type == "CONSULT"
            and place is not None and place.country and published is not None
            and _story_news(context, where, number, published, told, said, told_at, sentence, at - start)):
        # ("X will join the summits of the two blocs in Dushanbe", opening a story with no day for them): the one
        # session the reference calendar holds in that country in the fortnight after the story is the one to come
        coming = set(_calendar_days_between(tools, trigger.event_type, place.country, published, published + dt.timedelta(days=_COMING_DAYS)))
        if len(coming) == 1:
            found, date_source = DateFound("published", 0, 0, coming.pop(), "day", 0.5), "calendar"
    story_day = published or (_month_end(context.published_month) if context.published_month is not None else None)
    if ((found is None or found.date is None) and undated and status == "happened" and trigger.event_type == "CONSULT"
            and place is not None and place.country and place.text and story_day is not None
            and _NAMED_BY_CITY.search(sentence.replace(place.text, "\0"))):
        # "the text was not signed at the Minsk summit", "al vertice di Minsk": a session named by its city is the last one the
        # reference calendar holds in that country before the story (within a season)
        known = _last_calendar_day(tools, trigger.event_type, place.country, story_day)
        if known is not None:
            found, date_source = DateFound("published", 0, 0, known, "day", 0.5), "calendar"
    if (found is not None and found.date is not None and found.precision in ("week", "month") and status == "happened"
            and trigger.event_type == "CONSULT" and place is not None and place.country and _WEEK_WORDS.search(found.text)):
        # ("the informal summit held in the capital late last week", in a story known only to its month):
        # the one session the reference calendar holds in that country within that week (or month) is its day (not a
        # month the text names: "in January" stays a month)
        last = found.date + dt.timedelta(days=6) if found.precision == "week" else _month_end(found.date)
        held = set(_calendar_days_between(tools, trigger.event_type, place.country, found.date, last))
        if len(held) == 1:
            found, date_source = replace(found, date=held.pop(), precision="day"), "calendar"
    confidence = 0.4 + 0.3 * (found.confidence if found and found.date else 0) + 0.15 * bool(place) + 0.15 * bool(actors)
    evidence = line[start:end].strip()
    ev_start = start + (len(line[start:end]) - len(line[start:end].lstrip()))
    use_english = context.use_english
    offset, orig_offset = context.offsets[number], context.orig_offsets[number]
    key = f"{article_id}|{number}|{ev_start}|{trigger.event_type}"
    quad, _ = EVENT_TYPES[trigger.event_type]
    record = EventRecord(
        event_id=hashlib.sha256(key.encode("utf-8")).hexdigest()[:16],
        article_id=article_id,
        segment_no=number,
        event_type=trigger.event_type,
        quad_class=quad,
        mode=("virtual" if trigger.mode == "phone" else trigger.mode),
        context=list(_contexts(tools.words, line)),
        event_date=found.date if found else None,
        date_precision=found.precision if found and found.date else "unknown",
        date_text=found.text if found else None,
        date_source=date_source,
        place_text=(place.text or None) if place else None,
        place=place.name if place else None,
        country=place.country if place else None,
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        geo_precision=("virtual" if trigger.mode == "phone" or virtual else (place.precision if place else "unknown")),
        actors=actors,
        actor_roles=roles,
        evidence_en=evidence if use_english else None,
        char_start=offset + ev_start if use_english else None,
        char_end=offset + ev_start + len(evidence) if use_english else None,
        evidence_original=article.clean.lines[number],
        orig_char_start=orig_offset,
        orig_char_end=orig_offset + len(article.clean.lines[number]),
        status=status,
        confidence=round(min(confidence, 1.0), 3),
        trigger=words,
    )
    if place is not None or not spread:
        return [record]
    # one event in each country of the list, each placed, with an id of its own ("…|KAZ")
    return [replace(record, event_id=hashlib.sha256(f"{key}|{p.country}".encode()).hexdigest()[:16], place_text=p.text, place=p.name,
                    country=p.country, latitude=p.latitude, longitude=p.longitude, geo_precision=p.precision,
                    confidence=round(min(record.confidence + 0.15, 1.0), 3)) for p in spread]


#: "from" right before a name: "threats from Afghanistan", "dall'Afghanistan".
_FROM_BEFORE = re.compile(r"\b(?:from|da|dal|dall['’])\s*$", re.IGNORECASE)
#: "the country" as the subject right before a trigger: "the country suspended", "il Paese ha sospeso".
_COUNTRY_SUBJECT = re.compile(r"\b(?i:the\s+(?:country|republic)|il\s+paese|la\s+repubblica)\s+(?:[a-z]+\s+){0,2}$")
_DIGITS = re.compile(r"\d")
#: A quotation of at most this many words is read as part of its sentence, not hidden as someone's words.
SCARE_WORDS = 3
#: Paragraphs (after a headline) that carry the news of the day; later ones give background.
NEWS_PARAGRAPHS = 2
#: An event this many days before the story is background history: its place is not the story's.
HISTORY_DAYS = 365
def _session_country(tools: EventTools, when: dt.date, precision: str) -> str | None:
    """Where the reference calendar holds the bloc's session on ``when``'s day, or in its month when ``precision`` is
    "month" (the one country of that month's sessions, if they were all in one), if it holds one."""
    held = {e.country for e in tools.calendar if e.precision == "day" and "CONSULT" in e.types and e.country
            and (e.date == when if precision == "day" else (e.date.year, e.date.month) == (when.year, when.month))}
    return next(iter(held)) if len(held) == 1 else None


#: The registry's id of the bloc's council of heads of state, whose sessions the reference calendar holds.
_SUMMIT_BODY = "csc"
#: The bloc's heads of state, named by their office: "signed by the heads of states", "dai capi di Stato".
_HEADS_OF_STATE = re.compile(r"\bheads\s+of\s+states?\b|\bcapi\s+di\s+[Ss]tato\b"
                             # (and the member states' leaders: "the leaders of member-countries will decide at a meeting")
                             r"|\bleaders\s+of\s+(?:the\s+)?(?:CSTO\s+)?member[\s-]+(?:countries|states|nations)\b", re.IGNORECASE)
#: How far after a meeting's trigger its noun may stand: "discussed at the summit".
_SUMMIT_REACH = 20
#: How many months before the story's own a month-dated event must be for the dateline not to place it.
_STALE_MONTHS = 6
#: How many opening paragraphs may hold an agency dateline ("DUSHANBE, September 15. /TASS/.").
DATELINE_LINES = 6
#: How far down the first paragraph of some length may be an agency dateline under a page's short header lines.
HEADER_LINES = 12
#: Words that put a sentence's events before the news of the day.
_BACKGROUND = re.compile(
    # ("X recalled that when …": what a speaker recalls is the past)
    # ("a few hours ago", "poche ore fa": earlier the same day, the day's news)
    r"\b(?:earlier|previously|formerly|in\s+the\s+past|once(?!\s+(?:again|more)\b)|(?<!hours\s)(?<!hour\s)(?<!minutes\s)ago|since|had\s+been|had\s+\w+ed|(?:19|20)\d{2}|"
    r"(?:recalled|recalls|reminded|ricordato|ricorda|ricordava)\s+(?:that|che|come)|"
    # (and what a wire sets before the reader again: "Recall, X has asked …", "As a reminder, …", "Ricordiamo che …")
    r"recall(?=\s*[,:])|as\s+a\s+reminder|ricordiamo(?:\s+che)?|"
    # ("the leaders afterwards complained …": after what the article told before, not the day's news)
    r"afterwards|afterward|subsequently|successivamente|"
    # ("Aftermath of the riots in X", "in the wake of the protests": what came before the day the story tells)
    r"aftermath\s+of|in\s+the\s+wake\s+of|all['’]indomani\s+de(?:l|lla|lle|i|gli)|"
    # ("the government has long criticized the bloc", "da tempo critica": a stance held over years, no act of the day)
    r"(?:has|have|had)\s+long|for\s+(?:years|decades)|da\s+(?:tempo|anni)|"
    # ("il primo colloquio da quando è cominciata la crisi": what began before the news, and has gone on since)
    r"da\s+quando|sin\s+da(?:l|lla|lle|i|gli|ll['’])?|fin\s+da(?:l|lla|lle|i|gli)?|"
    r"recent|recenti|recente|recentemente|lately|of\s+late|ultimamente|in\s+precedenza|scors[oaie](?!\s+ore)|(?<!ore\s)(?<!ora\s)(?<!minuti\s)fa|aveva|avevano|era\s+stat[oa]|dall'inizio|\w+(?:arono|erono|irono)|fu|furono)\b",
    re.IGNORECASE,
)





#: A short label a headline or a subheading opens with, then a colon: "Slap to Moscow: …", "Schiaffo a Mosca: …".
_LABEL = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+:\s")

#: Event types that unfold over days: troops sent in or brought home over a week.
_UNFOLDING = frozenset({"MOBILIZE", "RETREAT"})


#: A setting a sentence puts what it tells in, one that came before the story's: "came up during the last meeting
#: of the two presidents", "al precedente vertice" (not the day's news, and undated).
_PAST_SETTING = re.compile(r"\b(?:during|at|in\s+the\s+course\s+of|on\s+the\s+sidelines\s+of|durante|al|nel\s+corso\s+del)\s+"
                           r"(?:the|their|its|his|her|il|la|l['’])\s*(?:last|previous|prior|precedente|ultim[oa])\s+"
                           r"(?:meeting|summit|session|talks|visit|conversation|vertice|incontro|riunione|sessione|colloquio)\b", re.IGNORECASE)


#: How many days after a story a session it announces with no day of its own is looked for in the reference calendar.
_COMING_DAYS = 14


def _calendar_day(tools: EventTools, event_type: str, country: str | None, published: dt.date | None, month: bool = False) -> dt.date | None:
    """The day of the one calendar event of this type and country in the three days up to ``published`` (with
    ``month``, in the month ``published`` stands for: a story known only to its month); not for a deployment or a
    withdrawal, which goes on for days: a story's report of it is that day's news."""
    if published is None or event_type in _UNFOLDING:
        return None
    first, last = ((published.replace(day=1), _month_end(published)) if month else (published - dt.timedelta(days=3), published))
    days = set(_calendar_days_between(tools, event_type, country, first, last))
    return days.pop() if len(days) == 1 else None


def _calendar_days_between(tools: EventTools, event_type: str, country: str | None, first: dt.date, last: dt.date) -> Iterable[dt.date]:
    """The days of the reference calendar's events of this type and country from ``first`` to ``last``."""
    return (entry.date for entry in tools.calendar if entry.precision == "day" and event_type in entry.types
            and entry.country == country and first <= entry.date <= last)


#: A session named by its city (the city written as NUL): "the Yerevan summit", "il vertice di Minsk".
_NAMED_BY_CITY = re.compile(r"\0\s+(?:summit|session)\b|\b(?:vertice|summit|sessione)\s+di\s+\0", re.IGNORECASE)
#: How many days before a story a session it names by its city may be.
_NAMED_SESSION_DAYS = 120


def _last_calendar_day(tools: EventTools, event_type: str, country: str, story: dt.date) -> dt.date | None:
    """The day of the last calendar event of this type and country in the ``_NAMED_SESSION_DAYS`` up to ``story``."""
    return max(_calendar_days_between(tools, event_type, country, story - dt.timedelta(days=_NAMED_SESSION_DAYS), story), default=None)


def _past_told_before(context: _Context, where: _Sentence, story: dt.date) -> bool:
    """"… during a summit in <city> last November. The premier turned down the offer.": a paragraph whose earlier
    sentence put its telling in a month or a day before the story's goes on in that past, not with the day's news."""
    before = where.masked[: where.start]
    tools = context.tools
    if not before.strip() or not tools.date_words.month_gate.search(before):
        return False
    found = find_dates(tools.date_words, before, tools.parser, context.published, None, context.year_hint, story_month=context.published_month, story_year=context.published_year)
    return any(d.date is not None and d.precision in ("day", "week", "month") and d.date < story.replace(day=1) for d in found)


def _spoken_on(context: _Context, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> dt.date | None:
    """The day, within the month a story is known to, on which one of its opening paragraphs says its source
    spoke: "…, X said on October 7, TASS reports." (None when they name no such day)."""
    tools, month = context.tools, context.published_month
    first = context.first_news or 0
    for _, _, masked, _ in prepared[first : first + NEWS_PARAGRAPHS]:
        for cue in find_cues(tools.quote_words, masked):
            if cue.kind != "speech":
                continue
            said = find_dates(tools.date_words, masked[cue.end : cue.end + 40], tools.parser, None, None, context.year_hint,
                              story_month=month)
            day = next((d for d in said if d.start <= 4 and d.precision == "day" and d.date is not None), None)
            if day is not None and month is not None and day.date is not None and day.date.replace(day=1) == month:
                return day.date
    return None


def _first_body_of(context: _Context) -> int:
    """The paragraph the story's news opens on: the one a dateline opens, else the first after the title."""
    return context.first_news if context.first_news is not None else (0 if context.article.title_derived else 1)


def _lead_day(context: _Context, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> dt.date | None:
    """The day the story's lead names by a word counted from the story ("yesterday", "on Monday"), when it is the lead's
    only date, falls before the story's day and dates no event the lead names: a wire's news of the day before ("States
    yesterday proposed sending helicopters …"), whose meeting the opening paragraphs go on to tell."""
    first_body = _first_body_of(context)
    lead = next((masked for n, _, masked, _ in prepared if n == first_body), None)
    if lead is None or context.published is None:
        return None
    bounds = next(iter(sentences(lead, context.tools.quote_words.abbreviations)), (0, len(lead)))
    first = lead[bounds[0] : bounds[1]]
    if _triggers(context.tools.words, first, 0, len(first)):
        return None  # (a lead with an event of its own dates that event: "On Tuesday troops advanced …")
    found = find_dates(context.tools.date_words, first, context.tools.parser, context.published, None, context.year_hint)
    if len(found) != 1 or found[0].date is None or found[0].precision != "day" or not context.tools.date_words.counted_from_story(found[0].text):
        return None
    return found[0].date if found[0].date < context.published else None


def _story_news(
    context: _Context, where: _Sentence, number: int, story: dt.date | None, told: str, said: bool, told_at: int | None, sentence: str,
    at: int, year: bool = False,
) -> bool:
    """Whether an undated event told as done is the news of a story dated ``story`` (its day, its month, or with ``year``
    its year): reported in its opening, not told as past before the story, nor a topic or a setting of the past."""
    # (nor an act told as done lately, its adverb right before it: "X, who recently visited the border, said …")
    return (story is not None and _reports_news(context, number, told, said, told_at, year=year)
            and not _past_told_before(context, where, story) and not _topic_only(context.tools.words, sentence, at)
            and not _PAST_SETTING.search(sentence) and not context.tools.words.lately.search(sentence, max(0, at - _LATELY_REACH), at))


#: How far before a trigger its "recently" may stand: "who recently ".
_LATELY_REACH = 16


def _reports_news(context: _Context, number: int, sentence: str, said: bool = False, at: int | None = None, year: bool = False) -> bool:
    """True for a sentence of the article's opening paragraphs (or, for a statement ``said`` to be the news,
    any paragraph) that reports the day's news (no background marker), in an article whose publication day
    is known (or, with ``year``, its year only). With the trigger's offset ``at``, a clause about a place after it ("…, where the riots of the past
    days broke out") tells that place's past, not the trigger's."""
    if at is not None and _in_insertion(sentence, at):
        return False  # ("“… the sides [shooting across the line] should be …”": an editor's gloss on a speaker's words is no news)
    where = _PLACE_CLAUSE.search(sentence, at) if at is not None else None
    if where is not None:
        sentence = sentence[: where.start()] + sentence[where.end() :]
    first_body = _first_body_of(context)
    sentence = _STAMP.sub("", sentence)  # a scraper's leading "date 2022-05" is metadata, not a year the text names
    sentence = _NAMED_YEAR.sub(" ", sentence)  # nor is the year in a drill's name ("Interaction 2021") a mark of the past
    sentence = _TERM_YEARS.sub(" ", sentence)  # nor the term of a plan ("a strategy until 2030")
    # (nor the year an aim is for: "held to improve the readiness of the forces for 2022")
    sentence = _AIM_YEAR.sub(lambda m: m.group(0)[:-4] + " ", sentence)
    sentence = _COMPARED.sub(" ", sentence)  # nor a measure against the past ("the largest package in recent years")
    sentence = _CASE_YEAR.sub(" ", sentence)  # nor the year a case is named by ("the 2010 June 5 case")
    sentence = _OWNED_YEAR.sub("'s ", sentence)  # nor the year of an owner's noun ("a probe into Yerevan's 2008 crackdown")
    # (nor the year a document is named by: "citing a defence pact of 1994", "un trattato di amicizia del 1994")
    sentence = _DOCUMENT_YEAR.sub(lambda m: m.group(0)[:-4] + " ", sentence)
    sentence = _ISSUED_DATE.sub(" ", sentence)  # nor the date a document was issued on ("the agreement issued on 6 October 2007")
    sentence = _TO_DISCUSS_TAIL.sub(" ", sentence)  # nor what a meeting met to discuss ("to discuss the recent challenges")
    known = context.published is not None or context.published_month is not None or (year and context.published_year is not None)
    # (an event told as under way, "the exercise is being held at …", is the day's news in any paragraph)
    # (a page's header lines above the story's first paragraph, the headline again among them, are no news paragraphs)
    # (a subheading between the opening paragraphs, "Slap to Moscow: X does not sign", is not one of them)
    opening = first_body <= number <= first_body + NEWS_PARAGRAPHS - 1 + sum(first_body < n < number for n in context.subheads)
    opening = opening or number == context.titled_news
    return known and (said or opening or bool(_UNDER_WAY.search(sentence))) and not _BACKGROUND.search(sentence)


def _in_insertion(masked: str, at: int) -> bool:
    """True when ``at`` stands in an editor's square brackets inside a quotation (its words masked around them)."""
    opened, closed = masked.rfind("[", 0, at), masked.find("]", at)
    if opened == -1 or closed == -1 or "]" in masked[opened:at]:
        return False
    return masked[:opened].rstrip().endswith(_MASKED) or masked[closed + 1 :].lstrip().startswith(_MASKED)


#: The character a quotation's words are masked with.
_MASKED = "X"


#: A clause about a place, to the sentence's end: "…, where the riots broke out", "nel territorio dove sono stati …".
_PLACE_CLAUSE = re.compile(r"\b(?:where|dove|in\s+cui|in\s+which)\b[^.;]*", re.IGNORECASE)

#: What a meeting was held to talk over, to the sentence's end: "… to discuss the recent global challenges", "per
#: discutere delle recenti tensioni" (its words tell the topic's time, not the meeting's).
#: What a meeting was held to talk over: "to discuss", "per discutere" (before the places its object names), and with
#: the rest of its sentence (``_TO_DISCUSS_TAIL``).
_TO_DISCUSS_WORDS = (r"(?:\b(?:in\s+order\s+)?(?:to|per)\s+(?:discuss|consider|review|address|discutere|esaminare|affrontare)\b"
                     # (and a course it is to weigh: "consultations … on the possibility of sending peacekeepers to X")
                     r"|\b(?:on|about)\s+the\s+possibility\s+of\b|\bsulla\s+possibilità\s+di\b)")
_TO_DISCUSS_WHAT = re.compile(_TO_DISCUSS_WORDS, re.IGNORECASE)
_TO_DISCUSS_TAIL = re.compile(_TO_DISCUSS_WORDS + r"[^.;]*", re.IGNORECASE)


#: An act told as done by the story's day: "planes have already been deployed to …", "troops have just arrived", "sono
#: già stati schierati" (news in any paragraph, as a statement of the day is; not a noun after it: "… sent for the drill").
_DONE_BY_NOW = re.compile(r"\b(?:has|have)\s+(?:already|just)\s+(?:been\s+)?[a-z]+(?:ed|en|wn|t)\b|"
                          r"\b(?:è|sono)\s+già\s+(?:stat[oaie]\s+)?[a-zà-ù]+(?:at|it|ut)[oaie]\b", re.IGNORECASE)


#: What talks (or a statement) were about, right before a trigger in the same clause: "exchanged views on migration and on
#: more joint exercises", "the chief's statement on the armed incident". A topic with no date of its own is no news of the day (the talks are); one the text dates still
#: is an event ("discussed the drills held in Armenia this year").
#: (not the setting right after the verb: "discussed in a phone call", "ne hanno discusso in un colloquio")
_TALKED_OVER = re.compile(r"\b(?:discussed|exchanged\s+views\s+on|talked\s+(?:about|over)|focused\s+on|discuss[oi]|statements?\s+(?:on|about)|comments?\s+on|dichiarazion[ei]\s+su\w*"
                          # (and what talks weighed how to handle: "weighed how to handle the unrest in …")
                          r"|how\s+to\s+(?:deal\s+with|handle|respond\s+to|stop|halt|end|tackle|address|quell)|come\s+(?:affrontare|gestire|fermare|rispondere\s+a\w*))\s+"
                          r"(?!(?:in|at|during|by|via|over|nel|nella|durante|al|alla)\s)[^.;:,!?]{0,80}$", re.IGNORECASE)
#: A cause named right before a noun trigger: "faces challenges due to X's exit from the bloc", "a causa del ritiro".
#: The cause is background to the sentence's news, not news of the day.
_CAUSE_BEFORE = re.compile(r"\b(?:due\s+to|because\s+of|owing\s+to|in\s+view\s+of|a\s+causa\s+d\w*|per\s+via\s+d\w*)['’]?\s*"
                           r"(?:the\s+|(?-i:[A-Z])[\w-]*['’]s\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)


#: What the news comes after, a backdrop of the past: "come after", "arrivano dopo", "in the wake of", "sulla scia di".
_COMES_AFTER_WORDS = (r"(?:comes?|came|arrives?|arrived|falls?|fell)\s+(?:just\s+|only\s+|shortly\s+|(?:[\w-]+\s+)?(?:hours|days|weeks)\s+)?after"
                      r"|in\s+the\s+wake\s+of|on\s+the\s+heels\s+of"
                      r"|(?:arriva|arrivano|arrivava|arrivavano|giunge|giungono|vengono|viene|cade|cadono)\s+(?:poco\s+|subito\s+|(?:[\w-]+\s+)?(?:ore|giorni|settimane)\s+)?dopo"
                      r"|sulla\s+scia\s+d\w*")
#: A count of days then "after", the words of a date found: "two days after", "due giorni dopo".
_COUNTED_AFTER = re.compile(r"(?P<n>\w+)\s+(?:days?|giorni)\s+(?:after|dopo)", re.IGNORECASE)
#: What the counted "after" introduces, up to the trigger: " Poland ", " che la Polonia ", " the ".
_INTRODUCED = re.compile(r"\s+(?:che\s+|that\s+)?(?:[\w-]+\s+|\w+['’]\s*){0,4}", re.IGNORECASE)
#: The speaker as the subject of the clause a cue reports, right before its verb: "that he ", "that they also ", "che ".
_OWN_ACT_NOW = re.compile(r"\b(?:that\s+(?:he|she|it|they|we)|che)\s+(?:also\s+|anche\s+)?$", re.IGNORECASE)
#: A clause, after a comma, of what came a counted time before: ", two days after", ", pochi giorni dopo che".
_DAYS_AFTER_CLAUSE = re.compile(r",\s*(?:(?:just|only|some|a|few|pochi|poche|[\w-]+)\s+){0,2}(?:days?|hours?|weeks?|giorni|ore|settimane)\s+"
                                r"(?:after|dopo)\b", re.IGNORECASE)
#: Those words on their own, where a clause of what the news comes after opens.
_COMES_AFTER = re.compile(rf"\b(?:{_COMES_AFTER_WORDS})\b", re.IGNORECASE)
#: The words of what an act is set against: "against the backdrop of", "amid", "sullo sfondo dell'".
_BACKDROP_WORDS = r"against\s+the\s+backdrop\s+of|amidst|amid|sullo\s+sfondo\s+d\w*"
#: Those words after an act, where its backdrop opens.
_BACKDROP_AFTER = re.compile(rf"\b(?:{_BACKDROP_WORDS})", re.IGNORECASE)
#: What a story's news stands against, right before a trigger: "against the backdrop of the fighting between X and Y",
#: "amid clashes", "sullo sfondo dei combattimenti", "allies affected by the unrest", "in connection with the riots".
#: Background, not news of the day.
_BACKDROP_BEFORE = re.compile(rf"\b(?:{_BACKDROP_WORDS}|in\s+un\s+contesto\s+di"
                              # (what a statement or an act is in connection with: "condemned the offer of help in
                              # connection with the unrest", "arrested for taking part in the rallies")
                              r"|in\s+connection\s+with|in\s+relazione\s+a\w*|for\s+(?:taking\s+part|participating|(?:their\s+)?participation)\s+in"
                              r"|per\s+(?:aver|avere)\s+(?:partecipato|preso\s+parte)\s+a\w*"
                              # (and what something is affected by: "its allies affected by the unrest", "colpiti dai disordini")
                              r"|affected\s+by|hit\s+by|impacted\s+by|colpit[oaie]\s+d\w*"
                              # (and what the news comes after or in the wake of: "the drills come after a drone incursion",
                              # "le manovre arrivano dopo un attacco", "in the wake of the clashes", "sulla scia degli scontri")
                              rf"|{_COMES_AFTER_WORDS})['’]?\s*"
                              r"(?:the\s+|an?\s+|i\s+|gli\s+|le\s+|la\s+|il\s+|una?\s+|l['’]\s*|un['’]\s*)?(?:[\w-]+\s+)?$", re.IGNORECASE)


def _topic_only(words: EventWords, sentence: str, at: int) -> bool:
    """True when the words right before a trigger make it what talks were about, the cause of a state the sentence
    tells in the present ("faces challenges due to X's exit"; a cause told in the past, "the text was not adopted
    because of X's veto", may be the day's news), or the backdrop of the news ("amid the fighting")."""
    return bool(_TALKED_OVER.search(sentence, 0, at) or words.briefed_on.search(sentence, 0, at)
                or (_CAUSE_BEFORE.search(sentence, 0, at) and not words.past.search(sentence))
                or _BACKDROP_BEFORE.search(sentence, 0, at) or _MENTIONED_BEFORE.search(sentence, 0, at))


#: What a text or a speaker mentions, right before the trigger, is its topic, not the day's news: "Il testo menziona
#: poi le manovre comuni", "the statement also mentions the drills held with …", "refers to the protests".
_MENTIONED_BEFORE = re.compile(r"\b(?:(?:si\s+)?menzion(?:a|ano|ava|avano)|mentions|mentioned|cites|cit(?:a|ano)|refers?\s+to|"
                               r"fa(?:nno)?\s+riferimento\s+(?:a|al|alla|alle|ai|agli|all['’]))\s+(?:\w+\s+)?(?:[\w'’-]+\s+){0,5}$",
                               re.IGNORECASE)


#: An event told as going on now: "is being held", "are under way", "si sta svolgendo", "sono in corso".
_UNDER_WAY = re.compile(r"\b(?:is|are)\s+(?:currently\s+|now\s+|still\s+)?(?:being\s+(?:held|conducted|carried\s+out)|under\s*way|taking\s+place|hosting|playing\s+host\s+to)\b|\bongoing\b|"
                        # ("è in atto una battaglia", "sono ora in atto combattimenti": going on now)
                        r"\b(?:è|sono)\s+(?:ora\s+|tuttora\s+|ancora\s+)?in\s+atto\b|"
                        # (troops told as taking part now: "servicemen … are participating in the maneuvers")
                        r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:participating|taking\s+part)\s+in\b|\bstanno\s+partecipando\b|"
                        r"\bsi\s+st(?:a|anno)\s+svolgendo\b|\b(?:è|sono)\s+in\s+corso\b|"
                        # (what does not stop goes on: "non si fermano le proteste", "the protests show no sign of stopping")
                        r"\bnon\s+si\s+ferma(?:no)?\b|\b(?:do|does)\s+not\s+(?:stop|abate|let\s+up)\b|\bshows?\s+no\s+signs?\s+of\s+(?:stopping|abating)\b", re.IGNORECASE)


_STAMP = re.compile(rf"^\s*{STAMP}")
#: A superlative measured against the past, which tells the news's size, not a past event: "one of the largest
#: packages in recent years", "the first time in a decade", "il più ampio degli ultimi anni".
_COMPARED = re.compile(
    r"\b(?:the\s+(?:(?!(?:interest|request|protest|west|test|contest|arrest|forest|harvest|conquest|manifest)\b)\w+est|most|"
    r"worst|best|first|only)|(?:il|la|i|le|gli)\s+(?:più|maggiore|maggiori|prim[oaie]))\b"
    r"[^.;:]{0,80}?\b(?:in\s+(?:recent\s+)?(?:years|decades|months|times|history|a\s+decade)|"
    r"(?:negli|degli|nei|dei)\s+ultimi\s+(?:anni|decenni|mesi))\b", re.IGNORECASE)
#: A year that is part of a name: "Interaction 2021", "Rubezh-2024" (not "In 2021", "October 2021").
_NAMED_YEAR = re.compile(
    r"\b(?!(?:In|On|At|By|From|Since|Until|During|Before|After|Of|Nel|Dal|Dalla|Del|Fino|Entro|Dopo|Prima|January|February|March|April|May|June|July|"
    r"August|September|October|November|December)\b)[A-ZА-Я][\w]{2,}(?:[\s-]|\s\()(?:19|20)\d{2}\b\)?")


def _starts(lines: Sequence[str]) -> tuple[int, ...]:
    """Where each line starts in the lines joined by newlines."""
    starts, position = [], 0
    for line in lines:
        starts.append(position)
        position += len(line) + 1
    return tuple(starts)


_LIST = r"(?:[A-Z][\w-]*(?:\s*,\s*|\s+and\s+|\s+e\s+))*"
_FROM = re.compile(rf"\b(?:from\s+|da\s+|dalla\s+|dal\s+|dai\s+|dall['’]\s*){_LIST}$")
#: A verb of leaving right before the place left: "will leave ", "lasceranno il".
_LEAVING = re.compile(r"\b(?:leave|leaves|leaving|left|lasciare|lascia|lasciano|lascerà|lasceranno|lasciato)\s+(?:il\s+|la\s+|l['’]\s*)?$")
def _located(prepositions: str, moves: bool) -> re.Pattern[str]:
    """A lead that puts a place in the event: "in the Kazakh capital Astana", "nel", "on the territory of" and,
    for events that are not verbal, also "to"/"a", "…capital, X" and "the border between"."""
    # "in the Kazakh capital Astana", "in the Armenian city of Gyumri", "nella città armena di Gyumri"
    # (and "in two northern districts of Moldova", "in several regions of X": a part of the country named after it)
    capital = (r"(?:the\s+|il\s+|la\s+|l['’])?(?:[A-Z][\w-]*\s+)?(?:(?:capital|city|town|village|region|province|district|città|capitale|regione|provincia|distretto|villaggio)"
               r"(?:\s+(?!(?:of|di|del|della)\b)[a-zà-ù]+)?(?:\s+(?:of|di|del|della))?,?\s+"
               r"|(?:(?:two|three|four|five|several|some|many|all|\d+)\s+)?(?:(?:northern|southern|eastern|western|central|border)\s+)?"
               r"(?:districts|regions|provinces|areas|cities|towns|villages)\s+of\s+"
               # (and a part of the country by its compass point: "in southern Tajikistan", "in the north of X", "nel sud del X")
               r"|(?:north|south|east|west|central|north-?east|north-?west|south-?east|south-?west)(?:ern)?\s+"
               r"|(?:the\s+)?(?:north|south|east|west|centre|center|north-?east|north-?west|south-?east|south-?west)\s+of\s+(?:the\s+)?"
               r"|(?:nord|sud|est|ovest|centro|nord-?est|nord-?ovest|sud-?est|sud-?ovest)\s+(?:del|della|dello|dell['’])\s*)?")
    moving = r"|capital,\s+|\b(?:border|confine|frontiera)\s+(?:between|tra|fra|(?:che|that)\s+)\s*(?:il\s+|the\s+)?" if moves else ""
    # (a sentence may open on it: "In Belarus, protests have gone on for a third week"; and the Italian "on the territory
    # of": "sul territorio dell'Armenia", "nel territorio del Kazakistan")
    territory = r"|\b(?:sul|nel)\s+territorio\s+(?:(?:di|del|della|dello)\s+|dell['’]\s*)"
    return re.compile(rf"(?:\b(?:{prepositions}|In|At|Near|Nel|Nella)\s+{capital}{moving}{territory}){_LIST}$")


#: The country a visit goes to is where it happens: "may visit Belarus", "visiterà la Bielorussia".
_VISITED = r"visit(?:s|ed|ing)?(?:\s+to)?|visit(?:are|erà|eranno|ato|ata)"
_AT_STATIC = _located(rf"in|at|nel|nella|on\s+the\s+territory\s+of|{_VISITED}", moves=False)
#: The verbs of appealing or asking, before whom they address: "appealed to ", "asked ", "ha chiesto aiuto alla ".
_APPEAL_VERBS = (r"appeal(?:ed|s)?\s+to|turned\s+to|asked|urged|called\s+on|(?:(?:ha|hanno)\s+)?chiesto\s+(?:aiuto\s+)?a(?:l|lla)?|"
                 r"(?:si\s+è|si\s+sono)\s+rivolt[oaie]\s+a(?:l|lla)?")
#: Whom a verbal event addresses: "appealed to Russia", "ha chiesto aiuto alla Russia", "asked Moscow".
_ADDRESSEE = re.compile(
    rf"\b(?:to|a|al|alla|ai|agli|alle|all['’]|{_APPEAL_VERBS}"
    # whose intervention was asked for: "chiesto l'intervento militare di Mosca"
    rf"|intervent(?:o|ion)\s+(?:\w+\s+)?(?:di|of|by|da\s+parte\s+di))\s+(?:the\s+)?{_LIST}$",
    re.IGNORECASE,
)
_AT = _located(rf"in|to|into|at|near|a|nel|nella|ad|on\s+the\s+territory\s+of|across|throughout|attraverso|{_VISITED}", moves=True)


#: A verb of appealing or asking right before whom it addresses: "appealed to ", "asked ", "ha chiesto aiuto alla ".
_APPEALED_TO = re.compile(rf"\b(?:{_APPEAL_VERBS})\s+(?:the\s+)?$", re.IGNORECASE)
#: A clause of time or reason that opens right before a name: "hours after ", "as ", "dopo che ".
_TIME_CLAUSE_OPENS = re.compile(r"\b(?:after|before|since|as|when|while|until|dopo\s+che|mentre|quando|poiché)\s+$", re.IGNORECASE)
#: An accusation's verb right before whom it accuses: "accusing ", "accused ", "accusando ".
_ACCUSING = re.compile(r"(?:accus\w*|blam(?:e|es|ed|ing)|incolpa\w*)\s+(?:the\s+|il\s+|la\s+)?", re.IGNORECASE)
#: A place that speaks is its government: "The Kremlin said", "Baku accused", "Mosca ha dichiarato".
_SPEAKS = re.compile(r"\s+(?:has\s+|had\s+|also\s+)?(?:said|says|stated|announced|warned|accused|insisted|noted|replied|responded|declared|pledged|promised|vowed|"
                     r"ha\s+(?:detto|dichiarato|annunciato|affermato|accusato))\b", re.IGNORECASE)
#: A verb of striving or wanting right after a place, or its readiness: the place names its government, acting
#: ("Moscow seeks to …", "Mosca punta a …", "Mosca è pronta a …").
_STRIVES = re.compile(r"(?:\s+(?:and|e)\s+(?-i:[A-Z])[\w'’-]+)?"  # (with a second capital: "as Moscow and Ankara move to …")
                      r"\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:seeks|sought|seeking|wants|wanted|aims|aimed|aiming|strives|strove|striving|"
                      r"move\s+to|moves\s+to|moved\s+to|moving\s+to|"
                      r"tries|tried|trying|intends|intended|wishes|wished|hopes|hoped|hoping|cerca\s+di|punta\s+a|vuole|intende|"
                      # (and one ready to act: "Moscow is ready to help", "Mosca è pronta a intervenire")
                      r"(?:is|was|are|were|è|era|sarà|sono|erano|resta)\s+(?:(?:also|still|anche|ancora|sempre)\s+)?(?:ready|prepared|willing|pront[oaie]|dispost[oaie])"
                      # (or one that holds back: "Yerevan will abstain from …", "Erevan si asterrà dal …")
                      r"|(?:will\s+|would\s+)?(?:abstain|refrain)(?:s|ed)?\s+from|si\s+(?:asterrà|asterranno|astiene|astengono|è\s+astenut[oa]))\b",
                      re.IGNORECASE)
#: A sending still to come, right before its destination: "waiting to be sent to ", "in attesa di essere mandati in ",
#: "pronti a essere schierati in ".
_TO_BE_SENT = re.compile(r"\b(?:in\s+attesa\s+di\s+essere|pront[oaie]\s+ad?\s+essere|(?:ready|waiting|prepared)\s+to\s+be)\s+"
                         r"(?:inviat|schierat|mandat|impiegat|dispiegat|sent|deployed|dispatched|used)\w*\s+(?:in|to|into|a|nel|nella|verso)\s+(?:the\s+)?$",
                         re.IGNORECASE)
#: An infinitive of sending up to its destination, after talks: " to send troops to ", " per inviare truppe in ".
_TALKS_TO_SEND = re.compile(r"\b(?:to|per|di)\s+(?:send|deploy|dispatch|station|transfer|inviare|schierare|mandare|dispiegare)\s+[^,;:.]{0,60}?"
                            r"\b(?:to|in|into|a|nel|nella|verso)\s+(?:the\s+)?$", re.IGNORECASE)
#: A source named right before a place: "according to the", "secondo il", "citing the".
_ACCORDING_TO = re.compile(_SOURCE_CUE + r"\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?$", re.IGNORECASE)
#: What fighting is aimed at, before the place that owns it: "fire on several of", "attacks against the".
_AIMED_AT = re.compile(r"\b(?:on|at|against|contro|su|sulle|sui)\s+(?:(?:the|several|some|two|three|many|of|a|number|dozen|le|i|alcune|alcuni|diverse|diversi|delle|dei)\s+){0,4}$", re.IGNORECASE)
#: An invasion's verb and its object up to the place that owns it: "invaded the border areas of ", "invaded "
#: (or an incursion's: "the incursion of the <army> into the territory of (the bloc's member) ")
_INVADED = re.compile(r"(?:invad\w*|invasion\s+of|incursions?\s+(?:(?:of|by)\s+[^.;,]{0,60}?\s+)?into|breach\w*|violat\w*|violano|viola|"
                      r"encroach\w*\s+(?:on|upon))\s+(?:the\s+)?(?:(?:[\w-]+\s+){0,3}?(?:of|in)\s+)?"
                      r"(?:the\s+)?(?:(?:[A-Z]{2,}\s+)?member(?:\s+state)?\s+)?", re.IGNORECASE)
#: The things a state holds that fighting hits: "outposts", "border posts", "villages".
_TARGET_NOUN = re.compile(r"(?:['’]s)?\s+(?:[\w-]+\s+)?(?:outposts?|posts?|positions?|villages?|settlements?|territory|towns?|checkpoints?|"
                          r"(?:border\s+)?crossings?|bases?|airports?|avamposti|postazioni|villaggi|posti\s+di\s+frontiera|valich\w+)\b", re.IGNORECASE)
#: A capture's verb right before what it took: "the Taliban captured ", "seized the ", "took control of ", "hanno
#: conquistato il " (what was taken is where the fighting was: "captured X's main border crossing with Y" is in X).
_CAPTURED = re.compile(r"\b(?:captur(?:ed|es|ing)|seiz(?:ed|es|ing)|overr[au]n|took\s+(?:control\s+of|over)|(?:ha(?:nno)?\s+)?(?:conquistat|occupat)[oaie])"
                       r"\s+(?:the\s+|il\s+|la\s+|l['’]\s*|i\s+|le\s+)?$", re.IGNORECASE)
#: The country across a border: "lungo il confine con l'Afghanistan", "the border that X shares with Y".
_BORDER_WITH = re.compile(r"\b(?:border|confine|frontiera)\s+(?:[\w'’-]+\s+){0,4}?(?:con|with)\s+(?:l['’]|il\s+|the\s+)?"
                          # (and the neighbour called so: "the border with neighbouring X", "il confine con il vicino X")
                          r"(?:(?:neighbou?ring|neighbou?r|vicin[oa]|confinante)\s+)?$", re.IGNORECASE)
#: Before a state named for the border an act is near: "near the ", "close to the northern ".
_NEAR_BEFORE = re.compile(r"\b(?:near|close\s+to|next\s+to)\s+(?:the\s+)?(?:(?:northern|southern|eastern|western)\s+)?$", re.IGNORECASE)
#: And the border word after it: " border", "-Tajik border" (a pair of states), " frontier".
_BORDER_AFTER = re.compile(r"(?:\s*-\s*[A-Z][\w]+)?\s+(?:border|frontier)\b", re.IGNORECASE)
#: The parties to a thing, not a place: "a treaty between Yerevan and Baku", "l'accordo tra Mosca e Minsk".
_PARTIES = re.compile(r"\b(?:between|tra|fra)\s+(?:the\s+|la\s+|il\s+|l['’])?(?:[^\s,;:.]+\s+){0,3}?(?:(?:and|e)\s+(?:the\s+|la\s+|il\s+|l['’])?)?$", re.IGNORECASE)
#: How far after a joint act's trigger the states it is between may be named: "esercitazione militare congiunta fra ".
_PARTIES_REACH = 50
#: Other states named as sharing an act after it: "along with Georgia and Azerbaijan", "insieme a Georgia e Azerbaigian".
#: (the words themselves, shared with the same phrase read before a place, ``_ALONG_WITH_BEFORE``)
_ALONG_WITH_WORDS = r"\b(?:(?:along|together)\s+with|(?:insieme|assieme)\s+(?:a|con))\s+(?:the\s+|la\s+|il\s+|l['’])?"
_ALONG_WITH = re.compile(_ALONG_WITH_WORDS, re.IGNORECASE)
#: How far after the trigger's words that phrase is looked for.
_ALONG_WITH_REACH = 60
#: A state named as the other side of ties, not a place: "cut its ties with Washington", "relations with Moscow", "i
#: rapporti con la Russia".
_TIES_WITH = re.compile(r"\b(?:ties|relations|relationship|contacts|rapporti|relazioni|legami)\s+(?:with|con)\s+(?:the\s+|la\s+|il\s+|l['’])?$", re.IGNORECASE)
#: The Italian agent phrase right before a name: "da parte di ", "da parte del ".
_AGENT_PHRASE = re.compile(r"\bda\s+parte\s+(?:di|del|della|dell['’]|dei|degli)\s*$", re.IGNORECASE)
#: Between a place and the passive verb of an attack on it: " was ", " had been repeatedly ".
_PASSIVE_SUBJECT = re.compile(r"\s+(?:was|were|has\s+been|have\s+been|had\s+been|is\s+being|è\s+stat[oa]|sono\s+stat[ie])\s+(?:\w+ly\s+|again\s+)?")
#: States named as sharing the act, right before a place (and those listed after the first): "insieme a ", "insieme a X e ",
#: "along with the ".
_ALONG_WITH_BEFORE = re.compile(_ALONG_WITH_WORDS + r"(?:(?-i:[A-Z])[\w'’-]+\s*(?:,\s*|\s+(?:and|e)\s+))*$", re.IGNORECASE)
#: A partner, not a place: "annullare le esercitazioni con la Russia".
_PARTNER = re.compile(r"\b(?:with|con|insieme\s+a)\s+(?:the\s+|la\s+|il\s+|gli\s+|i\s+|le\s+|l['’])?$", re.IGNORECASE)
#: The most words a trailing attribution's source takes between the comma that closes what was said and its cue
#: (", Parliament Speaker Asilbek Jeenbekov said").
_SOURCE_WORDS = 8

#: A reported clause right after its cue: "said Uzbekistan had …", "said that …", "ha detto che …".
_THAT_NEXT = re.compile(
    r"\s+(?:that\b|che\b|(?:[A-Z][\w’'-]*\s+|(?:the|its|their|his|her)\s+(?:[\w’'-]+\s+){0,3}?)(?:[A-Z][\w’'-]*\s+){0,2}"
    r"(?:had|has|have|was|were|is|are|would|will|could|did|should|might|may)\b)"
)  # "said that …", "said Armenia had …", "said the withdrawal would …": a clause the speaker reports
#: A border named by its two sides: "the Kyrgyz-Tajik border", "il confine armeno-azero".
_PAIR_BORDER = re.compile(r"\b(?P<first>[A-Z][a-z]+)-(?P<second>[A-Z][a-z]+)\s+(?:border|frontier)\b|\b(?:confine|frontiera)\s+(?P<first_it>[a-z]+)-(?P<second_it>[a-z]+)\b")
#: From a visit to a place in the phrase that names whom it visits: "visit to the chairman of …, President of Belarus".
_VISIT_TO = re.compile(r"[\w-]+\s+(?:\w+\s+){0,2}?(?:to|a|al|alla|presso)\s+[^.;:]*$", re.IGNORECASE)
#: The word that makes a date the end of a span: "until ", "till ", "fino a ".
_UNTIL_BEFORE = re.compile(r"\b(?:until|till|up\s+to|fino\s+a(?:l|lla|ll['’])?)\s+$", re.IGNORECASE)
#: A year written alone, maybe with its article: "2008", "a 2008", "the 2008".
_YEAR_ALONE = re.compile(r"(?:(?:the|a|an)\s+)?(?:19|20)\d\d", re.IGNORECASE)
#: Between a bare year and the noun it names, a modifier or two at most: " post-election " in "a 2008 post-election crackdown".
_YEAR_NAMES = re.compile(r"\s+(?:(?!(?:and|or|e|o)\b)[a-z][\w-]*\s+){0,2}")
#: A possessive and the few words after it up to a trigger it owns: "'s October 15 presidential ", "'s ".
_STATE_OWNS = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}$")
#: The state office an election's winner takes, right after the trigger: " domenica capo dello Stato del ", " as
#: President of ".
_ELECTED_TO = re.compile(r"\s+(?:[\w'’-]+\s+){0,4}?(?:president|presidente|premier|prime\s+minister|primo\s+ministro|head\s+of\s+state|"
                         r"capo\s+dello\s+stato)\s+(?:of\s+(?:the\s+)?|del\s+|della\s+|dello\s+|dell['’]\s*|di\s+)", re.IGNORECASE)
#: How far before a trigger (characters) its owner's possessive is read.
_STATE_OWNS_REACH = 60
#: A state's leaders as whom a meeting was with: "the civil and military leadership of ", "the authorities of the ",
#: "i vertici di ", "la leadership del ".
_LEADERSHIP_OF = re.compile(r"\b(?:leadership|leaders|authorities|vertici|dirigenza|autorità)\s+(?:of|del|della|di|dell['’])\s*(?:the\s+)?", re.IGNORECASE)
#: How far after a meeting's trigger (characters) the leaders it was with are read.
_LEADERSHIP_REACH = 80
#: What a visit's words go on to, when they name its host only as a country named before: " to this Transcaucasian
#: country", " to the friendly republic", " in questo Paese", " nel Paese amico".
_VISIT_TO_THIS = re.compile(r"\s+(?:to\s+(?:this|that|the)\s+(?:[\w-]+\s+){0,2}?(?:country|republic|nation)|"
                            r"(?:in\s+questo|nel|nella)\s+(?:[\w-]+\s+)?(?:paese|repubblica|nazione))\b", re.IGNORECASE)


#: The earlier members of a list that ends before a place: "the situation in Syria, " before "Afghanistan".
_LISTED_BEFORE = re.compile(r"(?:,|\band|\be)\s*$")
_LIST_TAIL = re.compile(r"(?:\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*\s*(?:,\s*(?:and\s+|e\s+)?|\s+and\s+|\s+e\s+))+$")
#: A stretch of a border named, in the border's possessive, by the place it runs through: "on the border's <Town> section".
_BORDER_SECTION = re.compile(r"\b(?:on|at|along|in)\s+the\s+(?:state\s+)?(?:border|frontier)['’]s\s+$", re.IGNORECASE)

#: A host before a place: the event is where its host is.
_HOSTED_BY = re.compile(r"\b(?:hosted\s+by|ospitat[oa]\s+(?:da|dal|dalla|dall['’]))\s*(?:the\s+)?$", re.IGNORECASE)
#: A country that hosts the event, named as the subject of the verb: "Kazakhstan will host the drills", "la
#: Bielorussia ospiterà le esercitazioni".
_HOSTS = re.compile(r"\s+(?:will\s+|is\s+to\s+|is\s+set\s+to\s+|is\s+|was\s+|has\s+)?(?:host(?:s|ed|ing)?|ospit(?:a|erà|ava|ato|ano|eranno))\b",
                    re.IGNORECASE)
#: A country's own verb of staging an event right after it: "Kazakhstan is conducting the drill", "Belarus held".
_CONDUCTS = re.compile(r"\s+(?:is\s+|are\s+|was\s+|were\s+|has\s+|have\s+|will\s+)?(?:conduct(?:s|ed|ing)?|stag(?:es|ed|ing)|hold(?:s|ing)?|held)\b",
                       re.IGNORECASE)
#: A range or ground named after a place: "the Bereg training ground", "il poligono di X" is rarer and left.
_FACILITY = re.compile(r"\s+(?:training\s+(?:ground|range|facility|area|cent(?:er|re))|proving\s+ground|firing\s+range|range)\b", re.IGNORECASE)
#: "to" that names no place gone to or reached: "due to", "according to", "thanks to", "prior to".
_TO_NO_MOTION = re.compile(r"\b(?:due|owing|thanks|according|prior|contrary|related|relation|regard|respect|addition|commitments?|obligations?"
                           r"|respond(?:s|ed|ing)?|repl(?:y|ies|ied|ying)|react(?:s|ed|ing)?|refer(?:s|red|ring)?|threats?)\s+to\s+(?:the\s+)?$",
                           re.IGNORECASE)
#: The side that attacked: "attacked by", "attaccat[oa] da".
_ATTACKED_BY = re.compile(r"\b(?:attacked|attaccat[oaie])\s+(?:by|da|dal|dalla|dall['’])\s*(?:the\s+)?$", re.IGNORECASE)
#: A capital named for its government: "official Yerevan", "la Mosca ufficiale" is rarer and left.
_METONYM = re.compile(r"\bofficial\s+$", re.IGNORECASE)
#: A crisis right after the place that names it: " crisis".
_CRISIS_NAMED = re.compile(r"\s+crisis\b", re.IGNORECASE)
#: A noun of a crisis or a question right after a place that names it: " crisis", " issue", " question".
_NAMES_TOPIC = re.compile(r"\s+(?:crisis|issue|question|problem|settlement|dossier|file)\b(?!\s+(?:zone|area|region)\b)", re.IGNORECASE)
#: The types of a reproach, whose long object names no place of it.
_REPROACHES = frozenset({"ACCUSE", "DISAPPROVE"})
#: A statement's trigger, then an object of many words with no setting or clause break in it, then the "in" of a place:
#: "criticized the union's refusal to join the patrols of the regional alliance in ".
_LONG_OBJECT = re.compile(r"\S+(?:\s+(?!(?:at|during|while|speaking|visiting|after|before|on|when)\b)[^\s,;:]+){7,}\s+in\s+(?:the\s+)?",
                          re.IGNORECASE)
#: A state's government named by its seat, right before the seat: "the Western-backed government in ", "il governo di ".
_GOVERNMENT_IN = re.compile(r"\b(?:government|regime|authorities|governo|autorità)\s+(?:in|of|di|a)\s+$", re.IGNORECASE)
#: Another act's noun, right before the place it is in: "a military mission in ", "the occupation of ".
_OTHER_ACT_IN = re.compile(r"\b(?:mission|operation|presence|campaign|occupation|invasion|missione|operazione|presenza|occupazione|invasione)\s+"
                           r"(?:in|of|di|in\s+the)\s+$", re.IGNORECASE)
#: How far after a trigger another act's noun must stand to place that act, not the trigger's (a trigger's own
#: "mission in X" is near it).
_OTHER_ACT_REACH = 80
#: The help a state gives, right before its capital's name: "the military intervention of ", "l'aiuto di ".
_HELP_OF = re.compile(r"\b(?:intervention|help|assistance|aid|intervento|aiuto|assistenza)(?:\s+(?:military|militare))?\s+"
                      r"(?:of|from|di|da|dal|dalla)\s+(?:the\s+)?$", re.IGNORECASE)
#: The state whose decision changed an office, right before its name: "by decision of ", "at the request of the",
#: "su decisione dell'".
_BY_DECISION_OF = re.compile(r"\b(?:(?:by|on|upon|following|at)\s+(?:the\s+)?(?:decision|order|request|initiative)\s+of|"
                             r"(?:su|per|con)\s+(?:decisione|richiesta|iniziativa)\s+(?:del|della|dell['’]))\s*(?:the\s+|official\s+)?$", re.IGNORECASE)


#: The words between a date's possessive and the noun it owns: " ", " joint ", " large-scale military ".
_OWNED_NOUN = re.compile(r"\s+(?:[\w-]+\s+){0,3}")
#: What stands between a list of states that is a sentence's subject and its trigger: " will hold joint military ",
#: " held their first joint ".
_LIST_SUBJECT = re.compile(r"\s+(?:(?:will|would|are\s+to|plan\s+to|are\s+set\s+to|have|had)\s+)?(?:hold|held|holds|conduct|conducted|stage|staged|"
                           r"start|started|begin|began|launch|launched)\s+(?:the\s+|their\s+|a\s+)?(?:[\w-]+\s+){0,3}$", re.IGNORECASE)


def _no_country() -> str | None:
    """No main country: the calendar pass places an event by its own sentence only."""
    return None


#: What joins a session's noun to the city that names it: "il vertice di Mosca", "the summit of Minsk".
_OF_CITY = re.compile(r"\s+(?:di|of)\s+", re.IGNORECASE)
#: The "on" before a state's ground (the gazetteer's "<demonym> soil" names): "on Armenian soil".
_ON_GROUND = re.compile(r"\b(?:on|onto)\s+$", re.IGNORECASE)
#: A place's preposition negated right before it: "not in ", "non in ", "not on the ".
_NOT_IN = re.compile(r"\b(?:not|non)\s+(?:in|on|at|a|nel|nella|sul|sulla)\s+(?:the\s+)?$", re.IGNORECASE)
#: People named right before where they come from: "units" in "units from member countries".
_PEOPLE_BEFORE = re.compile(r"\b(?:forces|troops|units|servicemen|soldiers|contingents|personnel|delegations|officers|specialists|"
                            r"representatives|participants|teams|military)\s+$", re.IGNORECASE)


#: A participle of where something stands, right before a place: "stationed in", "based in", "di stanza in".
_POSITIONED = re.compile(r"\b(?:stationed|based|deployed|located|posted|operating|di\s+stanza|stanziat[oaie]|dislocat[oaie]|schierat[oaie])\s+(?:in|at|on|near|along|inside|nel|nella|nei|a|ad|presso)\s+(?:the\s+)?$", re.IGNORECASE)


def _held_after_object(trigger: Trigger, sentence: str, after: int) -> tuple[int, int] | None:
    """The span of a relative clause telling how something is held (", which will be held in X in May", ", che si terrà
    …"), when it follows the object of a trigger that is neither a gathering nor an exercise (whose own holding it would
    tell): the clause is about the object, its date and place are not the trigger's."""
    if trigger.event_type in _HELD_TYPES:
        return None
    which = _WHICH_HELD.search(sentence, after)
    if which is None or not sentence[after : which.start()].strip():
        return None
    close = re.search(r"[,;:]", sentence[which.end() :])
    return which.start(), which.end() + close.start() if close is not None else len(sentence)


#: The types of event that are held: a clause telling how one is held, right after its trigger, tells its own holding.
_HELD_TYPES = frozenset({"CONSULT", "COOPERATE"})
#: A relative clause that tells how its noun is held: ", which will be held", ", which took place", ", che si terrà".
_WHICH_HELD = re.compile(r",\s+(?:which|che|il\s+quale|la\s+quale)\s+(?:(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+(?:held|convened|staged|conducted)\b|"
                         r"(?:took|takes|will\s+take)\s+place\b|si\s+(?:è|sono|terrà|svolgerà)\b)", re.IGNORECASE)


#: The forces or the government a place names as their owner, right before it: "le forze armate di ", "the army of ".
_FORCES_OF = re.compile(r"\b(?:forze\s+armate|esercito|armed\s+forces|army)\s+(?:di|del|della|dell['’]|of)\s*(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class _PlaceSpans:
    """The spans of a sentence that hold no place of its events, before they are weighed against a trigger's offset:
    legal notices, comma relatives ("…, where …,"), "which" clauses (group 1 of each), and the starts of the tails
    that tell a consequence, a place named before, what the news comes after, its backdrop, or what came days before."""

    notices: tuple[tuple[int, int], ...]
    relatives: tuple[tuple[int, int], ...]
    which: tuple[tuple[int, int], ...]
    tails: tuple[int, ...]


@functools.lru_cache(maxsize=256)  # a sentence's spans, read for each of its triggers
def _place_spans(sentence: str) -> _PlaceSpans:
    notices = tuple(m.span() for m in _LEGAL_NOTICE.finditer(sentence)) if "(" in sentence else ()
    tails = tuple(m.start() for pattern in (_CONSEQUENCE, _WHERE_TAIL, _COMES_AFTER, _BACKDROP_AFTER, _DAYS_AFTER_CLAUSE)
                  for m in pattern.finditer(sentence))
    return _PlaceSpans(notices, tuple(m.span(1) for m in _COMMA_RELATIVE.finditer(sentence)),
                       tuple(m.span(1) for m in _COMMA_WHICH.finditer(sentence)), tails)


def _place(
    tools: EventTools,
    trigger: Trigger,
    sentence: str,
    at: int,
    day: dt.date | None,
    people: Sequence[tuple[int, int]],
    source_country: str | None,
    filed_at: PlaceFound | None,
    main_country: Callable[[], str | None],
    clause: int = 0,
    named: bool = True,
    warring: bool = False,
    titled: Callable[[], str | None] = _no_country,
) -> tuple[PlaceFound | None, tuple[PlaceFound, ...]]:
    """The place a sentence puts its event in, and the countries it spreads over when it puts it in a list of them
    (then with no one place); "from X" is an origin. With no located place: the source actor's country, else the
    dateline's city (``filed_at``), else the article's main country, else (when ``named``) a place the sentence
    merely names; for a meeting or an accord (`_MET_ANYWHERE`) the main country only when the title locates a place in
    it too (``titled``), and no place merely named. Only places from ``clause`` on (the trigger's own clause) count.
    ``warring``: fighting between two states (``_states_fighting``), placed only where the sentence locates it."""
    if trigger.mode == "phone":
        return None, ()  # a videoconference has no single place
    places = [p for p in tools.gazetteer.find(sentence, day, people) if p.start >= clause]  # the trigger's clause
    held_out = _place_spans(sentence)  # (read once per sentence, for each of its triggers)
    asides = [(a, b) for a, b in _asides(sentence) if not a <= at < b]
    # ("– founded in Chisinau –" is no place of it, nor is a legal notice's "(banned in Russia)")
    asides += list(held_out.notices)
    # (nor a place in a relative clause set off by commas that the trigger is outside: "The Central Asian nation, where
    # the neighbour keeps an airbase, has been in turmoil since the elections")
    asides += [(a, b) for a, b in held_out.relatives if not a <= at < b]
    # (nor one in a relative clause set off by commas that describes the subject before the trigger: "the bloc, which
    # includes X as an observer, held drills"; not one after the trigger that tells where it was: "the drills, which were
    # held in X, ended")
    asides += [(a, b) for a, b in held_out.which if b <= at]
    # (nor one in the consequence a participle tells after it: "said Valleya is freezing its part in the bloc, prompting the
    # Kremlin to ask why"; nor in a clause after the trigger that tells about a place named before it: "… the situation in X,
    # where armed men march on the capital Y"; nor in what the news comes after: "the drills come after clashes on the X-Y
    # border"; nor in the backdrop the act is set against: "drills began against the backdrop of the militants' advance in
    # X", "sullo sfondo dell'avanzata dei talebani in X"; nor in a clause of what came some days before it: "began on
    # Friday, two days after clashes on the X border")
    asides += [(a, len(sentence)) for a in held_out.tails if a > at]
    # (nor one in a clause that tells how the act's object is held: "approved the programme for the summit, which will be
    # held in <city>")
    own = trigger.pattern.match(sentence, at)
    own_end = own.end() if own is not None else at
    object_held = _held_after_object(trigger, sentence, own.end()) if own is not None and "," in sentence[own.end() :] else None
    asides += [object_held] if object_held is not None else []
    places = [p for p in places if not any(a <= p.start < b for a, b in asides)]
    # (nor a place the sentence says it is not in: "to stage the drill not in Valleya but in the allies' own states")
    denied_places = [p for p in places if _NOT_IN.search(sentence, max(0, p.start - 12), p.start)]
    denied = {p.country for p in denied_places}
    places = [p for p in places if p not in denied_places]
    # (nor a state whose border the act is only near, when the story is mostly about it: "drills near the X border")
    near_places = {id(p) for p in places if _NEAR_BEFORE.search(sentence, max(0, p.start - 40), p.start) and _BORDER_AFTER.match(sentence, p.end)}
    near_border = {p.country for p in places if id(p) in near_places}

    where = _AT_STATIC if trigger.event_type in tools.words.verbal else _AT

    verbal = trigger.event_type in tools.words.verbal
    setting = _OPENING_PARTICIPLE.match(sentence)
    # (what a demand wants done, in the subjunctive its trigger ends on: "insisted the meeting be moved to Moscow")
    demand = trigger.pattern.match(sentence, at) if verbal else None
    wanted_from = demand.end() if demand is not None and _SUBJUNCTIVE_END.search(demand.group(0)) else None

    # (where a deployment's own words end, for a place they name: only a deployment needs it)
    # (and a war's, for the place that names it: "the 2020 Nagorno-Karabakh war", "la guerra del Nagorno Karabakh del 2020")
    own_words = trigger.pattern.match(sentence, at) if trigger.event_type in ("MOBILIZE", "FIGHT") else None
    trigger_end = own_words.end() if own_words is not None else at
    ranks: dict[int, tuple[int, int]] = {}  # by the place's identity: a candidate is ranked once, however often it is compared
    # (a session's noun, for the city that names it: "the Moscow summit", "il vertice di Mosca")
    session = trigger.pattern.match(sentence, at) if trigger.event_type == "CONSULT" else None
    session_noun = tools.words.named_session.search(sentence, at, session.end()) if session is not None else None
    # (a relative clause set off by a comma that the trigger stands in, its pronoun close before it: ", who was removed")
    relative = _WHICH.search(sentence, max(0, at - _RELATIVE_REACH), at)
    relative = relative if relative is not None and "," not in sentence[relative.end() : at] else None

    def rank(place: PlaceFound) -> tuple[int, int]:
        known = ranks.get(id(place))
        if known is None:
            known = ranks[id(place)] = _ranked(place)
        return known

    def _ranked(place: PlaceFound) -> tuple[int, int]:
        lead = sentence[max(0, place.start - 60) : place.start]
        # "the situation in Afghanistan" is what was discussed, and so is each place listed after it
        noun = tools.words.topic.search(lead) or _BODY_ON.search(lead)
        # (but a war that is the event itself takes the place after it: "the escalation of the war in X")
        own = noun is not None and trigger.event_type == "FIGHT" and 0 <= max(0, place.start - 60) + noun.start() - at < 40
        topic = (noun is not None and not own) or (bool(_LISTED_BEFORE.search(lead)) and bool(tools.words.topic.search(_LIST_TAIL.sub("", lead))))
        # what a statement is about: "expressed concern to X about the rights of citizens in Russia" names no place of it
        about = _ABOUT.search(sentence, at, place.start) if verbal and place.start > at else None
        topic = topic or (about is not None and not re.search(r"[,;:]", sentence[about.end() : place.start]))  # (within its phrase)
        # (nor where a statement's object stands: "accused the observers stationed in X of …", "gli osservatori di stanza in X")
        topic = topic or (verbal and place.start > at and bool(_POSITIONED.search(lead)))
        # (nor a place that names a crisis or a question, which is what the act is about: "over their part in the Ukraine
        # crisis", "the Karabakh issue"; a war so named is where its fighting is)
        topic = topic or (trigger.event_type not in ("FIGHT", "ASSAULT") and _NAMES_TOPIC.match(sentence, place.end) is not None)
        # (nor a place deep in a reproach's long object: "criticized the refusal to join the efforts of the alliance in X";
        # not a setting after it, "at a news conference in X")
        topic = topic or (trigger.event_type in _REPROACHES and place.start > at and _LONG_OBJECT.fullmatch(sentence, at, place.start) is not None)
        # (and what a participant of the meeting briefed the others about: "During the meeting, X informed participants
        # about the situation, notably along the A-B frontier and in C")
        topic = topic or (place.start > at and bool(tools.words.briefed_about.search(sentence, at, place.start)))
        # (nor what an agreement holds: "reached an agreement, under which Russia will help Minsk at its request")
        topic = topic or (place.start > at and bool(_CONTENT_AFTER.search(sentence, at, place.start)))
        topic = topic or (wanted_from is not None and place.start >= wanted_from)
        # (nor a capital that stands for the state whose forces it names: "utili all'esercito di Minsk", "the armed forces
        # of Moscow")
        topic = topic or _FORCES_OF.search(lead) is not None
        # (nor what a meeting was held to discuss, unless the words put it there: "met to discuss guarding the frontier
        # between X and Y", "si è riunita per discutere la difesa della frontiera tra X e Y")
        discussed = _TO_DISCUSS_WHAT.search(sentence, at, place.start) if trigger.event_type == "CONSULT" and place.start > at else None
        topic = topic or (discussed is not None and not re.search(r"[,;:]", sentence[discussed.end() : place.start]) and not _PLAIN_IN.search(lead))
        # (nor the state whose situation a meeting is to look into: "convocati per esaminare la crisi in X")
        topic = topic or (discussed is not None and _SITUATION_IN.search(lead) is not None)
        # (nor a place inside what the talks' own verb discussed, its object before it: "discussed arrangements for a
        # coming summit due to be held in Moscow"; not where they were, "discussed in Moscow …", "discussed it at talks in X")
        # (the verb after an infinitive's "to" too: "are to discuss … the operation of the air force in X")
        verb = tools.words.discussed.match(sentence, at + 3 if sentence[at : at + 3].lower() == "to " else at) if trigger.event_type == "CONSULT" and place.start > at else None
        # (however long the object, a list of items set off by commas: "are to discuss several threats …, measures
        # …, and the air operation in X")
        topic = topic or (verb is not None and (_DISCUSSED_OBJECT.fullmatch(sentence, verb.end(), place.start) is not None
                                                or (place.start - verb.end() > _FAR_OBJECT and not _CLAUSE_VERB.search(sentence, verb.end(), place.start)))
                          and not _SETTING_INSIDE.search(sentence, verb.end(), place.start) and not _dated_setting(tools, sentence, verb.end(), place.start))
        # (nor what an act is meant to show or to serve: "an exercise … meant to show that one capital will defend
        # another")
        topic = topic or (place.start > at and bool(_PURPOSE_AFTER.search(sentence, at, place.start)))
        # (nor where what is formed may be sent one day: "a reserve of officers waiting to be sent to X", "in attesa di
        # essere mandati in X")
        topic = topic or (place.start > at and bool(_TO_BE_SENT.search(lead)))
        # (nor where talks would send troops: "was negotiating with A and B to send troops to X")
        topic = topic or (trigger.event_type == "CONSULT" and place.start > at and bool(_TALKS_TO_SEND.search(sentence, at, place.start)))
        addressee = verbal and bool(_ADDRESSEE.search(lead))  # "asked Russia for help", "chiesto aiuto alla Russia"
        # (and whom a sentence's appeal addresses is no place of anything it tells: "asked Russia for help during the
        # clashes on its border")
        addressee = addressee or bool(_APPEALED_TO.search(lead))
        government = bool(_METONYM.search(lead))  # "at the request of official Yerevan": its government, not a place
        # ("asked for the military intervention of Moscow", "l'intervento militare di Mosca": the help of a state's capital)
        government = government or bool(_HELP_OF.search(lead))
        # ("the collapse of the government in Kabul", "il governo di Kabul": the state's government, named by its seat)
        government = government or bool(_GOVERNMENT_IN.search(lead))
        # ("The … meeting … comes as … after a long foreign military mission in X": a place another act's noun locates,
        # far after the trigger, is that act's)
        government = government or (place.start - at > _OTHER_ACT_REACH and bool(_OTHER_ACT_IN.search(lead)))
        # ("a Russia-led alliance", "a Russia led bloc": who leads it, not where anything happens)
        government = government or bool(tools.words.led_by.match(sentence, place.end))
        # "according to the Kremlin website": a source named by its seat, not where the event was
        # (a place that speaks before what it reports is its government; one that speaks after a statement it
        # reports, "…, Kremlin says", is where that statement's author is)
        government = government or bool(_ACCORDING_TO.search(lead)) or (bool(_SPEAKS.match(sentence, place.end)) and (
            not verbal or place.start < at or bool(_TIME_CLAUSE_OPENS.search(lead))))  # ("…, hours after Moscow pledged …")
        # ("… as Moscow seeks to increase its influence": a capital that strives or wants is its government acting)
        government = government or bool(_STRIVES.match(sentence, place.end))
        # "accusing Moscow of …": whom an accusation names is its target, not its place
        government = government or (trigger.event_type == "ACCUSE" and place.start > at and bool(_ACCUSING.fullmatch(sentence, at, place.start)))
        # (nor where what it alleges happened: "accused its rivals of stretching out the fighting in <country>")
        alleged_in = _ACCUSED_OF.match(sentence, at) if trigger.event_type == "ACCUSE" and place.start > at else None
        topic = topic or (alleged_in is not None and place.end <= alleged_in.end())
        # "missed the CIS summit in Bishkek": where the meeting stayed away from was, not where the refusal was made
        # (and "the session was held in Astana … without the participation of X": the session's place, before it)
        government = government or (trigger.mode == "absent" and (place.start > at or bool(_WITHOUT_OF.match(sentence, at))))
        # "in order to stop drugs grown in <country> from crossing, the agencies held an operation": a place in
        # the purpose the act serves, before it, is not where the act was
        government = government or (place.start < at and bool(_PURPOSE_BEFORE.search(sentence, max(0, place.start - 150), place.start)))
        # ("Al secondo giorno dall'aggressione lanciata dal vicino X, il governo invoca …": the agent of a participle before
        # the trigger did something else, it is not where the trigger's event is)
        government = government or (place.start < at and bool(_AGENT_OF_PARTICIPLE.search(lead)))
        # "said it would not take part in drills in X": where the drills a statement names are, not where it was made
        government = government or (verbal and place.start > at and bool(_DRILLS_BEFORE.search(sentence, max(at, place.start - _DRILLS_REACH), place.start)))
        # ("The union, founded in 2002, is headquartered in Minsk": where a body sits, not where anything it did was)
        government = government or bool(_SEATED_IN.search(lead))
        # ("launched the operation under the chairmanship of Belarus": the state that chairs the bloc, not a place)
        government = government or bool(_CHAIRED_BY.search(lead))
        # a withdrawal happens where it leaves: "the withdrawal of the troops from Kazakhstan"
        # (and so does leaving one: "Russian troops will leave Kazakhstan by …")
        # (the force's long name between: "the pull-out of the United Example Stabilisation Mission (UESM) from X")
        left = trigger.event_type == "RETREAT" and 0 < place.start - at < _LEFT_REACH and bool(_FROM.search(lead) or _LEAVING.search(lead)) and (
            place.start - at < 60 or not re.search(r"[,;:]", sentence[at : place.start]))
        hosted = bool(_HOSTED_BY.search(lead))  # "the summit hosted by Belarus", "il vertice ospitato dalla Bielorussia"
        # ("le esercitazioni … causano rammarico alla Russia", "caused concern to Moscow": a reaction is where it is felt)
        felt = trigger.event_type in _REACTIONS and place.start > at and bool(_CAUSED_TO.fullmatch(sentence, at, place.start))
        hosted = hosted or felt
        addressee = addressee and not felt
        host = place.end <= at and _HOSTS.match(sentence, place.end, at) is not None  # "Kazakhstan will host the drills"
        # "Kazakhstan is conducting the drills": its own, unless the sentence puts them elsewhere ("… in Tajikistan")
        conducts = not host and not verbal and place.end <= at and _CONDUCTS.match(sentence, place.end, at) is not None
        # "at the X training ground in the Y Region": a range named after a place gives way to where the sentence puts it
        facility = bool(_FACILITY.match(sentence, place.end))
        # fire opened "on several of Kyrgyzstan('s) outposts": fighting is where its target is
        target = (trigger.event_type in ("FIGHT", "ASSAULT") and place.start > at and bool(_AIMED_AT.search(sentence, at, place.start))
                  and bool(_TARGET_NOUN.match(sentence, place.end)))
        # "invaded the border areas of Armenia": an invasion is where it went in
        target = target or (trigger.event_type == "FIGHT" and bool(_INVADED.fullmatch(sentence, at, place.start)))
        # (and the subject of a passive attack is where it was attacked: "the region was shelled by …")
        target = target or (trigger.event_type in ("FIGHT", "ASSAULT") and place.end <= at
                            and _PASSIVE_SUBJECT.fullmatch(sentence, place.end, at) is not None)
        # (and a capture is where what it took is: "the Taliban captured X's main border crossing with Y")
        target = target or (trigger.event_type in ("FIGHT", "ASSAULT") and place.start > at and _CAPTURED.search(sentence, at, place.start) is not None
                            and bool(_TARGET_NOUN.match(sentence, place.end)))
        # an office changed by a state's decision happened where that state is: "resigned by decision of Armenia"
        decided = trigger.event_type == "APPOINT" and place.start > at and bool(_BY_DECISION_OF.search(lead))
        # ("should respond to Uzbekistan's stance", "due to X's exit": a "to" that is no motion locates nothing)
        located = (left or hosted or target or decided or (bool(where.search(lead)) and not _TO_NO_MOTION.search(lead))
                   or bool(_BORDER_SECTION.search(lead))) and not topic
        # drills "along the border with Afghanistan" happen on this side of it
        # (and so is a partner: "exercises with the United States", "said with Russia"; not where they are held)
        beyond = bool(_BORDER_WITH.search(lead)) or ((verbal or trigger.event_type == "COOPERATE") and bool(_PARTNER.search(lead)))
        # (and a state whose border the act is near: "drills near the northern Afghanistan border" are on this side of it)
        beyond = beyond or id(place) in near_places
        # (and a state whose ties with the actor the sentence names: "… having cut its ties with Washington")
        beyond = beyond or bool(_TIES_WITH.search(lead))
        # (and an agent, not a place: "un attacco temuto alla Moldavia da parte di Mosca")
        beyond = beyond or bool(_AGENT_PHRASE.search(lead))
        # (and states named as doing it with the actor: "fondando, insieme a X e Y, l'organizzazione", "along with X")
        beyond = beyond or bool(_ALONG_WITH_BEFORE.search(lead))
        # "attacked by Baku": the attacker, named by its capital, is not where the fighting was
        attacker = trigger.event_type in ("FIGHT", "ASSAULT") and bool(_ATTACKED_BY.search(lead))
        # "Meeting in Astana, the two men discussed the talks since last month's clashes": the setting a sentence opens
        # on is its meeting's place, not that of an event its main clause names
        elsewhere = setting is not None and place.end <= setting.end() < at and trigger.event_type != "CONSULT"
        # ("Sputnik is live from Minsk, where X gives a press conference": the place a report comes from is where its
        # where-clause's event is)
        reported_from = bool(_FROM.search(lead)) and _WHERE_NEXT.match(sentence, place.end) is not None and place.end < at
        located = located or reported_from
        # ("drills on Russian military grounds", "on Armenian soil": a state's ground the sentence puts the event on)
        located = located or (not topic and place.text in tools.gazetteer.soil and bool(_ON_GROUND.search(lead)))
        origin = (bool(_FROM.search(lead)) and not left and not hosted and not reported_from) or topic or addressee or government or beyond or attacker or elsewhere
        # "the drills that will be held in Khatlon": where the trigger's own verb puts it, before any place nearer
        held = place.start > at and bool(_HELD_IN.search(sentence[at : place.start]))
        # (not the verb of what a visit came to discuss: "arrived in X to discuss the summit … to be held in Y")
        held = held and not _TO_DISCUSS.search(sentence, at, place.start)
        held = held or bool(_ARRIVED_IN.search(lead))  # "who arrived in Armenia to discuss …": the visit is there
        # (a deployment's own words that name where it goes: "the soldiers left for Serbia to join …")
        held = held or (trigger.event_type == "MOBILIZE" and at <= place.start < trigger_end)
        held = held or (trigger.event_type == "FIGHT" and at <= place.start and place.end <= trigger_end)  # (the war's own name)
        held = held or (own and noun is not None and not lead[noun.end() :].strip())  # ("the war in X": X, right after it)
        # ("il recente vertice di Mosca … la guerra che la Russia conduce in Ucraina", "the Moscow summit"): a session named by
        # its city was held there, whatever else the sentence locates
        held = held or (session_noun is not None and ((place.end <= session_noun.start() and not sentence[place.end : session_noun.start()].strip())
                                                      or _OF_CITY.fullmatch(sentence, session_noun.end(), place.start) is not None))
        # a place merely named in a later coordinate clause ("scontri …, e aveva chiesto l'intervento di Mosca") is
        # that clause's, not where the trigger's event happened
        far = not located and not held and place.start > at and bool(_COORDINATE.search(sentence, at, place.start))
        # (and one merely named in an earlier coordinate clause: "X and Y are allied with Russia …, but the fighting …")
        far = far or (not located and not held and place.end <= at and bool(_COORDINATE.search(sentence, place.end, at)))
        # (and one after the comma that closes the relative clause the trigger stands in: "X, who on 4 May was relieved of
        # the post, has gone home to <country>" was not relieved there)
        far = far or (place.start > at and relative is not None and "," in sentence[at : place.start])
        # (and one a later predicate of the same subject locates, past a comma or an "and": "cancelled a drill in X,
        # refused to name a deputy and recalled its envoy to its Moscow headquarters" was cancelled in X)
        far = far or (place.start > own_end and bool(_OTHER_PREDICATE.search(sentence, own_end, place.start)))
        # (a statement or a staying away in a relative clause is its subject's, wherever the main clause was: "the summit
        # in Moscow went ahead without X, who boycotted the event")
        origin = origin or ((verbal or trigger.mode == "absent") and place.end <= at and bool(_RELATIVE_PRONOUN.search(sentence, place.end, at)))
        # (a city or a country in the possessive that nothing locates the event in owns something: "to cement Moscow's hold")
        origin = origin or (not located and not held and _POSSESSIVE.match(sentence, place.end) is not None)
        # ("decided to mobilize reservists and Tajik President X called his counterparts in A, B and C": a place after
        # a coordinate clause with a subject of its own is that clause's, however it is introduced)
        origin = origin or (place.start > at and bool(_NEW_SUBJECT.search(sentence, at, place.start)))
        # ("a settlement between Yerevan and Baku": the parties to something the event is about, not its place; a
        # fight between two is where they are, above)
        origin = origin or (trigger.event_type not in ("FIGHT", "ASSAULT") and not located and bool(_PARTIES.search(lead)))
        score = ((0 if place.precision == "city" else 1) + (0 if located else 2) + (4 if origin else 0) - (2 if held and not origin and not facility else 0)
                 + (2 if far else 0) + (2 if facility else 0) - (3 if host else 0) - (1 if conducts else 0))
        return score, abs(place.start - at)

    # "exchanges of fire between the border guards of Kyrgyzstan and of Tajikistan": fighting between two states' forces
    # happened in neither one alone, unless the sentence puts it somewhere
    # (the pair's own names place nothing: "gli scontri sulla frontiera fra Armenia e Azerbaigian")
    pair = _between_pair(sentence, places) if trigger.event_type in ("FIGHT", "ASSAULT") else None
    if pair is not None and not any(rank(p)[0] <= 1 for p in places if p not in pair):
        return None, ()
    # "clashes on the Kyrgyz-Tajik border": fighting between the two, placed in neither unless the sentence names a place
    # finer than a state ("near the village of …"); the set's gold once put it on the side named first (round 26, batch
    # 27) and has since coded it in neither (batches 61-96, 201): the later convention holds (docs/annotation.md, "Country")
    border = _pair_border(tools, sentence)
    if border is not None and trigger.event_type in ("FIGHT", "ASSAULT") and not any(p.precision != "country" for p in places):
        return None, ()
    candidates = sorted(places, key=rank)
    left_place, told = _left_before(tools, trigger, sentence, at, places, source_country)
    if left_place is not None and told:
        return left_place, ()  # "the withdrawal of the force from that country": the one named before, whatever follows
    if verbal and candidates and rank(candidates[0])[0] <= 2 and candidates[0].start < at:
        # "le capitali X e Y si sono scambiate accuse": a statement's sources listed before it; the first is its
        # place, not the one named last
        first = places.index(candidates[0])
        while (first > 0 and _LIST_GAP.fullmatch(sentence[places[first - 1].end : places[first].start])
               and rank(places[first - 1])[0] == rank(candidates[0])[0]):
            first -= 1
        candidates.insert(0, places[first])
    if (verbal and source_country is not None and candidates and rank(candidates[0])[0] >= 2 and candidates[0].start > at
            and candidates[0].country != source_country and _REASON_CLAUSE.search(sentence, at, candidates[0].start)):
        # ("X accused Y of attacking … because Baku does not want …": a city a statement's reason merely names, nothing
        # putting the statement there, is no place of it; its author's country is)
        candidates = []
    if warring and not (
            candidates and rank(candidates[0])[0] <= 1 and (candidates[0].start > at or candidates[0].start < _OPENING_PLACE)):
        # ("the Azerbaijani attack on Armenia …, Baku managed to …": fighting between two states is where the sentence
        # locates it, else nowhere; not the capital it names nor the country an adjective gives a side)
        return None, ()
    if candidates and rank(candidates[0])[0] <= 2:
        spans = [(p.start, p.end) for p in places]
        listed = [p for i, p in enumerate(places) if _listed(sentence, spans, i)]
        between = re.search(r"\b(?:border|confine|frontiera)\s+(?:between|tra|fra)\s+(?:il\s+|the\s+)?$", sentence[: candidates[0].start])
        # (a list joins its last item with "and": "in the United States, Uzbekistan allowed …" sets a fronted phrase's
        # place before the subject, no list)
        joined = _and_joined(places, sentence, places.index(candidates[0])) if candidates[0] in listed else False
        if (candidates[0].precision == "country" and candidates[0] in listed and len({p.country for p in listed}) > 1 and not verbal and not between
                and joined):
            if not (listed[-1].end <= at and _LIST_SUBJECT.fullmatch(sentence, listed[-1].end, at)):
                # "drills in Kyrgyzstan, Kazakhstan and Tajikistan": no one country, but one event in each of them (a
                # border between two is the first's)
                return None, _list_of(places, sentence, places.index(candidates[0]))
            # ("A, B and C will hold joint maneuvers near the X border": the states that act, not where; placed as if
            # the sentence had not named them)
            candidates = [c for c in candidates if c not in listed]
    if candidates and rank(candidates[0])[0] <= 2:
        return candidates[0], ()  # a place the sentence puts the event in ("in Kazakhstan"), else a city it names
    if left_place is not None:
        return left_place, ()
    if _in_a_call(tools, sentence, at):
        return None, ()  # what a call is the setting of, placed nowhere else: "Nei colloqui telefonici X ha raggiunto un accordo con Y"
    side = next((m for m in _SIDE_OF.finditer(sentence, at, at + _SIDE_REACH) if not re.search(r"[,;:]", sentence[at : m.start()])), None)
    country = tools.registry.country_words.get(fold(side.group("en") or side.group("it"))) if side is not None and not verbal else None
    if country is not None:  # "si sono scontrate nella zona kirghiza", "fighting on the Tajik side": that state's side of the line
        return PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country"), ()
    beside = _country_beside(tools, trigger, sentence, at)
    if beside is not None:  # "the Belarusian presidential elections", "le proteste bielorusse": the country the noun names
        return PlaceFound("", 0, 0, tools.gazetteer.country_name(beside), beside, None, None, "country"), ()
    town = tools.named_town.search(sentence)
    if town is not None:  # "nella città turkmena di Avaza": a town the gazetteer lacks, in a known country
        country = tools.registry.country_words.get(fold(town.group("before") or town.group("after") or town.group("capital_before")
                                                        or town.group("capital_after") or town.group("site_before") or town.group("site_after") or town.group("site_of")))
        if country is not None:
            return PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country"), ()
    wide = tools.words.bloc_wide.search(sentence)
    if wide is not None and wide.end() <= at and any(c.kind == "speech" and _COMMA_SUBJECT.search(sentence, wide.end(), c.start)
                                                     for c in find_cues(tools.quote_words, sentence, wide.end(), at)):
        wide = tools.words.bloc_wide.search(sentence, at)
    if (wide is not None and filed_at is not None and not verbal and wide.group(0)[:4].lower() == "from"
            and _PEOPLE_BEFORE.search(sentence, 0, wide.start())):
        # ("units sent from member countries of the bloc drilled …" in a story filed from a city: where the forces
        # came from is an origin, as "from Russia" is, and the drill was where the story is filed)
        wide = None
    if wide is not None:
        # "an operation across all the member states", "within the CSTO": in all of them, no one country (said of the
        # event, near it: not of what a statement before it is about, "kept its duties within the bloc, X told reporters
        # after talks with Y")
        return None, ()
    if any(_AND_PARTNERS.match(sentence, p.end) for p in places if p.end <= at and p.precision == "country"):
        return None, ()  # "Russia and its partners agreed in February to …": several states, no one country
    subject = _STATES_SUBJECT.match(sentence, 0, at) if verbal else None
    if verbal and subject is None:  # (or opening the trigger's own coordinate clause: "… ma entrambe le parti hanno poi accusato")
        joints = list(_CLAUSE_JOINT.finditer(sentence, max(0, at - 80), at))
        subject = _STATES_SUBJECT.match(sentence, joints[-1].end(), at) if joints else None
    if subject is not None and not _RELATIVE_PRONOUN.search(sentence, subject.end(), at):
        return None, ()  # "two ex-Soviet states declined to sign …": several states' refusal or statement, no one country
    # the source actor's country, else where the story is filed, else the article's: not the last country named;
    # a meeting or an act reported from a dateline happened there before it happened in a participant's country
    if not verbal and filed_at is not None and main_country() in (None, filed_at.country):
        return replace(filed_at, text="", start=0, end=0), ()
    if source_country is not None:
        return PlaceFound("", 0, 0, tools.gazetteer.country_name(source_country), source_country, None, None, "country"), ()
    if (border is not None and not verbal and _NEAR_BORDER.search(sentence, 0, border.start)
            and not tools.words.topic.search(sentence, max(0, border.start - 60), border.start)):
        # (and drills "close to the Tajik-Afghan border" with no place nor actor of their own: the first side too; not
        # a border that is an act's object or goal, "to reinforce the Tajik-Afghan frontier", "a mission to the … border",
        # nor one a statement is about, "briefed them on the situation along the Kazakh-Kyrgyz frontier")
        return border.place, ()
    if filed_at is not None and main_country() in (None, filed_at.country):
        return replace(filed_at, text="", start=0, end=0), ()  # a foreign desk's dateline ("BAKU, …" on Kazakh news) is not the place
    if trigger.event_type == "COOPERATE" and any(0 < p.start - at < _PARTIES_REACH and _PARTIES.search(sentence, max(at, p.start - 40), p.start)
                                                 for p in places):
        # ("un'esercitazione militare congiunta fra Russia e Bielorussia", "joint drills between A and B"): a joint drill
        # between the states it names, and nothing putting it in one of them, is in no one country
        return None, ()
    # (a sitting of a body with its own seat, "told the Security Council", is not in the story's country)
    seated = session is not None and tools.words.seated.search(session.group(0)) is not None
    # (nor is a gathering or an accord: the bloc's bodies meet in the chair's capital, or online, whatever the story's
    # country; a visit is to it, and a deployment, a fight or a protest is in it)
    gathering = trigger.event_type in _MET_ANYWHERE and trigger.mode != "visit"
    if gathering and trigger.event_type == "AGREE":
        # (but a ratification is a state's own act, at home: "the agreement … was ratified")
        own = trigger.pattern.match(sentence, at)
        gathering = own is None or not _LAW_SIGNED.search(own.group(0))
    country = main_country() if not seated else None
    country = None if gathering and country is not None and titled() != country else country
    if country is not None and country not in denied and country not in near_border:  # (not the country the sentence says it is not in)
        return PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country"), ()
    spans = [(p.start, p.end) for p in places]
    # a place merely named, unless one of a list ("by Russia, Armenia and Kazakhstan"); not for a statement, whose
    # named country is what it is about or whom it addresses ("accuses Azerbaijan of …", "urged Kyrgyzstan to …")
    if (named and not verbal and not gathering and candidates and rank(candidates[0])[0] < 4
            and not _listed(sentence, spans, spans.index((candidates[0].start, candidates[0].end)))):
        return candidates[0], ()
    return None, ()


#: The types of event that happen where their participants gather, not in the story's country: meetings and accords.
_MET_ANYWHERE = frozenset({"CONSULT", "AGREE"})
#: A body or a gathering named by what it deals with, right before a place: "the working group on ", "talks on ",
#: "la commissione sull'" (the place is its topic: it meets elsewhere).
_BODY_ON = re.compile(r"\b(?:group|commission|committee|conference|talks|council|forum|consultations|negotiations|gruppo|commissione|"
                      r"comitato|conferenza|colloqui|consultazioni|negoziati)\s+(?:on|about|sul|sulla|sull['’]|su)\s*(?:the\s+)?$", re.IGNORECASE)


#: A trigger that ends on the subjunctive of what it wants done: "insisted the meeting be ", "demanded that X should ".
_SUBJUNCTIVE_END = re.compile(r"\b(?:be|should|must)\s*$", re.IGNORECASE)
#: The country a withdrawal leaves, told by a pronoun right after it: "from that country", "leave the country",
#: "out of the country", "dal paese".
_LEFT_ANAPHOR = re.compile(r"\b(?:from|out\s+of|leaves?|leaving|left|dal|da\s+quel|lasciare|lasceranno|lascia)\s+(?:that|the|this|il|quel)?\s*"
                           r"(?:country|paese)\b", re.IGNORECASE)
#: Troops a name right before stands for, the withdrawing side: "U.S. and NATO forces", "Russian troops".
_FORCES_AFTER = re.compile(r"(?:\s+(?:and|e)\s+[\w.'’-]+)?\s+(?:forces|troops|soldiers|military|contingents?|peacekeepers|units|"
                           r"truppe|forze|soldati|militari|contingenti?)\b", re.IGNORECASE)


def _left_before(tools: EventTools, trigger: Trigger, sentence: str, at: int, places: Sequence[PlaceFound],
                 source_country: str | None) -> tuple[PlaceFound | None, bool]:
    """Where a withdrawal that no place locates goes out of: the country named last before it, when it leaves "that
    country" ("threats from Afghanistan … the withdrawal of the force from that country"), or when that country is
    what the sentence is about ("talks on the situation in X given the coalition's pull-out"); and True when
    a pronoun told it. Never the withdrawing side's own country, nor a name that owns or leads something ("Russia's",
    "a Russia-led force")."""
    if trigger.event_type != "RETREAT":
        return None, False
    match = trigger.pattern.match(sentence, at)
    anaphor = _LEFT_ANAPHOR.search(sentence, at, (match.end() if match is not None else at) + 70) is not None
    before = [p for p in places if p.end <= at and p.country is not None and p.country != source_country
              and _POSSESSIVE.match(sentence, p.end) is None and not tools.words.led_by.match(sentence, p.end)
              and _FORCES_AFTER.match(sentence, p.end) is None]
    if not before:
        return None, False
    last = before[-1]
    about = tools.words.topic.search(sentence[max(0, last.start - 60) : last.start]) is not None
    return (last if anaphor or about else None), anaphor


_POSSESSIVE_END = re.compile(r"['’]s?$")


def _in_a_call(tools: EventTools, sentence: str, at: int) -> bool:
    """Whether the trigger at ``at`` is told as made in a call: one named before it ("Nei colloqui telefonici X ha
    raggiunto un accordo con Y"), or after it in its own clause ("la tregua fissata ieri durante una telefonata fra i
    leader")."""
    for pattern in tools.words.calls:
        call = pattern.search(sentence, 0, at)
        if call is not None and _IN_CALL.search(sentence, max(0, call.start() - 40), call.start()):
            return True
    for pattern in tools.words.calls:
        call = pattern.search(sentence, at, at + _CALL_REACH)
        if (call is not None and _IN_CALL.search(sentence, max(at, call.start() - 40), call.start())
                and not re.search(r"[,;:]", sentence[at : call.start()])):
            return True
    return False


def _country_beside(tools: EventTools, trigger: Trigger, sentence: str, at: int) -> str | None:
    """The country whose name or adjective qualifies the trigger's noun ("Belarusian presidential elections were held",
    "le proteste bielorusse"), if one does."""
    before, after = tools.country_beside
    found = before.search(sentence, max(0, at - 60), at)
    match = trigger.pattern.match(sentence, at)
    if found is None and match is not None:
        found = after.match(sentence, match.end())
    return tools.registry.country_words.get(fold(_POSSESSIVE_END.sub("", found.group("country")))) if found is not None else None


#: An object no one document names: "signed no paper at all" (did not sign any) is no refusal of one.
_ANY_OBJECT = re.compile(r"\b(?:any|alcun[oa]?|nessun[oa]?)\b", re.IGNORECASE)
#: A truce named right after an agreement's verb: "agreed to a cease-fire", "agreed on a lasting truce".
_TRUCE = re.compile(r"\b(?:cease-?fire|truce|armistice|tregua|cessate\s+il\s+fuoco)\b", re.IGNORECASE)
#: How far after an agreement's verb its truce may be named.
_TRUCE_REACH = 40
#: An agreement of several parties by its adjective: "the trilateral declaration", "un accordo trilaterale".
#: (or two named in the trigger's words: "the accord between A and B, in force since …")
_SEVERAL_PARTIES = re.compile(r"\b(?:tri|multi|quadri)lateral[ei]?\b|\b(?:between|tra|fra)\s+(?-i:[A-Z])[\w-]*\s+(?:and|e)\s+(?-i:[A-Z])"
                              # (or the two sides unnamed: "una tregua firmata fra le due parti")
                              r"|\b(?:between\s+the\s+(?:two\s+)?(?:sides|parties)|(?:tra|fra)\s+le\s+(?:due\s+)?parti|(?:tra|fra)\s+i\s+due)\b", re.IGNORECASE)
#: Right after a trigger, the words that make its act mutual: "each other", "one another", "a vicenda", "reciprocamente".
_RECIPROCAL = re.compile(r"\s*(?:each\s+other|one\s+another|mutually|a\s+vicenda|reciprocamente|vicendevolmente|l['’]\s*un\s+l['’]\s*altr[oa])\b",
                         re.IGNORECASE)
#: A trigger whose words open with the passive's auxiliary: "was denied assistance", "è stato negato".
_UNDERGOES = re.compile(r"(?:was|were|been|being|(?:è|sono)\s+stat[oaie]|fu|venne)\s", re.IGNORECASE)
#: One state's side of a line, by its adjective: "on the Tajik side", "in the Kyrgyz part", "nella zona kirghiza",
#: "sul versante tagiko".
_SIDE_OF = re.compile(r"\b(?:on|in)\s+the\s+(?P<en>(?-i:[A-Z])[a-z]+)\s+(?:side|part|section|territory)\b"
                      r"|\b(?:nella|nel|sulla|sul|in)\s+(?:zona|area|parte|lato|territorio|versante|settore)\s+(?P<it>[a-zà-ù]+)\b", re.IGNORECASE)
#: The most characters from a trigger to the side of the line it names after it.
_SIDE_REACH = 80
#: The most characters from a trigger to the call it was made in, after it.
_CALL_REACH = 80
#: The setting a call is told as, right before it: "in a phone call", "during their telephone conversation", "nei".
_IN_CALL = re.compile(r"\b(?:in|during|over|nel|nei|nella|nelle|durante|in\s+the\s+course\s+of|nel\s+corso\s+d\w+)\s+"
                      r"(?:(?:a|an|the|their|his|her|its|un|una|i|la|le|il)\s+)?(?:[\w'’-]+\s+)?$", re.IGNORECASE)


class _PairBorder(NamedTuple):
    """The side named first of a border named by its two sides, and where those words start in the sentence."""

    place: PlaceFound
    start: int


#: The "of" that ends a noun's trigger, before whose it is: "appeal of ", "richiesta dell'".
_OF_END = re.compile(r"\b(?:of|di|del|della|dello|dell['’]|dei|degli)\s*$", re.IGNORECASE)
#: Where a pair opens ("between", "tra", "fra"), and what joins its two states: " and the forces of ", " e del ".
#: (and a verb that pits the two sides against each other: "clashes pitting the guards of X and of Y", "scontri oppongono i
#: poliziotti del X e del Y")
_PAIR_OPENS = re.compile(r"\b(?:between|tra|fra|pitting|pitted|oppon(?:e|gono|eva|evano)|contrappon(?:e|gono|eva|evano))\s", re.IGNORECASE)
_PAIR_JOIN = re.compile(r"\s+(?:and|e)\s+(?:(?:the|il|la|i|le|gli|l['’])\s*)?(?:[\w'’-]+\s+){0,3}?(?:(?:of|del|della|dello|dell['’]|dei|degli)\s*(?:the\s+)?)?",
                        re.IGNORECASE)


def _between_pair(sentence: str, places: Sequence[PlaceFound]) -> tuple[PlaceFound, PlaceFound] | None:
    """The two countries that stand as a pair after "between" ("between the guards of X and of Y", "tra le truppe del X
    e del Y"), with no stop between the word and the first of them, if two do."""
    for opened in _PAIR_OPENS.finditer(sentence):
        after = [p for p in places if p.start >= opened.end() and p.precision == "country"]
        if (len(after) >= 2 and not re.search(r"[,.;:]", sentence[opened.end() : after[0].start]) and after[0].start - opened.end() < 80
                and _PAIR_JOIN.fullmatch(sentence, after[0].end, after[1].start)):
            return after[0], after[1]
    return None


#: A border named by the two states it runs between: "the border between Armenia and Azerbaijan", "il confine tra
#: Kirghizistan e Tagikistan".
_BORDER_BETWEEN = re.compile(r"\b(?:border|frontier|confine|frontiera|confini)\s+(?:between|tra|fra)\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?"
                             r"(?P<first>[A-Z][\w'’-]+)\s+(?:and|e)\s+(?:the\s+|il\s+|la\s+|l['’]\s*)?(?P<second>[A-Z][\w'’-]+)")


#: A border word in or right after a fighting trigger: "scontri frontalieri", "border clashes", "scontri al confine".
_BORDER_WORD = re.compile(r"\b(?:frontalier[ie]|di\s+confine|al\s+confine|sul\s+confine|alla\s+frontiera|border|frontier)\b", re.IGNORECASE)
#: How far after a trigger's start its border word may stand.
_BORDER_WORD_REACH = 30
#: How far after a fighting trigger the border word of a sentence that names two states may stand ("Shooting broke out
#: on Monday on the frontier between A's province and B's").
_BORDER_SENTENCE_REACH = 60
#: Two states' adjectives joined as a pair: "kirghiso-tagiki", "Kyrgyz-Tajik".
_PAIR_ADJECTIVES = re.compile(r"\b([A-Za-zÀ-ÿ]+)-([A-Za-zÀ-ÿ]+)\b")


#: The two states of a story named together by their number or as sides: "between the two countries", "dei due paesi",
#: "both sides", "da entrambe le parti".
_BOTH_SIDES = re.compile(r"\b(?:(?:of|between)\s+the\s+two\s+(?:countries|states|republics|nations|neighbou?rs)|both\s+sides|"
                         r"(?:dei|tra\s+i|fra\s+i)\s+due\s+(?:paesi|stati|vicini)|(?:delle|tra\s+le|fra\s+le)\s+due\s+(?:repubbliche|parti)|"
                         r"(?:da|per)\s+entrambe\s+le\s+parti|entrambe\s+le\s+parti)\b", re.IGNORECASE)


def _pair_named(tools: EventTools, paragraph: str) -> bool:
    """True when a paragraph names two states as a pair by their joined adjectives ("i negoziati kirghiso-tagiki")."""
    for pair in _PAIR_ADJECTIVES.finditer(paragraph):
        first, second = (tools.registry.country_words.get(fold(pair.group(i))) for i in (1, 2))
        if first is not None and second is not None and first != second:
            return True
    return False


def _paired_drill(tools: EventTools, sentence: str, at: int, end: int) -> bool:
    """True when two states' joined names or adjectives qualify a drill's trigger right before or after it: "the
    Russia-Belarus Zapad drills", "the joint Kyrgyz-Tajik exercise", "le manovre russo-bielorusse"."""
    near = sentence[max(0, at - _PAIRED_REACH) : at] + " " + sentence[end : end + _PAIRED_REACH]
    near = _PAIR_BORDER.sub(" ", near)  # (not a border the two name: "drills near the Russia-Belarus border")
    return _pair_named(tools, near)


#: How far before or after a drill's trigger the pair naming its two states may stand.
_PAIRED_REACH = 24


def _two_state_border(tools: EventTools, paragraph: str) -> bool:
    """True when a paragraph names a border by the two states it runs between ("the Kyrgyz-Tajik border", "il confine
    tra Kirghizistan e Tagikistan")."""
    for border in (*_PAIR_BORDER.finditer(paragraph), *_BORDER_BETWEEN.finditer(paragraph)):
        sides = [border.group(g) for g in ("first", "second", "first_it", "second_it") if g in border.re.groupindex and border.group(g)]
        countries = {tools.registry.country_words.get(fold(side)) for side in sides}
        if None not in countries and len(countries) == 2:
            return True
    return False


def _pair_border(tools: EventTools, sentence: str) -> _PairBorder | None:
    """The country of the side named first in a border named by its two sides ("the Kyrgyz-Tajik border")."""
    border = _PAIR_BORDER.search(sentence)
    if border is None:
        return None
    first, second = border.group("first") or border.group("first_it"), border.group("second") or border.group("second_it")
    country = tools.registry.country_words.get(fold(first))
    if country is None or tools.registry.country_words.get(fold(second)) is None:
        return None
    return _PairBorder(PlaceFound("", 0, 0, tools.gazetteer.country_name(country), country, None, None, "country"), border.start())


#: Where an event stands by a border named right after: "close to the", "near the", "along the", "lungo il".
_NEAR_BORDER = re.compile(r"\b(?:near|close\s+to|along|on|at|by|vicino\s+al|lungo\s+il|presso\s+il|sul)\s+(?:the\s+)?$", re.IGNORECASE)


#: A possessive after a name: "Russia's".
_POSSESSIVE = re.compile(r"['’]s\b")
#: The most characters from a withdrawal's trigger to the place it leaves ("from X") with no comma between.
_LEFT_REACH = 100
#: A state's own region after its possessive: "'s Chelyabinsk region", "’s Astrakhan Oblast", "'s capital".
_OWN_REGION = re.compile(r"['’]s\s+(?:(?-i:[A-Z])[\w-]+\s+){0,2}(?:region|oblast|province|territory|district|krai|city|capital)\b", re.IGNORECASE)
#: Where a visitor came: "arrived in", "arriving at".
_ARRIVED_IN = re.compile(r"\b(?:arrived|arrives|arriving)\s+(?:in|at)\s+(?:the\s+)?$", re.IGNORECASE)
#: A purpose that names what a visit or a meeting was about: "to discuss", "in order to prepare".
def _told_before(sentence: str, cue: Cue, common: bool = False) -> int | None:
    """Where the reported words end when ``cue`` closes a trailing attribution whose speaker stands between a comma and
    the cue ("<what was said>, the bloc's Secretary General X said at a meeting …"): that comma's offset, else None (a
    cue that opens its own clause, "… said that", closes nothing; nor does one after a short opening, "In Moscow, X said")."""
    if cue.kind != "speech" or _THAT_CLAUSE.match(sentence, cue.end):
        return None
    comma = (_NAMED_AFTER_COMMA.search(sentence, 0, cue.start) or
             (_COMMON_AFTER_COMMA.search(sentence, 0, cue.start) if common else None))
    return comma.start() if comma is not None and len(sentence[: comma.start()].split()) >= _REPORTED_WORDS else None


#: The comma before a speaker's few words right before his cue: "…, CSTO Secretary General X said".
#: (a title's "of the" and a bracketed acronym too: "…, Secretary General of the <Bloc> (CSTO) X said")
_NAMED_AFTER_COMMA = re.compile(r",\s*(?-i:[A-Z])[\w'’.-]*\s+(?:(?:(?-i:[A-Z])[\w'’.-]*|of|the|\((?-i:[A-Z]{2,6})\))\s+){0,11}$")
#: (and before a body's common noun, for where the words end: "…, the presidential press service said")
_COMMON_AFTER_COMMA = re.compile(r",\s*(?-i:the)\s+(?:[\w'’-]+\s+){1,4}$")
#: A trigger that is itself the verb of a speech to a body: "told the Security Council", "addressed the parliament".
_TOLD_TRIGGER = re.compile(r"(?:told|addressed|briefed)\b", re.IGNORECASE)
#: The fewest words a reported clause before its attribution holds.
_REPORTED_WORDS = 8
#: A clause that gives a reason, after a statement's trigger: "because", "perché", "poiché", "since".
_REASON_CLAUSE = re.compile(r"\b(?:because|since|as|perché|poiché|dato\s+che|visto\s+che)\b", re.IGNORECASE)
#: A place put plainly in, right before it: "in ", "a ", "nella ", "at the ".
#: The object right after that verb, up to a place it names: a noun phrase, no preposition first, no comma.
#: (a list of objects joined by a comma and "and" is one object: "discussed the holding of the games, and holding two of
#: their stages in X")
_DISCUSSED_OBJECT = re.compile(r"\s+(?!(?:in|at|during|on|with|by|via|nel|nella|durante|a|al|alla|con|presso)\s)(?:,\s+(?:and|as\s+well\s+as|e)\s|[^,;:.!?]){3,200}?", re.IGNORECASE)
#: The words of a setting inside it ("at talks in", "during the summit in"), which place the talks.
_SETTING_INSIDE = re.compile(r"\b(?:at|during|amid|on\s+the\s+sidelines\s+of|in\s+the\s+course\s+of|durante|nel\s+corso|a\s+margine|in\s+occasione)\b", re.IGNORECASE)
#: The preposition of a place right after a date: " in ", ", at the ", " a ".
_DATE_THEN_IN = re.compile(r"\s*,?\s*(?:in|at|a|ad|nel|nella|presso)\s+(?:the\s+)?", re.IGNORECASE)


def _dated_setting(tools: EventTools, sentence: str, start: int, end: int) -> bool:
    """True when a date stands right before the place at ``end`` ("to discuss the question on December 6 in <city>",
    "il 6 dicembre a <città>"): the words say when and where the act is, not what it is about."""
    return any(_DATE_THEN_IN.fullmatch(sentence, m.end(), end) for m in tools.date_words.pattern.finditer(sentence, start, end))


#: A relative clause set off by a comma that tells an act of its own, not the held or taking place of what it follows:
#: ", which provides for …", ", che prevede …".
#: (not its own course told in it: "the manoeuvres, which start on 9 October", "which is scheduled for May")
_WHICH_OTHER = re.compile(r",\s+(?:which|che|il\s+quale|la\s+quale)\s+(?!(?:was|were|is|are|will\s+be|has\s+been|had\s+been)\s+(?:held|convened|staged|conducted)\b|"
                          r"(?:took|takes|will\s+take)\s+place\b|si\s+(?:è|sono|terrà|svolgerà)\b|"
                          r"(?:will\s+|(?:is|are)\s+to\s+)?(?:start|starts|started|begin|begins|began|run|runs|ran|open|opens|opened|end|ends|ended|last|lasts|lasted|close|closes|closed)\b|"
                          r"(?:is|are|was|were)\s+(?:scheduled|due|planned|set|expected|slated)\b|inizi\w*|"
                          r"(?:è|sono)\s+(?:previst|programmat)\w*)", re.IGNORECASE)
#: How far into what talks discussed (characters) a place is that object's, whatever stands between.
_FAR_OBJECT = 80
#: A verb of a clause of its own inside a long object: "…, and then they flew to", "…, which was held in".
_CLAUSE_VERB = re.compile(r"\b(?:was|were|is|are|will|would|has|have|had|went|flew|met|arrived|held)\b", re.IGNORECASE)
#: A clause after a comma that tells about the place before it: ", where", ", dove", ", in cui".
_WHERE_TAIL = re.compile(r",\s*(?:where|dove|in\s+cui|in\s+which)\b", re.IGNORECASE)
#: A state's situation named right before its place: "the situation in ", "gli sviluppi della crisi in ".
_SITUATION_IN = re.compile(r"\b(?:situation|situazione|crisis|crisi|developments|sviluppi|events|eventi|tensions|tensioni)\s+(?:in|nel|nella|at)\s+(?:the\s+)?$",
                           re.IGNORECASE)
_PLAIN_IN = re.compile(r"\b(?:in|at|a|ad|nel|nella|nello|presso)\s+(?:the\s+)?$", re.IGNORECASE)
_TO_DISCUSS = re.compile(r"\b(?:in\s+order\s+)?to\s+(?:discuss|prepare|review|consider|examine|talk\s+(?:about|over))\b", re.IGNORECASE)
#: What stands between two names of one list: ", ", ", and ", " and ", " e ".
#: (and "sia X che il Y": two states joined as a pair)
_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|e\s+)?|(?:and|e)\s+|che\s+(?:il\s+|la\s+|l['’]\s*)?)(?:(?<=e\s)(?:il|la|lo)\s+)?", re.IGNORECASE)


def _list_of(places: Sequence[PlaceFound], text: str, index: int) -> tuple[PlaceFound, ...]:
    """The countries of the list that holds ``places[index]``, each once, in the order named; a name that owns
    what follows it ("to Kazakhstan and Russia's reinforcement") starts another phrase, not the list."""
    first, last = _list_bounds(places, text, index)
    seen: dict[str, PlaceFound] = {}
    for place in places[first : last + 1]:
        if place.country is not None:
            seen.setdefault(place.country, place)
    return tuple(seen.values())


def _list_bounds(places: Sequence[PlaceFound], text: str, index: int) -> tuple[int, int]:
    """The first and last index of the run of countries listed with ``places[index]``; a name that owns what follows it
    ("to Kazakhstan and Russia's reinforcement") starts another phrase, not the list."""

    def member(place: PlaceFound) -> bool:
        # (but a state's own region is in it: "in Belarus and Russia's Chelyabinsk region")
        return place.precision == "country" and (not _POSSESSIVE.match(text, place.end) or bool(_OWN_REGION.match(text, place.end)))

    first = last = index
    while first > 0 and member(places[first - 1]) and _LIST_GAP.fullmatch(text[places[first - 1].end : places[first].start]):
        first -= 1
    while last + 1 < len(places) and member(places[last + 1]) and _LIST_GAP.fullmatch(text[places[last].end : places[last + 1].start]):
        last += 1
    return first, last


def _and_joined(places: Sequence[PlaceFound], text: str, index: int) -> bool:
    """Whether the run of places listed with ``places[index]`` joins one of them with "and"/"e" (or "or"/"o")."""
    first, last = _list_bounds(places, text, index)
    return any(_AND_GAP.search(text, a.end, b.start) for a, b in itertools.pairwise(places[first : last + 1]))


#: The joint of a list's last item: " and ", ", e ", " or ".
_AND_GAP = re.compile(r"\b(?:and|e|or|o)\b", re.IGNORECASE)


def _listed(text: str, spans: Sequence[tuple[int, int]], index: int) -> bool:
    """True for the name at ``spans[index]`` when a neighbouring name is listed with it: "Azerbaijan, Belarus
    and Georgia joined" has no one subject."""
    start, end = spans[index]
    before = index > 0 and _LIST_GAP.fullmatch(text[spans[index - 1][1] : start]) is not None
    after = index + 1 < len(spans) and _LIST_GAP.fullmatch(text[end : spans[index + 1][0]]) is not None
    return before or after


_DATELINE_PLACE = re.compile(
    # (or a full stop and a dash: "YEREVAN.- …", "YEREVAN. – …")
    rf"^\s*(?:{STAMP})?{AGENCY}(?P<place>[A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+(?:[ -][A-ZÀ-Ý][A-Za-zÀ-ÿ'’.-]+){{0,2}})\s*(?:,\s|\s[–—-]+\s|(?<=\.)\s*[–—-]+\s)"
)


def _countries_named(tools: EventTools, prepared: Sequence[tuple[int, str, str, list[Mention]]]) -> set[str]:
    """The countries an article's text names (outside its dateline and quotations), by a place, by name or by a body of
    theirs ("MOSCOW (Sputnik) …" over a story that never names Russia again; a person's nationality does not count:
    the bloc's spokesman may be Russian)."""
    named = {p.country for _, _, masked, mentions in prepared
             for p in tools.gazetteer.find(masked, None, [(m.start, m.end) for m in mentions if m.actor_type == "person"]) if p.country}
    named |= {m.country for _, _, masked, mentions in prepared for m in mentions
              if m.country and m.actor_type in ("country", "organisation") and masked[m.start : m.end] == m.text}
    return named


def _dateline_place(tools: EventTools, lines: Sequence[str], day: dt.date | None) -> PlaceFound | None:
    """The city an agency dateline names ("DUSHANBE, September 16. /TASS/.", "ASTANA – …", "Bishkek, Nov. 23")."""
    for line in lines:
        # ("BISHKEK (Wire - 10th March, 2023) …"; and "ASTANA. KAZINFORM - …", whose agency the first reads as the
        # city's second word)
        matches = [m for m in (_DATELINE_PLACE.match(line), DATELINE_HEAD.match(line)) if m is not None]
        if not matches and DATE_LINE.fullmatch(line):
            # ("August 5, 2031, Sochi", "May 3, 2031, The Kremlin, Moscow": an official page's day line, its place last)
            matches = [m for m in (_DAY_LINE_PLACE.search(line),) if m is not None]
        if not matches:
            continue
        for candidate in matches:
            name = candidate.group("place").rstrip(".")
            written = name.title() if name.isupper() else name
            # (the whole name, not a town inside a person's name that opens the lead: "Ivan Petrov, who …" is no "Ivan")
            found = [p for p in tools.gazetteer.find(written, day, []) if p.precision == "city" and (p.start, p.end) == (0, len(written))]
            if found:
                return found[0]
        # ("MATYBULAK, Kazakhstan, Oct 16 (Reuters) -": a place the gazetteer lacks, in the country written after it)
        match = matches[0]
        country = _DATELINE_COUNTRY.match(line, match.end("place"))
        code = tools.registry.country_words.get(fold(country.group("country"))) if country is not None else None
        if code is not None:
            return PlaceFound("", 0, 0, tools.gazetteer.country_name(code), code, None, None, "country")
    return None


#: The place an official page's day line ends on: "…, 2031, Sochi", "…, 2031, The Kremlin, Moscow".
_DAY_LINE_PLACE = re.compile(r"(?:19|20)\d{2}\s*,(?:[^,]*,)*\s*(?P<place>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*)?)\s*$")
#: The country a dateline writes after its place: ", Kazakhstan, ".
_DATELINE_COUNTRY = re.compile(r"\s*,\s*(?P<country>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\s*,")


def _relative_subject(mentions: Sequence[Mention], masked: str, first: int, at: int) -> Mention | None:
    """The actor a relative clause holding the trigger is about: "Kyrgyzstan will host the drills instead of Armenia,
    which had turned down the role" is Armenia's refusal."""
    clauses = list(_WHICH.finditer(masked, first, at))
    relative = clauses[-1] if clauses else None
    if relative is None or re.search(r"[,;:]", masked[relative.end() : at]):
        return None
    before = [m for m in mentions if m.end <= relative.start()]
    if not before or masked[before[-1].end : relative.start()].strip():
        return None
    alike = [m for m in before if m.actor_type == before[-1].actor_type]
    if _listed(masked, [(m.start, m.end) for m in alike], len(alike) - 1):
        return None  # ("A, B and C, which were joined by D": the clause is about the list, no one country)
    if _NAME_AND_BEFORE.search(masked, max(0, before[-1].start - 40), before[-1].start):
        return None  # (and two named, one the registry does not know: "Georgia and Azerbaijan, which became parties …")
    return before[-1]


#: A capitalised name and "and" right before another name: "Georgia and ", "Georgia e ".
_NAME_AND_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’-]+\s+(?:and|e|ed)\s+$")


#: A subject that names a country as "the <…> nation of": the phrase is the country itself.
# (after a fronted phrase too, and with the region's possessive: "After a long pause, the region's largest young
# republic of X came back …")
_NATION_OF = re.compile(r"(?:[^,;:]{0,80},\s+)?\W*(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:nation|country|state|republic)\s+of\s+(?:the\s+)?", re.IGNORECASE)
#: A reported clause whose subject is a pronoun for its speaker: "announced that it is cancelling", "said they would".
_PRONOUN_THAT = re.compile(r"\s*(?:that\s+)?(?:it|they|we)\s+(?:is|are|was|were|will|would|has|have|had)\b", re.IGNORECASE)
#: A state and the others it acts with, unnamed: " and its partners", " e i suoi alleati".
_AND_PARTNERS = re.compile(r"\s+(?:and|e)\s+(?:its|their|i\s+suoi|i\s+loro)\s+(?:[\w-]+\s+){0,2}?(?:partners|allies|neighbou?rs|partner|alleati|vicini)\b",
                           re.IGNORECASE)
#: Other states joined to a name, the subject's second part: " and other CSTO member states", " e gli altri Stati membri".
_AND_OTHER_STATES = re.compile(r"\s+(?:and|e)\s+(?:the\s+|gli\s+)?(?:other|altri)\s+(?:[\w-]+\s+){0,2}?(?:member\s+)?(?:states|countries|members|allies|Stati|paesi|membri|alleati)\b")
#: Other states' leaders joined to a name, the subject's second part: " and leaders of", " e i capi di".
_AND_LEADERS_OF = re.compile(r"\s+(?:and|e)\s+(?:the\s+|i\s+|gli\s+)?(?:leaders|heads\s+of\s+state|presidents|capi\s+di\s+stato|leader|presidenti)"
                             r"\s+(?:of|from|di|dei|degli|del|della|dell['’])\b", re.IGNORECASE)
#: A subject of several states the sentence does not name: "Two former Soviet republics", "Five of the states", "Most allies".
_STATES_SUBJECT = re.compile(r"\W*(?:the\s+)?(?:two|three|four|five|six|seven|several|some|both|all|most|many|other)\s+(?:of\s+the\s+)?"
                             r"(?:[\w-]+\s+){0,3}?(?:republics|states|countries|members|nations|governments|allies|partners|sides|parties)\b"
                             # (in Italian too: "entrambe le parti", "i due Paesi", "le due repubbliche")
                             r"|\W*(?:entramb[ei]|le\s+due|i\s+due|tutt[ei]\s+(?:e\s+)?(?:le|i)|alcun[ei])\s+(?:le\s+|i\s+)?(?:[\w-]+\s+){0,2}?"
                             r"(?:parti|paesi|stati|repubbliche|governi|alleati|membri)\b", re.IGNORECASE)
#: Where a coordinate clause opens: ", ", "; ", " e ", " and ", " ma ", " but ".
_CLAUSE_JOINT = re.compile(r"[,;]\s*|\s(?:e|and|ma|but)\s+", re.IGNORECASE)
#: A relative pronoun that opens a clause of its own (with or without a comma): "who", "which", "il quale".
_RELATIVE_PRONOUN = re.compile(r"\b(?:who|which|il\s+quale|la\s+quale|i\s+quali)\s", re.IGNORECASE)
#: How far before a trigger the pronoun of the relative clause it stands in may be: ", who was ".
_RELATIVE_REACH = 24
#: A relative clause that opens on the name before it: ", which", ", who", ", che".
_WHICH = re.compile(r",\s*(?:which|who|che|il\s+quale|la\s+quale)\s", re.IGNORECASE)


#: A relative clause that the trigger ends, opened right after its antecedent: ", which ", ", who ", ", che " (and the
#: few words of it before the trigger: "…, which suspended").
_RELATIVE_SUBJECT = re.compile(r",\s*(?:which|who|che|il\s+quale|la\s+quale)\s+(?:[\w'’-]+\s+){0,3}$", re.IGNORECASE)


def _source_country(registry: Registry, words: EventWords, before: Sequence[Mention], lead: str, start: int) -> str | None:
    """The country of the first actor named before the trigger that has one (``_source_of``)."""
    return _source_of(registry, words, before, lead, start)[0]


def _source_of(registry: Registry, words: EventWords, before: Sequence[Mention], lead: str, start: int) -> tuple[str | None, bool]:
    """The country of the first actor named before the trigger that has one (the sentence's subject, as a
    rule): "Kazakh President Tokayev … during a CSTO session" happened, failing a place, in Kazakhstan.
    A country in the possessive or after a preposition ("suspend Uzbekistan's membership", "to Russia") is an
    object, not the subject, unless the words' ``agent`` says its noun is a person or a body that acts for it
    ("Tajikistan's representative", "Moldova's security council"); so is the first half of a compound ("the Russia-led
    bloc", the words' ``led_by``). The flag is True when the subject is two actors ("Kyrgyzstan
    and Tajikistan agreed …"), whose act neither country holds."""
    spans = [(m.start - start, m.end - start) for m in before]
    # ("A and B, members of the bloc, and C, which froze its membership in 2012, …": the relative clause's own
    # subject is the name right before its pronoun, whatever list that name closes)
    relative = _RELATIVE_SUBJECT.search(lead)
    if relative is not None:
        owner = next((m for m in reversed(before) if m.end - start <= relative.start() and not lead[m.end - start : relative.start()].strip()), None)
        if owner is not None and owner.actor_type == "country" and _NAME_AND_BEFORE.search(lead, max(0, owner.start - start - 40), owner.start - start):
            return None, True  # ("Georgia and Azerbaijan, which became parties …": the two named, one the registry lacks)
        if owner is not None and owner.actor_type in ("country", "organisation", "person") and owner.actor_id in registry.actors:
            country = registry.actors[owner.actor_id or ""].country
            if country:
                return country, False
    states = [m for m in before if m.actor_type == "country"]
    heads = _HEADS_OF.match(lead) if len(states) >= 2 else None
    if (heads is not None and heads.end() <= states[0].start - start
            and all(_OF_LIST_GAP.fullmatch(lead, a.end - start, b.start - start) for a, b in itertools.pairwise(states))):
        # "I capi delle guardie di confine di X e di Y hanno concordato …", "The presidents of A (Name), B (Name) and C
        # attended …": the heads of several states act together, in none of them (as "Kyrgyzstan and Tajikistan
        # agreed …" does)
        return None, len(states) == 2
    objects: set[int] = set()  # countries passed over as a phrase's objects
    # (and those a relative clause set off by commas names: "the CSTO, which includes X as an observer, held …")
    described = [m.span(1) for m in _COMMA_WHICH.finditer(lead)]
    for mention in before:  # ("X said it got a letter from <State> declaring the suspension": the state's act)
        at, end = mention.start - start, mention.end - start
        if (mention.actor_type == "country" and _SENT_BY.search(lead[max(0, at - 12) : at]) and _DECLARING.fullmatch(lead, end)
                and mention.actor_id in registry.actors):
            return registry.actors[mention.actor_id or ""].country, False
    for index, mention in enumerate(before):
        at, end = mention.start - start, mention.end - start
        if mention.actor_type == "country" and any(a <= at < b for a, b in described):
            objects.add(index)
            continue
        if mention.actor_type == "country" and _DECISION_OF.fullmatch(lead, end) and mention.actor_id in registry.actors:
            return registry.actors[mention.actor_id or ""].country, False  # "Belarus's choice to miss the summit": Belarus acts
        if (mention.actor_type == "country" and words.agent.match(lead, end) and mention.actor_id in registry.actors
                and not _PREPOSITION.search(lead[max(0, at - 25) : at])):
            return registry.actors[mention.actor_id or ""].country, False  # "Tajikistan's envoy asked for help": Tajikistan's act
        if mention.actor_type == "country" and (lead[end : end + 2] in ("'s", "’s") or _PREPOSITION.search(lead[max(0, at - 25) : at])
                                                or words.led_by.match(lead, end)) and not (
                _NATION_OF.fullmatch(lead, 0, at)):  # ("The Central Asian nation of Kyrgyzstan cancelled …": the subject)
            objects.add(index)
            continue
        if mention.actor_type == "country" and _STANCE_PREFIX.search(lead, max(0, at - 6), at):
            objects.add(index)  # ("after eight years of pro-US drift, X rejoined …": a stance's adjective names no actor)
            continue
        if mention.actor_type == "country" and _GERUND_BEFORE.search(lead, max(0, at - 24), at):
            objects.add(index)  # ("the union avoided naming Georgia as the culprit": the gerund's object)
            continue
        if mention.actor_type == "country" and _AND_PARTNERS.match(lead, end):
            return None, False  # "Russia and its partners agreed …": several states, no one country
        if mention.actor_type == "country" and _AND_OTHER_STATES.match(lead, end):
            return None, True  # ("Russia and other member states declined …": several states, the act in none of them)
        if mention.actor_type in ("country", "person") and _AND_LEADERS_OF.match(lead, end):
            return None, True  # "President X and leaders of A, B and C finalized …": several states, in none of them
        if mention.actor_type == "person" and _PREPOSITION.search(lead[max(0, at - 25) : at]) and _SUBJECT_AFTER.match(lead, end):
            continue  # ("Uno sgarbo a X: Y non andrà al vertice": whom a phrase names before the subject)
        if lead[end : end + 2] in ("'s", "’s") and len(lead[end + 2 :].split()) > 3:
            continue  # "X's announcement came a day after the Union decided to": X owns a noun far from the trigger
        # (a title after a name is its apposition, no second member: "X, Armenia’s foreign minister and chair
        # of the Council, received …")
        # (nor are the objects of a phrase before it: "after the clashes between A and B, C had insisted …" is C's)
        alike = [i for i, other in enumerate(before) if other.actor_type == mention.actor_type
                 and (i == index or mention.kind == "descriptor" or other.kind != "descriptor") and i not in objects]
        if _listed(lead, [spans[i] for i in alike], alike.index(index)):
            # "Azerbaijan, Belarus and Georgia joined": a subject of several states has no one country (names of other
            # kinds between commas are an apposition: "the Council, Hasan Sultonov, Tajikistan's envoy"); two of them
            # ("Armenia and Azerbaijan agreed to halt fire") act in neither, where the story is often about one
            return None, len(alike) == 2
        if mention.actor_type == "organisation" and mention.actor_id is None and mention.country:
            return mention.country, False  # ("Armenia's Special Investigative Service accused …": a state's body, unregistered)
        if mention.kind == "anonymous" and mention.country:
            return mention.country, False  # ("US Congressmen X and Y condemned …": a group or a source of a state's)
        actor = registry.actors.get(mention.actor_id or "")
        international = actor is not None and any(role.country is None for role in actor.roles)
        if actor is not None and actor.country and actor.type in ("person", "country") and not international:
            return actor.country, False  # not a CSTO Secretary General's nationality: his office is not in his country
        if actor is not None and actor.country and actor.type == "organisation":
            # ("official Bishkek announced …": the country's government acts for it; and so do its ministries: "Il
            # ministero della Difesa armeno ha rifiutato …")
            return actor.country, False
    return None, False


#: A subject that is the heads of some body, opening the sentence: "The heads of the border services of …", "I capi delle
#: guardie di …", "the foreign ministers of …".
_HEADS_OF = re.compile(r"\s*(?:the|i|gli|le)\s+(?:[\w-]+\s+){0,2}?(?:heads|chiefs|leaders|presidents|ministers|commanders|capi|presidenti"
                       r"|ministri|comandanti)\b", re.IGNORECASE)
#: What joins the states of such a subject, a leader's name in brackets after each or not: " and of the ", " e del ",
#: " (Name), ", ", and ".
_OF_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,60}\))?(?:\s*,\s*(?:(?:and|e)\s+)?|\s+(?:and|e)\s+)(?:of\s+|del\s+|della\s+|dell['’]\s*)?(?:the\s+)?",
                          re.IGNORECASE)

#: Speaking at a meeting: who does so attends it, as who is present does.
_SPEAKING_AT = r"(?:speaking|spoke|addressing|intervenendo|parlando)\s+(?:at|to|a|al|alla|all['’])"
#: Attending or missing a meeting, right before its noun: "non era presente al ", "was absent from the ", "present at".
_ATTENDED = re.compile(r"\b(?:(?:presente|presenti|present|absent|assente|assenti)\s+(?:a|al|alla|all['’]|at|from|in)"
                       # (and speaking at it: "X, addressing the bloc's session, …", "intervenendo alla sessione")
                       rf"|{_SPEAKING_AT})\s*(?:the\s+|an?\s+)?(?:[\w-]+\s+){{0,2}}?$",
                       re.IGNORECASE)

#: What joins a second date at which the same act happened again: " and again in ", " and later in ", " e di nuovo nel ".
#: A plural noun of agreements: "accords", "agreements", "accordi", "intese".
_PLURAL_ACCORDS = re.compile(r"\b(?:agreements|accords|treaties|accordi|trattati|intese)\b", re.IGNORECASE)
#: A second year joined to the first by "and": " and 2021", " e nel 2021".
_SECOND_YEAR = re.compile(r"\s*,?\s+(?:and|e)\s+(?:in\s+|nel\s+)?((?:19|20)\d{2})\b", re.IGNORECASE)
#: What joins an act to the when-clause after it, up to that clause's trigger: " when the troops of Valleya ".
#: The same, its when-clause set off by a comma after a longer object: "… forces in the form of peacekeepers, when violent ".
_COMMA_WHEN_JOINS = re.compile(r"[^.;:]{0,100}?,\s+when\s+(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
_WHEN_JOINS = re.compile(r"[^.;:,]{0,40}?\s(?:when|as)\s+(?:[\w'’-]+\s+){0,3}", re.IGNORECASE)
#: A second date joined to the first by "and" alone, inside what the date reader took as one: " and ", " e nel ".
_SECOND_DATE = re.compile(r"\s*,?\s+(?:and|e)\s+(?:in\s+|nel\s+|a\s+)?", re.IGNORECASE)


def _second_of_pair(tools: EventTools, chosen: DateFound) -> DateFound | None:
    """The second of two months or years the date reader took as one ("May 2030 and September 2031": it dates the
    pair by the first), as a date of its own when it names its own year; else None."""
    joint = _SECOND_DATE.search(chosen.text)
    if joint is None:
        return None
    found = find_dates(tools.date_words, chosen.text[joint.end() :], tools.parser, None, None, None)
    if len(found) != 1 or found[0].precision != chosen.precision or not found[0].explicit_year or found[0].date in (None, chosen.date):
        return None
    begin = chosen.start + joint.end() + found[0].start
    return replace(chosen, text=found[0].text, start=begin, end=begin + len(found[0].text), date=found[0].date)
_AGAIN_ON = re.compile(r"\s*,?\s+(?:and|e|then|poi)\s+(?:again|later|once\s+more|di\s+nuovo|ancora|poi|nuovamente)\s+(?:in|on|nel|nella|a|ad|il)\s+(?:the\s+)?", re.IGNORECASE)
#: A meeting's place that is the border itself, right after its trigger: " at a border crossing", " a un valico di frontiera".
_AT_CROSSING = re.compile(r"\s+(?:at|on|a|al|presso)\s+(?:(?:a|the|un|il)\s+)?(?:border\s+(?:crossing|checkpoint|post)|checkpoint|"
                          r"valico(?:\s+di\s+frontiera)?|posto\s+di\s+blocco)\b", re.IGNORECASE)
#: A trigger that opens on speaking at the meeting it names: "addressing the session of …", "intervenendo alla sessione".
_ATTENDED_WORDS = re.compile(rf"{_SPEAKING_AT}\b", re.IGNORECASE)
#: A sentence whose subject is the last of the things named before it: "Quest'ultimo …", "The latter …".
_THE_LATTER = re.compile(r"\W*(?:quest['’]\s*ultim[oaie]|the\s+latter)\b", re.IGNORECASE)

#: What may stand between a verb and its subject after it: "Non hanno firmato (neppure) (la) X".
_INVERTED_OPEN = re.compile(r"\s*(?:(?:anche|neppure|nemmeno|né)\s+)?(?:il\s+|la\s+|l['’]\s*|lo\s+)?", re.IGNORECASE)
#: The end of a clause right after a name: a full stop, a semicolon, or the end of the text.
_CLAUSE_END = re.compile(r"\s*(?:[.;!?]|$)")

#: A country that sends the text which announces the trigger: "a note from <Country> declaring the …", "a letter by
#: <Country> announcing its …".
_SENT_BY = re.compile(r"\b(?:from|by|da|dal|dalla)\s+(?:the\s+)?$", re.IGNORECASE)
_DECLARING = re.compile(r"\s+(?:declaring|announcing|notifying\s+(?:it\s+)?of|on|about|regarding|che\s+annuncia(?:va)?)\s+(?:the\s+|its\s+|a\s+|la\s+|il\s+)?",
                        re.IGNORECASE)
#: A person named as the subject after a phrase that named another: ": Pashinyan", ", Tokayev".
_SUBJECT_AFTER = re.compile(r"\s*[:,]\s*[A-Z]")


#: A state's own decision right before the trigger it decides: "'s decision to", "'s refusal to"; or its own making of
#: what the trigger names: "Russia's forming a reserve force".
_DECISION_OF = re.compile(r"['’]s\s+(?:(?:decision|refusal|move|plan|intention|choice)\s+(?:not\s+)?to\s*"
                          r"|(?:forming|formation|creation|establishment|setting\s+up)\s+(?:of\s+)?(?:an?\s+|the\s+|its\s+)?)", re.IGNORECASE)


#: The state that chairs, named right after its tenure's noun: "under the chairmanship of ", "sotto la presidenza del ".
_CHAIRED_BY = re.compile(r"\b(?:chairmanship|presidency|presidenza)\s+(?:of|di|del|della|dell['’])\s*(?:the\s+)?$", re.IGNORECASE)
#: The bloc's rotating chair: "the CSTO's presidency", "the chairmanship of the organization", "CSTO chairmanship".
_BLOC_TENURE = re.compile(r"\b(?:CSTO|ODKB|OTSC|bloc|alliance|organi[sz]ation)(?:['’]s)?\s+(?:(?:annually|yearly|annual|one-year)\s+)?(?:rotating\s+)?(?:presidency|chairmanship)\b"
                          r"|\b(?:presidency|chairmanship)\s+(?:of|in)\s+the\s+(?:CSTO|ODKB|bloc|alliance|organi[sz]ation)\b", re.IGNORECASE)
#: An office of the bloc's own: its Secretary General, a deputy, the Chief of its Joint Staff.
_BLOC_OFFICE = re.compile(
    r"\b(?:(?:Deputy\s+)?Secretary[- ]General|Chief\s+of\s+(?:the\s+)?(?:CSTO\s+)?Joint\s+Staff|(?:Vice\s+)?Segretari[oa]\s+Generale)\s+"
    r"(?:of\s+the\s+|della\s+|dell['’]\s*)?(?:CSTO|ODKB|OTSC|Collective\s+Security\s+Treaty\s+Organi[sz]ation|Organizzazione\s+del\s+Trattato)\b|"
    r"\b(?:CSTO|ODKB|Collective\s+Security\s+Treaty\s+Organi[sz]ation(?:\s*\((?:CSTO|ODKB)\))?)\s+(?:Deputy\s+)?Secretary[- ]General\b|"
    # (and named by the bloc's own noun: "as the organization's secretary general")
    r"\b(?:organi[sz]ation|bloc|alliance)['’]s\s+(?:deputy\s+)?secretary[- ]general\b", re.IGNORECASE)
#: A trigger that tells the change of office in the passive, its holder before it: "the CSTO Secretary General X has
#: been dismissed".
_PASSIVE_OFFICE = re.compile(r"(?:was|were|(?:has|have|had)\s+been)\s", re.IGNORECASE)
#: How far before a passive trigger (or one of taking office) its office is looked for.
_OFFICE_BEFORE = 120


#: A founding told by the participle that opens its sentence: "Created in 1992, …", "Fondata nel 1992, …".
_FOUNDED_FIRST = re.compile(r"(?:Established|Founded|Created|Formed|Fondat[ao]|Istituit[ao]|Creat[ao])\s")
#: A decision the trigger names as the bloc's own: "the organization's decision to", "la decisione dell'alleanza di".
_BLOC_DECISION = re.compile(
    r"\b(?:CSTO|ODKB|OTSC|organi[sz]ation|alliance|bloc)['’]s?\s+(?:[\w-]+\s+)?decision\b|"
    # ("a decision of the bloc's Collective Security Council": a body of the bloc decided)
    r"\bdecisions?\s+of\s+the\s+(?:CSTO|ODKB|OTSC|Collective\s+Security\s+Council|organi[sz]ation|alliance|bloc)\b|"
    # ("the 2 May decision on the bloc's budget": a decision on the bloc's own affairs is the bloc's)
    r"\bdecisions?\s+(?:on|regarding|about|concerning)\s+the\s+(?:CSTO|ODKB|OTSC|organi[sz]ation|alliance|bloc)['’]s\b|"
    r"\bdecisione\s+del\s+Consiglio\s+di\s+sicurezza\s+collettiva\b|"
    r"\bdecisione\s+(?:dell['’]\s*(?:organizzazione|alleanza|Odkb|Otsc)|del\s+blocco|della\s+(?:CSTO|Csto|ODKB|OTSC))\b",
    re.IGNORECASE,
)


def _bloc_owned(registry: Registry, mentions: Sequence[Mention], masked: str, end: int) -> bool:
    """True when the words right after a trigger name a body of no one country as its owner: "session of the CSTO
    Council", "riunione del Consiglio di sicurezza collettiva"."""
    owner = next((m for m in mentions if end <= m.start <= end + 12), None)
    if owner is None or not _BODY_OF.fullmatch(masked, end, owner.start):
        return False
    actor = registry.actors.get(owner.actor_id or "")
    return actor is not None and actor.type == "organisation" and actor.country is None


_BODY_OF = re.compile(r"\s+(?:of|del|della|dello|dell['’])\s*(?:the\s+)?", re.IGNORECASE)


def _state_owner(registry: Registry, mentions: Sequence[Mention], masked: str, at: int, end: int) -> str | None:
    """The state whose own body a meeting belongs to, named right after the meeting's noun: "a meeting of Armenia's
    National Security Council" (a country in the possessive, not one of a list: "of Russia's and Armenia's ministers"),
    "a session of the Armenian government" (a registered body of one state), "the sitting of the Kyrgyz Security
    Council" (an unregistered body named with its country)."""
    meeting = _MEETING_OF.search(masked, at, end + 12)
    if meeting is None:
        return None
    owner = next((m for m in mentions if m.start == meeting.end()), None)
    if owner is None:
        return None
    actor = registry.actors.get(owner.actor_id or "")
    if owner.actor_type == "country" and actor is not None and actor.country:
        possessive = masked[owner.end : owner.end + 2] in ("'s", "’s")
        return actor.country if possessive and not _AND_NEXT.match(masked, owner.end + 2) else None
    if owner.actor_type == "organisation" and actor is not None and actor.type == "organisation" and actor.country:
        return actor.country
    if owner.actor_type == "organisation" and actor is None and owner.country:
        return owner.country
    return None


#: A meeting's noun and the "of" that names whose meeting it is: "meeting of the ", "sessione del ".
_MEETING_OF = re.compile(r"\b(?:meeting|session|sitting|riunione|sessione|seduta)\s+(?:of|del|della|dello|dell['’])\s*(?:the\s+)?", re.IGNORECASE)
#: The prefix of a stance's adjective right before a state's name: "pro-", "anti-", "filo".
_STANCE_PREFIX = re.compile(r"\b(?:pro|anti|filo)-?$", re.IGNORECASE)
#: A gerund right before a name, whose object the name is: "calling ", "accusing ", "urging the ".
_GERUND_BEFORE = re.compile(r"\b(?!(?:during|including|regarding|concerning|according|morning|evening|following|bring)\b)[a-z]{2,}ing\s+(?:the\s+)?$")
#: A list that goes on after a possessive: " and ", " e ".
_AND_NEXT = re.compile(r"\s+(?:and|e)\s", re.IGNORECASE)


#: A subject that is a bloc's members together, named by the bloc's common noun: "The heads of state of the regional
#: defence bloc", "i capi di Stato dell'alleanza".
_BLOC_MEMBERS_LEAD = re.compile(
    r"\W*(?:the\s+|i\s+|gli\s+)?(?:leaders|heads\s+of\s+state|heads|members|member\s+states|presidents|leader|capi(?:\s+di\s+stato)?|membri|paesi\s+membri)"
    r"\s+(?:of\s+the|del|dell['’]|della|dello)\s*(?:[\w-]+\s+){0,3}(?:bloc|alliance|organi[sz]ation|blocco|alleanza|organizzazione)\b",
    re.IGNORECASE)


def _bloc_subject(registry: Registry, before: Sequence[Mention], lead: str, start: int) -> bool:
    """True when the first actor named before the trigger (its subject, as a rule) is an organisation of no one
    country, or a person speaking for one ("the CSTO approved", "the organisation's Secretary General called for")."""
    for mention in before:
        at, end = mention.start - start, mention.end - start
        if _PREPOSITION.search(lead[max(0, at - 25) : at]) or lead[end : end + 2] in ("'s", "’s"):
            continue  # an object or an owner ("at the CSTO's session"), not the subject
        actor = registry.actors.get(mention.actor_id or "")
        if actor is None:
            return False
        if actor.type == "organisation":
            return actor.country is None
        return actor.type == "person" and any(role.country is None for role in actor.roles)
    return False


def _subject_country(tools: EventTools, lead: str, named: Sequence[tuple[int, int]]) -> str | None:
    """The country a sentence's subject names by a country word before the trigger, when no registered actor
    does: "Il governo kirghiso ha chiesto", "The Armenian cabinet appealed".
    A country word inside an actor mention, or after a preposition ("to Russia"), is not the subject's."""
    for match in tools.country_words.finditer(lead):
        if any(a <= match.start() < b for a, b in named):
            continue
        before = lead[max(0, match.start() - 25) : match.start()]
        if _PREPOSITION.search(before) or lead[match.end() : match.end() + 8].lstrip(" -").lower().startswith(("led", "backed")):
            continue  # "to Russia", "the Russia-led bloc": not the subject's own country
        return tools.registry.country_words.get(fold(match.group(0)))
    return None


_PREPOSITION = re.compile(
    # (a conjunction joins the name to another only after a word: "And Armenia itself refused …", "E l'Armenia ha
    # rifiutato …" open a sentence with its subject)
    r"\b(?:to|from|with|in|at|on|of|for|against|between|(?<=\S\s)and|by|into|a|al|alla|da|dal|dalla|con|in|nel|nella|di|del|della|"
    r"contro|tra|fra|(?<=\S\s)e|per|sul|sulla)\s+(?:the\s+|il\s+|la\s+|l['’])?$",
    re.IGNORECASE,
)


#: A refusal said as a judgement ("ritiene «inopportuno» svolgere quest'anno …"): made when it is said, and a date
#: after it is the drills'.
_JUDGED_UNFIT = re.compile(r"\b(?:inopportun|prematur|inappropriate|unreasonable|inadvisable|untimely|inexpedient|expedient|no\s+(?:reason|need|grounds?))", re.IGNORECASE)
#: A refusal said as a future ("will not host", "non ospiterà"): made when it is said.
#: A stop's verb at a trigger's start: "cease …", "stop …", "halt …", "suspend …".
_STOP_VERB = re.compile(r"(?:cease|stop|halt|suspend|freeze)\b", re.IGNORECASE)
#: The future right before a verb: "will ", "would ", "would also ".
_WILL_BEFORE = re.compile(r"\b(?:will|would|shall)\s+(?:also\s+|now\s+)?$", re.IGNORECASE)
_SAYS_IT_WILL_NOT = re.compile(r"(?:will|would)\s+not\b|won['’]t\b|refrain(?:s|ing)?\s+from\b|non\s+\w+(?:à|anno)\b", re.IGNORECASE)


#: A relative clause about a place, after the trigger: ", where", ", dove", ", in cui".
#: A relative clause that tells what an agreement holds: ", under which X will …", ", in base al quale X potrà …".
_CONTENT_WORDS = r"under\s+which|whereby|according\s+to\s+which|in\s+base\s+a(?:l|lla|i|lle)\s+qual[ei]|secondo\s+(?:cui|il\s+quale|la\s+quale)"
_CONTENT_AFTER = re.compile(rf",\s+(?:{_CONTENT_WORDS})\b", re.IGNORECASE)
_WHERE_AFTER = re.compile(rf",\s+(?:where|dove|in\s+cui|{_CONTENT_WORDS})\b", re.IGNORECASE)  # (and what an agreement holds)
#: A trigger that opens with the preposition that joins it to its clause's verb: "with a request", "con la richiesta".
_COMPLEMENT_TRIGGER = re.compile(r"(?:with|con)\s", re.IGNORECASE)
#: A trigger that is a verb in the past, with its own subject or coordinated: "refused", "ha rifiutato".
_FINITE_VERB = re.compile(r"(?:\w+ed|(?:ha|hanno)\s+\w+[aiu]t[oaie])\b", re.IGNORECASE)
#: A period that starts at the date before it: "since then", "ever since", "da allora", "da quel momento".
_SINCE_THEN = re.compile(r"\b(?:(?:ever\s+)?since\s+then|ever\s+since|da\s+allora|da\s+quel\s+(?:momento|giorno|anno))\b", re.IGNORECASE)
#: A preposition that makes a date the start of a period: "since March", "dal marzo" (right before the date).
_SINCE_DATE = re.compile(r"\b(?:since|dal|dall['’]|dalla)\s*$", re.IGNORECASE)
#: What joins two verbs of one subject: " and ", " e ".
_COORDINATED = re.compile(r"\s(?:and|e)\s", re.IGNORECASE)
#: A second finite verb of the trigger's subject after it: " and announced", ", e hanno annunciato" (in lower case: not
#: " and United …").
_AND_THEN_VERB = re.compile(r",?\s(?:and|e)\s+(?:also\s+|then\s+|poi\s+)?(?:(?-i:[a-z])\w*ed|(?:ha|hanno)\s+\w+[aiu]t[oaie])\b", re.IGNORECASE)


def _month_end(day: dt.date) -> dt.date:
    """The last day of ``day``'s month."""
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


#: A "not" that says someone is unhappy with what the trigger's noun names, right before it: "is not satisfied with the ",
#: "non è rimasto soddisfatto dall'esito dei ", "non è contento dei ".
_NOT_CONTENT_WITH = re.compile(r"\b(?:not|non)\s+(?:(?:is|was|are|were|been|è|era|sono|erano|è\s+stat[oa]|(?:è|era)\s+rimast[oa]|(?:sono|erano)\s+rimast[ie])\s+)?"
                               r"(?:satisfied|happy|pleased|content|soddisfatt[oaie]|content[oaie]|felic[ei])\s+(?:(?:with|about|by)(?:\s+the)?(?:\s+(?:outcome|results?)\s+of(?:\s+the)?)?"
                               r"|(?:dall['’]\s*esito|dai\s+risultati|dell['’]\s*esito)\s+(?:dei|degli|delle|del|della|dello|dell['’])|dei|degli|delle|del|della|dello|dell['’]|dai|dal|dalla|con\s+(?:i|gli|le|il|la|l['’]))\s*$",
                               re.IGNORECASE)
#: The words that concede a fact right before a noun: "despite the ", "in spite of X's ", "nonostante il ", "malgrado il ".
_CONCESSIVE = re.compile(r"\b(?:despite|in\s+spite\s+of|notwithstanding|nonostante|malgrado|a\s+dispetto\s+d)\b", re.IGNORECASE)
#: How far before a refusal's noun its concessive word may stand.
_CONCESSIVE_REACH = 30


def _word_start(text: str, start: int) -> int:
    """``start``, moved past the rest of a word it cuts into ("ameri|cano" starts at the space after it), so that a
    window read from it holds whole words only."""
    while 0 < start < len(text) and text[start - 1].isalnum() and text[start].isalnum():
        start += 1
    return start


def _status(
    words: EventWords, sentence: str, at: int, found: DateFound | None, published: dt.date | None, verbal: bool = False, event_type: str = "",
    own_date: bool = False, clause_from: int = 0,
) -> str:
    """How the sentence tells the trigger's event: happened, negated, planned or hypothetical. ``clause_from`` is where
    the trigger's own words start when reported words stand before them ("<what will be done>, said X at a meeting")."""
    if event_type in ("REJECT", "SANCTION") and _SAYS_IT_WILL_NOT.match(sentence, at):
        return "happened"  # (and a stop said so, "will not finance", "will refrain from financing": decided when said)
    if event_type == "REJECT" and _REFUSAL_NOUN.match(sentence, at):
        return "happened"  # (a refusal told by its noun has been made, whatever the sentence plans: "will go despite X's refusal to …")
    if event_type == "SANCTION" and _STOP_VERB.match(sentence, at) and _WILL_BEFORE.search(sentence, max(0, at - 14), at):
        return "happened"  # ("announced that it would cease financing the bloc": a stop decided when it is said)
    if event_type == "THREATEN" and (_ULTIMATUM.match(sentence, at) or _THREAT_IN_FUTURE.match(sentence, at)):
        # ("will activate the bloc's mechanisms if the troops do not pull back", "will react toughly", "risponderà
        # duramente": threatened when said, whatever the future it threatens)
        return "happened"
    # ("si svolgono … e dureranno fino al 27 agosto": under way; the future is the day it ends)
    unlasting = _LASTING.sub(lambda m: " " * len(m.group(0)), sentence)
    # ("è in visita a Minsk, dove parteciperà al vertice": what a clause about the place will see is not the
    # trigger's tense)
    where_clause = _WHERE_AFTER.search(unlasting, at, at + 60)
    # (nor what a second verb of the same subject goes on to tell: "agreed a truce and then announced plans to …"; a
    # trigger that is a noun, "reached an agreement on the drill and decided to stage it", is what that verb plans)
    if where_clause is None and _FINITE_VERB.match(sentence, at):
        where_clause = _AND_THEN_VERB.search(unlasting, at + 1, at + 60)
    clause = unlasting[max(clause_from, at - 60) : where_clause.start() if where_clause is not None else at + 60]
    topic = _TO_DISCUSS_WHAT.search(unlasting, at, at + 60) if event_type == "CONSULT" else None
    if topic is not None:
        # ("hanno parlato al telefono per esaminare le prossime mosse": what a meeting met to talk over is not its tense)
        clause = clause[: max(0, topic.start() - max(clause_from, at - 60))]
    if event_type in _REACTIONS:
        # (a reaction's tense is its own verb's, not that of the plan it reacts to: "regrets Armenia's intentions to hold
        # drills", "si rammarica della decisione di tenere manovre")
        clause = unlasting[max(clause_from, at - 60) : at + 1]
    lead = sentence[_word_start(sentence, max(0, at - 30)) : at]  # (from a whole word: "…ricano" cut to "no" is no "no")
    # (a verb of calling off governs the trigger in its own list item: in "cancelled the drills, refused to appoint …"
    # the refusal is not called off)
    own_item = sentence[_word_start(sentence, max(0, at - 60)) : at]
    own_item = own_item[own_item.rfind(", ") + 1 :] if ", " in own_item else own_item
    if _FINITE_VERB.match(sentence, at):  # (nor in "cancelled the drills and refused to …", a verb of its own)
        own_item = _COORDINATED.split(own_item)[-1]
    # (a meeting someone stayed away from, "has not attended the summit", was held: the absence is the REJECT)
    # (a trigger that is the complement of its clause's verb, "has not yet applied to <a long name> with a request
    # for help", is negated with that verb, however far back the verb stands in the clause)
    if _COMPLEMENT_TRIGGER.match(sentence, at):
        lead = sentence[max(sentence.rfind(mark, 0, at) for mark in ",;:") + 1 : at]
    # (a noun with its own date is not negated by what comes before it: "proteste non autorizzate dalle elezioni di
    # domenica" negates the permit, not the election)
    # (nor is a meeting named as the setting of what did not happen there: "the document was not agreed upon at the
    # Yerevan summit" tells a summit held)
    setting = event_type == "CONSULT" and _SETTING_PREPOSITION.match(sentence, at) is not None
    # (nor is an act its "not" says someone is unhappy with: "is not satisfied with the talks", "non è soddisfatto dei
    # negoziati" tells talks held)
    setting = setting or _NOT_CONTENT_WITH.search(sentence, max(0, at - 60), at) is not None
    if (((words.negation.search(lead) and not own_date and not setting) or (event_type != "SANCTION" and words.cancelled.search(own_item)))
            and not (event_type == "CONSULT" and _stayed_away_from(words, sentence, at))):
        return "negated"
    if words.unrealised.search(sentence[_word_start(sentence, max(0, at - 60)) : at + 80]) or (
            event_type in ("COOPERATE", "CONSULT") and _UNREALISED_RELATIVE.match(sentence, at, at + 130)):
        return "negated"
    if _PROPOSED.search(sentence, max(0, at - 60), at) and not _PREPOSITION_FIRST.match(sentence, at):
        return "hypothetical"  # "proposed such a deployment": what a proposal names has not happened (not "… during a summit")
    # (a relative clause with a verb of its own has its own mood: "may be blocked by X, which turned the pact down")
    relative = _RELATIVE_SUBJECT.search(sentence, max(0, at - 40), at)
    since = relative.end() if relative is not None else 0
    if words.possible.search(sentence[_word_start(sentence, max(since, at - 40)) : at]) or words.ready.search(sentence[_word_start(sentence, max(since, at - 80)) : at]):
        dated_ahead = found is not None and found.date is not None and (found.ahead or (published is not None and found.date > published))
        return "planned" if dated_ahead else "hypothetical"  # "may visit Belarus in February", "may deploy observers"
    if words.hypothetical.search(sentence[_word_start(sentence, max(since, at - 80)) : at]) or _WOULD_BE_DEEMED.match(sentence, at) or _WOULD_CAUSE.match(sentence, at):
        return "hypothetical"
    if event_type == "AID" and _ON_CONDITION.match(sentence, at, at + 80):
        return "hypothetical"  # ("… and to send help to any ally in the event of an attack": a promise of help)
    if (found is None or found.precision == "year" or found.date == published) and event_type == "COOPERATE" and _TO_TAKE_PART.search(sentence, max(0, at - 70), at):
        return "planned"  # ("the soldiers left for Serbia to join the drills": drills still to come)
    if _FUTURE_TEMPORAL.search(sentence, max(0, at - 60), at):
        return "planned"  # ("expects it to grow after the forces are pulled out": what a present-tense clause looks ahead to)
    if _PLANNED_BEFORE.search(sentence, max(0, at - 30), at) and not (found is not None and found.date is not None and published is not None
                                                                      and _last_day(found) < published):
        return "planned"  # "the planned drills will not go ahead": what is planned has not happened
    if (event_type == "CONSULT" and _PREPARED_FOR.search(sentence, max(0, at - _PREPARED_REACH), at)
            and not (found is not None and found.date is not None and published is not None and _last_day(found) < published)):
        return "planned"  # ("discussed preparations for the council's session": a meeting prepared is still to come)
    if found is None and event_type == "CONSULT" and _AHEAD_OF.search(sentence, max(0, at - _GOVERNED_REACH), at):
        # ("will discuss security today with Y on the eve of the bloc's summit in <city>"): a meeting named to tell when
        # something else happens is still to come, on no day the sentence gives
        return "planned"
    if _done(sentence, at, sentence[at : at + 40]):
        # ("approved the agenda for tomorrow's session": an act told as done plans nothing; the session is planned)
        clause = clause[: at + 1 - max(clause_from, at - 60)]
    if prefilter.search(words.plans, 0, clause):
        # "the drills will be held on August 23-28" in a story of August 24: under way, whatever the tense, and "will
        # carry out the decisions of the May (2021) session" in 2022: over (a verbal event's date is the day it was
        # said: "said on 3 March it will leave" is planned)
        # (a history's future with a year of its own after the verb is over too: "rientrerà nel 2010 per uscirne ancora
        # nel 2015" in 2022)
        over = (found is not None and found.date is not None and published is not None and _last_day(found) < published
                and (not verbal or (found.explicit_year and found.date.year < published.year and found.start > at)))
        return "happened" if over else "planned"
    if found is None and not sentence.rstrip().endswith(_SENTENCE_ENDS) and words.headline_plan.match(sentence):
        return "planned"  # "Belarus to take part in drills in X": a title's infinitive
    if (found is not None and found.date is not None and not found.ahead and published is not None and found.date > published
            and found.explicit_year and found.precision == "day" and _TOLD_DONE.search(sentence) and not words.planned.search(sentence)):
        # ("On May 16, 2024, the Secretariat hosted a round table" on a page dated a year before: an item of a site's
        # column, newer than the page; told as done with its full day, it happened)
        return "happened"
    if found is not None and found.date is not None and (found.ahead or (published is not None and found.date > published)):
        return "planned"  # a date after the story, or a season still to come ("in the autumn", in May)
    # (not a noun its own past verb governs: "ne hanno discusso al telefono in vista del vertice,
    # che si terrà …" tells a call that happened, whatever the clause after it schedules)
    governed = next((m for m in words.past.finditer(lead) if len(lead[m.end() :].split()) <= _GOVERNED_WORDS and "," not in lead[m.end() :]), None)
    if ((found is None or (published is None and found.date is not None)) and not verbal and not _PERFECT_BEFORE.search(lead) and governed is None
            and not _done(sentence, at, sentence[at : at + 40])):
        # a noun far from its verb: the tense of the first verb after it ("The drills of …, a bloc in X, will be held");
        # a participle after its auxiliary ("planes have been deployed … for drills that will …") is that verb
        # (and so with a date, in a story whose day is not known to set the date against: "A drill …, dubbed …, will
        # take place from 21 to 23 October" in a story of that October)
        ahead = unlasting[at : min(at + _VERB_REACH, where_clause.start() if where_clause is not None else len(unlasting),
                                   topic.start() if topic is not None else len(unlasting))]
        future = prefilter.search(words.plans, 0, ahead)
        if future is not None and words.past.search(ahead, 0, future.start()) is None:
            return "planned"
    return "happened"


#: An ultimatum from its verb of the future to its condition: "will activate … if … not", "attiverà … se … non".
#: A threat whose own words are in the future: "will react toughly", "would retaliate", "risponderà duramente".
_THREAT_IN_FUTURE = re.compile(r"(?:will|would|shall)\b|(?:risponder|reagir)(?:à|anno|ebbe|ebbero)\b", re.IGNORECASE)
_ULTIMATUM = re.compile(r"[^.;]{0,160}?\b(?:if|se)\b[^.;]{0,80}?\b(?:not|fails?\s+to|refuses?\s+to|non)\b", re.IGNORECASE)
#: A journey's purpose right before the drills it names: "to take part in the Alpha-2031 ", "depart for the bloc's
#: Alpha-2031 ", "per partecipare alle esercitazioni".
_TO_TAKE_PART = re.compile(r"\b(?:to\s+(?:take\s+part|participate)\s+in|per\s+partecipare\s+a(?:ll['’]|lle|gli|i|l|lla)?|"
                           r"(?:depart(?:s|ed)?|leave|leaves|left|head(?:s|ed)?)\s+for)\s*(?:the\s+)?"
                           r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)
#: A condition told after help, in its own clause: "… help to any ally in the event of an attack", "in caso di".
_ON_CONDITION = re.compile(r"[^.;:]*?\b(?:in\s+the\s+event\s+of|in\s+case\s+of|in\s+caso\s+di|should\s+(?:it|they|a|an|the)\b)", re.IGNORECASE)
#: An adjective of what is still to come, right before a trigger's noun: "the planned drills", "le esercitazioni previste"
#: (the Italian adjective follows its noun and is not read here).
_PLANNED_BEFORE = re.compile(r"\b(?:planned|scheduled|upcoming|forthcoming|proposed)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)


def _own_dated(words: EventWords, record: EventRecord, sentence: str) -> bool:
    """True when ``record`` was coded from a noun of ``sentence`` that is an event only with its own date beside it."""
    at = sentence.find(record.trigger) if record.trigger else -1
    return at >= 0 and any(trigger.own_date and trigger.event_type == record.event_type
                           and (m := trigger.pattern.match(sentence, at)) is not None and m.end() == at + len(record.trigger)
                           for trigger in words.triggers)


def _stayed_away_from(words: EventWords, sentence: str, at: int) -> bool:
    """True when the meeting named at ``at`` is what a REJECT of staying away names ("did not attend the summit")."""
    return any(match.start() < at < match.end() for trigger in words.triggers if trigger.mode == "absent"
               for match in trigger.pattern.finditer(sentence, max(0, at - 120), min(len(sentence), at + 40)))


#: How a sentence ends that a title does not: its full stop (or a closing quotation mark after one).
_SENTENCE_ENDS = (".", "!", "?", '"', "”", "»")


def _last_day(found: DateFound) -> dt.date:
    """The last day of the period a resolved date names (its day, week, month or year)."""
    assert found.date is not None
    if found.precision == "year":
        return found.date.replace(month=12, day=31)
    if found.precision == "month":
        return _month_end(found.date)
    return found.date + dt.timedelta(days=6 if found.precision == "week" else 0)


def _during_call(words: EventWords, sentence: str, at: int) -> bool:
    """True when the clause before ``at`` sets the event during a call or a videoconference ("during the phone
    call, the leaders agreed", "nel corso della videoconferenza")."""
    for calls in words.calls:
        for call in calls.finditer(sentence, max(0, at - 120), at):
            if _DURING.search(sentence[max(0, call.start() - 30) : call.start()]) and not re.search(r"[.;]", sentence[call.end() : at]):
                return True
    return False


_DURING = re.compile(r"\b(?:during|in\s+the\s+course\s+of|durante|nel\s+corso\s+d\w*|in)\s+(?:(?:the|a|an|their|la|una|il|un|l['’])\s*)?(?:\w+\s+)?$", re.IGNORECASE)
#: Between a trigger and the place its own verb of occurrence puts it: "… that will be held in", "si terrà a".
_HELD_IN = re.compile(
    r"^\S*(?:\s+\S+){0,4}?\s+(?:that|which|che|to\s+be|will\s+be|is|are|was|were)?\s*(?:be\s+)?(?:held|conducted|staged|take\s+place|takes\s+place|took\s+place|"
    r"si\s+terr\w*|si\s+svolg\w*|si\s+è\s+svolt[oa]|si\s+sono\s+svolt[ie]|avrà\s+luogo|ha\s+avuto\s+luogo)\s+(?:\w+\s+){0,3}?(?:in|at|a|nel|nella|ad)\s+(?:the\s+)?$",
    re.IGNORECASE)
#: A trigger's object that is the country named before: "lasciare il Paese", "leave the country".
#: "The country" as the host of the trigger right after it: "il paese ospiterà le", "the Caucasian country will host the".
_COUNTRY_HOSTS = re.compile(r"\b(?:il|the|this)\s+(?:Paese|paese|country)\b[^,.;:]{0,40}?\s(?:will\s+host|is\s+to\s+host|hosts|hosted|ospiterà|ospita|ha\s+ospitato)\s+"
                            r"(?:(?:a|an|the|un|una|un['’]|l['’]|le|i|gli)\s*)?(?:[\w-]+\s+){0,2}$")
#: How far after a trigger's words "the country" is looked for: "leaving the Central Asian country", "withdraw from the
#: mountainous country".
_THE_COUNTRY_REACH = 40
#: (a country told by what kind it is: "the Central Asian country", "the ex-Soviet nation", "the former Soviet republic")
_THE_COUNTRY = re.compile(r"\b(?:il|the|this|del|dal|dalla|from\s+the|in\s+the|nel)\s+(?:Paese|paese|country\b|"
                          r"(?:(?:[A-Z][a-z]+|ex-Soviet|post-Soviet|former|oil-rich|landlocked|mountainous)\s+){1,3}(?:country|nation|republic)\b(?!'s|’s))")
#: A past auxiliary right before a trigger: "have been deployed", "è stato firmato", "were sent".
_PERFECT_BEFORE = re.compile(r"\b(?:has|have|had|was|were)(?:\s+(?:already|also|now|been)){0,2}\s+$|\b(?:è|sono)\s+stat[oaie]\s+$"
                             # (and the Italian auxiliary of a trigger that opens on its participle: "hanno parlato al telefono",
                             # "si sono poi sentiti al telefono")
                             r"|\b(?:ha|hanno|aveva|avevano|si\s+(?:è|sono|era|erano))(?:\s+(?:già|anche|inoltre|poi|quindi))?\s+$", re.IGNORECASE)
#: The most words between a past verb and the noun trigger it governs ("hanno discusso in una <conversazione>").
_GOVERNED_WORDS = 3
#: How far after a noun trigger its verb is looked for.
_VERB_REACH = 220


def _actors(registry: Registry, mentions: Sequence[Mention], at: int) -> tuple[list[str], list[str]]:
    actors: list[str] = []
    roles: list[str] = []
    before = [m for m in mentions if m.end <= at]
    after = [m for m in mentions if m.start >= at]
    source = before[-1] if before else None
    target = after[0] if after else None
    for mention in mentions:
        name = mention.actor_id or (mention.text if mention.kind in ("name", "unknown_name", "anonymous") else None)
        if name is None or name in actors:
            continue
        actors.append(name)
        roles.append("source" if mention is source else ("target" if mention is target else "participant"))
    return actors, roles
