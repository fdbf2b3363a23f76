"""A shift: customers arrive in tabs over time; the report and the stored result at the end."""

from app.core.content import CorrespondenceTask, ShiftSet
from tests.ui.chat_tasks import TASK, pack_with


def test_a_shift_brings_customers_in_tabs_and_ends_with_kpis(correspondence, ctx, qtbot):
    other = CorrespondenceTask("t-2", "Пароль", "saas", ("Не могу войти.",), ("…",), customer="Олег")
    shift = ShiftSet("s-1", "Утро", ("t-late", "t-2"), (0, 30))
    view = correspondence.shift
    clock = [100.0]
    view.now = lambda: clock[0]
    view.start(pack_with(correspondence, [TASK, other], [shift]), shift)
    assert view.tabs.count() == 1
    clock[0] += 31
    view._tick()
    assert view.tabs.count() == 2 and view.tabs.tabText(1).startswith("●")
    view.end_shift()
    assert view.kpis.chats == 2 and view.kpis.answered == 0
    assert "Итоги смены" in view.report.toPlainText()
    row = ctx.store.attempts.list(ctx.profile.id, kind="correspondence")[0]
    assert row.exercise_id == "s-1" and not row.passed  # no reply graded: the shift is not passed


def test_a_waiting_customer_tab_has_no_glyph_the_fonts_lack(correspondence, qtbot):
    """The tab said «Марина ⏱ 6 с», and no bundled font has U+23F1: a box on screen."""
    from PySide6.QtGui import QFontMetrics

    shift = ShiftSet("s-1", "Утро", ("t-late",), (0,))
    view = correspondence.shift
    clock = [100.0]
    view.now = lambda: clock[0]
    view.start(pack_with(correspondence, [TASK], [shift]), shift)
    clock[0] += 6
    view._tick()
    text = view.tabs.tabText(0)
    assert "6 с" in text
    metrics = QFontMetrics(view.tabs.tabBar().font())
    assert all(metrics.inFontUcs4(ord(ch)) for ch in text), [hex(ord(ch)) for ch in text
                                                              if not metrics.inFontUcs4(ord(ch))]
