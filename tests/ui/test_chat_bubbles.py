"""The chat transcript as a messenger: the customer on the left, the operator on the right, times, «печатает…»."""

from datetime import datetime

import pytest
from PySide6.QtWidgets import QApplication

from app.ui.chat_bubbles import ChatTranscript


@pytest.mark.parametrize("width", [640, 1100])
def test_customer_left_operator_right_with_times_and_wrapped_long_text(qtbot, width):
    view = ChatTranscript()
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.show()
    theirs = view.add("Мария", "Здравствуйте! Где мой заказ?", mine=False, when=datetime(2026, 1, 1, 9, 5))
    mine = view.add("Вы", "Добрый день, Мария! " * 12, mine=True, when=datetime(2026, 1, 1, 9, 6))
    QApplication.processEvents()
    inner = view.widget()
    left = theirs.mapTo(inner, theirs.rect().topLeft()).x()
    right = mine.mapTo(inner, mine.rect().topRight()).x()
    assert left < inner.width() * 0.1 and right > inner.width() * 0.9
    assert theirs.width() < mine.width() <= view.viewport().width() * 0.76  # short stays short, long wraps
    assert mine.text.height() >= mine.text.heightForWidth(mine.text.width())  # nothing cut off
    assert theirs.meta.text() == "Мария · 09:05" and mine.meta.text() == "Вы · 09:06"


def test_typing_line_shows_and_hides_and_clear_empties(qtbot):
    view = ChatTranscript()
    qtbot.addWidget(view)
    view.show()
    view.add("Мария", "Алло?", mine=False)
    view.set_typing("Мария печатает…")
    assert view.typing.isVisible() and view.typing.text() == "Мария печатает…"
    view.set_typing("")
    assert not view.typing.isVisible()
    view.note("Чат завершён.")
    assert view.toPlainText() == "Мария: Алло?\nЧат завершён."
    view.clear()
    assert view.toPlainText() == "" and not view.typing.isVisible()
