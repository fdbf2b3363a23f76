"""«Прогресс» over a store with saved attempts, driven through the main window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.core.drill import Keystroke
from app.core.metrics import summarise
from app.ui import theme
from app.core.records import GrammarRecord, QuizRecord, ReplyRecord, TypingRecord


def _save(store, profile_id, bad="ы", good="а", n=60):
    """An attempt where ``bad`` is mistyped every third time and ``good`` never."""
    strokes, t = [], 0.0
    for i in range(n):
        for ch, wrong in ((good, False), (bad, i % 3 == 0)):
            t += 0.2
            strokes.append(Keystroke(t, len(strokes), ch, "ж" if wrong else ch, not wrong))
    text = "".join(s.expected for s in strokes if s.correct)
    return store.attempts.save_typing(
        profile_id, kind="lesson", pack_id="ru-basic", exercise_id="ex-1", layout="ru", mode="correct",
        text=text, started_at="2025-03-01T10:00:00+03:00",
        record=TypingRecord(summary=summarise(strokes, len(text)).to_dict()),
        keystrokes=strokes, passed=True)


def test_empty_profile_is_told_what_to_do(window, qtbot):
    window.open_section("progress")
    screen = window.progress
    qtbot.waitUntil(lambda: screen.board is not None)
    assert screen.empty.isVisible()
    assert "первый урок" in screen.empty.text()
    assert not screen.chart_view.isVisible()


def test_weakest_key_chart_and_heat_map(window, ctx, qtbot):
    window.open_section("progress")
    screen = window.progress
    qtbot.waitUntil(lambda: screen.board is not None)
    for _ in range(2):
        ctx.attemptSaved.emit(_save(ctx.store, ctx.profile.id))
    qtbot.waitUntil(lambda: "ru" in screen.board.layouts and len(screen.board.layouts["ru"].speed) == 2)
    assert not screen.empty.isVisible()
    assert "«ы»" in screen.weakest.text().splitlines()[1]
    series = screen.chart.series()
    assert len(series) == 2 and all(s.count() == 2 for s in series)
    codes = {k.normal: k.code for row in screen.keyboard.layout_rows() for k in row}
    fill = screen.keyboard.key_fill
    assert fill(codes["ы"]) != fill(codes["а"])
    assert fill(codes["щ"]) == theme.UNTYPED_KEY  # never typed: grey, not a finger-zone colour
    assert fill(codes["щ"]) not in (fill(codes["ы"]), fill(codes["а"]))


def test_grammar_correspondence_quiz_and_time_per_day(window, ctx, qtbot):
    from datetime import datetime, timedelta

    store, pid = ctx.store, ctx.profile.id
    now = datetime.now().astimezone()
    comma = {"rule_id": "COMMA_INTRO", "message": "Вводное слово выделяется запятыми", "offset": 0, "length": 1,
             "category": "punctuation", "replacements": [","], "source": "embedded"}
    for accepted in (False, False, True):
        store.attempts.save_result(pid, pack_id="ru-grammar", exercise_id="g1",
                                   score=100.0 if accepted else 0.0, passed=accepted,
                                   started_at=now - timedelta(minutes=2),
                                   record=GrammarRecord(answer="", topic="Вводные слова",
                                                        findings=[] if accepted else [comma]))
    card = {"elements": {"greeting": {"passed": True, "reason": ""}, "solution": {"passed": False, "reason": ""}},
            "total": 60, "pass": False}
    store.attempts.save_result(pid, pack_id="ru-corr", exercise_id="c1", score=60, passed=False, started_at=now,
                               record=ReplyRecord(reply="", scorecard=card, seconds=300))
    store.attempts.save_result(pid, pack_id="ru-net", exercise_id="q1", score=70, passed=False, started_at=now,
                               record=QuizRecord(seed=1, order=(),
                                                 per_category={"Безопасность": 50.0, "Тон": 90.0, "": 40.0}))
    window.open_section("progress")
    screen = window.progress
    qtbot.waitUntil(lambda: screen.board is not None and bool(screen.board.quiz_categories))
    text = screen.graded.text()
    assert "Вводное слово выделяется запятыми" in text and "&nbsp;2<" in text
    assert "Вводные слова" in text and "2 / 3" in text
    assert "Решение или следующий шаг" in text and "0 / 1" in text and "solution" not in text
    assert "Безопасность" in text and "50\u00a0%" in text
    assert "(без темы)" in text and "40\u00a0%" in text  # questions a pack left without a category
    assert not screen.empty.isVisible()
    today_minutes = screen.board.daily[-1][1]
    assert today_minutes >= 5.0  # the 5-minute reply plus three 2-minute grammar answers
    assert not screen.daily_view.isVisibleTo(screen)  # the details wait behind the cards
    screen.details_button.click()
    assert screen.daily_view.isVisibleTo(screen)
    screen.back_button.click()
    assert screen.cards.isVisibleTo(screen)


def test_each_skill_has_a_card_with_its_figure_trend_and_next_step(window, ctx, qtbot):
    from datetime import datetime

    store, pid = ctx.store, ctx.profile.id
    now = datetime.now().astimezone()
    card = {"elements": {"greeting": {"passed": True, "reason": ""}, "empathy": {"passed": False, "reason": ""}},
            "total": 60, "pass": False}
    for score in (40, 50, 80, 90):
        store.attempts.save_result(pid, pack_id="ru-corr", exercise_id="c1", score=score, passed=score >= 80,
                                   started_at=now, record=ReplyRecord(reply="", scorecard=card, seconds=60))
    window.open_section("progress")
    screen = window.progress
    qtbot.waitUntil(lambda: screen.board is not None and bool(screen.board.recent.get("correspondence")))
    reply = screen.cards.cards["correspondence"]
    assert reply.figure.text() == "85"  # the last two of four replies
    assert reply.trend.text() == "▲ +40" and reply.trend.property("role") == "success"
    assert "«Сочувствие, извинение» (0 из 4)" in reply.next_step.text()
    typing = screen.cards.cards["typing"]
    assert typing.figure.text() == "—" and "первый урок" in typing.next_step.text()
    assert screen.cards.isVisible() and not screen.chart_view.isVisible()


def _x_labels(axis) -> list[str]:
    """The labels the x axis draws, worked out from its tick settings as Qt Charts places them."""
    import math

    from PySide6.QtCharts import QValueAxis
    lo, hi = axis.min(), axis.max()
    if axis.tickType() == QValueAxis.TickType.TicksFixed:
        n = axis.tickCount()
        ticks = [lo + (hi - lo) * i / (n - 1) for i in range(n)]
    else:
        anchor, step = axis.tickAnchor(), axis.tickInterval()
        k = math.ceil((lo - anchor) / step - 1e-9)
        ticks = []
        while anchor + k * step <= hi + 1e-9:
            ticks.append(anchor + k * step)
            k += 1
    return [("%d" % t, t) for t in ticks]


def test_speed_chart_labels_sit_on_the_attempts(window, ctx, qtbot):
    """Three attempts read «1 2 3», each label under its point (not «1 1 2 2 3»)."""
    from PySide6.QtCharts import QValueAxis

    window.open_section("progress")
    screen = window.progress
    qtbot.waitUntil(lambda: screen.board is not None)
    for n in range(3):
        ctx.attemptSaved.emit(_save(ctx.store, ctx.profile.id))
    qtbot.waitUntil(lambda: "ru" in screen.board.layouts and len(screen.board.layouts["ru"].speed) == 3)
    x = next(a for a in screen.chart.axes() if a.alignment() == Qt.AlignmentFlag.AlignBottom)
    assert isinstance(x, QValueAxis)
    labels = _x_labels(x)
    assert [text for text, _t in labels] == ["1", "2", "3"]
    points = {p.x() for p in screen.chart.series()[0].points()}
    assert {t for _text, t in labels} == points
