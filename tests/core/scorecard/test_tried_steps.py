"""A step the customer says they have already taken is no step — also when it is led in by «попробуйте» and when
the customer tells it by «не помогло» or «заново» rather than «уже» (issue 15, blind set S)."""

from __future__ import annotations

from reply_cases import card

NO_ANSWER = "Нет ни ответа по существу, ни следующего шага со сроком."


def test_a_lead_in_to_steps_already_taken_is_no_step():
    got = card("Здравствуйте! Жаль, что так вышло. Попробуйте пересоздать ключ API и переподключить интеграцию в "
               "разделе «Интеграции». Хорошего дня!",
               ["Интеграция с CRM не передаёт сделки. Ключ API пересоздавала, интеграцию переподключала уже два раза."])[
        "solution"]
    assert (got.passed, got.reason) == (False, NO_ANSWER)


def test_a_step_told_as_tried_by_did_not_help_is_no_step():
    got = card("Здравствуйте! Сочувствую. Переподключите принтер к сети. Хорошего дня!",
               ["Принтер не печатает из вашей программы. Переподключала его к сети, не помогло."])["solution"]
    assert (got.passed, got.reason) == (False, NO_ANSWER)


def test_a_lead_in_with_one_new_step_is_still_a_step():
    got = card("Здравствуйте! Жаль, что так вышло. Попробуйте перезапустить приложение и обновить его до версии 5.2 "
               "в магазине приложений. Хорошего дня!",
               ["Приложение зависает на заставке. Перезапускала уже несколько раз."])["solution"]
    assert got.passed is True, got.reason


def test_a_step_the_customer_only_mentions_is_still_a_step():
    got = card("Здравствуйте! Сочувствую. Переподключите принтер к сети Wi-Fi «Офис». Хорошего дня!",
               ["Принтер не печатает из вашей программы. Вчера подключала новый ноутбук."])["solution"]
    assert got.passed is True, got.reason
