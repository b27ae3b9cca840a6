"""Controlled vocabularies shared by the table models: the allowed values of coded columns."""

from __future__ import annotations

from functools import cache

import pycountry

PRECISIONS = ("day", "month", "year", "unknown")
PUBLISHED_SOURCES = ("sidecar", "jsonl", "html", "dateline", "unknown")
TRANSLATION_STATUSES = ("original", "complete", "pending")
SEGMENT_STATUSES = ("original", "memory", "cache", "provider", "pending")
REMOVAL_REASONS = (
    "duplicate_line",
    "separator",
    "related_promo",
    "promo_timestamp",
    "comment_prompt",
    "read_also",
    "copyright",
    "photo_caption",
    "share_prompt",
    "source_line",
    "credits",
    "site_furniture",
    "dateline",
)
REJECT_REASONS = (
    "empty",
    "binary",
    "undecodable",
    "too_large",
    "unreadable",
    "outside_corpus",
    "unsupported_type",
    "malformed_json_line",
    "missing_text_field",
    "duplicate_content",
    "only_boilerplate",
    "not_news",
    "validation_failed",
)


@cache
def iso639_1_codes() -> frozenset[str]:
    """Return every ISO 639-1 two-letter language code known to pycountry."""
    return frozenset(lang.alpha_2 for lang in pycountry.languages if hasattr(lang, "alpha_2"))


QUOTE_KINDS = ("direct", "partial", "scare", "indirect")
SPEAKER_TYPES = ("person", "organisation", "media", "country", "anonymous", "document", "unknown")
EXTRACTED_FROM = ("en", "original", "both")
EVENT_PRECISIONS = ("day", "week", "month", "year", "unknown")
GEO_PRECISIONS = ("city", "region", "country", "virtual", "unknown")
EVENT_STATUSES = ("happened", "planned", "hypothetical", "negated")
DATE_SOURCES = ("text", "dateline", "published", "calendar", "statement", "article_context", "caption", "calendar_year", "inferred_year", "none")
ACTOR_ROLES = ("source", "target", "participant")
UNCODED_REASONS = ("headline", "no_event_trigger", "quotation_only")
