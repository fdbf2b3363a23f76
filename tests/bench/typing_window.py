"""What the keystroke benchmarks share: the real window with its grammar engine loaded, a 2,000-character
drill text, typing it key by key with each key timed, and the figures printed the same way."""

from __future__ import annotations

import statistics
import time

WORDS = "здравствуйте спасибо за обращение ваш заказ уже в пути курьер свяжется с вами".split()
DRILL_TEXT = " ".join(WORDS[i % len(WORDS)] for i in range(400))[:2000]


def wait_for_engine(app, window, timeout: float = 60) -> None:
    """Measure the steady state: the grammar engine loads in the background after start-up."""
    deadline = time.perf_counter() + timeout
    while window.grammar_service.state == "loading" and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


def start_drill(app, window, text: str = DRILL_TEXT):
    """A custom-text drill of ``text`` in the window; returns the widget keys are typed into."""
    from app.core.sessions import SessionKind, SessionSpec
    from app.core.thresholds import LessonThresholds

    window.start_session(SessionSpec(SessionKind.CUSTOM, "bench", text, "ru", LessonThresholds(0, 0)))
    app.processEvents()
    return window.drill.text


def type_keys(app, widget, text: str) -> list[float]:
    """Milliseconds from each key event to its repaint (real key events, the paint of the dirty cells
    included), sorted; the last key is not typed, since it would leave for the result screen."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times = []
    for ch in text[:-1]:
        key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
        t0 = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)
        app.processEvents()
        times.append((time.perf_counter() - t0) * 1000)
    return sorted(times)


def key_figures(times: list[float]) -> str:
    """«median …, p99 …, max …» of sorted key times."""
    p99 = times[int(len(times) * 0.99) - 1]
    return f"median {statistics.median(times):.3f} ms, p99 {p99:.3f} ms, max {times[-1]:.3f} ms"
