"""Rewrite the expected golden files from the current code; review the diff before committing it.

Usage: python scripts/regenerate_golden.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.golden_cases import EXPECTED_CLEAN, INPUTS, case_name, clean_record


def main() -> None:
    """Write one expected JSON per golden input."""
    EXPECTED_CLEAN.mkdir(parents=True, exist_ok=True)
    for path in INPUTS:
        target = EXPECTED_CLEAN / f"{case_name(path)}.json"
        target.write_text(json.dumps(clean_record(path), indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        print(f"wrote {target.relative_to(Path.cwd()) if target.is_relative_to(Path.cwd()) else target}")


if __name__ == "__main__":
    main()
