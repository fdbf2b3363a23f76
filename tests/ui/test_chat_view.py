"""One chat: a reply graded on the scorecard, the customer's next turn, canned replies and their gaps."""

from tests.ui.chat_tasks import TASK, pack_with


def test_a_good_reply_passes_and_the_customer_answers_back(correspondence, ctx, qtbot):
    chat = correspondence.chat
    chat.start(pack_with(correspondence, [TASK]), TASK)
    chat.reply.setPlainText(TASK.model_replies[0])
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    assert "Зачтено" in chat.scorecard.toPlainText()
    assert "Спасибо, буду ждать." in chat.transcript.toPlainText() and not chat.done
    row = ctx.store.attempts.list(ctx.profile.id, kind="correspondence")[0]
    assert row.exercise_id == "t-late" and row.passed and "elements" in row.details["scorecard"]


def test_a_rude_reply_fails_with_reasons(correspondence, qtbot):
    chat = correspondence.chat
    chat.start(pack_with(correspondence, [TASK]), TASK)
    chat.reply.setPlainText("НЕ ЗНАЮ!!! ждите")
    chat.send()
    qtbot.waitUntil(lambda: bool(chat.scores), timeout=30_000)
    text = chat.scorecard.toPlainText()
    assert "Не зачтено" in text and "✗" in text


def test_canned_reply_fills_placeholders_and_unfilled_ones_block_sending(correspondence, no_dialogs):
    chat = correspondence.chat
    chat.start(pack_with(correspondence, [TASK]), TASK)
    chat.insert_canned(0)
    assert chat.reply.toPlainText().startswith("Здравствуйте, Марина!")
    chat.reply.setPlainText("Уточните {срок доставки}")
    chat.send()
    assert no_dialogs[-1][0] == "warning" and "{срок доставки}" in no_dialogs[-1][2]
