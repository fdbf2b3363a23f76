"""The learner's own canned replies: kept per profile and inserted with the customer's data."""

from app.ui.canned_dialog import CannedDialog, canned_replies
from tests.ui.chat_tasks import TASK, pack_with


def test_a_new_canned_reply_is_kept_and_inserted_with_placeholders_filled(correspondence, ctx):
    chat = correspondence.chat
    chat.start(pack_with(correspondence, [TASK]), TASK)
    dialog = CannedDialog(ctx)
    dialog.items.append(("Срок", "Заказ {номер заказа} приедет завтра."))
    dialog._store()
    assert canned_replies(ctx)[-1] == ("Срок", "Заказ {номер заказа} приедет завтра.")
    chat._fill_canned()
    chat.insert_canned(len(dialog.items) - 1)
    assert "Заказ 48213 приедет завтра." in chat.reply.toPlainText()
