"""The layered design holds: imports point down only, Qt stays in the UI and certificates,
SQLite behind storage, modules stay small, and every module has its tests at the mirrored path."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "app"
MAX_LINES = 600

# Which top-level parts of app/ each part may import (itself always). Arrows point down:
# ui → services → packs, storage, reports, certs → core.
ALLOWED = {
    "core": set(),
    "packs": {"core"},
    "storage": {"core"},
    "certs": {"core", "packs"},  # re-grading a certificate looks up the pack it names
    "reports": {"core", "storage", "certs"},
    "services": {"core", "packs", "storage", "reports", "certs"},
    "cli": {"core", "services", "packs", "storage", "reports", "certs"},
    "ui": {"core", "services", "storage", "packs", "certs", "reports"},
}
# The one import that points up: `chat-trainer` with no command starts the window.
ENTRY_POINT = ("cli/__init__.py", "app.ui.application")
QT_PARTS = {"ui", "certs"}


def _modules() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "assets" not in p.parts and "exercises" not in p.parts)


def _part(path: Path) -> str:
    rel = path.relative_to(APP)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _imports(path: Path) -> list[tuple[int, str]]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [(node.lineno, alias.name) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            found.append((node.lineno, node.module))
            if node.module == "app":
                found += [(node.lineno, f"app.{alias.name}") for alias in node.names]
    return found


def test_imports_point_down_only():
    wrong = []
    for path in _modules():
        part = _part(path)
        if part not in ALLOWED:
            continue
        for line, name in _imports(path):
            bits = name.split(".")
            if bits[0] != "app" or len(bits) < 2 or bits[1] in ("__version__",):
                continue
            target = bits[1]
            if (str(path.relative_to(APP)), name) == ENTRY_POINT:
                continue
            if target != part and target in ALLOWED and target not in ALLOWED[part]:
                wrong.append(f"{path.relative_to(ROOT)}:{line}: app.{part} imports {name}")
    assert not wrong, "\n".join(wrong)


def test_qt_only_in_ui_and_certs():
    wrong = [f"{path.relative_to(ROOT)}:{line}: {name}"
             for path in _modules() if _part(path) not in QT_PARTS
             for line, name in _imports(path) if name.split(".")[0] in ("PySide6", "shiboken6")]
    assert not wrong, "\n".join(wrong)


def test_sqlite_only_in_storage():
    wrong = [f"{path.relative_to(ROOT)}:{line}" for path in _modules() if _part(path) != "storage"
             for line, name in _imports(path) if name == "sqlite3"]
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(APP)))
def test_module_is_small(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(ROOT)} has {lines} lines: split it by job"


def _mirrored_tests(path: Path) -> list[Path]:
    """Test files for app/X/Y.py: tests/X/test_Y*.py, or tests/X/Y/test_*.py for a package's module;
    a private module's leading underscore may be dropped from the test name."""
    rel = path.relative_to(APP)
    folder = ROOT / "tests" / rel.parent
    stems = {path.stem, path.stem.lstrip("_")}
    found = []
    for stem in stems:
        found += folder.glob(f"test_{stem}*.py")
        found += (folder / stem).glob("test_*.py")
    return found


def test_every_module_has_mirrored_tests():
    missing = [str(path.relative_to(APP)) for path in _modules()
               if path.stem not in ("__init__", "__main__") and not _mirrored_tests(path)]
    assert not missing, "modules without tests at the mirrored path:\n" + "\n".join(missing)
