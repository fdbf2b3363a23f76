"""Our rules on words: prepositions, together/apart, -тся/-ться, agreement, capitals, style, typography."""

import pytest

from app.core.grammar.findings import Category
from app.core.grammar.rules import RULES, check_rules


@pytest.mark.parametrize("text, rule, span, fix", [
    ("Ответ придёт в течении двух часов.", "OURS_V_TECHENIE", "в течении", "в течение"),
    ("Деньги поступят в течении 3 рабочих дней.", "OURS_V_TECHENIE", "в течении", "в течение"),
    ("В течении недели.", "OURS_V_TECHENIE", "В течении", "В течение"),
    ("По окончанию проверки напишем.", "OURS_PO_PREPOSITIONAL", "По окончанию", "По окончании"),
    ("Курьер позвонит по приезду.", "OURS_PO_PREPOSITIONAL", "по приезду", "по приезде"),
    ("Мы хотим что бы вы были довольны.", "OURS_CHTOBY", "хотим что бы", "хотим, чтобы"),
    ("Напишите, что бы уточнить статус.", "OURS_CHTOBY", "что бы", "чтобы"),
    ("Это тоже самое.", "OURS_TO_ZHE", "тоже", "то же"),
    ("В тоже время мы проверим.", "OURS_TO_ZHE", "тоже", "то же"),
    ("Я незнаю.", "OURS_NE_VERB", "незнаю", "не знаю"),
    ("Не смотря на то что заказ оплачен.", "OURS_NESMOTRYA", "Не смотря", "Несмотря"),
    ("Я ни могу найти заказ.", "OURS_NE_NI", "ни", "не"),
    ("Вам нужно авторизоватся.", "OURS_TSYA", "авторизоватся", "авторизоваться"),
    ("Статус может не изменится.", "OURS_TSYA", "изменится", "измениться"),
    ("Деньги вернуться на карту.", "OURS_TSYA", "вернуться", "вернутся"),
    ("Заказ отправиться завтра.", "OURS_TSYA", "отправиться", "отправится"),
    ("Ваш заявка принята.", "OURS_ADJ_NOUN_AGREEMENT", "Ваш заявка", "Ваша заявка"),
    ("Мы отправили новую пароль.", "OURS_ADJ_NOUN_AGREEMENT", "новую пароль", "новый пароль"),
    ("Заказ была доставлена.", "OURS_SUBJECT_VERB_AGREEMENT", "была доставлена", "был доставлен"),
    ("Деньги уже вернулся.", "OURS_SUBJECT_VERB_AGREEMENT", "вернулся", "вернулись"),
    ("Мы проверит информацию.", "OURS_SUBJECT_VERB_AGREEMENT", "Мы проверит", "Мы проверим"),
    ("Вы может отменить заказ.", "OURS_SUBJECT_VERB_AGREEMENT", "Вы может", "Вы можете"),
    ("Посылка прибудет в москву.", "OURS_PLACE_NAME_CAPITAL", "москву", "Москву"),
    ('Нажмите "Оформить возврат".', "OURS_QUOTES", '"Оформить возврат"', "«Оформить возврат»"),
    ("Спасибо за обращение !", "OURS_SPACE_BEFORE_MARK", " !", "!"),
])
def test_fires(rule_hits, text, rule, span, fix):
    assert rule_hits(text, rule) == [(span, (fix,))]


def test_pleonasm_has_no_certain_fix(rule_hits):
    assert rule_hits("Вы можете вернуть товар обратно.", "OURS_PLEONASM") == [("вернуть товар обратно", ())]
    assert rule_hits("Это коллега по работе.", "OURS_PLEONASM") == [("коллега по работе", ())]


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


def test_ne_ni_leaves_concessive_clauses_alone():
    from app.core.grammar.rules import check_rules
    for text in ("Что бы вы ни выбрали, доставка будет бесплатной.",
                 "Как бы мы ни старались, курьер приедет только завтра."):
        assert not [f for f in check_rules(text, "ru") if f.rule_id == "OURS_NE_NI"], text
    assert [f for f in check_rules("Мы ни получили ваш заказ.", "ru") if f.rule_id == "OURS_NE_NI"]
