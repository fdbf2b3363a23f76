"""Readings met on blind set H (issue 15): half-answers to «… и когда?» and «… и можно ли раньше?», «попробуйте
позже», an unsure answer sent elsewhere; and the empathy, safety and tone slips beside them. Each with a reply of our
own and the exact verdict. Refusals and promised answers: test_refusals.py, test_follow_up.py."""

from __future__ import annotations

from reply_cases import card

def test_how_much_and_when_wants_both():
    got = card("Здравствуйте! Перерасчёт составит 450 рублей. Хорошего дня!",
               ["Сколько мне вернут за дни без связи и когда?"])
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Клиент спросил «когда», а в ответе этого нет: ответ на половину вопроса.")


def test_can_it_be_faster_wants_its_own_answer():
    got = card("Здравствуйте! Доставка курьером стоит 300 рублей. Хорошего дня!",
               ["Сколько стоит доставка курьером и можно ли быстрее?"])
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Клиент спросил «можно ли быстрее», а в ответе этого нет: ответ на половину вопроса.")


def test_try_later_with_no_time_is_no_step():
    customer = ["Не могу оплатить заказ, выдаёт ошибку. Что делать?"]
    got = card("Здравствуйте! Сожалею, что так вышло. Сейчас платёжный сервис перегружен. Попробуйте позже. "
               "Хорошего дня!", customer)
    assert got["solution"].passed is False, got["solution"].reason
    timed = card("Здравствуйте! Сожалею, что так вышло. Платёжный сервис перегружен, его починят к 15:00. "
                 "Попробуйте оплатить позже, после 15:00. Хорошего дня!", customer)
    assert timed["solution"].passed is True, timed["solution"].reason


def test_an_answer_the_operator_is_unsure_of_and_sends_elsewhere():
    got = card("Здравствуйте! Насколько мне известно, багаж в тариф входит, но лучше уточните в авиакомпании. "
               "Хорошего полёта!", ["В мой билет входит багаж?"])
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "«Насколько мне известно» и отсылка в другое место — не решение: ответьте сами или назовите свой шаг и срок.")
    assert got["tone"].passed is False


def test_a_relatives_balance_told_by_her_pronoun_is_a_breach():
    got = card("Здравствуйте! Остаток по её вкладу — 120 000 рублей. Хорошего дня!",
               ["Я дочь Анны Сергеевны Ковалёвой, скажите, сколько у неё на вкладе?"])
    assert (got["safety"].passed, got["safety"].reason) == (
        False, "Нарушена безопасность данных — чужие данные: «Остаток», «её». Такой ответ не зачитывается.")


def test_a_street_named_after_a_person_is_an_address():
    got = card("Здравствуйте! Карта будет готова 12 марта в отделении на Гагарина, 14, о готовности придёт СМС. "
               "Хорошего дня!", ["Когда можно забрать перевыпущенную карту?"])
    assert got["safety"].passed is True, got["safety"].reason


def test_capitals_of_a_unit_a_plate_and_a_promo_code_are_no_shouting():
    got = card("Здравствуйте! Пакет 500 МБ стоит 90 рублей, а по промокоду SPRING — 60 рублей. Курьер приедет на "
               "машине с номером 123 ОР 45. Хорошего дня!", ["Сколько стоит пакет интернета и когда приедет курьер?"])
    assert got["tone"].passed is True, got["tone"].reason
    shouting = card("Здравствуйте! Пакет стоит 90 рублей, это ОЧЕНЬ выгодно. Хорошего дня!",
                    ["Сколько стоит пакет интернета?"])
    assert shouting["tone"].passed is False


def test_thanks_for_a_promise_kept_asks_nothing_and_is_no_second_contact():
    got = card("Здравствуйте! Спасибо за добрые слова, передадим их гиду. Будем рады видеть вас снова!",
               ["Спасибо, экскурсия прошла отлично, всё было, как обещали!"])
    assert (got["solution"].passed, got["empathy"].passed) == (None, None), (got["solution"].reason, got["empathy"].reason)


def test_sorry_that_you_were_so_worried_is_sympathy():
    got = card("Здравствуйте! Мне очень жаль, что вы так расстроились. Заказ найден, курьер привезёт его завтра "
               "с 10:00 до 14:00. Хорошего дня!", ["Заказ потерялся!!! Где он?"])
    assert (got["empathy"].passed, got["empathy"].reason) == (
        True, "Клиент рассержен («!!!»), жалуется («потерялся»), и оператор выражает сочувствие: «жаль».")

