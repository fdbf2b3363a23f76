"""Key press → repaint in a drill over a 2,000-character text: median and p99 over 2,000 keys.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_keys.py
Each key is a real key event through the drill screen; the time includes the
core drill, the keyboard highlight, and the repaint of the changed cells.
"""

import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.thresholds import LessonThresholds  # noqa: E402
from app.core.sessions import SessionKind, SessionSpec  # noqa: E402
from app.storage.store import open_store  # noqa: E402
from app.ui import theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

WORDS = "здравствуйте спасибо за обращение ваш заказ уже в пути курьер свяжется с вами".split()


def main():
    app = QApplication(sys.argv[:1])
    theme.load_fonts()
    store = open_store(tempfile.mkdtemp())
    store.profiles.set_current(store.profiles.create("bench").id)
    window = MainWindow(AppContext(store, store.data_dir))
    window.show()
    # Measure the steady state: the grammar engine loads in the background after start-up.
    deadline = time.perf_counter() + 60
    while window.grammar_service.state == "loading" and time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)
    text = " ".join(WORDS[i % len(WORDS)] for i in range(400))[:2000]
    window.start_session(SessionSpec(SessionKind.CUSTOM, "bench", text, "ru", LessonThresholds(0, 0)))
    widget = window.drill.text
    app.processEvents()
    times = []
    for ch in text[:-1]:  # the last key would leave for the result screen
        key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
        t0 = time.perf_counter()
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)
        app.processEvents()  # runs the paint event for the dirty cells
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    p99 = times[int(len(times) * 0.99) - 1]
    print(f"{len(times)} keys over a {len(text)}-character text")
    print(f"key press → repaint: median {statistics.median(times):.3f} ms, p99 {p99:.3f} ms, "
          f"max {times[-1]:.3f} ms")


if __name__ == "__main__":
    main()
