"""A writer the crash test kills: it writes versions (and translation-cache entries) in a loop, under the lock.

Usage: python tests/crash_writer.py DATASET_ROOT SOURCE_ROOT
SOURCE_ROOT holds a finished version whose tables are rewritten with one more reject row each time, so every
iteration writes a real new version through the same ``store.write_version`` the flow uses.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pandas as pd

from pipeline.io import store
from pipeline.io.cache import TranslationCache


def main() -> None:
    """Write versions until killed."""
    root, source = Path(sys.argv[1]), Path(sys.argv[2])
    tables = {name: store.load_table(name, root=source) for name in store.DATA_TABLES}
    cache = TranslationCache(root / "_cache" / "translations.sqlite")
    counter = len(store.list_versions(root))
    print("ready", flush=True)  # set up: from here on the writer only writes
    while True:
        counter += 1
        extra = pd.DataFrame(
            [{"source_file": f"crash-{counter}.txt", "record": None, "raw_sha256": None, "reason": "empty", "detail": "crash test row"}]
        )
        tables["rejects"] = pd.concat([tables["rejects"], extra], ignore_index=True)
        held = store.acquire(root, timeout=30)
        try:
            print(f"begin {counter}", flush=True)
            store.write_version(root, tables, {"crash_test": counter})
            cache.put_many("google", "it", "en", [(f"segment {counter} {i}", f"translation {counter} {i}") for i in range(50)])
            print(f"end {counter}", flush=True)
        finally:
            held.release()


if __name__ == "__main__":
    main()
