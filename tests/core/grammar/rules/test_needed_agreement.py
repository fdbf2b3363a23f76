"""Our rule on «нужен» agreeing with the thing that is needed."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Для возврата нужно квитанция об оплате.", "нужно", "нужна"),
    ("Вам нужно будет новая карта.", "нужно", "нужна"),
    ("Курьеру нужно ваш адрес.", "нужно", "нужен"),
    ("Для входа нужно логин и пароль.", "нужно", "нужен"),
    ("Нам нужно документы от врача.", "нужно", "нужны"),
])
def test_fires(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_NEEDED_AGREEMENT") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Нужно квитанцию приложить к заявлению.",  # an infinitive: «нужно» is a word of state
    "Нужно чек, паспорт и карту взять с собой.",
    "Для этого нужно разрешение родителей.",  # a neuter noun agrees already
    "Вам нужно в отделение банка.",
    "Нужно минут пятнадцать.",
    "Нужно больше времени.",
    "Нужна квитанция об оплате.",
])
def test_silent(rule_hits, text):
    assert rule_hits(text, "OURS_NEEDED_AGREEMENT") == []


def test_message_names_the_form():
    from app.core.grammar.rules import check_rules

    [f] = [f for f in check_rules("Нужно квитанция.", "ru") if f.rule_id == "OURS_NEEDED_AGREEMENT"]
    assert "нужна квитанция" in f.message
