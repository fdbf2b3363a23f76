"""Two sums of money for one thing in one reply (issue 15): the customer cannot tell which to expect — unless a case
of theirs, a part or a rate tells the two apart."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reply import read_reply
from app.core.scorecard.two_sums import two_sums


def _sums(reply: str, customer: str = "Сколько денег вы мне вернёте?") -> list[str]:
    r = read_reply(reply, [customer])
    return [r.text[s:s + n] for s, n in two_sums(r)]


def test_two_refunds_of_one_thing_are_a_contradiction():
    assert _sums("Здравствуйте! Мы вернём вам 4 500 ₽. Сумма возврата — 3 900 ₽, она придёт за пять дней.") == [
        "4 500 ₽", "3 900 ₽"]
    # a way of counting is no case of the customer's: which sum comes is still unsaid
    assert _sums("Здравствуйте! Компенсация составит 2 000 ₽. Если посчитать по дням задержки, компенсируем "
                 "1 600 ₽.") == ["2 000 ₽", "1 600 ₽"]


def test_two_fees_named_for_the_same_thing_are_a_contradiction():
    assert _sums("Добрый день! Абонентская плата по тарифу «Старт» — 450 ₽. В ноябре списано 520 ₽, это верная "
                 "сумма по тарифу «Старт».", "Почему с меня списали 520 ₽?") == ["450 ₽", "520 ₽"]


def test_sums_told_apart_are_no_contradiction():
    # a case of the customer's, a part, an addition, a rate, another thing, what is not paid back
    for reply in ("Вернём 3 000 ₽. Если сдадите билет позже чем за сутки, вернём 2 100 ₽.",
                  "Вернём 3 000 ₽: 2 500 ₽ на карту и 500 ₽ баллами.",
                  "Вернём 3 000 ₽ за билет. Ещё 400 ₽ вернём за багаж.",
                  "Вернём 3 000 ₽. Сервисный сбор 150 ₽ не возвращается.",
                  "Подписка стоит 299 ₽ в месяц. Годовая подписка стоит 2 990 ₽.",
                  "Доставка до пункта выдачи стоит 199 ₽. Доставка курьером стоит 349 ₽."):
        assert _sums(f"Здравствуйте! {reply}") == [], reply


def test_the_solution_fails_a_reply_with_two_refunds():
    customer = ["Отказываюсь от путёвки в лагерь за месяц до заезда. Сколько вернёте?"]
    two = card("Здравствуйте! Вернём 38 000 ₽ из 40 000. Если считать по дням до заезда, к возврату 36 000 ₽. "
               "Деньги придут на карту за 10 дней. Хорошего дня!", customer)
    assert (two["solution"].passed, two["solution"].reason) == (
        False, "Ответ противоречит сам себе: «38 000 ₽», «36 000 ₽» — клиент не поймёт, что верно.")
    one = card("Здравствуйте! Вернём 38 000 ₽ из 40 000: удержим только сбор за бронирование. Деньги придут на "
               "карту за 10 дней. Хорошего дня!", customer)
    assert one["solution"].passed is True, one["solution"].reason


def test_no_fee_and_a_fee_for_one_transfer_contradict():
    customer = ["Есть комиссия за перевод на карту другого банка?"]
    both = card("Здравствуйте! Переводы на карты других банков идут без комиссии. Комиссия за ваш перевод составит "
                "50 ₽. Хорошего дня!", customer)
    assert both["solution"].passed is False
    assert both["solution"].reason.startswith("Ответ противоречит сам себе")
    cased = card("Здравствуйте! Переводы на карты других банков до 50 000 ₽ в месяц идут без комиссии, свыше — "
                 "комиссия 1 %. Хорошего дня!", customer)
    assert cased["solution"].passed is True, cased["solution"].reason
