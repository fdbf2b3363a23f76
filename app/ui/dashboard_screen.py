"""«Прогресс»: speed/accuracy over attempts, a per-key heat map and the weakest keys."""

from __future__ import annotations

import sqlite3

from PySide6.QtCharts import QChart, QChartView, QLineSeries, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from app.core.layouts import load_layout
from app.storage.stats_repo import StatsRepo
from app.ui.keyboard_widget import KeyboardWidget
from app.ui.workers import Worker

GOOD, BAD = QColor("#cfe8cf"), QColor("#e25b4b")
WORST_RATE = 0.2  # error rate painted fully red


def heat_colour(rate: float) -> QColor:
    f = min(max(rate / WORST_RATE, 0.0), 1.0)
    return QColor(*(round(g + (b - g) * f) for g, b in zip(GOOD.getRgb()[:3], BAD.getRgb()[:3])))


def _read(path, profile_id: int):
    """Read on the worker thread through its own connection (SQLite connections stay in their thread)."""
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return StatsRepo(conn).read_dashboard(profile_id)
    finally:
        conn.close()


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
        self.chart.setTitle(self.tr("Скорость и точность по попыткам"))
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(240)
        self.keyboard = KeyboardWidget()
        self.weakest = QLabel()
        self.weakest.setWordWrap(True)
        box = QVBoxLayout(self)
        for w in (self.layout_box, self.empty, self.chart_view, self.keyboard, self.weakest):
            box.addWidget(w)
        box.addStretch()
        ctx.attemptSaved.connect(self.refresh)
        ctx.profileChanged.connect(self.refresh)

    def showEvent(self, event) -> None:
        if self.board is None:
            self.refresh()
        super().showEvent(event)

    def refresh(self, *_args) -> None:
        profile_id, path = self.ctx.profile.id, self.ctx.store.path
        self.worker.submit(lambda: _read(path, profile_id), self.show_dashboard, self._failed)

    def _failed(self, exc: Exception) -> None:
        self.empty.setText(self.tr("Не удалось прочитать статистику: {error}").format(error=exc))
        self.empty.show()

    def show_dashboard(self, board) -> None:
        self.board = board
        current = self.layout_box.currentData()
        self.layout_box.blockSignals(True)
        self.layout_box.clear()
        for layout_id in board.layouts:
            self.layout_box.addItem(load_layout(layout_id).title, layout_id)
        index = self.layout_box.findData(current)
        self.layout_box.setCurrentIndex(max(index, 0))
        self.layout_box.blockSignals(False)
        has_data = bool(board.layouts)
        self.empty.setVisible(not has_data)
        for w in (self.layout_box, self.chart_view, self.keyboard, self.weakest):
            w.setVisible(has_data)
        if has_data:
            self._show_layout()

    def _show_layout(self, *_args) -> None:
        stats = self.board.layouts[self.layout_box.currentData()]
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        speed, acc = QLineSeries(), QLineSeries()
        speed.setName(self.tr("зн/мин"))
        acc.setName(self.tr("точность, %"))
        for n, (_id, cpm, accuracy) in enumerate(stats.speed, 1):
            speed.append(n, cpm)
            acc.append(n, accuracy)
        x = QValueAxis()
        x.setLabelFormat("%d")
        x.setTitleText(self.tr("попытка"))
        y_speed, y_acc = QValueAxis(), QValueAxis()
        y_speed.setLabelFormat("%d")
        y_acc.setLabelFormat("%d")
        y_speed.setRange(0, max([c for _i, c, _a in stats.speed] + [100]) * 1.1)
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
            lines = [self.tr("Слабые клавиши:")] + [f"«{k.key}» — {k.reason}" for k in stats.weakest]
        else:
            lines = [self.tr("Слабые клавиши появятся, когда каждая будет нажата хотя бы 20 раз.")]
        self.weakest.setText("\n".join(lines))
