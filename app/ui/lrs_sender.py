"""The window's background sender: delivers the xAPI outbox to the department's LRS, never on the GUI thread.

It wakes after each saved attempt, when asked («Отправить сейчас»), and once a minute; each round
runs through :func:`~app.ui.workers.run_in_background` on its own database connection
(app/services/lrs.py ``deliver_store``), one round at a time. The GUI thread only reads whether
any profile sends at all (one settings query) and starts the round: nothing of it is on the
keystroke path. Closing the window mid-round loses nothing — what was not marked delivered is
sent again next time, and the LRS recognises it by its id.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from app.storage.errors import StorageError
from app.ui.workers import Op, run_in_background

POLL_MS = 60_000
FIRST_ROUND_MS = 3_000  # what waited from the last session goes out soon after start-up


class LrsSender(QObject):
    roundOver = Signal(object)  # the round's Delivery, or the exception that stopped it

    def __init__(self, store, parent: QObject | None = None, *, poll_ms: int = POLL_MS):
        super().__init__(parent)
        self._store = store  # read on the GUI thread only for "does anyone send?"
        self._db_path = Path(store.path)
        self._op: Op | None = None
        self._again = False
        self.timer = QTimer(self)
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.kick)
        self.timer.start()
        QTimer.singleShot(FIRST_ROUND_MS, self, self.kick)

    @property
    def busy(self) -> bool:
        return self._op is not None

    def kick(self) -> None:
        """Start a delivery round now, or right after the one running."""
        if self._op is not None:
            self._again = True
            return
        try:
            if not self._store.outbox.sending_enabled():
                return
        except StorageError:  # the store is closed (the window is going) or unreadable: nothing to send now
            return
        from app.services.lrs import deliver_store
        path = self._db_path
        self._op = run_in_background(self, lambda: deliver_store(path), self._over, self._over)

    def _over(self, outcome: object) -> None:
        self._op = None
        self.roundOver.emit(outcome)
        if self._again:
            self._again = False
            self.kick()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until the running round's work is over (tests, closing the window)."""
        return self._op is None or self._op.wait(msecs)
