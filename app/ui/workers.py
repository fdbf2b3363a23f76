"""The one helper for slow work: run a function off the GUI thread, get its result on the GUI thread.

In the spirit of Anki's ``CollectionOp``/``QueryOp``, every slow call of the screens goes through
:func:`run_in_background` (one-off jobs: install a pack, export, write a PDF) or a :class:`Worker`
(jobs that must run one at a time and in order: reads whose newest result must be shown last,
an engine that is not thread-safe). Both use one thread pool for the whole program.

An error that the caller does not handle is shown to the user in a message box, never dropped.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThread, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from shiboken6 import isValid
from app.ui.core_texts import say_error

MIN_THREADS = 4  # a grammar engine loading for seconds must not hold up a dashboard read

_live: set[Op] = set()  # ops whose result is not yet delivered (Python must keep them alive)


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


class Op(QObject):
    """One background operation; its handlers run on the GUI thread once it is over.

    ``busy`` is the "please wait" dialog shown while it runs (when asked for with ``busy_text``),
    None once the op is over. ``done`` is True once the handlers have run.
    """

    _over = Signal(bool, object)  # emitted on the pool thread, delivered queued on the GUI thread

    def __init__(self, parent: QObject | None, fn: Callable[[], Any],
                 on_done: Callable[[Any], None] | None, on_error: Callable[[Exception], None] | None,
                 busy_text: str | None):
        super().__init__()  # not a child of ``parent``: an op outlives a deleted owner, quietly
        self._owner = parent
        self._fn, self._on_done, self._on_error = fn, on_done, on_error
        self._finished = threading.Event()  # the function has returned or raised
        self.done = False
        self.busy: QProgressDialog | None = None
        self._over.connect(self._deliver, Qt.ConnectionType.QueuedConnection)
        if busy_text:
            self.busy = QProgressDialog(busy_text, "", 0, 0, parent if isinstance(parent, QWidget) else None)
            self.busy.setCancelButton(None)  # a half-done job cannot be taken back
            self.busy.setMinimumDuration(0)
            self.busy.setWindowModality(Qt.WindowModality.WindowModal)
            self.busy.show()
        _live.add(self)

    def _run(self) -> None:
        """On a pool thread."""
        try:
            result = self._fn()
        except Exception as exc:  # handed to the GUI thread, which shows it
            ok, value = False, exc
        else:
            ok, value = True, result
        self._finished.set()
        self._over.emit(ok, value)

    @Slot(bool, object)
    def _deliver(self, ok: bool, value: Any) -> None:
        # Python owns the op: dropping its last reference here would delete it inside its own slot,
        # which crashes Qt now and then. Let it go once this slot has returned.
        QTimer.singleShot(0, lambda op=self: _live.discard(op))
        self.done = True
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
    def __init__(self, op: Op, after: Callable[[], None] | None = None):
        super().__init__()
        self.setAutoDelete(True)
        self._op, self._after = op, after

    def run(self) -> None:
        self._op._run()
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


class Worker(QObject):
    """Runs its ops one at a time, in the order given, on the shared pool.

    For jobs whose results must arrive in order (a newer read must not be overtaken by an older
    one) and for engines that must never be used by two threads at once.
    """

    def __init__(self, parent: QObject | None = None, thread_pool: QThreadPool | None = None):
        """``thread_pool``: a pool of its own for ops that wait on something outside (a process)."""
        super().__init__(parent)
        self._pool = thread_pool or pool()
        self._lock = threading.Condition()
        self._queue: deque[Op] = deque()
        self._running = False

    def submit(self, fn: Callable[[], Any], on_done: Callable[[Any], None] | None = None,
               on_error: Callable[[Exception], None] | None = None, *, busy_text: str | None = None) -> Op:
        """As :func:`run_in_background`, after every op submitted before it is over."""
        op = Op(self.parent() or self, fn, on_done, on_error, busy_text)
        with self._lock:
            if self._running:
                self._queue.append(op)
                return op
            self._running = True
        self._pool.start(_Job(op, self._next))
        return op

    def _next(self) -> None:
        """On the pool thread, as one op ends: start the next one, or mark the worker idle."""
        with self._lock:
            if not self._queue:
                self._running = False
                self._lock.notify_all()
                return
            op = self._queue.popleft()
        self._pool.start(_Job(op, self._next))

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every submitted function has returned (for tests and for closing the window)."""
        with self._lock:
            return self._lock.wait_for(lambda: not self._running, msecs / 1000)
