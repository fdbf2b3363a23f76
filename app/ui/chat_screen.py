"""Business correspondence: answer customers in a chat view, graded like a support QA scorecard.

One :class:`ChatView` is one conversation (customer bubbles, the context card,
a reply box with grammar underlines, canned replies on Alt+1…9, a timer).
Sending grades the reply on the grammar worker; the scorecard, the problems in
the reply and the model reply appear beside it. A multi-turn task continues
with the customer's scripted answer. :class:`ShiftView` runs several chats in
tabs as customers arrive over a shift, and ends with a KPI report.
"""

from __future__ import annotations

import html
import time
from datetime import datetime, timezone

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QDialog, QHBoxLayout, QInputDialog, QLabel, QListWidget, QListWidgetItem, QMessageBox,
                               QPushButton, QSplitter, QStackedWidget, QTabWidget, QTextBrowser, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core import conversation
from app.core.content import CorrespondenceTask, Pack, ShiftSet
from app.core.vocabulary import SCORECARD_BY_ID
from app.storage.errors import SaveError
from app.ui.answer_edit import AnswerEdit
from app.ui.catalogue import group_item, listing_page
from app.ui.context import AppContext
from app.ui.grammar_service import GrammarService

CANNED_KEY = "canned_replies"
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


def canned_replies(ctx: AppContext) -> list[tuple[str, str]]:
    if ctx.profile is None:
        return list(conversation.DEFAULT_CANNED)
    stored = ctx.store.settings.get(CANNED_KEY, None, profile_id=ctx.profile.id)
    if not isinstance(stored, list):
        return list(conversation.DEFAULT_CANNED)
    return [(str(t), str(x)) for t, x in stored if isinstance(t, str) and isinstance(x, str)]


class ChatView(QWidget):
    """One conversation with one customer."""

    finished = Signal(object)  # the view, when the chat is over
    replied = Signal(object)  # the view, after each graded reply

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.pack: Pack | None = None
        self.task: CorrespondenceTask | None = None
        self.turn_id = ""
        self.scores: list[float] = []
        self.done = False
        self._opened = 0.0
        self.transcript = QTextBrowser()
        self.transcript.setOpenLinks(False)
        self.reply = AnswerEdit()
        self.reply.setPlaceholderText(self.tr("Ваш ответ клиенту. Отправить — Ctrl+Enter; шаблоны — Alt+1…9."))
        self.reply.setMaximumHeight(150)
        self.send_button = QPushButton(self.tr("Отправить (Ctrl+Enter)"))
        self.timer_label = QLabel()
        self.context_label = QLabel()
        self.context_label.setWordWrap(True)
        self.context_label.setTextFormat(Qt.TextFormat.RichText)
        self.canned = QListWidget()
        self.canned.setMaximumHeight(150)
        self.edit_canned = QPushButton(self.tr("Шаблоны…"))
        self.scorecard = QTextBrowser()
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.transcript, 1)
        lv.addWidget(self.reply)
        row = QHBoxLayout()
        row.addWidget(self.send_button)
        row.addStretch(1)
        row.addWidget(self.timer_label)
        lv.addLayout(row)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.context_label)
        rv.addWidget(QLabel(self.tr("Шаблоны ответов (Alt+1…9):")))
        rv.addWidget(self.canned)
        rv.addWidget(self.edit_canned)
        rv.addWidget(self.scorecard, 1)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setSizes([620, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(split)
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self.send_button.clicked.connect(self.send)
        self.reply.submitted.connect(self.send)
        self.reply.settled.connect(self._underline)
        self.canned.itemActivated.connect(lambda item: self.insert_canned(self.canned.row(item)))
        self.edit_canned.clicked.connect(self._edit_canned)
        for n in range(1, 10):
            QShortcut(QKeySequence(f"Alt+{n}"), self, lambda n=n: self.insert_canned(n - 1))

    # -- conversation -----------------------------------------------------------
    def start(self, pack: Pack, task: CorrespondenceTask) -> None:
        self.pack, self.task, self.turn_id, self.scores, self.done = pack, task, "", [], False
        self.transcript.clear()
        self.scorecard.clear()
        self.reply.clear()
        self.reply.setEnabled(True)
        self.send_button.setEnabled(True)
        rows = "".join(f"<tr><td style='color:#607d8b'>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>"
                       for k, v in task.context)
        self.context_label.setText(
            f"<b>{html.escape(task.title)}</b><br>{html.escape(task.instructions)}"
            + (f"<table>{rows}</table>" if rows else ""))
        self._fill_canned()
        for message in task.messages:
            self._bubble(task.customer or self.tr("Клиент"), message, customer=True)
        self._opened = time.monotonic()
        self._ticker.start()
        self._tick()
        self.reply.setFocus()

    def _bubble(self, who: str, text: str, customer: bool) -> None:
        stamp = datetime.now().strftime("%H:%M")
        colour, align = ("#eceff1", "left") if customer else ("#dcedc8", "right")
        self.transcript.append(
            f"<table width='100%'><tr><td align='{align}'><div style='background:{colour};padding:6px'>"
            f"<span style='color:#607d8b'>{html.escape(who)} · {stamp}</span><br>{html.escape(text)}"
            f"</div></td></tr></table>")

    def _tick(self) -> None:
        if self.task is None or self.done:
            return
        elapsed = time.monotonic() - self._opened
        limit = self.task.time_limit
        text = self.tr("Время ответа: {m}:{s:02d}").format(m=int(elapsed) // 60, s=int(elapsed) % 60)
        if limit:
            text += self.tr(" из {m}:{s:02d}").format(m=limit // 60, s=limit % 60)
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet("color: #c62828;" if limit and elapsed > limit else "")

    def _underline(self, text: str) -> None:
        if text.strip() and not self.done:
            self.service.check(text, "ru", lambda r: self.reply.show_findings(r.findings), channel=f"chat{id(self)}")

    # -- canned replies ----------------------------------------------------------
    def _fill_canned(self) -> None:
        self.canned.clear()
        for n, (title, text) in enumerate(canned_replies(self.ctx), start=1):
            item = QListWidgetItem(f"{n}. {title}" if n <= 9 else title)
            item.setToolTip(text)
            self.canned.addItem(item)

    def insert_canned(self, index: int) -> None:
        replies = canned_replies(self.ctx)
        if self.task is None or not 0 <= index < len(replies):
            return
        text = conversation.fill_placeholders(replies[index][1], self.task.customer, self.task.context)
        self.reply.insertPlainText(text + " ")
        self.reply.setFocus()

    def _edit_canned(self) -> None:
        dialog = CannedDialog(self.ctx, self)
        dialog.exec()
        self._fill_canned()

    # -- sending and grading --------------------------------------------------------
    def send(self) -> None:
        if self.task is None or self.done or not self.send_button.isEnabled():
            return
        text = self.reply.toPlainText().strip()
        if not text:
            return
        left = conversation.unfilled(text)
        if left:
            QMessageBox.warning(self, self.tr("В ответе остались пропуски"),
                                self.tr("Заполните: {names}").format(names=", ".join("{" + n + "}" for n in left)))
            return
        seconds = time.monotonic() - self._opened
        task, turn_id = self.task, self.turn_id
        turn = next((t for t in task.turns if t.id == turn_id), None) if turn_id else None
        messages = turn.messages if turn is not None else task.messages
        self.send_button.setEnabled(False)
        self._bubble(self.tr("Вы"), text, customer=False)
        self.reply.clear()
        service = self.service

        def grade():
            from app.core.scorecard import score_reply
            return score_reply(text, messages, customer_name=task.customer, task=task, language="ru",
                               grammar=lambda t, lang: service.run_check(t, lang).findings, seconds=seconds,
                               turn=turn)

        service.worker.submit(grade, lambda card: self._graded(text, seconds, card), self._grade_failed)

    def _grade_failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.scorecard.setHtml(html.escape(self.tr("Не удалось оценить ответ: {why}").format(why=exc)))

    def _graded(self, text: str, seconds: float, card) -> None:
        self.scores.append(card.total)
        self.scorecard.setHtml(self.scorecard_html(text, card))
        self._save(text, seconds, card)
        self.replied.emit(self)
        turn = conversation.next_turn(self.task, self.turn_id, text,
                                      done=any(t.id == self.turn_id and t.final for t in self.task.turns))
        if turn is None:
            self.done = True
            self._ticker.stop()
            self.reply.setEnabled(False)
            over = self.tr("Чат завершён.")
            self.transcript.append(f"<p style='color:#607d8b'><i>{over}</i></p>")
            self.finished.emit(self)
            return
        self.turn_id = turn.id
        for message in turn.messages:
            self._bubble(self.task.customer or self.tr("Клиент"), message, customer=True)
        self._opened = time.monotonic()
        self.send_button.setEnabled(True)
        self.reply.setFocus()

    def scorecard_html(self, text: str, card) -> str:
        verdict = self.tr("Зачтено") if card.passed else self.tr("Не зачтено")
        colour = "#2e7d32" if card.passed else "#c62828"
        out = [f"<h3 style='color:{colour}'>{verdict}: {card.total:.0f} / 100</h3><table>"]
        for name, element in card.elements.items():
            mark = "—" if element.passed is None else ("✓" if element.passed else "✗")
            out.append(f"<tr><td>{mark}</td><td><b>{html.escape(element_title(name))}</b>"
                       f"{' ⚠' if element.critical and element.passed is False else ''}</td>"
                       f"<td>{html.escape(element.reason)}</td></tr>")
        out.append("</table>")
        spans = sorted({s for e in card.elements.values() if e.passed is False for s in e.spans})
        if spans:
            marked, pos = [], 0
            for start, length in spans:
                if start < pos:
                    continue
                marked.append(html.escape(text[pos:start]))
                marked.append(f"<span style='background:#ffcdd2'>{html.escape(text[start:start + length])}</span>")
                pos = start + length
            marked.append(html.escape(text[pos:]))
            label = self.tr("Проблемные места:")
            out.append(f"<p><b>{label}</b><br>{''.join(marked)}</p>")
        models = self.task.model_replies if not self.turn_id else next(
            (t.model_replies for t in self.task.turns if t.id == self.turn_id), ())
        if models:
            label = self.tr("Образцовый ответ:")
            out.append(f"<p><b>{label}</b><br>{html.escape(models[0])}</p>")
        return "".join(out)

    def _save(self, text: str, seconds: float, card) -> None:
        ctx = self.ctx
        if ctx.profile is None:
            return
        try:
            attempt_id = ctx.store.attempts.save_result(
                ctx.profile.id, kind="correspondence", pack_id=self.pack.id, exercise_id=self.task.id,
                score=card.total, passed=card.passed,
                started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                details={"turn": self.turn_id, "reply": text, "seconds": round(seconds, 1),
                         "scorecard": card.to_json()})
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Ответ не сохранён"), str(exc))
            return
        ctx.attemptSaved.emit(attempt_id)


def element_title(name: str) -> str:
    """A scorecard item's name in the interface language (stored scorecards key items by id)."""
    item = SCORECARD_BY_ID.get(name)
    if item is None:
        return name
    return item.title("en" if QLocale().language() == QLocale.Language.English else "ru")


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


class ShiftView(QWidget):
    """A shift: customers arrive over time in tabs; the report at the end."""

    back = Signal()

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.tabs = QTabWidget()
        self.status = QLabel()
        self.end_button = QPushButton(self.tr("Завершить смену"))
        self.report = QTextBrowser()
        self.report.hide()
        self.back_button = QPushButton(self.tr("К заданиям"))
        row = QHBoxLayout()
        row.addWidget(self.status, 1)
        row.addWidget(self.end_button)
        row.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.report, 1)
        layout.addLayout(row)
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._tick)
        self.end_button.clicked.connect(self.end_shift)
        self.back_button.clicked.connect(self.back)
        self.tabs.currentChanged.connect(self._seen)
        self.now = time.monotonic

    def start(self, pack: Pack, shift: ShiftSet) -> None:
        self.pack, self.shift = pack, shift
        by_id = {t.id: t for t in pack.correspondence}
        self.pending = sorted(zip(shift.arrivals, (by_id[i] for i in shift.tasks)), key=lambda p: p[0])
        self.views: list[ChatView] = []
        self.timings: list[conversation.ChatTiming] = []
        self.unread: set[int] = set()
        self.tabs.clear()
        self.tabs.show()
        self.report.hide()
        self.end_button.setEnabled(True)
        self._t0 = self.now()
        self._clock.start()
        self._tick()

    def elapsed(self) -> float:
        return self.now() - self._t0

    def _tick(self) -> None:
        t = self.elapsed()
        while self.pending and self.pending[0][0] <= t:
            arrival, task = self.pending.pop(0)
            view = ChatView(self.ctx, self.service)
            view.start(self.pack, task)
            view.replied.connect(self._replied)
            view.finished.connect(self._closed)
            self.views.append(view)
            self.timings.append(conversation.ChatTiming(arrival))
            index = self.tabs.addTab(view, task.customer or task.title)
            if index != self.tabs.currentIndex():
                self.unread.add(index)
        for i, timing in enumerate(self.timings):
            waiting = "" if timing.replies else f" ⏱ {int(t - timing.arrived)} с"
            badge = "● " if i in self.unread else ""
            done = " ✓" if timing.closed is not None else ""
            self.tabs.setTabText(i, f"{badge}{self.views[i].task.customer or self.views[i].task.title}{waiting}{done}")
        left = len(self.pending)
        self.status.setText(self.tr("Смена идёт {m}:{s:02d}. Ещё придут: {n}. Норматив первого ответа — {f} с.").format(
            m=int(t) // 60, s=int(t) % 60, n=left, f=self.shift.first_response_target))
        if not left and self.timings and all(x.closed is not None for x in self.timings):
            self.end_shift()

    def _seen(self, index: int) -> None:
        self.unread.discard(index)

    def _replied(self, view: ChatView) -> None:
        self.timings[self.views.index(view)].replies.append(self.elapsed())

    def _closed(self, view: ChatView) -> None:
        self.timings[self.views.index(view)].closed = self.elapsed()

    def end_shift(self) -> None:
        self._clock.stop()
        self.end_button.setEnabled(False)
        scores = [s for v in self.views for s in v.scores]
        k = conversation.shift_kpis(self.timings, scores, self.shift.first_response_target, self.shift.handle_target)
        self.kpis = k

        def fmt(value):
            return "—" if value is None else f"{value:.0f}"

        rows = [
            (self.tr("Чатов"), f"{k.answered} / {k.chats}"),
            (self.tr("Первый ответ, в среднем, с"), fmt(k.first_response_avg)),
            (self.tr("Первый ответ в нормативе"), f"{k.first_response_within_target * 100:.0f} %"),
            (self.tr("Время обработки, в среднем, с"), fmt(k.handle_avg)),
            (self.tr("Обработка в нормативе"), f"{k.handle_within_target * 100:.0f} %"),
            (self.tr("Средний балл ответов"), fmt(k.score_avg)),
        ]
        table = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{b}</b></td></tr>" for a, b in rows)
        cards = "".join(f"<h4>{html.escape(v.task.title)}</h4>{v.scorecard.toHtml()}" for v in self.views if v.scores)
        heading = self.tr("Итоги смены")
        self.report.setHtml(f"<h2>{heading}</h2><table>{table}</table>{cards}")
        self.tabs.hide()
        self.report.show()
        if self.ctx.profile is not None:
            try:
                self.ctx.store.attempts.save_result(
                    self.ctx.profile.id, kind="correspondence", pack_id=self.pack.id, exercise_id=self.shift.id,
                    score=k.score_avg or 0.0, passed=k.passed,
                    started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    details={"type": "shift", "kpis": k.__dict__, "scores": scores})
            except SaveError as exc:
                QMessageBox.warning(self, self.tr("Итоги не сохранены"), str(exc))


class CorrespondenceScreen(QWidget):
    """Tasks by industry and shift sets; Enter starts the selected one."""

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.pages = QStackedWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Задание"), self.tr("Клиент"), self.tr("Лучший балл")])
        self.tree.setColumnWidth(0, 460)
        self.tree.setColumnWidth(1, 140)
        self.start_button = QPushButton(self.tr("Начать (Enter)"))
        listing = listing_page(self.tr("<h2>Деловая переписка</h2>Ответьте клиенту в чате. Ответ оценивается как в "
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
            if self.ctx.profile is not None:
                for r in self.ctx.store.attempts.list(self.ctx.profile.id, kind="correspondence", pack_id=pack.id):
                    best[r.exercise_id] = max(best.get(r.exercise_id, 0.0), r.score or 0.0)
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
