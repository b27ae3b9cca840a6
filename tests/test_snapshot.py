"""The extraction snapshot a tuning round is checked with: it records what the extractors code and finds changes."""

from __future__ import annotations

import json
from pathlib import Path

from scripts.extraction_snapshot import diff, write

GOLDEN = Path(__file__).parent / "golden" / "articles"


def test_a_snapshot_equals_itself_and_shows_a_changed_event(tmp_path: Path) -> None:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    write(before, [GOLDEN])
    data = json.loads(before.read_text(encoding="utf-8"))
    events = data[f"{GOLDEN}|events"]
    assert events and all(row["event_type"] for row in events)
    assert diff(before, before) == 0
    events[0]["event_date"] = "1999-01-01 00:00:00"  # what a regression in dating would look like
    after.write_text(json.dumps(data), encoding="utf-8")
    assert diff(before, after) == 2  # the old row gone, the new one added
