"""The result cache's keys: what a file's cached result depends on."""

from __future__ import annotations

from pathlib import Path

import pipeline
from pipeline.io import results


def test_the_code_fingerprint_covers_the_stage_packages() -> None:
    # a change to the quote or event extractors (subpackages of stages/) must invalidate cached results
    package = Path(pipeline.__file__).resolve().parent
    sources = set(results.fingerprinted_sources())
    assert package / "stages" / "quotes" / "paragraph.py" in sources
    assert package / "stages" / "events" / "extract.py" in sources
    assert package / "stages" / "parts.py" in sources
    assert package.parent / "schemas" / "quotes.py" in sources
