"""Our rule for a comma where none belongs."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Благодарим, вас за обращение!", "Благодарим,", "Благодарим"),
    ("Спасибо, за ожидание!", "Спасибо,", "Спасибо"),
    ("Здравствуйте, !", "Здравствуйте, !", "Здравствуйте!"),
    ("Добрый, день!", "Добрый,", "Добрый"),
    ("Уважаемая, Ирина, ваш заказ готов.", "Уважаемая,", "Уважаемая"),
])
def test_extra_comma_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_EXTRA_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Благодарим вас за обращение!",
    "Спасибо, вам тоже хорошего дня!",
    "Спасибо, что дождались!",
    "Уважаемая Ирина, ваш заказ готов.",
])
def test_extra_comma_silent(rule_hits, text):
    assert rule_hits(text, "OURS_EXTRA_COMMA") == []
