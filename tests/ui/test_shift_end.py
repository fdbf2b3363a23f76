"""Issue 16, item 3: «Завершить смену» asks first; the report, the stored result and the task list
count every unanswered or never-arrived customer as missed; the status line stops with the shift."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from app.core.content import CorrespondenceTask, ShiftSet
from app.core.records import ShiftRecord
from tests.ui.chat_tasks import TASK, pack_with
from tests.ui.keys import type_text

REPLY = TASK.model_replies[0]


def shift_item(tree, shift_id):
    for i in range(tree.topLevelItemCount()):
        head = tree.topLevelItem(i)
        for j in range(head.childCount()):
            data = head.child(j).data(0, Qt.ItemDataRole.UserRole)
            if data and data[2] == shift_id:
                return head.child(j)
    raise AssertionError(f"no shift {shift_id} in the task list")


def test_ending_a_shift_early_asks_and_counts_the_missed_customers(correspondence, ctx, qtbot, no_dialogs):
    others = [CorrespondenceTask(f"t-{n}", f"Вопрос {n}", "saas", ("Не могу войти.",), ("…",), customer=name)
              for n, name in ((2, "Олег"), (3, "Ирина"), (4, "Павел"))]
    shift = ShiftSet("s-early", "Утро", ("t-late", "t-2", "t-3", "t-4"), (0, 5, 600, 900),
                     first_response_target=60)
    view = correspondence.shift
    clock = [100.0]
    view.now = lambda: clock[0]
    pack = pack_with(correspondence, [TASK, *others], [shift])
    view.start(pack, shift)
    correspondence.pages.setCurrentWidget(view)
    clock[0] += 10
    view._tick()
    assert view.tabs.count() == 2  # Марина and Олег have arrived; two more are still to come

    chat = view.views[0]
    chat.reply.setFocus()
    type_text(QApplication.focusWidget(), REPLY)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    reply_score = chat.scores[0]
    assert reply_score > 80  # a good answer to Марина; Олег gets none

    no_dialogs.answers["question"] = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert [kind for kind, *_ in no_dialogs] == ["question"]
    assert "Без ответа: 1, ещё не пришли: 2" in no_dialogs[0][2]
    assert view.running and view.report.isHidden()  # «Нет»: the shift goes on

    no_dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(view.end_button, Qt.MouseButton.LeftButton)
    assert not view.running
    k = view.kpis
    assert (k.answered, k.customers, k.missed) == (1, 4, 3)
    assert k.first_response_within_target == pytest.approx(0.25)
    assert k.score_avg == pytest.approx(reply_score / 4)
    report = view.report.toPlainText()
    assert "1 / 4" in report and "25 %" in report and "Смена не зачтена" in report
    assert "100 %" not in report

    status = view.status.text()
    assert "Смена идёт" not in status and "Смена завершена" in status and "Пропущено клиентов: 3" in status
    clock[0] += 60
    qtbot.wait(700)  # the shift's clock would have ticked
    assert view.status.text() == status

    row = ctx.store.attempts.list(ctx.profile.id, kind="correspondence", exercise_id="s-early")[0]
    assert row.score == pytest.approx(reply_score / 4) and not row.passed
    assert isinstance(row.record, ShiftRecord) and row.record.kpis["customers"] == 4

    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)  # the shift is over: no question
    assert len(no_dialogs) == 2
    correspondence.packs = lambda: [pack]  # the list shows this pack's shift with its best score
    correspondence.refresh()
    assert shift_item(correspondence.tree, "s-early").text(2) == f"{reply_score / 4:.0f}"


def test_leaving_a_running_shift_asks_and_ends_it(correspondence, ctx, qtbot, no_dialogs):
    shift = ShiftSet("s-leave", "Вечер", ("t-late",), (0,))
    view = correspondence.shift
    view.start(pack_with(correspondence, [TASK], [shift]), shift)
    correspondence.pages.setCurrentWidget(view)
    no_dialogs.answers["question"] = QMessageBox.StandardButton.No
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert view.running and correspondence.pages.currentWidget() is view
    no_dialogs.answers["question"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)
    assert not view.running and correspondence.pages.currentIndex() == 0
    row = ctx.store.attempts.list(ctx.profile.id, kind="correspondence", exercise_id="s-leave")[0]
    assert row.score == 0.0 and not row.passed


def test_keys_typed_on_when_the_shift_ends_press_nothing(correspondence, ctx, qtbot):
    """Issue 16: the end guard of typing results covers the end of a shift too."""
    from app.core.drill_clock import END_GRACE

    shift = ShiftSet("s-keys", "Ночь", ("t-late",), (0,))
    view = correspondence.shift
    clock = [100.0]
    view.now = lambda: clock[0]
    view.start(pack_with(correspondence, [TASK], [shift]), shift)
    correspondence.pages.setCurrentWidget(view)
    correspondence.window().activateWindow()
    chat = view.views[0]
    chat.reply.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is chat.reply)
    type_text(chat.reply, "Здравствуйте")
    left = []
    view.back.connect(lambda: left.append(True))
    view.end_shift()  # the shift ends (its last chat closed) while the learner is typing
    assert QApplication.focusWidget() is view  # not a button, not the section list
    type_text(QApplication.focusWidget(), " пока")  # letters would search the section list and switch
    for k in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
        QTest.keyClick(QApplication.focusWidget(), k)
        clock[0] += 0.1
    clock[0] += END_GRACE
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert not left and correspondence.pages.currentWidget() is view and view.report.isVisible()
    assert correspondence.isVisible()  # still in «Деловая переписка»
    assert ctx.store.attempts.count(ctx.profile.id) == 1
