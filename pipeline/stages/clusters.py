"""Clusters: disjoint sets with path halving, shared by the quote and event clustering."""

from __future__ import annotations


class Groups:
    """Items 0..n-1, each in its own group until joined."""

    def __init__(self, size: int) -> None:
        self._parent = list(range(size))

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
