"""Reference cycles holding widgets are freed on the GUI thread, however much worker threads allocate."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QWidget

from app.ui.collector import INTERVAL_MS
from app.ui.workers import run_in_background


class Screen(QWidget):
    def __init__(self, freed_on: list):
        super().__init__()
        QLabel("Здравствуйте!", self)
        self.itself = self  # a cycle: only the collector frees it
        self._freed_on = freed_on

    def __del__(self):
        self._freed_on.append(threading.current_thread() is threading.main_thread())


def _allocate():
    return len([(i, [i]) for i in range(50_000)])  # enough for many collections of the young generation


def test_a_widget_in_a_cycle_is_freed_on_the_gui_thread_while_workers_allocate(qtbot):
    freed_on: list[bool] = []
    for _ in range(20):
        Screen(freed_on)
    ops = [run_in_background(None, _allocate) for _ in range(4)]
    assert all(op.wait(10_000) for op in ops)
    assert freed_on == []  # the workers' allocations collected nothing
    qtbot.waitUntil(lambda: len(freed_on) == 20, timeout=INTERVAL_MS * 5)
    assert all(freed_on)
