"""Detached phrases the dictionary shows when the tree, lost without commas, does not."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PHRASE_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Клиент сказал что уезжая оставил ключи соседу.", "что, уезжая"),
    ("Курьер который не дождавшись ответа уехал вернётся завтра.", "который, не"),
    ("Заказы оформленные вчера вечером уже в пути.", "Заказы, оформленные"),
    ("Мы отправили письма написанные по шаблону.", "письма, написанные"),
    ("Курьер нашёл клиента живущего на соседней улице.", "клиента, живущего"),
])
def test_the_phrase_is_set_off(text, fix):
    assert fix in commas(text)


def test_a_phrase_on_the_subject_ends_before_its_verb():
    assert commas("Курьеры работающие в нашем городе приезжают вовремя.") == ["Курьеры, работающие",
                                                                              "городе, приезжают"]


@pytest.mark.parametrize("text", [
    "Мы прочитали купленные вчера книги.",           # the participle stands before its noun
    "Судя по адресу посылка уже в городе.",          # «судя по» works as a preposition
    "Мы ждём следующий заказ от клиента.",           # «следующий» is an adjective now
    "Оператор вернул клиенту оплаченные деньги.",    # the noun before does not agree with the participle
    "Клиент сказал, что, уезжая, оставил ключи.",
])
def test_nothing_is_set_off_without_a_phrase(text):
    assert commas(text) == []
