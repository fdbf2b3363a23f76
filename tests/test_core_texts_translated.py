"""Every core text marked with phrase() has an English translation, and the compiled catalogue is current."""

from __future__ import annotations

import ast
import gettext
import io
import re
from pathlib import Path

import pytest
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parent.parent
PO = ROOT / "app" / "assets" / "i18n" / "core_en.po"
MO = ROOT / "app" / "assets" / "i18n" / "core_en.mo"
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_]\w*)(?:[:!][^{}]*)?\}")
CYRILLIC = re.compile(r"[А-Яа-яЁё]")
# Russian examples quoted in an explanation of a Russian rule («Добрый день, Иван!») stay Russian
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”")


def _marked() -> list[tuple[str, str]]:
    """(template, where) for each phrase("…") call under app/; fails on a template that is not a literal."""
    out = []
    for path in sorted((ROOT / "app").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and getattr(node.func, "id", getattr(node.func, "attr", None)) == "phrase":
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                first = node.args[0] if node.args else None
                assert isinstance(first, ast.Constant) and isinstance(first.value, str), (
                    f"{where}: phrase() needs a literal template (an f-string cannot be translated)")
                out.append((first.value, where))
    return out


MARKED = _marked()
with open(PO, "rb") as _f:
    CATALOGUE = {m.id: m.string for m in read_po(_f) if m.id}


def test_the_core_marks_its_texts():
    assert len(MARKED) > 100


@pytest.mark.parametrize("template, where", MARKED, ids=[w for _, w in MARKED])
def test_every_marked_text_has_an_english_translation(template, where):
    english = CATALOGUE.get(template)
    assert english, f"{where}: no English for {template!r}: run tools/update_translations.sh and translate it"
    assert not CYRILLIC.search(QUOTED.sub("", english)), f"{where}: the translation is not English: {english!r}"
    assert sorted(FIELD.findall(english)) == sorted(FIELD.findall(template)), f"{where}: placeholders differ"


def test_the_committed_mo_is_compiled_from_the_po():
    with open(PO, "rb") as f:
        buffer = io.BytesIO()
        write_mo(buffer, read_po(f))
    fresh = gettext.GNUTranslations(io.BytesIO(buffer.getvalue()))._catalog
    with open(MO, "rb") as f:
        committed = gettext.GNUTranslations(f)._catalog
    assert committed == fresh, "core_en.mo is stale: run tools/update_translations.sh and commit it"
