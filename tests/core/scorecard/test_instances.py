"""A reply about the next occurrence of what the customer pinned to a past day or month, or about all such things
when the state of the customer's one is asked, answers nothing about it."""

from __future__ import annotations

import pytest

from app.core.scorecard import score_reply
from app.core.scorecard.instances import other_instances
from app.core.scorecard.reply import read_reply

_LESSON = ["Добрый вечер. Позавчерашний урок по химии так и не появился в записях?"]
_PAYOUT = ["Здравствуйте. Почему до сих пор не пришла выплата за октябрь?"]


def _solution(reply: str, customer: list[str]):
    return score_reply(reply, customer).elements["solution"]


def test_the_next_lesson_does_not_answer_about_the_missing_one():
    reply = "Добрый вечер! Очередной урок по химии пройдёт в среду в 18:00, ссылку пришлём за час. Хорошего вечера!"
    r = read_reply(reply, _LESSON)
    (start, end), = other_instances(r)
    assert r.text[start:end].strip().startswith("Очередной урок")
    assert _solution(reply, _LESSON).passed is False


def test_the_missing_lesson_spoken_of_with_its_own_day_is_an_answer():
    reply = ("Добрый вечер! Да, запись позавчерашнего урока не сохранилась из-за сбоя, простите. Повтор выложим "
             "до пятницы, 18:00, а очередной урок пройдёт в среду. Хорошего вечера!")
    r = read_reply(reply, _LESSON)
    (start, end), = other_instances(r)  # only the clause about the next lesson is set aside
    assert r.text[start:end].strip() == "а очередной урок пройдёт в среду."
    assert _solution(reply, _LESSON).passed is True


def test_new_rules_from_another_month_do_not_explain_this_months_payout():
    reply = "Здравствуйте! С ноября выплаты переводятся по новому графику, реквизиты можно сменить в приложении."
    assert len(other_instances(read_reply(reply, _PAYOUT))) == 1
    assert _solution(reply, _PAYOUT).passed is False


def test_the_payout_for_the_customers_month_is_spoken_of():
    reply = "Здравствуйте! Выплату за октябрь задержал банк-получатель, деньги поступят 12 ноября до 18:00."
    assert other_instances(read_reply(reply, _PAYOUT)) == []
    assert _solution(reply, _PAYOUT).passed is True


def test_a_next_attempt_is_not_another_occurrence_of_the_thing_asked():
    customer = ["Почему вчерашний платёж за свет не прошёл?"]
    reply = "Здравствуйте! Платёж отклонён: на карте стоял лимит 5 000 ₽. Я сняла лимит, следующая попытка пройдёт."
    assert other_instances(read_reply(reply, customer)) == []


def test_a_question_with_no_day_or_month_pins_nothing():
    customer = ["Когда будет вебинар по налогам?"]
    reply = "Здравствуйте! Следующий вебинар по налогам пройдёт в четверг в 19:00."
    assert other_instances(read_reply(reply, customer)) == []
    assert _solution(reply, customer).passed is True


def test_a_later_period_does_not_answer_why_this_one_failed():
    customer = ["Бонусы за покупку в кафе так и не пришли. Почему?"]
    reply = ("Здравствуйте! Кафе и рестораны на следующий месяц можно отметить в приложении до 1-го числа, бонусы за "
             "них будут выше.")
    r = read_reply(reply, customer)
    assert len(other_instances(r)) == 1
    assert _solution(reply, customer).passed is False


def test_the_failed_bonus_explained_keeps_its_sentence():
    customer = ["Бонусы за покупку в кафе так и не пришли. Почему?"]
    reply = ("Здравствуйте! Бонусы не пришли, потому что кафе не входило в ваши категории в этом месяце. Кафе на "
             "следующий месяц можно отметить в приложении до 1-го числа.")
    r = read_reply(reply, customer)
    (start, end), = other_instances(r)
    assert r.text[start:end].strip().startswith("Кафе на")
    assert _solution(reply, customer).passed is True


def test_the_time_of_a_later_period_may_be_the_when_of_this_one():
    customer = ["Бонусы за покупку в кафе так и не пришли. Почему?"]
    reply = "Здравствуйте! Бонусы за кафе начисляются раз в месяц: они придут в следующем месяце, до 5-го числа."
    assert other_instances(read_reply(reply, customer)) == []


_WHERE_BOX = ["Добрый день! Где сейчас моя коробка с книгами? Отслеживание стоит на месте третий день."]
_WHAT_WITH = ["Что с моим заявлением 7731? Подавала в среду."]


@pytest.mark.parametrize("customer, reply", [
    (_WHERE_BOX, "Добрый день! Коробки по области обычно идут от трёх до пяти дней. Хорошего дня!"),
    (_WHAT_WITH, "Здравствуйте! Заявления рассматриваются в порядке очереди, ответ приходит на почту за 10 дней."),
])
def test_what_happens_to_all_such_things_is_no_state_of_this_one(customer, reply):
    assert len(other_instances(read_reply(reply, customer))) == 1
    assert _solution(reply, customer).passed is False


@pytest.mark.parametrize("customer, reply", [
    (_WHERE_BOX, "Добрый день! Коробки по области идут до пяти дней, а ваша уже в пункте выдачи на Лесной, 3."),
    (_WHAT_WITH, "Здравствуйте! Ваше заявление 7731 одобрено вчера, уведомление придёт на почту сегодня до 18:00."),
])
def test_the_state_of_this_one_beside_the_rule_stays_the_answer(customer, reply):
    assert _solution(reply, customer).passed is True


def test_what_usually_happens_is_no_state_of_this_one():
    customer = ["Где сейчас мой диван? Обещали привезти ещё в субботу."]
    reply = "Здравствуйте! Мебель обычно везут со склада в течение недели. Хорошего дня!"
    assert len(other_instances(read_reply(reply, customer))) == 1
    assert _solution(reply, customer).passed is False


def test_the_thing_a_pronoun_points_back_to_is_pinned_by_the_sentence_before():
    customer = ["Прошлую тренировку тренер отменил за пять минут. Вернёте за неё деньги?"]
    reply = "Здравствуйте! Следующая тренировка с тренером пройдёт в пятницу в 19:00. Хорошего вечера!"
    assert len(other_instances(read_reply(reply, customer))) == 1
    assert _solution(reply, customer).passed is False
    answered = "Здравствуйте! Да, за отменённую тренировку вернём 800 ₽ на карту до пятницы. Хорошего вечера!"
    assert _solution(answered, customer).passed is True
