"""Print how the event coder scores against the hand-written gold in tests/golden/events/.

Usage: python scripts/score_events.py [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden_cases import score_events


def main() -> None:
    """Score every gold file and print the measures, then each miss."""
    result = score_events()
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for key in ("cases", "gold_dated_events", "predicted_dated_events"):
        print(f"{key:>24}: {result[key]}")
    for key in ("recall", "precision", "status_accuracy"):
        print(f"{key:>24}: {result[key]:.3f}")
    for problem in result["problems"]:  # type: ignore[attr-defined]
        print(f"  - {problem}")


if __name__ == "__main__":
    main()
