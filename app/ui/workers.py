"""The one helper for slow work: run a function off the GUI thread, get its result on the GUI thread.

In the spirit of Anki's ``CollectionOp``/``QueryOp``, every slow call of the screens goes through
:func:`run_in_background` (one-off jobs: install a pack, export, write a PDF) or a :class:`Worker`
(jobs that must run one at a time and in order: reads whose newest result must be shown last,
an engine that is not thread-safe). Both use one thread pool for the whole program.

An error that the caller does not handle is shown to the user in a message box, never dropped.

A pool thread never holds the last reference to anything an op was given: the function (and what its
closure holds: screens, services), the result and the error (whose traceback holds the frames' locals)
are let go on the GUI thread. Dropping the last reference to a Python-owned QObject deletes it, and a
QObject deleted on a pool thread while the GUI thread uses it crashes the program now and then, under
load ("Fatal Python error: Segmentation fault" on the Qt main thread). So the pool thread hands its
outcome over through a table, lets go of everything, and only then tells the GUI thread, by number.
(Reference cycles are freed by the GUI thread alone too: :mod:`app.ui.collector`.)
"""

from __future__ import annotations

import itertools
import threading
import weakref
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid

from app.ui.core_texts import say_error

MIN_THREADS = 4  # a grammar engine loading for seconds must not hold up a dashboard read

_live: dict[int, Op] = {}  # ops whose outcome is not yet delivered, by number (Python keeps them alive)
_outcomes: dict[int, tuple[bool, Any]] = {}  # (ok, result or error) of ops over, waiting for the GUI thread
_outcomes_lock = threading.Lock()
_numbers = itertools.count(1)
_relay: _Relay | None = None


def pool() -> QThreadPool:
    """The thread pool every background op runs on."""
    shared = QThreadPool.globalInstance()
    if shared.maxThreadCount() < MIN_THREADS:
        shared.setMaxThreadCount(max(MIN_THREADS, QThread.idealThreadCount()))
    return shared


def show_error(parent: QObject | None, exc: BaseException) -> None:
    """Tell the user that a background job failed, and why."""
    why = say_error(exc)
    widget = parent if isinstance(parent, QWidget) else None
    QMessageBox.warning(widget.window() if widget is not None else None,
                        QCoreApplication.translate("Background", "Ошибка"),
                        QCoreApplication.translate("Background", "Не удалось выполнить действие: {error}")
                        .format(error=why))


class _Relay(QObject):
    """Lives on the GUI thread for the life of the program: pool threads tell it which op is over."""

    over = Signal(int)  # emitted on a pool thread, delivered queued on the GUI thread
    call = Signal(object, str, object)  # weak reference to a QObject, its method's name, the arguments

    @Slot(int)
    def deliver(self, number: int) -> None:
        op = _live.pop(number, None)
        with _outcomes_lock:
            ok, value = _outcomes.pop(number)
        if op is not None:
            op._deliver(ok, value)

    @Slot(object, str, object)
    def call_method(self, target_ref: weakref.ref, name: str, args: tuple) -> None:
        target = target_ref()
        if target is not None and isValid(target):
            getattr(target, name)(*args)


def _the_relay() -> _Relay:
    """Made on the GUI thread by the first op (ops are made there: they may show a dialog)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
        _relay.over.connect(_relay.deliver, Qt.ConnectionType.QueuedConnection)
        _relay.call.connect(_relay.call_method, Qt.ConnectionType.QueuedConnection)
    return _relay


def call_on_gui_thread(target: QObject, method: str, *args: Any) -> None:
    """From an op's function: ``target.method(*args)`` soon on the GUI thread, or never if ``target``
    is deleted by then. Emitting a signal of ``target`` itself from the pool thread would race with
    its deletion on the GUI thread; only a weak reference crosses here."""
    if _relay is None:
        raise RuntimeError("call_on_gui_thread is for the functions of background ops")
    _relay.call.emit(weakref.ref(target), method, args)


class Op(QObject):
    """One background operation; its handlers run on the GUI thread once it is over.

    ``busy`` is the "please wait" dialog shown while it runs (when asked for with ``busy_text``),
    None once the op is over. ``done`` is True once the handlers have run.
    """

    def __init__(self, parent: QObject | None, fn: Callable[[], Any],
                 on_done: Callable[[Any], None] | None, on_error: Callable[[Exception], None] | None,
                 busy_text: str | None):
        super().__init__()  # not a child of ``parent``: an op outlives a deleted owner, quietly
        self._owner = parent
        self._fn, self._on_done, self._on_error = fn, on_done, on_error
        self._finished = threading.Event()  # the function has returned or raised
        self.done = False
        self.busy: QProgressDialog | None = None
        self.number = next(_numbers)
        _the_relay()
        if busy_text:
            self.busy = QProgressDialog(busy_text, "", 0, 0, parent if isinstance(parent, QWidget) else None)
            self.busy.setCancelButton(None)  # a half-done job cannot be taken back
            self.busy.setMinimumDuration(0)
            self.busy.setWindowModality(Qt.WindowModality.WindowModal)
            self.busy.show()
        _live[self.number] = self

    def _deliver(self, ok: bool, value: Any) -> None:
        """On the GUI thread, once the pool thread has let go of everything."""
        self.done = True
        self._fn = None
        if self.busy is not None and isValid(self.busy):
            self.busy.close()
            self.busy.deleteLater()
        self.busy = None
        owner = self._owner
        if owner is not None and not isValid(owner):  # the screen that asked is gone: nobody to tell
            return
        if ok:
            if self._on_done is not None:
                self._on_done(value)
        elif self._on_error is not None:
            self._on_error(value)
        else:
            show_error(owner, value)

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the function has returned (for tests and for closing); handlers run later."""
        return self._finished.wait(msecs / 1000)


class _Job(QRunnable):
    """What a pool thread holds: the op's number, its function until it has run, and plain Python
    things (an event, the next step of a worker's queue) whose release is harmless anywhere."""

    def __init__(self, op: Op, after: Callable[[], None] | None = None):
        super().__init__()
        self.setAutoDelete(True)
        self._number, self._fn, self._finished, self._after = op.number, op._fn, op._finished, after

    def run(self) -> None:
        number, fn, self._fn = self._number, self._fn, None
        try:
            outcome = (True, fn())
        except Exception as exc:  # handed to the GUI thread, which shows it
            outcome = (False, exc)
        del fn  # the op still holds it: not the last reference
        with _outcomes_lock:
            _outcomes[number] = outcome
        del outcome
        self._finished.set()
        _relay.over.emit(number)
        if self._after is not None:
            self._after()


def run_in_background(parent: QObject | None, fn: Callable[[], Any],
                      on_done: Callable[[Any], None] | None = None,
                      on_error: Callable[[Exception], None] | None = None, *,
                      busy_text: str | None = None) -> Op:
    """Run ``fn()`` on the shared pool; then ``on_done(result)`` or ``on_error(exc)`` on the GUI thread.

    Without ``on_error`` a failure is shown in a message box over ``parent``'s window. With
    ``busy_text`` a modal "please wait" dialog stands over ``parent`` while ``fn`` runs.
    If ``parent`` is deleted before ``fn`` is over, the handlers never run.
    ``fn`` must not touch widgets or the GUI thread's database connection.
    """
    op = Op(parent, fn, on_done, on_error, busy_text)
    pool().start(_Job(op))
    return op


class _Sequence:
    """A worker's queue in plain Python: pool threads hold this, never the Worker (a QObject)."""

    def __init__(self, thread_pool: QThreadPool):
        self.pool = thread_pool
        self.lock = threading.Condition()
        self.waiting: deque[_Job] = deque()
        self.running = False

    def add(self, job: _Job) -> None:
        with self.lock:
            if self.running:
                self.waiting.append(job)
                return
            self.running = True
        self.pool.start(job)

    def next(self) -> None:
        """On the pool thread, as one op ends: start the next one, or mark the worker idle."""
        with self.lock:
            if not self.waiting:
                self.running = False
                self.lock.notify_all()
                return
            job = self.waiting.popleft()
        self.pool.start(job)


class Worker(QObject):
    """Runs its ops one at a time, in the order given, on the shared pool.

    For jobs whose results must arrive in order (a newer read must not be overtaken by an older
    one) and for engines that must never be used by two threads at once.
    """

    def __init__(self, parent: QObject | None = None, thread_pool: QThreadPool | None = None):
        """``thread_pool``: a pool of its own for ops that wait on something outside (a process);
        it must live as long as the program (a module's pool), since its own threads hold it."""
        super().__init__(parent)
        self._sequence = _Sequence(thread_pool or pool())

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, *, busy_text: str | None = None) -> Op:
        """As :func:`run_in_background`, after every op submitted before it is over."""
        op = Op(self.parent() or self, fn, on_done, on_error, busy_text)
        self._sequence.add(_Job(op, self._sequence.next))
        return op

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted function has returned (for tests and for closing the window)."""
        sequence = self._sequence
        with sequence.lock:
            return sequence.lock.wait_for(lambda: not sequence.running, msecs / 1000)
