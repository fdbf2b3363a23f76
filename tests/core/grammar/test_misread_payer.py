"""for_a_person(): pylat-ru's «оплатить за» rules on a payer's behalf («оплатить за сына»), and the near mistake
with a thing after «за» that stays reported."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misread_payer import for_a_person


def engine_finding(text: str, span: str, rule: str) -> Finding:
    return Finding(offset=text.index(span), length=len(span), message="Лишний предлог", category=Category.GRAMMAR,
                   rule_id=rule, source="embedded")


@pytest.mark.parametrize("text, span, rule", [
    ("Бабушка может оплатить за внука прямо с телефона.", "оплатить за", "Upotreblenije_predlogov"),
    ("Нажмите кнопку «Оплатить за меня» в письме.", "Оплатить за", "Upotreblenije_predlogov"),
    ("Коллега оплатил за вас, чек уже пришёл.", "оплатил за", "Upotreblenije_predlogov"),
    ("Компания оплачивает за своих сотрудников.", "оплачивает за", "oplachivat_prep"),  # a possessive between
    ("Оплатите курс за дочь, и доступ откроется у неё.", "Оплатите курс за", "oplachivat_prep"),  # a word skipped
])
def test_paying_for_a_person_is_correct(text, span, rule):
    assert for_a_person(text, engine_finding(text, span, rule))


@pytest.mark.parametrize("text, span, rule", [
    ("Не забудьте оплатить за парковку.", "оплатить за", "Upotreblenije_predlogov"),  # a thing: «оплатить парковку»
    ("Вы дважды оплачивали за тариф.", "оплачивали за", "oplachivat_prep"),
    ("Оплатить заказ за рубли не получится.", "Оплатить заказ за", "oplachivat_prep"),
    ("Мы оплатили за, но деньги вернулись.", "оплатили за", "Upotreblenije_predlogov"),  # a comma ends the phrase
    ("Не забудьте оплатить за парковку.", "оплатить за", "PREP_Za_And_Noun"),  # another rule
])
def test_paying_for_a_thing_stays_reported(text, span, rule):
    assert not for_a_person(text, engine_finding(text, span, rule))
