"""Clean: drop duplicated lines and boilerplate from a document, recording every removed line.

Each non-blank line is kept, or removed with a reason into the ledger, so the kept lines (joined into
paragraphs where a sentence was wrapped, below) plus the ledger reproduce the raw text. Duplicates are found
after whitespace/case normalisation and the first copy is kept. An attribution line (``belsat.eu, following
kremlin.ru``) is removed from the body and kept as the article's ``source_line``.

A page hard-wrapped inside its sentences (an aggregator's copy of a wire at 70 columns) is put back into
paragraphs: a kept line that does not end like a paragraph joins the next when the next opens in lower case, or,
on a page whose lines mostly break mid-sentence at about one width, when it runs to that width. The line after the
first joins it only on such a page and when the first holds the end of a sentence (a dateline and a lead's first
words): a first line may be the headline. A paragraph that only its joining makes a repeat is removed whole, and so is
a run of other stories' headlines after the story's last paragraph with no label above them (``related_promo``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.stages.boilerplate import LINKED_TITLE, PROMO_LABEL, RULES, SOURCE_LINE, TIMESTAMP, fold_case
from pipeline.stages.records import CleanArticle, RawDocument, RemovedLine
from schemas import normalise_line

_PROMO_REASONS = frozenset({"related_promo", "read_also"})
#: A line of bulleted items: "• A headline • Another headline".
_BULLETED = re.compile(r"[•·▪◦]\s")

#: How a line ends a paragraph: sentence punctuation or a closing mark, last.
_ENDS_PARAGRAPH = re.compile(r"[.!?…:;\"”»’]$")
#: A line that goes on a sentence: it opens on a lower-case letter.
_GOES_ON = re.compile(r"[a-zà-ÿ]")
#: A line that is an item of a list, a link or a path: never part of a wrapped sentence.
#: (not an outlet's tag in slashes that opens a sentence: "/Agency.Net/ The ministers adopted")
_ITEM = re.compile(r"[-–—•*·>]\s|/(?![\w.-]+/\s)|https?:|www\.", re.IGNORECASE)
#: A first line that holds the end of a sentence is prose, not a headline: "MINSK, 3 May. The first" (a
#: dateline and the lead's first words, wrapped).
_PROSE = re.compile(r"\w[.!?]\s+[A-Z]")
#: A headline's first character: a capital or a digit.
_HEADLINE = re.compile(r"[A-Z0-9À-Ý]")
#: The fewest unlabelled headlines at a body's end that make a list of other stories.
_TAIL_HEADLINES = 3
#: A page is hard-wrapped when this many lines, and this share of its lines, break mid-sentence at a width
#: between these bounds; a line then joins the next when it runs to this share of the widest of them.
_WRAPPED_LINES, _WRAPPED_SHARE, _WRAP_WIDTHS, _WRAP_FULL = 3, 0.3, (40, 100), 0.75


def _title_case(line: str) -> bool:
    """True when a line is set as a headline: three words or more, most of them capitalised ("CSTO Rejects Reports of
    Troops in Ukraine"), where a story's sentence capitalises few."""
    words = [w for w in line.split() if w[:1].isalpha()]
    return len(words) >= _TITLE_WORDS and sum(w[0].isupper() for w in words) >= _TITLE_SHARE * len(words)


#: The end of a teaser a list of stories cuts off: "…", "...".
_TEASER_CUT = re.compile(r"(?:\.\.\.|…)$")
#: The fewest words, and the share of them capitalised, of a line set as a headline.
_TITLE_WORDS, _TITLE_SHARE = 3, 0.6


def classify_line(line: str, previous_reason: str | None, previous_line: str = "") -> str | None:
    """Return the boilerplate reason for one stripped line, or None when it is body text; ``previous_line`` is
    the line before, so the headline under a bare "Leggi anche" goes with it."""
    if previous_reason in _PROMO_REASONS and TIMESTAMP.matches(line):
        return TIMESTAMP.reason
    folded = fold_case(line)
    for rule in RULES:
        if rule.matches(line, folded):
            return rule.reason
    if previous_reason == PROMO_LABEL.reason and PROMO_LABEL.matches(previous_line) and (LINKED_TITLE.matches(line) or _BULLETED.match(line)):
        return PROMO_LABEL.reason  # (the titles under "Read also:", one linked title or a run of bulleted ones)
    if previous_reason == PROMO_LABEL.reason and _BULLETED.match(previous_line) and _BULLETED.match(line):
        return PROMO_LABEL.reason  # (and the rest of that run: "• Premier visits Hungary", "• From drought to floods")
    if previous_reason in _PROMO_REASONS and LINKED_TITLE.matches(line) and _title_case(line):
        return PROMO_LABEL.reason  # (and a run of headlines under "Related News", each in title case)
    if previous_reason == PROMO_LABEL.reason and _TEASER_CUT.search(line) and not PROMO_LABEL.matches(previous_line):
        return PROMO_LABEL.reason  # (and the teaser cut off under a listed headline: "China has accused the …")
    if SOURCE_LINE.matches(line):
        return SOURCE_LINE.reason
    return None


def clean_document(document: RawDocument) -> CleanArticle:
    """Split a document into kept lines and removed lines, keeping the first copy of each duplicate."""
    kept: list[tuple[int, str]] = []
    removed: list[RemovedLine] = []
    seen: set[str] = set()
    source_line: str | None = None
    previous_reason: str | None = None
    previous_line = ""
    n_lines_raw = 0
    for line_no, raw_line in enumerate(document.text.split("\n"), start=1):
        line = raw_line.strip()
        if not line:
            continue
        n_lines_raw += 1
        reason = classify_line(line, previous_reason, previous_line)
        key = normalise_line(line) if reason is None else ""
        if reason is None and key in seen:
            reason = "duplicate_line"
        if reason is None:
            kept.append((line_no, line))
            seen.add(key)
        else:
            removed.append(RemovedLine(line_no, raw_line, reason))
            if reason == SOURCE_LINE.reason and source_line is None:
                source_line = line
        previous_reason, previous_line = reason, line
    paragraphs: list[str] = []
    told: set[str] = set()
    raw_lines = document.text.split("\n")
    # (read line by line, before a page's wrapped lines are joined, and again after: either run is other stories')
    tail = _headline_tail([line for _, line in kept])
    if tail:
        removed.extend(RemovedLine(line_no, raw_lines[line_no - 1], "related_promo") for line_no, _ in kept[-tail:])
        kept = kept[:-tail]
    groups = join_wrapped([line for _, line in kept])
    tail = _headline_tail([" ".join(kept[i][1] for i in group) for group in groups])
    if tail:  # (other stories' headlines at the end, with no label above them)
        removed.extend(RemovedLine(kept[i][0], raw_lines[kept[i][0] - 1], "related_promo") for group in groups[-tail:] for i in group)
        groups = groups[:-tail]
    for group in groups:
        paragraph = " ".join(kept[i][1] for i in group)
        key = normalise_line(paragraph)
        if key in told:  # (lines are unique by now, but a paragraph joining made may repeat)
            removed.extend(RemovedLine(kept[i][0], raw_lines[kept[i][0] - 1], "duplicate_line") for i in group)
            continue
        paragraphs.append(paragraph)
        told.add(key)
    removed.sort(key=lambda r: r.line_no)
    return CleanArticle(document, tuple(paragraphs), tuple(removed), n_lines_raw, source_line)


def _headline_tail(lines: Sequence[str]) -> int:
    """How many paragraphs at the end of the body are a site's list of other stories' headlines with no label above
    it: a run of at least ``_TAIL_HEADLINES`` short lines, each opening in capitals and ending with no full stop, after
    a paragraph that ends like one ("… and Central Asian group." then "How a resident of X became …", "Tajikistan shuts
    down …"). A hard-wrapped paragraph's lines go on in lower case, so its last lines are never such a run."""
    count = 0
    for line in reversed(lines):
        if not (_HEADLINE.match(line) and LINKED_TITLE.matches(line) and not _ITEM.match(line)):
            break
        count += 1
    if count < _TAIL_HEADLINES or count == len(lines) or not _ENDS_PARAGRAPH.search(lines[-count - 1]):
        return 0
    return count


def join_wrapped(lines: Sequence[str]) -> list[list[int]]:
    """Group the indices of kept lines into paragraphs, joining the lines of a hard-wrapped sentence."""
    low, high = _WRAP_WIDTHS
    broken = [low <= len(line) <= high and not _ENDS_PARAGRAPH.search(line) and not _ITEM.match(line) for line in lines]
    widths = [len(line) for line, cut in zip(lines[1:], broken[1:], strict=True) if cut]
    # (and lines that break one after another: a wrapped paragraph, not headings or captions scattered about)
    runs = sum(a and b for a, b in pairwise(broken[1:]))
    wrapped = len(widths) >= _WRAPPED_LINES and len(widths) >= _WRAPPED_SHARE * len(lines) and runs >= _WRAPPED_LINES - 1
    full = _WRAP_FULL * max(widths, default=0)
    groups: list[list[int]] = []
    for index, line in enumerate(lines):
        before = lines[index - 1] if index else ""
        opens = index > 1 or (index == 1 and wrapped and _PROSE.search(before) is not None)
        if opens and not _ENDS_PARAGRAPH.search(before) and not _ITEM.match(before) and not _ITEM.match(line) and (
            _GOES_ON.match(line) or (wrapped and len(before) >= full)
        ):
            groups[-1].append(index)
        else:
            groups.append([index])
    return groups


def clean_text(text: str) -> str:
    """Return the cleaned body of a bare text: a convenience for tests and notebooks."""
    document = RawDocument("<text>", "0" * 64, len(text.encode()), "utf-8", text)
    return "\n".join(clean_document(document).lines)
