"""The dash between a subject such as «задача», «главное» and a predicate in the infinitive."""

import pytest

RULE = "OURS_INFINITIVE_PREDICATE_DASH"


@pytest.mark.parametrize("text, span, fix", [
    ("Моя задача помочь вам разобраться.", "задача помочь", "задача — помочь"),
    ("Главное не опаздывать на первое занятие.", "Главное не", "Главное — не"),
    ("Самое важное выспаться перед экзаменом.", "важное выспаться", "важное — выспаться"),
    ("Его мечта побывать на Байкале.", "мечта побывать", "мечта — побывать"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, RULE) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Задача решить уравнение оказалась трудной.",  # the infinitive belongs to the noun, the verb comes later
    "Главное — не волноваться.",
    "Главное, чтобы все были здоровы.",
    "Цель оправдывает средства.",
    "Важное решение принять непросто.",
    "Мы поставили задачу закончить к пятнице.",   # the noun does not open the sentence
])
def test_silent(rule_hits, text):
    assert rule_hits(text, RULE) == []
