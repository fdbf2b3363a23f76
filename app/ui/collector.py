"""Python's cycle collector, run on the GUI thread only.

Python collects reference cycles in whichever thread happens to allocate when a generation is full.
A cycle can hold a Python-owned QObject (a screen whose attribute refers back to it, a service and
the closures it keeps); collected on a pool thread, that QObject is deleted off its own thread while
the GUI thread uses it, and the program dies now and then with "Fatal Python error: Segmentation
fault" on the Qt main thread. So automatic collection is switched off and a timer on the GUI thread
collects, generation by generation, as Python's own thresholds would (Anki does the same).
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 1000  # cycles wait at most this long; freeing them sooner gains nothing


class GuiThreadCollector(QObject):
    """While it runs, only the GUI thread collects cycles; :meth:`stop` gives collection back to Python."""

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._timer = QTimer(self)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self.collect)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def collect(self) -> None:
        """Collect the generations Python would have collected by now (the youngest most often)."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if young > first:  # one pass: collecting a generation collects the younger ones with it
            gc.collect(0 if middle <= second else 1 if old <= third else 2)

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()


def collect_on_gui_thread(app: QObject) -> GuiThreadCollector:
    """Only ``app``'s thread collects cycles from now on, for the life of ``app``."""
    return GuiThreadCollector(app)
