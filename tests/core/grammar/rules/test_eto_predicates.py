"""«Это была суббота»: after «это» the past «быть» agrees with the noun that follows it."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Это был самая длинная очередь в моей жизни.", "был", "была"),
    ("Я помню, это была обычный четверг.", "была", "был"),
    ("Это было лучшая покупка за год.", "было", "была"),
    ("И это были единственный выход из ситуации.", "были", "был"),
    ("Это была не письмо, а открытка.", "была", "было"),
])
def test_the_verb_takes_the_noun_gender(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ETO_BYL") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Это был мой первый заказ у вас.",
    "Это было ошибкой с нашей стороны.",
    "Это было три недели назад.",
    "Это было неделю назад, в среду.",
    "Это были мама с папой, они приехали раньше.",
    "Это была наш новый терапевт.",  # a woman named by a profession
    "Это был Андрей из бухгалтерии.",
    "Это были слова поддержки, а не упрёки.",
    "Это было кафе у самого вокзала.",
    "Всё это было давно и неправда.",
])
def test_agreeing_or_other_readings_pass(rule_hits, text):
    assert rule_hits(text, "OURS_ETO_BYL") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Карту перевыпустим в любом офисе, это бесплатна.", "бесплатна", "бесплатно"),
    ("Мне это совсем не нужен.", "нужен", "нужно"),
    ("Вернуть товар можно, это возможна в течение двух недель.", "возможна", "возможно"),
])
def test_eto_with_a_short_adjective_not_neuter(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_ETO_SHORT_ADJECTIVE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Карту перевыпустим в любом офисе, это бесплатно.",
    "Это нужна справка из поликлиники.",  # the noun after it is the subject
    "Она это должна сделать до пятницы.",  # «это» is the object, «она» the subject
    "Он на это вполне способен.",  # «это» after a preposition
])
def test_eto_with_an_agreeing_or_other_subject(rule_hits, text):
    assert rule_hits(text, "OURS_ETO_SHORT_ADJECTIVE") == []
