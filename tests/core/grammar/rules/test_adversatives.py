"""Our rule for the comma before «а», «но», «зато», «однако» inside a sentence."""

import pytest

MESSAGE = "Однородные члены или части сложного предложения разделяются запятой."


def list_hits(text):
    from app.core.grammar.rules import check_rules
    return [(text[f.offset:f.offset + f.length], f.replacements, f.message)
            for f in check_rules(text, "ru") if f.rule_id == "OURS_LIST_COMMA"]


@pytest.mark.parametrize("text, span, fix", [
    ("Посылку собрали вчера а отправят только завтра.", "вчера а", "вчера, а"),
    ("Тариф дорогой зато связь отличная.", "дорогой зато", "дорогой, зато"),
    ("Мы ждали ответа до вечера но письма так и не было.", "вечера но", "вечера, но"),
    ("Менеджер обещал перезвонить однако звонка не было.", "перезвонить однако", "перезвонить, однако"),
    ("Важен не тариф а скорость.", "тариф а", "тариф, а"),
])
def test_adversative_fires(text, span, fix):
    assert list_hits(text) == [(span, (fix,), MESSAGE)]


@pytest.mark.parametrize("text", [
    "Посылку собрали вчера, а отправят завтра.",
    "А где заказ?",
    "Ну а теперь о главном.",
    "Было дорого, но зато надёжно.",
    "Без всяких но сделайте это сегодня.",
    "Так вы придёте, а?",
    "Смотрите пункт а.",
])
def test_adversative_quiet(text):
    assert list_hits(text) == []
