"""Clean: drop duplicated lines and boilerplate from a document, recording every removed line.

Each non-blank line is kept, or removed with a reason into the ledger, so the kept lines plus the ledger
reproduce the raw text. Duplicates are found after whitespace/case normalisation and the first copy is
kept. An attribution line (``belsat.eu, following kremlin.ru``) is removed from the body and kept as the
article's ``source_line``.
"""

from __future__ import annotations

from pipeline.stages.boilerplate import LINKED_TITLE, PROMO_LABEL, RULES, SOURCE_LINE, TIMESTAMP
from pipeline.stages.records import CleanArticle, RawDocument, RemovedLine
from schemas import normalise_line

_PROMO_REASONS = frozenset({"related_promo", "read_also"})


def classify_line(line: str, previous_reason: str | None, previous_line: str = "") -> str | None:
    """Return the boilerplate reason for one stripped line, or None when it is body text; ``previous_line`` is
    the line before, so the headline under a bare "Leggi anche" goes with it."""
    if previous_reason in _PROMO_REASONS and TIMESTAMP.matches(line):
        return TIMESTAMP.reason
    for rule in RULES:
        if rule.matches(line):
            return rule.reason
    if previous_reason == PROMO_LABEL.reason and PROMO_LABEL.matches(previous_line) and LINKED_TITLE.matches(line):
        return PROMO_LABEL.reason
    if SOURCE_LINE.matches(line):
        return SOURCE_LINE.reason
    return None


def clean_document(document: RawDocument) -> CleanArticle:
    """Split a document into kept lines and removed lines, keeping the first copy of each duplicate."""
    kept: list[str] = []
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
        if reason is None and normalise_line(line) in seen:
            reason = "duplicate_line"
        if reason is None:
            kept.append(line)
            seen.add(normalise_line(line))
        else:
            removed.append(RemovedLine(line_no, raw_line, reason))
            if reason == SOURCE_LINE.reason and source_line is None:
                source_line = line
        previous_reason, previous_line = reason, line
    return CleanArticle(document, tuple(kept), tuple(removed), n_lines_raw, source_line)


def clean_text(text: str) -> str:
    """Return the cleaned body of a bare text: a convenience for tests and notebooks."""
    document = RawDocument("<text>", "0" * 64, len(text.encode()), "utf-8", text)
    return "\n".join(clean_document(document).lines)
