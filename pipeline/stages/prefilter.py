"""Literal prefilters: where a pattern of many alternatives may match, found in one pass over the text.

The event stage searches each sentence with a table of regular expressions (28 trigger rows of many alternatives
each). Python's regex engine tries every alternative at every position, so a sentence with no
trigger costs as much as one with many. Most alternatives start with a literal word ("appeal", "decided to",
"vertice"): ``literal_starts`` reads a compiled pattern's parse tree and returns the lower-case strings that
every match of it must start with. A ``Prefilter`` puts the starts of a list of patterns into one
Aho–Corasick automaton (pyahocorasick), which finds them all in one pass over the lower-cased text; a pattern is
then tried only where one of its starts stands (``matches_at``), and not at all in a sentence that holds none.
A start stops at the first repeated white space (``\\s+``: "the " for "the\\s+\\d+"), since the text may hold a run
of it; but most texts hold no two white-space characters in a row, and for them a second automaton reads on past
it ("the 0"): a text is read with that one when it has no such run (a quotation blanked by spaces has one).

Results are identical to the plain search by construction: every match starts at one of the places tried, and a
pattern is searched over the whole range as before when its starts are
unknown (a branch that opens with ``\\w+``, a digit or a short literal) or when the text holds a character whose
lower case does not line up with Python's case-insensitive matching.
"""

from __future__ import annotations

import bisect
import functools
import re
import re._constants as sre  # the parse tree's opcodes (stable across 3.11-3.13)
import re._parser as sre_parse
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import ahocorasick

#: Starts shorter than this are too common to skip anything ("è " is two); longer ones are cut to ``_LONGEST``.
_SHORTEST, _LONGEST = 2, 8
#: A pattern whose alternatives expand to more starts than this is left unfiltered (the date pattern read past its
#: spaces has some 5,400).
_MOST = 20000
#: Every decimal digit Unicode defines lies below this code point (the last, U+1FBF9, is in Symbols for Legacy
#: Computing); scanning the whole range would cost 0.1 s at each import. A test checks it for the running Python.
_DIGITS_BELOW = 0x20000
#: Case-insensitive equivalences of Python's re that ``str.lower`` does not give (the long s, the dotless i),
#: every character ``\\s`` matches (``str.isspace``, as re's own test) read as a plain space, and every
#: character ``\\d`` matches (a decimal digit of any script, ``str.isdecimal``) read as ``0``.
_FOLD = str.maketrans({
    "ſ": "s", "ı": "i",
    **{chr(code): " " for code in range(0x3001) if chr(code).isspace()},
    **{chr(code): "0" for code in range(_DIGITS_BELOW) if chr(code).isdecimal()},
})

#: ``_FOLD`` for ASCII text, as a byte table (a text of ASCII characters, most of them, is folded in one C pass).
_ASCII_FOLD = bytes(ord(chr(code).translate(_FOLD)) for code in range(128)) + bytes(range(128, 256))


#: A character beyond ASCII that the folding table maps (a digit or a space of another script, the long s, the dotless
#: i), and the ASCII digits and white space it maps: a text with none of the first is folded by two substitutions.
_FOLDED_BEYOND_ASCII = re.compile(r"[ſı]|(?=[^\x00-\x7f])[\s\d]")
_ASCII_DIGIT, _ASCII_SPACE = re.compile(r"[0-9]"), re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1f]")


@functools.lru_cache(maxsize=16)  # (a sentence is read by several automata one after another: folded once for them all)
def folded_text(text: str) -> str:
    """``text`` as the automata read it: lower case, each white-space character a space, each digit ``0`` (the
    same length as ``text`` unless its lower case is longer: "İ")."""
    lowered = text.lower()
    if lowered.isascii():
        return lowered.encode("ascii").translate(_ASCII_FOLD).decode("ascii")
    if _FOLDED_BEYOND_ASCII.search(lowered):
        return lowered.translate(_FOLD)
    return _ASCII_SPACE.sub(" ", _ASCII_DIGIT.sub("0", lowered))  # (accents, marks: only ASCII digits and spaces to fold)


_Heads = set[tuple[str, bool]]  # (start, whole): whole when the start is all the item can match
#: The character classes ``\\s`` stands for in a parse tree.
_SPACE_CLASSES = ((sre.CATEGORY, sre.CATEGORY_SPACE), (sre.CATEGORY, sre.CATEGORY_UNI_SPACE))


def literal_starts(pattern: re.Pattern[str], shortest: int = _SHORTEST, single_spaces: bool = False) -> frozenset[str] | None:
    """The folded strings (``shortest`` to 8 characters, none the start of another) every match of ``pattern``
    starts with, or None when some match may start otherwise (then the pattern cannot be prefiltered). Folded:
    lower case, white space a plain space, digits ``0`` (so a date pattern's ``\\d`` is the start ``0``).

    ``single_spaces``: the starts of its matches in a text with no two white-space characters in a row, where
    ``\\s+`` is one space and ``\\s*`` none or one, so a start reads on past them ("the 0" where it stopped at
    "the " before). Each reading is kept for the process (``read_starts``), and may come from an earlier one
    (``remember``)."""
    key = (pattern.pattern, pattern.flags, shortest, single_spaces)
    if key not in _READ:
        _READ[key] = _starts(pattern, shortest, single_spaces)
    return _READ[key]


#: The starts read from patterns in this process, by pattern, flags, shortest start and reading: a pattern's parse
#: tree is read once, and a process may be handed what an earlier one read (the event words' 39 trigger rows take
#: some 0.6 s to parse and read).
_READ: dict[tuple[str, int, int, bool], frozenset[str] | None] = {}


def read_starts() -> dict[tuple[str, int, int, bool], frozenset[str] | None]:
    """Every reading ``literal_starts`` made or was given in this process, for a later process to ``remember``."""
    return dict(_READ)


def remember(readings: Mapping[tuple[str, int, int, bool], frozenset[str] | None]) -> None:
    """Take readings an earlier process made (``read_starts``): those patterns are not parsed again."""
    _READ.update(readings)


def _starts(pattern: re.Pattern[str], shortest: int, single_spaces: bool) -> frozenset[str] | None:
    try:
        heads = _sequence(_parsed(pattern), single_spaces)
    except (re.error, _Unbounded):
        return None
    if heads is None or any(len(start) < shortest for start, _ in heads):
        return None
    starts = {start for start, _ in heads}
    return frozenset(start for start in starts if not any(start[:cut] in starts for cut in range(shortest, len(start))))


@functools.lru_cache(maxsize=256)  # (both readings of a pattern, ``Prefilter``'s two automata, parse it once)
def _parsed(pattern: re.Pattern[str]) -> list[tuple[object, object]]:
    return list(sre_parse.parse(pattern.pattern, pattern.flags))


def word_starts(words: Iterable[str], shortest: int = _SHORTEST) -> frozenset[str] | None:
    """What ``literal_starts`` reads from an alternation of these literal words between zero-width assertions
    (``(?<!\\w)(word|word …)(?!\\w)``), computed from the words themselves: no parse of a long pattern."""
    heads = {"".join(_folded(char) for char in word)[:_LONGEST] for word in words}
    if not heads or any(len(start) < shortest for start in heads):
        return None
    return frozenset(start for start in heads if not any(start[:cut] in heads for cut in range(shortest, len(start))))


class _Unbounded(Exception):
    """Too many starts to be worth an automaton."""


def _sequence(items: Sequence[tuple[object, object]], single: bool = False) -> _Heads | None:
    """The starts of a sequence of parse items: each item extends the starts that are still whole (``single``:
    in a text with no two white-space characters in a row, as ``literal_starts`` reads it)."""
    growing: set[str] = {""}
    stopped: set[str] = set()
    for op, av in items:
        if not growing:
            break
        if op is sre.AT or op is sre.ASSERT or op is sre.ASSERT_NOT:
            continue  # zero width: it constrains the match but adds no character
        item = _item(op, av, single)
        if item is None:
            stopped |= growing
            growing = set()
            break
        grown: set[str] = set()
        for head in growing:
            for text, whole in item:
                joined = head + text
                if whole and len(joined) < _LONGEST:
                    grown.add(joined)
                else:
                    stopped.add(joined[:_LONGEST])
        growing = grown
        if len(growing) + len(stopped) > _MOST:
            raise _Unbounded
    return {(start, True) for start in growing} | {(start, False) for start in stopped}


def _item(op: object, av: object, single: bool = False) -> _Heads | None:
    """The starts of one parse item, or None when it may start with a character no short list names."""
    if op is sre.LITERAL:
        return {(_folded(chr(av)), True)}  # type: ignore[arg-type]
    if op is sre.IN:
        members = list(av)  # type: ignore[call-overload]
        if members and len(members) <= 8 and all(kind is sre.LITERAL for kind, _ in members):
            return {(_folded(chr(code)), True) for _, code in members}
        if members in ([(sre.CATEGORY, sre.CATEGORY_SPACE)], [(sre.CATEGORY, sre.CATEGORY_UNI_SPACE)]):
            return {(" ", True)}  # \s: the text's white space is read as a plain space
        spaces = [(kind, code) for kind, code in members if (kind, code) in _SPACE_CLASSES]
        if spaces and len(members) <= 8 and all(kind is sre.LITERAL for kind, code in members if (kind, code) not in spaces):
            # ("[\s-]": a space or one of a few characters)
            return {(" ", True)} | {(_folded(chr(code)), True) for kind, code in members if (kind, code) not in spaces}
        if members in ([(sre.CATEGORY, sre.CATEGORY_DIGIT)], [(sre.CATEGORY, sre.CATEGORY_UNI_DIGIT)]):
            return {("0", True)}  # \d: the text's digits are read as 0
        return None
    if op is sre.SUBPATTERN:
        return _sequence(list(av[-1]), single)  # type: ignore[index]
    if op is sre.ATOMIC_GROUP:
        return _sequence(list(av), single)  # type: ignore[call-overload]
    if op is sre.BRANCH:
        heads: _Heads = set()
        for branch in av[1]:  # type: ignore[index]
            found = _sequence(list(branch), single)
            if found is None:
                return None
            heads |= found
        return heads
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        low, high, sub = cast("tuple[int, int, Any]", av)
        inner = _sequence(list(sub), single)
        if inner is None:
            return {("", False)} if low == 0 else None
        if single and inner == {(" ", True)}:
            # (white space repeated, in a text whose white space comes one character at a time: none or one)
            return ({("", True)} if low == 0 else set()) | {(" ", True)}
        once = high == 1  # "x?" is nothing or exactly x
        return ({("", True)} if low == 0 else set()) | {(text, whole and once) for text, whole in inner}
    return None


def _folded(char: str) -> str:
    """A pattern's literal character as the text's characters are read: lower case, folded."""
    folded = char.lower().translate(_FOLD)
    return folded if len(folded) == 1 else char.lower()


@dataclass(frozen=True, eq=False)
class Prefilter:
    """The literal starts of a list of patterns, in one automaton."""

    patterns: tuple[re.Pattern[str], ...]
    shortest: int = _SHORTEST  # 1 for patterns whose matches may open with one digit (dates)
    # (the starts of each pattern when its maker knows them, as ``word_starts`` gives them; else read from the pattern)
    known: tuple[frozenset[str] | None, ...] | None = None
    filtered: tuple[bool, ...] = field(init=False)
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)
    # (the same for a text with no two white-space characters in a row, most of them: its starts read on past a space)
    _single: ahocorasick.Automaton = field(init=False, repr=False)

    def __post_init__(self) -> None:
        owners: dict[str, list[int]] = {}
        single: dict[str, list[int]] = {}
        filtered = []
        for number, compiled in enumerate(self.patterns):
            starts = self.known[number] if self.known is not None else literal_starts(compiled, self.shortest)
            filtered.append(starts is not None)
            longer = starts
            # (only a start that stops at a space can read on: most trigger rows have none, and skip the second reading)
            if self.known is None and starts is not None and any(start.endswith(" ") for start in starts):
                longer = literal_starts(compiled, self.shortest, single_spaces=True) or starts
            for start in starts or ():
                owners.setdefault(start, []).append(number)
            for start in longer or ():
                single.setdefault(start, []).append(number)
        object.__setattr__(self, "filtered", tuple(filtered))
        object.__setattr__(self, "_automaton", _automaton(owners))
        object.__setattr__(self, "_single", _automaton(single))

    def positions(self, text: str) -> tuple[tuple[int, ...], ...] | None:
        """For each pattern, the sorted positions in ``text`` where one of its starts occurs (empty for an
        unfiltered pattern), or None when the text cannot be prefiltered (its lower case changes length)."""
        lowered = folded_text(text)
        if len(lowered) != len(text):
            return None
        automaton = self._automaton if "  " in lowered else self._single
        found: dict[int, list[int]] = {}
        if automaton.kind == ahocorasick.AHOCORASICK:
            for end, (length, numbers) in automaton.iter(lowered):
                for number in numbers:
                    found.setdefault(number, []).append(end - length + 1)
        # (most patterns have no start in a sentence: fill only those that do, over a row of empty ones)
        spots: list[tuple[int, ...]] = [()] * len(self.patterns)
        for number, starts in found.items():
            spots[number] = tuple(sorted(set(starts)))
        return tuple(spots)


def _automaton(owners: dict[str, list[int]]) -> ahocorasick.Automaton:
    """One automaton of starts, each with its length and the numbers of the patterns it opens."""
    automaton = ahocorasick.Automaton()
    for start, numbers in owners.items():
        automaton.add_word(start, (len(start), tuple(numbers)))
    if owners:
        automaton.make_automaton()
    return automaton


@functools.lru_cache(maxsize=64)  # a paragraph's sentences are read one after another: one pass serves them all
def spots_in(prefilter: Prefilter, text: str) -> tuple[tuple[int, ...], ...] | None:
    """``prefilter.positions(text)``, remembered for the last few texts."""
    return prefilter.positions(text)


def matches_at(pattern: re.Pattern[str], text: str, spots: Sequence[int], start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, start, end)`` yields, trying only ``spots`` (where every match of the pattern
    starts): after a match, the next one is sought from its end, as finditer does (no match is empty: each
    holds a start of two characters or more)."""
    after = start
    for spot in _between(spots, start, end):
        if spot < after:
            continue
        match = pattern.match(text, spot, end)
        if match is not None:
            yield match
            after = match.end()


def finditer(prefilter: Prefilter, number: int, text: str, start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
    """What ``prefilter.patterns[number].finditer(text, start, end)`` yields, tried only at the pattern's starts
    when the text and the pattern allow it."""
    pattern = prefilter.patterns[number]
    end = len(text) if end is None else end
    spots = spots_in(prefilter, text) if prefilter.filtered[number] else None
    if spots is None:
        return pattern.finditer(text, start, end)
    return matches_at(pattern, text, spots[number], start, end)


def match(prefilter: Prefilter, number: int, text: str, at: int) -> re.Match[str] | None:
    """What ``prefilter.patterns[number].match(text, at)`` finds, tried only when a start of the pattern stands at ``at``
    (when the text and the pattern allow the automaton to tell)."""
    pattern = prefilter.patterns[number]
    spots = spots_in(prefilter, text) if prefilter.filtered[number] else None
    if spots is not None:
        index = bisect.bisect_left(spots[number], at)
        if index == len(spots[number]) or spots[number][index] != at:
            return None
    return pattern.match(text, at)


def search(prefilter: Prefilter, number: int, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
    """What ``prefilter.patterns[number].search(text, start, end)`` finds (the first match ``finditer`` yields)."""
    return next(finditer(prefilter, number, text, start, end), None)


def _between(spots: Sequence[int], start: int, end: int) -> Iterable[int]:
    index = bisect.bisect_left(spots, start)
    while index < len(spots) and spots[index] < end:
        yield spots[index]
        index += 1


@dataclass(frozen=True, eq=False)
class LiteralGate:
    """Whether a text may hold one of some literal words (matched case-insensitively, as ``re.IGNORECASE`` reads
    them): one Aho–Corasick pass over the lower-cased text, in place of a long alternation tried at every position.
    A text whose lower case changes its length is always let through, so a gate never turns away a text its pattern
    would match."""

    words: tuple[str, ...]
    _automaton: ahocorasick.Automaton = field(init=False, repr=False)

    def __post_init__(self) -> None:
        automaton = ahocorasick.Automaton()
        for word in self.words:
            folded = "".join(_folded(char) for char in word)
            automaton.add_word(folded, folded)
        if self.words:
            automaton.make_automaton()
        object.__setattr__(self, "_automaton", automaton)

    def may_match(self, text: str) -> bool:
        """False only when none of the words occurs in ``text``."""
        lowered = folded_text(text)
        if len(lowered) != len(text):
            return True
        if self._automaton.kind != ahocorasick.AHOCORASICK:
            return False
        return next(self._automaton.iter(lowered), None) is not None
