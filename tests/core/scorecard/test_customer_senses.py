"""Complaint words in a sense that tells no trouble: a wish, a marriage, a first time (issue 15)."""

from __future__ import annotations

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_senses import first_time, married, wished_not
from app.core.scorecard.lexicon import load_lexicon
from app.core.scorecard.words import tokenize


def read(*messages: str):
    return read_customer(list(messages), load_lexicon(), 5000)


def test_a_negated_wish_is_no_failure():
    text = "Не хочу давать сыну свой пин-код, можно отдельную карту?"
    assert wished_not(tokenize(text), 0, len("Не хочу давать")) is True
    assert "complaint" not in read(text).states
    assert "complaint" in read("Терминал не даёт оплатить картой, пишет «отказ».").states


def test_marriage_is_no_defect():
    text = "Мы с ним в браке, можно оформить семейный тариф?"
    assert married(tokenize(text), text.index("браке")) is True
    assert "complaint" not in read(text).states
    assert "complaint" in read("Пришла кофемолка, а это брак: крышка не закрывается.").states


def test_never_done_before_is_a_first_time():
    text = "Хочу оплатить сертификатом, я раньше никогда так не платила. Куда его вводить?"
    tokens = tokenize(text)
    assert first_time(tokens, text.index("не платила")) is True
    assert "complaint" not in read(text).states


def test_poor_command_of_a_language_without_a_verb_is_no_trouble():
    assert "complaint" not in read("Здравствуйте, я студент из Китая, плохо русский. Как оплатить общежитие?").states
    assert "complaint" in read("Связь плохо работает второй день.").states
