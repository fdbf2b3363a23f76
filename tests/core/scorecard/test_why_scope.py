"""why_scope: what a why-question after other clauses of its sentence asks about. Sentences of our own."""

from __future__ import annotations

from reply_cases import card

from app.core.scorecard.why_scope import why_scope

WHY = frozenset({"почему", "откуда", "зачем"})


def test_a_later_why_part_with_a_pronoun_takes_the_part_before():
    assert why_scope("Хочу сменить тариф, но тут плата 90 рублей, откуда она?", WHY) == \
        "но тут плата 90 рублей, откуда она?"


def test_a_later_why_part_with_its_own_words_stands_alone():
    assert why_scope("Я заплатил вчера, почему меня отключили?", WHY) == "почему меня отключили?"


def test_a_why_word_in_the_first_part_keeps_the_whole_chunk():
    chunk = "Почему, если я всё оплатил, меня отключили?"
    assert why_scope(chunk, WHY) == chunk


def test_steps_for_the_scene_do_not_answer_the_why():
    customer = ["Хочу сменить тариф, но тут плата 90 рублей, откуда она? И можно сменить в приложении?"]
    c = card("Добрый день! Сменить тариф можно в приложении: «Тарифы» → «Сменить». Хорошего дня!", customer)
    assert c["solution"].passed is False, c["solution"].reason
    c = card("Добрый день! 90 рублей — это плата за СМС-уведомления за май. Сменить тариф можно в приложении: "
             "«Тарифы» → «Сменить». Хорошего дня!", customer)
    assert c["solution"].passed is True, c["solution"].reason
