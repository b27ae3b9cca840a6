"""No module of the package binds a top-level name twice: the later binding silently replaces the earlier one for
every use in the module, so a pattern written for one function is read by another."""

from __future__ import annotations

import ast
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _bound_twice(path: Path) -> list[str]:
    names: Counter[str] = Counter()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_no_module_binds_a_top_level_name_twice() -> None:
    found = {str(p.relative_to(ROOT)): twice for folder in ("pipeline", "schemas") for p in sorted((ROOT / folder).rglob("*.py"))
             if (twice := _bound_twice(p))}
    assert found == {}
