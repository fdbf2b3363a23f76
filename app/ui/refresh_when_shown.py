"""Figures kept current without reading them for a screen nobody looks at.

After a change (a new attempt, another profile) a screen's figures are read at once if the screen is
on view, else when it is next shown. The screen says when its figures are current (``stale = False``,
usually once a read has arrived), so a read that failed is tried again the next time it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QWidget


class RefreshWhenShown(QObject):
    def __init__(self, screen: QWidget, refresh: Callable[[], object], *, stale: bool = True):
        super().__init__(screen)
        self._screen = screen
        self._refresh = refresh
        self.stale = stale  # True: read again when next shown
        screen.installEventFilter(self)

    def changed(self, *_args) -> None:
        """What the screen shows has changed: read it again now if shown, else when next shown."""
        if self._screen.isVisible():
            self._refresh()
        else:
            self.stale = True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._screen and event.type() == QEvent.Type.Show and self.stale:
            self._refresh()
        return False
