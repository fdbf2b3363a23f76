"""An indirect question after a request to tell, check or choose takes a comma before its question word."""

import pytest


@pytest.mark.parametrize("text, span, fix", [
    ("Подскажите как оформить возврат.", "Подскажите как", "Подскажите, как"),
    ("Уточните какой у вас тариф.", "Уточните какой", "Уточните, какой"),
    ("Напишите когда вам удобно принять курьера.", "Напишите когда", "Напишите, когда"),
    ("Проверьте сколько бонусов осталось на карте.", "Проверьте сколько", "Проверьте, сколько"),
])
def test_a_request_before_an_indirect_question_gets_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CONJ_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Подскажите, как оформить возврат.",  # the comma is there
    "Напишите что угодно, мы прочитаем.",  # a set phrase
    "Скажите как есть.",
    "Скажите что-нибудь приятное.",
    "Вы уточните какой-то момент?",  # no question word: «какой-то»
])
def test_set_phrases_and_written_commas_get_no_finding(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") == []


@pytest.mark.parametrize("text, span, fix", [
    ("Я не знаю как отменить подписку.", "знаю как", "знаю, как"),
    ("Она почувствовала как дрожат руки.", "почувствовала как", "почувствовала, как"),
    ("Нужно придумать где хранить старые коробки.", "придумать где", "придумать, где"),
    ("Мы выясним почему письмо не дошло.", "выясним почему", "выясним, почему"),
    ("Интересно какой тариф выгоднее?", "Интересно какой", "Интересно, какой"),
    ("Интересно есть ли у вас доставка?", "Интересно есть", "Интересно, есть"),
    ("Не знаю о чём вы договорились с менеджером.", "знаю о", "знаю, о"),  # a preposition and a relative word
    ("Я не понял с кем разговаривал.", "понял с", "понял, с"),
    ("Не знаю хороший ли это вариант.", "знаю хороший", "знаю, хороший"),    # a word with «ли»
    # a request to tell asked as a polite question, not in the imperative
    ("Вы не подскажете где находится ближайшая аптека?", "подскажете где", "подскажете, где"),
    ("Не уточните во сколько закрывается склад?", "уточните во", "уточните, во"),
    ("Вы знаете когда откроется новый филиал?", "знаете когда", "знаете, когда"),  # a verb after «вы»
    ("Ей всё равно где жить.", "равно где", "равно, где"),  # «всё равно» of indifference after a dative
])
def test_a_verb_of_knowing_before_an_indirect_question_gets_a_comma(rule_hits, text, span, fix):
    assert rule_hits(text, "OURS_CLAUSE_COMMA") == [(span, (fix,))]


@pytest.mark.parametrize("text", [
    "Он знает город как свои пять пальцев.",
    "Я знаю этот район как свои пять пальцев.",
    "Сейчас разберусь как следует.",             # «как следует» is a set phrase
    "Он смотрел на меня как на врага.",          # a comparison, no clause after «как»
    "Мы увидели где-то вдали огонь.",             # «где-то» asks nothing
    "Интересно ли вам это?",                      # «ли» asks the question itself
    "Было интересно как никогда.",                # «как никогда» compares, no clause
    "Я часто думаю о чём-то своём.",              # «о чём-то» asks nothing
    "Мы думали о новом тарифе.",
    "Знаете ли вы свой номер договора?",
    "Вы не подскажете номер телефона?",           # no question word
    "Знаете как бывает: то пусто, то густо.",     # the parenthetical «знаете»
    "Он всё равно когда-нибудь вернётся.",         # «всё равно» meaning «anyway»
])
def test_no_indirect_question_without_a_clause_after_the_word(rule_hits, text):
    assert rule_hits(text, "OURS_CONJ_COMMA") + rule_hits(text, "OURS_CLAUSE_COMMA") == []
