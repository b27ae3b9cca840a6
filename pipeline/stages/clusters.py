"""Clusters: disjoint sets with path halving, and the naming of clusters, shared by the quote and event clustering."""

from __future__ import annotations

import array
from collections import Counter
from collections.abc import Callable, Sequence


class Groups:
    """Items 0..n-1, each in its own group until joined."""

    def __init__(self, size: int) -> None:
        self._parent = array.array("q", range(size))  # (8 bytes an item; a list of ints takes about 36)

    def root(self, item: int) -> int:
        """The item that stands for ``item``'s group."""
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def join(self, keep: int, other: int) -> None:
        """Put ``other``'s group into ``keep``'s; ``keep``'s root stays the root."""
        self._parent[self.root(other)] = self.root(keep)


def kept_names(
    roots: Sequence[int], own: Callable[[int], str], least: Callable[[int], str], previous: Sequence[str | None]
) -> dict[int, str]:
    """Each member's cluster name where it is not the member's ``own`` name, for clusters of two or more.

    With no ``previous`` names (a first build) a cluster is named by its ``least`` member. On a refresh
    ``previous`` gives each item the cluster it had in the parent version (None: alone there, or new): a cluster
    keeps the name most of its members had, so a new quote or event that joins a cluster, even one whose own
    name would sort first, leaves its members' ids (and their parts) as they were; only merged clusters rename
    the smaller side. Ties go to the least name, so the result does not depend on the order of the items.
    """
    size = Counter(roots)
    members: dict[int, list[int]] = {}
    for index, root in enumerate(roots):
        if size[root] > 1:
            members.setdefault(root, []).append(index)
    names: dict[int, str] = {}
    for group in members.values():
        if previous:
            votes = Counter(previous[i] or own(i) for i in group)
            name = min(votes, key=lambda n: (-votes[n], n))
        else:
            name = own(min(group, key=least))
        for index in group:
            if own(index) != name:
                names[index] = name
    return names
