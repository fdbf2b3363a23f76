"""«Деловая переписка»: tasks by industry and shift sets; a chat or a shift runs on its own page."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedWidget, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.core.content import Pack
from app.core.conversation import stored_shift_score
from app.core.records import ShiftRecord
from app.ui.catalogue import fit_columns, group_item, listing_page
from app.ui.chat_view import ChatView
from app.ui.context import AppContext
from app.ui.grammar_service import GrammarService
from app.ui.shift_view import ShiftView

INDUSTRIES = {
    "ecommerce": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Интернет-магазин"),
    "bank": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Банк"),
    "insurance": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Страхование"),
    "telecom": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Связь"),
    "saas": QT_TRANSLATE_NOOP("CorrespondenceScreen", "IT и сервисы"),
    "travel": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Путешествия"),
    "education": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Образование"),
    "other": QT_TRANSLATE_NOOP("CorrespondenceScreen", "Другое"),
}


class CorrespondenceScreen(QWidget):
    """Tasks by industry and shift sets; Enter starts the selected one."""

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.pages = QStackedWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Задание"), self.tr("Клиент"), self.tr("Лучший балл")])
        fit_columns(self.tree)
        self.start_button = QPushButton(self.tr("Начать (Enter)"))
        listing = listing_page(self.tr("Ответьте клиенту в чате. Ответ оценивается как в "
                                       "отделе контроля качества: приветствие, обращение по имени, сочувствие, "
                                       "решение, завершение, тон, грамотность, инфостиль и длина."),
                               self.tree, self.start_button)
        self.chat_page = QWidget()
        self.chat = ChatView(ctx, service)
        back = QPushButton(self.tr("К заданиям"))
        cv = QVBoxLayout(self.chat_page)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.addWidget(self.chat, 1)
        brow = QHBoxLayout()
        brow.addStretch(1)
        brow.addWidget(back)
        cv.addLayout(brow)
        self.shift = ShiftView(ctx, service)
        for page in (listing, self.chat_page, self.shift):
            self.pages.addWidget(page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.tree.itemActivated.connect(lambda item, _c: self._start(item))
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))
        back.clicked.connect(self.show_list)
        self.shift.back.connect(self.show_list)
        ctx.profileChanged.connect(self.refresh)
        ctx.packsChanged.connect(self.refresh)
        self.refresh()

    def packs(self) -> list[Pack]:
        return [p for p in self.ctx.packs if p.correspondence]

    def refresh(self) -> None:
        self.tree.clear()
        for pack in self.packs():
            best: dict[str, float] = {}
            customers = {s.id: len(s.tasks) for s in pack.shifts}
            if self.ctx.profile is not None:
                for r in self.ctx.store.attempts.list(self.ctx.profile.id, kind="correspondence", pack_id=pack.id):
                    score, record = r.score or 0.0, r.record
                    if isinstance(record, ShiftRecord) and r.exercise_id in customers:
                        score = stored_shift_score(record.kpis, score, customers[r.exercise_id])
                    best[r.exercise_id] = max(best.get(r.exercise_id, 0.0), score)
            if pack.shifts:
                head = group_item(self.tree, self.tr("Смены: несколько клиентов сразу"))
                for shift in pack.shifts:
                    item = QTreeWidgetItem(head, [shift.title, self.tr("клиентов: {n}").format(n=len(shift.tasks)),
                                                  f"{best[shift.id]:.0f}" if shift.id in best else ""])
                    item.setData(0, Qt.ItemDataRole.UserRole, ("shift", pack.id, shift.id))
            groups: dict[str, QTreeWidgetItem] = {}
            for task in pack.correspondence:
                head = groups.get(task.industry)
                if head is None:
                    name = INDUSTRIES.get(task.industry)
                    head = group_item(self.tree, QCoreApplication.translate("CorrespondenceScreen", name)
                                      if name else task.industry)
                    groups[task.industry] = head
                turns = " (" + self.tr("диалог") + ")" if task.turns else ""
                item = QTreeWidgetItem(head, [task.title + turns, task.customer,
                                              f"{best[task.id]:.0f}" if task.id in best else ""])
                item.setData(0, Qt.ItemDataRole.UserRole, ("task", pack.id, task.id))

    def _start(self, item) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        kind, pack_id, item_id = data
        pack = next(p for p in self.packs() if p.id == pack_id)
        if kind == "shift":
            self.shift.start(pack, next(s for s in pack.shifts if s.id == item_id))
            self.pages.setCurrentWidget(self.shift)
        else:
            self.chat.start(pack, next(t for t in pack.correspondence if t.id == item_id))
            self.pages.setCurrentWidget(self.chat_page)

    def show_list(self) -> None:
        self.refresh()
        self.pages.setCurrentIndex(0)
