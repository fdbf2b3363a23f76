"""Shared pieces of the catalogue screens (courses, grammar topics, tasks, quizzes): a page
with an introduction, a tree of entries and buttons, and the tree's group headings."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QHBoxLayout, QHeaderView, QLabel, QPushButton, QTreeWidget, QTreeWidgetItem, QVBoxLayout,
                               QWidget)


def group_item(tree: QTreeWidget, title: str) -> QTreeWidgetItem:
    """An expanded heading that groups entries and cannot itself be started."""
    head = QTreeWidgetItem(tree, [title])
    head.setFlags(Qt.ItemFlag.ItemIsEnabled)
    head.setExpanded(True)
    head.setFirstColumnSpanned(True)  # a long pack title uses the whole row, not just the first column
    return head


def fit_columns(tree: QTreeWidget, stretch: int = 0) -> None:
    """Column ``stretch`` takes the room left over; the others are as wide as their heading and entries,
    so nothing is cut off while half the row is empty."""
    header = tree.header()
    header.setStretchLastSection(False)
    for column in range(tree.columnCount()):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                    else QHeaderView.ResizeMode.ResizeToContents)


def listing_page(intro_html: str, tree: QTreeWidget, start: QPushButton, below: Sequence[QWidget] = (),
                 left: Sequence[QPushButton] = ()) -> QWidget:
    """Introduction, the tree, optional widgets under it, then ``left`` buttons … ``start`` on the right."""
    page = QWidget()
    box = QVBoxLayout(page)
    box.setContentsMargins(0, 0, 0, 0)
    intro = QLabel(intro_html)
    intro.setWordWrap(True)
    box.addWidget(intro)
    box.addWidget(tree, 1)
    for widget in below:
        box.addWidget(widget)
    row = QHBoxLayout()
    for button in left:
        row.addWidget(button)
    row.addStretch(1)
    start.setProperty("role", "primary")
    row.addWidget(start)
    box.addLayout(row)
    return page
