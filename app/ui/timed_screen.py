"""«Тест на время»: 1, 3 or 5 minutes on operator texts from the packs."""

from __future__ import annotations

import random

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QButtonGroup, QComboBox, QHBoxLayout, QLabel, QPushButton, QRadioButton, QVBoxLayout, QWidget

from app.core.sessions import SessionKind, build_session, session_thresholds
from app.core.thresholds import CertificateThresholds
from app.core.timed import TEST_MINUTES, build_test_text
from app.ui.formatting import fmt_percent
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
            "нажатия; засчитываются верно набранные знаки."))
        intro.setWordWrap(True)
        self.bar = QLabel()  # the pass mark of the chosen pack: the one the result and the certificate use
        self.bar.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        source = QHBoxLayout()
        source.addWidget(QLabel(self.tr("Тексты:")))
        source.addWidget(self.course, 1)
        layout.addLayout(source)
        layout.addWidget(self.bar)
        layout.addLayout(row)
        layout.addWidget(self.go)
        layout.addStretch(1)
        self.go.clicked.connect(self._start)
        self.course.currentIndexChanged.connect(lambda _i: self._show_bar())
        ctx.packsChanged.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        self.course.clear()
        for pack, course in self.ctx.typing_courses():
            if course.timed_texts:
                self.course.addItem(f"{course.title} ({len(course.timed_texts)})", (pack.id, course.id))
        self.go.setEnabled(self.course.count() > 0)
        self._show_bar()

    def _chosen(self):
        key = self.course.currentData()
        found = [(p, c) for p, c in self.ctx.typing_courses() if (p.id, c.id) == key]
        return found[0] if found else None

    def _show_bar(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            self.bar.clear()
            return
        pack = chosen[0]
        cert = CertificateThresholds.from_rules(pack.manifest.certificate)
        t = session_thresholds(SessionKind.TIMED, self.ctx.preferences, certificate=cert)
        self.bar.setText(self.tr(
            "Тест пройден при скорости от {cpm:.0f} зн/мин и точности от {acc} — это порог сертификата "
            "пакета «{pack}»; для сертификата тест должен длиться не меньше {minutes} мин.").format(
                cpm=t.cpm, acc=fmt_percent(t.accuracy), pack=pack.manifest.title, minutes=cert.typing_minutes))

    def _start(self) -> None:
        chosen = self._chosen()
        if chosen is None:
            return
        pack, course = chosen
        minutes = self.minutes.checkedId()
        seed = random.randrange(1 << 30)
        text = build_test_text([t.text for t in course.timed_texts], minutes, seed)
        cert = CertificateThresholds.from_rules(pack.manifest.certificate)
        self.start.emit(build_session(
            SessionKind.TIMED, self.tr("Тест на время: {n} мин").format(n=minutes), text, course.layout,
            self.ctx.preferences, pack_id=pack.id, exercise_id=f"timed-{minutes}", time_limit=minutes * 60.0,
            thresholds=session_thresholds(SessionKind.TIMED, self.ctx.preferences, certificate=cert)))
