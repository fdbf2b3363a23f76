"""A verbal adverb right after a conjunction or a relative word opens a phrase set off by commas; a phrase
that opens the sentence ends before the main clause."""

import pytest

from app.core.grammar.rules import check_rules


def commas(text):
    return [f.replacements[0] for f in check_rules(text, "ru") if f.rule_id == "OURS_PHRASE_COMMA"]


@pytest.mark.parametrize("text, fix", [
    ("Клиент сказал что уезжая оставил ключи соседу.", "что, уезжая"),
    ("Курьер который не дождавшись ответа уехал вернётся завтра.", "который, не"),
    # a phrase that opens the sentence ends before the main clause's subject or predicative word
    ("Заполнив анкету вы получите скидку.", "анкету, вы"),
    ("Получив посылку клиентка сразу позвонила.", "посылку, клиентка"),
    ("Оформляя возврат нужно приложить чек.", "возврат, нужно"),
])
def test_the_phrase_is_set_off(text, fix):
    assert fix in commas(text)


@pytest.mark.parametrize("text", [
    "Мы знаем что судя по адресу посылка уже в городе.",  # «судя по» works as a preposition
    "Оператор который молча выслушал клиента помог ему.",  # «молча» is an adverb now
    "Клиент сказал, что, уезжая, оставил ключи.",
    "Уступая место пассажиру разве ты не встанешь?",     # «разве» may open the main clause
])
def test_nothing_is_set_off_without_a_phrase(text):
    assert commas(text) == []
