"""The core is the bottom layer: it imports only itself, and its modules stay small."""

from __future__ import annotations

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[2] / "app" / "core"


def _imports(path: Path) -> list[str]:
    names = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names += [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


def test_core_imports_only_core():
    outside = {f"{path.relative_to(CORE)}: {name}" for path in CORE.rglob("*.py") for name in _imports(path)
               if (name == "app" or name.startswith("app.")) and not name.startswith("app.core")}
    assert not outside, sorted(outside)


def test_core_modules_stay_under_600_lines():
    long = {str(p.relative_to(CORE)): n for p in CORE.rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 600}
    assert not long, long
