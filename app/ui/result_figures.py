"""The top of the result screen: the big figures, speed and errors second by second, the keys missed
in this attempt and what to do next (as keybr's and Monkeytype's result pages)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.attempt_timeline import NextStep, Second, by_second, missed_keys, next_step
from app.core.metrics import ThresholdCheck
from app.ui import theme
from app.ui.formatting import fmt_number, fmt_percent
from app.ui.stat_bar import format_time


class SpeedChart(QWidget):
    """зн/мин per second as a line, seconds with errors as red marks under it."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.seconds: list[Second] = []
        self.setMinimumSize(220, 90)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_seconds(self, seconds: Sequence[Second]) -> None:
        self.seconds = list(seconds)
        self.setToolTip(self.tr("Скорость по секундам попытки; красные отметки — секунды с ошибками"))
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = theme.current()
        frame = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(QPen(QColor(palette.border)))
        p.setBrush(QColor(palette.surface))
        p.drawRoundedRect(frame, theme.RADIUS, theme.RADIUS)
        area = frame.adjusted(theme.SPACE_M, theme.SPACE_M + 14, -theme.SPACE_M, -theme.SPACE_M - 6)
        p.setPen(QColor(palette.muted))
        top = max((s.cpm for s in self.seconds), default=0.0)
        p.drawText(QRectF(frame.left() + theme.SPACE_M, frame.top() + 4, frame.width() - 2 * theme.SPACE_M, 16),
                   Qt.AlignmentFlag.AlignLeft, self.tr("зн/мин по секундам, максимум {top}").format(top=fmt_number(top)))
        if len(self.seconds) < 2 or top <= 0:
            return
        step = area.width() / (len(self.seconds) - 1)
        path = QPainterPath()
        for i, s in enumerate(self.seconds):
            point = QPointF(area.left() + i * step, area.bottom() - area.height() * s.cpm / top)
            path.moveTo(point) if i == 0 else path.lineTo(point)
        p.setPen(QPen(QColor(palette.accent), 2))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawPath(path)
        p.setPen(QPen(QColor(palette.error), 3))
        for i, s in enumerate(self.seconds):
            if s.errors:
                x = area.left() + i * step
                p.drawLine(QPointF(x, area.bottom() + 3), QPointF(x, area.bottom() + 9))


class ResultFigures(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._values: dict[str, QLabel] = {}
        self._needs: dict[str, QLabel] = {}
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(theme.SPACE_M)
        for key, name in (("cpm", self.tr("зн/мин")), ("accuracy", self.tr("точность")),
                          ("errors", self.tr("ошибки")), ("time", self.tr("время"))):
            card = QFrame()
            card.setObjectName("Card")
            box = QVBoxLayout(card)
            box.setContentsMargins(theme.SPACE_L, theme.SPACE_S, theme.SPACE_L, theme.SPACE_S)
            box.setSpacing(0)
            value = QLabel()
            value.setProperty("role", "figure")
            caption = QLabel(name)
            caption.setProperty("role", "muted")
            need = QLabel()
            need.setProperty("role", "meta")
            for w in (value, caption, need):
                box.addWidget(w)
            row.addWidget(card)
            self._values[key], self._needs[key] = value, need
        self.chart = SpeedChart()
        row.addWidget(self.chart, 1)
        self.missed = QLabel()
        self.missed.setWordWrap(True)
        self.advice = QLabel()
        self.advice.setWordWrap(True)
        self.advice.setProperty("role", "heading")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE_S)
        layout.addLayout(row)
        layout.addWidget(self.missed)
        layout.addWidget(self.advice)

    def show_attempt(self, summary, thresholds, check: ThresholdCheck, log, has_next: bool) -> NextStep:
        palette = theme.current()
        self._values["cpm"].setText(fmt_number(summary.cpm))
        self._values["accuracy"].setText(fmt_percent(summary.accuracy, 1))
        self._values["errors"].setText(str(summary.errors))
        self._values["time"].setText(format_time(summary.seconds))
        for key, ok, need in (("cpm", check.speed, self.tr("порог {v}").format(v=fmt_number(thresholds.cpm))),
                              ("accuracy", check.accuracy,
                               self.tr("порог {v}").format(v=fmt_percent(thresholds.accuracy)))):
            colour = palette.success if ok else palette.error
            self._values[key].setStyleSheet(f"color: {colour};")  # pass or fail, at a glance
            self._needs[key].setText(("✓ " if ok else "✗ ") + need)
        self._needs["errors"].setText(self.tr("исправлений: {n}").format(n=summary.backspaces))
        self._needs["time"].setText("")
        self.chart.set_seconds(by_second(log))
        missed = missed_keys(log)
        shown = ", ".join(f"«{'␣' if ch == ' ' else ch}» × {n}" for ch, n in missed)
        self.missed.setText(self.tr("Ошибки в этой попытке: {keys}").format(keys=shown) if missed
                            else self.tr("В этой попытке ни одной ошибки."))
        step = next_step(check, missed, has_next)
        keys = ", ".join(f"«{ch}»" for ch, _n in missed[:3] if ch != " ")
        self.advice.setText({
            NextStep.SLOW_DOWN: self.tr("Дальше: сбавьте темп и повторите урок — сначала точность, потом скорость."),
            NextStep.PRACTISE_KEYS: self.tr("Дальше: отработайте {keys} в адаптивной тренировке.").format(
                keys=keys or self.tr("пробел")),
            NextStep.SPEED_UP: self.tr("Дальше: повторите урок, чтобы набрать скорость."),
            NextStep.NEXT_LESSON: self.tr("Дальше: следующий урок (Ctrl+N)."),
            NextStep.DONE: self.tr("Дальше: тест на время или адаптивная тренировка."),
        }[step])
        return step
