"""«Прогресс»: a card per skill (figure, trend, next step) and, one click away, the details: speed and
accuracy over attempts, a per-key heat map, the weakest keys, the most frequent grammar mistakes,
scorecard elements, quiz categories, time trained per day and the recent attempts."""

from __future__ import annotations

from html import escape

from PySide6.QtCharts import (QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QLineSeries,
                              QValueAxis)
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.core.layouts import load_layout
from app.core.skill_cards import correspondence_card, grammar_card, quiz_card, typing_card
from app.core.stats import attempt_axis
from app.storage.store import open_reader
from app.ui import theme
from app.ui.formatting import fmt_percent
from app.ui.scorecard_titles import element_title
from app.ui.history_list import HISTORY_LENGTH, HistoryList
from app.ui.refresh_when_shown import RefreshWhenShown
from app.ui.keyboard_widget import KeyboardWidget
from app.ui.skill_cards import SkillCards
from app.ui.workers import Worker
from app.ui.core_texts import say, say_error, say_finding

GOOD, BAD = QColor("#cfe8cf"), QColor("#e25b4b")
WORST_RATE = 0.2  # error rate painted fully red


def heat_colour(rate: float) -> QColor:
    f = min(max(rate / WORST_RATE, 0.0), 1.0)
    return QColor(*(round(g + (b - g) * f) for g, b in zip(GOOD.getRgb()[:3], BAD.getRgb()[:3])))


def _read(path, profile_id: int):
    """Read on the worker thread through its own reader (SQLite connections stay in their thread)."""
    with open_reader(path) as reader:
        return reader.stats.read_dashboard(profile_id), reader.attempts.list(profile_id, limit=HISTORY_LENGTH)


class DashboardScreen(QWidget):
    def __init__(self, ctx, parent=None):
        super().__init__(parent)
        self.ctx = ctx
        self.board = None
        self.worker = Worker(self)
        self.layout_box = QComboBox()
        self.layout_box.currentIndexChanged.connect(self._show_layout)
        self.empty = QLabel(self.tr("Пройдите первый урок — здесь появится график."))
        self.chart = QChart()
        theme.style_chart(self.chart)
        self.chart.setTitle(self.tr("Скорость и точность по попыткам"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(300)
        self.keyboard = KeyboardWidget()
        self.heat_legend = QLabel(self.tr("Цвет клавиши — доля ошибок: зелёный — без ошибок, красный — 20 % и больше, "
                                          "серый — клавиша ещё не нажималась."))
        self.heat_legend.setWordWrap(True)
        self.weakest = QLabel()
        self.weakest.setWordWrap(True)
        self.graded = QLabel()
        self.graded.setWordWrap(True)
        self.graded.setTextFormat(Qt.TextFormat.RichText)
        self.daily_chart = QChart()
        theme.style_chart(self.daily_chart)
        self.daily_chart.setTitle(self.tr("Время занятий по дням, минут (последние 30 дней)"))
        self.daily_chart.legend().hide()
        self.daily_view = QChartView(self.daily_chart)
        self.daily_view.setMinimumHeight(200)
        self.history = HistoryList(ctx)
        self.cards = SkillCards()
        self.details_button = QPushButton(self.tr("Подробная статистика →"))
        self.details_button.clicked.connect(lambda: self.show_details(True))
        self.back_button = QPushButton(self.tr("← К карточкам навыков"))
        self.back_button.clicked.connect(lambda: self.show_details(False))
        overview = QWidget()
        top = QVBoxLayout(overview)
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.empty)
        top.addWidget(self.cards)
        row = QHBoxLayout()
        row.addWidget(self.details_button)
        row.addStretch()
        top.addLayout(row)
        top.addStretch(1)  # the room below the cards goes here, not into the cards
        details = QWidget()
        box = QVBoxLayout(details)
        box.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.back_button)
        row.addStretch()
        box.addLayout(row)
        for w in (self.layout_box, self.chart_view, self.keyboard, self.heat_legend, self.weakest, self.graded,
                  self.daily_view, self.history):
            box.addWidget(w)
        box.addStretch()
        # shown one at a time (not a QStackedWidget, which would give the cards the details' long height)
        self.overview, self.details = overview, details
        details.hide()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(overview)
        outer.addWidget(details)
        self.when_shown = RefreshWhenShown(self, self.refresh)  # new results or another profile
        ctx.attemptSaved.connect(self.when_shown.changed)
        ctx.profileChanged.connect(self.when_shown.changed)

    def show_details(self, details: bool) -> None:
        """The cards, or the statistics behind them."""
        self.overview.setVisible(not details)
        self.details.setVisible(details)

    def refresh(self, *_args) -> None:
        profile_id, path = self.ctx.profile.id, self.ctx.store.path
        self.worker.submit(lambda: _read(path, profile_id), self._show_read, self._failed)

    def _show_read(self, read) -> None:
        board, history = read
        self.history.show_rows(history)
        self.show_dashboard(board)

    def _failed(self, exc: Exception) -> None:
        self.empty.setText(self.tr("Не удалось прочитать статистику: {error}").format(error=say_error(exc)))
        self.empty.show()

    def show_dashboard(self, board) -> None:
        self.board = board
        self.when_shown.stale = False
        current = self.layout_box.currentData()
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        for layout_id in board.layouts:
            self.layout_box.addItem(say(load_layout(layout_id).title), layout_id)
        index = self.layout_box.findData(current)
        self.layout_box.setCurrentIndex(max(index, 0))
        self.layout_box.blockSignals(False)
        has_typing = bool(board.layouts)
        graded = (board.grammar_rules or board.grammar_topics or board.scorecard or board.quiz_categories)
        self.empty.setVisible(not has_typing and not graded)
        for w in (self.layout_box, self.chart_view, self.keyboard, self.heat_legend, self.weakest):
            w.setVisible(has_typing)
        if has_typing:
            self._show_layout()
        self.cards.show_cards(self._cards(board))
        self.graded.setText(self._graded_html(board))
        self.graded.setVisible(bool(graded))
        self._show_daily(board.daily)
        self.daily_view.setVisible(any(minutes for _d, minutes in board.daily))

    @staticmethod
    def _cards(board) -> list:
        # the layout typed most is the one the typing card speaks of
        typed = max(board.layouts.values(), key=lambda st: st.speed_first + len(st.speed), default=None)
        speeds = [cpm for _id, cpm, _acc in typed.speed] if typed is not None else []
        weakest = [k.key for k in typed.weakest] if typed is not None else []
        return [typing_card(speeds, weakest),
                grammar_card(board.recent.get("grammar", []), board.grammar_topics),
                correspondence_card(board.recent.get("correspondence", []), board.scorecard),
                quiz_card(board.recent.get("quiz", []), board.quiz_categories)]

    def _graded_html(self, board) -> str:
        parts = []

        untitled = self.tr("(без темы)")

        def table(heading: str, rows: list[tuple[str, str]]) -> None:
            """A heading and a two-column table (name, figure); nothing when there are no rows."""
            if rows:
                cells = "".join(f"<tr><td>{escape(name or untitled)}</td><td align='right'>&nbsp;{figure}</td></tr>"
                                for name, figure in rows)
                parts.append(f"<h3>{heading}</h3><table cellspacing='0' cellpadding='2'>{cells}</table>")

        table(self.tr("Частые ошибки в грамматике (правило — сколько раз)"),
              [(say_finding(msg, rule) if msg else rule, str(n)) for rule, msg, n in board.grammar_rules])
        table(self.tr("Темы грамматики (ошибок из ответов)"),
              [(topic, f"{wrong} / {total}") for topic, wrong, total in board.grammar_topics])
        table(self.tr("Деловая переписка: пункты карты качества (выполнено из ответов)"),
              [(element_title(element), f"{ok} / {total}") for element, ok, total in board.scorecard])
        table(self.tr("Тесты по сетевому этикету: средний результат по темам"),
              [(cat, fmt_percent(pct)) for cat, pct, _runs in board.quiz_categories])
        return "".join(parts)

    def _show_daily(self, daily) -> None:
        self.daily_chart.removeAllSeries()
        for axis in self.daily_chart.axes():
            self.daily_chart.removeAxis(axis)
        bars = QBarSet(self.tr("минут"))
        for _day, minutes in daily:
            bars.append(minutes)
        series = QBarSeries()
        series.append(bars)
        self.daily_chart.addSeries(series)
        x = QBarCategoryAxis()
        x.append([f"{day[8:10]}.{day[5:7]}" for day, _m in daily])  # categories must be unique: every date
        x.setLabelsAngle(-90)
        y = QValueAxis()
        y.setLabelFormat("%d")
        y.setRange(0, max([m for _d, m in daily] + [10]) * 1.1)
        y.applyNiceNumbers()
        self.daily_chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.daily_chart.addAxis(y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(x)
        series.attachAxis(y)

    def _show_layout(self, *_args) -> None:
        stats = self.board.layouts[self.layout_box.currentData()]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        speed, acc = QLineSeries(), QLineSeries()
        speed.setName(self.tr("зн/мин"))
        acc.setName(self.tr("точность, %"))
        for n, (_id, cpm, accuracy) in enumerate(stats.speed, stats.speed_first):
            speed.append(n, cpm)
            acc.append(n, accuracy)
        for series in (speed, acc):
            series.setPointsVisible(True)
        # Whole attempt numbers on the points only: ticks anchored at the first attempt, a nice step.
        x = QValueAxis()
        x.setLabelFormat("%d")
        if stats.speed:  # keys typed only in flagged attempts give no points
            axis = attempt_axis(stats.speed_first, len(stats.speed))
            x.setRange(axis.first - 0.5, axis.last + 0.5)
            x.setTickType(QValueAxis.TickType.TicksDynamic)
            x.setTickAnchor(axis.first)
            x.setTickInterval(axis.step)
        x.setTitleText(self.tr("номер попытки"))
        y_speed, y_acc = QValueAxis(), QValueAxis()
        y_speed.setLabelFormat("%d")
        y_acc.setLabelFormat("%d")
        y_speed.setRange(0, max([c for _i, c, _a in stats.speed] + [100]) * 1.1)
        y_speed.applyNiceNumbers()
        y_acc.setRange(0, 100)
        self.chart.addAxis(x, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(y_speed, Qt.AlignmentFlag.AlignLeft)
        self.chart.addAxis(y_acc, Qt.AlignmentFlag.AlignRight)
        for series, y in ((speed, y_speed), (acc, y_acc)):
            self.chart.addSeries(series)
            series.attachAxis(x)
            series.attachAxis(y)
        self.keyboard.set_layout_id(stats.layout)
        code_of = {key.normal.lower(): key.code for row in self.keyboard.layout_rows() for key in row if key.normal}
        self.keyboard.set_heat({code_of[k]: heat_colour(rate) for k, rate in stats.heat.items() if k in code_of})
        if stats.weakest:
            lines = [self.tr("Слабые клавиши:")] + [f"«{k.key}» — {say(k.reason)}" for k in stats.weakest]
        else:
            lines = [self.tr("Слабые клавиши появятся, когда каждая будет нажата хотя бы 20 раз.")]
        self.weakest.setText("\n".join(lines))
