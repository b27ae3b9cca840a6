"""Snapshots of what the extractors code, to compare two versions of the code field by field.

A tuning round must not change what it was not meant to change. Run the snapshot from each version's checkout
(a ``git worktree`` of the old commit, say) over the same folders, then diff the two files:

    python scripts/extraction_snapshot.py write /tmp/old.json corpus tests/golden/articles /tmp/synthetic
    python scripts/extraction_snapshot.py write /tmp/new.json corpus tests/golden/articles /tmp/synthetic
    python scripts/extraction_snapshot.py diff /tmp/old.json /tmp/new.json

``write`` runs the flow's own task functions on each folder (offline translation, no Prefect) and keeps, for every
quote and event, the fields a reader would notice (file, kind, speaker, words; type, date, precision, place,
status, evidence). ``diff`` prints, per folder and table, the rows only one side has. A synthetic corpus for it:
``python -c "from bench.generate import generate; from pathlib import Path; generate(3000, Path('/tmp/synthetic'))"``.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from scripts.score_real import coded_frames

QUOTE_FIELDS = ("_source_file", "kind", "speaker", "speaker_id", "text_original", "text_en")
EVENT_FIELDS = ("_source_file", "event_type", "event_date", "date_precision", "date_source", "country", "place",
                "status", "trigger", "evidence_original")


def snapshot(folder: Path) -> dict[str, list[dict[str, str]]]:
    """The quotes and events the extractors code in one folder of raw files, as rows of strings."""
    frames = coded_frames(folder)
    rows: dict[str, list[dict[str, str]]] = {}
    for table, fields in (("quotes", QUOTE_FIELDS), ("events", EVENT_FIELDS)):
        frame = frames[table]
        kept = [name for name in fields if name in frame.columns]
        records = frame[kept].astype(object).where(frame[kept].notna(), None).to_dict("records")
        rows[table] = [{str(name): str(value) for name, value in record.items()} for record in records]
    return rows


def write(out: Path, folders: list[Path]) -> None:
    """Snapshot every folder into one JSON file."""
    data = {f"{folder}|{table}": rows for folder in folders for table, rows in snapshot(folder).items()}
    out.write_text(json.dumps(data, sort_keys=True), encoding="utf-8")
    print(", ".join(f"{key}: {len(rows)}" for key, rows in data.items()))


def diff(before: Path, after: Path, shown: int = 8) -> int:
    """Print the rows only one snapshot has, per folder and table; return how many differ."""
    old: dict[str, Any] = json.loads(before.read_text(encoding="utf-8"))
    new: dict[str, Any] = json.loads(after.read_text(encoding="utf-8"))
    changed = 0
    for part in sorted(set(old) | set(new)):
        counts = [Counter(json.dumps(row, sort_keys=True) for row in side.get(part, [])) for side in (old, new)]
        gone, added = counts[0] - counts[1], counts[1] - counts[0]
        print(f"{part}: -{sum(gone.values())} +{sum(added.values())}")
        for mark, rows in (("-", gone), ("+", added)):
            for row in list(rows)[:shown]:
                print(f"  {mark} {row[:300]}")
        changed += sum(gone.values()) + sum(added.values())
    return changed


def main() -> None:
    if len(sys.argv) >= 4 and sys.argv[1] == "write":
        write(Path(sys.argv[2]), [Path(p) for p in sys.argv[3:]])
    elif len(sys.argv) == 4 and sys.argv[1] == "diff":
        sys.exit(1 if diff(Path(sys.argv[2]), Path(sys.argv[3])) else 0)
    else:
        sys.exit("usage: python scripts/extraction_snapshot.py write OUT.json FOLDER... | diff BEFORE.json AFTER.json")


if __name__ == "__main__":
    main()
