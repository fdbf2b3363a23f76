"""Netiquette quizzes: quizzes with progress per category, the question screen, the review.

The question screen works from the keyboard alone: 1–9 pick (or toggle) an
option, Enter confirms and then moves on; Enter with nothing chosen only says
what to do, and after an answer the right option is marked at once. Scoring, drawing and grading are
the core's (:mod:`app.core.quiz`); this screen only shows them.
"""

from __future__ import annotations

import html
import random
import re
import time
from datetime import datetime, timezone
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (QAbstractItemView, QButtonGroup, QCheckBox, QComboBox, QFileDialog, QFormLayout, QHBoxLayout,
                               QLabel, QLineEdit, QListWidget, QMessageBox, QPushButton,
                               QRadioButton, QScrollArea, QStackedWidget, QTreeWidget, QTreeWidgetItem,
                               QVBoxLayout, QWidget)

from app.core import quiz as core
from app.core.content import Pack, Quiz
from app.core.records import QuizRecord
from app.services.packs import import_and_install_quiz_bank
from app.storage.errors import SaveError
from app.ui.catalogue import fit_columns, group_item, listing_page
from app.ui.cloze_widget import ClozeWidget
from app.ui.context import AppContext
from app.ui.end_guard import EndGuard
from app.ui.formatting import fmt_percent
from app.ui.workers import run_in_background
from app.ui import theme
from app.ui.quiz_choice import Choice
from app.ui.core_texts import say, say_error


class QuizScreen(QWidget):
    """The list of quizzes with the profile's best result and per-category progress."""

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.pages = QStackedWidget()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Тест"), self.tr("Вопросов"), self.tr("Лучший результат"),
                                   self.tr("Порог")])
        fit_columns(self.tree)
        self.categories = QLabel()
        self.categories.setWordWrap(True)
        self.start_button = QPushButton(self.tr("Начать тест (Enter)"))
        self.import_button = QPushButton(self.tr("Импорт из Moodle (GIFT, XML)…"))
        self.import_status = QLabel()
        self.import_status.setWordWrap(True)
        self.import_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        listing = listing_page(self.tr("Приветствие, обращение на «вы», скорость ответа, "
                                       "безопасность данных, эскалация, завершение чата."),
                               self.tree, self.start_button, below=(self.categories, self.import_status),
                               left=(self.import_button,))
        self.run = QuizRun(ctx)
        self.pages.addWidget(listing)
        self.pages.addWidget(self.run)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.tree.itemActivated.connect(lambda item, _c: self._start(item))
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))
        self.run.back.connect(self.show_list)
        self.import_button.clicked.connect(self.choose_import)
        ctx.profileChanged.connect(self.refresh)
        ctx.packsChanged.connect(self.refresh)
        self.refresh()

    def quiz_packs(self) -> list[Pack]:
        return [p for p in self.ctx.packs if p.quiz]

    def refresh(self) -> None:
        self.tree.clear()
        lines = []
        for pack in self.quiz_packs():
            results = self._results(pack.id)
            head = group_item(self.tree, pack.manifest.title)
            quizzes = pack.quizzes or (Quiz(f"{pack.id}-all", self.tr("Все вопросы")),)
            for quiz in quizzes:
                pool = [q for q in pack.quiz if core.in_categories(q.category, quiz.categories)]
                count = min(quiz.count, len(pool)) if quiz.count else len(pool)
                best = max((r.score or 0 for r in results if r.exercise_id == quiz.id), default=None)
                item = QTreeWidgetItem(head, [quiz.title, str(count),
                                              "" if best is None else fmt_percent(best),
                                              fmt_percent(quiz.pass_percent)])
                item.setData(0, Qt.ItemDataRole.UserRole, (pack.id, quiz.id))
            for category, (earned, total) in sorted(self._category_progress(pack, results).items()):
                lines.append(f"{category}: {fmt_percent(100 * earned / total)}")
        self.categories.setText(self.tr("Лучшие результаты по темам: {list}").format(list="; ".join(lines))
                                if lines else self.tr("Результатов по темам пока нет."))
        first = self.tree.topLevelItem(0)
        if first is not None and first.childCount():
            self.tree.setCurrentItem(first.child(0))

    def _results(self, pack_id: str):
        if self.ctx.profile is None:
            return []
        return self.ctx.store.attempts.list(self.ctx.profile.id, kind="quiz", pack_id=pack_id)

    @staticmethod
    def _category_progress(pack: Pack, results) -> dict[str, tuple[float, int]]:
        """Per top-level category: the share of its questions answered right at least once."""
        right: set[str] = set()
        for r in results:
            right |= set(r.record.right)
        progress: dict[str, tuple[float, int]] = {}
        for q in pack.quiz:
            top = q.category.split("/")[0] if q.category else ""
            done, total = progress.get(top, (0, 0))
            progress[top] = (done + (q.id in right), total + 1)
        return {c: v for c, v in progress.items() if c and right}

    # -- Moodle import ------------------------------------------------------------
    def choose_import(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Банк вопросов Moodle"), "",
            self.tr("Вопросы Moodle (*.gift *.txt *.xml);;Все файлы (*)"))
        if name:
            self.import_file(Path(name))

    def import_file(self, file: Path) -> None:
        """Convert a GIFT or Moodle XML bank into a pack and install it, off the GUI thread."""
        self.import_button.setEnabled(False)
        self.import_status.setText(self.tr("Импортирую {name}…").format(name=file.name))
        data_dir = self.ctx.data_dir
        run_in_background(self, lambda: import_and_install_quiz_bank(file, data_dir), self._imported,
                          self._import_failed)

    def _imported(self, report) -> None:
        self.import_button.setEnabled(True)
        self.import_status.setText("\n".join(say(line) for line in report.lines()))
        self.ctx.reload_packs()

    def _import_failed(self, exc: Exception) -> None:
        self.import_button.setEnabled(True)
        self.import_status.setText(self.tr("Файл не импортирован:") + "\n" + say_error(exc))

    def showEvent(self, event) -> None:
        self.tree.setFocus()
        super().showEvent(event)

    def _start(self, item: QTreeWidgetItem | None) -> None:
        data = item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None
        if not data:
            return
        pack = next(p for p in self.quiz_packs() if p.id == data[0])
        quiz = next((q for q in pack.quizzes if q.id == data[1]), Quiz(data[1], item.text(0)))
        self.run.start(pack, quiz)
        self.pages.setCurrentWidget(self.run)

    def show_list(self) -> None:
        self.refresh()
        self.pages.setCurrentIndex(0)


class QuizRun(QWidget):
    """One run of a quiz: questions one by one, then the review."""

    back = Signal()

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.end_guard = EndGuard(self, clock=lambda: self._clock())
        self.ctx = ctx
        self.pack: Pack | None = None
        self.quiz: Quiz | None = None
        self.drawn: list[core.DrawnQuestion] = []
        self.answers: dict = {}
        self.index = 0
        self.confirmed = False
        self.result: core.QuizResult | None = None
        self._deadline: float | None = None
        self._started_at = ""

        self.header = QLabel()
        self.header.setProperty("role", "muted")
        self.timer_label = QLabel()
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setTextFormat(Qt.TextFormat.PlainText)  # an escaped «<b>» in a question stays text
        self.question.setStyleSheet("font-size: 17px; font-weight: bold;")
        self.picture = QWidget()  # the question's images, from the pack, one under another
        self.picture_layout = QVBoxLayout(self.picture)
        self.picture_layout.setContentsMargins(0, 0, 0, 0)
        self.picture.hide()
        self.hint = QLabel()
        self.hint.setProperty("role", "muted")
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.feedback = QLabel()
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.RichText)
        self.confirm_button = QPushButton(self.tr("Ответить (Enter)"))
        self.review = QLabel()
        self.review.setWordWrap(True)
        self.review.setTextFormat(Qt.TextFormat.RichText)
        self.review.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.review.setMargin(theme.SPACE_S)  # off the scroll area's frame
        review_area = QScrollArea()
        review_area.setWidgetResizable(True)
        review_area.setWidget(self.review)
        self.retry_button = QPushButton(self.tr("Повторить ошибки"))
        self.done_button = QPushButton(self.tr("К списку тестов"))

        self.stack = QStackedWidget()
        asking = QWidget()
        a = QVBoxLayout(asking)
        a.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.header)
        top.addStretch(1)
        top.addWidget(self.timer_label)
        a.addLayout(top)
        for w in (self.question, self.picture, self.hint, self.body, self.feedback):
            a.addWidget(w)
        a.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.confirm_button)
        row.addStretch(1)
        a.addLayout(row)
        reviewing = QWidget()
        r = QVBoxLayout(reviewing)
        r.setContentsMargins(0, 0, 0, 0)
        r.addWidget(review_area, 1)
        row2 = QHBoxLayout()
        row2.addWidget(self.retry_button)
        row2.addStretch(1)
        row2.addWidget(self.done_button)
        r.addLayout(row2)
        self.stack.addWidget(asking)
        self.stack.addWidget(reviewing)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)  # the section page's margins are the only ones
        layout.addWidget(self.stack)

        # a timed quiz may end while the learner is typing an answer: see app/ui/end_guard.py
        for b in (self.retry_button, self.done_button):
            b.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self._clock = time.monotonic
        self._ticker = QTimer(self)
        self._ticker.setInterval(500)
        self._ticker.timeout.connect(self._tick)
        self.confirm_button.clicked.connect(self.confirm)
        self.retry_button.clicked.connect(self.retry)
        self.done_button.clicked.connect(self.back)
        for n in range(1, 10):
            QShortcut(QKeySequence(str(n)), self, lambda n=n: self.pick(n))
        for key in ("Return", "Enter"):
            QShortcut(QKeySequence(key), self, self.confirm)
        self._widgets: list = []

    # -- flow ---------------------------------------------------------------------
    def start(self, pack: Pack, quiz: Quiz, only: list[str] | None = None) -> None:
        self.pack, self.quiz = pack, quiz
        bank = [q for q in pack.quiz if only is None or q.id in only]
        seed = random.randrange(1 << 30)
        self.drawn = core.draw(bank, quiz if only is None else Quiz(quiz.id, quiz.title, (), None, None,
                                                                     quiz.pass_percent), seed)
        self.seed = seed
        self.answers, self.index, self.result = {}, 0, None
        self._started_at = datetime.now(timezone.utc).isoformat(timespec="seconds")
        self._deadline = self._clock() + quiz.time_limit if quiz.time_limit and only is None else None
        self._ticker.start()
        self.stack.setCurrentIndex(0)
        self._show_question()

    @property
    def current(self) -> core.DrawnQuestion:
        return self.drawn[self.index]

    def _show_question(self) -> None:
        if not self.drawn:
            self._finish()
            return
        d = self.current
        q = d.question
        self.confirmed = False
        self.header.setText(self.tr("{quiz} — вопрос {n} из {total}").format(
            quiz=self.quiz.title, n=self.index + 1, total=len(self.drawn)))
        # formatted text comes sanitised by the pack loader (app.packs.rich_text); plain text stays text
        rich = bool(q.text_html) and q.type != "cloze"
        self.question.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
        self.question.setText(q.text_html if rich else (q.text if q.type != "cloze" else ""))
        self._show_pictures(q.images)
        self.feedback.clear()
        self.confirm_button.setText(self.tr("Ответить (Enter)"))
        for w in self._widgets:
            w.deleteLater()
        self._widgets = []
        self._group = None
        self._choices: dict[int, Choice] = {}  # a choice's number → its row
        hints = {
            "single": self.tr("Клавиши 1–9 — выбрать вариант, Enter — ответить."),
            "multiple": self.tr("Верных вариантов может быть несколько: 1–9 отмечают, Enter — ответить."),
            "truefalse": self.tr("1 — верно, 2 — неверно, Enter — ответить."),
            "matching": self.tr("Для каждой строки выберите пару из списка."),
            "ordering": self.tr("Расставьте по порядку: выделите строку и двигайте её Ctrl+↑ и Ctrl+↓."),
            "short": self.tr("Впишите ответ и нажмите Enter."),
            "numerical": self.tr("Впишите число и нажмите Enter."),
            "cloze": self.tr("Заполните пропуски: выберите ответ из списка или впишите его, затем Enter."),
        }
        self.hint.setText(hints.get(q.type, ""))
        if q.type in ("single", "multiple", "truefalse"):
            labels = [q.options[i].text for i in d.options] if q.type != "truefalse" else \
                [self.tr("Верно"), self.tr("Неверно")]
            self._group = QButtonGroup(self)
            self._group.setExclusive(q.type != "multiple")
            for n, text in enumerate(labels, start=1):
                # the answer in a label beside its numbered button: a label wraps a long answer, a button
                # would widen the window past the screen; a formatted answer keeps its formatting
                rich = (q.rich(text) if q.type != "truefalse" else "") or html.escape(text)
                button = (QCheckBox if q.type == "multiple" else QRadioButton)(f"{n}.")
                button.setStyleSheet("font-size: 16px;")
                self._group.addButton(button, n)
                self._choices[n] = Choice(button, rich)
                self._add(self._choices[n])
            self._group.buttonClicked.connect(self._chosen)
        elif q.type == "matching":
            form = QFormLayout()
            holder = QWidget()
            holder.setLayout(form)
            self._combos = {}
            for pair in q.pairs:
                combo = QComboBox()
                combo.addItem("—", None)
                for right in d.rights:
                    combo.addItem(right, right)
                combo.activated.connect(self._chosen)
                form.addRow(QLabel(pair.left), combo)
                self._combos[pair.left] = combo
            self._add(holder)
        elif q.type == "cloze":
            self._cloze = ClozeWidget(d)
            self._cloze.submitted.connect(self.confirm)
            self._add(self._cloze)
        elif q.type == "ordering":
            self._list = QListWidget()
            self._list.addItems(list(d.items))
            self._list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
            self._list.setCurrentRow(0)
            QShortcut(QKeySequence("Ctrl+Up"), self._list, lambda: self._move(-1))
            QShortcut(QKeySequence("Ctrl+Down"), self._list, lambda: self._move(1))
            self._add(self._list)
        else:
            self._line = QLineEdit()
            self._line.setStyleSheet("font-size: 16px;")
            self._line.returnPressed.connect(self.confirm)
            self._line.textEdited.connect(self._chosen)
            self._add(self._line)
        (self._widgets[0] if q.type in ("ordering", "short", "numerical") else self).setFocus()

    def _show_pictures(self, images: tuple[str, ...]) -> None:
        while self.picture_layout.count():
            self.picture_layout.takeAt(0).widget().deleteLater()
        for image in images:
            pixmap = QPixmap(str(self.pack.path / image)) if self.pack.path is not None else QPixmap()
            if pixmap.isNull():
                continue
            if pixmap.width() > 520:
                pixmap = pixmap.scaledToWidth(520, Qt.TransformationMode.SmoothTransformation)
            label = QLabel()
            label.setPixmap(pixmap)
            self.picture_layout.addWidget(label)
        self.picture.setVisible(self.picture_layout.count() > 0)

    def _add(self, widget: QWidget) -> None:
        self.body_layout.addWidget(widget)
        widget.show()  # a layout shows it only later, and a hidden widget cannot take the focus
        self._widgets.append(widget)

    def _move(self, step: int) -> None:
        row = self._list.currentRow()
        target = row + step
        if 0 <= row < self._list.count() and 0 <= target < self._list.count():
            item = self._list.takeItem(row)
            self._list.insertItem(target, item)
            self._list.setCurrentRow(target)

    def pick(self, n: int) -> None:
        """Keys 1–9: choose an option (or toggle it in a multiple-choice question)."""
        if self.confirmed or self._group is None or self._group.button(n) is None:
            return
        button = self._group.button(n)
        button.setChecked(not button.isChecked() if self.current.question.type == "multiple" else True)
        self._chosen()

    def _chosen(self, *_args) -> None:
        """An answer is being given: the «choose first» prompt has done its job."""
        if not self.confirmed:
            self.feedback.clear()

    def answer(self):
        """The learner's answer in the core's representation (see app.core.quiz)."""
        d = self.current
        q = d.question
        if q.type == "single":
            checked = self._group.checkedId()
            return d.options[checked - 1] if checked > 0 else None
        if q.type == "multiple":
            return {d.options[b - 1] for b in range(1, len(d.options) + 1) if self._group.button(b).isChecked()}
        if q.type == "truefalse":
            checked = self._group.checkedId()
            return None if checked < 1 else checked == 1
        if q.type == "matching":
            return {left: combo.currentData() for left, combo in self._combos.items()}
        if q.type == "ordering":
            return [self._list.item(i).text() for i in range(self._list.count())]
        if q.type == "cloze":
            return self._cloze.answer()
        return self._line.text()

    def confirm(self) -> None:
        if not self.drawn or self.stack.currentIndex() != 0:
            return
        if self.confirmed:
            self._advance()
            return
        d = self.current
        answer = self.answer()
        if not core.answered(d.question, answer):
            self.feedback.setText(f"<p style='color:{theme.current().warning};font-size:16px'><b>"
                                  f"{html.escape(self._what_to_do(d))}</b></p>")
            return
        self.answers[d.id] = answer
        scored = core.score_question(d.question, answer)
        self.confirmed = True
        self._mark_right(d, scored)
        p = theme.current()
        colour = p.success if scored.correct else (p.warning if scored.fraction > 0 else p.error)
        verdict = self.tr("Верно!") if scored.correct else (
            self.tr("Частично верно: {p}").format(p=fmt_percent(scored.fraction * 100)) if scored.fraction > 0
            else self.tr("Неверно."))
        parts = [f"<p style='color:{colour};font-size:16px'><b>{html.escape(verdict)}</b></p>"]
        q = d.question
        parts += [f"<p>{_shown(q, f)}</p>" for f in scored.feedback if f]
        if not scored.correct:
            right = _describe(d.question, core.right_answer(d.question))
            parts.append("<p><b>" + html.escape(self.tr("Верный ответ: {answer}").format(answer=right)) + "</b></p>")
        combined = core.combined_feedback(d.question, scored)
        if combined:
            parts.append(f"<p>{_shown(q, combined)}</p>")
        if not scored.correct and d.question.hints:
            hint = self.tr("Подсказка:")
            parts += [f"<p>{html.escape(hint)} {_shown(q, h)}</p>" for h in d.question.hints]
        if d.question.type == "cloze":
            self._cloze.lock()
        if d.question.explanation:
            parts.append(f"<p><i>{_shown(q, d.question.explanation)}</i></p>")
        self.feedback.setText("".join(parts))
        self.confirm_button.setText(self.tr("Дальше (Enter)"))

    def _what_to_do(self, d: core.DrawnQuestion) -> str:
        """What Enter needs first, when nothing is chosen yet."""
        kind = d.question.type
        if kind == "truefalse":
            return self.tr("Сначала выберите ответ: 1 — верно, 2 — неверно.")
        if kind == "single":
            return self.tr("Сначала выберите вариант: клавиши 1–{n} или щелчок мышью.").format(n=len(d.options))
        if kind == "multiple":
            return self.tr("Сначала отметьте хотя бы один вариант: клавиши 1–{n}.").format(n=len(d.options))
        if kind == "matching":
            return self.tr("Сначала выберите пару для каждой строки.")
        return self.tr("Сначала впишите ответ.")

    def _mark_right(self, d: core.DrawnQuestion, scored: core.Scored) -> None:
        """Show the right option(s) at once: ✓ and green on the right ones, ✗ and red on a wrong choice."""
        q, right = d.question, core.right_answer(d.question)
        if self._group is not None:
            if q.type == "truefalse":
                right_ids = {1 if right else 2}
            else:
                right_ids = {d.options.index(i) + 1 for i in ({right} if q.type == "single" else right)}
            for n, choice in self._choices.items():
                if n in right_ids or choice.button.isChecked():
                    choice.mark(n in right_ids)
        elif q.type == "matching":
            for left, combo in self._combos.items():
                combo.setStyleSheet(f"background: {'#c8e6c9' if combo.currentData() == right[left] else '#ffcdd2'}; {theme.MARKED_TEXT}")
        elif q.type == "ordering" and not scored.correct:
            self._list.setStyleSheet(f"background: #ffcdd2; {theme.MARKED_TEXT}")

    def _advance(self) -> None:
        if self.index + 1 < len(self.drawn):
            self.index += 1
            self._show_question()
        else:
            self._finish()

    def _tick(self) -> None:
        if self._deadline is None:
            self.timer_label.clear()
            return
        left = self._deadline - self._clock()
        if left <= 0:
            self._finish()
            return
        self.timer_label.setText(self.tr("Осталось {m}:{s:02d}").format(m=int(left) // 60, s=int(left) % 60))

    def _finish(self) -> None:
        self._ticker.stop()
        self._deadline = None
        self.result = core.grade_quiz(self.drawn, self.answers, self.quiz)
        self._save()
        self.review.setText(self._review_html())
        self.retry_button.setEnabled(bool(core.retry_wrong(self.result)))
        self.stack.setCurrentIndex(1)
        self.end_guard.arm()

    def event(self, event) -> bool:
        """Keys typed on just after the quiz ends (its time ran out) press nothing."""
        return self.end_guard.swallows(event) or super().event(event)

    def _review_html(self) -> str:
        res = self.result
        colour = theme.current().success if res.passed else theme.current().error
        verdict = self.tr("Тест пройден") if res.passed else self.tr("Тест не пройден")
        threshold, yours_label, right_label = self.tr("порог"), self.tr("Ваш ответ:"), self.tr("Верный ответ:")
        out = [f"<h2 style='color:{colour}'>{verdict}: {fmt_percent(res.percent)} "
               f"({threshold} {fmt_percent(self.quiz.pass_percent)})</h2>"]
        for n, (d, r) in enumerate(zip(self.drawn, res.per_question), start=1):
            mark = "✓" if r.scored.correct else ("½" if r.scored.fraction > 0 else "✗")
            right = _describe(d.question, core.right_answer(d.question))
            yours = _describe(d.question, r.answer) if r.answer not in (None, "", {}) else "—"
            text = re.sub(r"\{#\d+\}", "_____", d.question.text)  # a cloze's gaps
            name = (f"<span style='color:#607d8b'>{html.escape(d.question.title)}</span><br>"
                    if d.question.title else "")  # the name in the department's bank
            out.append(f"<p>{name}<b>{n}. {mark} {html.escape(text)}</b><br>"
                       f"{yours_label} {html.escape(yours)}<br>"
                       f"{right_label} {html.escape(right)}"
                       + (f"<br><i>{_shown(d.question, d.question.explanation)}</i>" if d.question.explanation else "")
                       + "</p>")
        return "".join(out)

    def retry(self) -> None:
        if self.result is not None:
            self.start(self.pack, self.quiz, only=core.retry_wrong(self.result))

    def _save(self) -> None:
        ctx, res = self.ctx, self.result
        if ctx.profile is None:
            return
        try:
            attempt_id = ctx.store.attempts.save_result(
                ctx.profile.id, pack_id=self.pack.id, exercise_id=self.quiz.id,
                score=res.percent, passed=res.passed, started_at=self._started_at,
                record=QuizRecord.of(self.seed, self.drawn, res))
        except SaveError as exc:
            QMessageBox.warning(self, self.tr("Результат не сохранён"), say_error(exc))
            return
        ctx.attemptSaved.emit(attempt_id)


def _describe(question, answer) -> str:
    """An answer in words, for the review."""
    if question.type in ("single", "multiple"):
        indices = [answer] if isinstance(answer, int) else sorted(answer or ())
        return "; ".join(question.options[i].text for i in indices if 0 <= i < len(question.options))
    if question.type == "truefalse":
        return QCoreApplication.translate("QuizRun", "Верно") if answer else \
            QCoreApplication.translate("QuizRun", "Неверно")
    if question.type == "matching":
        return "; ".join(f"{k} — {v or '…'}" for k, v in (answer or {}).items())
    if question.type == "ordering":
        return " → ".join(answer or ())
    if question.type == "cloze":
        given = list(answer or [])
        shown = []
        for i, gap in enumerate(question.gaps):
            value = given[i] if i < len(given) else None
            if gap.kind == "multichoice":
                value = gap.options[value].text if isinstance(value, int) and 0 <= value < len(gap.options) else None
            elif gap.kind == "multiresponse":
                value = ", ".join(gap.options[i].text for i in (value or ())
                                  if isinstance(i, int) and 0 <= i < len(gap.options))
            shown.append(str(value) if value not in (None, "") else "…")
        return "; ".join(shown)
    return str(answer)


def _shown(q, text: str) -> str:
    """One of the question's texts for a rich-text label: its sanitised formatting, else the plain text escaped."""
    return q.rich(text) or html.escape(text)
