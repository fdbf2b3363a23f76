"""The English interface translation: complete, placeholders and markup intact, compiled, loadable."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

I18N = Path(__file__).resolve().parents[2] / "app" / "assets" / "i18n"
TS = I18N / "chat_trainer_en.ts"
QM = I18N / "chat_trainer_en.qm"

# {name}, {count}, {cpm:.0f} (but not doubled braces), Qt's %n and %1..%99
FIELD = re.compile(r"(?<!\{)\{[^{}]*\}(?!\})|%n|%\d{1,2}")
TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9]*)\b[^<>]*?(/?)>")
VOID_TAGS = {"br", "hr", "img"}


def _messages():
    """(context, source, numerus, [translation texts], translation element) per message, and test ids."""
    root = ET.parse(TS).getroot()
    out, ids = [], []
    for context in root.iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            numerus = message.get("numerus") == "yes"
            if numerus:
                texts = [f.text or "" for f in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            out.append((name, message.findtext("source"), numerus, texts, translation))
            where = message.find("location")
            ids.append(f"{name}@{Path(where.get('filename')).name}:{where.get('line')}" if where is not None else name)
    return out, ids


MESSAGES, IDS = _messages()


def _tags(text: str) -> list[str]:
    """The tags of ``text`` in order; fails unless each opened tag is closed in the right order."""
    stack, seen = [], []
    for closing, name, self_closing in TAG.findall(text):
        name = name.lower()
        seen.append(("/" if closing else "") + name)
        if name in VOID_TAGS or self_closing:
            continue
        if closing:
            assert stack and stack[-1] == name, f"</{name}> does not close an open tag in {text!r}"
            stack.pop()
        else:
            stack.append(name)
    assert not stack, f"unclosed <{'>, <'.join(stack)}> in {text!r}"
    return seen


def test_the_ts_file_has_messages():
    assert len(MESSAGES) > 100


@pytest.mark.parametrize("context, source, numerus, texts, translation", MESSAGES, ids=IDS)
def test_every_message_is_translated(context, source, numerus, texts, translation):
    assert translation.get("type") not in ("unfinished", "vanished", "obsolete")
    if numerus:
        assert len(texts) == 2, "English needs a singular and a plural form"
    assert all(t.strip() for t in texts), "empty translation"


@pytest.mark.parametrize("context, source, numerus, texts, translation", MESSAGES, ids=IDS)
def test_placeholders_and_markup_survive(context, source, numerus, texts, translation):
    fields = Counter(FIELD.findall(source))
    source_tags = _tags(source)
    for text in texts:
        assert Counter(FIELD.findall(text)) == fields, f"placeholders differ: {source!r} -> {text!r}"
        assert _tags(text) == source_tags, f"HTML tags differ: {source!r} -> {text!r}"
        assert text.startswith(" ") == source.startswith(" "), "leading space (a unit suffix) lost or added"


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    lrelease = Path(sys.executable).parent / ("pyside6-lrelease" + (".exe" if sys.platform == "win32" else ""))
    if not lrelease.exists():
        pytest.skip(f"pyside6-lrelease not found next to the Python interpreter ({lrelease})")
    fresh = tmp_path / "fresh.qm"
    run = subprocess.run([str(lrelease), "-silent", str(TS), "-qm", str(fresh)],
                         capture_output=True, text=True, timeout=60)
    assert run.returncode == 0, run.stdout + run.stderr
    assert fresh.read_bytes() == QM.read_bytes(), (
        "assets/i18n/chat_trainer_en.qm is stale: run tools/update_translations.sh and commit the .qm")


def test_a_translator_loaded_from_the_qm_speaks_english(qapp):
    translator = QTranslator()
    assert translator.load(str(QM)), f"could not load {QM}"
    assert qapp.installTranslator(translator)
    try:
        assert QCoreApplication.translate("StatBar", "зн/мин") == "CPM"
        assert QCoreApplication.translate("DrillScreen", "Пауза (Esc)") == "Pause (Esc)"
        assert QCoreApplication.translate("PacksScreen", "печать: %n", "", 3) == "typing: 3"
        assert QCoreApplication.translate("HomeScreen", "Профиль:") == "Profile:"
    finally:
        qapp.removeTranslator(translator)
    assert QCoreApplication.translate("StatBar", "зн/мин") == "зн/мин"
