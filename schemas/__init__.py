"""Pandera models of every table in the dataset: the one place a column is named, typed and described.

Import a model to validate a frame (``Articles.validate(df, lazy=True)``), to spell a column
(``Articles.article_id``), or to get the Arrow schema the store writes (``arrow_schema(Articles)``).
"""

from schemas._base import SCHEMA_VERSION, ColumnDoc, arrow_schema, column_docs, column_names, normalise_line
from schemas.articles import Articles
from schemas.changes import Changes
from schemas.events import Events
from schemas.quotes import Quotes
from schemas.rejects import Rejects
from schemas.removed_lines import RemovedLines
from schemas.segments import Segments
from schemas.uncoded import Uncoded

#: Every table a version holds, by name, in the order the dataset card lists them.
TABLES = {
    "articles": Articles,
    "segments": Segments,
    "removed_lines": RemovedLines,
    "rejects": Rejects,
    "quotes": Quotes,
    "events": Events,
    "uncoded": Uncoded,
    "changes": Changes,
}

#: The key of a record in each table: what the change log and ``pipeline diff`` compare by.
RECORD_KEYS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id",),
    "segments": ("article_id", "segment_no"),
    "removed_lines": ("article_id", "line_no"),
    "rejects": ("source_file", "record"),
    "quotes": ("quote_id",),
    "events": ("event_id",),
    "uncoded": ("article_id", "segment_no"),
}

__all__ = [
    "RECORD_KEYS",
    "SCHEMA_VERSION",
    "TABLES",
    "Articles",
    "Changes",
    "ColumnDoc",
    "Events",
    "Quotes",
    "Rejects",
    "RemovedLines",
    "Segments",
    "Uncoded",
    "arrow_schema",
    "column_docs",
    "column_names",
    "normalise_line",
]
