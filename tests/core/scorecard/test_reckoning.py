"""A sum the reply works out from its own figures that does not come out (issue 15): the customer cannot tell which
figure to trust, so the reply contradicts itself — while a reckoning that comes out, up to rounding, or one a
discount or another part may change, is no contradiction."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.reckoning import wrong_sums


def _wrong(text: str) -> list[str]:
    return [text[s:s + n] for s, n in wrong_sums(text)]


def test_an_equation_that_does_not_come_out():
    assert _wrong("Пересчитали: 1 740 ₽ − 290 ₽ = 1 350 ₽, разницу вернём.") == ["1 740 ₽ − 290 ₽ = 1 350"]
    assert _wrong("Итог такой: 2 310 ₽ = 1 800 ₽ + 410 ₽ за упаковку.") == ["2 310 ₽ = 1 800 ₽ + 410 ₽"]
    assert _wrong("Доплата за 9 дней: 1 240 ₽ : 31 × 9 = 410 ₽.") == ["1 240 ₽ : 31 × 9 = 410"]


def test_an_equation_that_comes_out_up_to_rounding():
    for text in ("Пересчитали: 1 740 ₽ − 290 ₽ = 1 450 ₽, разницу вернём.",
                 "Доплата за 9 дней: 1 240 ₽ : 31 × 9 = 360 ₽.",
                 "Проценты: 20 000 × 0,365 : 365 × 45 ≈ 902 ₽.",
                 "Ставка 6% в год: 72 000 ₽ × 6% : 12 = 360 ₽ в месяц.",
                 "Итог такой: 2 210 ₽ = 1 800 ₽ + 410 ₽ за упаковку."):
        assert _wrong(text) == [], text


def test_a_share_of_a_base_that_does_not_come_out():
    assert _wrong("Кешбэк — 2% от покупки на 6 300 ₽, то есть 162 ₽.")
    assert _wrong("Вам пришло 30 баллов — это 3% от суммы чека 2 500 ₽.")
    assert _wrong("Кешбэк — 2% от покупки на 6 300 ₽, то есть 126 ₽.") == []
    assert _wrong("Вам пришло 75 баллов — это 3% от суммы чека 2 500 ₽.") == []
    assert _wrong("Баллами можно оплатить до 30% от цены, 1 200 ₽ в вашем случае.") == []


def test_a_rate_times_a_count_that_does_not_come_out():
    assert _wrong("Аренда ячейки — 340 ₽ в день, за четыре дня выйдет 1 460 ₽.")
    assert _wrong("Урок стоит 900 ₽ за занятие, за 6 занятий — 4 500 ₽.")
    # each counted thing's own price beside the rate: the sum is of the rate, or of both
    assert _wrong("Сборка стоит 150 ₽ за стул, за два стула по 3 000 ₽ выйдет 280 ₽ за сборку.")
    assert _wrong("Сборка стоит 150 ₽ за стул, за два стула по 3 000 ₽ выйдет 6 300 ₽.") == []


def test_a_rate_and_a_count_told_apart_are_no_contradiction():
    for text in ("Аренда ячейки — 340 ₽ в день, за четыре дня выйдет 1 360 ₽.",
                 "Аренда ячейки — 340 ₽ в день, за четыре дня со скидкой выйдет 1 200 ₽.",
                 "Аренда ячейки — 340 ₽ в день, за четыре дня, если продлить онлайн, выйдет 1 200 ₽.",
                 "Урок стоит 900 ₽ за занятие, за 6 занятий с абонементом — 4 500 ₽.",
                 "Связь стоит 300 ₽ в месяц, а за два месяца вперёд плюс роутер — 1 100 ₽.",
                 "Приходите с 09:30 до 12:00, окно — 2 часа 30 минут, это 150 минут.",
                 "Возврат займёт 3–5 дней, деньги придут до 12 декабря."):
        assert _wrong(text) == [], text


def test_the_solution_fails_on_a_reckoning_that_does_not_come_out():
    asked = ["Сколько я заплачу за хранение вещей за четыре дня?"]
    wrong = card("Здравствуйте! Хранение стоит 340 ₽ в день, за четыре дня выйдет 1 460 ₽. Хорошего дня!", asked)
    assert wrong["solution"].passed is False
    assert "противоречит" in wrong["solution"].reason
    right = card("Здравствуйте! Хранение стоит 340 ₽ в день, за четыре дня выйдет 1 360 ₽. Хорошего дня!", asked)
    assert right["solution"].passed is True
