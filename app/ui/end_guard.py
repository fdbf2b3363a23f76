"""Keys typed on after an attempt ends press nothing on the page that replaces it.

A learner typing when a timed test, a timed quiz or a shift ends keeps typing for a
moment. The page that shows the result takes the focus itself (so no button has it
and Space or Enter cannot press one), and for :data:`~app.core.drill_clock.END_GRACE`
seconds it swallows every key, shortcuts included. The rule is
:func:`app.core.drill_clock.input_ignored`; this class only applies it to a widget.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QWidget

from app.core.drill_clock import input_ignored

_KEY_EVENTS = (QEvent.Type.KeyPress, QEvent.Type.ShortcutOverride)


class EndGuard:
    """Armed when an attempt ends; the page calls :meth:`swallows` from its ``event()``."""

    def __init__(self, page: QWidget, clock: Callable[[], float] = time.monotonic):
        self.page, self.clock = page, clock
        self._ended_at: float | None = None
        page.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def arm(self) -> None:
        """The attempt has just ended: the page takes the focus and keys are ignored for a moment."""
        self._ended_at = self.clock()
        self.page.setFocus()

    def active(self) -> bool:
        return input_ignored(self._ended_at, self.clock())

    def swallows(self, event: QEvent) -> bool:
        """Whether ``event`` is a key in the grace period; it is then accepted and goes no further."""
        if event.type() in _KEY_EVENTS and self.active():
            event.accept()
            return True
        return False
