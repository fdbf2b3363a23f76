"""A customer who only tells a worry asks with every word of it: an option offered that takes up those words is the
way out, not an advert; an offer of something the worry never touched still is one."""

from __future__ import annotations

from app.core.scorecard import score_reply

WORRY = ["Скоро лечу в Турцию и боюсь, что опять сгорят все деньги на телефоне, как в прошлом году."]


def test_an_option_for_the_very_thing_feared_is_a_step():
    result = score_reply("Здравствуйте! Подключите пакет «Турция» за 290 рублей в сутки в приложении, раздел «Роуминг»: "
                         "в него входят 2 ГБ и звонки. Хорошей поездки!", WORRY)["solution"]
    assert (result.passed, result.reason) == (True, "Клиенту дан понятный следующий шаг: «Подключите».")


def test_a_product_the_worry_never_named_is_still_an_advert():
    result = score_reply("Здравствуйте! Подключите нашу кредитную карту с кешбэком 5 % на путешествия. Хорошей поездки!",
                         WORRY)["solution"]
    assert result.passed is False
    assert result.reason.startswith("Ответ не о том, о чём спросил клиент (реклама: «Подключите»")
