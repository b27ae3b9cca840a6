"""Reference data: the actor registry, places and event calendar, and how a user's files merge over the shipped ones.

The package ships ``actors.yaml``, ``places.yaml`` and ``calendar.yaml`` (``pipeline/reference/``); a user
may add folders of their own with the same file names (``--reference DIR``). Each layer merges over the
one before it, entry by entry, with these rules:

- ``actors.yaml``: entries are keyed by ``id``. A new id adds an actor. A known id updates it: the fields
  the entry gives (``name``, ``type``, ``country``, ``gender``, ``wikidata``) replace the shipped ones;
  ``aliases`` and ``demonyms`` are added to the shipped lists; a role with the same ``role``, ``country``
  and ``from`` as a shipped role replaces it (so an end date can be corrected), any other role is added.
  ``replace: true`` replaces the whole shipped entry, ``remove: true`` drops it.
- ``places.yaml``: ``renames`` are keyed by (``city``, ``name``): the same key replaces, a new one is added;
  ``landmarks`` are keyed by ``name`` the same way; ``regions``, ``provinces``, ``training_grounds`` and
  ``state_grounds`` are added to the shipped lists.
- ``calendar.yaml``: ``events`` are keyed by (``date``, ``title``): the same key replaces, a new one is
  added; ``remove: true`` drops the shipped entry.
- An id (or key) given twice in one file is a conflict: the run stops and names the file and the entry.
- ``mention_words.yaml``, ``quote_words.yaml``, ``event_words.yaml`` and ``date_words.yaml``: the words the
  extractors key on; a user's lists and mappings add to the shipped ones (``pipeline.stages.words``).

Everything here is pure: the I/O module ``pipeline.io.reference`` reads the files and hands them over.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from pipeline.errors import InputFileError
from pipeline.stages.actors import MentionWords, Registry, RegistryError
from pipeline.stages.dates import DateWords
from pipeline.stages.events import EventWords, calendar_from_data
from pipeline.stages.places import grounds_from_data, landmarks_from_data, provinces_from_data, renames_from_data
from pipeline.stages.prefilter import Prefilter
from pipeline.stages.quotes import QuoteWords
from pipeline.stages.words import (
    DATE_WORDS,
    EVENT_WORDS,
    MENTION_WORDS,
    QUOTE_WORDS,
    WORD_FILES,
    WordsError,
    merge_words,
)

ACTORS, PLACES, CALENDAR = "actors.yaml", "places.yaml", "calendar.yaml"
FILE_NAMES = (ACTORS, PLACES, CALENDAR, *WORD_FILES)
#: Fields of an actor entry that a user's entry replaces when it gives them.
_ACTOR_FIELDS = ("name", "type", "country", "gender", "wikidata")


class ReferenceError(InputFileError):
    """A reference file that cannot be used; the message names the file and the problem in one line."""


@dataclass(frozen=True)
class ReferenceSource:
    """Where one reference file came from, what it holds, and how many entries."""

    name: str
    origin: str  # "package" or "user"
    path: str
    sha256: str
    entries: int


@dataclass(frozen=True, eq=False)
class Words:
    """The extractors' words for one run, checked and compiled once."""

    mentions: MentionWords
    quotes: QuoteWords
    events: EventWords
    dates: DateWords
    data: Mapping[str, Any]  # the merged files, for the fingerprint

    def prefilters(self) -> tuple[Prefilter, ...]:
        """The automata the stages try their word patterns through (trigger rows, plans, dates and their gates, quote
        cues), built on first use: building them reads every pattern's literal starts."""
        return (self.events.trigger_filter, self.events.plans, self.dates.starts, self.dates.gates, self.quotes.cue_starts)


@dataclass(frozen=True)
class Reference:
    """The merged reference data a run uses, and the files it came from."""

    registry: Registry
    places: dict[str, Any]
    calendar: dict[str, Any]
    words: Words
    sources: tuple[ReferenceSource, ...] = ()

    @property
    def fingerprint(self) -> str:
        """Changes whenever the merged content of any reference file changes."""
        data = json.dumps([self.registry.fingerprint, self.places, self.calendar, self.words.data], sort_keys=True, default=str)
        return hashlib.sha256(data.encode("utf-8")).hexdigest()

    def describe(self) -> dict[str, Any]:
        """Plain data for the manifest: each file with origin, sha256 and entries, and the merged counts."""
        return {
            "files": [vars(source) for source in self.sources],
            "actors": len(self.registry.actors),
            "place_renames": len(self.places.get("renames") or []),
            "calendar_events": len(self.calendar.get("events") or []),
            "words": {name: entry_count(name, self.words.data.get(name) or {}) for name in WORD_FILES},
            "sha256": self.fingerprint,
        }


def entry_count(name: str, data: Mapping[str, Any]) -> int:
    """How many entries one reference file holds (actors, renames, landmarks, regions, provinces and ranges, or calendar
    events)."""
    if name == ACTORS:
        return len(data.get("actors") or [])
    if name == PLACES:
        return sum(len(data.get(key) or []) for key in ("renames", "landmarks", "regions", "provinces", "not_places", "training_grounds"))
    if name in WORD_FILES:
        return sum(_words_in(value) for value in data.values())
    return len(data.get("events") or [])


def _words_in(value: Any) -> int:
    if isinstance(value, Mapping):
        return sum(_words_in(item) for item in value.values()) if any(isinstance(v, (list, Mapping)) for v in value.values()) else len(value)
    if isinstance(value, list):
        return sum(len(item.get("patterns") or []) if isinstance(item, Mapping) else 1 for item in value)
    return 1


def merge(name: str, base: Mapping[str, Any], layer: Mapping[str, Any], where: str) -> dict[str, Any]:
    """Merge one user layer of reference file ``name`` over ``base``; ``where`` names the layer in errors."""
    if name == ACTORS:
        return _merge_actors(base, layer, where)
    if name in WORD_FILES:
        try:
            return merge_words(base, layer, where)
        except WordsError as error:
            raise ReferenceError(str(error)) from error
    if name == PLACES:
        merged = dict(base)
        merged["renames"] = _merge_keyed(base.get("renames"), layer.get("renames"), _rename_key, where, "rename")
        merged["landmarks"] = _merge_keyed(base.get("landmarks"), layer.get("landmarks"), _landmark_key, where, "landmark")
        merged["regions"] = list(dict.fromkeys([*(base.get("regions") or []), *_list(layer, "regions", where)]))
        merged["not_places"] = list(dict.fromkeys([*(base.get("not_places") or []), *_list(layer, "not_places", where)]))
        merged["provinces"] = [*(base.get("provinces") or []), *_list(layer, "provinces", where)]
        merged["training_grounds"] = [*(base.get("training_grounds") or []), *_list(layer, "training_grounds", where)]
        merged["state_grounds"] = list(dict.fromkeys([*(base.get("state_grounds") or []), *_list(layer, "state_grounds", where)]))
        return merged
    merged = dict(base)
    merged["events"] = _merge_keyed(base.get("events"), layer.get("events"), _event_key, where, "event")
    return merged


def build_reference(data: Mapping[str, Mapping[str, Any]], sources: Sequence[ReferenceSource]) -> Reference:
    """Check the merged data and return it as a ``Reference``; a problem raises ``ReferenceError``."""
    try:
        registry = Registry.from_data(data.get(ACTORS) or {})
    except RegistryError as error:
        raise ReferenceError(f"{_origins(sources, ACTORS)}: {error}") from error
    checks = ((PLACES, renames_from_data), (PLACES, landmarks_from_data), (PLACES, provinces_from_data), (PLACES, grounds_from_data), (CALENDAR, calendar_from_data))
    for name, check in checks:
        try:
            check(data.get(name) or {})
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ReferenceError(f"{_origins(sources, name)}: an entry lacks a field or has a bad value ({error})") from error
    return Reference(registry, dict(data.get(PLACES) or {}), dict(data.get(CALENDAR) or {}), build_words(data, sources), tuple(sources))


def build_words(data: Mapping[str, Mapping[str, Any]], sources: Sequence[ReferenceSource] = ()) -> Words:
    """Check and compile the four word files; a problem raises ``ReferenceError`` naming the file and the key."""
    built: dict[str, Any] = {}
    for name, field, kind in ((MENTION_WORDS, "mentions", MentionWords), (QUOTE_WORDS, "quotes", QuoteWords),
                              (EVENT_WORDS, "events", EventWords), (DATE_WORDS, "dates", DateWords)):
        try:
            built[field] = kind.from_data(data.get(name) or {})
        except (WordsError, AttributeError, TypeError) as error:
            raise ReferenceError(f"{_origins(sources, name)}: {error}") from error
    return Words(**built, data={name: data.get(name) for name in WORD_FILES})


def _origins(sources: Sequence[ReferenceSource], name: str) -> str:
    return " + ".join(s.path for s in sources if s.name == name) or name


def _list(layer: Mapping[str, Any], key: str, where: str) -> list[Any]:
    value = layer.get(key) or []
    if not isinstance(value, list):
        raise ReferenceError(f"{where}: '{key}' must be a list")
    return value


def _entries(value: Any, where: str, what: str) -> list[Mapping[str, Any]]:
    if value is None:
        return []
    if not isinstance(value, list) or not all(isinstance(item, Mapping) for item in value):
        raise ReferenceError(f"{where}: every {what} must be a mapping in a list")
    return value


def _merge_keyed(
    base: Any, layer: Any, key: Callable[[Mapping[str, Any]], Hashable], where: str, what: str
) -> list[dict[str, Any]]:
    """Entries of ``base`` with ``layer``'s replacing those of the same key, new ones appended, removals dropped."""
    merged = {key(item): dict(item) for item in _entries(base, "shipped data", what)}
    seen: set[Hashable] = set()
    for item in _entries(layer, where, what):
        identity = key(item)
        if identity in seen:
            raise ReferenceError(f"{where}: {what} {identity} is given twice")
        seen.add(identity)
        if item.get("remove"):
            merged.pop(identity, None)
        else:
            merged[identity] = {k: v for k, v in item.items() if k != "remove"}
    return list(merged.values())


def _rename_key(item: Mapping[str, Any]) -> Hashable:
    return (str(item.get("city")), str(item.get("name")))


def _landmark_key(item: Mapping[str, Any]) -> Hashable:
    return str(item.get("name"))


def _event_key(item: Mapping[str, Any]) -> Hashable:
    day = item.get("date")
    return (day.isoformat() if isinstance(day, dt.date) else str(day), str(item.get("title")))


def _role_key(role: Mapping[str, Any]) -> Hashable:
    start = role.get("from")
    return (str(role.get("role")), role.get("country"), start.isoformat() if isinstance(start, dt.date) else start)


def _merge_actors(base: Mapping[str, Any], layer: Mapping[str, Any], where: str) -> dict[str, Any]:
    actors = {str(item.get("id")): dict(item) for item in _entries(base.get("actors"), "shipped data", "actor")}
    seen: set[str] = set()
    for number, item in enumerate(_entries(layer.get("actors"), where, "actor"), start=1):
        identity = str(item.get("id") or "")
        if not identity:
            raise ReferenceError(f"{where}: actor #{number} has no id")
        if identity in seen:
            raise ReferenceError(f"{where}: actor {identity!r} is given twice")
        seen.add(identity)
        known = actors.get(identity)
        if item.get("remove"):
            actors.pop(identity, None)
        elif known is None or item.get("replace"):
            actors[identity] = {k: v for k, v in item.items() if k != "replace"}
        else:
            actors[identity] = _update_actor(known, item, where)
    merged = dict(base)
    merged["actors"] = list(actors.values())
    dates = [d for d in (base.get("reviewed"), layer.get("reviewed")) if d]
    if dates:
        merged["reviewed"] = max(str(d) for d in dates)
    return merged


def _update_actor(known: Mapping[str, Any], item: Mapping[str, Any], where: str) -> dict[str, Any]:
    updated = dict(known)
    updated.update({field: item[field] for field in _ACTOR_FIELDS if field in item})
    for field in ("aliases", "demonyms"):
        updated[field] = list(dict.fromkeys([*(known.get(field) or []), *_list(item, field, where)]))
    roles = {_role_key(role): dict(role) for role in known.get("roles") or []}
    for role in _entries(item.get("roles"), where, "role"):
        roles[_role_key(role)] = dict(role)
    updated["roles"] = list(roles.values())
    return updated


def coverage_warnings(
    reference: Reference, articles: int, rejected_not_news: int, speaker_ids: Iterable[Any], event_actors: Iterable[Any]
) -> list[str]:
    """What a user must hear about the reference data a run used: an empty registry, or articles of which
    none names a registered actor (the registry does not cover this corpus, or was not loaded).

    ``speaker_ids`` is the quotes' ``speaker_id`` column, ``event_actors`` the events' ``actors`` lists."""
    known = reference.registry.actors
    registered_mentions = any(isinstance(s, str) and s in known for s in speaker_ids) or any(
        isinstance(actor, str) and actor in known for actors in event_actors if actors is not None for actor in actors
    )
    warnings = []
    if not reference.registry.actors:
        warnings.append("the actor registry is empty: speakers and event actors cannot be resolved to registry ids")
    elif articles == 0 and rejected_not_news:
        warnings.append(
            f"none of the {rejected_not_news} candidate articles names an actor of the registry (all rejected as "
            "not_news); add your actors with --reference DIR"
        )
    elif articles and not registered_mentions:
        warnings.append(
            f"none of the {articles} articles has a quote or event attributed to a registry actor; the registry may "
            "not cover this corpus (extend it with --reference DIR)"
        )
    return warnings
