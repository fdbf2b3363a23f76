"""The background-operation helper: results on the GUI thread, errors shown, the window never blocked."""

from __future__ import annotations

import threading

import pytest

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QWidget

from app.ui.workers import Worker, run_in_background


@pytest.fixture
def owner(qtbot) -> QWidget:
    """The widget the ops belong to (kept alive: an op whose owner is deleted delivers nothing)."""
    w = QWidget()
    qtbot.addWidget(w)
    return w


def test_the_result_arrives_on_the_gui_thread(owner, qtbot):
    owner = owner
    got = []
    run_in_background(owner, lambda: (QThread.currentThread(), 6 * 7),
                      lambda r: got.append((r, QThread.currentThread())))
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    (ran_on, value), delivered_on = got[0]
    assert value == 42
    assert ran_on is not owner.thread()
    assert delivered_on is owner.thread()


def test_an_unhandled_error_is_shown_to_the_user_in_russian(owner, qtbot, no_dialogs):
    def broken():
        raise OSError("диск переполнен")

    op = run_in_background(owner, broken, lambda _r: None)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert no_dialogs == [("warning", "Ошибка", "Не удалось выполнить действие: диск переполнен")]


def test_a_handled_error_goes_to_its_handler_and_shows_nothing(owner, qtbot, no_dialogs):
    errors = []
    op = run_in_background(owner, lambda: 1 / 0, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert isinstance(errors[0], ZeroDivisionError) and no_dialogs == []


def test_the_gui_thread_keeps_running_while_an_op_works(owner, qtbot):
    release, got, ticks = threading.Event(), [], []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    run_in_background(owner, lambda: release.wait(10) and "готово", got.append)
    qtbot.waitUntil(lambda: len(ticks) >= 5, timeout=5000)  # events flow while the job waits
    assert got == []
    release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    timer.stop()
    assert got == ["готово"]


def test_a_busy_dialog_stands_while_the_op_runs_and_goes_after(owner, qtbot):
    release, got = threading.Event(), []
    op = run_in_background(owner, lambda: release.wait(10), got.append, busy_text="Идёт экспорт…")
    assert op.busy is not None and op.busy.isVisible() and op.busy.labelText() == "Идёт экспорт…"
    release.set()
    qtbot.waitUntil(lambda: bool(got), timeout=5000)
    assert op.busy is None


def test_a_worker_runs_its_ops_one_at_a_time_in_order(owner, qtbot):
    worker = Worker(owner)
    inside, overlap, order = [0], [], []
    lock = threading.Lock()

    def job(n):
        def run():
            with lock:
                inside[0] += 1
                overlap.append(inside[0])
            threading.Event().wait(0.02)
            with lock:
                inside[0] -= 1
            return n
        return run

    for n in range(5):
        worker.submit(job(n), order.append)
    assert worker.wait(5000)
    qtbot.waitUntil(lambda: len(order) == 5, timeout=5000)
    assert order == [0, 1, 2, 3, 4] and max(overlap) == 1


def test_an_op_whose_screen_was_closed_delivers_nothing(qtbot, no_dialogs):
    from shiboken6 import delete

    screen = QWidget()
    release, got = threading.Event(), []
    op = run_in_background(screen, lambda: release.wait(10) and 1 / 0, got.append)
    delete(screen)
    release.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert got == [] and no_dialogs == []


class Held:
    """Something an op is given; says on which thread its last reference went (a screen deleted off
    the GUI thread crashes the program)."""

    def __init__(self, released_on: list):
        self._released_on = released_on

    def __del__(self):
        self._released_on.append(threading.current_thread() is threading.main_thread())


def _given_by_closure(held):
    return (lambda: held and 1), (lambda r: None), None


def _given_as_result(held):
    return (lambda: held), (lambda r: None), None


def _given_in_the_traceback(held):
    def broken():
        local = held  # noqa: F841 (the traceback's frame holds it)
        raise ValueError("нет связи")
    return broken, None, (lambda exc: None)


@pytest.mark.parametrize("give", [_given_by_closure, _given_as_result, _given_in_the_traceback])
def test_what_an_op_was_given_is_let_go_on_the_gui_thread_even_when_its_pool_thread_lags(owner, qtbot, give):
    # Under load a pool thread may still be finishing its job when the GUI thread has delivered
    # the result: here it is held up on the worker's lock until the op has been handled.
    released_on: list[bool] = []
    worker = Worker(owner)
    fn, on_done, on_error = give(Held(released_on))
    with worker._sequence.lock:
        op = worker.submit(fn, on_done, on_error)
        del fn, on_done, on_error
        qtbot.waitUntil(lambda: op.done, timeout=5000)
        del op
        qtbot.wait(20)  # let the delivered op go
    assert worker.wait(5000)
    qtbot.waitUntil(lambda: bool(released_on), timeout=5000)
    assert released_on == [True]
