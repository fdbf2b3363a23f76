"""A section page: its title over its content, with the same margins on every section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.ui import theme


class Page(QWidget):
    """``body`` under a title; the body's own layout margins are dropped so the page's are the only ones."""

    def __init__(self, title: str, body: QWidget, scrolled: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = body
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*theme.PAGE_MARGINS)
        layout.setSpacing(theme.SPACE_M)
        self.title = QLabel(title)
        self.title.setObjectName("PageTitle")
        self.title.setIndent(0)  # its styled box would indent the text by half an «x», off the content's left edge
        layout.addWidget(self.title)
        if body.layout() is not None:
            body.layout().setContentsMargins(0, 0, 0, 0)
        if scrolled:
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            area.setWidget(body)
            layout.addWidget(area, 1)
        else:
            layout.addWidget(body, 1)

