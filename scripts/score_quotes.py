"""Print how the quote extractor scores against the hand-written gold in tests/golden/quotes/.

Usage: python scripts/score_quotes.py [--json]
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden_cases import score_quotes


def main() -> None:
    """Score every gold file and print the measures, then each miss."""
    result = score_quotes()
    if "--json" in sys.argv:
        print(json.dumps(result, indent=2, ensure_ascii=False))
        return
    for key in ("cases", "gold_direct_partial", "gold_indirect", "predicted"):
        print(f"{key:>22}: {result[key]}")
    for key in ("direct_partial_recall", "indirect_recall", "precision", "speaker_accuracy"):
        print(f"{key:>22}: {result[key]:.3f}")
    for problem in result["problems"]:  # type: ignore[attr-defined]
        print(f"  - {problem}")


if __name__ == "__main__":
    main()
