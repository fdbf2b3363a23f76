"""A passive verb in «-ся» takes its subject in the nominative: «проводится проверка», not «проверки»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Сейчас осуществляется рефинансирования кредитов других банков.", "рефинансирования", "рефинансирование"),
    ("Для входа требуется подтверждения по коду.", "подтверждения", "подтверждение"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_GENITIVE_SUBJECT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Сейчас осуществляется рефинансирование кредитов других банков.",  # the nominative
    "Подтверждения для входа не требуется.",  # a genitive under negation
    "Сейчас не проводится обновления системы.",
    "Мне хочется тишины и покоя.",  # a verb that takes a genitive
    "Этот вопрос касается оплаты заказа.",  # its subject stands before it
    "Ваш заказ отправляется курьерской службой.",
    "Так делается всегда.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_GENITIVE_SUBJECT") == []


def test_a_noun_read_as_a_plural_is_left_to_the_agreement_rule(rule_hits):
    # «проверки» is also a nominative plural: the agreement rule asks for «проводятся», one finding for one slip
    text = "Сейчас проводится проверки всех платежей."
    assert rule_hits(text, "OURS_GENITIVE_SUBJECT") == []
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [("проводится", ("проводятся",))]
