"""One conversation with one customer, graded like a support QA scorecard.

A :class:`ChatView` shows the customer's bubbles, the context card, a reply box with
grammar underlines, canned replies on Alt+1…9 and a timer. Sending grades the reply in
the grammar engine's process; the scorecard, the problems in the reply and the model reply appear
beside it. A multi-turn task continues with the customer's scripted answer.
"""

from __future__ import annotations

import html
import time
from datetime import datetime, timezone

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QMessageBox, QPushButton, QSplitter,
                               QTextBrowser, QVBoxLayout, QWidget)

from app.core import conversation
from app.core.content import CorrespondenceTask, Pack
from app.core.records import ReplyRecord
from app.storage.errors import SaveError
from app.ui import theme
from app.ui.answer_edit import AnswerEdit
from app.ui.dictionary_box import add_word_from_editor
from app.ui.canned_dialog import CannedDialog, canned_replies
from app.ui.chat_bubbles import ChatTranscript
from app.ui.context import AppContext
from app.ui.grammar_service import GrammarService
from app.ui.scorecard_titles import element_title
from app.ui.core_texts import say, say_error


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
        self.transcript = ChatTranscript()
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
        self.scorecard.setPlaceholderText(self.tr("Здесь будет оценка ответа."))  # one line: it does not wrap
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
        self.reply.addWordRequested.connect(
            lambda word: add_word_from_editor(self, self.ctx, self.reply, word, self._underline))
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
        rows = "".join(f"<tr><td style='color:{theme.current().muted}'>{html.escape(k)}:</td><td><b>{html.escape(v)}</b></td></tr>"
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
        self.transcript.add(who, text, mine=not customer)

    def _tick(self) -> None:
        if self.task is None or self.done:
            return
        elapsed = time.monotonic() - self._opened
        limit = self.task.time_limit
        text = self.tr("Время ответа: {m}:{s:02d}").format(m=int(elapsed) // 60, s=int(elapsed) % 60)
        if limit:
            text += self.tr(" из {m}:{s:02d}").format(m=limit // 60, s=limit % 60)
        self.timer_label.setText(text)
        self.timer_label.setStyleSheet(f"color: {theme.current().error};" if limit and elapsed > limit else "")

    def _underline(self, text: str) -> None:
        if text.strip() and not self.done:
            self.service.check(text, "ru", lambda r: self.reply.show_findings(r.findings), channel=f"chat{id(self)}",
                               known_words=self.ctx.known_words(self.pack), typography=self.ctx.preferences.typography)

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
        self.transcript.set_typing(self.tr("{who} печатает…").format(who=task.customer or self.tr("Клиент")))
        self.reply.clear()
        service, glossary = self.service, self.pack.manifest.glossary

        def grade():  # in the engine process; the glossary, not the personal dictionary (see known_words)
            return service.run_grade(known_words=glossary, reply=text, customer_messages=messages, customer_name=task.customer,
                                     task=task, language="ru", seconds=seconds, turn=turn)

        service.worker.submit(grade, lambda card: self._graded(text, seconds, card), self._grade_failed)

    def _grade_failed(self, exc: Exception) -> None:
        self.transcript.set_typing("")
        self.send_button.setEnabled(True)
        self.scorecard.setHtml(html.escape(self.tr("Не удалось оценить ответ: {why}").format(why=say_error(exc))))

    def _graded(self, text: str, seconds: float, card) -> None:
        self.transcript.set_typing("")
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
            self.transcript.note(self.tr("Чат завершён."))
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
        palette = theme.current()
        colour = palette.success if card.passed else palette.error
        out = [f"<h3 style='color:{colour}'>{verdict}: {card.total:.0f} / 100</h3>"
               "<table cellspacing='0' cellpadding='3'>"]
        for name, element in card.elements.items():
            mark = "—" if element.passed is None else ("✓" if element.passed else "✗")
            # The reason goes under its item's name: side by side, a long name ran into it.
            out.append(f"<tr><td valign='top'>{mark}</td><td><b>{html.escape(element_title(name))}</b>"
                       f"{' ⚠' if element.critical and element.passed is False else ''}"
                       f"<br><span style='color:{palette.muted}'>{html.escape(say(element.reason))}</span></td></tr>")
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
                ctx.profile.id, pack_id=self.pack.id, exercise_id=self.task.id,
                score=card.total, passed=card.passed,
                started_at=datetime.now(timezone.utc).isoformat(timespec="seconds"),
                record=ReplyRecord(reply=text, scorecard=card.to_json(), turn=self.turn_id, seconds=seconds))
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Ответ не сохранён"), say_error(exc))
            return
        ctx.attemptSaved.emit(attempt_id)
