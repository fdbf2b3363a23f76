"""misread_order(): pylat-ru's missing_2_verb on an infinitive put before its verb and PREP_V_VS_NA on «на» that a
noun governs; the near mistakes stay reported."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misread_order import misread_order


def engine_finding(text: str, span: str, rule: str) -> Finding:
    return Finding(offset=text.index(span), length=len(span), message="…", category=Category.GRAMMAR,
                   rule_id=rule, source="embedded")


@pytest.mark.parametrize("text, span", [
    ("Справку вы получить сможете уже завтра.", "получить"),       # the modal verb after the infinitive
    ("Эти деньги вернуть мы уже не успеем.", "вернуть"),
    ("Лимит поднять можно в настройках карты.", "поднять"),          # a predicative word
    ("Пароль сменить вы должны сами.", "сменить"),                  # a short adjective
])
def test_infinitive_before_its_verb_is_correct(text, span):
    assert misread_order(text, engine_finding(text, span, "missing_2_verb"))


@pytest.mark.parametrize("text, span", [
    ("Оператор проверить ваш платёж.", "проверить"),                # no verb in the clause at all
    ("Курьер доставить посылку, вы получите смс.", "доставить"),     # the verb is in the next clause
])
def test_infinitive_as_the_predicate_stays_reported(text, span):
    assert not misread_order(text, engine_finding(text, span, "missing_2_verb"))


@pytest.mark.parametrize("text", [
    "В тариф входит подписка на кино и музыку.",
    "Дарим скидку на кино в выходные.",
])
def test_na_after_a_noun_is_what_it_is_for(text):
    assert misread_order(text, engine_finding(text, "на кино", "PREP_V_VS_NA"))


@pytest.mark.parametrize("text, span", [
    ("Мы с сыном пошли на кино.", "на кино"),            # a verb of going: a place
    ("Сестра учится на институте.", "на институте"),   # a locative: a place
    ("Подписка на кино есть.", "на кино"),              # another rule's finding is not touched below
])
def test_na_as_a_place_stays_reported(text, span):
    rule = "Other_rule" if text.endswith("есть.") else "PREP_V_VS_NA"
    assert not misread_order(text, engine_finding(text, span, rule))
