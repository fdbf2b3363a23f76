"""«История попыток» on the progress screen: the latest attempts, and deleting the ones chosen.

A deleted attempt leaves every figure (statistics, the per-key sums, the adaptive model,
certificates): the store deletes it and its keystrokes in one transaction. The learner is
asked first, and the last deletion can be undone.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QAbstractItemView, QHBoxLayout, QLabel, QMessageBox, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.storage.errors import SaveError
from app.ui.core_texts import say_error
from app.ui.formatting import fmt_number, fmt_percent

HISTORY_LENGTH = 100  # attempts listed, newest first


class HistoryList(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Когда"), self.tr("Что"), self.tr("Результат")])
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setMinimumHeight(220)
        # the date column as wide as a date and time in this font, with the cell's margins
        when_width = self.tree.fontMetrics().horizontalAdvance("00.00.0000 00:00") + 24
        for column, width in enumerate((when_width, 380)):
            self.tree.setColumnWidth(column, width)
        self.delete_button = QPushButton(self.tr("Удалить выбранные…"))
        self.delete_button.setEnabled(False)
        self.undo_button = QPushButton(self.tr("Вернуть удалённые"))
        self.undo_button.hide()
        self.note = QLabel()
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.note, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.delete_button)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(QLabel(self.tr("<h3>История попыток</h3>Удалённая попытка пропадает из всех показателей, "
                                     "адаптивной тренировки и сертификатов.")))
        box.addWidget(self.tree)
        box.addLayout(row)
        self._removed: list = []
        self.tree.itemSelectionChanged.connect(
            lambda: self.delete_button.setEnabled(bool(self.tree.selectedItems())))
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button.clicked.connect(self.undo)

    def _kind_name(self, kind: str) -> str:
        names = {"lesson": self.tr("Урок"), "timed": self.tr("Тест на время"), "custom": self.tr("Свой текст"),
                 "adaptive": self.tr("Адаптивная тренировка"), "grammar": self.tr("Грамотность"),
                 "correspondence": self.tr("Деловая переписка"), "quiz": self.tr("Сетевой этикет")}
        return names.get(kind, kind)

    def show_rows(self, rows) -> None:
        """``rows``: AttemptRow, newest first."""
        self.tree.clear()
        for row in rows:
            try:
                when = datetime.fromisoformat(row.finished_at).astimezone().strftime("%d.%m.%Y %H:%M")
            except ValueError:
                when = row.finished_at
            title = row.record.title  # a typing attempt's own title already names its kind
            what = title or (f"{self._kind_name(row.kind)}: {row.exercise_id}" if row.exercise_id
                             else self._kind_name(row.kind))
            if row.cpm is not None:
                result = self.tr("{cpm} зн/мин, {acc}").format(cpm=fmt_number(row.cpm),
                                                               acc=fmt_percent(row.accuracy or 0.0, 1))
            elif row.score is not None:
                result = self.tr("оценка {score:.0f}").format(score=row.score)
            else:
                result = ""
            if row.passed:
                result += " ✓"
            item = QTreeWidgetItem(self.tree, [when, what, result.strip()])
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
        self.delete_button.setEnabled(False)
        self.setVisible(bool(rows) or bool(self._removed))

    def delete_selected(self) -> None:
        ids = [item.data(0, Qt.ItemDataRole.UserRole) for item in self.tree.selectedItems()]
        if not ids:
            return
        answer = QMessageBox.question(
            self, self.tr("Удалить попытки?"),
            self.tr("Удалить выбранные попытки ({n})? Они пропадут из статистики, адаптивной тренировки и "
                    "сертификатов.").format(n=len(ids)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self._removed = self.ctx.delete_attempts(ids)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Попытки не удалены"), say_error(exc))
            return
        self.note.setText(self.tr("Удалено попыток: {n}.").format(n=len(self._removed)))
        self.undo_button.setVisible(bool(self._removed))

    def undo(self) -> None:
        try:
            self.ctx.restore_attempts(self._removed)
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Попытки не возвращены"), say_error(exc))
            return
        self._removed = []
        self.note.clear()
        self.undo_button.hide()
