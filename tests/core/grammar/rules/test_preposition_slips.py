"""A needless «о» or a wrong preposition after a word that governs otherwise, and the instrumental after
«являться» (rules/preposition_slips.py; the findings carry OURS_WORD_GOVERNMENT)."""

import pytest

RULE = "OURS_WORD_GOVERNMENT"


@pytest.mark.parametrize("text, span, fix", [
    ("Давайте обсудим о новых тарифах.", "о новых тарифах", "новые тарифы"),  # «обсудить» — что
    ("Коллега подробно объяснил о причинах задержки.", "о причинах", "причины"),
    ("Она отлично разбирается о косметике.", "о косметике", "в косметике"),  # «разбираться» — в чём
    ("Клиент поинтересовался о стоимости.", "о стоимости", "стоимостью"),  # «интересоваться» — чем
    ("Прошу обратить внимание о сроках оплаты.", "о сроках", "на сроки"),  # «обратить внимание» — на что
    ("Мы уверены о том, что справимся.", "о том", "в том"),
])
def test_needless_about(rule_hits, text, span, fix):
    assert rule_hits(text, RULE) == [(span, (fix,))]


def test_delight_is_from_something(rule_hits):
    assert rule_hits("Дети в восторге с нового парка.", RULE) == [("с", ("от",))]


def test_after_being_the_instrumental(rule_hits):
    assert rule_hits("Этот пункт является обязательный для всех.", RULE) == [("обязательный", ("обязательным",))]


@pytest.mark.parametrize("text", [
    "Давайте обсудим новые тарифы.",
    "Коллега рассказал о причинах задержки.",  # «рассказать» takes «о»
    "Она отлично разбирается в косметике.",
    "Прошу обратить внимание на сроки оплаты.",
    "Дети в восторге от нового парка.",
    "Этот пункт является обязательным для всех.",
    "Мы сообщим о решении завтра.",
    "Главной причиной задержки является погода.",  # what it is stands first, the subject after the verb
])
def test_right_government_passes(rule_hits, text):
    assert rule_hits(text, RULE) == []


@pytest.mark.parametrize("text, span, fix", [
    ("Жильцы жалуются о протечке в подвале.", "о протечке", "на протечку"),
    ("Заказчик настаивал в том, чтобы сроки не сдвигали.", "в том", "на том"),
    ("Весь зал смеялся с его истории.", "с его истории", "над его историей"),
    ("Она вышла замуж, а он женился с ней через год.", "с ней", "на ней"),
    ("Траты опять превысили над бюджетом.", "над бюджетом", "бюджет"),
    ("Прошу прощения о небольшой задержке.", "о небольшой задержке", "за небольшую задержку"),
    ("Покупатель настаивает о полном возврате.", "о полном возврате", "на полном возврате"),
])
def test_another_preposition(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_WORD_GOVERNMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы смеялись с друзьями до утра.",  # «с» of company
    "Он женился с согласия родителей.",
    "Адвокат настаивал в суде на пересмотре дела.",  # «в суде» is a place
    "Жильцы жалуются на протечку.",
    "Покупатель настаивает на полном возврате.",
])
def test_another_preposition_that_is_right(rule_hits, text):
    assert rule_hits(text, "OURS_WORD_GOVERNMENT") == []
