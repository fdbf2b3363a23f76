"""Started by bench_startup.py: show a window, report when it is on screen, quit.

``--bare`` shows an empty PySide6 window. Without it, the real app starts
the way the ``chat-trainer`` command starts it (``app.cli.main``), and two moments are reported: ``shown`` when the
main window has had its first paint, and ``ready`` when its screens are
built over the open store. Each line carries the peak RSS in KiB.
"""

import os
import resource
import sys
import tempfile
import time

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def report(what):
    print(what, time.time(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)


class FirstPaint(QObject):
    """Reports the first paint of the window it watches."""

    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            obj.removeEventFilter(self)
            report("shown")
        return False


if "--bare" in sys.argv:
    app = QApplication(sys.argv[:1])
    w = QWidget()
    w.resize(1100, 760)
    watcher = FirstPaint()
    w.installEventFilter(watcher)
    w.show()
    QTimer.singleShot(0, lambda: (app.processEvents(), app.quit()))
    app.exec()
else:
    from app.ui import main_window

    window_class = main_window.MainWindow
    original_show, original_populate = window_class.show, window_class.populate

    watcher = FirstPaint()

    def show(self):
        self.installEventFilter(watcher)
        original_show(self)

    def populate(self, ctx):
        original_populate(self, ctx)
        report("ready")
        QApplication.instance().quit()

    window_class.show, window_class.populate = show, populate
    from app.cli import main
    main(["--data-dir", sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp()])
