"""«Почему?» wants a cause: here, a why-question that sets two sums side by side, answered by their difference."""

from __future__ import annotations

import pytest
from reply_cases import card

from app.core.scorecard.questions import said_words
from app.core.scorecard.reasons import reason_given
from app.core.scorecard.reply import read_reply

TWO_SUMS = "Почему в этом месяце за интернет списали 980 вместо 780?"


@pytest.mark.parametrize("figure, cause", [("200", True), ("150", False)])
def test_the_difference_of_the_two_sums_named_is_the_cause(figure, cause):
    r = read_reply(f"Здравствуйте! С декабря в счёт включены {figure} ₽ за ТВ-приставку. Хорошего дня!", [TWO_SUMS])
    assert reason_given(r, [], said_words(r)) is cause


def test_a_process_going_on_now_on_the_customers_thing_is_the_cause():
    """«почему не работает связь в посёлке?» — «На вышке в посёлке сейчас идут плановые работы»: why, told as a state."""
    from reply_cases import card
    got = card("Здравствуйте! На вышке в посёлке сейчас идут плановые работы.",
               ["Почему не работает мобильная связь в посёлке?"])["solution"]
    assert got.passed is True
    assert card("Добрый день! В вашем районе уже ведётся ремонт кабеля.",
                ["Почему в нашем районе нет интернета второй день?"])["solution"].passed is True


def test_the_handling_of_a_request_or_a_habit_is_no_cause():
    from reply_cases import card
    assert card("Здравствуйте! Сейчас идёт проверка вашей заявки о связи в посёлке.",
                ["Почему не работает мобильная связь в посёлке?"])["solution"].passed is False
    assert card("Добрый день! Ремонт кабеля в районе ведётся каждую весну.",
                ["Почему в нашем районе нет интернета второй день?"])["solution"].passed is False


def test_a_negation_before_the_why_word_reports_no_failure():
    """«Я не поняла: почему за ноябрь начислено 40 баллов?» asks for a reason: the «не» is the customer's own
    puzzlement, not a failure asked about; «Почему не начислены баллы?» still reports one."""
    from app.core.scorecard.reasons import why_questions
    assert why_questions(read_reply("Здравствуйте!", ["Я не поняла: почему за ноябрь начислено 40 баллов?"]))
    assert not why_questions(read_reply("Здравствуйте!", ["Почему мне не начислены баллы за ноябрь?"]))


def test_a_charge_named_by_what_it_is_explains_it():
    # «Это …» and a noun the customer did not write says what the sum was for, without a sum or «за»
    assert card("Добрый день! Это ежегодная плата за обслуживание карты. Хорошего дня!",
                ["За что с меня сняли 990 рублей?"])["solution"].passed is True
    assert card("Добрый день! Это подписка на музыку, её подключили в январе. Хорошего дня!",
                ["Что это за списание 169 рублей?"])["solution"].passed is True
    # the customer's own word said back names nothing
    from app.core.scorecard.reasons import charge_explained
    assert charge_explained(read_reply("Добрый день! Это списание.", "Что это за списание 169 рублей?"), []) == []


def test_a_failure_told_before_a_trailing_why_is_still_a_failure():
    from app.core.scorecard.reasons import why_questions
    assert not why_questions(read_reply("Здравствуйте!", ["Бонусы не списываются при оплате, почему?"]))
