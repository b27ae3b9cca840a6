"""Quotes: find the quotations and reported statements of an article and attribute each to a speaker.

The package, in reading order:

- ``spans``: quotation marks, masking and sentence splitting;
- ``cues``: the reporting words of ``pipeline/reference/quote_words.yaml`` (``QuoteWords``) and finding them;
- ``paragraph``: classifying each quotation and attributing it (and indirect quotes) within one paragraph;
- ``article``: both languages of an article, paired, as ``quotes`` rows, and clustering repeats across articles.
"""

from pipeline.stages.quotes.article import (
    NEAR_WORDS,
    QuoteRecord,
    article_day,
    bucketed_quote_clusters,
    cluster_quotes,
    extract_article_quotes,
    joined_quote_clusters,
    key_digest,
    near_quote_joins,
    normalise_quote,
    quote_cluster_name,
    read_paragraphs,
)
from pipeline.stages.quotes.cues import Cue, QuoteWords, find_cues, speaks
from pipeline.stages.quotes.paragraph import FoundQuote, extract_paragraph
from pipeline.stages.quotes.spans import QuotedSpan, dash_dialogue, mask, quoted_spans, sentences

__all__ = [
    "NEAR_WORDS",
    "Cue",
    "FoundQuote",
    "QuoteRecord",
    "QuoteWords",
    "QuotedSpan",
    "article_day",
    "bucketed_quote_clusters",
    "cluster_quotes",
    "dash_dialogue",
    "extract_article_quotes",
    "extract_paragraph",
    "find_cues",
    "joined_quote_clusters",
    "key_digest",
    "mask",
    "near_quote_joins",
    "normalise_quote",
    "quote_cluster_name",
    "quoted_spans",
    "read_paragraphs",
    "sentences",
    "speaks",
]
