"""Real key events for any character (qtbot.keyClicks aborts the process on non-ASCII text)."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

SPECIAL = {" ": Qt.Key.Key_Space, "\b": Qt.Key.Key_Backspace, "\x1b": Qt.Key.Key_Escape}


def press(widget, ch: str) -> None:
    if ch in SPECIAL:
        text = "" if ch in "\b\x1b" else ch
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, SPECIAL[ch], text, Qt.KeyboardModifier.NoModifier)
        return
    modifier = Qt.KeyboardModifier.ShiftModifier if ch != ch.lower() else Qt.KeyboardModifier.NoModifier
    QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key(ord(ch.upper())), ch, modifier)


def type_text(widget, text: str) -> None:
    for ch in text:
        press(widget, ch)
