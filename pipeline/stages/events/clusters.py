"""Event clusters: reports of the same real-world event, across articles, get one ``cluster_id``."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.stages.clusters import Groups, kept_names
from pipeline.stages.events.extract import EventRecord


@dataclass(frozen=True, slots=True)
class ClusterFields:
    """The fields of an event that clustering reads (an ``EventRecord`` has them too)."""

    event_id: str
    article_id: str
    event_type: str
    country: str | None
    event_date: dt.date | None
    date_precision: str
    actors: Sequence[str]  # (a tuple when gathered for the corpus-wide pass: the empty one is shared)


def cluster_events(records: Sequence[EventRecord | ClusterFields], window_days: int = 2) -> list[str]:
    """Return a cluster id per event: same type and country, dates within the window (or, when neither date is
    to the day, the same month), shared actors or none, and two different articles.

    Events are swept in date order, so the cost grows with the number of events, not with the square of the
    events of one type and country in a month (at 100,000 articles the pairwise comparison took minutes)."""
    groups = _clustered(records, window_days)
    roots = [groups.root(index) for index in range(len(records))]
    names = {root: event_cluster_name(event_id) for root, event_id in _least(records, roots).items()}
    return [names[root] for root in roots]


def _clustered(records: Sequence[EventRecord | ClusterFields], window_days: int) -> Groups:
    clusters = Groups(len(records))
    # only events of one type and country can join: compare within those groups, in date order
    groups: dict[tuple[str, str | None], list[int]] = {}
    for i, record in enumerate(records):
        if record.event_date is not None:
            groups.setdefault((record.event_type, record.country), []).append(i)
    days = [0 if record.event_date is None else record.event_date.toordinal() for record in records]
    for members in groups.values():
        dated = sorted(members, key=lambda i: (records[i].event_date, i))
        _sweep(records, days, dated, clusters, window_days)
        coarse = [i for i in dated if records[i].date_precision != "day"]
        months: dict[tuple[int, int], list[int]] = {}
        for i in coarse:
            day = records[i].event_date
            assert day is not None
            months.setdefault((day.year, day.month), []).append(i)
        for month in months.values():  # two dates neither of which is to the day join within their month
            _sweep(records, days, month, clusters, None)
    return clusters


def joined_event_clusters(
    records: Sequence[EventRecord | ClusterFields], window_days: int = 2, previous: Sequence[str | None] = ()
) -> dict[int, str]:
    """The cluster id of each event (by position) whose cluster is named by another member's id; every other
    event's cluster is ``event_cluster_name(its own id)``. This is all a corpus-wide pass keeps in memory.
    ``previous``: each event's cluster in the parent version, which a refresh keeps (``kept_names``)."""
    groups = _clustered(records, window_days)
    roots = [groups.root(index) for index in range(len(records))]
    return kept_names(roots, lambda i: event_cluster_name(records[i].event_id), lambda i: records[i].event_id, previous)


def event_cluster_name(event_id: str) -> str:
    """The id of the cluster whose least member id is ``event_id`` (an event alone is named by its own id)."""
    return "e" + hashlib.sha256(event_id.encode("utf-8")).hexdigest()[:15]


def _least(records: Sequence[EventRecord | ClusterFields], roots: list[int]) -> dict[int, str]:
    """Each cluster's least member id, by root: a cluster is named by it, so its id depends on its members,
    not on the order they were joined."""
    least: dict[int, str] = {}
    for index, root in enumerate(roots):
        known = least.get(root)
        if known is None or records[index].event_id < known:
            least[root] = records[index].event_id
    return least


#: Where an event's earlier neighbours are kept: by each of its actors, and those with no actors.
_NO_ACTORS = ""
_ANY = None


def _sweep(records: Sequence[EventRecord | ClusterFields], days: Sequence[int], dated: list[int], clusters: Groups,
           window: int | None) -> None:
    """Join each event (in date order) to the earlier ones still in its window (``window`` days, by the
    ``days``' ordinals; None: no limit) that it shares an actor with (or either has none) in another article.

    An event joins every such neighbour in the pairwise definition; here it meets them through small lists of
    recent neighbours: by each actor, those with no actors, and (for an event with no actors) all. A list
    keeps, per cluster, its two latest members of two different articles: a later event close to an older
    member is closer still to these, shares the list's actor with them, and differs in article from one, so it
    joins that cluster all the same."""
    recent: dict[str | None, list[int]] = {}
    for i in dated:
        record = records[i]
        earliest = None if window is None else days[i] - window
        keys: list[str | None] = [*dict.fromkeys(record.actors), _NO_ACTORS] if record.actors else [_ANY]
        for key in keys:
            for j in _current(days, recent.get(key, []), earliest):
                if records[j].article_id != record.article_id:
                    clusters.join(j, i)
        for key in {*(record.actors or [_NO_ACTORS]), _ANY}:
            recent[key] = _kept(records, [*_current(days, recent.get(key, []), earliest), i], clusters)


def _current(days: Sequence[int], members: list[int], earliest: int | None) -> list[int]:
    return members if earliest is None else [j for j in members if days[j] >= earliest]


def _kept(records: Sequence[EventRecord | ClusterFields], members: list[int], clusters: Groups) -> list[int]:
    """Per cluster, the two latest members from two different articles (``members`` are in date order)."""
    if len(members) < 2:
        return members  # (the event alone: most lists, most of the time)
    kept: dict[int, list[int]] = {}
    for j in reversed(members):
        chosen = kept.setdefault(clusters.root(j), [])
        if not chosen or (len(chosen) == 1 and records[chosen[0]].article_id != records[j].article_id):
            chosen.append(j)
    return sorted(j for chosen in kept.values() for j in chosen)
