"""Direct speech inside the author's words is closed by a comma and a dash (a dash alone after «?», «!», «…»)."""

import pytest

from app.core.grammar.rules import check_rules


def speech(text):
    return [(text[f.offset:f.offset + f.length], f.replacements[0]) for f in check_rules(text, "ru")
            if f.rule_id == "OURS_DIRECT_SPEECH_DASH"]


@pytest.mark.parametrize("text, span, fix", [
    ("Мама ответила: «Сейчас приду» и ушла на кухню.", "» и", "», — и"),
    ("Оператор написал: «Ждите» и отключился.", "» и", "», — и"),
    ("Сосед крикнул: «Осторожно!» и отскочил.", "» и", "» — и"),  # the «!» stands for the comma
])
def test_a_bare_quote_before_the_authors_verb_is_reported(text, span, fix):
    assert speech(text) == [(span, fix)]


@pytest.mark.parametrize("text", [
    "Мама ответила: «Сейчас приду», — и ушла на кухню.",
    "Сосед крикнул: «Осторожно!» — и отскочил.",
    "В заказе два статуса: «в пути» и «доставлен».",  # labels, not a remark
    "Выберите: «Оплатить» или «Отменить».",
    "Нажмите кнопку: «Оплатить» и подтвердите.",  # no verb of saying announces it
    "Бабушка спросила: «Ты поела?»",
])
def test_correct_or_other_quotes_are_left_alone(text):
    assert speech(text) == []
