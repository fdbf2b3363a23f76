"""Every word in the chosen language: the English interface shows no Russian of ours on any screen (the
result screen, a graded reply's scorecard and a validation error included), the Russian one no English.

What the packs hold (titles, exercise texts, customers' messages), the profile's name and the quoted
fragments of what the user typed are content, not interface, and stay as written.
"""

import dataclasses
import re
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool, QTranslator
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QGroupBox, QLabel, QLineEdit, QListWidget,
                               QTableWidget, QTabBar, QTextEdit, QTreeWidget, QTreeWidgetItemIterator)

from app.core.grammar import answers
from tests.ui.chat_tasks import TASK, pack_with
from tests.ui.typed_attempts import typed_attempt

CYRILLIC = re.compile(r"[А-Яа-яЁё]+")
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z'’]*")
QUOTED = re.compile(r"«[^«»]*»|“[^“”]*”|\"[^\"]*\"")
# Addresses, file names, code points and content hashes read the same in any language.
VERBATIM = re.compile(r"\S+://\S*|\S+@\S+|[\w.-]+\.(?:jar|pdf|txt|toml|json|csv|xml|zip|gift|ctpack)\b|U\+[0-9A-F]{4,6}"
                      r"|\b[0-9a-f]{12,64}\b")
# Names and abbreviations a Russian interface writes in Latin letters.
LATIN_ALLOWED = {"WPM", "LRS", "PDF", "QWERTY", "Ctrl", "Esc", "Shift", "Enter", "Backspace", "Tab", "GIFT", "Moodle",
                 "XML", "KTouch", "LanguageTool", "Java", "xAPI", "HTTP", "https", "http", "URL", "JSON", "CSV", "UTF",
                 "QR", "ID", "id", "chat", "trainer", "cert", "verify", "txt", "toml", "pdf", "json", "csv", "xml", "gift",
                 "zip", "ctpack", "Qt", "Python", "PySide", "SQLite", "Unicode", "emoji", "Monkeytype", "keybr", "Anki",
                 "Cmd", "Alt", "OK", "Ok", "LT", "CPM", "iframe", "org", "example", "lrs", "lms", "xapi", "ru", "en",
                 "Del", "US", "IT", "Home", "End", "PgUp", "PgDn", "F", "N", "R", "of", "x"}


@pytest.fixture
def interface(request, qapp):
    """The interface language of the window built after it; Qt's and ours restored afterwards."""
    from app.ui.application import install_translation

    before, locale = set(qapp.findChildren(QTranslator)), QLocale()
    install_translation(qapp, request.param)
    yield request.param
    for translator in set(qapp.findChildren(QTranslator)) - before:
        qapp.removeTranslator(translator)
        translator.deleteLater()
    QLocale.setDefault(locale)


def _content(obj, out: set[str], seen: set[int]) -> None:
    """Every string a pack holds, however deep."""
    if id(obj) in seen:
        return
    seen.add(id(obj))
    if isinstance(obj, str):
        if obj.strip():
            out.add(obj.strip())
    elif dataclasses.is_dataclass(obj):
        for f in dataclasses.fields(obj):
            _content(getattr(obj, f.name), out, seen)
    elif isinstance(obj, dict):
        for k, v in obj.items():
            _content(k, out, seen)
            _content(v, out, seen)
    elif isinstance(obj, (list, tuple, set, frozenset)):
        for v in obj:
            _content(v, out, seen)


def _ours() -> set[str]:
    """Every text of our own (the interface's and the core's catalogues): never content, even when a pack
    happens to hold the same words («Грамматика» is a certificate label and a pack's topic)."""
    from xml.etree import ElementTree

    from babel.messages.pofile import read_po

    i18n = Path(__file__).resolve().parents[2] / "app" / "assets" / "i18n"
    with open(i18n / "core_en.po", "rb") as f:
        out = {m.id for m in read_po(f) if m.id and "{" not in m.id}
    out |= {m.findtext("source") for m in ElementTree.parse(i18n / "chat_trainer_en.ts").getroot().iter("message")}
    return out


def _content_of(window) -> list[str]:
    """What packs hold, less any text of our own; then the profile, a custom text's title, the packs'
    authors and each language named in itself (the language chooser), which are content however written."""
    out: set[str] = set()
    seen: set[int] = set()
    for pack in window.ctx.packs:
        _content(pack, out, seen)
    _content(TASK, out, seen)
    out -= _ours()
    out |= {window.ctx.profile.name, "проба", "Русский", "English"}
    out |= {author for pack in window.ctx.packs for author in pack.manifest.authors}
    return sorted((s for s in out if s), key=len, reverse=True)  # longest first: a title before a word of it


def _texts(root) -> list[tuple[str, str]]:
    """(where, text) for what the user can read on ``root`` now."""
    out = []

    def add(widget, text):
        if text:
            out.append((f"{type(widget).__name__} {widget.objectName()}".strip(), text))

    for w in root.findChildren(QLabel):
        if w.isVisibleTo(root):
            add(w, re.sub(r"<[^>]+>", " ", w.text()))
            add(w, w.toolTip())
    for w in root.findChildren(QAbstractButton):
        if w.isVisibleTo(root):
            add(w, w.text().replace("&", ""))
    for w in root.findChildren(QGroupBox):
        if w.isVisibleTo(root):
            add(w, w.title())
    for w in root.findChildren(QLineEdit):
        if w.isVisibleTo(root) and not w.text():
            add(w, w.placeholderText())
    for w in root.findChildren(QTextEdit):
        if w.isVisibleTo(root) and w.isReadOnly():
            add(w, w.toPlainText())
    for w in root.findChildren(QComboBox):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                add(w, w.itemText(i))
    for w in root.findChildren(QTabBar):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                add(w, w.tabText(i))
    for w in root.findChildren(QListWidget):
        if w.isVisibleTo(root):
            for i in range(w.count()):
                add(w, w.item(i).text())
    for w in root.findChildren(QTableWidget):
        if w.isVisibleTo(root):
            for col in range(w.columnCount()):
                header = w.horizontalHeaderItem(col)
                add(w, header.text() if header else "")
                for row in range(w.rowCount()):
                    item = w.item(row, col)
                    add(w, item.text() if item else "")
    for w in root.findChildren(QTreeWidget):
        if w.isVisibleTo(root):
            header = w.headerItem()
            for col in range(w.columnCount()):
                add(w, header.text(col))
            it = QTreeWidgetItemIterator(w)
            while it.value():
                for col in range(w.columnCount()):
                    add(w, it.value().text(col))
                it += 1
    return out


def _foreign(text: str, content: list[str], language: str) -> str:
    """What is left of ``text`` in the other language once content and quoted fragments are taken out."""
    for piece in content:
        if piece in text:  # a whole word or more, not the letters «in» inside «chat-trainer»
            text = re.sub(rf"(?<!\w){re.escape(piece)}(?!\w)", " ", text)
    text = VERBATIM.sub(" ", QUOTED.sub(" ", text))
    if language == "en":  # a letter or two on its own is a key's name («е for ё», the course's new keys)
        return " ".join(w for w in CYRILLIC.findall(text) if len(w) > 2)
    return " ".join(w for w in LATIN_WORD.findall(text) if w not in LATIN_ALLOWED)


def _settle(qtbot) -> None:
    QThreadPool.globalInstance().waitForDone(10_000)
    for _ in range(3):
        QApplication.processEvents()
        qtbot.wait(20)


def _check(found, window, root, where, content, language):
    for widget, text in _texts(root):
        left = _foreign(text, content, language)
        if left:
            found.append(f"{where} / {widget}: {left!r} in {text[:120]!r}")


@pytest.mark.parametrize("interface", ["en", "ru"], indirect=True)
def test_every_screen_speaks_the_chosen_language(interface, window, qtbot):
    content = _content_of(window)
    found: list[str] = []
    title_left = _foreign(window.windowTitle(), content, interface)
    if interface == "en" and title_left:
        found.append(f"window title: {window.windowTitle()!r}")
    for row, (key, _title, page) in enumerate(window.sections):
        window.nav.setCurrentRow(row)
        _settle(qtbot)
        if key == "adaptive" and window.adaptive.preview.text():
            content.insert(0, window.adaptive.preview.text())
        _check(found, window, page, key, content, interface)
    for i in range(window.nav.count()):
        if left := _foreign(window.nav.item(i).text(), content, interface):
            found.append(f"nav: {left!r}")

    # a validation error: a text with a character no keyboard has
    window.open_section("custom")
    window.custom.editor.setPlainText("Привет 😊")
    window.custom._start()
    assert window.custom.error.text()
    _check(found, window, window.custom, "custom text error", content, interface)

    # the result screen of a finished typing attempt
    typed_attempt(window, "мама мыла раму")
    _settle(qtbot)
    _check(found, window, window.result, "result", content, interface)

    # a grammar exercise answered with mistakes our rules explain (the address's commas, its capital letter)
    window.open_section("grammar")
    qtbot.waitUntil(lambda: window.grammar_service.state != "loading", timeout=60_000)
    grammar = window.grammar
    head = grammar.tree.topLevelItem(0)
    grammar._open(next(head.child(i) for i in range(head.childCount()) if head.child(i).text(0) == "Обращение"))
    exercise = grammar.exercise
    answer = "Добрый день иван! Чем могу помочь?"
    exercise.editor.setPlainText(answer)
    exercise.submit()
    qtbot.waitUntil(lambda: exercise.verdict is not None, timeout=30_000)
    assert any(f.rule_id.startswith("OURS_") and f.explanation for f in exercise.verdict.findings)
    shown = answers.diff(answers.full_text_of(exercise.item, answer), answers.full_text_of(exercise.item, exercise.verdict.key))
    content += sorted({answer, exercise.verdict.key} | {p.text.strip() for p in shown if p.text.strip()}, key=len, reverse=True)
    _check(found, window, grammar, "grammar exercise with findings", content, interface)
    tips = [sel.format.toolTip() for sel in exercise.editor.extraSelections()]  # the underlines' explanations
    assert tips
    found += [f"grammar finding's tooltip: {left!r}" for tip in tips if (left := _foreign(tip, content, interface))]

    # a graded reply's scorecard
    window.open_section("correspondence")
    qtbot.waitUntil(lambda: window.grammar_service.state != "loading", timeout=60_000)
    chat = window.correspondence.chat
    chat.start(pack_with(window.correspondence, [TASK]), TASK)
    chat.reply.setPlainText("НЕ ЗНАЮ!!! ждите")
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    content.append("НЕ ЗНАЮ!!! ждите")
    _check(found, window, window.correspondence, "scorecard of a failed reply", content, interface)
    chat.start(pack_with(window.correspondence, [TASK]), TASK)  # and of a good one: every item passes
    chat.reply.setPlainText(TASK.model_replies[0])
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)  # start() began a new list
    _check(found, window, window.correspondence, "scorecard of a passed reply", content, interface)
    assert not found, "\n".join(found)
