"""Grammar and punctuation: topics with progress, and the exercise screen.

Checking runs on the grammar service's worker thread; the editor shows
findings as they come (debounced), and «Проверить» judges the answer with
the core rules in :mod:`app.core.grammar.answers`. Only a right answer given
before the key or a one-click fix was seen counts as solved; one given after
is «решено с подсказкой», shown apart (:mod:`app.core.grammar_credit`).
"""

from __future__ import annotations

import html
from datetime import datetime, timezone

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QButtonGroup, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QProgressBar,
                               QPushButton, QRadioButton, QScrollArea, QStackedWidget, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.grammar import answers
from app.core.grammar_credit import credit, help_seen_before, shows_help, solved_with_help
from app.core.progress import practice_order, topic_progress
from app.core.records import GrammarRecord
from app.core.content import GrammarItem, Pack
from app.storage.errors import SaveError
from app.ui.answer_edit import AnswerEdit
from app.ui.catalogue import fit_columns, group_item, listing_page
from app.ui.context import AppContext
from app.ui.dictionary_box import add_word_from_editor
from app.ui.grammar_service import GrammarService
from app.ui.core_texts import say, say_error, say_finding
from app.ui import theme


class GrammarScreen(QWidget):
    """Topics of every grammar pack with the profile's progress; Enter opens a topic."""

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.pages = QStackedWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Тема"), self.tr("Решено"), self.tr("С подсказкой"), self.tr("Прогресс")])
        fit_columns(self.tree, stretch=3)
        self.tree.headerItem().setToolTip(2, self.tr("Решено только после показа верного ответа или исправления: "
                                                     "в зачёт не идёт"))
        self.start_button = QPushButton(self.tr("Начать тему (Enter)"))
        topics = listing_page(self.tr("Запятые при обращении и вводных словах, «что» и "
                                      "«чтобы», -тся и -ться и другие ошибки, которые чаще всего делают операторы."),
                              self.tree, self.start_button)
        self.exercise = ExerciseScreen(ctx, service)
        self.pages.addWidget(topics)
        self.pages.addWidget(self.exercise)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.tree.itemActivated.connect(lambda item, _c: self._open(item))
        self.start_button.clicked.connect(lambda: self._open(self.tree.currentItem()))
        self.exercise.back.connect(self.show_topics)
        ctx.profileChanged.connect(self.refresh)
        ctx.packsChanged.connect(self.refresh)
        ctx.attemptSaved.connect(lambda _id: self.refresh())
        self.refresh()

    def grammar_packs(self) -> list[Pack]:
        return [p for p in self.ctx.packs if p.grammar]

    def refresh(self) -> None:
        self.tree.clear()
        first = None
        for pack in self.grammar_packs():
            passed = self.ctx.passed_ids(pack.id)
            helped = solved_with_help(self.ctx.grammar_attempts(pack.id))
            head = group_item(self.tree, pack.manifest.title)
            for t in topic_progress(pack.grammar, passed, helped):
                item = QTreeWidgetItem(head, [t.topic or self.tr("Без темы"), f"{t.done} / {t.total}",
                                              str(t.with_help) if t.with_help else ""])
                item.setData(0, Qt.ItemDataRole.UserRole, (pack.id, t.item_ids))
                bar = QProgressBar()
                bar.setRange(0, t.total)
                bar.setValue(t.done)
                bar.setTextVisible(False)
                self.tree.setItemWidget(item, 3, bar)
                if first is None and t.done < t.total:
                    first = item
        if first is not None:
            self.tree.setCurrentItem(first)

    def showEvent(self, event) -> None:
        self.tree.setFocus()
        super().showEvent(event)

    def _open(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        pack_id, ids = data
        pack = next(p for p in self.grammar_packs() if p.id == pack_id)
        order = practice_order(ids, self.ctx.passed_ids(pack.id))
        by_id = {g.id: g for g in pack.grammar}
        self.exercise.start(pack, item.text(0), [by_id[i] for i in order])
        self.pages.setCurrentWidget(self.exercise)

    def show_topics(self) -> None:
        self.refresh()
        self.pages.setCurrentIndex(0)


class ExerciseScreen(QWidget):
    back = Signal()

    def __init__(self, ctx: AppContext, service: GrammarService, parent=None):
        super().__init__(parent)
        self.ctx, self.service = ctx, service
        self.pack: Pack | None = None
        self.items: list[GrammarItem] = []
        self.index = 0
        self.verdict: answers.Verdict | None = None
        self._started_at = ""
        self._history: list = []  # this pack's stored grammar answers, read when a topic opens
        self.help_seen = False  # the current exercise's key or a fix has been shown

        self.header = QLabel()
        self.header.setProperty("role", "muted")
        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        self.prompt.setStyleSheet("font-size: 16px; font-weight: bold;")
        self.task = QLabel()
        self.task.setWordWrap(True)
        self.task.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.task.setProperty("role", "task")
        self.editor = AnswerEdit()
        self.editor.setMaximumHeight(140)
        self.editor.setStyleSheet("font-size: 17px;")
        self.gap = QLineEdit()
        self.gap.setStyleSheet("font-size: 17px;")
        self.options_box = QWidget()
        self.options_layout = QVBoxLayout(self.options_box)
        self.options = QButtonGroup(self)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextFormat(Qt.TextFormat.RichText)
        self.fixes = QVBoxLayout()
        self.check_button = QPushButton(self.tr("Проверить (Ctrl+Enter)"))
        self.next_button = QPushButton(self.tr("Дальше (Ctrl+N)"))
        self.back_button = QPushButton(self.tr("К темам"))

        result_box = QWidget()
        result_layout = QVBoxLayout(result_box)
        result_layout.addWidget(self.result)
        result_layout.addLayout(self.fixes)
        result_layout.addStretch(1)
        scroller = QScrollArea()
        scroller.setWidgetResizable(True)
        scroller.setWidget(result_box)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(self.back_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the section page's margins are the only ones
        for w in (self.header, self.prompt, self.task, self.editor, self.gap, self.options_box):
            layout.addWidget(w)
        layout.addLayout(buttons)
        layout.addWidget(scroller, 1)

        self.editor.settled.connect(self._check_as_you_type)
        self.editor.addWordRequested.connect(
            lambda word: add_word_from_editor(self, self.ctx, self.editor, word, self._check_as_you_type))
        self.editor.submitted.connect(self.submit)
        self.gap.returnPressed.connect(self.submit)
        self.check_button.clicked.connect(self.submit)
        self.options.buttonClicked.connect(self._chosen)
        self.next_button.clicked.connect(self.next_item)
        self.back_button.clicked.connect(self.back)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.submit)
        QShortcut(QKeySequence("Ctrl+N"), self, self._next_if_ready)
        for n in range(1, 10):  # as in the quizzes; a text field keeps its digits (it takes them first)
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self.pick(n)).setContext(
                Qt.ShortcutContext.WidgetWithChildrenShortcut)

    # -- flow -------------------------------------------------------------------
    def start(self, pack: Pack, topic: str, items: list[GrammarItem]) -> None:
        self.pack, self.topic, self.items, self.index = pack, topic, items, 0
        self._history = self.ctx.grammar_attempts(pack.id)
        self._show_item()

    @property
    def item(self) -> GrammarItem:
        return self.items[self.index]

    @property
    def language(self) -> str:
        return self.item.language or self.pack.manifest.language

    def _show_item(self) -> None:
        item = self.item
        self.verdict = None
        self.help_seen = help_seen_before(item, self._history)
        self._started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self.header.setText(self.tr("{topic} — упражнение {n} из {total}").format(
            topic=self.topic, n=self.index + 1, total=len(self.items)))
        self.prompt.setText(item.prompt or self._default_prompt(item.kind))
        self.task.setText(item.text)
        self.task.setVisible(item.kind not in ("correct", "punctuation"))
        self.editor.setVisible(item.kind in ("correct", "punctuation", "free"))
        self.gap.setVisible(item.kind == "gap")
        self.options_box.setVisible(item.kind == "choose")
        self.editor.blockSignals(True)
        self.editor.setPlainText(item.text if item.kind in ("correct", "punctuation") else "")
        self.editor.blockSignals(False)
        self.editor.show_findings([])
        self.gap.clear()
        for button in self.options.buttons():
            self.options.removeButton(button)
            button.deleteLater()
        for n, option in enumerate(item.options, start=1):
            button = QRadioButton(f"{n}. {option}" if n <= 9 else option)
            button.setStyleSheet("font-size: 16px;")
            self.options.addButton(button, n)
            self.options_layout.addWidget(button)
            button.show()  # shown now, so the first one can take the focus below
        self.result.clear()
        self._clear_fixes()
        self.next_button.setEnabled(False)
        self.check_button.setEnabled(True)
        first_option = self.options.button(1)
        focus = {"gap": self.gap, "choose": first_option or self.options_box}.get(item.kind, self.editor)
        focus.setFocus()

    def _default_prompt(self, kind: str) -> str:
        return {
            "correct": self.tr("Исправьте ошибки в предложении."),
            "punctuation": self.tr("Расставьте знаки препинания."),
            "choose": self.tr("Выберите верный вариант."),
            "gap": self.tr("Впишите пропущенное."),
            "free": self.tr("Напишите ответ клиенту."),
        }.get(kind, "")

    def answer_text(self) -> str:
        kind = self.item.kind
        if kind == "gap":
            return self.gap.text()
        if kind == "choose":
            n = self.options.checkedId()
            return self.item.options[n - 1] if 0 < n <= len(self.item.options) else ""
        return self.editor.toPlainText()

    def pick(self, n: int) -> None:
        """Keys 1–9 choose an option of a «choose» exercise, as in the quizzes."""
        if self.items and self.item.kind == "choose" and self.check_button.isEnabled():
            button = self.options.button(n)
            if button is not None:
                button.setChecked(True)
                button.setFocus()
                self._chosen()

    def _chosen(self, *_args) -> None:
        """An option is chosen: the «choose first» prompt has done its job."""
        if self.verdict is None and self.check_button.isEnabled():
            self.result.clear()

    def _next_if_ready(self) -> None:
        if self.next_button.isEnabled():
            self.next_item()

    def next_item(self) -> None:
        if self.index + 1 < len(self.items):
            self.index += 1
            self._show_item()
        else:
            self.back.emit()

    # -- checking -----------------------------------------------------------------
    def _check_as_you_type(self, text: str) -> None:
        if self.items and self.item.kind in ("correct", "punctuation", "free") and text.strip():
            self.service.check(text, self.language, lambda r: self.editor.show_findings(r.findings),
                               channel="editor", known_words=self.ctx.known_words(self.pack),
                               typography=self.ctx.preferences.typography)

    def submit(self) -> None:
        if not self.items or not self.check_button.isEnabled():
            return
        item, answer, language = self.item, self.answer_text(), self.language
        if not answer.strip():  # judging a blank answer would only give the key away
            what = (self.tr("Сначала выберите вариант: клавиши 1–{n} или щелчок мышью.").format(n=len(item.options))
                    if item.kind == "choose" else self.tr("Сначала впишите ответ."))
            self.result.setText(f"<p style='font-size:16px;color:{theme.current().warning}'><b>{html.escape(what)}</b></p>")
            return
        self.check_button.setEnabled(False)
        self.result.setText(self.tr("Проверяю…"))

        checker, glossary = self.service, self.pack.manifest.glossary  # not the personal dictionary: see known_words

        def judge_on_worker():
            return answers.judge_answer(item, answer, language,
                                        lambda t, lang: checker.run_check(t, lang, glossary).findings)

        self.service.worker.submit(judge_on_worker, lambda v: self._judged(item, answer, v),
                                   self._judge_failed)

    def _judge_failed(self, exc: Exception) -> None:
        self.check_button.setEnabled(True)
        self.result.setText(self.tr("Не удалось проверить ответ: {why}").format(why=say_error(exc)))

    def _judged(self, item: GrammarItem, answer: str, verdict: answers.Verdict) -> None:
        if not self.items or item is not self.item:
            return  # the learner moved on while the check ran
        self.verdict = verdict
        given = credit(verdict.accepted, self.help_seen)
        self._save(item, answer, verdict, given)
        self.help_seen = self.help_seen or shows_help(verdict)
        self.check_button.setEnabled(not verdict.accepted)
        self.next_button.setEnabled(True)
        if item.kind in ("correct", "punctuation", "free") and verdict.full_text == self.editor.toPlainText():
            self.editor.show_findings(list(verdict.findings))
        self.result.setText(self._result_html(item, answer, verdict, given.with_help))
        self._show_fixes(verdict)

    def _result_html(self, item: GrammarItem, answer: str, verdict: answers.Verdict, with_help: bool) -> str:
        p = theme.current()  # the scheme's own colours: the light ones are too dark to read on a dark page
        colour = p.warning if with_help else p.success if verdict.accepted else p.error
        head = self.tr("Верно, но решено с подсказкой.") if with_help else \
            self.tr("Верно!") if verdict.accepted else say(verdict.reason)
        parts = [f"<p style='font-size:17px;color:{colour}'><b>{html.escape(head)}</b></p>"]
        if with_help:
            parts.append("<p>" + html.escape(self.tr(
                "В зачёт — в прогресс темы, «Прогресс» и сертификат — идут только ответы, данные до того, как "
                "были показаны верный ответ или исправление. Это упражнение можно будет решить заново: оно "
                "останется в начале темы.")) + "</p>")
        if verdict.key and not (verdict.accepted and verdict.matched_key and answer == verdict.key):
            label = self.tr("Пример ответа:") if item.kind == "free" else self.tr("Сравнение с верным ответом:")
            parts.append(f"<p><b>{label}</b><br><span style='font-size:16px'>{self._diff_html(answer, verdict)}</span></p>")
        if item.explanation:
            rule = self.tr("Правило:")
            parts.append(f"<p><b>{rule}</b> {html.escape(item.explanation)}</p>")
        for f in verdict.findings:
            where = html.escape(verdict.full_text[f.offset:f.offset + f.length])
            parts.append(f"<p>• «{where}»: {html.escape(say_finding(f.message, f.rule_id))}"
                         + (f"<br><i>{html.escape(say(f.explanation))}</i>" if f.explanation else "") + "</p>")
        return "".join(parts)

    def _diff_html(self, answer: str, verdict: answers.Verdict) -> str:
        if self.item.kind == "free":
            return html.escape(verdict.key)
        out = []
        for part in answers.diff(answers.full_text_of(self.item, answer), answers.full_text_of(self.item, verdict.key)):
            text = html.escape(part.text).replace(" ", "&nbsp;") if part.kind != "equal" else html.escape(part.text)
            if part.kind == "missing":
                out.append(f"<span style='background:#c8e6c9;color:#1b5e20'><u>{text}</u></span>")
            elif part.kind == "extra":
                out.append(f"<span style='background:#ffcdd2;color:#b71c1c'><s>{text}</s></span>")
            else:
                out.append(text)
        return "".join(out)

    def _clear_fixes(self) -> None:
        while self.fixes.count():
            w = self.fixes.takeAt(0).widget()
            if w is not None:
                w.deleteLater()

    def _show_fixes(self, verdict: answers.Verdict) -> None:
        """One button per suggested replacement, for findings in an editable answer."""
        self._clear_fixes()
        if self.item.kind not in ("correct", "punctuation", "free"):
            return
        for f in verdict.findings:
            for replacement in f.replacements[:3]:
                button = QPushButton(self.tr("Исправить: «{old}» → «{new}»").format(
                    old=verdict.full_text[f.offset:f.offset + f.length], new=replacement))
                button.clicked.connect(lambda _=False, f=f, r=replacement: self._apply_fix(f, r))
                self.fixes.addWidget(button)

    def _apply_fix(self, finding, replacement: str) -> None:
        self.editor.setPlainText(answers.apply_replacement(self.editor.toPlainText(), finding, replacement))
        self._clear_fixes()
        self.check_button.setEnabled(True)

    def _save(self, item: GrammarItem, answer: str, verdict: answers.Verdict, given) -> None:
        ctx = self.ctx
        if ctx.profile is None:
            return
        try:
            attempt_id = ctx.store.attempts.save_result(
                ctx.profile.id, pack_id=self.pack.id, exercise_id=item.id,
                score=100.0 if given.passed else 0.0, passed=given.passed, started_at=self._started_at,
                record=GrammarRecord(answer=answer, topic=item.topic, exercise_kind=item.kind,
                                     matched_key=verdict.matched_key,
                                     findings=[f.to_dict() for f in verdict.findings], with_help=given.with_help))
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Ответ не сохранён"), say_error(exc))
            return
        ctx.attemptSaved.emit(attempt_id)
