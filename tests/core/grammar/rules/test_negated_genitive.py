"""What is missing stands in the genitive: «не было времени», «не хватает денег»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Вчера у меня не было связь почти весь день.", "связь", "связи"),
    ("Нам не хватило свободная минута, чтобы всё обсудить.", "свободная минута", "свободной минуты"),
    ("Завтра не будет снег, можно ехать.", "снег", "снега"),
    ("В этом месяце мне явно не хватает сон.", "сон", "сна"),
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
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_NEGATED_GENITIVE") == []
