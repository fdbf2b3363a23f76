"""A screen's figures are read again after a change: at once when it is on view, else when next shown,
and again on the next showing when the last read did not arrive."""

import pytest
from PySide6.QtWidgets import QWidget

from app.ui.refresh_when_shown import RefreshWhenShown


@pytest.fixture
def screen(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    reads = []

    def refresh():
        reads.append(widget.isVisible())
        if widget.property("reads_arrive") is not False:
            helper.stale = False  # the screen marks its figures current when a read arrives
    helper = RefreshWhenShown(widget, refresh)
    widget.reads = reads
    widget.helper = helper
    return widget


def test_nothing_is_read_before_the_screen_is_first_shown_and_then_once(screen):
    assert screen.reads == []
    screen.show()
    assert screen.reads == [True]
    screen.hide()
    screen.show()
    assert screen.reads == [True]  # nothing changed: the figures on screen are current


def test_a_change_behind_the_screen_is_read_when_it_is_next_shown(screen):
    screen.show()
    screen.hide()
    screen.helper.changed()
    screen.helper.changed()
    assert screen.reads == [True]  # no reading for a screen nobody looks at
    screen.show()
    assert screen.reads == [True, True]  # one read for both changes


def test_a_change_on_view_is_read_at_once(screen):
    screen.show()
    screen.helper.changed("attempt id, as the signal sends it")
    assert screen.reads == [True, True]


def test_a_read_that_did_not_arrive_is_tried_again_on_the_next_showing(screen):
    screen.setProperty("reads_arrive", False)
    screen.show()
    screen.hide()
    screen.show()
    assert screen.reads == [True, True]


def test_a_screen_that_read_its_figures_when_made_waits_for_a_change(qtbot):
    widget = QWidget()
    qtbot.addWidget(widget)
    reads = []
    RefreshWhenShown(widget, lambda: reads.append(1), stale=False)
    widget.show()
    assert reads == []
