"""Correspondence: a reply graded in the chat view, canned replies, multi-turn, and a shift."""

import pytest

from app.core.content import CorrespondenceTask, CustomerTurn, ShiftSet
from app.ui.chat_screen import CannedDialog


@pytest.fixture
def screen(window, qtbot):
    service = window.grammar_service
    window.open_section("correspondence")
    qtbot.waitUntil(lambda: service.state != "loading", timeout=60_000)
    return window.correspondence


def test_built_in_tasks_and_shifts_are_listed(screen):
    titles = [screen.tree.topLevelItem(i).text(0) for i in range(screen.tree.topLevelItemCount())]
    assert titles[0].startswith("Смены") and "Интернет-магазин" in titles


TASK = CorrespondenceTask(
    "t-late", "Заказ задерживается", "ecommerce", ("Здравствуйте! Заказ должен был прийти вчера, а его всё нет.",),
    ("Здравствуйте, Марина! Приносим извинения за задержку. Заказ 48213 задержался на сортировочном центре, "
     "курьер привезёт его завтра с 10:00 до 14:00. Если будут вопросы, пишите, я на связи.",),
    customer="Марина", context=(("Номер заказа", "48213"),), required_facts=("48213",),
    turns=(CustomerTurn("thanks", ("Спасибо, буду ждать.",), final=True,
                        model_replies=("Спасибо за понимание, Марина! Хорошего дня.",)),))


def pack_with(screen, tasks, shifts=()):
    pack = screen.packs()[0] if screen.packs() else screen.ctx.packs[0]
    return type(pack)(manifest=pack.manifest, correspondence=tuple(tasks), shifts=tuple(shifts))


def test_a_good_reply_passes_and_the_customer_answers_back(screen, ctx, qtbot):
    chat = screen.chat
    chat.start(pack_with(screen, [TASK]), TASK)
    chat.reply.setPlainText(TASK.model_replies[0])
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    assert "Зачтено" in chat.scorecard.toPlainText()
    assert "Спасибо, буду ждать." in chat.transcript.toPlainText() and not chat.done
    row = ctx.store.attempts.list(ctx.profile.id, kind="correspondence")[0]
    assert row.exercise_id == "t-late" and row.passed and "elements" in row.details["scorecard"]


def test_a_rude_reply_fails_with_reasons(screen, qtbot):
    chat = screen.chat
    chat.start(pack_with(screen, [TASK]), TASK)
    chat.reply.setPlainText("НЕ ЗНАЮ!!! ждите")
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    text = chat.scorecard.toPlainText()
    assert "Не зачтено" in text and "✗" in text


def test_canned_reply_fills_placeholders_and_unfilled_ones_block_sending(screen, ctx, monkeypatch, no_dialogs):
    chat = screen.chat
    chat.start(pack_with(screen, [TASK]), TASK)
    chat.insert_canned(0)
    assert chat.reply.toPlainText().startswith("Здравствуйте, Марина!")
    chat.reply.setPlainText("Уточните {срок доставки}")
    chat.send()
    assert no_dialogs[-1][0] == "warning" and "{срок доставки}" in no_dialogs[-1][2]
    dialog = CannedDialog(ctx)
    dialog.items.append(("Срок", "Заказ {номер заказа} приедет завтра."))
    dialog._store()
    chat._fill_canned()
    chat.reply.clear()
    chat.insert_canned(len(dialog.items) - 1)
    assert "Заказ 48213 приедет завтра." in chat.reply.toPlainText()


def test_a_shift_brings_customers_in_tabs_and_ends_with_kpis(screen, ctx, qtbot):
    other = CorrespondenceTask("t-2", "Пароль", "saas", ("Не могу войти.",), ("…",), customer="Олег")
    shift = ShiftSet("s-1", "Утро", ("t-late", "t-2"), (0, 30))
    view = screen.shift
    clock = [100.0]
    view.now = lambda: clock[0]
    view.start(pack_with(screen, [TASK, other], [shift]), shift)
    assert view.tabs.count() == 1
    clock[0] += 31
    view._tick()
    assert view.tabs.count() == 2 and view.tabs.tabText(1).startswith("●")
    view.end_shift()
    assert view.kpis.chats == 2 and view.kpis.answered == 0
    assert "Итоги смены" in view.report.toPlainText()


def test_scorecard_titles_follow_the_interface_language():
    """The screen names scorecard items from the one core table, in the interface's language."""
    from PySide6.QtCore import QLocale

    from app.ui.chat_screen import element_title

    before = QLocale()
    try:
        QLocale.setDefault(QLocale(QLocale.Language.Russian))
        assert element_title("time") == "Время ответа"
        QLocale.setDefault(QLocale(QLocale.Language.English))
        assert [element_title(n) for n in ("greeting", "time")] == ["Greeting", "Reply time"]
        assert element_title("unknown-item") == "unknown-item"  # a stored id this version does not know
    finally:
        QLocale.setDefault(before)
