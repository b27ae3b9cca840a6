"""Event types: PLOVER's categories, our documented extensions, and the trigger words that code a sentence.

PLOVER (openeventdata/PLOVER) defines the categories, their quad class and their modes; POLECAT's version
adds REQUEST and ACCUSE. Where news reports something PLOVER has no category for, we use an extension type
rather than a wrong code: ``ELECTION`` (a vote is held) and ``APPOINT`` (an office changes hands: an
official is appointed, nominated, relieved or recalled). A state of emergency is PLOVER's COERCE with mode ``martial-law``, as the manual defines it.

The trigger table is data (``pipeline/reference/event_words.yaml``), checked here once per run as
``EventWords``. It is ordered: the first row that matches a clause codes it, so a decision to send troops is
AGREE before it is MOBILIZE. Add a pattern there (English and Italian), then a gold case.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cached_property
from typing import Any

from pipeline.stages.prefilter import Prefilter
from pipeline.stages.words import WordsError, alternation, pattern, patterns, word_list

#: PLOVER categories (with POLECAT's REQUEST and ACCUSE) -> (quad class, what they cover).
PLOVER_TYPES: dict[str, tuple[str, str]] = {
    "AGREE": ("verbal cooperation", "agree, decide or sign: express intent to cooperate"),
    "CONSULT": ("verbal cooperation", "meet, visit, hold talks, call, videoconference"),
    "SUPPORT": ("verbal cooperation", "endorse, recognise, back diplomatically"),
    "CONCEDE": ("verbal cooperation", "yield verbally: ease a position, apologise"),
    "REQUEST": ("verbal cooperation", "ask for aid, cooperation or action"),
    "COOPERATE": ("material cooperation", "joint exercises and operations, material cooperation"),
    "AID": ("material cooperation", "provide military, economic or humanitarian aid"),
    "RETREAT": ("material cooperation", "withdraw forces, release, disarm, resign, allow access"),
    "INVESTIGATE": ("material cooperation", "investigate"),
    "DEMAND": ("verbal conflict", "demand or order"),
    "ACCUSE": ("verbal conflict", "accuse, criticise, condemn"),
    "DISAPPROVE": ("verbal conflict", "disapprove (PLOVER 0.x; POLECAT folds it into ACCUSE)"),
    "REJECT": ("verbal conflict", "refuse or reject"),
    "THREATEN": ("verbal conflict", "threaten"),
    "SANCTION": ("verbal conflict", "reduce relations: sanctions, expulsions, suspensions, cancellations"),
    "PROTEST": ("material conflict", "demonstrations, riots, strikes"),
    "CRIME": ("material conflict", "criminal acts"),
    "MOBILIZE": ("material conflict", "military or police moves short of force: deploy troops"),
    "COERCE": ("material conflict", "repression: arrests, curfews, state of emergency (martial-law)"),
    "ASSAULT": ("material conflict", "deliberate violence against people or property"),
    "FIGHT": ("material conflict", "armed clashes between organised forces"),
}
#: Our extension types, for happenings PLOVER does not code.
EXTENSION_TYPES: dict[str, tuple[str, str]] = {
    "ELECTION": ("extension", "an election or referendum is held (PLOVER leaves elections to context)"),
    "APPOINT": ("extension", "an office changes hands: an official is appointed, nominated, sworn in, relieved or recalled"),
}
EVENT_TYPES = {**PLOVER_TYPES, **EXTENSION_TYPES}
CONTEXTS = ("peacekeeping", "military", "political", "diplomatic", "election", "terrorism", "economic", "government")


@dataclass(frozen=True)
class Trigger:
    """One row of the trigger table: a pattern and what it codes."""

    event_type: str
    mode: str | None
    pattern: re.Pattern[str]
    # a noun that is an event only with its own date beside it: "the presidential election of 9 August", "le elezioni
    # di domenica scorsa" (an election merely named is the background of another story)
    own_date: bool = False


@dataclass(frozen=True, eq=False)
class EventWords:
    """The words of ``event_words.yaml``, checked and compiled: the trigger table and its qualifiers."""

    triggers: tuple[Trigger, ...]
    order: Mapping[Trigger, int]
    demanded: re.Pattern[str]
    scheduled: re.Pattern[str]  # "…, which will be held in X in May": a governed meeting the text still schedules
    scenario: re.Pattern[str]  # "will practise repelling …": what a drill rehearses, before the trigger in its sentence
    background_definition: re.Pattern[str]  # "The X is a military organization …": a page's opening that defines the bloc
    background_telling: re.Pattern[str]  # a past or future verb, a day, a year: a paragraph that tells something
    protest_demand: re.Pattern[str]  # "protesters gathered, demanding …": what a protest calls for is the protest's, no demand
    how_to_stop: re.Pattern[str]  # "to discuss how to halt …": what a meeting looks for a way to end, right before the trigger
    topic_after: re.Pattern[str]  # "… the observer mission … were discussed": a meeting's topic, after the trigger
    possible: re.Pattern[str]  # "may deploy": planned when a date after the story says when, else hypothetical
    ready: re.Pattern[str]  # "is ready to host drills": the same, read further back
    figurative: re.Pattern[str]  # "the so-called «milk war»", "a trade war": a war that is a figure of speech, before it
    decided: re.Pattern[str]
    negation: re.Pattern[str]
    cancelled: re.Pattern[str]  # "called off the drill": the drill is negated
    unrealised: re.Pattern[str]  # "was supposed to take place": negated, before or after the trigger
    reports_before: re.Pattern[str]  # "Lo ha reso noto giovedì …": a sentence that reports the one before it
    scheduled_after: re.Pattern[str]  # "They are planned for the autumn": the date of the plans told just before
    restated: Mapping[str, re.Pattern[str]]  # "The call was made in X on <day>": an event told before, named again with its day
    at_the_meeting: re.Pattern[str]  # "… at the meeting", "nel corso del vertice": the meeting the article dated
    in_the_operation: re.Pattern[str]  # "during the operation", "nel corso dell'operazione": the operation the article dated
    address: re.Pattern[str]  # "…», ha detto X ai legislatori": a speech to a legislature, told by its verb of saying
    lately: re.Pattern[str]  # "has been seen lately": what a lead tells has gone on for weeks, not on the dateline's day
    toll: re.Pattern[str]  # "were killed": an assault told only by its dead, a fight's toll beside a fight
    named_session: re.Pattern[str]  # "summit", "session": a meeting the reference calendar can date
    seated: re.Pattern[str]  # "the Security Council": a body that sits at its own seat, not in the story's country
    imposed_until: re.Pattern[str]  # "imposed … until ": the day a measure ends, no event's date
    briefing_after: re.Pattern[str]  # "a press conference following ": the talks before it are that day's
    briefed_about: re.Pattern[str]  # "informed participants about": a place after it is the briefing's topic
    briefed_on: re.Pattern[str]  # "informed the new Head about …" right before a noun trigger: a topic, no news
    discussed: re.Pattern[str]  # "discussed", "hanno discusso": the verb whose object holds a topic's places
    takes_office: re.Pattern[str]  # "took office", "entrato in carica": an office taken up
    avoidable: re.Pattern[str]  # "… could have been avoided": what came of a past no one dates; the statement's day is not its
    days_passed: re.Pattern[str]  # "continued over the following days": a paragraph's day is no longer the day of what follows
    led_by: re.Pattern[str]  # "Russia-led": after a country, the leader of what follows, not a place
    bloc_wide: re.Pattern[str]  # "on the territory of the member states", "within the CSTO": in no one country
    the_participants: re.Pattern[str]  # "I partecipanti hanno deciso …": those of the meeting told just before
    the_meeting: re.Pattern[str]  # "The Council's meeting resulted in …": the meeting told just before, again
    heads: re.Pattern[str]  # all that may stand before a date that heads its sentence (and a masked dateline)
    planned: re.Pattern[str]
    headline_plan: re.Pattern[str]  # "Bloc to hold drills in X": a title's infinitive after its subject is a plan
    ending: re.Pattern[str]  # "… will close on": the date after it is the last day of an event told before
    ended: re.Pattern[str]  # "concluded the exercises": the close of an event, told before its noun
    past: re.Pattern[str]  # a past verb: the first of it and a future after a noun trigger gives the noun's tense
    hypothetical: re.Pattern[str]
    effective: re.Pattern[str]
    topic: re.Pattern[str]  # "the situation in", "la crisi in corso in": a place after it is a topic, not where
    site: re.Pattern[str]  # "the Alfa training ground", "il poligono di Beta": a named site (group "before" or "after")
    agent: re.Pattern[str]  # "'s Permanent Representative", "'s security council": a country's person or body, after its possessive
    enacted_by_decision: frozenset[str]
    verbal: frozenset[str]
    spoken: frozenset[str]  # verbal types said in words at a meeting, not acts of policy: "denounced", "called for"
    take_effect: frozenset[str]  # actions dated from the day they take effect ("the withdrawal, starting today")
    context_words: tuple[tuple[str, re.Pattern[str]], ...]

    @cached_property
    def any_trigger(self) -> re.Pattern[str]:
        """Every trigger at once: where this finds nothing, no row can match (compiled on first use, only for a text
        the prefilter cannot read; the largest pattern of the file, a tenth of a second to compile)."""
        return re.compile("|".join(f"(?:{t.pattern.pattern})" for t in self.triggers), re.IGNORECASE)

    @cached_property
    def trigger_filter(self) -> Prefilter:
        """The literal words each trigger row's matches start with, in one automaton (built once per run)."""
        return Prefilter(tuple(t.pattern for t in self.triggers))

    @cached_property
    def plans(self) -> Prefilter:
        """The words every match of ``planned`` opens with, in one automaton (``prefilter.search`` reads it)."""
        return Prefilter((self.planned,))

    @cached_property
    def calls(self) -> tuple[re.Pattern[str], ...]:
        """The patterns of the trigger rows for calls and videoconferences (mode ``phone``), read once."""
        return tuple(t.pattern for t in self.triggers if t.mode == "phone")

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> EventWords:
        """Check the file's data; an unknown type, a bad pattern or a missing key raises ``WordsError``."""
        rows = data.get("triggers")
        if not isinstance(rows, list) or not rows:
            raise WordsError("'triggers' must be a non-empty list of rows")
        triggers = []
        for number, row in enumerate(rows, start=1):
            kind = row.get("type") if isinstance(row, Mapping) else None
            if kind not in EVENT_TYPES:
                raise WordsError(f"'triggers' row #{number}: type {kind!r} is not one of {', '.join(EVENT_TYPES)}")
            mode = row.get("mode")
            where = f"'triggers' row #{number} ({kind}{'/' + mode if mode else ''})"
            own_date = row.get("own_date", False)
            if not isinstance(own_date, bool):
                raise WordsError(f"{where}: own_date must be true or false")
            triggers.append(Trigger(kind, mode, pattern(row.get("patterns") or [], where), own_date))
        contexts = data.get("context_words")
        if not isinstance(contexts, Mapping) or set(contexts) - set(CONTEXTS):
            raise WordsError(f"'context_words' must map labels among {', '.join(CONTEXTS)} to patterns")
        return cls(
            triggers=tuple(triggers),
            order={trigger: rank for rank, trigger in enumerate(triggers)},
            demanded=patterns(data, "demanded"),
            scheduled=patterns(data, "scheduled"),
            scenario=patterns(data, "scenario"),
            protest_demand=patterns(data, "protest_demand"),
            background_definition=patterns(data, "background_definition"),
            background_telling=patterns(data, "background_telling"),
            how_to_stop=patterns(data, "how_to_stop"),
            topic_after=patterns(data, "topic_after"),
            possible=patterns(data, "possible"),
            ready=patterns(data, "ready"),
            figurative=patterns(data, "figurative"),
            decided=patterns(data, "decided"),
            negation=patterns(data, "negation"),
            cancelled=patterns(data, "cancelled"),
            unrealised=patterns(data, "unrealised"),
            reports_before=patterns(data, "reports_before"),
            scheduled_after=patterns(data, "scheduled_after"),
            restated=_restated(data),
            at_the_meeting=patterns(data, "at_the_meeting"),
            in_the_operation=patterns(data, "in_the_operation"),
            address=patterns(data, "address"),
            lately=patterns(data, "lately"),
            avoidable=patterns(data, "avoidable"),
            toll=patterns(data, "toll"),
            named_session=patterns(data, "named_session"),
            seated=patterns(data, "seated"),
            imposed_until=patterns(data, "imposed_until"),
            briefing_after=patterns(data, "briefing_after"),
            briefed_about=patterns(data, "briefed_about"),
            briefed_on=patterns(data, "briefed_on"),
            discussed=patterns(data, "discussed"),
            takes_office=patterns(data, "takes_office"),
            days_passed=patterns(data, "days_passed"),
            led_by=patterns(data, "led_by"),
            bloc_wide=patterns(data, "bloc_wide"),
            the_participants=patterns(data, "the_participants"),
            the_meeting=patterns(data, "the_meeting"),
            heads=re.compile(
                rf"^\W*(?:X+\W*|date\s+[\d-]+(?:\s+[\d:]+)?\s+)?(?:(?:{alternation(word_list(data, 'heading_date_words'))})\s*)?$", re.IGNORECASE
            ),
            planned=patterns(data, "planned"),
            headline_plan=patterns(data, "headline_plan"),
            ending=patterns(data, "ending"),
            ended=patterns(data, "ended"),
            past=patterns(data, "past"),
            hypothetical=patterns(data, "hypothetical"),
            effective=patterns(data, "effective"),
            # (written in lower case: "Security" in "the Council on Collective Security in Moscow" names a body)
            topic=re.compile(
                rf"\b(?:{alternation(word_list(data, 'topic_nouns'))})\s+(?i:(?:in\s+corso\s+|attuale\s+)?(?:in|on|around|over|along|lungo|nel|nella|nello|"
                rf"nell['’]|sul|sulla|sull['’]|intorno\s+a(?:l|lla)?)\s+(?:the\s+)?)$",
            ),
            site=re.compile(
                rf"\b(?P<before>(?-i:[A-Z])[\w'’-]+)\s+(?:{alternation(word_list(data, 'site_nouns'))})\b"
                rf"|\b(?:{alternation(word_list(data, 'site_nouns'))})\s+(?:(?:di|of)\s+)?[«\"“]?(?P<after>(?-i:[A-Z])[\w'’-]+)",
                re.IGNORECASE,
            ),
            # (or right before the trigger, which then opens with the body: "Ukraine's Parliament has approved …")
            agent=re.compile(rf"['’]s\s+(?:(?:[\w-]+\s+){{0,3}}?(?:{alternation(word_list(data, 'agent_nouns'))})\b|$)", re.IGNORECASE),
            enacted_by_decision=_types(data, "enacted_by_decision"),
            take_effect=_types(data, "take_effect"),
            verbal=_types(data, "verbal"),
            spoken=_types(data, "spoken"),
            context_words=tuple((name, pattern([str(value)], f"'context_words.{name}'")) for name, value in contexts.items()),
        )


def _types(data: Mapping[str, Any], key: str) -> frozenset[str]:
    value = data.get(key)
    if not isinstance(value, list) or not all(item in EVENT_TYPES for item in value):
        raise WordsError(f"'{key}' must be a list of event types among {', '.join(EVENT_TYPES)}")
    return frozenset(value)


def _restated(data: Mapping[str, Any]) -> dict[str, re.Pattern[str]]:
    """``restated``: per event type, the sentence openings that name an event of that type told before."""
    rows = data.get("restated")
    if not isinstance(rows, Mapping) or set(rows) - set(EVENT_TYPES):
        raise WordsError(f"'restated' must map event types among {', '.join(EVENT_TYPES)} to pattern lists")
    return {str(kind): pattern(items if isinstance(items, list) else [], f"'restated' {kind}") for kind, items in rows.items()}
