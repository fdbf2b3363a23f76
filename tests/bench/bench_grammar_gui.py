"""The grammar screen while checking: engine ready time, marks latency, and GUI-thread stalls.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python tests/bench/bench_grammar_gui.py

* engine ready: from the window's screens being built to the engine reporting ready,
  with the window taking events the whole time (the longest stall is reported);
* marks: after each pause in typing (the debounce firing), the time until the
  underlines of a 500-character reply are updated — p95 over 40 edits;
* stalls: a 5 ms heartbeat timer on the GUI thread; the largest gap between beats
  while all of the above runs is the longest time the GUI thread was blocked.
"""

import os
import statistics
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.content import GrammarItem  # noqa: E402
from app.storage.store import open_store  # noqa: E402
from app.ui import theme  # noqa: E402
from app.ui.context import AppContext  # noqa: E402
from app.ui.main_window import MainWindow  # noqa: E402

REPLY = ("Здравствуйте, Анна! Спасибо, что написали нам. Я проверила ваш заказ № 4821-557: он уже передан "
         "в службу доставки и будет у вас в течение двух дней. К сожалению, курьер не смог связаться с вами "
         "вчера, поэтому доставка перенесена. Если вам удобнее забрать заказ в пункте выдачи, напишите, "
         "пожалуйста, адрес ближайшего пункта, и я всё оформлю. Бонусы за покупку будут начислены после "
         "получения заказа. Могу ли я ещё чем-нибудь помочь?")


class Heartbeat:
    def __init__(self, app):
        self.app, self.last, self.worst = app, time.perf_counter(), 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self):
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now


def spin(app, until, limit=60.0):
    end = time.perf_counter() + limit
    while not until() and time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)


def main():
    app = QApplication(sys.argv[:1])
    theme.load_fonts()
    store = open_store(tempfile.mkdtemp())
    store.profiles.set_current(store.profiles.create("bench").id)
    heart = Heartbeat(app)
    t0 = time.perf_counter()
    window = MainWindow(AppContext(store, store.data_dir))
    window.show()
    app.processEvents()
    heart.worst = 0.0  # from here on the window is up; building it is measured by bench_startup
    service = window.grammar_service
    spin(app, lambda: service.state != "loading")
    ready = time.perf_counter() - t0
    stall_loading = heart.worst
    print(f"screens built, then engine ready after {ready:.2f} s (state: {service.state}); "
          f"longest GUI stall meanwhile {stall_loading * 1000:.0f} ms")

    pack = next(p for p in window.grammar.grammar_packs() if p.manifest.language == "ru")
    exercise = window.grammar.exercise
    exercise.start(pack, "bench", [GrammarItem("b", "free", "Ответьте клиенту.", ("x",))])
    editor = exercise.editor
    editor.setPlainText(REPLY)
    spin(app, lambda: bool(editor.findings) or not editor._timer.isActive(), 10)
    spin(app, lambda: False, 2)  # let the first full check finish
    heart.worst = 0.0
    latencies = []
    show = editor.show_findings
    words = ["быстро", "сегодня", "обязательно", "точно"]
    for i in range(40):
        cursor = editor.textCursor()
        text = editor.toPlainText()
        cursor.setPosition(text.index(" ", len(text) // 2))  # between two words, as an edit usually is
        editor.setTextCursor(cursor)
        editor.insertPlainText(" " + words[i % len(words)])
        fired, shown = [], []
        editor.settled.connect(lambda _t: fired.append(time.perf_counter()))
        editor.show_findings = lambda found, real=show: (real(found), fired and shown.append(time.perf_counter()))
        spin(app, lambda: bool(shown), 10)
        latencies.append((shown[0] - fired[0]) * 1000)
        editor.settled.disconnect()
        editor.settled.connect(exercise._check_as_you_type)
    latencies.sort()
    p95 = latencies[int(len(latencies) * 0.95) - 1]
    print(f"marks updated after a pause, 500-character reply: median {statistics.median(latencies):.0f} ms, "
          f"p95 {p95:.0f} ms, max {latencies[-1]:.0f} ms")
    print(f"longest GUI-thread stall while checking: {heart.worst * 1000:.1f} ms")


if __name__ == "__main__":
    main()
