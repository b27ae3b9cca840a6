"""Bytes a file that the driver's file results take: unpickle every stored summary of a result cache under tracemalloc.

The driver keeps one file result per file of the corpus (its documents, articles and line digests, no rows); a
refresh loads them from the result cache's summaries. This measures what they take once unpickled, the first
summary read apart so that the modules it imports are not counted, and breaks it down by kind of object.

    python -m pipeline run --corpus /tmp/corpus-3k --out /tmp/out-3k
    python -m bench.file_results /tmp/out-3k/_cache/results.sqlite
"""

from __future__ import annotations

import gc
import pickle
import sqlite3
import sys
import tracemalloc
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _sizes(roots: list[Any]) -> Counter[str]:
    """``sys.getsizeof`` summed by type over every object reachable from ``roots`` through fields and containers."""
    kinds: Counter[str] = Counter()
    seen: set[int] = set()
    stack = list(roots)
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        kinds[type(obj).__name__] += sys.getsizeof(obj)
        slots = getattr(type(obj), "__slots__", None)
        if slots is not None and not isinstance(obj, (str, bytes)):
            stack.extend(getattr(obj, name) for name in slots if hasattr(obj, name))
        elif hasattr(obj, "__dict__"):
            kinds[f"__dict__ of {type(obj).__name__}"] += sys.getsizeof(obj.__dict__)
            stack.extend(vars(obj).values())
        elif isinstance(obj, (list, tuple, set, frozenset)):
            stack.extend(obj)
        elif isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
    return kinds


def main() -> None:
    """Print the bytes a file the summaries in ``argv[1]`` take, and the largest kinds of object."""
    with sqlite3.connect(sys.argv[1]) as db:
        payloads = [row[0] for row in db.execute("SELECT payload FROM summaries")]
    if not payloads:
        sys.exit("no stored summaries in that cache")
    pickle.loads(payloads[0])  # (imports the modules the pickles name, outside the measurement)
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.take_snapshot()
    summaries = [pickle.loads(payload) for payload in payloads]
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    files = sum(len(summary.files) for summary in summaries)
    total = sum(stat.size_diff for stat in after.compare_to(before, "filename"))
    print(f"{files:,} files: {total / files:,.0f} bytes a file (tracemalloc)")
    for kind, size in _sizes([f for summary in summaries for f in summary.files]).most_common(12):
        print(f"  {kind:<36} {size / files:7,.0f} bytes a file")


if __name__ == "__main__":
    main()
