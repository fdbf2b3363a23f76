"""What is missing stands in the genitive: «не было времени», «не хватает денег»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Вчера у меня не было связь почти весь день.", "связь", "связи"),
    ("Нам не хватило свободная минута, чтобы всё обсудить.", "свободная минута", "свободной минуты"),
    ("Завтра не будет снег, можно ехать.", "снег", "снега"),
    ("В этом месяце мне явно не хватает сон.", "сон", "сна"),
    # «чек» and «код» are also genitive plurals of «чека» and «кода», which the parse does not take them for
    ("После покупки у меня нет чек на руках.", "чек", "чека"),
    ("Курьер ушёл, а нет код от домофона.", "код", "кода"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NEGATED_GENITIVE") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Вчера у меня не было времени перезвонить.",
    "Окно не было закрыто.",  # a neuter subject of «было»
    "Это не было ошибкой, просто так совпало.",
    "Нет, спасибо, я сама справлюсь.",
    "Ребёнок хватает игрушку и убегает.",  # «хватать» as «grab»
    "Завтра не будет работать лифт.",
    "У нас нет свободных мест.",
    "У меня нет чека на руках.",
    "На этой неделе у группы нет пар.",  # «пар» of «пара»: the parse takes it as a genitive
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_NEGATED_GENITIVE") == []
