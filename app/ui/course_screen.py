"""The course map: every lesson of a course, passed, open or locked."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QComboBox, QHBoxLayout, QLabel, QPushButton, QTreeWidget,
                               QTreeWidgetItem, QVBoxLayout, QWidget)

from app.core.progress import LessonState, course_map, unlock_path
from app.core.sessions import SessionKind, session_thresholds
from app.ui.catalogue import fit_columns, group_item
from app.ui.context import AppContext
from app.ui.formatting import fmt_number, fmt_percent


class CourseScreen(QWidget):
    startLesson = Signal(str, str, str)

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.courses = QComboBox()
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Урок"), self.tr("Новые клавиши"), self.tr("Состояние"),
                                   self.tr("Лучший результат"), self.tr("Порог")])
        fit_columns(self.tree)
        self.start_button = QPushButton(self.tr("Начать урок (Enter)"))
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Курс:")))
        top.addWidget(self.courses, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.hint = QLabel(self.tr("Следующий урок открывается, когда пройден предыдущий."))
        self.hint.setWordWrap(True)
        self.hint.setProperty("role", "muted")
        bottom = QHBoxLayout()
        bottom.addWidget(self.hint, 1)
        bottom.addStretch(1)
        bottom.addWidget(self.start_button)
        layout.addLayout(bottom)
        self.courses.currentIndexChanged.connect(lambda _i: self._fill())
        self.tree.itemActivated.connect(lambda item, _c: self._start(item))
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))
        self.tree.currentItemChanged.connect(lambda item, _prev: self._explain(item))
        ctx.profileChanged.connect(self.refresh)
        ctx.attemptSaved.connect(lambda _id: self._fill())
        ctx.packsChanged.connect(self.refresh)
        ctx.preferencesChanged.connect(self._fill)
        self.refresh()

    def showEvent(self, event) -> None:
        self.tree.setFocus()  # so that Enter starts the selected lesson at once
        super().showEvent(event)

    def refresh(self) -> None:
        current = self.courses.currentData()
        self.courses.blockSignals(True)
        self.courses.clear()
        for pack, course in self.ctx.typing_courses():
            self.courses.addItem(f"{course.title} — {pack.manifest.title} {pack.manifest.version}",
                                 (pack.id, course.id))
        index = self.courses.findData(current)
        self.courses.setCurrentIndex(max(0, index))
        self.courses.blockSignals(False)
        self._fill()

    def select_course(self, pack_id: str, course_id: str) -> None:
        index = self.courses.findData((pack_id, course_id))
        if index >= 0:
            self.courses.setCurrentIndex(index)

    def _fill(self) -> None:
        self.tree.clear()
        key = self.courses.currentData()
        found = [(p, c) for p, c in self.ctx.typing_courses() if (p.id, c.id) == key]
        if not found or self.ctx.profile is None:
            return
        pack, course = found[0]
        passed = self.ctx.passed_ids(pack.id)
        best = self.ctx.store.attempts.best_by_exercise(self.ctx.profile.id, pack.id)
        groups: dict[str, QTreeWidgetItem] = {}
        first_open = None
        state_names = {LessonState.PASSED: self.tr("✓ пройден"), LessonState.OPEN: self.tr("открыт"),
                       LessonState.LOCKED: self.tr("закрыт")}
        for status in course_map(course, passed):
            lesson = status.lesson
            stage = lesson.stage or "keys"
            parent = groups.get(stage)
            if parent is None:
                parent = group_item(self.tree, self._stage_name(stage))
                groups[stage] = parent
            row = best.get(lesson.id)
            best_text = self.tr("{cpm} зн/мин, {acc}").format(cpm=fmt_number(row.cpm), acc=fmt_percent(row.accuracy, 1)) if row else ""
            t = session_thresholds(SessionKind.LESSON, self.ctx.preferences, lesson=lesson)
            item = QTreeWidgetItem(parent, [f"{status.index + 1}. {lesson.title}", lesson.new_keys.upper(),
                                            state_names[status.state], best_text,
                                            f"{fmt_number(t.cpm)} / {fmt_percent(t.accuracy)}"])
            item.setData(0, Qt.ItemDataRole.UserRole, (pack.id, course.id, lesson.id))
            item.setData(1, Qt.ItemDataRole.UserRole, status.state is LessonState.LOCKED)
            if status.state is LessonState.LOCKED:  # selectable, so it can say what unlocks it
                item.setForeground(0, self.palette().placeholderText())
            elif status.state is LessonState.OPEN and first_open is None:
                first_open = item
        if first_open is not None:
            self.tree.setCurrentItem(first_open)
            self.tree.scrollToItem(first_open)

    def _stage_name(self, stage: str) -> str:
        names = {"keys": self.tr("Клавиши"), "words": self.tr("Слова"), "phrases": self.tr("Фразы оператора")}
        return names.get(stage, stage)

    def _locked_note(self, item: QTreeWidgetItem) -> str:
        """Which lesson to pass (and at what thresholds) to open a locked one; "" when it is open."""
        pack_id, course_id, lesson_id = item.data(0, Qt.ItemDataRole.UserRole)
        found = [c for p, c in self.ctx.typing_courses() if (p.id, c.id) == (pack_id, course_id)]
        if not found:
            return ""
        course = found[0]
        index = next(i for i, lesson in enumerate(course.lessons) if lesson.id == lesson_id)
        path = unlock_path(course, self.ctx.passed_ids(pack_id), index)
        if path is None:
            return ""

        def named(status) -> str:
            t = session_thresholds(SessionKind.LESSON, self.ctx.preferences, lesson=status.lesson)
            return self.tr("урок {n} «{title}» (не меньше {cpm:.0f} зн/мин при точности от {acc})").format(
                n=status.index + 1, title=status.lesson.title, cpm=t.cpm, acc=fmt_percent(t.accuracy))

        text = self.tr("Урок {n} закрыт: он откроется, когда будет пройден {previous}.").format(
            n=index + 1, previous=named(path.previous))
        if path.open_now is not None:
            text += " " + self.tr("Уроки открываются по порядку; начните с открытого: {open}.").format(
                open=named(path.open_now))
        return text

    def _explain(self, item: QTreeWidgetItem | None) -> None:
        note = self._locked_note(item) if item is not None and item.data(1, Qt.ItemDataRole.UserRole) else ""
        self.hint.setText(note or self.tr("Следующий урок открывается, когда пройден предыдущий."))
        self.hint.setProperty("role", "warning" if note else "muted")  # the theme's colours, light or dark
        self.hint.style().unpolish(self.hint)
        self.hint.style().polish(self.hint)
        self.start_button.setEnabled(not note)

    def _start(self, item: QTreeWidgetItem | None) -> None:
        if item is None:
            return
        data = item.data(0, Qt.ItemDataRole.UserRole)
        if not data:
            return
        if item.data(1, Qt.ItemDataRole.UserRole):  # locked: say what opens it instead of doing nothing
            self._explain(item)
            return
        self.startLesson.emit(*data)
