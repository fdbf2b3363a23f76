"""«Прогресс» over a store with saved attempts, driven through the main window."""

from __future__ import annotations

from app.core.drill import Keystroke
from app.core.metrics import summarise


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
        text=text, started_at="2025-03-01T10:00:00+03:00", summary=summarise(strokes, len(text)).to_dict(),
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
    heat = screen.keyboard._heat
    assert heat[codes["ы"]] != heat[codes["а"]]
