"""The personal dictionary in the window: «Добавить в словарь» from a spelling underline, and the list
in Settings where words are viewed and removed (with «Вернуть» for the last one removed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (QGroupBox, QHBoxLayout, QLabel, QListWidget, QMessageBox, QPushButton,
                               QVBoxLayout, QWidget)

from app.storage.errors import StorageError
from app.ui.answer_edit import AnswerEdit
from app.ui.context import AppContext
from app.ui.core_texts import say_error


def add_word_from_editor(parent: QWidget, ctx: AppContext, editor: AnswerEdit, word: str,
                         recheck: Callable[[str], None]) -> None:
    """Add ``word`` to the profile's dictionary, take its underlines off at once and check again."""
    try:
        ctx.add_word(word)
    except (ValueError, StorageError) as exc:
        QMessageBox.warning(parent, QCoreApplication.translate("DictionaryBox", "Слово не добавлено"), say_error(exc))
        return
    editor.forget_word(word)
    recheck(editor.toPlainText())


class DictionaryBox(QGroupBox):
    """Settings: the current profile's words; «Удалить» removes the selected one, «Вернуть» brings it back."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setTitle(self.tr("Личный словарь"))
        self.hint = QLabel(self.tr("Слова, которые проверка не подчёркивает как опечатки. Добавить слово — "
                                   "правый щелчок по подчёркнутому слову, «Добавить в словарь». На оценку "
                                   "ответов словарь не влияет."))
        self.hint.setWordWrap(True)
        self.words = QListWidget()
        self.words.setMaximumHeight(160)
        self.remove_button = QPushButton(self.tr("Удалить слово"))
        self.undo_button = QPushButton()
        self.undo_button.setVisible(False)
        self._removed = ""
        row = QHBoxLayout()
        row.addWidget(self.remove_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        box = QVBoxLayout(self)
        box.addWidget(self.hint)
        box.addWidget(self.words)
        box.addLayout(row)
        self.remove_button.clicked.connect(self.remove_selected)
        self.undo_button.clicked.connect(self.undo)
        self.words.currentRowChanged.connect(lambda _row: self._enable())
        ctx.dictionaryChanged.connect(self.load)
        ctx.profileChanged.connect(self._profile_changed)
        self.load()

    def _profile_changed(self) -> None:
        self._removed = ""
        self.undo_button.setVisible(False)
        self.load()

    def load(self) -> None:
        self.words.clear()
        words = self.ctx.personal_words()
        self.words.addItems(list(words))
        if not words:
            self.words.addItem(self.tr("(словарь пуст)"))
            self.words.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._enable()

    def _enable(self) -> None:
        self.remove_button.setEnabled(bool(self.ctx.personal_words()) and self.words.currentRow() >= 0)

    def remove_selected(self) -> None:
        item = self.words.currentItem()
        if item is None or not self.ctx.personal_words():
            return
        word = item.text()
        try:
            self.ctx.remove_word(word)
        except (ValueError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Слово не удалено"), say_error(exc))
            return
        self._removed = word
        self.undo_button.setText(self.tr("Вернуть «{word}»").format(word=word))
        self.undo_button.setVisible(True)

    def undo(self) -> None:
        if not self._removed:
            return
        try:
            self.ctx.add_word(self._removed)
        except (ValueError, StorageError) as exc:
            QMessageBox.warning(self, self.tr("Слово не возвращено"), say_error(exc))
            return
        self._removed = ""
        self.undo_button.setVisible(False)
