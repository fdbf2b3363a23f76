"""A preposition with a noun phrase in another oblique case than the one it takes."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Созвонимся после обеде, сейчас я занята.", "после обеде", "после обеда"),  # the noun's case
    ("Я читала про этого случая в новостях.", "про этого случая", "про этот случай"),
    ("Благодаря вашего совета я выбрала тариф дешевле.", "Благодаря вашего совета", "Благодаря вашему совету"),
    ("Согласно новых правил пропуск нужен всем.", "Согласно новых правил", "Согласно новым правилам"),
    ("Ключи лежат в верхним ящике.", "верхним ящике", "верхнем ящике"),  # a modifier's case
    ("Переговорная на пятым этаже, справа от лифта.", "пятым этаже", "пятом этаже"),
    # a preposition of several cases, the noun in none of them, its attribute in one: that case and number
    ("Уточните время с вашим водителям.", "с вашим водителям", "с вашим водителем"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Созвонимся после обеда.",
    "Благодаря вашему совету я сэкономила.",
    "Для больного наняли сиделку.",  # the adjective is a noun of its own, then the object
    "Для больного сиделку нашли быстро.",
    "Ключи лежат в верхнем ящике стола.",
    "Расскажите про свой опыт работы.",
    "Я читала про этого мастера и решила записаться.",  # an animate accusative
    "Мы пришли к выводу, что всё в порядке.",
    "Я поеду к маме на выходные.",
    "Кроме того, есть и другие варианты.",
    "Для оставшихся непроданными билетов открыли вторую кассу.",  # the participle's own instrumental
    "Путь лежал через тернии и болота.",  # the old plural of a neuter «-ие» noun
    "Уточните время с вашими водителями.",
    "Я договорилась с новым мастером и его помощникам дала ключи.",
    "Он лавировал между про российскими и про западными политиками.",  # «про-» written apart, «между» rules
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_CASE") == []
