"""The end guard: a page that replaced a finished attempt takes the focus and swallows keys for a moment."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QPushButton, QVBoxLayout, QWidget

from app.core.drill_clock import END_GRACE
from app.ui.end_guard import EndGuard


class Page(QWidget):
    def __init__(self, clock):
        super().__init__()
        self.guard = EndGuard(self, clock=clock)
        self.button = QPushButton("Ещё раз")
        self.pressed = 0
        self.button.clicked.connect(lambda: setattr(self, "pressed", self.pressed + 1))
        QVBoxLayout(self).addWidget(self.button)
        self.keys: list[str] = []

    def event(self, event):
        return self.guard.swallows(event) or super().event(event)

    def keyPressEvent(self, event):
        self.keys.append(event.text())


def test_keys_in_the_grace_period_are_swallowed_and_later_ones_reach_the_page(qtbot):
    clock = [50.0]
    page = Page(lambda: clock[0])
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    page.button.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.button)
    page.guard.arm()
    assert QApplication.focusWidget() is page  # no button has the focus, so Space presses none
    QTest.keyClick(page, Qt.Key.Key_Space)
    QTest.keyClick(page, Qt.Key.Key_A)
    assert page.keys == [] and page.pressed == 0
    clock[0] += END_GRACE
    QTest.keyClick(page, Qt.Key.Key_A)
    assert page.keys == ["a"] and page.pressed == 0


def test_a_guard_never_armed_lets_every_key_through(qtbot):
    page = Page(lambda: 0.0)
    qtbot.addWidget(page)
    QTest.keyClick(page, Qt.Key.Key_B)
    assert page.keys == ["b"] and not page.guard.active()
