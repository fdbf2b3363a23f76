"""A shift: several chats in tabs as customers arrive over time, and a KPI report at the end.

Ending a shift before every customer is served asks first; the report counts the
customers never answered or never arrived as missed (app.core.conversation).
"""

from __future__ import annotations

import dataclasses
import html
import time
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QTabWidget, QTextBrowser, QVBoxLayout, QWidget

from app.core import conversation
from app.core.content import Pack, ShiftSet
from app.core.records import ShiftRecord
from app.storage.errors import SaveError
from app.ui.chat_view import ChatView
from app.ui.context import AppContext
from app.ui.end_guard import EndGuard
from app.ui.formatting import fmt_percent
from app.ui.grammar_service import GrammarService
from app.ui.core_texts import say_error
from app.ui import theme


class ShiftView(QWidget):
    """A shift: customers arrive over time in tabs; the report at the end."""

    back = Signal()

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.end_guard = EndGuard(self, clock=lambda: self.now())
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
        layout.setContentsMargins(0, 0, 0, 0)  # the section page's margins are the only ones
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.report, 1)
        layout.addLayout(row)
        self._clock = QTimer(self)
        self._clock.setInterval(500)
        self._clock.timeout.connect(self._tick)
        self.end_button.clicked.connect(self.ask_end_shift)
        self.back_button.clicked.connect(self._leave)
        self.tabs.currentChanged.connect(self._seen)
        self.now = time.monotonic
        # the last chat may close, and the shift end, while the learner is still typing
        for b in (self.end_button, self.back_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)

    def event(self, event) -> bool:
        """Keys typed on just after the shift ends press nothing."""
        return self.end_guard.swallows(event) or super().event(event)

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

    @property
    def running(self) -> bool:
        return self._clock.isActive()

    def _confirm_end(self, title: str) -> bool:
        """Whether the learner really ends the shift now; nothing is asked when nobody is left waiting."""
        waiting = sum(1 for t in self.timings if not t.replies)
        coming = len(self.pending)
        if not waiting and not coming:
            return True
        text = self.tr("Без ответа: {w}, ещё не пришли: {c}. Если завершить смену сейчас, эти клиенты будут "
                       "засчитаны как пропущенные — в каждом показателе и в оценке смены.").format(w=waiting, c=coming)
        answer = QMessageBox.question(self, title, text,
                                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_end_shift(self) -> None:
        if self.running and self._confirm_end(self.tr("Завершить смену досрочно?")):
            self.end_shift()

    def _leave(self) -> None:
        """«К заданиям»: a running shift is ended (and its report saved) first, if the learner agrees."""
        if self.running:
            if not self._confirm_end(self.tr("Завершить смену и выйти?")):
                return
            self.end_shift()
        self.back.emit()

    def _tick(self) -> None:
        t = self.elapsed()
        while self.pending and self.pending[0][0] <= t:
            arrival, task = self.pending.pop(0)
            view = ChatView(self.ctx, self.service)
            view.layout().setContentsMargins(*(theme.SPACE_S,) * 4)  # off the tab pane's frame
            view.start(self.pack, task)
            view.replied.connect(self._replied)
            view.finished.connect(self._closed)
            self.views.append(view)
            self.timings.append(conversation.ChatTiming(arrival))
            index = self.tabs.addTab(view, task.customer or task.title)
            if index != self.tabs.currentIndex():
                self.unread.add(index)
        for i, timing in enumerate(self.timings):
            waiting = "" if timing.replies else self.tr(" — ждёт {n} с").format(n=int(t - timing.arrived))
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
        k = conversation.shift_kpis(self.timings, [list(v.scores) for v in self.views],
                                    self.shift.first_response_target, self.shift.handle_target,
                                    customers=len(self.shift.tasks))
        self.kpis = k
        passed = conversation.shift_passed(k)
        t = self.elapsed()
        self.status.setText(self.tr("Смена завершена на {m}:{s:02d}. Пропущено клиентов: {n}.").format(
            m=int(t) // 60, s=int(t) % 60, n=k.missed))

        def fmt(value):
            return "—" if value is None else f"{value:.0f}"

        rows = [
            (self.tr("Клиентов с ответом"), f"{k.answered} / {k.customers}"),
            (self.tr("Пропущено (без ответа или не дождались)"), str(k.missed)),
            (self.tr("Первый ответ, в среднем, с"), fmt(k.first_response_avg)),
            (self.tr("Первый ответ в нормативе, от всех клиентов"), fmt_percent(k.first_response_within_target * 100)),
            (self.tr("Время обработки, в среднем, с"), fmt(k.handle_avg)),
            (self.tr("Обработка в нормативе, от всех клиентов"), fmt_percent(k.handle_within_target * 100)),
            (self.tr("Средний балл по клиентам (пропущенные — 0)"), fmt(k.score_avg)),
        ]
        table = "".join(f"<tr><td>{html.escape(a)}</td><td><b>{b}</b></td></tr>" for a, b in rows)
        cards = "".join(f"<h4>{html.escape(v.task.title)}</h4>{v.scorecard.toHtml()}" for v in self.views if v.scores)
        heading = self.tr("Итоги смены")
        verdict = self.tr("Смена зачтена") if passed else self.tr("Смена не зачтена")
        colour = theme.current().success if passed else theme.current().error
        self.report.setHtml(f"<h2>{heading}</h2><h3 style='color:{colour}'>{verdict}</h3>"
                            f"<table>{table}</table>{cards}")
        self.tabs.hide()
        self.report.show()
        self.end_guard.arm()
        if self.ctx.profile is not None:
            try:
                self.ctx.store.attempts.save_result(
                    self.ctx.profile.id, pack_id=self.pack.id, exercise_id=self.shift.id,
                    score=k.score_avg or 0.0, passed=passed,
                    started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                    record=ShiftRecord(kpis=dataclasses.asdict(k), scores=scores))
            except SaveError as exc:
                QMessageBox.warning(self, self.tr("Итоги не сохранены"), say_error(exc))
