"""Every character the program can show is drawn by a bundled font: no boxes on a machine without fonts.

Scanned: the interface strings (the .ts file, and every string literal in app/ui, app/core and
app/services, where the messages the screens show are made) and all built-in content (app/exercises).
"""

from __future__ import annotations

import ast
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtGui import QRawFont

from app.core.paths import ASSETS, EXERCISES

APP = Path(__file__).resolve().parents[2] / "app"
FONTS = sorted((ASSETS / "fonts").glob("*.ttf"))
TS_FILES = sorted((ASSETS / "i18n").glob("*.ts"))
SOURCE_DIRS = ("ui", "core", "services")


def _drawable(ch: str) -> bool:
    """Line breaks, tabs and format marks are layout, not glyphs."""
    return unicodedata.category(ch) not in ("Cc", "Cf", "Zl", "Zp")


def _literals(path: Path) -> str:
    """The string literals of one module; docstrings and regular expressions (``re.compile(…)``, which
    may name whole Unicode ranges to recognise emoji) are left out: no screen shows them."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docs = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                docs.add(id(first.value))
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name) and node.func.value.id == "re"):
            docs.update(id(n) for arg in node.args for n in ast.walk(arg))
    return "".join(n.value for n in ast.walk(tree)
                   if isinstance(n, ast.Constant) and isinstance(n.value, str) and id(n) not in docs)


def _sources() -> dict[str, str]:
    """Where → text, for everything scanned."""
    out = {}
    for ts in TS_FILES:
        root = ET.parse(ts).getroot()
        out[ts.name] = "".join((m.findtext("source") or "") + "".join("".join(t.itertext()) for t in m.iter("translation"))
                               for m in root.iter("message"))
    for folder in SOURCE_DIRS:
        for path in sorted((APP / folder).rglob("*.py")):
            out[str(path.relative_to(APP.parent))] = _literals(path)
    for path in sorted(EXERCISES.rglob("*")):
        if path.is_file() and path.suffix in (".toml", ".txt", ".gift", ".xml", ".md", ".json"):
            out[str(path.relative_to(APP.parent))] = path.read_text(encoding="utf-8")
    return out


@pytest.fixture(scope="module")
def fonts(qapp):
    loaded = [QRawFont(str(path), 12) for path in FONTS]
    assert loaded and all(f.isValid() for f in loaded), FONTS
    return loaded


def test_the_scan_sees_the_interface_and_the_content():
    sources = _sources()
    assert any(name.endswith(".ts") for name in sources)
    assert any("shift_view.py" in name for name in sources)
    assert any(name.startswith("app/exercises/ru-typing") for name in sources)


def test_every_character_shown_has_a_glyph_in_a_bundled_font(fonts):
    missing: dict[str, set[str]] = {}
    for where, text in _sources().items():
        for ch in set(text):
            if _drawable(ch) and not any(f.supportsCharacter(ord(ch)) for f in fonts):
                missing.setdefault(f"U+{ord(ch):04X} {unicodedata.name(ch, '?')} «{ch}»", set()).add(where)
    assert not missing, "no bundled font draws: " + "; ".join(
        f"{ch} in {', '.join(sorted(places))}" for ch, places in sorted(missing.items()))
