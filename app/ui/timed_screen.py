"""«Тест на время»: 1, 3 or 5 minutes on operator texts from the packs."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from app.core.sessions import SessionKind, build_session
from app.core.timed import TEST_MINUTES, build_test_text
from app.ui.context import AppContext


class TimedScreen(QWidget):
    start = Signal(object)  # SessionSpec

    def __init__(self, ctx: AppContext, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.course = QComboBox()
        self.minutes = QButtonGroup(self)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Длительность:")))
        for m in TEST_MINUTES:
            button = QRadioButton(self.tr("{n} мин").format(n=m))
            self.minutes.addButton(button, m)
            row.addWidget(button)
        self.minutes.button(3).setChecked(True)
        row.addStretch(1)
        self.go = QPushButton(self.tr("Начать тест"))
        intro = QLabel(self.tr(
            "Тексты — сообщения оператора из настоящих чатов. Время идёт с первого "
            "нажатия; засчитываются верно набранные знаки. Работодатели часто просят не меньше "
            "200 зн/мин при точности от 97 %."))
        intro.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        source = QHBoxLayout()
        source.addWidget(QLabel(self.tr("Тексты:")))
        source.addWidget(self.course, 1)
        layout.addLayout(source)
        layout.addLayout(row)
        layout.addWidget(self.go)
        layout.addStretch(1)
        self.go.clicked.connect(self._start)
        ctx.packsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.course.clear()
        for pack, course in self.ctx.typing_courses():
            if course.timed_texts:
                self.course.addItem(f"{course.title} ({len(course.timed_texts)})", (pack.id, course.id))
        self.go.setEnabled(self.course.count() > 0)

    def _start(self) -> None:
        key = self.course.currentData()
        found = [(p, c) for p, c in self.ctx.typing_courses() if (p.id, c.id) == key]
        if not found:
            return
        pack, course = found[0]
        minutes = self.minutes.checkedId()
        seed = random.randrange(1 << 30)
        text = build_test_text([t.text for t in course.timed_texts], minutes, seed)
        self.start.emit(build_session(
            SessionKind.TIMED, self.tr("Тест на время: {n} мин").format(n=minutes), text, course.layout,
            self.ctx.preferences, pack_id=pack.id, exercise_id=f"timed-{minutes}", time_limit=minutes * 60.0))
