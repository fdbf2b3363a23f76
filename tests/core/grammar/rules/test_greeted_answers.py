"""«Да» / «нет» heading an answer right after the greeting that opens a reply."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Добрый вечер, да возврат уже оформлен.", "да возврат", "да, возврат"),
    ("Здравствуйте, Олег, да курьер выехал.", "да курьер", "да, курьер"),
    ("Доброе утро! Да купон действует до пятницы.", "Да купон", "Да, купон"),
    ("Здравствуйте, нет мы не продаём подарочные карты.", "нет мы", "нет, мы"),
    ("Добрый день, нет не успеем к субботе.", "нет не", "нет, не"),
])
def test_answer_after_greeting_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_YES_NO_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Добрый вечер, да, возврат уже оформлен.",
    "Добрый вечер! Да, возврат уже оформлен.",
    "Здравствуйте, нет интернета с утра, помогите.",   # «нет» + genitive: the predicate
    "Здравствуйте! Нет свободных слотов на среду.",
    "Здравствуйте, да и сама доставка бесплатная.",     # «да и»: a conjunction
    "Спасибо за ожидание, да купон действует.",         # no greeting before it
    "Заказ собран. Да купон действует до пятницы.",     # the sentence before is no greeting
    "Мы приедем в среду да в четверг.",
    "Здравствуйте, да тут всё просто!",                 # an exclamation: «да» of a retort
])
def test_no_answer_after_greeting_is_left_alone(rule_hits, text):
    assert rule_hits(text, "OURS_YES_NO_COMMA") == []
