"""Events: code each sentence of an article into PLOVER events with a date, a place, actors and evidence.

The package:

- ``types``: PLOVER's categories, our extensions, and the trigger words of
  ``pipeline/reference/event_words.yaml`` checked and compiled (``EventWords``);
- ``calendar``: the reference calendar that dates reports which omit the year;
- ``extract``: one article's events and its uncoded paragraphs;
- ``clusters``: reports of the same real-world event across articles.
"""

from pipeline.stages.events.calendar import CalendarEntry, calendar_from_data
from pipeline.stages.events.clusters import ClusterFields, cluster_events, event_cluster_name, joined_event_clusters
from pipeline.stages.events.extract import EventRecord, EventTools, UncodedRecord, extract_article_events
from pipeline.stages.events.types import EVENT_TYPES, EventWords, Trigger

__all__ = [
    "EVENT_TYPES", "CalendarEntry", "ClusterFields", "EventRecord", "EventTools", "EventWords", "Trigger", "UncodedRecord",
    "calendar_from_data", "cluster_events", "event_cluster_name", "extract_article_events", "joined_event_clusters",
]
