"""A question left open is no half-answer when the operator promises its answer by a time (rubric, «Решение»: who
does what by when) — but only a promise about what is missing."""

from __future__ import annotations

from reply_cases import card


def test_the_price_promised_by_a_time_is_a_next_step():
    got = card("Здравствуйте! Цена зависит от модели и поломки. Я уточню у мастера и пришлю вам расчёт стоимости "
               "сегодня до 18:00. Хорошего дня!", ["Сколько будет стоить замена экрана на телефоне?"])
    assert (got["solution"].passed, got["solution"].reason) == (True, "Есть конкретный шаг и срок: «пришлю», «сегодня».")


def test_a_timed_promise_about_something_else_leaves_the_question_open():
    got = card("Здравствуйте! Замену экрана я оформлю сегодня до 18:00. Хорошего дня!",
               ["Сколько будет стоить замена экрана на телефоне?"])
    assert (got["solution"].passed, got["solution"].reason) == (
        False, "Клиент спросил «сколько стоит», а в ответе этого нет: ответ на половину вопроса.")


def test_a_check_offered_in_case_the_thing_is_missing_needs_no_time():
    """«Если кнопки нет, …, я проверю» is a fallback after the path: the path answers, the check waits on nothing."""
    question = ["Где скачать справку об обучении? Ничего не нахожу."]
    got = card("Здравствуйте! Справка лежит в личном кабинете: «Документы» → «Справки» → «Скачать PDF». Если кнопки "
               "нет, напишите мне, я проверю ваш доступ. Хорошего дня!", question)
    assert got["solution"].passed is True
    alone = card("Здравствуйте! Справка лежит в личном кабинете. Я проверю ваш доступ. Хорошего дня!", question)
    assert (alone["solution"].passed, alone["solution"].reason) == (
        False, "Следующий шаг за компанией («проверю»), но не сказано, когда: без срока клиент не знает, чего ждать.")


def test_a_promise_that_leads_into_the_customers_step_owes_no_time():
    customer = ["Не могу войти в кабинет, пароль не подходит, а мне срочно нужен отчёт!"]
    for reply in ("Здравствуйте! Сейчас всё поправим: нажмите «Забыли пароль?» и введите почту — ссылка придёт сразу. "
                  "Хорошего дня!",
                  "Здравствуйте! Не волнуйтесь, всё решим. Нажмите «Забыли пароль?» под полем входа и введите почту. "
                  "Хорошего дня!"):
        assert card(reply, customer)["solution"].passed is True, reply


def test_a_promise_of_its_own_thing_before_a_bid_to_wait_still_owes_its_time():
    customer = ["Не могу войти в кабинет, пароль не подходит, а мне срочно нужен отчёт!"]
    reply = "Здравствуйте! Мы проверим вашу учётную запись. Ожидайте, пожалуйста. Хорошего дня!"
    assert card(reply, customer)["solution"].passed is False
