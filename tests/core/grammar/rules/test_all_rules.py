"""All our Russian rules together: silent on correct text, each finding ours with its explanation, the registry complete."""

import pytest

from app.core.grammar.findings import Category
from app.core.grammar.rules import RULES, check_rules


@pytest.mark.parametrize("text", [
    "Ответ придёт в течение двух часов.",
    "В течении реки есть пороги.",
    "По окончании проверки напишем.",
    "Что бы вы хотели уточнить?",
    "Что бы ни случилось, мы поможем.",
    "Мы тоже проверим.",
    "Я ненавижу ждать.",
    "Мы недоплатили сто рублей.",
    "Он ответил, не смотря на экран.",
    "Ни разу не было такого.",
    "Не волнуйтесь, всё обязательно получится.",
    "Курьер свяжется с вами.",
    "Просьба связаться с нами.",
    "Можно через приложение обратиться в поддержку.",
    "Вам стоит обратиться в банк, выпустивший карту.",
    "Три рабочих дня.",
    "Ваша заявка принята.",
    "Заказ было решено отменить.",
    "Заказ нужно забрать сегодня.",
    "Заказ и посылка пришли вчера.",
    "Статус заявки изменился.",
    "Оператор Анна ответила.",
    "Вы были правы.",
    "Посылка пришла в Москву, а не в Орёл.",
    "Откройте раздел «Мои заказы».",
    "Вы вернули товар.",
    "Коллега по отделу поможет.",
])
def test_silent(text):
    assert check_rules(text, "ru") == []


def test_other_languages_and_empty_text():
    assert check_rules("Добрый день Иван!", "en") == []
    assert check_rules("", "ru") == []


def test_findings_are_ours_with_a_known_rule_and_an_explanation():
    findings = check_rules("Добрый день Иван! К сожалению заказ задерживается в течении недели.", "ru")
    assert {f.rule_id for f in findings} == {"OURS_ADDRESS_COMMA", "OURS_INTRO_COMMA", "OURS_V_TECHENIE"}
    for f in findings:
        assert f.source == "ours"
        assert f.explanation == RULES[f.rule_id].explanation
        assert f.category is RULES[f.rule_id].category


def test_registry_is_complete_and_russian():
    assert len(RULES) >= 18
    for rule_id, rule in RULES.items():
        assert rule_id == rule.rule_id and rule_id.startswith("OURS_")
        assert rule.title and rule.message and len(rule.explanation) > 60
        assert isinstance(rule.category, Category)
        assert "<" not in rule.message  # plain text, no markup


def test_offsets_survive_emoji_and_mixed_scripts():
    text = "🙂🙂 Добрый день Иван! Мы проверит зaказ."  # the «а» in «зaказ» is Latin
    spans = {text[f.offset:f.offset + f.length] for f in check_rules(text, "ru")}
    assert {"день Иван", "Мы проверит"} <= spans



@pytest.mark.parametrize("text, after, parts", [
    ("Выберите формат визиток или подарочных карточек.", "подарочных", True),  # an adjective and its noun
    ("Укажите номер текущего или предыдущих заказов.", "предыдущих", True),
    ("Дом старый забор покосился.", "старый", False),  # nominatives: the comma may end a clause
    ("Мы ехали по сырому холодному тоннелю.", "сырому", False),  # two adjectives of one noun
])
def test_a_comma_never_parts_an_adjective_from_its_noun(text, after, parts):
    from app.core.grammar.rules import _splits_attribute
    from app.core.grammar.rules._base import Text
    assert _splits_attribute(Text(text), text.index(after) + len(after)) is parts
