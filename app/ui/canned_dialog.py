"""The learner's canned replies (Alt+1…9 in a chat): stored per profile, edited in a dialog."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QMessageBox, QPushButton, QVBoxLayout

from app.core import conversation
from app.ui.context import AppContext

CANNED_KEY = "canned_replies"


def canned_replies(ctx: AppContext) -> list[tuple[str, str]]:
    if ctx.profile is None:
        return list(conversation.DEFAULT_CANNED)
    stored = ctx.store.settings.get(CANNED_KEY, None, profile_id=ctx.profile.id)
    if not isinstance(stored, list):
        return list(conversation.DEFAULT_CANNED)
    return [(str(t), str(x)) for t, x in stored if isinstance(t, str) and isinstance(x, str)]


class CannedDialog(QDialog):
    """The learner's canned replies: add, change, delete. Placeholders: {имя}, {номер заказа} …"""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Шаблоны ответов"))
        self.resize(640, 420)
        self.items = canned_replies(ctx)
        self.list = QListWidget()
        hint = QLabel(self.tr("В тексте можно писать {имя} и названия полей карточки клиента в фигурных скобках, "
                              "например {номер заказа}: при вставке они заменятся значениями."))
        hint.setWordWrap(True)
        add, edit, delete, close = (QPushButton(self.tr("Добавить…")), QPushButton(self.tr("Изменить…")),
                                    QPushButton(self.tr("Удалить")), QPushButton(self.tr("Закрыть")))
        row = QHBoxLayout()
        for b in (add, edit, delete):
            row.addWidget(b)
        row.addStretch(1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        add.clicked.connect(self.add)
        edit.clicked.connect(self.edit)
        delete.clicked.connect(self.delete)
        close.clicked.connect(self.accept)
        self._show()

    def _show(self) -> None:
        self.list.clear()
        for title, text in self.items:
            self.list.addItem(f"{title}: {text}")

    def _store(self) -> None:
        if self.ctx.profile is not None:
            self.ctx.store.settings.set(CANNED_KEY, [list(i) for i in self.items], profile_id=self.ctx.profile.id)
        self._show()

    def _ask(self, title: str = "", text: str = "") -> tuple[str, str] | None:
        title, ok = QInputDialog.getText(self, self.tr("Шаблон"), self.tr("Название:"), text=title)
        if not ok or not title.strip():
            return None
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Шаблон"), self.tr("Текст:"), text)
        if not ok or not text.strip():
            return None
        return title.strip(), text.strip()

    def add(self) -> None:
        item = self._ask()
        if item:
            self.items.append(item)
            self._store()

    def edit(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            item = self._ask(*self.items[row])
            if item:
                self.items[row] = item
                self._store()

    def delete(self) -> None:
        row = self.list.currentRow()
        if 0 <= row < len(self.items):
            answer = QMessageBox.question(self, self.tr("Удалить шаблон?"),
                                          self.tr("Удалить шаблон «{title}»?").format(title=self.items[row][0]))
            if answer == QMessageBox.StandardButton.Yes:
                del self.items[row]
                self._store()
