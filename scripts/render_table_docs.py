"""Write docs/tables.md from the Pandera models, so column docs are never written by hand twice.

Usage: python scripts/render_table_docs.py  (the test suite fails when the committed file is stale)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from schemas import SCHEMA_VERSION, TABLES, column_docs

TARGET = Path(__file__).resolve().parents[1] / "docs" / "tables.md"


def render() -> str:
    """Return the Markdown of every table's columns."""
    out = [
        "# Tables",
        "",
        f"Generated from the Pandera models in `schemas/` (schema version {SCHEMA_VERSION}) by",
        "`scripts/render_table_docs.py`. Do not edit by hand.",
        "",
    ]
    for name, model in TABLES.items():
        out += [f"## `{name}`", "", (model.__doc__ or "").strip(), "", "| column | type | null | meaning | allowed |"]
        out += ["|---|---|---|---|---|"]
        for doc in column_docs(model):
            allowed = ", ".join(f"`{v}`" for v in doc.allowed)
            out.append(f"| `{doc.name}` | {doc.type} | {'yes' if doc.nullable else 'no'} | {doc.description} | {allowed} |")
        out.append("")
    return "\n".join(out)


if __name__ == "__main__":
    TARGET.write_text(render(), encoding="utf-8")
    print(f"wrote {TARGET}")
