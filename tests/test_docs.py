"""The generated table docs match the schemas."""

from __future__ import annotations

from scripts.render_table_docs import TARGET, render


def test_table_docs_are_current() -> None:
    assert TARGET.read_text(encoding="utf-8") == render(), "run python scripts/render_table_docs.py"
