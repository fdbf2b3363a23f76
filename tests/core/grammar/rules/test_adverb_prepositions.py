"""«в» before an adverb: «привезём в послезавтра» → «послезавтра»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Мастер придёт в послезавтра, ждите звонка.", "в послезавтра", "послезавтра"),
    ("Посылку отправим в сегодня.", "в сегодня", "сегодня"),
    ("В завтра курьер не приедет.", "В завтра", "Завтра"),
    ("Договор подпишем в послезавтра, как договаривались.", "в послезавтра", "послезавтра"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_PREPOSITION_BEFORE_ADVERB") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мастер придёт послезавтра, ждите звонка.",
    "Перенесём встречу на послезавтра.",  # «на», «до», «с» name a time with an adverb
    "Скидка действует до завтра.",
    "Тариф меняется с сегодня на завтра.",
    "Мы разместим вас в очень удобном номере.",  # the adverb qualifies the adjective after it
    "Ответим в более короткий срок.",
    "Цена выросла во много раз.",
    "Не хочется уходить в никуда.",  # a set phrase
    "Приезжайте в пятницу вечером.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_PREPOSITION_BEFORE_ADVERB") == []
