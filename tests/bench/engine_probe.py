"""Started by bench_engine_process.py: the real program (``chat-trainer``'s ``main``), driven by timers.

Modes (first argument), the data directory second:
* ``exit-loading``: close the window as soon as its screens are built, while the grammar engine loads;
* ``exit-ready``: wait for the engine, report the memory of both processes once idle, then close;
* ``keys``: type a 2,000-key drill from the moment the screens are built while the engine loads,
  and send a 3,000-character text (its last sentence changed) for checking every 300 ms,
  reporting per-key times.

Lines: ``what wall-clock-seconds value``; ``close`` is printed just before the window closes.
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

import psutil  # noqa: E402
from PySide6.QtCore import Qt, QTimer  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

WORDS = "здравствуйте спасибо за обращение ваш заказ уже в пути курьер свяжется с вами".split()
CHECKED = ("Здравствуйте, Анна! Спасибо что написали нам. Я проверила ваш заказ он уже передан в службу доставки "
           "и будет у вас в течении двух дней. ") * 25


def report(what, value=0.0):
    print(what, time.time(), value, flush=True)


def rss_mib(proc: psutil.Process) -> float:
    return proc.memory_info().rss / 2**20


def engine_pids() -> list[int]:
    return [c.pid for c in psutil.Process().children(recursive=True)]


def close(window):
    if window.ctx is not None:  # a drill still under way would ask whether to leave it, and wait for an answer
        window.drill.confirm_leave = lambda: True
    report("close")
    window.close()


def after_populate(window, mode):
    app = QApplication.instance()
    service = window.grammar_service
    service.start()  # at once, whatever screen is shown
    if mode == "exit-loading":
        QTimer.singleShot(50, lambda: close(window))
    elif mode == "exit-ready":
        def poll():
            if service.state == "loading":
                QTimer.singleShot(50, poll)
                return
            report("ready")
            QTimer.singleShot(2000, idle)

        def idle():
            report("gui_rss", rss_mib(psutil.Process()))
            report("engine_rss", sum(rss_mib(psutil.Process(pid)) for pid in engine_pids()))
            close(window)
        poll()
    else:
        text = " ".join(WORDS[i % len(WORDS)] for i in range(400))[:2001]
        from app.core.thresholds import LessonThresholds
        from app.core.sessions import SessionKind, SessionSpec
        window.start_session(SessionSpec(SessionKind.CUSTOM, "bench", text, "ru", LessonThresholds(0, 0)))
        widget = window.drill.text
        checks = {"sent": 0, "done": 0}

        def answered(_result):
            checks["done"] += 1

        def check():  # the last sentence changes each time, as when a reply is edited
            checks["sent"] += 1
            service.check(CHECKED + str(checks["sent"]), "ru", answered, channel="bench")

        ticker = QTimer(window)
        ticker.timeout.connect(check)
        ticker.start(300)

        def type_all():
            for ch in text[:-1]:
                key = Qt.Key.Key_Space if ch == " " else Qt.Key(ord(ch.upper()))
                t0 = time.perf_counter()
                QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, ch, Qt.KeyboardModifier.NoModifier)
                app.processEvents()
                report("key_loading" if service.state == "loading" else "key_ready",
                       (time.perf_counter() - t0) * 1000)
                time.sleep(0.004)  # a fast typist: about 15 keys a second with the work above
                app.processEvents()
            report("checks", checks["done"])
            ticker.stop()
            close(window)
        QTimer.singleShot(0, type_all)


def main():
    mode, data_dir = sys.argv[1], sys.argv[2]
    from app.ui import main_window

    window_class = main_window.MainWindow
    original_populate = window_class.populate

    def populate(self, ctx):
        original_populate(self, ctx)
        report("populated")
        QTimer.singleShot(0, lambda: after_populate(self, mode))

    window_class.populate = populate
    from app.cli import main as cli_main
    cli_main(["--data-dir", data_dir])  # the real program's way in and out


if __name__ == "__main__":
    main()
