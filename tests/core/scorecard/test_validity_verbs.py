"""How long a rule holds («действовала до 30 ноября») is no step beside a refusal (issue 15)."""

from __future__ import annotations

from reply_cases import card

LATE = ["Хотела купить абонемент по скидке, а она закончилась вчера. Обидно, я болела!"]


def test_a_refusal_with_only_the_rule_s_dates_has_no_way():
    c = card("Здравствуйте! Сожалею, но скидка действовала до 5 марта, исключений мы не делаем. Всего доброго!",
             customer=LATE)
    assert c["solution"].passed is False


def test_a_refusal_with_a_step_and_its_term_is_a_way():
    c = card("Здравствуйте! Сожалею, что так совпало. Скидка действовала до 5 марта, исключений мы не делаем, но по "
             "справке о болезни я оформлю её вручную до пятницы. Всего доброго!", customer=LATE)
    assert c["solution"].passed is True
