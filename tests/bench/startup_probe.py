"""Started by bench_startup.py: show a window, print when it is on screen, quit.

``--bare`` shows an empty PySide6 window; without it, the real app starts
through its own ``run()``. Prints ``shown <peak RSS KiB>`` once the event
loop has handled the window's first show and paint.
"""

import os
import resource
import sys
import tempfile

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", ".."))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402


def report_and_quit(app):
    app.processEvents()
    print("shown", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, flush=True)
    app.quit()


if "--bare" in sys.argv:
    app = QApplication(sys.argv[:1])
    w = QWidget()
    w.resize(1100, 760)
    w.show()
    QTimer.singleShot(0, lambda: report_and_quit(app))
    app.exec()
else:
    from app.ui import application

    original_exec = QApplication.exec

    def exec_then_quit(*args):
        app = QApplication.instance()
        QTimer.singleShot(0, lambda: report_and_quit(app))
        return original_exec()

    QApplication.exec = staticmethod(exec_then_quit)
    data = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp()
    application.run(data_dir=data)
