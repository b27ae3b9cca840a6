"""Actors: the registry of people, organisations, media and countries, and finding them in text.

The registry (``pipeline/reference/actors.yaml``, read by ``pipeline.io.reference``) gives canonical names, aliases and
dated roles. ``MentionFinder`` finds every mention in a paragraph: registry aliases (accents and case folded
with unidecode; acronyms stay case-sensitive), near-miss spellings (rapidfuzz), pronouns, descriptors such
as "the Belarusian president" or "il segretario generale della CSTO", anonymous sources, and unknown
capitalised names. ``resolve`` then turns pronouns and descriptors into registry actors, taking the role
held at the article's date and preferring actors the article has already named.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from rapidfuzz import fuzz, process
from unidecode import unidecode

from pipeline.stages.prefilter import LiteralGate, Prefilter, word_starts
from pipeline.stages.prefilter import finditer as prefilter_finditer
from pipeline.stages.words import WordsError, alternation, languages, word_list, word_map

ACTOR_TYPES = ("person", "organisation", "media", "country")


class RegistryError(ValueError):
    """Raised when the actor registry file is malformed; the message names the entry."""


@dataclass(frozen=True)
class Role:
    """A role an actor held: what, for which country (None for international posts), and when."""

    role: str
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def held_on(self, day: dt.date | None) -> bool:
        """Return True when the role was held on ``day`` (any day when ``day`` is None)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    """One registry entry."""

    id: str
    name: str
    type: str
    country: str | None = None
    gender: str | None = None
    wikidata: str | None = None
    aliases: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    demonyms: tuple[str, ...] = ()


def _date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as error:
        raise RegistryError(f"{where}: {value!r} is not an ISO date") from error


@dataclass(frozen=True)
class Registry:
    """The actor registry: actors by id, with look-ups by role and by country word."""

    actors: Mapping[str, Actor]
    fingerprint: str = ""
    reviewed: dt.date = dt.date(2024, 12, 31)

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> Registry:
        """Build a registry from the parsed YAML, checking ids, types, countries and role dates."""
        actors: dict[str, Actor] = {}
        for number, entry in enumerate(data.get("actors") or [], start=1):
            where = f"actor #{number} ({entry.get('id', '?')})"
            if not entry.get("id") or not entry.get("name"):
                raise RegistryError(f"{where}: id and name are required")
            if entry["id"] in actors:
                raise RegistryError(f"{where}: duplicate id")
            if entry.get("type") not in ACTOR_TYPES:
                raise RegistryError(f"{where}: type must be one of {', '.join(ACTOR_TYPES)}")
            roles = []
            for role in entry.get("roles") or []:
                start, end = _date(role.get("from"), where), _date(role.get("to"), where)
                if start and end and end < start:
                    raise RegistryError(f"{where}: role {role.get('role')} ends before it starts")
                roles.append(Role(str(role["role"]), role.get("country"), start, end))
            actors[entry["id"]] = Actor(
                id=str(entry["id"]),
                name=str(entry["name"]),
                type=str(entry["type"]),
                country=entry.get("country"),
                gender=entry.get("gender"),
                wikidata=entry.get("wikidata") or None,
                aliases=tuple(str(a) for a in entry.get("aliases") or []),
                roles=tuple(roles),
                demonyms=tuple(str(d) for d in entry.get("demonyms") or []),
            )
        canonical = json.dumps(data, sort_keys=True, default=str).encode("utf-8")
        reviewed = _date(data.get("reviewed"), "reviewed") or dt.date(2024, 12, 31)
        return cls(actors=actors, fingerprint=hashlib.sha256(canonical).hexdigest(), reviewed=reviewed)

    @classmethod
    def empty(cls) -> Registry:
        """Return a registry with no actors (mentions are then all unregistered)."""
        return cls(actors={}, fingerprint=hashlib.sha256(b"").hexdigest())

    def holders(self, role: str, country: str | None, day: dt.date | None) -> list[Actor]:
        """Return the actors holding ``role`` (for ``country`` when given) on ``day``."""
        found = []
        for actor in self.actors.values():
            for held in actor.roles:
                if held.role == role and (country is None or held.country == country) and held.held_on(day):
                    found.append(actor)
                    break
        return found

    @cached_property
    def country_words(self) -> dict[str, str]:
        """Folded country names, aliases and demonyms (English and Italian) -> ISO alpha-3."""
        words: dict[str, str] = {}
        for actor in self.actors.values():
            if actor.type == "country" and actor.country:
                for word in (actor.name, *actor.aliases, *actor.demonyms):
                    words[fold(word)] = actor.country
        return words

    @cached_property
    def person_skeletons(self) -> tuple[tuple[str, Actor], ...]:
        """Each registered person's full names (of two words or more) as ``name_skeleton`` writes them."""
        return tuple((name_skeleton(name), actor) for actor in self.actors.values() if actor.type == "person"
                     for name in {actor.name, *actor.aliases} if len(name.split()) >= 2)

    def respelt_person(self, name: str) -> Actor | None:
        """The one registered person a full name not in the registry stands for when it is the same name in another
        Latin transliteration ("Nikolaï Bordiouja", French, for "Nikolay Bordyuzha"): alike as skeletons, the surname
        too, and no second person as alike."""
        skeleton = name_skeleton(name)
        if len(skeleton.split()) < 2:
            return None
        found = {actor.id: actor for other, actor in self.person_skeletons
                 if other[:1] == skeleton[:1] and other.split()[-1][:1] == skeleton.split()[-1][:1]
                 and fuzz.ratio(other, skeleton) >= _TRANSLITERATED and fuzz.ratio(other.split()[-1], skeleton.split()[-1]) >= _TRANSLITERATED}
        return next(iter(found.values())) if len(found) == 1 else None

    @cached_property
    def seat_words(self) -> dict[str, str]:
        """Folded one-word names a state's organisations go by that are no country word: their seats ("Minsk",
        "Mosca", "Yerevan" for the governments) -> ISO alpha-3."""
        return {fold(alias): actor.country for actor in self.actors.values()
                if actor.type == "organisation" and actor.country for alias in actor.aliases
                if re.fullmatch(r"[A-Z][\w-]+", alias) and fold(alias) not in self.country_words and not alias.isupper()}

    @cached_property
    def lower_country_words(self) -> frozenset[str]:
        """The country words the registry writes in lower case (Italian demonyms: "russo", "kazake")."""
        return frozenset(word for actor in self.actors.values() if actor.type == "country"
                         for word in (actor.name, *actor.aliases, *actor.demonyms) if word.islower())

    @cached_property
    def country_pattern(self) -> re.Pattern[str]:
        """Any folded country word, as a whole word (longest first)."""
        return re.compile(rf"\b(?:{self.country_alternation})\b")

    @cached_property
    def country_alternation(self) -> str:
        """A regex alternation of every country word, longest first (one that matches nothing when there are none).
        An acronym ("US", "USA") matches in capitals only, even where the alternation is read case-insensitively:
        "Let us remind you" names no country."""
        acronyms = {fold(word): word for actor in self.actors.values() if actor.type == "country" and actor.country
                    for word in (actor.name, *actor.aliases) if word.isupper()}
        words = sorted(word for word in self.country_words if word not in acronyms)
        if not words and not acronyms:
            return "__none__"
        capitals = "|".join(re.escape(word) for word in sorted(acronyms.values(), key=len, reverse=True))
        # (a trie: fast on every word start)
        return "|".join(([alternation(words)] if words else []) + ([f"(?-i:{capitals})"] if capitals else []))


#: A president's office before a press service: "Tajik President's press service", "the President's press service".
def _outlet_services(text: str, mentions: list[Mention]) -> list[Mention]:
    """An outlet's own service or desk named after its possessive ("RFE/RL's Kyrgyz Service", "the BBC's Russian
    Service") is that outlet, not a body of its own."""
    out: list[Mention] = []
    for mention in mentions:
        outlet = out[-1] if out else None
        if (outlet is not None and outlet.actor_type == "media" and mention.kind == "unknown_name"
                and _OUTLET_SERVICE.fullmatch(text, outlet.end, mention.start) is not None and _SERVICE_NAME.search(mention.text)):
            out[-1] = replace(outlet, end=mention.end, text=text[outlet.start : mention.end])
            continue
        out.append(mention)
    return out


#: Between an outlet and the service it owns: "'s ".
_OUTLET_SERVICE = re.compile(r"['’]s\s+")
#: The last word of an outlet's desk: "Kyrgyz Service", "Russian Service", "Armenian Desk".
_SERVICE_NAME = re.compile(r"\b(?:Service|Desk|Bureau|Edition)$")


#: A person's name in the possessive right before a press office, with the title and given name before it:
#: "Atambayev's ", "President Serzh Sarkisian's ".
_PERSON_POSSESSIVE = re.compile(r"(?:(?-i:[A-Z])[\w-]+\s+){0,3}(?P<name>(?-i:[A-Z])[\w-]+)['’]s\s+$")
#: A press office named by the head of state it serves, with no country: "the presidential press service".
_PRESIDENTIAL = re.compile(r"(?:(?i:the|il|lo|l['’])\s+)?(?i:presidential|presidenziale)\s", re.IGNORECASE)
_PRESIDENTS = re.compile(r"(?:(?P<adj>[A-Z][\w-]+)\s+)?(?i:president)['’]s\s*$")  # ("the Tajik president's official website")
#: A preposition of place before capitalised words, and a second place joined to the first: "in ", "nel ", "in Medio
#: Oriente e ".
_IN_PLACE = re.compile(r"\b(?:in|nel|nella|nello|negli|nelle|nei|throughout|across)\s+(?:(?:the|il|la|l['’])\s*)?"
                       r"(?:[A-Z][\w'’-]*\s+){0,3}?(?:(?:e|and)\s+)?$")
#: "the source", "the sources", "la fonte": a source named before, named again.
#: The nouns of one unnamed person that, after "the", name someone the story has named: "the veteran diplomat said".
_ONE_OF_THEM = frozenset({"official", "diplomat", "funzionario", "diplomatico"})
#: A definite article, and a word or two of rank or praise, right before such a noun: "The high-ranking ", "il ".
_DEFINITE = re.compile(r"(?<![\w'’])(?:the|The|il|Il)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: A word of a text, with the apostrophes and dots of names ("U.S.").
_WORDS = re.compile(r"[\w.'’-]+")
_THE_SOURCE = re.compile(r"\b(?i:the|la|le)\s+(?i:source|sources|fonte|fonti)\b(?!\s+(?:of|di|close|familiar|in|at)\b)")
#: One capitalised word after a title, then a lowercase word: " Stanislav believes".
_ONE_NAME_AFTER = re.compile(r"\s((?-i:[A-Z])[a-zà-ÿ'’-]{2,})(?=\s+(?-i:[a-z]))")
#: A body's name at the end of the words that name it, by its last word ("… of the Central Military District") or, in
#: Italian, by its first ("… del Distretto militare centrale").
_NAME_ENDING = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,5}(?P<last>(?-i:[A-Z])[\w-]+)$|(?P<head>(?-i:[A-Z])[\w-]+)(?:\s+(?-i:[a-zà-ù])[\w-]*){1,3}$")
#: A seat after an office's noun, as written: " di Minsk", " of Moscow", " in Yerevan".
_SEAT_AFTER = re.compile(r"\s+(?:of|di|in|a)\s+([A-Z][\w-]+)\b")
#: The same in folded text: " di minsk".
_OF_SEAT = re.compile(r"\s+(?:of|di|in|a)\s+([a-z][\w-]+)\b")
#: The word an office is named by after its noun, in folded text: "interno" in "ministero dell'interno".
_OWN_NAME = re.compile(r"\s+(?:(?:of\s+the|of|della|dello|delle|degli|del|per\s+(?:la|le|il|gli|i))\s+|dell['’]\s*)([a-z][\w-]+)")
#: Role nouns that are also adjectives Italian puts after a noun ("politico"): a person only with an article right before.
_ADJECTIVE_NOUNS = frozenset({"politico"})
#: An article right before a word: "il ", "un ", "del ", "l'".
_ARTICLE_RIGHT_BEFORE = re.compile(r"(?:\b(?:il|un|del|al|dal|nel|sul|lo|uno)\s+|\bl['’])$", re.IGNORECASE)
#: The seat a leader noun names its state by, right after it: " di Minsk", " of Tashkent".
_LEADER_SEAT = re.compile(r"\s+(?:of|di)\s+([A-Z][\w-]+)\b")
#: An event's noun right after a body's name: " drills" in "the press centre of the X drills".
_EVENT_AFTER = re.compile(r"\s+(?:drills?|exercises?|maneuvers|manoeuvres|games|summit|forum|operation|mission|esercitazion[ei]|manovre|vertice)\b")
#: An organisation's own body named by the possessive: "the organization's Secretariat".
_OWN_BODY = re.compile(r"(?:organi[sz]ation|alliance|bloc)['’]s\s+([A-Z][\w-]*)")
#: Where a one-word alias of an organisation (a capital standing for its government: "Minsk said") is the city
#: itself: after a preposition of place ("in", "near", "nella", with a list of other places between) or before a
#: place noun ("the Minsk region").
_A_PLACE = re.compile(r"\b(?:in|at|near|around|outside|nel|nella|nei|presso|vicino\s+a)\s+(?:the\s+|la\s+|il\s+)?"
                      r"(?:[A-Z][\w-]+,?\s+(?:and\s+|e\s+)?)*$")
_PLACE_AFTER = re.compile(r"\s+(?:region|regions|area|areas|oblast|district|province|airport|suburbs?|regione|zona|aeroporto)\b")
#: A given name and a middle initial right before a surname: "Vladimir V. ", "Leslie H. ".
_GIVEN_AND_INITIAL = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,}) [A-Z]\. $")
#: A capitalised word right before a position, as a first name is: "Andrey" in "Andrey Serdyukov".
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.’'-])([A-Z][a-z]{2,}(?:-[A-Z][a-z]+)?) $")
#: The word right before a position: "Kyrgyz" in "Kyrgyz politicians".
_WORD_BEFORE = re.compile(r"\b([\w'’-]+)\s+$")


class _Transliterations(dict[int, str]):
    """unidecode's ASCII for each character, looked up once: unidecode maps each character on its own, so a
    ``str.translate`` table that fills itself gives the same text, without a Python call per character."""

    def __missing__(self, codepoint: int) -> str:
        value = unidecode(chr(codepoint))
        self[codepoint] = value
        return value


_ASCII = _Transliterations()


def transliterate(text: str) -> str:
    """``unidecode(text)``, faster on text it has met before."""
    return text if text.isascii() else text.translate(_ASCII)


def fold(text: str) -> str:
    """Return ``text`` accent-folded and case-folded, for matching only."""
    return transliterate(text).casefold()


#: Letters that Latin transliterations of one Russian name write differently (French "ou", "j", "ï"; English "u",
#: "zh", "y"), each as one form, in order.
_SKELETON_LETTERS = (("ou", "u"), ("zh", "j"), ("y", "i"))
#: How alike (rapidfuzz ratio, 0-100) two names' skeletons, and their surnames', must be to be one name transliterated twice.
_TRANSLITERATED = 85


def name_skeleton(name: str) -> str:
    """A person's name as transliterations of one Russian name share it: "Nikolaï Bordiouja" and "Nikolay Bordyuzha"
    both give "nikolai bordiuja"."""
    text = fold(name)
    for written, one in _SKELETON_LETTERS:
        text = text.replace(written, one)
    return text


#: The words that end an agency's full name after the name itself: " News Agency", " International News Agency".
_AGENCY_AFTER = re.compile(r"\s+(?:International\s+|National\s+|State\s+)?(?:News\s+|Information\s+|Press\s+)?Agency\b")


def _media_editions(mentions: list[Mention], text: str) -> list[Mention]:
    """An outlet's national edition is the outlet: "Sputnik-Armenia reported" (or "Sputnik Tajikistan reports") names
    Sputnik's service in that country, not the country (the country after the hyphen or the space joins the outlet's
    mention), and so are the words "News Agency" after its name ("Kazinform News Agency")."""
    media = {m.end: m for m in mentions if m.actor_type == "media"}
    joined: dict[int, Mention] = {}
    for end, named in media.items():
        agency = _AGENCY_AFTER.match(text, end)
        if agency is not None:  # "Kazinform News Agency reports": the outlet's full name, not an unknown body after it
            joined[id(named)] = replace(named, end=agency.end(), text=text[named.start : agency.end()])
    for mention in mentions:
        outlet = media.get(mention.start - 1)
        if mention.actor_type == "country" and outlet is not None and text[mention.start - 1] in "- ":
            joined[id(outlet)] = replace(outlet, end=mention.end, text=text[outlet.start : mention.end])
            joined[id(mention)] = joined[id(outlet)]
    if not joined:
        return mentions
    out: list[Mention] = []
    for mention in mentions:
        kept = joined.get(id(mention), mention)
        if all(kept is not other for other in out):
            out.append(kept)
    return out


def _fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Return ``text`` accent-folded (case kept) and, per folded character, its index in ``text``."""
    pieces: list[str] = []
    offsets: list[int] = []
    last = 0
    for match in _NON_ASCII.finditer(text):  # ASCII runs are copied whole: news is mostly ASCII
        index = match.start()
        pieces.append(text[last:index])
        offsets.extend(range(last, index))
        folded = _ASCII[ord(match.group())] or match.group()
        pieces.append(folded)
        offsets.extend([index] * len(folded))
        last = index + 1
    pieces.append(text[last:])
    offsets.extend(range(last, len(text) + 1))
    return "".join(pieces), offsets


_NON_ASCII = re.compile(r"[^\x00-\x7f]")
#: Where a body is based, glued to its name: "the CSTO's Moscow-based Secretariat", "a Yerevan-based think tank".
_BASED = re.compile(r"\b[A-Z][\w.]*-based\s+")


def _without_based(folded: str, offsets: list[int]) -> tuple[str, list[int]]:
    """Drop "<Place>-based " from the folded text the aliases are matched in: the place is no actor there, and the
    body's name runs on across it (offsets still point into the text, so a mention spans the words it skips)."""
    if "-based" not in folded:
        return folded, offsets
    pieces: list[str] = []
    kept: list[int] = []
    last = 0
    for match in _BASED.finditer(folded):
        pieces.append(folded[last : match.start()])
        kept.extend(offsets[last : match.start()])
        last = match.end()
    pieces.append(folded[last:])
    kept.extend(offsets[last:])
    return "".join(pieces), kept


@dataclass(frozen=True)
class Mention:
    """A reference to an actor in text: where, how (name, pronoun, descriptor...), and who once resolved."""

    start: int
    end: int
    text: str
    kind: str  # name | unknown_name | surname | pronoun | descriptor | anonymous
    actor_id: str | None = None
    actor_type: str | None = None  # person | organisation | media | country | anonymous
    gender: str | None = None
    role: str | None = None
    country: str | None = None
    qualifier: str | None = None  # for descriptors: the organisation named with the role ("CSTO", "UN")
    resolved: bool = False
    extra: Mapping[str, Any] = field(default_factory=dict)


#: Words only Italian writes, so a paragraph that holds one is Italian and its capital "I" an article.
_ITALIAN_WORDS = re.compile(r"\b(?:il|della|dello|degli|delle|nel|nella|sono|che|hanno)\b")
#: (a stop inside only after a capital, as initials write it, "U.S."; not a stop glued to the next sentence: "Dauletov.I due")
#: (a capital of the Latin Extended-A letters too: "Šešelj", "Łukasz", "Čakarević")
_NAME_TOKEN = r"[A-ZĀĂĄĆĈĊČĎĐĒĖĘĚĜĞĠĢĤĦĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŖŘŚŜŞŠŢŤŪŬŮŰŲŴŶŸŹŻŽ](?:[\w'’\-]|(?<![a-z]{2})\.)*[\w]"
#: Bodies with a secretary general of their own, as a title's qualifier names them: not the bloc's, nor the UN's.
_OTHER_BODIES = frozenset({"NATO", "OTAN", "OSCE", "OCSE", "EU", "UE", "SCO", "OCS", "CIS", "CSI", "EAEU", "UEE", "CICA", "ASEAN"})
#: An office "of State" before a capitalised run: "Secretary of State", "Minister of State".
_OF_STATE = re.compile(r"\b(?:secretary|minister|head)\s+of\s+$", re.IGNORECASE)
#: The most letters of a body's acronym read as an unregistered body ("the GRU", "the FSKN").
_ACRONYM_LETTERS = 6
#: An outlet's noun right after its name: " newspaper", " daily", " news agency", " TV channel" ("the Zhoghovurd newspaper").
_OUTLET_NOUN_AFTER = re.compile(r"\s+(?:newspaper|daily|weekly|news\s+agency|agency|news\s+portal|portal|news\s+website|website|tv\s+channel|"
                                r"channel|broadcaster|quotidiano|settimanale|agenzia)\b")
#: A verb that closes a sentence on the outlet that reported it: " reported.", " reports."
_REPORTED_AFTER = re.compile(r"\s+(?:(?:reported|reports)\s*[.;]|(?:reports|writes|adds|aggiunge|riferisce|riporta|scrive)\s+(?:that|che)\b)")
#: What follows a dummy "it": "it was likely that", "it is clear that", "it is expected to", "it was reported that".
_EXPLETIVE_IT = re.compile(r"\s+(?:is|was|seems|seemed|appears|appeared|remains|remained)\s+(?:(?:not|also|now|still|quite|very|highly|more|most)\s+)*"
                           r"(?:likely|unlikely|clear|unclear|possible|impossible|probable|obvious|evident|known|expected|believed|"
                           r"reported|said|understood|feared|important|necessary|true|noteworthy|worth\s+noting)\s+(?:that|to|whether|if|how)\b")
#: The definite article right before a name: "the ", "The ".
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: A diplomat's post right before its city and his name: "envoy to ", "ambassador in ", "ambasciatore a ".
_POSTED_TO = re.compile(r"\b(?:envoy|ambassador|emissary|consul|inviato|ambasciatore|console)\s+(?:to|in|a|ad)\s+$", re.IGNORECASE)
#: The people a story has just named, counted: "the two presidents", "both leaders", "i due ministri".
_PAIR_GROUP = re.compile(
    r"\b(?:(?:the|i|le|gli)\s+)?(?:two|both|three|due|tre|entrambi\s+i)\s+(?:presidents|leaders|ministers|heads\s+of\s+state|counterparts|"
    r"presidenti|leader|ministri|capi\s+di\s+stato|omologhi)\b"
    # (and the sides of a talk, named as such: "The sides noted …", "Le parti hanno rilevato …", "entrambe le parti")
    r"|\b(?:the|both|le|entrambe\s+le)\s+(?:two\s+|due\s+)?(?:sides|parti)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: A government after "the head of the <country's>": "the head of the Armenian government", "il capo del governo armeno".
_CABINET_NEXT = re.compile(r"\s+(?:government|cabinet)\b", re.IGNORECASE)
#: A bloc a state's possessive names as its own, after "the head of <state>": "'s regional defence alliance".
_STATE_LED_BLOC = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?(?:security\s+)?(?:organi[sz]ation|alliance|bloc|pact)\b", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([A-Z][\w'’-]*)")
#: The next word, whatever its case.
_ANY_NEXT_WORD = re.compile(r"\s+([\w'’-]+)")
#: What follows "official" when it qualifies a thing, not a person: an acronym or a body's name and then a noun, or a
#: noun of what is issued or held ("the official CSTO statement", "the official website", "the official visit").
#: A news site named by its address: "Kazpravda.kz", "Sputnik.by", "Interfax.ru" (a capital first, a country's or a
#: common top-level domain last).
_SITE_NAME = re.compile(r"\b(?-i:[A-Z])[\w-]+(?:\.[a-z][\w-]*)?\.(?:com|ru|kz|kg|tj|uz|am|az|by|ge|ua|it|net|org|info|news|eu|asia)\b(?!\.\w)")
#: The body a person's name stands before: "the Pashinian government", "Putin's administration".
_PERSON_GOVERNMENT = re.compile(r"(?:['’]s)?\s+(?:government|cabinet|administration)\b(?!\s+(?:officials?|sources?|buildings?)\b)")
_OFFICIAL_ADJECTIVE = re.compile(r"\s+(?:(?:[A-Z]{2,}|[A-Z][a-z]+)\s+)?(?:statement|statements|website|site|position|visit|data|figures|report|"
                                 r"channel|document|documents|ceremony|talks|reception|residence|page|account|version|results|request|"
                                 r"note|letter|response|reply|invitation|announcement|communiqu[eé]|list|language|languages|name|"
                                 r"title|status|decision|figure|count|translation|transcript|text|record|explanations?|clarifications?|"
                                 r"meetings?|trip|duties|capacity|papers|notice|notification|protest|complaint)\b")
_YEAR_AFTER = re.compile(r"[ -]?(?:19|20)\d{2}\b")
#: A run of capitalised words, with a middle initial inside it ("Leslie H. Gelb") and the particles of surnames.
# (a particle only inside a name, before its next part: "Ivan Petrov al termine dei colloqui" ends at Petrov)
_CAPITALISED = re.compile(rf"\b{_NAME_TOKEN}(?:\s+(?:{_NAME_TOKEN}|[A-Z]\.(?=\s+[A-Z][a-z])|(?:de|van|von|al|bin|ibn)\b(?=\s+[A-Z])))*")


@dataclass(frozen=True, eq=False)
class MentionWords:
    """The words of ``mention_words.yaml``, checked: pronouns, role nouns, source nouns and name stop words."""

    pronouns: Mapping[str, str | None]
    organisation_pronouns: frozenset[str]
    plural_pronouns: frozenset[str]  # "they": a group named since the last person, when there is one
    latter_pronouns: frozenset[str]  # "the latter", "quest'ultimo": the person named last, whoever the subject was
    speaker_pronouns: frozenset[str]  # "the speaker", "l'oratore": the person who spoke last
    possessive_sources: tuple[str, ...]  # "a suo avviso": an Italian possessive that names the source, the person named last
    role_nouns: Mapping[str, Mapping[str, str | None]]  # language -> noun -> registry role
    press_service_nouns: tuple[str, ...]
    head_offices: tuple[str, ...]  # "the Office of the Prime Minister": a body of its own
    own_text_nouns: tuple[str, ...]  # "the organization's statement": the organization speaks through it
    name_adjectives: tuple[str, ...]  # "… del Distretto militare orientale": adjectives that go on naming a body
    anonymous_nouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    name_stopwords: frozenset[str]
    organisation_heads: frozenset[str]
    field_heads: tuple[str, ...]  # "Professor of …": the capitalised words after them name a field, not a person
    thing_nouns: tuple[str, ...]  # "the Combat Brotherhood exercise": a name beside one names that thing, not a person
    landform_heads: frozenset[str]  # "Lake Issyk Kul": a name that opens on one is a place, no actor
    idea_nouns: frozenset[str]  # "Peace and National Unity": a name that ends on one names an idea or a title, no one
    media_heads: frozenset[str]  # "Kabul Now", "Daily Monitor": an unregistered name that ends on one is an outlet
    body_heads: frozenset[str]  # "Collective Security Council": a body inside an organisation, never "the organization"
    office_nouns: Mapping[str, str | None]  # "defence ministry" -> the role of its minister (None: any office)
    office_heads: tuple[str, ...]  # "ministry": a registry organisation named with one is an office
    office_words: Mapping[str, tuple[str, ...]]  # minister's role -> words of that office's names
    country_anaphors: tuple[str, ...]  # "the country's": the last country named
    local_adjectives: tuple[str, ...]  # "il governo provinciale": an office below the state's
    leader_nouns: tuple[str, ...]  # "the Armenian leader": its head of state, or the head of government the article named
    # "the presidents of the bloc's member states", "CSTO leaders": the bloc's heads of state together, its council
    bloc_leaders: Mapping[str, Any]
    bloc_names: tuple[str, ...]  # "Collective Security Treaty Organization": the bloc by its full name

    @classmethod
    def from_data(cls, data: Mapping[str, Any]) -> MentionWords:
        """Check the file's data; a missing or malformed key raises ``WordsError`` naming it."""
        pronouns = word_map(data, "pronouns")
        genders = {value for value in pronouns.values()} - {None, "m", "f"}
        if genders:
            raise WordsError(f"'pronouns': genders must be m, f or null, not {sorted(genders)}")
        return cls(
            pronouns=pronouns,
            organisation_pronouns=frozenset(word_list(data, "organisation_pronouns")),
            plural_pronouns=frozenset(word_list(data, "plural_pronouns")),
            latter_pronouns=frozenset(fold(w) for w in word_list(data, "latter_pronouns")),
            speaker_pronouns=frozenset(fold(w) for w in word_list(data, "speaker_pronouns")),
            possessive_sources=word_list(data, "possessive_sources"),
            role_nouns={language: {str(noun).lower(): role for noun, role in nouns.items()}
                        for language, nouns in languages(data, "role_nouns").items()},
            press_service_nouns=word_list(data, "press_service_nouns"),
            head_offices=word_list(data, "head_offices"),
            own_text_nouns=word_list(data, "own_text_nouns"),
            name_adjectives=word_list(data, "name_adjectives"),
            anonymous_nouns=word_list(data, "anonymous_nouns"),
            group_nouns=word_list(data, "group_nouns"),
            name_stopwords=frozenset(word_list(data, "name_stopwords")),
            organisation_heads=frozenset(word_list(data, "organisation_heads")),
            field_heads=word_list(data, "field_heads"),
            thing_nouns=word_list(data, "thing_nouns"),
            landform_heads=frozenset(word_list(data, "landform_heads")),
            idea_nouns=frozenset(fold(w) for w in word_list(data, "idea_nouns")),
            media_heads=frozenset(word_list(data, "media_heads")),
            body_heads=frozenset(word_list(data, "body_heads")),
            office_nouns={noun: (None if role is None else str(role)) for noun, role in word_map(data, "office_nouns").items()},
            office_heads=word_list(data, "office_heads"),
            office_words={str(role): word_list(data["office_words"], role, "office_words.") for role in word_map(data, "office_words")},
            country_anaphors=word_list(data, "country_anaphors"),
            local_adjectives=word_list(data, "local_adjectives"),
            leader_nouns=word_list(data, "leader_nouns"),
            bloc_leaders=word_map(data, "bloc_leaders"),
            bloc_names=word_list(data, "bloc_names"),
        )

    def group(self, mention: Mention) -> bool:
        """Whether an unnamed source is a group of people ("the US senators", "critics", "officials"): its last word
        is a group noun, or a source noun in the plural."""
        last = fold(mention.text).split()[-1:]
        return bool(last) and (last[0] in self.group_nouns or (last[0] in self.anonymous_nouns and last[0].endswith(("s", "i"))))

    def role(self, noun: str) -> str | None:
        """The registry role a role noun names (English first), or None."""
        for nouns in self.role_nouns.values():
            if noun in nouns:
                return nouns[noun]
        return None

    @cached_property
    def folded_press_nouns(self) -> tuple[str, ...]:
        """The press-service nouns accent- and case-folded, for a test of folded text (folded once per run)."""
        return tuple(fold(noun) for noun in self.press_service_nouns)

    @cached_property
    def office_head_word(self) -> re.Pattern[str]:
        """Any office head as a whole word of folded text ("ministry" in "the defence ministry"), in one pattern."""
        heads = "|".join(re.escape(fold(head)) for head in self.office_heads)
        return re.compile(rf"\b(?:{heads})\b" if heads else "(?!)")

    def names_press_service(self, text: str) -> bool:
        """Whether ``text`` holds a press-service noun ("press service", "ufficio stampa"), folded."""
        folded = fold(text)
        return any(noun in folded for noun in self.folded_press_nouns)

    @property
    def all_role_nouns(self) -> list[str]:
        """Every role noun of every language, once each."""
        return list(dict.fromkeys(noun for nouns in self.role_nouns.values() for noun in nouns))


class MentionFinder:
    """Finds actor mentions in text with one compiled pattern per kind; build once per process."""

    def __init__(self, registry: Registry, words: MentionWords, fuzzy_cutoff: float = 88.0,
                 states: frozenset[str] = frozenset(), towns: frozenset[str] = frozenset(), places: frozenset[str] = frozenset()) -> None:
        """``states`` and ``towns``: folded one-word names of the world's states and towns (the gazetteer's,
        ``Gazetteer.lone_names``), read off a capitalised run before a full name ("Serbia Djordje X", "in Astana Ivan Y");
        ``places``: folded names of two words or more (``Gazetteer.compound_names``), which name no person."""
        self.registry = registry
        self.words = words
        self.fuzzy_cutoff = fuzzy_cutoff
        self._lone_states = states
        self._lone_towns = towns
        self._places = places
        self._memo: dict[str, list[Mention]] = {}
        self._alias_owner: dict[str, Actor] = {}
        for actor in registry.actors.values():
            for alias in (actor.name, *actor.aliases):
                alias = re.sub(r"^(?:the|The) ", "", alias)
                self._alias_owner.setdefault(transliterate(alias), actor)
                self._alias_owner.setdefault(transliterate(alias[0].upper() + alias[1:]), actor)
                if actor.type == "organisation" and len(alias.split()) >= 2:
                    # (a body's long name as a headline or a translation capitalises it: "Organizzazione per la Cooperazione
                    # di Shangai" for the registry's "… per la cooperazione di Shangai", "Unione Europea" for "Unione europea")
                    capitalised = " ".join(w[0].upper() + w[1:] if len(w) > 3 else w for w in alias.split())
                    self._alias_owner.setdefault(transliterate(capitalised), actor)
                if actor.type == "media":  # an outlet's acronym as others print it: "Ria Novosti" for "RIA Novosti"
                    titled = re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group(0).title(), alias)
                    self._alias_owner.setdefault(transliterate(titled), actor)
        ordered = sorted(self._alias_owner, key=len, reverse=True)
        self._aliases = re.compile(r"(?<![\w])(" + "|".join(re.escape(a) for a in ordered) + r")(?![\w])") if ordered else None
        # (tried only where an alias's first letters stand, found in one Aho–Corasick pass: the same matches, by construction)
        self._alias_starts = Prefilter((self._aliases,), known=(word_starts(ordered),)) if self._aliases is not None else None
        self._person_aliases = {fold(a): owner for a, owner in self._alias_owner.items() if owner.type == "person"}
        self._given_names = {  # the first words of a person's names: "Anatoly" for the registry's Serdyukov
            actor.id: frozenset(fold(name.split()[0]) for name in (actor.name, *actor.aliases) if len(name.split()) > 1)
            for actor in registry.actors.values() if actor.type == "person"
        }
        self._person_alias_keys = list(self._person_aliases)
        # (a given name and a patronymic, as Russian address names someone: "Vyacheslav Viktorovich" of an alias that
        # holds all three names; one person only)
        addressed: dict[str, set[Actor]] = {}
        for alias, owner in self._person_aliases.items():
            parts = alias.split()
            if len(parts) == 3 and _PATRONYMIC.search(parts[1]):
                addressed.setdefault(f"{parts[0]} {parts[1]}", set()).add(owner)
        self._addressed = {key: next(iter(owners)) for key, owners in addressed.items() if len(owners) == 1}
        self._addressed_keys = list(self._addressed)
        names = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(words.bloc_names, key=len, reverse=True)) or "(?!)"
        # (no capture groups: the pattern is also part of the descriptor pattern's alternation of bodies)
        self._bloc_named = re.compile(rf"(?:[A-Z][a-z]+-led\s+)?(?i:{names})(?:\s+\((?:CSTO|ODKB|OTSC)\))?")
        self._descriptor = self._descriptor_pattern()
        # (every descriptor holds a role noun: most paragraphs name none, and skip the long pattern)
        self._descriptor_gate = LiteralGate(tuple(words.all_role_nouns)) if words.all_role_nouns else None
        fields = "|".join(re.escape(w) for w in words.field_heads) or "(?!)"
        self._field_of = re.compile(rf"\b(?:{fields})\s+(?:of|in|di)\s+$", re.IGNORECASE)
        things = "|".join(re.escape(w) for w in sorted(words.thing_nouns, key=len, reverse=True)) or "(?!)"
        self._thing_after = re.compile(rf"\s+(?:{things})\b", re.IGNORECASE)
        self._thing_before = re.compile(rf"\b(?:{things})\s+$", re.IGNORECASE)
        self._things = frozenset(fold(w) for w in words.thing_nouns)
        self._role_nouns = frozenset(words.all_role_nouns)
        self._english_roles = list(words.role_nouns.get("en", {}))
        press = "|".join(re.escape(n) for n in sorted((*words.head_offices, *words.press_service_nouns), key=len, reverse=True))
        self._head_offices = frozenset(fold(n) for n in words.head_offices)
        adjectives = "|".join(re.escape(n) for n in words.name_adjectives) or "__none__"
        country_words = registry.country_alternation
        heads = "|".join(re.escape(h) for h in sorted(words.organisation_heads, key=len, reverse=True))  # "… of the Armenian government"
        # (every match holds one of the press nouns: most paragraphs name none, and skip the long pattern)
        self._press_gate = LiteralGate((*words.head_offices, *words.press_service_nouns))
        self._press = re.compile(
            rf"\b(?:(?i:the|its|il|lo|l['’])\s+(?:(?P<poss>[a-z]+s['’]|(?:exercise|drill|operation|mission|summit|session|forum|event)['’]s)\s+(?=(?i:{press}))|[a-z]+\s+(?=(?i:{press})))?)?"
            # (a body's capitalised name, possessive or not, other than a ministry or government, which offices read:
            # "the Central Military District's press service", "the Eastern Military District press service")
            rf"(?:(?P<named>(?=[A-Z])(?:[A-Z][\w-]*\s+){{0,3}}(?!(?i:ministry|ministero|government|governo)\b)(?i:{heads})(?:['’]s)?)\s+(?=(?i:{press})))?"
            rf"(?P<owner>(?i:organi[sz]ation['’]s|alliance['’]s|bloc['’]s|ministry['’]s))?"
            rf"\s*(?<!\w)(?i:{press})\b(?:\s+(?i:{adjectives})\b)?"  # "il Centro stampa unificato delle esercitazioni"
            # (and through its office: "the press centre for the office of the Valleyan council")
            rf"(?P<of>\s+(?i:(?:for|of)\s+the\s+office\s+of\s+the\b|of\s+the\b|of\b|della\b|dello\b|delle\b|degli\b|dei\b|del\b|dell['’])\s*(?:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}}(?:\s+(?:{heads})\b)?"
            rf"(?:\s+(?:{adjectives}|(?i:{country_words}))\b){{0,3}}"  # "… del Comando militare meridionale kazako"
            rf"|(?:the\s+)?(?:organi[sz]ation|alliance|bloc)['’]s\s+[A-Z][\w-]*"  # "… of the organization's Secretariat"
            # "… della segreteria dell'organizzazione": a body of the bloc named by its anaphor
            rf"|(?:the\s+)?[a-zà-ù]+\s+(?:of\s+the\s+organi[sz]ation|dell['’]\s*organizzazione)\b(?!['’]s)"
            rf"|(?:the\s+)?[a-zà-ù]+(?:\s+(?:della|dello|degli|of(?:\s+the)?)\s+[A-Z][\w-]*)?(?:\s+(?i:{country_words}))?\b))?"
            # "… of the General Staff", "… del presidente bielorusso", "… del ministero della Difesa armeno"
        )
        leaders = words.bloc_leaders
        heads = "|".join(re.escape(h) for h in sorted(word_list(leaders, "heads", "bloc_leaders."), key=len, reverse=True))
        blocs = "|".join(re.escape(b) for b in sorted(word_list(leaders, "blocs", "bloc_leaders."), key=len, reverse=True))
        members = "|".join(re.escape(m) for m in sorted(word_list(leaders, "members", "bloc_leaders."), key=len, reverse=True))
        alone = "|".join(re.escape(m) for m in sorted(word_list(leaders, "members_alone", "bloc_leaders."), key=len, reverse=True)) or "__none__"
        # "the presidents of the CSTO member states", "the leaders of the bloc's countries", "CSTO leaders", "i leader dei
        # paesi della Csto"
        self._bloc_leaders = re.compile(
            rf"\b(?:(?i:the|i|gli)\s+)?(?:(?i:{heads})\s+(?i:of\s+the|of|dei|degli|delle)\s+(?i:{blocs})(?:['’]s)?\s+(?i:{members})"
            rf"|(?i:{blocs})(?:['’]s)?\s+(?i:{heads})"
            rf"|(?i:{heads})\s+(?i:dei|degli)\s+(?i:{members})\s+(?i:della|dell['’])\s*(?i:{blocs})"
            rf"|(?i:{heads})\s+(?i:of\s+the|dei|degli)\s+(?i:{alone}))\b") if heads and blocs and members else None
        self._council = registry.actors.get(str(leaders.get("actor", "")))
        offices = "|".join(re.escape(n) for n in sorted(words.office_nouns, key=len, reverse=True))
        anaphors = "|".join(re.escape(a) for a in words.country_anaphors)
        local = "|".join(re.escape(a) for a in words.local_adjectives) or "__none__"
        # "the country's Defense Ministry", "the Kyrgyz Defence Ministry", "the ministry", "il ministero della Difesa"
        # (the heads, and the last word of any office noun: "staff" of "general staff")
        gate = sorted({*words.office_heads, *(noun.split()[-1] for noun in words.office_nouns)})
        self._office_gate = LiteralGate(tuple(gate))
        self._office = re.compile(
            # "the Defense Ministry", "le autorità kirghise", and with no article after a country's possessive: "Kazakhstan's Ministry of Defense"
            rf"(?:\b(?i:the|il|lo|la|l['’]|le|del|dal|al|nel|della|dalla|alla|nella|delle|dalle)\s*|(?<![\w'’])(?=(?i:{country_words})['’]s\s)"
            # (or a country's adjective with no article, opening a clause or a sentence: "…, Kazakh authorities were quoted
            # as saying", "Armenian authorities have said that …")
            rf"|(?:(?<=[,;:.!?] )|^)(?=(?i:{country_words})\s+(?i:{offices})\b))"
            rf"(?P<office>(?:(?i:{anaphors})\s+|(?i:{country_words})(?:['’]s)?\s+)?(?i:{offices})\b"
            rf"(?!\s+(?i:{local})\b)"  # "il governo provinciale" is no country's government
            # the office's own name in capitals: "il ministero dell'Interno", "the Ministry of Emergency Situations"
            # (a country's adjective after "the" may open that name: "the General Staff of the Tajik Armed Forces"; not
            # a country before a name: "the Defense Ministry of Kyrgyzstan Ivan Petrov")
            rf"(?:\s+(?:of\s+the|of|del|della|dello|dell['’]|degli|delle)\s*(?!(?i:{country_words})\b(?!\s+[A-Z]))(?!(?<!the\s)(?i:{country_words})\b)"
            # (an Italian name runs on through its lowercase joints: "dell'Agenzia per la Protezione Civile")
            rf"[A-Z][\w-]+(?:\s+(?:(?:di|per|la|il|della|dello|del|e)\s+)*[A-Z][\w-]+){{0,4}})?"
            # (and an Italian ministry's own name in lower case: "il ministero della salute kirghizo", "il ministero per le
            # Politiche di sviluppo del Tagikistan")
            rf"(?:(?<=[Mm]inistero)\s+(?:della|delle|dei|degli|dello|dell['’]|per\s+(?:la|le|il|gli|i))\s*(?!(?i:{country_words})\b)"
            rf"(?!(?i:{anaphors}))[\w-]+(?:\s+(?:di|e|ed)\s+[\w-]+)?)?"
            rf"(?:\s+(?i:{anaphors})|\s+(?i:{country_words})\b)?"  # "… del paese", "le autorità kirghise"
            rf"(?:\s+(?i:of|del|della|dello|dell['’]|di)\s*(?:the\s+)?(?:(?i:republic\s+of|repubblica\s+del?)\s+)?(?i:{country_words})\b)?)"
        )  # "… of Kazakhstan", "… del Kazakistan": the office's country after it
        # an office in capitals with no article, as a wire's slip writes it: "…,” said Defense Ministry in a statement"
        self._bare_office = re.compile(rf"(?<![\w'’-])(?=[A-Z])(?i:{offices})\b")
        # (not an owner, "the organization's press service", unless of its own text: "the organization's statement")
        own_texts = alternation(words.own_text_nouns)
        # "the Tajik side said", "la parte armena ha dichiarato": the state that side is
        self._side = re.compile(rf"\b(?:[Tt]he\s+(?P<adj>(?i:{registry.country_alternation}))\s+side|[Ll]a\s+parte\s+(?P<adj2>(?i:{registry.country_alternation})))\b(?!['’]s)")
        self._states = {actor.country: actor for actor in registry.actors.values() if actor.type == "country" and actor.country}
        self._org_anaphora = re.compile(
            # (with the words that describe it, lower case or a compound of the bloc's kind: "the post-Soviet security bloc",
            # "the Moscow-led military alliance"; not "the NATO alliance")
            rf"(?<![\w])(?i:the|(?:d[ae]l)?l['’])\s*(?:(?:(?:post|ex)-Soviet|(?:Moscow|Russia|Russian|Kremlin)-(?:led|dominated|backed)|[a-z][a-z-]*)\s+){{0,3}}?"
            rf"(?i:alliance|bloc|organi[sz]ation|alleanza|organizzazione)\b(?!['’]s\b(?!\s+(?i:{own_texts})\b))"
            # (not the organising of an event: "the smooth organisation of the visit", "l'elevata organizzazione della visita")
            r"(?!\s+(?i:of\s+the|della|del|dell['’]|dei|degli)\s*(?i:visits?|events?|summit|meeting|conference|forum|ceremony|visita|evento|"
            r"vertice|incontro|conferenza|cerimonia|esercitazion\w*|exercises?|drills?)\b)"
            # (its members as one: "the member states stressed", "gli Stati membri hanno evidenziato"; not "… of the X")
            r"|(?<![\w])(?:[Tt]he|[Gg]li|[Ii])\s+(?i:member[-\s]states|member\s+countries|stati\s+membri|paesi\s+membri)\b"
            r"(?!\s+(?:of|del|della|dell['’]|dei|degli)\b)")
        # "the agency", "l'agenzia di stampa" with no name after it: the outlet the article last named
        # (or the paper: "the Russian daily", "the newspaper", "il quotidiano russo", "la testata", when no name follows)
        self._media_anaphora = re.compile(
            r"(?<![\w])(?:(?i:the|(?:d[ae]ll|all)?['’]|l['’])\s*(?i:(?:news\s+)?agency|agenzia)\b(?!(?:\s+di\s+stampa)?(?:\s+[a-zà-ù]+){0,2}\s+[A-Z(«\"“])"
            r"(?i:\s+di\s+stampa)?"
            rf"|(?i:the)\s+(?:(?i:{country_words})\s+)?(?i:newspaper|daily|paper)(?=\s*[,.;]|\s+(?:said|says|reported|reports|wrote|writes|added|noted|claimed|cited|quoted)\b)"
            # (the Italian article stays outside, as a source's does: "secondo quanto riportato dalla testata")
            r"|(?:" + "|".join(rf"(?<=\b{a}\s)" for a in ("il", "Il", "del", "dal", "al", "nel", "sul")) + r")(?i:quotidiano|giornale)\b"
            rf"(?!(?:\s+[a-zà-ù]+){{0,2}}\s+[A-Z(«\"“])(?:\s+(?i:{country_words})\b)?"
            r"|(?:" + "|".join(rf"(?<=\b{a}\s)" for a in ("la", "La", "della", "dalla", "alla", "nella", "sulla")) + r")(?i:testata)\b"
            rf"(?!(?:\s+[a-zà-ù]+){{0,2}}\s+[A-Z(«\"“])(?:\s+(?i:{country_words})\b)?(?!\s+(?i:nuclear|atomic|termonuclear|missilistic)))")
        pronouns = sorted({*words.pronouns, *words.organisation_pronouns}, key=len, reverse=True)
        # "…, his office said", "ha riferito il suo ufficio stampa": the office of the person the pronoun names
        self._their_office = re.compile(r"\b(?:(?P<pron>[Hh]is|[Hh]er)\s+(?:press\s+)?office|(?:[Ii]l|dal|del)\s+suo\s+ufficio(?:\s+stampa)?)\b"
                                        r"(?!\s+(?:of|in|at|for|building|di|a)\b)")
        latter = [re.escape(w).replace("'", "['’]") for w in sorted({*words.latter_pronouns, *words.speaker_pronouns}, key=len, reverse=True)]
        self._pronoun = re.compile(r"\b(" + "|".join([*latter, *pronouns]) + r")\b", re.IGNORECASE)
        # (an Italian possessive in a phrase that names one's view as the source: "A suo avviso, …" is what he thinks)
        phrases = [re.escape(p).replace(r"\ ", r"\s+") for p in sorted(words.possessive_sources, key=len, reverse=True)]
        self._possessive_source = (re.compile(r"\b(?:" + "|".join(phrases) + r")\b", re.IGNORECASE) if phrases else None)
        anon = "|".join(words.anonymous_nouns)
        groups = "|".join(words.group_nouns)
        stop = "|".join(sorted(words.name_stopwords, key=len, reverse=True))
        self._anonymous_gate = re.compile(rf"\b(?:{anon}|{groups}|fonti|fonte)\b", re.IGNORECASE)
        self._anonymous = re.compile(
            # (or an adjective that qualifies them: "according to local health officials", "senior officials said")
            # (and whose counsel or aide: "his lawyer said")
            rf"\b(?:(?:(?i:an?|one|another|his|her|their|un['’]\s*altr[oa]|some|several|two|three|una?|alcune|alcuni|local|senior|top|government|unnamed|anonymous|military"
            rf"|security|health|regional|western|diplomatic|well-informed|informed)(?=\s)|(?!(?i:{stop})\b)[A-Z][\w-]*)\s+"
            # (the words between are the noun's qualifiers, no clause's joints: "X met Y on Monday as officials
            # announced" holds no "Y … officials")
            rf"(?:(?!(?i:on|as|and|or|but|that|when|while|after|before|since|because|if|than|to|was|were|is|are|has|have|had)\b)[\w-]+\s+){{0,3}}?(?:{anon})\b"
            # (a noun that qualifies the next: "an official source", "a government official")
            rf"(?:\s+(?:{anon})\b)?"
            # Italian adjectives after the noun: "una fonte diplomatica russa", "fonti militari"
            # (or the country's adjective alone: "un diplomatico russo")
            rf"(?:\s+(?:diplomatic[ao]|diplomatiche|diplomatici|governativ[aoei]|militar[ei]|informat[aoei]|anonim[aoei])\b)?"
            rf"(?:\s+(?i:{registry.country_alternation})\b)?"
            # (with the words that say which: "Border guards", "various groups", "western monitors")
            rf"|\b(?:(?i:border|various|several|rival|western|foreign|local|opposition|election|international)\s+){{0,2}}(?i:{groups})\b(?:\s+(?:in|from|of|a|di|da)\s+[A-Z][\w-]+)?"
            rf"(?:\s+(?:and|e)\s+(?:the\s+|gli\s+|i\s+|l['’])?(?i:{groups}|public|opinione\s+pubblica)\b)?"  # "politicians and the public"
            rf"|(?:fonti|fonte)\s+(?:diplomatiche|diplomatica|governative|governativa|ufficiali|militari|informate|vicine|anonime|di\s+\w+)"
            # (or bare plural right before its verb of speech, as wires write it: "…, officials said Thursday")
            r"|\b(?:officials|sources|diplomats)(?=\s+(?:said|say|says|told|added|confirmed|stated|noted|announced|reported|warned|claimed)\b))"
            # (and where the source is from: "an analyst from the Institute of Regional Policy")
            rf"(?:\s+(?:in|at|from|close\s+to|familiar\s+with|del|della|dell'|nel)\s+(?:the\s+|an?\s+)?[\w-]+(?:\s+(?:(?:for|of)\s+)?[A-Z][\w-]+)*"
            # ("a source in the Tajik government": the body after the country's adjective)
            rf"(?:\s+(?:government|ministry|administration|cabinet|parliament|presidency|leadership|governo|ministero)\b)?"
            rf"(?:\s+(?i:{registry.country_alternation})\b)?)?",  # "una fonte della sicurezza tagica"
        )

    def _descriptor_pattern(self) -> re.Pattern[str]:
        nouns = sorted(self.words.all_role_nouns, key=len, reverse=True)
        country = self.registry.country_alternation
        # (a body of the bloc by its acronym too: "the CSTO PA President")
        org = (rf"{self._bloc_named.pattern}|"
               r"(?:(?:CSTO|Csto|OTSC|ODKB)\s+[A-Z]{2,3}\b|CSTO|Csto|OTSC|ODKB|UN|U\.N\.|United Nations|Nazioni Unite|NATO|Kremlin|Cremlino|presidente\s+russo|Russian\s+president|President\s+of\s+(?:Russia|the\s+Russian\s+Federation)|"
               r"(?:[A-Z][A-Za-z]+\s+)?[A-Z][A-Za-z]+ Ministry|"
               # (and in lower case after a country's adjective: "a Russian defense ministry spokesperson")
               r"[A-Z][a-z]+\s+(?:defen[cs]e|foreign|interior|emergencies)\s+ministry|"
               # a body named by its capitalised words and head noun: "a Russian Airborne Troops spokesman"
               r"(?:[A-Z][A-Za-z]+\s+){1,3}(?:Troops|Forces|Force|Army|Service|Guards?|Staff|Command|Committee|Office|Headquarters))")
        return re.compile(
            rf"(?i:\b(?:the|il|lo|la|l'|l’|its|his|her)?\s*)"
            rf"(?:(?P<org1>{org})(?:['’]s)?\s+|(?P<country1>(?i:{country}))(?:['’]s)?\s+|(?P<own>(?i:organi[sz]ation['’]s|alliance['’]s))\s+)?"
            rf"(?P<acting>(?i:acting\s+))?(?P<noun>(?i:{'|'.join(re.escape(n) for n in nouns)}))\b"
            rf"(?:\s+(?i:(?P<country2>{country})))?"
            rf"(?:\s+(?i:of|of the|del|della|dell'|dell’|dello|degli|di)\s*(?:(?P<org2>{org})|(?P<country3>(?i:{country}))"
            # (with the words that describe it: "the chief of the Moscow-led military bloc")
            rf"|(?:(?:(?:post|ex)-Soviet|(?:Moscow|Russia|Russian|Kremlin)-(?:led|dominated|backed)|(?-i:[a-z])[a-z-]*)\s+){{0,3}}?"
            rf"(?P<own2>(?i:organi[sz]ation|organizzazione|alliance|alleanza|bloc|blocco))\b(?!['’]s))"  # "… dell'organizzazione"
            # (or the press office he speaks for, however it is named: "a spokesman for the drills' joint press center")
            rf"|\s+(?i:for|of)\s+(?i:the\s+)?(?P<press2>(?:[\w'’-]+\s+){{0,4}}?(?i:press\s+(?:cent(?:er|re)|service|office))\b)"
            # (or the province or the town a local official heads: "the governor of Batken province", "il governatore
            # della provincia di Batken")
            rf"|\s+(?i:of|of\s+the|della|del|dello|di)\s+(?P<local>(?i:provincia|regione|oblast|distretto|comune|città)\s+(?i:di\s+)?[A-Z][\w'’-]+"
            rf"|[A-Z][\w'’-]+\s+(?i:province|region|oblast|district)\b))?"
        )

    def find(self, text: str) -> list[Mention]:
        """Return every mention in ``text``, in order, without overlaps (longer, more specific kinds win).

        Results are remembered per text (mentions are immutable), so the quote and event stages that both
        read a paragraph pay for it once.
        """
        known = self._memo.get(text)
        if known is not None:
            return known
        if len(self._memo) > 512:  # about one article's paragraphs: shared by its stages, not a corpus cache
            self._memo.clear()
        found = self._find(text)
        self._memo[text] = found
        return found

    def _find(self, text: str) -> list[Mention]:
        folded, offsets = _without_based(*_fold_with_offsets(text))
        mentions: list[Mention] = []
        if self._aliases is not None and self._alias_starts is not None:
            for match in prefilter_finditer(self._alias_starts, 0, folded):
                actor = self._alias_owner[match.group(1)]
                start, end = offsets[match.start()], offsets[match.end()]
                if self._other_given_name(actor, text, start, match.group(1)):
                    continue  # "Andrey Serdyukov" is not the registry's Anatoly Serdyukov: an unknown name
                if actor.type == "organisation" and " " not in match.group(1) and (_A_PLACE.search(text, max(0, start - 80), start) or _PLACE_AFTER.match(text, end)):
                    continue  # "in the Gomel, Vitebsk and Minsk regions": the city, not the government named by its capital
                if actor.type == "media" and "/" in (text[start - 1 : start], text[end : end + 1]):
                    continue  # "ADEK BERRY/AFP/GettyImages": a picture's credit, not an outlet the story names
                initialled = _GIVEN_AND_INITIAL.search(text, max(0, start - 30), start) if actor.type == "person" else None
                if initialled is not None and fold(initialled.group(1)) in self._given_names.get(actor.id, ()):
                    # ("Vladimir V. Putin": his given name and a middle initial are the name too, no city of Vladimir)
                    start = initialled.start()
                government = _PERSON_GOVERNMENT.match(text, end) if actor.type == "person" else None
                if government is not None:
                    # ("the Pashinian government", "Putin's administration": the office the person heads, as "his
                    # office" would be)
                    mentions.append(Mention(start, government.end(), text[start : government.end()], "descriptor", None, "organisation",
                                            actor.gender, "office_of", extra={"holder": actor.id}))
                    continue
                mentions.append(self._named(actor, start, end, text[start:end]))
        mentions = _media_editions(mentions, text)
        # ("Kazpravda.kz reports that …": a site named by its address is an outlet, registered or not)
        mentions.extend(Mention(m.start(), m.end(), m.group(0), "unknown_name", None, "media") for m in _SITE_NAME.finditer(text)
                        if not any(n.start <= m.start() < n.end for n in mentions))
        press = list(self._press_services(text))
        # ("the alliance’s official website reports …": the title "official" that opens a channel's name is no person)
        mentions.extend(self._one_of_them(d) for d in self._descriptors(text) if not any(d.start <= p.start < d.end < p.end for p in press))
        mentions.extend(self._anonymous_sources(text))
        mentions.extend(press)
        if self._office_gate.may_match(text):  # most paragraphs name no ministry: skip the long pattern
            offices = []
            for m in self._office.finditer(text):
                # ("il ministero della Difesa di Minsk": the office with the seat that names its state)
                seat = _SEAT_AFTER.match(text, m.end("office"))
                end = seat.end() if seat is not None and fold(seat.group(1)) in self.registry.seat_words else m.end("office")
                named = _NAME_AFTER_OFFICE.search(text, m.start("office"), end)
                if named is not None:
                    # ("a vice-chair of the Council of Ministers First Last said": the office's name ends on its own
                    # last word, and the person's name after it is no part of it)
                    end = len(text[: named.start("person")].rstrip())
                offices.append(Mention(m.start("office"), end, text[m.start("office") : end], "anonymous", None, "organisation"))
            mentions.extend(offices)
            mentions.extend(self._bare_offices(text, offices))
        mentions.extend(self._organisation_anaphora(text))
        mentions.extend(self._sides(text))
        if self._bloc_leaders is not None and self._council is not None:
            mentions.extend(self._named(self._council, m.start(), m.end(), m.group(0)) for m in self._bloc_leaders.finditer(text))
        mentions.extend(Mention(m.start(), m.end(), m.group(0), "descriptor", None, "media", role="media_anaphora")
                        for m in self._media_anaphora.finditer(text))
        mentions.extend(self._pronouns(text))
        mentions.extend(Mention(m.start(), m.end(), m.group(0), "descriptor", None, "organisation", role="office_of",
                                gender={"his": "m", "her": "f"}.get((m.group("pron") or "").lower()))
                        for m in self._their_office.finditer(text))
        taken = _sources_within(text, _select(mentions))
        taken.extend(self._unknown_names(text, taken))
        return self._first_names(text, _outlet_services(text, _merge_titles(text, sorted(_select(taken), key=lambda m: m.start))))

    def _first_names(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """A title with a role followed by one capitalised word and then a verb: the holder named by one name
        ("Secretary-General Stanislav believes that …"): the word joins the title's mention."""
        out = list(mentions)
        for index, mention in enumerate(mentions):
            if mention.kind != "descriptor" or mention.role is None or mention.actor_type != "person":
                continue
            one = _ONE_NAME_AFTER.match(text, mention.end)
            if one is None or (index + 1 < len(mentions) and mentions[index + 1].start < one.end(1)):
                continue
            word = fold(one.group(1))
            if word in self.words.name_stopwords or word in self.registry.country_words or word in self.words.organisation_heads:
                continue
            out[index] = replace(mention, end=one.end(1), text=text[mention.start : one.end(1)])
        return out

    def _other_given_name(self, actor: Actor, text: str, start: int, alias: str) -> bool:
        """True when a person's surname alone is matched right after a first name that is none of the person's:
        another person with that surname. A first name spelt another way ("Sergey", "Sergei") is the same one."""
        known = self._given_names.get(actor.id)
        if not known or " " in alias:
            return False
        before = _GIVEN_NAME_BEFORE.search(text, max(0, start - 30), start)
        if before is None:
            return False
        given = fold(before.group(1))
        lead = text[: before.start(1)].rstrip()
        if not lead or lead.endswith((".", "!", "?", ":", "\"", "“", "«")):
            return False  # a sentence's first word may be an adverb ("Yesterday Putin …"): too loose to say who
        if (given in known or given in self.words.name_stopwords or given in self.words.organisation_heads
                or given in self.registry.country_words or given in self._role_nouns):
            return False
        return not any(given[:3] == name[:3] or fuzz.ratio(given, name) >= 60 for name in known)

    def _named(self, actor: Actor, start: int, end: int, raw: str) -> Mention:
        return Mention(start, end, raw, "name", actor.id, actor.type, actor.gender, None, actor.country, resolved=True)

    def _descriptors(self, text: str) -> Iterable[Mention]:
        gated = self._descriptor_gate is not None and not self._descriptor_gate.may_match(text)
        for match in () if gated else self._descriptor.finditer(text):
            if text[match.start("noun") - 1 : match.start("noun")] == "-" and not _TITLE_BEFORE.search(text, 0, match.start("noun")):
                # "Colonel-General", "vice-president", "ex-president": the noun is part of another title (not the second
                # of two offices one person holds: "Deputy Prime Minister-Foreign Minister")
                continue
            noun = match.group("noun").lower()
            if noun in _ADJECTIVE_NOUNS and not _ARTICLE_RIGHT_BEFORE.search(text, max(0, match.start("noun") - 5), match.start("noun")):
                continue  # ("un importante significato politico": the adjective after a noun, no politician; "il politico" is one)
            following = _NEXT_WORD.match(text, match.end("noun"))
            if following is not None and fold(following.group(1)) in self.words.organisation_heads:
                continue  # "the General Staff", "the Commander's Office": the word begins a body's name
            if noun == "official" and _OFFICIAL_ADJECTIVE.match(text, match.end("noun")):
                continue  # "the official CSTO statement", "the official website": the adjective, no person
            role = self.words.role(noun)
            if _DEPUTY.search(text, max(0, match.start("noun") - 16), match.start("noun")):
                role = None  # "Deputy Foreign Minister", "Vice President": the office's deputy, not its holder
            if noun == "representative" and (_ENVOY.search(text, max(0, match.start("noun") - 20), match.start("noun")) or not match.group("org2")):
                role = None  # a permanent or special representative is an envoy; "representative" alone, anyone's
            if match.group("acting") and role == "head_of_state":
                role = "acting_head_of_state"
            country_word = match.group("country1") or match.group("country2") or match.group("country3")
            country = self.registry.country_words.get(fold(country_word)) if country_word else None
            seat = (_LEADER_SEAT.match(text, match.end("noun")) if country is None and noun in self.words.leader_nouns
                    and match.end() == match.end("noun") else None)
            seated = self.registry.seat_words.get(fold(seat.group(1))) if seat is not None else None
            qualifier = (match.group("org1") or match.group("org2") or ("CSTO" if match.group("own") or match.group("own2") else None)
                         or match.group("press2"))
            if qualifier is not None and self._bloc_named.fullmatch(qualifier):
                qualifier = "CSTO"  # the bloc by its full name
            if (qualifier is None and noun in _HEAD_NOUNS and _ITS.match(match.group(0))
                    and _BLOC_BEFORE.search(text, max(0, match.start() - _ITS_REACH), match.start())):
                qualifier = "CSTO"  # "the CSTO, a bloc of …, will …, its head said": the bloc's head (a country's would be its leader)
            raw = match.group(0).strip()
            start = match.start() + (len(match.group(0)) - len(match.group(0).lstrip()))
            if seated is not None and seat is not None:
                # ("il leader di Minsk", "the leader of Tashkent": the leader of the state whose seat it names)
                raw, country = text[start : seat.end()], seated
            cabinet = _CABINET_NEXT.match(text, match.end()) if match.group("country3") and role is None else None
            if cabinet is not None:  # "the head of the Armenian government": its head of government
                raw, role = text[start : cabinet.end()], "head_of_government"
            led = _STATE_LED_BLOC.match(text, match.end()) if match.group("country3") and noun in _HEAD_NOUNS else None
            if led is not None:
                # ("the head of Russia's regional defence alliance": the head of the bloc the state leads, not of the state)
                raw, role, qualifier, country = text[start : led.end()], "secretary_general", "CSTO", None
            if (role is None and noun in _HEAD_NOUNS and _THE_BLOC.fullmatch(qualifier or "")
                    and not _NEXT_WORD.match(text, match.end()) and not _DEPUTY.search(text, max(0, match.start("noun") - 16), match.start("noun"))):
                role = "secretary_general"  # "the head of the bloc", "il capo dell'Odkb": its Secretary General
            gone = (_FORMER.search(text, max(0, match.start("noun") - 16), match.start("noun"))
                    or _FORMER.search(text, max(0, start - 16), start))  # ("the former Kazakh foreign minister")
            former = gone is not None and fold(gone.group(0)).strip(" -") not in ("then", "allora")
            # ("the then Secretary General said": whoever held it when he spoke, not the holder on the story's day)
            then = gone is not None and not former
            extra: dict[str, object] = {"former": True} if former else ({"then": True} if then else {})
            if match.group("local"):
                extra["local"] = True  # a province's or a town's official: no one a state's registry holds
            if _INDEFINITE_BEFORE.search(text, max(0, start - 5), start):
                extra["indefinite"] = True  # "a Foreign Ministry spokesman": one of its press officers, no office's holder
            if _POST_OF.search(text, max(0, start - _POST_REACH), start):
                continue  # ("a straw poll in the race for UN Secretary General": the office, no one who holds it)
            yield Mention(start, start + len(raw), raw, "descriptor", None, "person", None, role, country, qualifier, extra=extra)
        # A slip in the role noun ("the politicial") still reads as a descriptor.
        for match in re.finditer(r"\b(?i:the|il|la|lo)\s+([a-z]{6,})\b", text):
            word = match.group(1)
            if word in self._role_nouns or word in self.words.organisation_heads:
                continue  # "il ministero" is the ministry, not a slip for "il ministro"
            following = _ANY_NEXT_WORD.match(text, match.end())
            if following is not None and fold(following.group(1)) in self.words.organisation_heads:
                continue  # "the diplomatic ministry": an adjective of the body after it, not a slip for "the diplomat"
            if word.endswith("s") and (word[:-1] in self._role_nouns or (word.endswith("es") and word[:-2] in self._role_nouns)):
                continue  # "the leaders", "the ministers": a role noun's plural is a group, not one person misspelt
            best = process.extractOne(word, self._english_roles, scorer=fuzz.ratio, score_cutoff=88)
            if best is not None:
                yield Mention(match.start(), match.end(), match.group(0), "descriptor", None, "person",
                              None, self.words.role_nouns.get("en", {})[best[0]], None, None, extra={"fuzzy": True})

    def _press_services(self, text: str) -> Iterable[Mention]:
        if not self._press_gate.may_match(text):
            return
        for match in self._press.finditer(text):
            # (the words start at the first letter: with no article before it, the pattern's space comes first)
            start = match.start() + len(match.group(0)) - len(match.group(0).lstrip())
            event = _EVENT_AFTER.match(text, match.end()) if match.group("of") else None
            if event is not None:
                # "the press office of the bloc's drills", "of the X exercises": the press office of an event, which no registry holds
                yield Mention(start, event.end(), text[start : event.end()], "anonymous", None, "anonymous")
                continue
            if match.group("of"):  # "the press service of the border guards": it names its own owner
                owner = self._registered_owner(match.group("of"))
                body = _OWN_BODY.search(match.group("of"))
                if owner is None and body is not None:
                    # "of the organization's Secretariat": the CSTO's own body (the only organisation whose bodies the
                    # registry holds, under its name)
                    owner = self._registered_owner("CSTO " + body.group(1))
                if owner is not None:  # "il servizio stampa del Cremlino": the registered owner speaks through it
                    yield replace(self._named(owner, start, match.end(), match.group(0).strip()), role="press_service")
                    continue
                # "l’ufficio stampa del ministero della Difesa armeno": an office, resolved as offices are
                kind = "organisation" if self._office.search(match.group("of")) else "anonymous"
                # (with the seat that names its state: a ministry's press office "di Astana", "of Yerevan"; or the state
                # itself: "the press office of the Defence Ministry of Valleya")
                seat = _SEAT_AFTER.match(text, match.end()) if kind == "organisation" else None
                placed = seat is not None and (fold(seat.group(1)) in self.registry.seat_words or fold(seat.group(1)) in self.registry.country_words)
                end = seat.end() if placed and seat is not None else match.end()
                yield Mention(start, end, text[start:end].strip(), "anonymous", None, kind)
                continue
            if fold(match.group(0).strip()).removeprefix("the ") in self._head_offices:
                yield Mention(start, match.end(), match.group(0).strip(), "anonymous", None, "anonymous")
                continue  # "the Office of the Prime Minister": the office speaks as a body of its own
            if match.group("named"):
                # "the Central Military District's press service": the body's own office, or the registered body itself
                owner = self._registered_owner(re.sub(r"['’]s$", "", match.group("named")))
                if owner is not None:
                    yield replace(self._named(owner, start, match.end(), match.group(0).strip()), role="press_service")
                else:
                    yield Mention(start, match.end(), match.group(0).strip(), "anonymous", None, "organisation")
                continue
            if match.group("poss"):  # "the exercises’ press service", "the drill's press center": an owner no registry holds
                yield Mention(start, match.end(), match.group(0).strip(), "anonymous", None, "anonymous")
                continue
            if _PRESIDENTIAL.match(text, start):
                # ("the presidential press service said": a head of state's office that names no country, speaking as itself
                # (not as whatever body the reported words named last, "… after the Moscow summit, the presidential press
                # service said")
                yield Mention(start, match.end(), match.group(0).strip(), "anonymous", None, "organisation")
                continue
            office = _PRESIDENTS.search(text, max(0, match.start() - 40), match.start())
            if office is not None and not match.group("owner"):
                # "Tajik President's press service told AP": the president's office speaks, resolved as "the Tajik
                # president" is (the head of state of that country at the article's date)
                country = self.registry.country_words.get(fold(office.group("adj") or ""))
                yield Mention(office.start(), match.end(), text[office.start() : match.end()], "descriptor", None, "person",
                              role="head_of_state", country=country)
                continue
            if match.group("owner") and fold(match.group("owner")).startswith("ministry"):
                # "the Russian Foreign Ministry's official website says": the registered ministry the name before it is
                owned = self._registered_name_ending(text, match.end("owner") - 2)
                if owned is not None:
                    owner, name_start = owned
                    yield replace(self._named(owner, name_start, match.end(), text[name_start : match.end()]), role="press_service")
                    continue
            person = _PERSON_POSSESSIVE.search(text, max(0, start - 40), start) if not match.group("owner") else None
            owner_actor = self._registered_owner(person.group("name")) if person is not None else None
            if person is not None and (owner_actor is None or owner_actor.type == "person"):
                # ("Atambayev's press service said …": a person's office, which no registry holds, speaking as itself (not as
                # an outlet or a body the story named last)
                yield Mention(person.start(), match.end(), text[person.start() : match.end()].strip(), "anonymous", None, "organisation")
                continue
            yield Mention(start, match.end(), match.group(0).strip(), "descriptor", None, "organisation",
                          role="press_service", qualifier=match.group("owner"))

    def _registered_name_ending(self, text: str, end: int) -> tuple[Actor, int] | None:
        """The registered organisation whose name ends at ``end`` (within the 60 characters before it), and where it starts."""
        if self._aliases is None:
            return None
        begin = max(0, end - 60)
        folded, offsets = _fold_with_offsets(text[begin:end])
        for found in self._aliases.finditer(folded):
            if found.end(1) == len(folded) and self._alias_owner[found.group(1)].type == "organisation":
                return self._alias_owner[found.group(1)], begin + offsets[found.start(1)]
        return None

    def _bare_offices(self, text: str, offices: Sequence[Mention]) -> Iterable[Mention]:
        """An office named with no article and no country ("…,” said Defense Ministry"): the office of that kind the story
        is about, as "the Defense Ministry" is; not the head of a longer name ("Karabakh Defense Ministry") nor the body
        a title or a name follows ("Foreign Ministry spokeswoman Maria Zakharova")."""
        for match in self._bare_office.finditer(text):
            if any(o.start <= match.start() < o.end for o in offices):
                continue
            before = _WORD_BEFORE.search(text, 0, match.start())
            opens = text[: match.start()].rstrip()[-1:] in ("", ".", "!", "?", ":", ";", '"', "“", "”")
            if not opens and (before is None or not before.group(1)[:1].islower()):
                continue
            after = re.match(r"\s+([\w'’-]+)", text[match.end() :])
            if after is not None and (after.group(1)[:1].isupper() or after.group(1).lower() in self._role_nouns):
                continue
            yield Mention(match.start(), match.end(), match.group(0), "anonymous", None, "organisation")

    def _registered_owner(self, phrase: str) -> Actor | None:
        """The organisation a press service's "of …" phrase names, when the registry knows it."""
        if self._aliases is None:
            return None
        folded, _ = _fold_with_offsets(phrase)
        found = [self._alias_owner[m.group(1)] for m in self._aliases.finditer(folded)]
        return found[-1] if found and found[-1].type == "organisation" else None

    def _sides(self, text: str) -> Iterable[Mention]:
        """"The Tajik side said …", "la parte armena ha dichiarato …": the state that side is, named."""
        if " side" not in text and "parte " not in text:
            return
        for match in self._side.finditer(text):
            state = self._states.get(self.registry.country_words.get(fold(match.group("adj") or match.group("adj2")), ""))
            if state is not None:
                yield self._named(state, match.start(), match.end(), match.group(0))

    def _organisation_anaphora(self, text: str) -> Iterable[Mention]:
        for match in self._org_anaphora.finditer(text):
            yield Mention(match.start(), match.end(), match.group(0), "descriptor", None, "organisation",
                          role="press_service", qualifier="organization's")

    def _one_of_them(self, mention: Mention) -> Mention:
        """A title with no role of its own and a nationality, "the Kyrgyz official", points at someone of that country the
        story named."""
        words = fold(mention.text).split()
        # (the noun last in English, "the Kyrgyz official"; before its adjective in Italian, "il diplomatico russo")
        if (mention.role is not None or mention.actor_type != "person" or words[0] not in ("the", "il")
                or not (words[-1] in _ONE_OF_THEM or (words[0] == "il" and len(words) == 3 and words[1] in _ONE_OF_THEM))):
            return mention
        country = self._nationality(words)
        return replace(mention, role="person_anaphora", country=country) if country is not None else mention

    def _nationality(self, words: Sequence[str]) -> str | None:
        """The country the first of ``words`` (folded) that names one names: "kyrgyz" → KGZ."""
        return next((self.registry.country_words[w] for w in words if w in self.registry.country_words), None)

    def _anonymous_sources(self, text: str) -> Iterable[Mention]:
        for match in _PAIR_GROUP.finditer(text):  # "The two presidents stressed that …": the pair speaks as one
            yield Mention(match.start(), match.end(), match.group(0), "anonymous", None, "anonymous")
        if not self._anonymous_gate.search(text):
            return  # most paragraphs name no source, official or group: skip the long pattern
        for match in self._anonymous.finditer(text):
            start, end = match.start(), match.end()
            member = _MEMBERS_OF.match(text, start, end)
            if member is not None:
                end = member.end("members")  # ("other member states of the CSTO": the members, the bloc a mention of its own)
            if _MEMBERS.fullmatch(text, start, end) and _OWNER_BEFORE.search(text, 0, start):
                continue  # ("the CSTO member states urged …", "the bloc's member states": the bloc speaks, as it always has)
            before = _WORD_BEFORE.search(text, 0, start)
            if before is not None and fold(before.group(1)) in self.registry.country_words:
                start = before.start(1)  # "Kyrgyz politicians": the group keeps its country
            words = fold(text[start : end]).split()
            if words[-1] == "official" and _OFFICIAL_ADJECTIVE.match(text, end):
                continue  # ("the ministry replied by seeking official clarifications": the adjective, no source)
            if words[-1] in _ONE_OF_THEM and _DEFINITE.search(text, max(0, start - 40), start):
                # "The high-ranking Kyrgyz military official added": one the story has named, not a new source
                yield Mention(start, end, text[start : end], "descriptor", None, "person", role="person_anaphora",
                              country=self._nationality(words), extra={"unnamed": True})
                continue
            # ("the US Congressmen", "fonti russe": the group's or the source's country; a lower-case word only as the
            # registry writes it, so "told us" names no country)
            country = next((self.registry.country_words[fold(w)] for w in _WORDS.findall(text[start : end])
                            if fold(w) in self.registry.country_words and (not w.islower() or w in self.registry.lower_country_words)), None)
            yield Mention(start, end, text[start : end], "anonymous", None, "anonymous", country=country)
        for match in _THE_SOURCE.finditer(text):  # "…, the source added": the source named before, resolved later
            yield Mention(match.start(), match.end(), match.group(0), "descriptor", None, "anonymous", role="source_anaphora")

    def _pronouns(self, text: str) -> Iterable[Mention]:
        for match in self._pronoun.finditer(text):
            word = match.group(1).lower()
            if word == "i" and (match.group(1) != "I" or _ITALIAN_WORDS.search(text)):
                continue  # "i" is not the pronoun, nor is "I" in Italian ("I reparti svolgeranno …": the article)
            if word == "it" and _EXPLETIVE_IT.match(text, match.end()):
                continue  # ("it was likely that Russia …", "it is clear that …": a dummy subject that stands for no one)
            actor_type = "organisation" if word in self.words.organisation_pronouns else "person"
            if word == "we":
                actor_type = "media"  # ("We also wrote that …": in a story's own words, "we" is the outlet; quotations are masked)
            latter = ("latter" if fold(word) in self.words.latter_pronouns
                      else "last_speaker" if fold(word) in self.words.speaker_pronouns else None)
            yield Mention(match.start(), match.end(), match.group(1), "pronoun", None, actor_type,
                          self.words.pronouns.get(word), role=latter)
        for match in self._possessive_source.finditer(text) if self._possessive_source is not None else ():
            owner = _POSSESSIVE_WORD.search(match.group(0))
            if owner is not None and owner.group(0).lower() == "their":
                # ("In their opinion, …": whom "they" stands for)
                yield Mention(match.start() + owner.start(), match.start() + owner.end(), "they", "pronoun", None, "person", None,
                              role="their_view")
            elif owner is not None:  # (the possessive agrees with its noun, not its owner: any person)
                yield Mention(match.start() + owner.start(), match.start() + owner.end(), owner.group(0), "pronoun", None, "person", None)

    def _unknown_names(self, text: str, taken: Sequence[Mention]) -> Iterable[Mention]:
        busy = [(m.start, m.end) for m in taken]
        for match in _CAPITALISED.finditer(text):
            if self._field_of.search(text[max(0, match.start() - 30) : match.start()]):
                continue  # "Professor of International Relations": a field of study
            if _NUMBERED.search(match.group(0)) and _NUMBER_AFTER.match(text, match.end()):
                continue  # ("Protocol No. 44", "Resolution Nr 12": a numbered document, no one's name)
            if _DIGIT.search(match.group(0)) or _YEAR_AFTER.match(text, match.end()):
                continue  # "Steel Shield-2024", "Steel Shield 2024": a name with a number names a thing (a drill, a forum)
            if self._thing_after.match(text, match.end()) or self._thing_before.search(text, max(0, match.start() - 30), match.start()):
                continue  # "the Combat Brotherhood exercise", "the exercise Combat Brotherhood": a drill's name, no one's
            tokens = [(match.start() + t.start(), match.start() + t.end(), t.group()) for t in re.finditer(r"\S+", match.group(0))]
            if len(tokens) > 1 and tokens[0][2] == "State" and _OF_STATE.search(text, max(0, match.start() - 20), match.start()):
                tokens = tokens[1:]  # "Secretary of State Antony Blinken": the office's last word, then the name
            if len(tokens) > 2 and _POSTED_TO.search(text, max(0, match.start() - 30), match.start()):
                tokens = tokens[1:]  # "Moscow's envoy to Kabul Andrei Petrov": the post's city, then the name
            titles = [i for i, t in enumerate(tokens) if t[2].lower().strip(".,") in self.words.name_stopwords]
            if titles and titles[-1] + 1 < len(tokens) and all(fold(t[2]).strip(".,") in self.words.organisation_heads for t in tokens[titles[-1] + 1 :]):
                titles = titles[:-1]  # "General Staff", "Joint Staff": a rank word that names a body with its head noun
            if titles:
                # "CSTO Joint Staff Spokesman Ivan Petrov": the name is what follows the last title or rank
                tokens = tokens[titles[-1] + 1 :]
            inside = [i for i, t in enumerate(tokens) if any(s < t[1] and t[0] < e for s, e in busy)]
            if inside and len(tokens) - inside[-1] - 1 >= 2:
                # "for the Foreign Ministry Anna Petrova": a name right after a body already found
                tokens = tokens[inside[-1] + 1 :]
            heads = [i for i, t in enumerate(tokens) if fold(t[2]).strip(".,") in self.words.organisation_heads]
            if heads and len(tokens) - heads[-1] - 1 >= 2 and all(t[2][:1].isupper() for t in tokens[heads[-1] + 1 :]):
                tokens = tokens[heads[-1] + 1 :]  # "CSTO Joint Staff Andrey Serdyukov": the body, then the person's name
            organisation = bool({fold(t[2]).strip(".,") for t in tokens} & self.words.organisation_heads)
            while tokens and not organisation and fold(tokens[0][2]) in self.registry.country_words:
                tokens.pop(0)  # "Kazakh Interior Ministry" keeps its adjective; "Russian Igor Ivanov" does not
            if len(tokens) >= 3 and not organisation and fold(tokens[0][2]) in self._lone_states:
                # ("the Republic of Serbia Djordje Milicevic": a state the registry does not hold, then a full name)
                tokens.pop(0)
            if (len(tokens) >= 3 and not organisation and _PLACE_BEFORE.search(text, max(0, tokens[0][0] - 8), tokens[0][0])
                    and fold(tokens[0][2]) in self._lone_towns):
                # ("the chief of the mission to the conference in Geneva Ivan Petrov": the town, then the full name)
                tokens.pop(0)
                placed = True
            else:
                placed = False
            if not tokens or fold(tokens[0][2]).strip(".,") in self.words.landform_heads:
                continue  # ("Lake Issyk Kul", "Monte Bianco": a place, no one who acts or speaks)
            if len(tokens) >= 2 and fold(tokens[0][2]).strip(".,") in self._things:
                continue  # ("Operation Mercenary", "Exercise Cobalt": a thing named after its noun, no one)
            start, end = tokens[0][0], tokens[-1][1]
            raw = text[start:end]
            if any(s < end and start < e for s, e in busy):
                continue
            named_for = _NAMED_FOR.match(text, end) if organisation else None
            if named_for is not None and not any(s < named_for.end() and end < e for s, e in busy):
                # ("the Syrian Observatory for Human Rights", "the Center for Strategic Research": a body's name goes on
                # past "for" or "of" to its capitalised words, no one's name)
                yield Mention(start, named_for.end(), text[start : named_for.end()], "unknown_name", None, "organisation")
                busy.append((start, named_for.end()))
                continue
            outlet = _OUTLET_NOUN_AFTER.match(text, end) if _THE_BEFORE.search(text, max(0, start - 5), start) else None
            if outlet is not None and not organisation:
                # ("the Zhoghovurd newspaper reported, citing sources": an outlet the registry does not hold, by its noun)
                yield Mention(start, outlet.end(), text[start : outlet.end()], "unknown_name", None, "media")
                continue
            actor = self._fuzzy_person(raw)
            if actor is not None:
                yield replace(self._named(actor, start, end, raw), extra={"fuzzy": True})
            elif len(tokens) >= 2 and all(len(t[2]) > 1 for t in tokens):
                owner = next((m for m in taken if organisation and m.actor_type == "country" and text[m.end : start] in ("'s ", "’s ")), None)
                if owner is not None:  # "Kazakhstan's Interior Ministry": the body is named with its country, as "Kazakh Interior Ministry" is
                    yield Mention(owner.start, end, text[owner.start : end], "unknown_name", None, "organisation", country=owner.country)
                    continue
                parent = next((m for m in taken if organisation and m.actor_type == "organisation" and m.actor_id and m.text.isupper()
                               and text[m.end : start] == " "), None)
                if parent is not None:
                    # ("the CSTO Parliamentary Assembly said": a body the registry does not hold, named with its
                    # organisation's acronym, is that body, not the organisation)
                    yield Mention(parent.start, end, text[parent.start : end], "unknown_name", None, "organisation")
                    continue
                if fold(tokens[-1][2]).strip(".,") in self.words.media_heads:
                    # ("Kabul Now reported that …": an outlet no registry holds sources the news, as TASS does)
                    yield Mention(start, end, raw, "unknown_name", None, "media")
                    continue
                kind = "organisation" if organisation else "person"
                if kind == "person" and raw.isupper():
                    continue  # "STORY CONTINUES BELOW THESE VIDEOS": a banner in capitals names no one
                if kind == "person" and fold(tokens[-1][2]).strip(".,") in self.words.idea_nouns:
                    continue  # ("the Builder of Concord and National Unity": an honorific title's idea, no one's name)
                if kind == "person" and fold(raw) in self._places:
                    continue  # ("Meanwhile, Nagorno Karabakh must take part": a place the gazetteer knows)
                if kind == "person" and not placed and _IN_PLACE.search(text, max(0, start - 50), start):
                    continue  # "in Medio Oriente e Nord Africa": regions a preposition puts something in, no one's name
                yield Mention(start, end, raw, "unknown_name", None, kind)
            elif len(tokens) == 1 and raw.isalpha() and raw.isupper() and 2 < len(raw) <= _ACRONYM_LETTERS and _THE_BEFORE.search(text, max(0, start - 5), start):
                # "the agency, the GRU, said": a body's acronym after "the", unregistered, is no one's surname
                yield Mention(start, end, raw, "unknown_name", None, "organisation")
            elif len(tokens) == 1 and raw.isalpha() and raw.isupper() and 2 < len(raw) <= _ACRONYM_LETTERS and _REPORTED_AFTER.match(text, end):
                # ("…, ARKA reported.", "CNBC aggiunge che …"): an agency's acronym that reports the news is an outlet
                yield Mention(start, end, raw, "unknown_name", None, "media")
            elif len(tokens) == 1 and len(raw) > 2 and raw.isalpha() and not organisation and fold(raw) not in self._lone_states:
                # "Lapin said": a surname alone, kept only if the discourse resolves it to a person named before
                yield Mention(start, end, raw, "surname", None, "person")

    def _fuzzy_person(self, raw: str) -> Actor | None:
        key = fold(raw)
        if len(key) < 5 or not self._person_alias_keys:
            return None
        parts = key.split()
        if len(parts) == 2 and _PATRONYMIC.search(parts[1]) and self._addressed_keys:
            # ("Vyacheslav Victorovich": a transliteration of the patronymic off by a letter is still him)
            close = process.extractOne(key, self._addressed_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
            if close is not None:
                return self._addressed[close[0]]
        best = process.extractOne(key, self._person_alias_keys, scorer=fuzz.ratio, score_cutoff=self.fuzzy_cutoff)
        return self._person_aliases[best[0]] if best is not None else None


#: A person's full name right after the last word of an office's own name: "… of Ministers Kamchybek Tashiev".
_NAME_AFTER_OFFICE = re.compile(r"\b(?:Ministers|Affairs|Situations|Defen[cs]e|Security|Justice|Interior)\s+"
                                r"(?P<person>(?-i:[A-Z])[a-z]+(?:-[A-Z][a-z]+)?\s+(?-i:[A-Z])[a-z]+(?:-[A-Z][a-z]+)?)$")
#: The abbreviation of "number" that ends a numbered document's name, and the number after it: "No", ". 44".
_NUMBERED = re.compile(r"\b(?:No|Nr|Nos|N)$")
_NUMBER_AFTER = re.compile(r"\.?\s*\d")
#: A preposition of place right before a capitalised run: "in ", "at ", "from ".
_PLACE_BEFORE = re.compile(r"\b(?:in|at|from|near)\s+$")
#: A body's name going on past "for" or "of" to capitalised words: " for Human Rights", " of Strategic Studies".
_NAMED_FOR = re.compile(r"\s+(?:for|of)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,4}")


#: The ending of a Russian patronymic: "Viktorovich", "Sergeyevich", "Ilyich", "Ivanovna".
_PATRONYMIC = re.compile(r"(?:ovich|evich|yevich|ich|ovna|evna|yevna|ichna)$")
_TITLE_GAP = re.compile(r"^(?:\s*|\s*,\s*)$")
#: The words that make a representative an envoy rather than a spokesman: "permanent", "special", "plenipotentiary".
_ENVOY = re.compile(r"\b(?:permanent|special|plenipotentiary|personal|high)\s+$", re.IGNORECASE)
#: The words that make a title its deputy's: "Deputy Foreign Minister", "First Deputy Prime Minister", "Vice
#: President", "vice ministro", "Under-Secretary-General" (not "under President X", a preposition).
#: A title that ends right before a hyphen: the first of two offices one person holds ("Prime Minister-").
_TITLE_BEFORE = re.compile(r"\b(?:Minister|Ministro)-$")
_DEPUTY = re.compile(r"\b(?:(?:deputy|vice)[\s-]*|(?:under|sub)-)$", re.IGNORECASE)
#: The nouns that make a title of the bloc's head: "the head of the CSTO", "il capo dell'Odkb".
_HEAD_NOUNS = frozenset({"head", "chief", "capo"})
#: A descriptor that opens on "its": "its head".
_ITS = re.compile(r"\s*its\s", re.IGNORECASE)
#: The bloc named in the words before "its head", which the possessive points back to.
_BLOC_BEFORE = re.compile(r"\b(?:CSTO|ODKB|OTSC|Collective\s+Security\s+Treaty\s+Organi[sz]ation)\b")
#: How far back (characters) "its" looks for the bloc.
_ITS_REACH = 240
#: The bloc, as a descriptor's qualifier names it.
_THE_BLOC = re.compile(r"CSTO|ODKB|OTSC", re.IGNORECASE)
#: The words that make a title a past one: "former", "ex-", "then-", "l'ex", "già".
_FORMER = re.compile(r"\b(?:former|ex|then|onetime|erstwhile|l['’]ex|già|allora)[\s-]*$", re.IGNORECASE)


#: The most characters between an unnamed source and the name in apposition after it: ", ".
_APPOSED_GAP = 3
#: The bloc's members as a group: "member states", "member countries".
_MEMBERS = re.compile(r"member\s+(?:states|countries|nations)", re.IGNORECASE)
#: An owner right before them: an acronym ("CSTO "), a possessive ("the bloc's ").
_OWNER_BEFORE = re.compile(r"(?:\b[A-Z]{2,}|['’]s)\s+$")
#: The bloc's members as a group, then the bloc they belong to: "member states of the CSTO" (the group ends before "of").
_MEMBERS_OF = re.compile(r"(?P<members>(?:\w+\s+)*?member\s+(?:states|countries|nations))\s+of\b", re.IGNORECASE)


def _merge_titles(text: str, mentions: list[Mention]) -> list[Mention]:
    """Fold a title and the name it introduces into one mention of the name.

    "Belarusian President Alexander Lukashenko" and "the organization's general secretary, Nikolay Bordyuzha"
    are one person: the name decides who, the whole phrase is what the text says.
    """
    merged: list[Mention] = []
    for mention in mentions:
        previous = merged[-1] if merged else None
        if (
            previous is not None
            and previous.kind == "descriptor"
            and previous.actor_type != "organisation"  # ("According to the MFA information department, X and Y met")
            and mention.kind in ("name", "unknown_name")
            and mention.actor_type in ("person", None)
            and _TITLE_GAP.match(text[previous.end : mention.start])
        ):
            # "former Foreign Minister X" held the office once: the title names no role X holds now
            former = _FORMER.search(text, max(0, previous.start - 12), previous.start) is not None
            merged[-1] = replace(mention, start=previous.start, text=text[previous.start : mention.end],
                                 role=None if former else previous.role, qualifier=previous.qualifier,
                                 country=mention.country or previous.country,  # "Foreign Minister of Belarus <unregistered>"
                                 extra={**mention.extra, "name": mention.text, "title_country": previous.country})
            continue
        if (
            previous is not None
            and mention.kind == "descriptor"
            and mention.role is not None
            and previous.kind in ("name", "unknown_name")
            and previous.actor_type in ("person", None)
            and previous.role is None
            and _APPOSITION_GAP.fullmatch(text, previous.end, mention.start)
            and (_APPOSITION_END.match(text, mention.end) or (_BARE_GAP.fullmatch(text, previous.end, mention.start)
                                                              and not _DETERMINER.match(mention.text)))
        ):
            # "said X, a spokesman for the Joint Staff": the title after the name is the name's too (not in
            # "talks with X, the president said", where the descriptor is the subject of a verb; but a bare title is
            # no subject of its own: "X, Armenian Foreign Minister stated that …" lost only its second comma)
            bare = not _APPOSITION_END.match(text, mention.end)  # (the title then runs on into the verb: one subject)
            end = mention.end if bare else previous.end
            merged[-1] = replace(previous, role=mention.role, extra={**previous.extra, "title_country": mention.country},
                                 end=end, text=text[previous.start : end] if bare else previous.text)
            continue
        if (
            previous is not None
            and previous.kind == "descriptor"
            and previous.actor_type == "person"
            and previous.qualifier is None
            and mention.actor_type == "organisation"
            and mention.kind in ("name", "unknown_name")
            and (_HEAD_NOUN.search(fold(previous.text)) or previous.role == "secretary_general")
            and _OF_THE_BLOCS.fullmatch(text, previous.end, mention.start)
        ):
            # "the chief of the bloc's Joint Staff said": the head of the body, who speaks; the body is his title's (and
            # "il segretario generale della Nato": that body's secretary general, not the bloc's)
            merged[-1] = replace(previous, end=mention.end, text=text[previous.start : mention.end], qualifier=mention.text)
            continue
        title = merged[-2] if len(merged) >= 2 else None
        if (
            title is not None
            and previous is not None
            and title.kind == "descriptor"
            and title.actor_type == "person"
            and title.role is not None
            and previous.actor_type == "organisation"
            and mention.kind == "unknown_name"
            and mention.actor_type in ("person", None)
            and mention.role is None
            and _OF_OFFICE.fullmatch(text, title.end, previous.start)
            and _TITLE_GAP.match(text[previous.end : mention.start])
        ):
            # "Spokesman for the Defence Ministry of X <unregistered name>": the name holds the title the office
            # qualifies, so "the spokesman said" later is that person (the office stays a mention of its own)
            mention = replace(mention, role=title.role, extra={**mention.extra, "title_country": previous.country})
        merged.append(mention)
    return merged


#: A title that heads a body: "the chief", "the head", "il capo", "il comandante".
_HEAD_NOUN = re.compile(r"\b(?:chief|head|commander|director|capo|comandante|direttore)$")
#: Between a head's title and the body he heads, the bloc's possessive allowed: " of the bloc's ", " of the ", " del ".
_OF_THE_BLOCS = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:(?:bloc|alliance|organi[sz]ation)['’]s\s+)?|del\s+|della\s+|dello\s+|dell['’]\s*)", re.IGNORECASE)
#: Between a person's title and the office it is of: " for the ", " of the ", " del ", " della ".
_OF_OFFICE = re.compile(r"\s+(?:(?:for|of|at)(?:\s+the)?|del|della|dello|dell['’]|dei|degli)\s*", re.IGNORECASE)


#: The words between a name and a title set after it, and what may follow such a title.
_APPOSITION_GAP = re.compile(r"\s*,\s*(?:(?:a|an|the|il|la|lo|l['’]|un|una|uno)\s*)?", re.IGNORECASE)
_BARE_GAP = re.compile(r"\s*,\s*")
_DETERMINER = re.compile(r"(?:the|a|an|its|his|her|their|this|that|il|la|lo|l['’]|i|gli|le|un|una|uno|suo|sua)\b", re.IGNORECASE)
_APPOSITION_END = re.compile(r"\s*(?:[,.;:)–—]|$|(?:of|for|at|in|to|with|from|di|del|della|dello|dei|degli|delle|dell['’]|per|presso)\b)", re.IGNORECASE)


#: A surname this long or longer, this close (rapidfuzz ratio) to the surname of one person the article named, is theirs.
_RESPELT_LENGTH = 6
_RESPELT_SCORE = 85

_KIND_RANK = {"name": 0, "descriptor": 1, "anonymous": 2, "unknown_name": 3, "pronoun": 4, "surname": 5}


#: Unnamed sources inside a body named right after them: "sources in the Uzbek foreign ministry", "fonti del ministero".
_SOURCES_IN = re.compile(r"\b(?:sources|officials|insiders|fonti|funzionari)\s+(?:(?:in|at|within|inside|from|close\s+to)\s+(?:the\s+)?"
                         r"|(?:del|della|dello|dell['’]|dei|degli|nel|nella|vicin[ei]\s+(?:al|alla|all['’]))\s*)$", re.IGNORECASE)


def _sources_within(text: str, mentions: list[Mention]) -> list[Mention]:
    """A body named right after unnamed sources is where they work, not who speaks: "citing sources in the Uzbek
    foreign ministry" is an anonymous source, in words the reader can check, not the ministry's statement."""
    out: list[Mention] = []
    for mention in mentions:
        found = _SOURCES_IN.search(text, max(0, mention.start - 40), mention.start) if mention.actor_type in ("organisation", "country") else None
        if found is not None and not any(other.start < mention.start and other.end > found.start() for other in mentions):
            mention = Mention(found.start(), mention.end, text[found.start() : mention.end], "anonymous", None, "anonymous")
        out.append(mention)
    return out


def _select(mentions: Sequence[Mention]) -> list[Mention]:
    """Drop mentions overlapping a longer (then more specific) one."""
    chosen: list[Mention] = []
    for mention in sorted(mentions, key=lambda m: (-(m.end - m.start), _KIND_RANK[m.kind], m.start)):
        if all(mention.end <= other.start or other.end <= mention.start for other in chosen):
            chosen.append(mention)
    return chosen


#: An office named as a post to fill, right before its title: "the candidacy of the ", "candidates for the post of ",
#: "the race for", "la carica di ".
_POST_OF = re.compile(r"\b(?:candidac(?:y|ies)|candidates?|candidature|post|position|office|race|selection|succession|"
                      r"carica|candidatura|candidati|posto)\s+(?:for|of|to|di|a|per)\s+(?:the\s+|il\s+|la\s+)?(?:(?:post|office|position|carica)\s+(?:of|di)\s+(?:the\s+)?)?$",
                      re.IGNORECASE)
_POST_REACH = 40

#: The roles of those who speak for someone else.
SPOKESPERSON_ROLES = frozenset({"spokesperson", "foreign_ministry_spokesperson", "press_secretary"})


#: How many of the people named last are read for the state whose unnamed office speaks ("the foreign ministry").
_STATE_PEOPLE = 3


@dataclass
class Discourse:
    """What an article has named so far, for resolving pronouns and descriptors in reading order."""

    registry: Registry
    day: dt.date | None
    people: list[Mention] = field(default_factory=list)
    organisations: list[Mention] = field(default_factory=list)
    media: list[Mention] = field(default_factory=list)  # outlets named, for "the agency"
    # people named only inside quotations: no antecedent of a pronoun, but of a surname named again outside them
    # ("“… attended by the deputy chief Ivan Petrov,” the note says. Petrow added …")
    quoted_people: list[Mention] = field(default_factory=list)
    subject: Mention | None = None  # the first person the current sentence names: its subject, as a rule
    previous_subject: Mention | None = None
    last_actor: Mention | None = None  # the last person or organisation named (not an outlet)
    bodies: list[Mention] = field(default_factory=list)  # organisations named that the registry does not hold
    last_body: Mention | None = None  # the last organisation that spoke, registered or not
    press_owner: Mention | None = None  # the registered owner of the last press service named with its owner
    press_voice: Mention | None = None  # the last press service named, resolved to its owner
    sources: list[Mention] = field(default_factory=list)  # unnamed sources ("a source in the government"), for "the source"
    # people a later bare title stands for: those named by a qualified title only ("a Border Service spokesman") and
    # those named right after a title ("Spokesman for the Joint Staff Ivan Rusu"), with that title's role
    unnamed: list[Mention] = field(default_factory=list)
    # the last group of people named ("the US Congressmen said"), and how many people had been named by then: "they"
    # is that group while no person is named after it
    group: tuple[Mention, int] | None = None
    words: MentionWords | None = None  # for the office nouns ("the ministry"); without them offices stay unresolved
    # the state whose capital the story's dateline names ("DUSHANBE, …"): an office of a kind with no state named and
    # no official of that state named before ("According to the Ministry of Defense, …") is that state's
    home: str | None = None
    # the body a sentence names first, before any person or state: its subject, as a rule; the last sentence's is what
    # the next one's "it" goes on with ("The council's office left the border out of its note on the Minsk talks. It
    # said …" is that office, not the capital named after it)
    first_body: Mention | None = None
    previous_first_body: Mention | None = None
    noted: int = 0  # how many mentions the current sentence has noted
    # the last government office named, registered or not ("the Azerbaijani Defence Ministry", which no registry entry
    # holds): "the ministry" after it is that office, not an office of another state named before it
    last_office: Mention | None = None
    last_speaker: Mention | None = None  # the last person quoted, for "the speaker said"

    def next_sentence(self) -> None:
        """Mark a sentence boundary: the sentence's subject becomes the preferred antecedent of a subject pronoun."""
        if self.subject is not None:
            self.previous_subject = self.subject
        self.subject = None
        self.previous_first_body, self.first_body, self.noted = self.first_body, None, 0

    def note(self, mention: Mention, subject: bool = True) -> None:
        """Remember a resolved mention as a possible antecedent (and as the sentence's subject, when it is the first
        person the sentence names and ``subject`` does not say it stands in an opening phrase before the subject).
        An unregistered person named again by the surname ("Shchegrikovich said" after "Vladislav Shchegrikovich") is
        that person again, named last."""
        if mention.actor_type == "person" and mention.kind == "surname" and mention.resolved and not mention.actor_id:
            named = mention.extra.get("antecedent")
            mention = next((p for p in reversed(self.people) if p.kind == "unknown_name" and str(p.extra.get("name", p.text)) == named), mention)
        if mention.actor_type != "media" and (mention.actor_id or mention.kind == "unknown_name"):
            self.last_actor = mention
        if self.noted == 0 and subject and mention.actor_type == "organisation" and mention.actor_id and mention.kind == "name":
            self.first_body = mention
        self.noted += 1
        if mention.actor_type == "person" and (mention.actor_id or mention.kind == "unknown_name"):
            self.people.append(mention)
            if self.subject is None and subject:
                self.subject = mention
            elif (self.subject is not None and self.subject.actor_type == "anonymous" and self.subject.kind == "anonymous"
                  and 0 < mention.start - self.subject.end <= _APPOSED_GAP):
                self.subject = mention  # ("Another senior official, Ivan Petrov, said …": the name in apposition is the subject)
            qualifier = self._qualifier_actor(mention)
            if qualifier is not None:  # "CSTO Secretary General Zas" also names the CSTO
                self.organisations.append(replace(mention, actor_id=qualifier.id, actor_type=qualifier.type))
        elif mention.actor_type in ("organisation", "country") and mention.actor_id:
            self.organisations.append(mention)
            if mention.role == "press_service" and mention.kind == "name":
                self.press_owner = mention
            if mention.role == "press_service" and self.words is not None and self.words.names_press_service(mention.text):
                self.press_voice = mention  # (a press service by name: "the organization" alone is no office)
        elif mention.actor_type == "organisation" and mention.kind in ("unknown_name", "anonymous") and not mention.resolved:
            self.bodies.append(mention)  # (and an office no registry entry holds: "the General Staff of … Tajikistan")
        elif mention.actor_type == "media" and mention.actor_id:
            self.media.append(mention)
        elif mention.kind == "anonymous" and mention.actor_type == "anonymous":
            self.sources.append(mention)
            if self.words is not None and self.words.group(mention):
                self.group = (mention, len(self.people))
        elif mention.kind == "descriptor" and mention.actor_type == "person" and not mention.resolved and mention.qualifier:
            self.unnamed.append(mention)
        if (mention.actor_type == "organisation" and self.words is not None and (mention.actor_id or mention.country or mention.kind == "unknown_name")
                and self.words.office_head_word.search(fold(mention.text))):
            # (an office, registered or of a state the registry has none for, or named so by a state it does not hold:
            # "Britain's Ministry of Defence")
            self.last_office = mention
        if (mention.actor_type == "anonymous" and self.subject is None and subject and self.words is not None
                and not self.words.group(mention) and set(fold(str(mention.extra.get("antecedent", mention.text))).split()) & set(self.words.anonymous_nouns)):
            # ("However, the source said, … . At the same time, he said, …": one unnamed source (an official, a diplomat: not
            # a press office) who opens a sentence is its subject, whom the next sentence's "he" goes on with, not a person
            # the sentence only named)
            self.subject = mention

    def speaks(self, person: Mention) -> None:
        """Make a person named right before a verb of speaking the current sentence's subject."""
        if self.people and self.people[-1].start == person.start:
            self.subject = self.people[-1]  # (as noted: an unregistered namesake stands in for its surname)

    def note_titled(self, person: Mention, role: str | None, qualifier: str | None) -> None:
        """Remember a person named right after a title ("Spokesman for the Joint Staff Ivan Rusu told …", "the press
        secretary of the bloc's Joint Headquarters Ivan Rusu"): "the spokesman" and "the Joint Staff's press secretary"
        further on are that person again. ``qualifier`` is the body the title names."""
        titled = replace(person, role=role, qualifier=qualifier or person.qualifier)
        self.unnamed.append(titled)
        if self.people and self.people[-1] is person:
            self.people[-1] = titled  # (the person as named: with the title, for a later title of the same office)

    def note_speaker(self, mention: Mention) -> None:
        """Remember an organisation that spoke: the antecedent of a press service named with no owner, and an
        unregistered body ("the CSTO Joint Headquarters said") that its last words may name again, and a press office
        read as an unnamed source ("the press center of the <country's> Interior Ministry said"): a body all the same."""
        if (mention.actor_type == "anonymous" and self.words is not None
                and self.words.names_press_service(mention.text)):
            mention = replace(mention, actor_type="organisation")
        if mention.actor_type == "person" and (mention.resolved or mention.kind in ("name", "unknown_name")):
            self.last_speaker = mention  # (the antecedent of "the speaker said")
        if mention.actor_type != "organisation" or mention.kind == "pronoun":
            return  # ("…, it said": the body that spoke before goes on speaking, named as it was)
        if mention.actor_id is None and not mention.resolved and len(mention.text.split()) >= 3:
            self.bodies.append(mention)
        self.last_body = mention

    def speaking_it(self, mention: Mention) -> Mention:
        """"…, it said" where "it" resolved to a country or to an organisation only named since: the organisation that
        spoke last says it ("the ministry said on Tuesday … . Troops from six states, Russia, …, Tajikistan, will take
        part, it said"; "the press center said … . X heads a council of the CIS services. “…,” it said"), and the "their"
        of "in their opinion" no group explains; else as it is."""
        body = self.last_body
        if mention.role == "their_view" and not mention.resolved and body is not None:
            return _adopt(mention, body)  # ("The movement's statement says «…». In their opinion, …": the body that spoke last)
        if (mention.kind != "pronoun" or mention.actor_type not in ("country", "organisation") or body is None
                or body.actor_type != "organisation" or self.words is None or fold(mention.text) not in self.words.organisation_pronouns
                or (mention.actor_id is not None and mention.actor_id == body.actor_id)):
            return mention
        opened = self.previous_first_body
        if (opened is not None and mention.actor_id is not None and mention.actor_id == opened.actor_id) or mention.extra.get("opener"):
            # (the body the sentence before opens on: "The council's office left … out. It said …", whatever the
            # paragraph's later sentences name)
            return mention
        return _adopt(mention, body)

    def named_body(self, mention: Mention) -> Mention:
        """A body named by its last words ("the joint headquarters") as the unregistered body named before in full
        ("the CSTO Joint Headquarters"), else ``mention`` as it is."""
        words = re.sub(r"^(?:the|il|lo|la|l')\s*", "", fold(mention.text))
        for previous in reversed(self.bodies):
            full = fold(previous.text)
            if full.endswith(" " + words) and len(words.split()) >= 2:
                return replace(mention, kind="descriptor", resolved=True, extra={**mention.extra, "antecedent": previous.text})
        if len(words.split()) == 1:
            # "the district said" after "the press office of the Northern Military District": a name of capitalised
            # words that ends in the noun, the last one named (a body or a source)
            for previous in reversed([*self.sources, *self.bodies]):
                name = _NAME_ENDING.search(previous.text)
                if name is not None and fold(name.group("last") or name.group("head")) == words:
                    return replace(mention, kind="descriptor", resolved=True, extra={**mention.extra, "antecedent": name.group(0)})
        return mention

    def _qualifier_actor(self, mention: Mention) -> Actor | None:
        if not mention.qualifier:
            return None
        key = fold(mention.qualifier)
        for actor in self.registry.actors.values():
            if actor.type == "organisation" and key in {fold(a) for a in (actor.name, *actor.aliases)}:
                return actor
        return None

    def resolve(self, mention: Mention, goes_on: bool = False) -> Mention:
        """Return ``mention`` with its actor filled in where the registry and the discourse allow. ``goes_on`` says the
        mention is the subject of a verb that continues a speech ("added", "ha aggiunto")."""
        if mention.kind == "surname" and not mention.resolved:
            key = fold(mention.text)
            for pool in (self.people, self.quoted_people):
                for previous in reversed(pool):
                    # (a double surname is named again by either half: "Frolov" after "Igor Lyakin-Frolov")
                    last = fold(previous.text).split()[-1:]
                    if previous.kind in ("name", "unknown_name") and last and (last[0] == key or key in last[0].split("-")):
                        return _adopt(mention, previous)
                # (a surname misspelt once, as transliterations often are: "Sidirov" after "Anatoly Sidorov"; one person only)
                close = {fold(p.text).split()[-1]: p for p in reversed(pool) if p.kind in ("name", "unknown_name") and len(key) >= _RESPELT_LENGTH
                         and fold(p.text).split()[-1][:1] == key[:1] and fuzz.ratio(fold(p.text).split()[-1], key) >= _RESPELT_SCORE}
                if len(close) == 1:
                    return _adopt(mention, next(iter(close.values())))
            for pool in (self.people, self.quoted_people):
                # (a family name written first, as Chinese, Korean and Vietnamese names are: "Hua" after "Hua Chunying";
                # one person of two names only, so that a first name alone is no one's)
                named = [(fold(str(p.extra.get("name", p.text))).split(), p) for p in reversed(pool) if p.kind in ("name", "unknown_name")]
                first = {tuple(parts): p for parts, p in named if len(parts) == 2 and parts[0] == key}
                if len(first) == 1:
                    return _adopt(mention, next(iter(first.values())))
            return mention
        if mention.kind == "name" and mention.actor_type == "person" and " " not in mention.text and "name" not in mention.extra:
            key = fold(mention.text)  # "Serdyukov said" after "Andrey Serdyukov": the unregistered namesake
            for previous in reversed(self.people):
                if previous.actor_id == mention.actor_id:
                    break
                if previous.kind == "unknown_name" and fold(str(previous.extra.get("name", previous.text))).split()[-1:] == [key]:
                    return replace(_adopt(mention, previous), kind="surname")
        if mention.kind == "anonymous" and mention.actor_type == "organisation" and self.words is not None:
            fuller = self._fuller_press_service(mention) if self.words.names_press_service(mention.text) else None
            if fuller is not None:
                # ("the press office of the Ministry said" after "the press office of the Valleyan Defence Ministry": the
                # office named before, named again by fewer of its words)
                return replace(_adopt(mention, fuller), kind="descriptor")
            return self._office(mention, self.words)
        if mention.resolved and mention.kind == "name" and "name" in mention.extra and mention.role is not None:
            return self._titled(mention)
        if mention.kind == "unknown_name" and mention.actor_type == "organisation" and not mention.resolved:
            earlier = self._registered_body_named(mention)
            if earlier is not None:
                # ("According to the Joint Staff, …" after "the CSTO Joint Staff's website": the registered body named
                # before, named again by fewer of its words)
                return replace(mention, kind="name", actor_id=earlier.actor_id, resolved=True, extra={**mention.extra, "antecedent": earlier.text})
        if mention.kind == "unknown_name" and mention.actor_type == "person" and not mention.resolved:
            respelt = self._respelled(mention)
            registered = self.registry.respelt_person(mention.text) if not respelt.resolved else None
            if registered is not None:
                # (a registered person in another transliteration: "Nikolaï Bordiouja", as a French wire writes him)
                return replace(mention, kind="name", actor_id=registered.id, gender=registered.gender, resolved=True,
                               extra={**mention.extra, "name": registered.name})
            return respelt
        if mention.resolved or mention.kind in ("unknown_name", "anonymous"):
            return mention
        if mention.role == "office_of":
            return self._office_of(mention)
        if mention.kind == "pronoun" and mention.actor_type == "media":
            return mention  # "We also wrote that …": the outlet itself, no one the story named
        if mention.kind == "pronoun":
            if (self.group is not None and self.group[1] == len(self.people) and self.words is not None
                    and fold(mention.text) in self.words.plural_pronouns):
                # ("'…,' the US senators said. '…,' they said": the group, not the person named before it)
                return _adopt(mention, self.group[0])
            if (self.words is not None and fold(mention.text) in self.words.plural_pronouns and self.last_actor is not None
                    and self.last_actor.actor_type == "organisation" and self.last_actor.kind == "name"
                    and not re.fullmatch(r"[A-Z][a-z]+", self.last_actor.text)):
                # ("the Council's members expressed concern … They emphasised that …": the body named last, not one
                # person named before it; not a capital that stands for its government, "as they marched through
                # central Yerevan")
                return _adopt(mention, self.last_actor)
            if self.words is not None and fold(mention.text) in self.words.plural_pronouns and mention.actor_type == "person":
                # ("Rahmon received X. … They expressed confidence that …": no group named since the last person, and
                # "they" is not one person: the sides together, whom no one speaker stands for)
                return mention
            if mention.role == "last_speaker":
                # ("X noted that … . “…,” the speaker said": the last sentence's subject, else the one quoted last)
                spoke = self.previous_subject if self.previous_subject is not None and self.previous_subject.actor_type == "person" else self.last_speaker
                return _adopt(mention, spoke) if spoke is not None else mention
            if mention.role == "latter" and self.people:
                return _adopt(mention, self.people[-1])  # ("X met Y. “…,” said the latter": Y, named last, not the subject X)
            subject = self.previous_subject
            if mention.actor_type == "person" and self.subject is None and subject is not None and self._fits(mention, subject):
                # "Sokolov, after talks with the president, said he was satisfied. '…,' he added": a subject
                # pronoun continues the last sentence's subject, not the last person it named
                return _adopt(mention, subject)
            opened = self.previous_first_body
            if (mention.actor_type == "organisation" and self.noted == 0 and opened is not None and self.words is not None
                    and fold(mention.text) in self.words.organisation_pronouns):
                # ("The council's office … on the Minsk talks. It said …": that office; kept so when the quotation is
                # weighed after its paragraph, ``speaking_it``)
                adopted = _adopt(mention, opened)
                return replace(adopted, extra={**adopted.extra, "opener": True})
            pool = self.organisations if mention.actor_type == "organisation" else self.people
            for previous in reversed(pool):
                gender = self.registry.actors[previous.actor_id].gender if previous.actor_id else None
                if mention.gender is None or gender is None or gender == mention.gender:
                    return _adopt(mention, previous)
            if mention.actor_type == "person" and not self.people:
                # "an official of the bloc's press office spoke to the agency … '…,' he said": with no person named, he
                # is the official, who speaks for the body his title names (or for the press service named)
                official = self.unnamed[-1] if self.unnamed else None
                # (an official, a representative or a spokesman, not the holder of an office: "the Secretary General of
                # the Organization" the registry does not know is a person of his own)
                body = self._qualifier_actor(official) if official is not None and official.role in _VOICE_ROLES else None
                if body is not None:
                    return replace(mention, actor_id=body.id, actor_type=body.type, gender=None, resolved=True,
                                   extra={**mention.extra, "antecedent": body.name})
                if official is None and self.press_voice is not None:
                    return _adopt(mention, self.press_voice)
            return mention
        subject = self.previous_subject
        if (goes_on and mention.kind == "descriptor" and mention.role is None and mention.actor_type == "person" and mention.country is None
                and not mention.qualifier and not mention.extra.get("local") and self.subject is None and subject is not None
                and subject.actor_type == "person" and self._fits(mention, subject)):
            # ("«…», said X after talks with his counterpart Y. The sides adopted a protocol, the official added": a title of
            # no office that goes on speaking is the last sentence's subject, as "he added" would be, not the last person named)
            return _adopt(mention, subject)
        resolved = self._resolve_descriptor(mention)
        if not resolved.resolved and resolved.kind == "descriptor" and resolved.actor_type == "person" and not resolved.qualifier:
            # "the official said", "the spokesman added" after "a Border Service spokesman said": the person named
            # only by that title goes on speaking
            earlier = next((m for m in reversed(self.unnamed) if mention.role in (None, "person_anaphora") or m.role == mention.role), None)
            if earlier is not None:
                return _adopt(mention, earlier)
        return resolved

    def _office_of(self, mention: Mention) -> Mention:
        """"His office said": the registry's office of the role the person the pronoun names holds on the article's day
        (a prime minister's, the government; a defence minister's, the ministry), else that person, for whom the office
        speaks."""
        subject = self.subject  # ("X told Y of his decision, his office said": the sentence's subject's office)
        holder = self.registry.actors.get(str(mention.extra.get("holder", "")))
        if holder is not None:
            person = replace(mention, kind="name", actor_id=holder.id, actor_type="person", role=None, resolved=True)
        elif subject is not None and subject.actor_id and self._fits(mention, subject):
            person = _adopt(mention, subject)
        else:
            person = self.resolve(replace(mention, kind="pronoun", actor_type="person", role=None))
        if not person.resolved or person.actor_type != "person":
            return mention
        for role in self._roles(person):
            office = self._office_for(role.role, role.country)
            if office is not None:
                return replace(mention, actor_id=office.id, actor_type=office.type, gender=None, resolved=True,
                               extra={**mention.extra, "name": office.name})
        return person

    def _office_for(self, role: str, country: str | None) -> Actor | None:
        """The one registry organisation that is ``country``'s office of ``role`` ("Government of Armenia" for Armenia's
        head of government), if the office words name a kind of office for that role."""
        if self.words is None or country is None or not self.words.office_words.get(role):
            return None
        kinds = [fold(k) for k in self.words.office_words[role]]
        heads = [fold(h) for h in self.words.office_heads]
        found = [a for a in self.registry.actors.values() if a.type == "organisation" and a.country == country
                 and any(h in n and any(k in n for k in kinds) for n in map(fold, (a.name, *a.aliases)) for h in heads)]
        return found[0] if len(found) == 1 else None

    def _respelled(self, mention: Mention) -> Mention:
        """An unregistered person named again with one letter or two of the surname changed ("Ivan Petorv" after
        "Ivan Petrov": an outlet's slip) as the person named before, else ``mention`` as it is."""
        tokens = fold(str(mention.extra.get("name", mention.text))).split()
        if len(tokens) < 2:
            return mention
        for previous in reversed(self.people):
            earlier = str(previous.extra.get("name", previous.text))
            folded = fold(earlier).split()
            if previous.kind != "unknown_name" or folded == tokens:
                continue
            if folded[:-1] == tokens[:-1] and fuzz.ratio(folded[-1], tokens[-1]) >= _RESPELLED:
                return replace(mention, resolved=True, extra={**mention.extra, "name": earlier})
        return mention

    def _fuller_press_service(self, mention: Mention) -> Mention | None:
        """The unregistered press service named before whose name holds every word of ``mention``'s, and more."""
        mine = _name_words(mention.text)
        return next((b for b in reversed(self.bodies) if len(b.text) > len(mention.text) and mine <= _name_words(b.text)), None)

    def _registered_body_named(self, mention: Mention) -> Mention | None:
        """The registered organisation named before whose registry name holds every word of ``mention``'s (two or more)."""
        mine = _name_words(mention.text)
        if len(mine) < 2:
            return None
        for previous in reversed(self.organisations):
            actor = self.registry.actors.get(previous.actor_id or "")
            if actor is not None and actor.type == "organisation" and mine <= _name_words(actor.name):
                return previous
        return None

    def _office(self, mention: Mention, words: MentionWords) -> Mention:
        """An unregistered government office ("the country's Defense Ministry", "the ministry") as the registry's
        office of its kind: for the country its words name, else the office of that kind last named, else the
        office of the country whose minister of that kind was last named."""
        text = fold(mention.text)
        noun = next((n for n in sorted(words.office_nouns, key=len, reverse=True) if re.search(rf"\b{re.escape(fold(n))}\b", text)), None)
        if noun is None:
            return mention
        role = words.office_nouns[noun]
        # an office that names itself ("il ministero dell'Interno") is the registry's only if the registry's name has that word
        own = _OWN_NAME.match(text, text.find(fold(noun)) + len(fold(noun)))
        own_word = own.group(1) if own is not None and own.group(1) not in self.registry.country_words else None
        if own is not None and any(text.startswith(fold(a), own.start() + 1) for a in words.country_anaphors):
            own_word = None  # "il Ministero della Difesa della Repubblica": the country's, not a name of its own
        named = self.registry.country_pattern.search(text)
        country = self.registry.country_words[named.group(0)] if named else None
        seat = _OF_SEAT.match(text, text.find(fold(noun)) + len(fold(noun))) if country is None else None
        if seat is not None and seat.group(1) in self.registry.seat_words:
            # "il ministero della Difesa di Minsk", "the Defence Ministry in Yerevan": the office of the state whose seat
            # it names
            country, own_word = self.registry.seat_words[seat.group(1)], None
        if country is None and any(fold(a) in text for a in words.country_anaphors):
            country = next((self.registry.actors[m.actor_id].country for m in reversed(self.organisations)
                            if m.actor_type == "country" and m.actor_id is not None and m.actor_id in self.registry.actors), None)

        def is_office(actor: Actor) -> bool:
            names = [fold(n) for n in (actor.name, *actor.aliases)]
            kinds = words.office_words.get(role or "", ())
            heads = words.office_heads if role is not None else (fold(noun),)  # "the ministry" is a ministry, not a government
            return actor.type == "organisation" and any(h in n for h in heads for n in names) and (
                role is None or any(k in n for k in kinds for n in names)) and (own_word is None or any(own_word in n for n in names))

        if country is None and role is not None and self.people:
            # "Defence Minister X met …, the Defense Ministry reported": the minister just named (the sentence's
            # subject, before whomever he met: "X met the alliance's chief")
            country = next((r.country for person in (self.subject, self.people[-1]) if person is not None
                            for r in self._roles(person) if r.role == role), None)
        if country is None:
            last = self.last_office
            # (not an office that names itself otherwise: "the Ministry of the Interior" after "the Ministry of Information")
            if (last is not None and last.actor_id is None and (last.country or last.kind == "unknown_name") and not named
                    and re.search(rf"\b{re.escape(fold(noun))}\b", fold(last.text)) and (own_word is None or own_word in fold(last.text))):
                # ("the Azerbaijani Defence Ministry denied it: "…", the ministry tweeted": the office of a state the
                # registry has none for, named last, not an office of that kind of another state named before it)
                return replace(mention, kind="descriptor", resolved=True, country=last.country,
                               extra={**mention.extra, "antecedent": last.text})
            for previous in reversed(self.organisations):
                actor = self.registry.actors.get(previous.actor_id or "")
                if actor is not None and is_office(actor):
                    return _adopt(mention, previous)
            if role is None and self.people and fold(noun) in {fold(head) for head in words.office_heads}:
                # ("… chaired by the Defence Minister of X, Y, the ministry reports": the ministry of the minister just
                # named, the sentence's subject or the last person, when a ministry's noun names that minister's office)
                ministers = {r for n, r in words.office_nouns.items() if r and re.search(rf"\b{re.escape(fold(noun))}\b", fold(n))}
                held = next(((r.role, r.country) for person in (self.subject, self.people[-1]) if person is not None
                             for r in self._roles(person) if r.role in ministers), None)
                if held is not None:
                    role, country = held
            if role is None:
                return mention
            country = country or next((r.country for m in reversed(self.people) for r in self._roles(m) if r.role == role), None)
            if country is None and self.people:
                # "Earlier the Armenian President said … The foreign ministry then clarified …": the ministry of the
                # state whose official the article named last (one of the last few people; a national office, not the
                # bloc's Secretary General)
                country = next((c for c in map(self._state_of, reversed(self.people[-_STATE_PEOPLE:])) if c), None)
            if country is None:
                country = self.home
        offices = [a for a in self.registry.actors.values() if a.country == country and is_office(a)] if country else []
        if len(offices) > 1 and role is None:
            # ("Il ministero degli Esteri russo ha protestato … Poi il ministero russo ha criticato …": a ministry of
            # that state with no kind of its own is the one of its ministries the story named last)
            named_last = next((previous for previous in reversed(self.organisations)
                               if previous.actor_id is not None and any(previous.actor_id == office.id for office in offices)), None)
            if named_last is not None:
                return _adopt(mention, named_last)
        if len(offices) != 1:
            # "the Tajik General Staff" after "the General Staff of the Armed Forces of Tajikistan": the office of that
            # kind and country named before, which no registry entry holds
            for previous in reversed(self.bodies):
                words_before = fold(previous.text)
                named_before = self.registry.country_pattern.search(words_before)
                if (country is not None and previous.kind == "anonymous" and re.search(rf"\b{re.escape(fold(noun))}\b", words_before)
                        and named_before is not None and self.registry.country_words[named_before.group(0)] == country
                        # (not another office of that kind with a name of its own: "il ministero per le Emergenze del
                        # Kirghizistan" after "il ministero della salute kirghizo")
                        and self._body_words(text) <= self._body_words(words_before)):
                    return replace(mention, kind="descriptor", resolved=True, extra={**mention.extra, "antecedent": previous.text})
            # (an office of a state its own words name that the registry has no entry for: "the Azerbaijani Defence
            # Ministry" is that state's, for whatever names it again)
            return replace(mention, country=country) if named is not None and country is not None else mention
        office = offices[0]
        return replace(mention, actor_id=office.id, resolved=True, extra={**mention.extra, "name": office.name})

    def _body_words(self, folded: str) -> set[str]:
        """The words that name a body, less its country's words and the short ones that join them ("ministero per le
        emergenze del kirghizistan" -> ministero, emergenze)."""
        country_free = self.registry.country_pattern.sub(" ", folded)
        return {w for w in re.findall(r"\w+", country_free) if len(w) > 3}

    def _state_of(self, person: Mention) -> str | None:
        """The state a person serves on the article's day: a national role's country, or the country of the title they
        were named with ("Armenian President X")."""
        served = next((r.country for r in self._roles(person) if r.country), None)
        titled = person.extra.get("title_country")
        return served or (str(titled) if titled else None)

    def _titled(self, mention: Mention) -> Mention:
        """A registered spokesperson named with a title that is not theirs (a spokesman "of the president" whose
        name follows the president's title: the spokesman, not the president) keeps the spokesperson's role."""
        voices = [r.role for r in self._roles(mention) if r.role in SPOKESPERSON_ROLES]
        if not voices or mention.role in voices:
            return mention
        return replace(mention, role=voices[0])

    def _roles(self, person: Mention) -> tuple[Role, ...]:
        actor = self.registry.actors.get(person.actor_id or "")
        if actor is None:
            return ()
        return tuple(r for r in actor.roles if r.held_on(self.day))

    def _holds(self, person: Mention, roles: frozenset[str], country: str | None) -> bool:
        """Whether a person the article named holds one of ``roles`` (of ``country``) on the article's day;
        an unregistered person holds the role of the title they were named with, and so does a registered person
        whose entry lists no role of that kind ("CSTO Press Secretary X … the spokesman said")."""
        actor = self.registry.actors.get(person.actor_id or "")
        if actor is None or (person.role in roles and not any(r.role in roles for r in actor.roles)):
            return person.role in roles
        return any(r.role in roles and r.held_on(self.day) and (country is None or r.country == country) for r in actor.roles)

    def _fits(self, pronoun: Mention, antecedent: Mention) -> bool:
        gender = self.registry.actors[antecedent.actor_id].gender if antecedent.actor_id else None
        return pronoun.gender is None or gender is None or gender == pronoun.gender

    def _resolve_descriptor(self, mention: Mention) -> Mention:
        role = mention.role
        if role == "source_anaphora":  # "the source added": the unnamed source the article named last
            noun = fold(mention.text).split()[-1][:5]
            source = next((m for m in reversed(self.sources) if noun in fold(m.text)), None)
            if source is None and self.media and noun in ("sourc", "fonte"):
                # ("…, BelTA reported. According to the source, …": with no unnamed source before, the outlet named last)
                return _adopt(mention, self.media[-1])
            return replace(_adopt(mention, source), actor_type="anonymous") if source is not None else replace(mention, kind="anonymous")
        if role == "media_anaphora":
            return _adopt(mention, self.media[-1]) if self.media else mention
        if role == "person_anaphora":
            # (as any title would, unless its nationality says the one it points at is someone else)
            generic = self._resolve_descriptor(replace(mention, role=None))
            actor = self.registry.actors.get(generic.actor_id or "")
            serves = self._state_of(replace(generic, extra={})) or (actor.country if actor is not None else None)
            if generic.resolved and (mention.country is None or serves == mention.country):
                return generic
            # (one of that country named before comes first: "Nord Africa", a name of no state the discourse took for a
            # person, is not "il diplomatico russo" when a Russian deputy minister was named)
            pointed = self._person_named(mention)
            if pointed is not None:
                return pointed
            if generic.resolved and serves is None:
                return generic
            if mention.extra.get("unnamed"):
                return replace(mention, kind="anonymous", actor_type="anonymous")
            return mention if generic.resolved else generic  # (no one of that country: the title stays as written)
        if role == "press_service":
            # "the organization's press service", "the alliance": the organisation last named speaks;
            # "organization's" and "alliance" mean an international body, not a government.
            international = bool(mention.qualifier)
            if not international and self.press_owner is not None:
                return _adopt(mention, self.press_owner)  # "the press service of the Secretariat … the press service said"
            if not international and self.last_body is not None and self.last_body.actor_id is None:
                return _adopt(mention, self.last_body)  # "the CSTO Joint Headquarters said … the press service added"
            press_body = None if international or self.words is None else next(
                (b for b in reversed(self.bodies) if self.words.names_press_service(b.text)), None)
            if press_body is not None:
                return _adopt(mention, press_body)  # ("… citing the press office of the Valleyan Defence Ministry. According to the press office, …")
            inner_bodies = []
            for previous in reversed(self.organisations):
                actor = self.registry.actors.get(previous.actor_id or "")
                # (not a body inside the organisation: "the organization" after "the CSTO Collective Security Council" is
                # the CSTO)
                inner = international and self.words is not None and fold(actor.name).split()[-1] in self.words.body_heads if actor else False
                if inner:
                    inner_bodies.append(previous)
                elif actor is not None and actor.type == "organisation" and not (international and actor.country):
                    return _adopt(mention, previous)
            # (the organisation an inner body's words name, when the story named it only there: "il Consiglio di sicurezza
            # collettivo della CSTO … l'alleanza")
            owner = next((a for body in inner_bodies for a in self.registry.actors.values() if a.type == "organisation" and not a.country
                          and a.id != body.actor_id and any(alias in body.text.split() for alias in a.aliases)), None)
            if owner is not None:
                return replace(mention, actor_id=owner.id, actor_type=owner.type, resolved=True, extra={**mention.extra, "name": owner.name})
            return mention
        if role in ("head_of_state", "chair") and _BLOC_BODY.match(mention.qualifier or ""):
            # "the CSTO PA President added": the head of one of the bloc's bodies, named before by his title there
            # or as the article's last person, not the head of a state
            return _adopt(mention, self.people[-1]) if self.people else mention
        if role == "secretary_general":
            qualifier = (mention.qualifier or "").upper().replace(".", "")
            if qualifier in _OTHER_BODIES:
                return mention  # ("il segretario generale della Nato X": another body's, named by the name after it)
            organ = fold(mention.qualifier or "").split()[-1:]
            if self.words is not None and organ and organ[0] in self.words.body_heads and organ[0] not in _SECRETARIAT_WORDS:
                return mention  # ("the Secretary General of the Combined Chiefs of Staff": an organ's officer, not the bloc's)
            role = "un_secretary_general" if qualifier in ("UN", "ONU", "UNITED NATIONS", "NAZIONI UNITE") else "csto_secretary_general"
        if mention.extra.get("former") and role is not None:
            return self._former(mention, role)
        if mention.extra.get("then") and role is not None:
            # "the then Secretary General": the one the story named who held the office at some time, named last
            holder = next((p for p in reversed(self.people) if p.actor_id is not None and p.actor_id in self.registry.actors
                           and any(r.role == role for r in self.registry.actors[p.actor_id].roles)), None)
            if holder is not None:
                return _adopt(mention, holder)
        if role is None and self.words is not None and mention.qualifier and _HEAD_OF.match(mention.text):
            # "the head of the Belarusian Defence Ministry": the minister of that office, of the country its name holds
            held, whose = self._ministry_of(mention.qualifier)
            if held is not None and whose is not None:
                holders = self.registry.holders(held, whose, self.day)
                if len(holders) == 1:
                    return replace(mention, actor_id=holders[0].id, gender=holders[0].gender, resolved=True)
        if role in ("spokesperson", "press_secretary"):
            # "the spokeswoman added", "the official representative of the ministry": the spokesperson the
            # article named last, whichever office they speak for (a "Kremlin spokesman" speaks for the Kremlin)
            kremlin = _kremlin_side(mention.qualifier)
            family = frozenset({"spokesperson"}) if kremlin else _SPOKESPEOPLE
            for previous in reversed(self.people):
                if self._holds(previous, family, "RUS" if kremlin else mention.country) and _serves(mention, previous):
                    return _adopt(mention, previous)
            spokesperson = self._ministry_spokesperson(mention)
            if spokesperson is not None:
                return spokesperson
        country: str | None
        if role in ("spokesperson", "press_secretary") and _kremlin_side(mention.qualifier):
            role, country = "spokesperson", "RUS"  # "Kremlin spokesman"
        elif role in (None, "head_of_state") and mention.actor_type == "person" and _kremlin_side(mention.qualifier) and _SEAT_HOLDER.search(fold(mention.text)):
            role, country = "head_of_state", "RUS"  # "il titolare del Cremlino", "the Kremlin leader": Russia's president
        else:
            country = mention.country
        if role is None and mention.extra.get("local"):
            return mention  # ("the governor of Batken province said": the province's head, named as the story names him)
        if role is None or (country is None and role in ("head_of_state", "head_of_government", "foreign_minister", "defence_minister", "acting_head_of_state", "spokesperson", "press_secretary")):
            # "the politician", "Il Presidente": the last person named who fits (and "the Russian minister" one who serves
            # Russia, not the Armenian counterpart named after him)
            if role is None and _GENERAL_NOUN.search(fold(mention.text)):
                # ("the general said" after "Colonel-General X … under the direction of Secretary General Y": the one named
                # with a general's rank, not a secretary general)
                ranked = next((p for p in reversed(self.people) if _GENERAL_RANK.search(fold(str(p.extra.get("name", p.text))))
                               or _GENERAL_RANK.search(fold(p.text))), None)
                if ranked is not None:
                    return _adopt(mention, ranked)
            if role is None and _MINISTER_NOUN.match(fold(mention.text)):
                # ("The minister noted …" after "Defence Minister X … asked about Y's appointment as secretary general":
                # the one named who is a minister, by the registry on the day or by the title the story gave him)
                minister = next((p for p in reversed(self.people) if ((p.role or "").endswith("_minister") or self._holds(p, _MINISTERS, None))
                                 and _serves(mention, p)), None)
                if minister is not None:
                    return _adopt(mention, minister)
            # ("Putin greeted the Kazakh leader, stressing that … . The President noted that …": a bare title that the
            # subject of this sentence, or else of the last one, holds is that subject, not whoever was named last)
            # (one of the last two people named: a subject several sentences back has given way to whoever came since)
            salient = self.subject or self.previous_subject
            salient = salient if salient is not None and any(salient is p for p in self.people[-2:]) else None
            held_by = self.registry.actors.get(salient.actor_id or "") if salient is not None and salient.actor_type == "person" else None
            if (role is not None and salient is not None and held_by is not None and _serves(mention, salient)
                    and any(r.role == role and r.held_on(self.day) for r in held_by.roles)):
                return _adopt(mention, salient)
            for previous in reversed(self.people):
                actor = self.registry.actors.get(previous.actor_id or "")
                if (role is None or (actor and any(r.role == role and r.held_on(self.day) for r in actor.roles))) and _serves(mention, previous):
                    if role is None and mention.country is not None and mention.actor_type == "person":
                        serves = self._state_of(replace(previous, extra={})) or (actor.country if actor is not None else None)
                        if serves is not None and serves != mention.country:
                            continue
                    return _adopt(mention, previous)
            for previous in reversed(self.people):
                if previous.role == role and _serves(mention, previous):
                    # "the deputy minister said": the one named with the title before, registered or not, whatever
                    # the registry's dates say ("the head of the ministry" after "Foreign Minister X")
                    return _adopt(mention, previous)
            return mention
        if role == "head_of_state" and country is not None and self.words is not None and self._leader(mention):
            # "il leader armeno" after "il primo ministro Pashinyan": whoever leads the country and was named, its head
            # of state first, else its head of government (who leads a parliamentary republic)
            for family in (frozenset({"head_of_state"}), frozenset({"head_of_government"})):
                leader = next((p for p in reversed(self.people) if self._holds(p, family, country) and self._country_of(p) == country), None)
                if leader is not None:
                    return _adopt(mention, leader)
        candidates = self.registry.holders(role, country, self.day)
        named = {m.actor_id for m in self.people}
        preferred = [a for a in candidates if a.id in named]
        if not preferred:
            # "the Belarusian foreign minister" after "Foreign Minister of Belarus X": the article's own title
            # beats the registry's holder on the day (a date known to the month, a registry behind the news)
            # (and "the presidential aide", of no country, after "Russian presidential aide X": the one named with that title)
            titled = next((p for p in reversed(self.people) if p.role == role and (country is None or (p.extra.get("title_country") or p.country) == country)), None)
            if titled is not None:
                return _adopt(mention, titled)
        pick = preferred if len(preferred) == 1 else candidates
        if len(pick) == 1:
            actor = pick[0]
            return replace(mention, actor_id=actor.id, gender=actor.gender, resolved=True)
        if role == "chair" and not candidates:
            # ("X, chair of the council, said … . “…,” the council's chair pointed out": a chair no registered holder
            # answers to is the unregistered person who spoke last (or was named last), the one the story gave the chair to)
            spoke = self.last_speaker or (self.people[-1] if self.people else None)
            if spoke is not None and spoke.actor_id is None:
                return _adopt(mention, spoke)
        return mention

    def _ministry_of(self, qualifier: str) -> tuple[str | None, str | None]:
        """The role of the minister a title's body names and the state its words name: "Belarusian Defence Ministry" is
        (defence_minister, BLR), "Russian Foreign Office" (foreign_minister, RUS); None for either it does not name."""
        assert self.words is not None
        office = fold(qualifier)
        held = next((r for noun, r in self.words.office_nouns.items() if r and fold(noun) in office), None)
        whose = next((c for word, c in self.registry.country_words.items() if re.search(rf"\b{re.escape(word)}\b", office)), None)
        return held, whose

    def _ministry_spokesperson(self, mention: Mention) -> Mention | None:
        """"The official spokesperson of the Russian Foreign Office", its qualifier naming the ministry and its state: the
        state's foreign-ministry spokesperson the registry lists on the story's day, when the title is definite (not
        "a Foreign Ministry spokesman", who may be any of its press officers) and one holder fits; None otherwise."""
        if self.words is None or not mention.qualifier or mention.extra.get("indefinite"):
            return None
        held, named = self._ministry_of(mention.qualifier)
        whose = mention.country or named
        if held != "foreign_minister" or whose is None:
            return None
        holders = self.registry.holders("foreign_ministry_spokesperson", whose, self.day)
        if len(holders) != 1:
            return None
        return replace(mention, actor_id=holders[0].id, gender=holders[0].gender, country=whose, resolved=True)

    def _person_named(self, mention: Mention) -> Mention | None:
        """"The Kyrgyz military official": the last person the story named, unless the story's last unnamed source
        is one of those ("a Kyrgyz official said … the official added"), or the nationality says it is someone else;
        None when there is no one to point at."""
        noun = fold(mention.text).split()[-1]
        if any(noun in fold(source.text).split() for source in self.sources):
            source = next(s for s in reversed(self.sources) if noun in fold(s.text).split())
            return replace(_adopt(mention, source), actor_type="anonymous")
        named = [p for p in reversed(self.people) if p.kind in ("name", "unknown_name") or (p.kind == "surname" and p.resolved)]
        countries = [self._country_of(person) or self._state_of(person) for person in named]
        # (one of that nationality named before comes first: "il diplomatico russo" after a Russian deputy minister, not
        # a capitalised place, "Nord Africa", taken for a person of no state and named since; else the last person, of
        # no known state)
        for person, country in zip(named, countries, strict=True):
            if mention.country is None or country == mention.country:
                return _adopt(mention, person)
        if named and countries[0] is None:
            return _adopt(mention, named[0])
        return None

    def _country_of(self, person: Mention) -> str | None:
        """The country a person serves: the one their title named ("Armenian Prime Minister X"), else the registry's."""
        actor = self.registry.actors.get(person.actor_id or "")
        return person.extra.get("title_country") or person.country or (actor.country if actor is not None else None)

    def _leader(self, mention: Mention) -> bool:
        """Whether a descriptor names its person by a leader noun ("the Armenian leader"), not by an office."""
        words = set(fold(mention.text).split())
        return self.words is not None and any(noun in words for noun in self.words.leader_nouns)

    def _former(self, mention: Mention, role: str) -> Mention:
        """"the former head of the bloc", "l'ex ministro degli Esteri kazako": a person the article named before who
        held the role before the story's day; else no one (never the holder on the day; which former holder a
        title means, outlets do not agree: one called the bloc's head "former" days before his term ended)."""
        ended = {actor.id for actor in self.registry.actors.values() for held in actor.roles
                 if held.role == role and held.end is not None and (self.day is None or held.end < self.day)
                 and (mention.country is None or held.country == mention.country)}
        named = next((p for p in reversed(self.people) if p.actor_id in ended), None)
        return _adopt(mention, named) if named is not None else mention


#: A descriptor that names a person as the head of a body: "the head of …", "the chief of …", "il capo del …".
#: An indefinite article right before a title: "a Foreign Ministry spokesman", "un portavoce" (one of several, no holder).
_INDEFINITE_BEFORE = re.compile(r"(?:\b(?:an?|un|una|uno)\s+|\bun['’])$", re.IGNORECASE)
_HEAD_OF = re.compile(r"\W*(?:the\s+|il\s+)?(?:head|chief|capo)\s+(?:of|del|della|dell['’])\b", re.IGNORECASE)


def _serves(descriptor: Mention, previous: Mention) -> bool:
    """False when a descriptor and a person named before are each named with a body, and the bodies differ: "the
    CSTO representative" is not the "Armenian Foreign Ministry" spokeswoman named before."""
    if not descriptor.qualifier or not previous.qualifier:
        return True
    # (one body in two translations: "the Joint Staff" and "the CSTO Joint Headquarters")
    mine, theirs = (_HEADQUARTERS.sub("staff", fold(q)) for q in (descriptor.qualifier, previous.qualifier))
    # (or the body is in the rest of the title the person was named with: "the Joint Staff's chief" after "The ODKB
    # Chief of the Joint Staff X", whose title's first body is the bloc)
    return mine in theirs or theirs in mine or mine in _HEADQUARTERS.sub("staff", fold(previous.text))


#: The possessive inside a phrase of ``possessive_sources`` (Italian, and the English "their").
_POSSESSIVE_WORD = re.compile(r"\b(?:suo|sua|suoi|sue|their)\b", re.IGNORECASE)


#: A staff named as its headquarters, as translations of one Russian word ("shtab") name it.
_HEADQUARTERS = re.compile(r"\bheadquarters\b")


#: A descriptor that is the rank of a general alone: "the general", "il generale".
#: A bare "the minister" (folded), with no kind of ministry: any minister.
_MINISTER_NOUN = re.compile(r"^(?:the|il|la)\s+minist(?:er|ro|ra)$")
_MINISTERS = frozenset({"foreign_minister", "defence_minister"})
_GENERAL_NOUN = re.compile(r"^(?:the|il|lo)\s+generale?$")
#: A general's rank in a person's title (folded), not a secretary general's: "colonel-general", "major general", "generale".
_GENERAL_RANK = re.compile(r"\b(?:(?:colonel|lieutenant|major|brigadier|army)[\s-]+general|generale|(?<!secretary\s)(?<!secretary-)general(?!\s+secretary))\b"
                           r"(?!\s+(?:staff|assembly|prosecutor|director))")
#: How alike (rapidfuzz ratio, 0-100) a surname must be to the one named before to be the same person respelled.
_RESPELLED = 80

#: A qualifier that names one of the bloc's own bodies by acronym: "CSTO PA", "ODKB PA".
#: The bloc's secretariat, whose head the secretary general is (of the body head nouns, the one a secretary general of
#: the bloc may be named by).
_SECRETARIAT_WORDS = frozenset({"secretariat", "segretariato"})
_BLOC_BODY = re.compile(r"(?:CSTO|Csto|OTSC|ODKB)\s+[A-Z]{2,3}$")

#: The roles a "spokesperson" descriptor may stand for.
_SPOKESPEOPLE = frozenset({"spokesperson", "press_secretary", "foreign_ministry_spokesperson"})


#: The roles of an unnamed person who speaks for the body their title names ("an official of X", "an X spokesman").
_VOICE_ROLES = frozenset({None, "spokesperson", "press_secretary"})


#: The nouns of whoever holds the office a seat names: "il titolare del Cremlino", "the master of the Kremlin", "the Kremlin
#: leader", "il capo del Cremlino" (not its spokesman, nor an official who works there).
_SEAT_HOLDER = re.compile(r"\b(?:titolare|inquilino|padrone|master|leader|chief|boss|capo|head)\b")


def _kremlin_side(qualifier: str | None) -> bool:
    """True for the Kremlin's spokesman however named: "Kremlin", "del Cremlino", "del presidente russo"."""
    words = (qualifier or "").lower()
    return "kremlin" in words or "cremlino" in words or ("presiden" in words and "russ" in words)  # "of the President of Russia"


#: The words that name no part of a body: articles and prepositions ("the press service of the Ministry").
_FUNCTION_WORDS = frozenset({"the", "of", "a", "an", "its", "il", "la", "lo", "del", "della", "dello", "di", "l'", "dell'"})


def _name_words(text: str) -> set[str]:
    """The folded words of a body's name that name a part of it (no articles or prepositions): a name said again by
    fewer of its words holds a subset of them."""
    return set(fold(text).split()) - _FUNCTION_WORDS


def _adopt(mention: Mention, antecedent: Mention) -> Mention:
    return replace(
        mention,
        actor_id=antecedent.actor_id,
        actor_type=antecedent.actor_type,
        gender=antecedent.gender,
        resolved=True,
        # (an antecedent that itself stood for one named before is that one: "he" after "the source" after "one of the sources")
        extra={**mention.extra, "antecedent": antecedent.extra.get("name", antecedent.extra.get("antecedent", antecedent.text))},
    )


def display_name(registry: Registry, mention: Mention) -> str:
    """Return the canonical name of a resolved mention, else the words of the text."""
    if mention.actor_id and mention.actor_id in registry.actors:
        return registry.actors[mention.actor_id].name
    if mention.kind in ("pronoun", "surname", "descriptor") and "antecedent" in mention.extra:
        return str(mention.extra["antecedent"])
    if "name" in mention.extra:  # "il vice premier kirghiso, Edil Baisalov": the name, not the title
        return str(mention.extra["name"])
    return mention.text
