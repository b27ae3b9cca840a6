"""Quotation marks and sentences: where each quotation of a paragraph opens and closes, the paragraph with
quote contents masked, and its sentences.

``quoted_spans`` finds every quotation: "…", “…”, ‘…’, «…», „…“, a straight closing mark after a curly opening
one, a quote left open at the paragraph's end (the convention for quotes that run on), and dialogue-style
speech that opens a paragraph with a dash ("– …, – ha detto X."). ``mask`` hides
quote contents so that sentence splitting, cue finding and event triggers never look inside a quotation.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass

OPENERS: dict[str, tuple[str, ...]] = {
    '"': ('"', "”"),
    "“": ("”", '"', "“"),
    "„": ("“", "”", '"'),
    "«": ("»",),
    "‘": ("’", "'"),
    "‹": ("›",),
}
_LEFT_OK = set(" \t([{—–-:;,/\u00a0") | set(OPENERS)


@dataclass(frozen=True)
class QuotedSpan:
    """One quotation in a paragraph: the marks' positions and the content between them."""

    open_at: int
    close_at: int | None  # None when the quote runs to the paragraph's end
    start: int  # content start
    end: int  # content end
    resumed: bool = False  # the second half of a quotation its attribution interrupts between dashes or commas
    lead: bool = False  # and its first half, however short ("“Cari amici – ha detto – …”")



#: Dialogue-style speech, as translations from Russian write it: a paragraph that opens with a dash and whose
#: words end at a dash before a lowercase attribution ("– Text, – ha detto il ministro.", "— Text — said X.") or
#: at a stray closing mark ("– Text”, ha detto X.").
_DIALOGUE_OPEN = re.compile(r"^\s*[–—]\s+(?=[A-ZÀ-Ý«“\"])")
_DIALOGUE_CLOSE = re.compile(r"[,.!?…]?\s*[–—]\s+(?=[a-zà-ù])|[”\"](?=\s*,)")


def _dialogue(line: str) -> QuotedSpan | None:
    """The quotation of a dialogue-style paragraph, if it is one (a bulleted "- Share on Facebook" is not)."""
    opened = _DIALOGUE_OPEN.match(line)
    if opened is None:
        return None
    close = _DIALOGUE_CLOSE.search(line, opened.end())
    if close is None or len(line[opened.end() : close.start()].split()) < 3:
        return None
    at = close.start() + (len(close.group(0)) - len(close.group(0).lstrip(",.!?… ")))  # the dash or the mark
    return QuotedSpan(opened.end() - 2, at, opened.end(), close.start())


#: A paragraph that opens with a dash, as the words a colon announced: "– You and I are …".
_DASH_OPEN = re.compile(r"^\s*[–—]\s+(?=\S)")
#: The marks that close a quotation opened in an earlier paragraph, and those that would open a new one.
_CONTINUED_CLOSERS = "”»\""
_NEW_OPENERS = "“«„"


#: A curly closing mark that nothing opened, then its attribution: "X stressed the need …,” says a statement". The
#: page lost the opening mark at the paragraph's start (only a paragraph with no other opening mark before it).
#: (An Italian page may close with the mark others open with, "… a Minsk“, ha riferito l'ufficio": a mark
#: right before a comma closes. A paragraph that opens with a dash is dialogue, read as such.)
#: (The speaker's name may open on an initial: "…”, N. Petrov said.")
_LOST_OPENER = re.compile(r"^(?!\s*[–—]\s)[^“”«»„\"]{15,}(?:[”»]|“(?=\s*,)|(?<=[,.!?])\"|(?<=[,.!?]\s)\")\s*,?\s*(?:[A-ZÀ-Ý]\.\s+|[\w'’-]+\s+){0,6}?"
                          r"(?:says|said|reads|added|noted|stated|stressed|told|dice|afferma|aggiunge|(?:ha|hanno)\s+(?:\w+\s+)?"
                          r"(?:detto|riferito|dichiarato|affermato|aggiunto|sottolineato|spiegato|precisato|scritto|annunciato))\b")
#: An opening mark right before a comma, which no quotation can open with: it closes one ("…“, ha riferito").
_OPENER_CLOSING = re.compile(r"“(?=\s*,)")


#: Any quotation mark, straight or curly (a paragraph with none of them holds no mark of its own).
_ANY_MARK = re.compile("[\"“”«»„‘’‹›]")
#: The speaker's own voice: "I", "we", "our", "noi", "il nostro" (never an outlet's narration).
_FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|us|[Mm]y|[Nn]oi|[Nn]ostr[oaie]|[Ii]o)\b")


def _continued(line: str) -> QuotedSpan | None:
    """The end of a quotation an earlier paragraph opened: the words up to a closing mark that nothing in this
    paragraph opened ("We stand ready to help both sides,” the statement says.")."""
    close = next((i for i, c in enumerate(line) if c in _CONTINUED_CLOSERS or c in _NEW_OPENERS), None)
    if close is None or (line[close] in _NEW_OPENERS and not _OPENER_CLOSING.match(line, close)) or len(line[:close].split()) < 3:
        return None
    if line[close] == '"' and line.count('"') % 2 == 0:
        return None  # a straight mark that a later one pairs with opens a quotation
    return QuotedSpan(0, close, 0, close)


def quoted_spans(line: str, continues: bool = False, introduced: bool = False) -> list[QuotedSpan]:
    """Return the quotations of one paragraph, outermost only, in order; ``continues`` when the paragraph before
    ended inside an open quotation, whose end this paragraph may hold; ``introduced`` when it ended with a colon,
    so a paragraph that opens with a dash and holds no marks is the quotation announced ("– You and I …")."""
    return list(_quoted_spans(line, continues, introduced))


@functools.lru_cache(maxsize=512)  # about one article's paragraphs: the event and quote stages both read them
def _quoted_spans(line: str, continues: bool, introduced: bool) -> tuple[QuotedSpan, ...]:
    return tuple(_spans_of(line, continues, introduced))


def _spans_of(line: str, continues: bool, introduced: bool) -> list[QuotedSpan]:
    carried = _continued(line) if continues or _LOST_OPENER.search(line) else None
    if carried is not None:
        assert carried.close_at is not None
        return [carried, *_marked_spans(line[carried.close_at + 1 :], carried.close_at + 1)]
    if continues and not _ANY_MARK.search(line) and _FIRST_PERSON.search(line):
        # a speech's next paragraph printed without its opening mark, in the speaker's own first person ("… stated:
        # ¶ “Dear colleagues, … ¶ It is saddening that we …"): the quotation goes on through it
        return [QuotedSpan(0, None, 0, len(line.rstrip()))]
    dashed = _DASH_OPEN.match(line) if introduced else None
    if dashed is not None and not any(mark in line for mark in OPENERS if mark != "‘"):
        return [QuotedSpan(dashed.end() - 1, None, dashed.end(), len(line.rstrip()))]
    dialogue = _dialogue(line)
    if dialogue is not None:
        assert dialogue.close_at is not None
        return [dialogue, *(s for s in _marked_spans(line[dialogue.close_at + 1 :], dialogue.close_at + 1))]
    if line.lstrip().startswith("”") and line.count("”") == 1 and line.count("“") == 1 and line.index("“") > line.index("”"):
        # a page that prints its marks the wrong way round ("”The crisis tested us all,“ the speaker said."): read as
        # “…” (the same length, so every offset holds)
        return _with_single_marks(line, _marked_spans(line.replace("”", "\0").replace("“", "”").replace("\0", "“")))
    return _with_single_marks(line, _marked_spans(line))


#: A quotation in straight single marks, or in doubled ones (''…''), as Italian pages print them: the mark opens
#: after a space or a stop and before a letter (or one space, then a letter: "' to help …,'"), closes after a non-space and before no letter, and holds no
#: straight mark but a word's apostrophe ("dell'Alleanza"); "l'espansione" is no opening mark.
_SINGLE = re.compile(r"(?<![\w'’])(?P<mark>''|') ?(?=[^\W\d_])(?P<content>(?:[^'\n]|(?<=\w)'(?=\w))+?)(?<=[^\s'])(?P=mark)(?![\w'])")


def _with_single_marks(line: str, spans: list[QuotedSpan]) -> list[QuotedSpan]:
    """``spans`` and the quotations of three words or more in straight single marks that none of them holds."""
    if "'" not in line:
        return spans
    added = [QuotedSpan(m.start(), m.end() - len(m.group("mark")), m.start("content"), m.end("content")) for m in _SINGLE.finditer(line)
             if len(m.group("content").split()) >= 3 and not any(s.open_at <= m.end() and m.start() <= (s.close_at or s.end) for s in spans)]
    return sorted([*spans, *added], key=lambda s: s.open_at) if added else spans


#: A sentence that reports the words before it: "This was stated by X", "Lo ha dichiarato X" (not "This is what …":
#: a speaker may say that of their own words).
_TOLD_AFTER = re.compile(
    r"(?<=[.!?…])(?=\s+(?:(?:This|That|These|It)\s+(?:was|were|has\s+been|had\s+been)\s+(?:\w+\s+)?(?:stated|said|noted|announced|"
    r"reported|declared|emphasi[sz]ed|stressed|told)\s+by\b|(?:Lo|Questo\s+lo|Ciò\s+lo)\s+ha(?:nno)?\s+"
    r"(?:\w+\s+)?(?:dichiarato|detto|affermato|sottolineato|annunciato|riferito|scritto|spiegato)\b|(?:È|E['’])\s+quanto\s+ha(?:nno)?\s+\w+))"
)


#: A straight opening mark that another straight one reopens after a stop before any closes it: straight marks do
#: not nest, so with an odd number of them from here on the first was never closed ("X … agreed. Lavrov said that
#: … . "If we …," the minister said.": the quotation is the second's).
_STRAY_STRAIGHT = re.compile(r'"(?=[^"\n]*?[.!?]\s+"\w[^"\n]*?\S")')


#: Two single marks that a page prints for a double one, opening ("‘’", "‘‘") and closing ("’’", "''", "”").
_DOUBLED_SINGLE = ("‘’", "‘‘")
_DOUBLED_CLOSERS = ("’’", "''", "”")


def _unclosed(line: str, open_at: int, start: int) -> QuotedSpan:
    """A quotation no mark closes: it runs to the paragraph's end, or to a sentence that says who said it ("…
    dangerous. This was stated by X after the talks.": the closing mark was lost before it)."""
    told = _TOLD_AFTER.search(line, start)
    return QuotedSpan(open_at, None, start, told.start() if told else len(line.rstrip()))


def _marked_spans(line: str, offset: int = 0) -> list[QuotedSpan]:
    """The quotations that marks enclose; positions are shifted by ``offset`` (the text before it is done)."""
    spans: list[QuotedSpan] = []
    index, length = 0, len(line)
    while index < length:
        mark = line[index]
        if mark == '"' and _can_open(line, index) and _STRAY_STRAIGHT.match(line, index) and line.count('"', index) % 2:
            index += 1  # ("The plan, X said that "…," the minister said": a straight mark no later one closes)
            continue
        if line.startswith(_DOUBLED_SINGLE, index) and _can_open(line, index):
            # "said, ‘’We …": two single marks printed for a double one; closed by two again, or by a double mark
            ends = [found for found in (line.find(end, index + 2) for end in _DOUBLED_CLOSERS) if found != -1]
            if ends:
                spans.append(QuotedSpan(index, min(ends), index + 2, min(ends)))
                index = min(ends) + 1
                continue
            if len(line[index + 2 :].split()) >= 3:
                spans.append(_unclosed(line, index, index + 2))
                break
        if mark in OPENERS and _can_open(line, index):
            close = _find_close(line, index, OPENERS[mark])
            if close is not None:
                # (a closing mark escaped by a scraper, "…mechanism.\"", keeps its backslash out of the words)
                spans.append(QuotedSpan(index, close, index + 1, close - 1 if line[close - 1] == "\\" else close))
                index = close + 1
                continue
            if mark != "‘" and len(line[index + 1 :].split()) >= 3:
                spans.append(_unclosed(line, index, index + 1))
                break
        index += 1
    found = [s for s in spans if line[s.start : s.end].strip()]
    if not offset:
        return found
    return [QuotedSpan(s.open_at + offset, None if s.close_at is None else s.close_at + offset, s.start + offset, s.end + offset) for s in found]


#: An attribution set between dashes inside a quotation: "«The border is calm – said the minister – Yet we …»".
#: It opens lowercase (a verb) and the quotation resumes with a capital after the second dash; a hyphen inside a
#: word is no dash ("– scrive X citando Y, del think-tank Z –"); the words may resume in lowercase, after a comma
#: or not ("“Negli ultimi anni – ha detto –, per due volte …”", "“… in Kazakistan – ha riferito X – il ritorno …”"),
#: since the attribution itself is checked.
_INTERRUPTION = re.compile(
    r"[,.]?\s[–—-]\s+(?=[a-zà-ù])(?P<attribution>(?:[^–—.!?-]|(?<=\w)-(?=\w)){3,160}?)\s+[–—-]\s*(?:(?:[.,]\s+)?(?=[A-ZÀ-Ý])|,?\s+(?=[a-zà-ù]))"
)  # a spaced hyphen serves as a dash too ("… post-sovietico - ha precisato X -. Come è noto …")

#: The same set between commas, as Italian pages print it inside unbroken marks: "“The West lost the first round, ha
#: aggiunto X, now they try …”". Short and lowercase, and checked as an attribution like the dashed one.
_COMMA_INTERRUPTION = re.compile(r",\s+(?P<attribution>(?=[a-zà-ù])[^,;:.!?«»\"“”„–—]{3,60}?)\s*,\s+(?=[\wÀ-ÿ])")
#: The most words such an attribution between commas holds ("ha aggiunto il presidente bielorusso").
_COMMA_ATTRIBUTION_WORDS = 6


#: A paragraph that opens with a dash, a hyphen among them, before a capital: "- We consider it necessary …".
_DIALOGUE_DASH = re.compile(r"\s*[-–—]\s+(?=[A-ZÀ-Ý])")
#: The most words an attribution after a dialogue's last comma holds ("the Minister of Defense of X noted at the meeting.").
_DIALOGUE_TAIL_WORDS = 14
#: The fewest words a dialogue's quotation holds.
_DIALOGUE_WORDS = 3
#: A double quotation mark of any style (an apostrophe is no mark here).
_DOUBLE_MARK = re.compile("[\"“”«»„]")


def dash_dialogue(line: str, is_attribution: Callable[[str], bool]) -> QuotedSpan | None:
    """The words of a paragraph with no quotation marks that opens with a dash and ends with an attribution after its
    last comma ("- We consider it necessary to act …, the minister noted at the meeting."), as English translations of
    Russian agency copy print speech: the quotation runs from the dash to that comma. None when the paragraph is not
    so (a bulleted list item ends with no attribution; ``is_attribution`` tells one, given the words after the comma)."""
    opened = _DIALOGUE_DASH.match(line)
    comma = line.rfind(",")
    if opened is None or comma <= opened.end() or len(line[opened.end() : comma].split()) < _DIALOGUE_WORDS or _DOUBLE_MARK.search(line):
        return None
    tail = line[comma + 1 :]
    if len(tail.split()) > _DIALOGUE_TAIL_WORDS or not tail.rstrip().endswith((".", "!")) or not is_attribution(tail):
        return None
    return QuotedSpan(len(line) - len(line.lstrip()), comma, opened.end(), comma)


def interrupted(line: str, spans: Sequence[QuotedSpan], is_attribution: Callable[[str], bool]) -> list[QuotedSpan]:
    """Split each quotation whose words an attribution interrupts between dashes into its two halves, so the
    attribution is read as text ("«…tesa – ha constatato il segretario – In particolare…»")."""
    result: list[QuotedSpan] = []
    for span in spans:
        match = _INTERRUPTION.search(line, span.start, span.end)
        # (the words before it may be as short as a greeting: "“Cari amici – ha detto – …”", "«Tuttavia – prosegue X – …»")
        if match is None or not line[span.start : match.start()].split() or not is_attribution(match.group("attribution")):
            comma = _comma_interruption(line, span, is_attribution)
            if comma is None:
                result.append(span)
            else:
                result.append(QuotedSpan(span.open_at, comma.start(), span.start, comma.start(), lead=True))
                result.append(QuotedSpan(comma.end() - 1, span.close_at, comma.end(), span.end, resumed=True))
            continue
        first_close = match.start() + len(match.group(0)) - len(match.group(0).lstrip(",. "))  # the first dash
        second_open = max(line.rfind(dash, match.end("attribution"), match.end()) for dash in "–—-")
        result.append(QuotedSpan(span.open_at, first_close, span.start, match.start(), lead=True))
        result.append(QuotedSpan(second_open, span.close_at, match.end(), span.end, resumed=True))
    return result


def _comma_interruption(line: str, span: QuotedSpan, is_attribution: Callable[[str], bool]) -> re.Match[str] | None:
    """The first short attribution between commas inside a quotation's words, with words on both sides of it."""
    for match in _COMMA_INTERRUPTION.finditer(line, span.start, span.end):
        attribution = match.group("attribution")
        if (len(attribution.split()) <= _COMMA_ATTRIBUTION_WORDS and line[span.start : match.start()].split()
                and line[match.end() : span.end].split() and is_attribution(attribution)):
            return match
    return None


def _can_open(line: str, index: int) -> bool:
    before = line[index - 1] if index > 0 else " "
    if before == "\\":
        before = line[index - 2] if index > 1 else " "  # (a scraper's escaped mark, \"…\": the backslash is no text)
    after = line[index + 1] if index + 1 < len(line) else " "
    # (or glued to the stop before it on a scraped page that lost the space: "… il diplomatico russo."Le persone …",
    # "… i ministri della CSTO."Ieri sera …")
    # (and after a quotation closed before that stop: … “the words”."Next …")
    glued = before == "." and index > 1 and (line[index - 2].isalpha() or line[index - 2] in "\"”»") and after.isupper()
    # (or a curly opener glued to the word before it, a photo credit's or a caption's: "© Foreign Ministry“Our partners
    # …”": it opens when a capital follows it and its own closer comes later in the line)
    glued = glued or (line[index] in _GLUED_OPENERS and before.isalpha() and after.isupper()
                      and _GLUED_OPENERS[line[index]] in line[index + 1 :])
    # (or right after an elided article's apostrophe: "una reazione all'"escalation"", "dell'«intesa»")
    elided = before in "'’" and index > 1 and line[index - 2].isalpha() and after.isalpha()
    return (before in _LEFT_OK or before.isspace() or glued or elided) and (not after.isspace() or _padded(line, index))


#: The curly openers that may open glued to a word before them, with the closer each needs later in the line.
_GLUED_OPENERS = {"“": "”", "«": "»"}


def _padded(line: str, index: int) -> bool:
    """A straight mark set apart by a space from the words it opens, as some pages print every quotation
    ('… ha detto: " Non ci fermeremo ", ha aggiunto'): a word follows the space, and the straight marks from it on
    pair up (an even count), so the one that closes is there too."""
    if line[index] == "“":
        # (and a curly opener set apart, when a mark set apart before a comma closes it: "“ Il confine è calmo … “ , dicono")
        return line[index + 2 : index + 3].strip() != "" and _PADDED_CURLY_CLOSE.search(line, index + 2) is not None
    return line[index] == '"' and line[index + 2 : index + 3].strip() != "" and line.count('"', index) % 2 == 0


#: A curly opening mark set apart, closing before the attribution's comma: " “ ,".
_PADDED_CURLY_CLOSE = re.compile(r"\s“\s*,")


#: Opening marks that a quotation inside the quotation may repeat.
_NESTING = frozenset("“«„‹")


def _find_close(line: str, opened: int, closers: tuple[str, ...]) -> int | None:
    """The mark that closes the quotation opened at ``opened``; a curly or angled quotation nested in it with
    the same marks ("“the motto “…” chimes in …”") closes first."""
    opener = line[opened]
    nests = opener in _NESTING  # “…” and «…» can nest; "…" and '…' cannot
    depth = 0
    loose: int | None = None  # a mark set apart after the words' last stop: "… did not come? "he said."
    # the one other straight mark of the paragraph closes, even set apart: «the weekly "Allies. The CSTO " wrote»
    paired = opener == '"' and line.count('"', opened) == 2
    padded = opener == '"' and line[opened + 1 : opened + 2] == " "  # closed by a mark set apart too: "… deluso ",
    # (and a curly opener set apart, closed by a mark set apart before its attribution's comma: "“ Il confine è calmo … oggi “ ,
    # affermano gli analisti")
    padded_curly = opener == "“" and line[opened + 1 : opened + 2] == " "
    # («… the situation," X said: an angled quotation the paragraph never closes with its own mark is closed by a straight
    # one right after the words' last stop)
    straight_close = opener == "«" and "»" not in line[opened:]
    for index in range(opened + 2, len(line)):
        char = line[index]
        if straight_close and char == '"' and line[index - 1] in ",.!?…" and (index + 1 == len(line) or not line[index + 1].isalnum()):
            return index
        if nests and char == opener and _can_open(line, index) and sum(line.count(c, index) for c in closers if c != opener) >= depth + 2:
            depth += 1  # only when enough closing marks follow to close it and the outer one
            continue
        if char not in closers:
            continue
        after = line[index + 1] if index + 1 < len(line) else " "
        before = line[index - 1]
        if padded and char == '"' and before.isspace() and not after.isalnum():
            return index
        if padded_curly and before.isspace() and line[index + 1 :].lstrip().startswith(","):
            return index
        if before.isspace() and after in "-–—" and not depth:
            return index  # ("… in our country “- stated the President": a mark glued to the dash of its attribution closes)
        if before.isspace():
            if (loose is None and char != "'" and (paired or line[index - 2 : index - 1] in (".", "!", "?", ",", "…"))
                    and (char != '"' or paired)):
                loose = index
            continue
        if char in ("’", "'", '"') and (after.isalnum()) and not (char == '"' and before in ".!?…" and after.isupper()):
            continue  # an apostrophe (Russia’s) or a mark inside a word (not one closing on a stop, the next sentence glued to it)
        if depth:
            depth -= 1
            continue
        return index
    return loose


def mask(line: str, spans: Sequence[QuotedSpan]) -> str:
    """Return ``line`` with quote contents replaced by 'X' (same length), keeping closing punctuation, and a page's
    numbered note markers blanked ("he made an ultimatum [2] that …" reads as "he made an ultimatum that …")."""
    chars = list(line)
    if "[" in line:
        for note in _NOTE_MARKER.finditer(line):
            chars[note.start() : note.end()] = " " * (note.end() - note.start())
    for span in spans:
        content_end = span.end
        while content_end > span.start and line[content_end - 1] in ".,!?…;: ":
            content_end -= 1
        for index in range(span.start, content_end):
            chars[index] = "X"
    return "".join(chars)


#: A numbered note's marker in running text, after a word or a closing mark: "an ultimatum [2] that", "“…” [1]".
_NOTE_MARKER = re.compile(r"(?<=[\w.,;:!?\"”»’)])\s?\[\d{1,3}\](?=[\s.,;:!?]|$)")


_SENTENCE_END = re.compile(
    r"[.!?…]+(?:\\?[\"”’»)])*\s+(?=\\?[\"“‘«„(\[]?[A-Z0-9À-Ý])"  # (a scraper's escaped marks too: .\" \"I …)
    # a scraped page that lost the space after a full stop: "…con Tokayev.Il tema …", "…in Kazakistan.L'ufficio …"
    # (not "News.Az": the next word must be a longer word or an article or pronoun that opens sentences)
    # (after a closing mark too: «… è iniziato».Questa …)
    r"|\.(?<=(?:[a-zà-ù)]{2}|[a-zà-ù][\"”’»])\.)(?=(?:[A-ZÀ-Ý][a-zà-ù]{3,}|(?:Il|Lo|La|Le|I|Gli|In|Un|Una|Si|Nel|Non|Per|Ma|Da|Dal|Al"
    r"|It|He|She|We|The|They|But|On|At|As|His|Her|Its|Our)\b|L['’]\w))"
    # (or with the space before the stop instead of after it: "… con il Tagikistan .Il funzionario …")
    r"|(?<=[a-zà-ù]{2} )\.(?=[A-ZÀ-Ý][a-zà-ù]+\b)"
    # (or before an opening mark glued to it: "… il diplomatico russo."Le persone …")
    r"|(?<=[a-zà-ù]{2}\.)(?=[\"“«][A-ZÀ-Ý])"
    # (or after a quotation's closing mark glued to the next sentence: "… in Syria."The minister added …", the words
    # inside the marks masked)
    r"|(?<=[.!?…][\"”»])(?=[A-ZÀ-Ý][a-zà-ù'’]{2,}\b)"
    # (or after a quotation closed before its stop, the next one opened right after it: … the words “…”.“Next …”)
    r"|(?<=[\"”»]\.)(?=[\"“«][A-ZÀ-Ý])"
    # (and after an acronym: "… by the Russia-led CSTO.Earlier, …", a heading glued to it, "… del CSTO.CSTO avvia …", or
    # an opening mark, "… del CSTO.“Pochi minuti …")
    r"|(?<=[A-ZÀ-Ý]{3})\.(?=[A-ZÀ-Ý][a-zà-ù]{3,}|[A-ZÀ-Ý]{3,}\s+[a-zà-ù]|[\"“«][A-ZÀ-Ý])"
    # (and a heading glued to the sentence after it with no stop at all: "CSTO avvia le consultazioniIl presidente …",
    # "La situazione ad AlmatyAd Almaty, …": a lower-case word run straight into an article or preposition that opens
    # sentences, which no word holds inside it)
    r"|(?<=[a-zà-ù]{3})(?=(?:Il|Lo|La|Le|Gli|Un|Una|Ad|Al|Nel|Nella|Secondo|Dopo|Intanto|The|In)\s)"
    # (or after a colon glued to it: "… del consiglio di sicurezza:Il presidente …"; a colon that announces words has a
    # space after it)
    r"|(?<=[a-zà-ù]{3}:)(?=(?:Il|Lo|La|Le|Gli|Un|Una|The)\s)"
)


#: A state's initials, which may end a sentence, and the words that open the next one after them.
_STATE_INITIALS = frozenset({"u.s", "u.k", "u.n", "u.s.a"})
_OPENS_SENTENCE = re.compile(r"(?:After|The|In|But|However|It|He|She|They|This|That|On|At|As|Meanwhile|Earlier|Later|Since|When|While)\b(?!\.)")
#: Abbreviations that are also words, and abbreviate only when capitalised: "On." (onorevole), "No." (number).
_WORDS_TOO = frozenset({"on", "no"})


def sentences(masked: str, abbreviations: Collection[str]) -> list[tuple[int, int]]:
    """Return (start, end) of each sentence of a masked paragraph; abbreviations and initials do not end one.

    Remembered per paragraph when ``abbreviations`` is a frozenset (the quote words' own): the event stage, its
    calendar pass and the quote stage all split the same paragraphs."""
    if isinstance(abbreviations, frozenset):
        return list(_sentences(masked, abbreviations))
    return _split(masked, abbreviations)


@functools.lru_cache(maxsize=1024)  # about one article's masked paragraphs, for every stage that splits them
def _sentences(masked: str, abbreviations: frozenset[str]) -> tuple[tuple[int, int], ...]:
    return tuple(_split(masked, abbreviations))


def _split(masked: str, abbreviations: Collection[str]) -> list[tuple[int, int]]:
    bounds, start = [], 0
    for match in _SENTENCE_END.finditer(masked):
        words_before = masked[: match.start()].rsplit(None, 1)  # the last word only: a split of the whole was quadratic
        written = words_before[-1] if words_before else ""
        word = written.lower()
        last = re.split(r"[-.]", word.strip("(\"“"))[-1]  # "Col.-Gen." ends with the abbreviation "gen"
        if word.strip("(\"“") in _WORDS_TOO and written.strip("(\"“").islower():
            pass  # "the talks must go on. The …": a word, not the title "On." or the number sign "No."
        elif (word.strip("(\"“") in abbreviations or last in abbreviations or re.fullmatch(r"[a-z]", word)) and not (
                word in _STATE_INITIALS and _OPENS_SENTENCE.match(masked, match.end())):
            continue  # (a state's initials do end one before a word that opens sentences: "… towards the U.S. After the …")
        bounds.append((start, match.end()))
        start = match.end()
    if start < len(masked):
        bounds.append((start, len(masked)))
    return bounds
