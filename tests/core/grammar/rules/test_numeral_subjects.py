"""A plural adjective before a numeral makes the group plural: «Осталось последние 3 штуки» → «Остались»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Осталось последние 2 места на этот рейс, бронируйте.", "Осталось", "Остались"),
    ("Уже прошло первые три дня пробного периода.", "прошло", "прошли"),
    ("Приедет оставшиеся два курьера после обеда.", "Приедет", "Приедут"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Остались последние 2 места на этот рейс.",
    "Осталось 2 места на этот рейс.",  # a numeral group alone: the neuter singular
    "Осталось последних два места.",  # the genitive before the numeral
    "Осталось всего 2 места.",
    "Было первые два дня непросто.",  # «быть»: how long
    "Действовало первые 3 дня старое расписание.",  # its own subject after the group
    "Мы отправили последние 3 коробки утром.",
    "Прошло первые 21 число, а ответа нет.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_SUBJECT_VERB_AGREEMENT") == []
