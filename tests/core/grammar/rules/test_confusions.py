"""Real words in the wrong place: «так же, как», «ранее», «надеть» and «одеть»."""

import pytest

from app.core.grammar.rules import RULES, check_rules

CONFUSIONS = ("OURS_TAK_ZHE", "OURS_RANEE", "OURS_ODET_NADET", "OURS_VSE_RAVNO")


def confusions(text):
    return [(text[f.offset:f.offset + f.length], f.replacements)
            for f in check_rules(text, "ru") if f.rule_id in CONFUSIONS]


@pytest.mark.parametrize("text, span, fix", [
    ("Посылка придёт также как и прошлая.", "также", "так же,"),
    ("Как мы сообщали раннее, склад закрыт.", "раннее", "ранее"),
    ("Раннее оформленные заказы уже в пути.", "Раннее", "Ранее"),
    ("Курьеру нужно одеть маску.", "одеть", "надеть"),
    ("Одевайте перчатки при распаковке.", "Одевайте", "Надевайте"),
    ("Надень сына потеплее.", "Надень", "Одень"),
    ("Я так же уточню срок у склада.", "так же", "также"),
    ("Мы забронировали отель, а так же арендовали машину.", "так же", "также"),
    ("Заполняйте также, как в образце.", "также", "так же"),
    ("Бабушка одела внуку варежки.", "одела", "надела"),
    ("Я так же хотела спросить про возврат.", "так же", "также"),  # a past verb of wish and an infinitive
    ("В лаборатории все одевают бахилы.", "одевают", "надевают"),  # a noun used only in the plural
    ("Ему всё ровно, где работать.", "ровно", "равно"),
    ("Перезагрузил роутер, а интернет всё ровно не работает.", "ровно", "равно"),
    ("Не переживайте, всё ровно.", "ровно", "равно"),
])
def test_the_word_that_fits_is_suggested(text, span, fix):
    assert confusions(text) == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Мы также вернём стоимость доставки.",
    "Раннее утро — лучшее время для звонка.",
    "Скидка за раннее и позднее бронирование.",
    "Наденьте маску перед входом.",
    "Оденьте ребёнка по погоде.",
    "Мы ответим так же быстро, как вчера.",
    "Мы так же поступим, как договорились.",
    "Он так же улыбнулся.",
    "Я так же ответил ему.",  # a past verb alone may say how
    "Мы работаем, а так же, как и вы, отдыхаем по выходным.",
    "Он сказал также, как ему было трудно.",
    "Плитку положили, всё ровно, как по уровню.",
    "Разложите всё ровно по полкам.",
    "Начнём всё ровно в десять.",
])
def test_right_words_are_left_alone(text):
    assert confusions(text) == []


def test_each_rule_explains_itself():
    for rule_id in CONFUSIONS:
        assert RULES[rule_id].explanation and RULES[rule_id].message.endswith(".")
