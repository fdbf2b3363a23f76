"""Issue 16, item 2: a grammar answer fixed after the key or a one-click fix was shown is «решено с
подсказкой» — shown apart in the topic list, stored as not solved. Real keys to the focused widget."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from app.core.records import GrammarRecord
from tests.ui.keys import type_text

KEY = "Добрый день, Иван! Чем могу помочь?"  # ru-gr-address-01, the first exercise of «Обращение»


def focused():
    return QApplication.focusWidget()


def ctrl(k):
    QTest.keyClick(focused(), k, Qt.KeyboardModifier.ControlModifier)


@pytest.fixture
def grammar(grammar, window):
    """The shared «Грамотность» fixture with the window active, so key events reach the focus widget."""
    window.activateWindow()
    return grammar


def topic_row(grammar, name):
    head = grammar.tree.topLevelItem(0)
    return next(head.child(i) for i in range(head.childCount()) if head.child(i).text(0) == name)


def open_topic(grammar, qtbot, name):
    grammar.tree.setCurrentItem(topic_row(grammar, name))
    grammar.tree.setFocus()
    QTest.keyClick(focused(), Qt.Key.Key_Return)
    exercise = grammar.exercise
    qtbot.waitUntil(lambda: focused() is exercise.editor)
    return exercise


def answer(exercise, qtbot, text=None):
    """Replace the sentence with ``text`` (if given) and press Ctrl+Enter; wait for the verdict."""
    if text is not None:
        ctrl(Qt.Key.Key_A)
        type_text(focused(), text)
    exercise.verdict = None
    ctrl(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: exercise.verdict is not None, timeout=20_000)
    return exercise.verdict


def test_a_fix_after_the_key_was_shown_is_solved_with_help_not_solved(grammar, ctx, qtbot):
    exercise = open_topic(grammar, qtbot, "Обращение")
    assert exercise.item.id == "ru-gr-address-01"
    assert not answer(exercise, qtbot).accepted  # sent back unchanged: the key is shown
    assert "<u>,</u>" in exercise.result.text()
    assert answer(exercise, qtbot, KEY).accepted
    shown = exercise.result.text()
    assert "с подсказкой" in shown and "Верно!" not in shown
    latest = ctx.store.attempts.list(ctx.profile.id, kind="grammar")[0]
    assert not latest.passed and latest.score == 0.0
    assert GrammarRecord.from_json(latest.details).with_help

    exercise.back_button.click()
    row = topic_row(grammar, "Обращение")
    assert row.text(1).startswith("0 / ") and row.text(2) == "1"  # apart, not among the solved

    # a later session: the key was seen, so typing it at once is still help
    exercise = open_topic(grammar, qtbot, "Обращение")
    assert exercise.item.id == "ru-gr-address-01"
    assert answer(exercise, qtbot, KEY).accepted and "с подсказкой" in exercise.result.text()
    ctrl(Qt.Key.Key_N)
    qtbot.waitUntil(lambda: exercise.item.id == "ru-gr-address-02" and focused() is exercise.editor)
    assert answer(exercise, qtbot, "Здравствуйте, Мария! Ваш заказ уже в пути.").accepted
    assert "Верно!" in exercise.result.text()  # right at the first try: solved
    assert ctx.store.attempts.list(ctx.profile.id, kind="grammar")[0].passed
    exercise.back_button.click()
    row = topic_row(grammar, "Обращение")
    assert row.text(1).startswith("1 / ") and row.text(2) == "1"
