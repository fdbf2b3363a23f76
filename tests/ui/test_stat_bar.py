"""The live figures above the keyboard: what each shows, how the time is captioned, the countdown."""

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QLabel

from app.core.drill_clock import ClockState, LiveTime
from app.ui.stat_bar import StatBar, format_time


@pytest.fixture
def bar(qtbot):
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Russian))
    widget = StatBar()
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    QLocale.setDefault(before)


@pytest.mark.parametrize("seconds, shown", [(0, "0:00"), (9.9, "0:09"), (75, "1:15"), (3600 + 5, "60:05"),
                                            (-3, "0:00")])
def test_time_is_minutes_and_seconds(seconds, shown):
    assert format_time(seconds) == shown


def test_figures_are_written_the_russian_way(bar):
    bar.show_figures(cpm=212.4, wpm=35.4, accuracy=97.25, errors=3, clock=LiveTime(83.6, ClockState.RUNNING))
    assert [bar.value(k) for k in ("cpm", "wpm", "accuracy", "errors", "time")] == \
        ["212", "35", "97,3\u00a0%", "3", "1:23"]


def test_the_time_caption_says_why_the_clock_stands(bar):
    assert bar.value("time") == "—"  # nothing typed yet
    captions = {}
    for state in ClockState:
        bar.show_figures(0, 0, 100, 0, LiveTime(4, state))
        captions[state] = bar.caption("time")
    assert captions[ClockState.WAITING] == "время: с первого нажатия"
    assert captions[ClockState.RUNNING] == "время набора"
    assert captions[ClockState.IDLE] == "время стоит: нет нажатий дольше 5 с"
    assert captions[ClockState.PAUSED] == "время стоит: пауза"


def shown(bar, text: str) -> bool:
    return any(label.isVisible() for label in bar.findChildren(QLabel) if label.text() == text)


def test_the_countdown_shows_only_for_a_timed_test(bar):
    assert not shown(bar, "осталось")
    bar.show_remaining(59.5)
    assert shown(bar, "осталось") and shown(bar, "0:59") and bar.value("left") == "0:59"
    bar.show_remaining(None)
    assert not shown(bar, "осталось") and not shown(bar, "0:59")
