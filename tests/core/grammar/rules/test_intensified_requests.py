"""«Очень» before a request in the imperative: «Очень извините» → «Извините»."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Добрый вечер! Очень извините за долгий ответ.", "Очень извините", "Извините"),
    ("Нам самим неловко, очень простите нас.", "очень простите", "простите"),
    ("Очень подождите пару минут, я проверю.", "Очень подождите", "Подождите"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_INTENSIFIED_REQUEST") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Очень просим извинить нас за задержку.",  # a verb in the indicative takes a degree
    "Вы очень поможете, если пришлёте фото.",  # a future of «вы»
    "Очень поможете нам вы, если ответите.",
    "Очень любите кофе?",  # a question: the present of «вы»
    "Нам очень жаль. Извините, пожалуйста.",
    "Очень жаль, что так вышло.",  # a word of state, though «жаль» is also an imperative of «жалить»
    "Мы были бы очень рады вашему отзыву.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_INTENSIFIED_REQUEST") == []
