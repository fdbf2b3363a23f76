"""Tickets: making one is handing the work on, its number is no answer, and a stock window for a reply to it is a
template (issue 15)."""

from __future__ import annotations

from app.core.scorecard import score_reply
from app.core.scorecard.reply import read_reply
from app.core.scorecard.tickets import numbered, ticket_made


def test_a_figure_after_a_ticket_or_an_order_is_its_number():
    text = "Заявка 4471 зарегистрирована, а вернём вам 1 200 ₽."
    assert numbered(text, text.index("4471")) is True
    assert numbered(text, text.index("1 200")) is False
    assert numbered("Номер обращения № 12", len("Номер обращения № ")) is True


def test_making_a_ticket_is_handing_on_unless_the_ticket_was_asked_for():
    reply = "Создала обращение, специалисты разберутся."
    r = read_reply(reply, ["Почему не пришёл кешбэк за март?"])
    made = next(i for i, t in enumerate(r.tokens) if t.text == "Создала")
    assert ticket_made(r, made) is True
    asked = read_reply(reply, ["Создайте, пожалуйста, обращение о пропавшем кешбэке."])
    assert ticket_made(asked, made) is False


def test_a_stock_window_for_the_answer_is_a_template_but_a_refund_time_is_not():
    customer = ["Почему с карты дважды списали оплату за подписку?"]
    stock = score_reply("Здравствуйте! Ваше обращение передано в профильный отдел, ответ поступит в течение 72 часов. "
                        "Хорошего дня!", customer).elements["solution"]
    refund = score_reply("Здравствуйте! Второе списание — ошибка банка-эквайера, деньги вернутся на карту в течение "
                         "3 дней. Хорошего дня!", customer).elements["solution"]
    assert (stock.passed, refund.passed) == (False, True), (stock.reason, refund.reason)
