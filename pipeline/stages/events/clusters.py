"""Event clusters: reports of the same real-world event, across articles, get one ``cluster_id``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stages.clusters import Groups
from pipeline.stages.events.extract import EventRecord


@dataclass(frozen=True)
class ClusterFields:
    """The fields of an event that clustering reads (an ``EventRecord`` has them too)."""

    event_id: str
    article_id: str
    event_type: str
    country: str | None
    event_date: dt.date | None
    date_precision: str
    actors: list[str]


def cluster_events(records: Sequence[EventRecord | ClusterFields], window_days: int = 2) -> list[str]:
    """Return a cluster id per event: same type and country, dates within the window, shared actors or none."""
    clusters = Groups(len(records))
    # only events of one type and country can join: compare within those groups, in date order
    groups: dict[tuple[str, str | None], list[int]] = {}
    for i, record in enumerate(records):
        if record.event_date is not None:
            groups.setdefault((record.event_type, record.country), []).append(i)
    for members in groups.values():
        _join_close(records, sorted(members, key=lambda i: records[i].event_date), clusters, window_days)  # type: ignore[arg-type, return-value]
    # named by the least member id: the id depends on the cluster's members, not on the order they were joined
    least: dict[int, str] = {}
    for index, record in enumerate(records):
        root = clusters.root(index)
        least[root] = min(least.get(root, record.event_id), record.event_id)
    names = {root: "e" + hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15] for root, event_id in least.items()}
    return [names[clusters.root(index)] for index in range(len(records))]


def _join_close(records: Sequence[EventRecord | ClusterFields], dated: list[int], clusters: Groups, window_days: int) -> None:
    """Join the events of one type and country (in date order) that report the same happening."""
    for position, i in enumerate(dated):
        a = records[i]
        for j in dated[position + 1 :]:
            b = records[j]
            assert a.event_date is not None and b.event_date is not None
            if (b.event_date - a.event_date).days > 31:
                break
            if a.article_id == b.article_id:
                continue
            coarse = "day" not in (a.date_precision, b.date_precision)
            close = (b.event_date - a.event_date).days <= window_days or (coarse and a.event_date.month == b.event_date.month)
            shared = not a.actors or not b.actors or bool(set(a.actors) & set(b.actors))
            if close and shared:
                clusters.join(i, j)
