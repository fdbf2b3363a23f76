"""The cards at the top of «Прогресс»: one per skill, with its figure, trend, a sparkline and the next step.

The cards only show what app.core.skill_cards computed from the statistics.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from app.core.skill_cards import SKILLS, SkillCard
from app.ui import theme
from app.ui.core_texts import say
from app.ui.formatting import fmt_number, percent_suffix

SPARK_POINTS = 30  # the last results a sparkline draws


class Sparkline(QWidget):
    """The last results as a thin line, the newest on the right."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.values: list[float] = []
        self.setMinimumSize(120, 36)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: Sequence[float]) -> None:
        self.values = list(values)[-SPARK_POINTS:]
        self.update()

    def paintEvent(self, _event) -> None:
        if len(self.values) < 2:
            return
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        area = QRectF(self.rect()).adjusted(2, 4, -2, -4)
        low, high = min(self.values), max(self.values)
        span = (high - low) or 1.0
        step = area.width() / (len(self.values) - 1)
        path = QPainterPath()
        for i, v in enumerate(self.values):
            point = QPointF(area.left() + i * step, area.bottom() - area.height() * (v - low) / span)
            path.moveTo(point) if i == 0 else path.lineTo(point)
        p.setPen(QPen(QColor(theme.current().accent), 2))
        p.drawPath(path)


class SkillCardView(QFrame):
    def __init__(self, skill: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.skill = skill
        self.setObjectName("Card")
        self.title = QLabel(self._title())
        self.title.setProperty("role", "heading")
        self.figure = QLabel()
        self.figure.setProperty("role", "figure")
        self.unit = QLabel()
        self.unit.setProperty("role", "muted")
        self.trend = QLabel()
        self.spark = Sparkline()
        self.next_step = QLabel()
        self.next_step.setWordWrap(True)
        self.next_step.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        figures = QHBoxLayout()
        figures.setSpacing(theme.SPACE_S)
        figures.addWidget(self.figure, 0, Qt.AlignmentFlag.AlignBaseline)
        figures.addWidget(self.unit, 0, Qt.AlignmentFlag.AlignBaseline)
        figures.addStretch()
        figures.addWidget(self.trend, 0, Qt.AlignmentFlag.AlignBaseline)
        box = QVBoxLayout(self)
        box.setContentsMargins(theme.SPACE_L, theme.SPACE_M, theme.SPACE_L, theme.SPACE_M)
        box.setSpacing(theme.SPACE_XS)
        box.addWidget(self.title)
        box.addLayout(figures)
        box.addWidget(self.spark)
        box.addWidget(self.next_step)
        box.addStretch(1)  # a card beside a taller one keeps its text at the top

    def _title(self) -> str:
        return {"typing": self.tr("Слепая печать"), "grammar": self.tr("Грамотность"),
                "correspondence": self.tr("Деловая переписка"), "quiz": self.tr("Сетевой этикет")}[self.skill]

    def _unit(self, count: int) -> str:
        if count == 1:
            return {"typing": self.tr("зн/мин в последней попытке"),
                    "correspondence": self.tr("баллов из 100 в последнем ответе")}.get(
                self.skill, self.tr("верно в последней попытке"))
        if self.skill == "typing":
            return self.tr("зн/мин, среднее за последние попытки: %n", "", count)
        if self.skill == "correspondence":
            return self.tr("баллов из 100, среднее за последние ответы: %n", "", count)
        return self.tr("верно, среднее за последние попытки: %n", "", count)

    def _value(self, value: float) -> str:
        return fmt_number(value) if self.skill in ("typing", "correspondence") else fmt_number(value) + percent_suffix()

    def show_card(self, card: SkillCard) -> None:
        if card.figure is None:
            self.figure.setText("—")
            self.unit.setText(self.tr("ещё нет попыток"))
        else:
            self.figure.setText(self._value(card.figure))
            self.unit.setText(self._unit(min(card.attempts, 5)))
        if card.trend is None or round(card.trend) == 0:
            self.trend.setText(self.tr("без изменений") if card.trend is not None else "")
            role = "muted"
        else:
            arrow, sign = ("▲", "+") if card.trend > 0 else ("▼", "−")
            self.trend.setText(f"{arrow} {sign}{self._value(abs(card.trend))}")
            role = "success" if card.trend > 0 else "error"
        self.trend.setProperty("role", role)
        self.trend.style().unpolish(self.trend)
        self.trend.style().polish(self.trend)
        self.trend.setToolTip(self.tr("Разница со средним предыдущих попыток"))
        self.spark.set_values(card.series)
        self.spark.setVisible(len(card.series) > 1)
        self.next_step.setText(self.tr("Дальше: {step}").format(step=say(card.next_step)))


class SkillCards(QWidget):
    """Four cards, two by two."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.cards = {skill: SkillCardView(skill) for skill in SKILLS}
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(theme.SPACE_M)
        for i, skill in enumerate(SKILLS):
            grid.addWidget(self.cards[skill], i // 2, i % 2)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

    def show_cards(self, cards: Sequence[SkillCard]) -> None:
        for card in cards:
            self.cards[card.skill].show_card(card)
