"""customer_missing: a thing absent from what came, or promised and absent, and money taken «хотя» it was not due —
complaints told without a complaint word; questions and denials are not."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_missing import charged_though, missing_thing
from app.core.scorecard.lexicon import load_lexicon
from app.core.scorecard.words import tokenize


def _missing(text):
    return missing_thing(text, tokenize(text))


def _though(text):
    return charged_though(text, tokenize(text))


@pytest.mark.parametrize("text", [
    "В посылке 7781 нет инструкции, остальное на месте.",
    "В коробке не хватает одной ножки от стола.",
    "Обещанной экскурсии на водопад не было, весь день просидели в автобусе.",
])
def test_a_thing_missing_is_found(text):
    assert _missing(text)


@pytest.mark.parametrize("text", [
    "В комплекте нет зарядного блока?",
    "В заказе нет ничего хрупкого, можно обычной доставкой.",
    "Если в посылке нет чека, как вернуть товар?",
])
def test_a_question_a_denial_or_a_case_supposed_is_not(text):
    assert not _missing(text)


def test_money_taken_though_not_due_is_found_and_a_concession_is_not():
    assert _though("За парковку списали 500 рублей, хотя на сайте она бесплатная для гостей.")
    assert not _though("Хотя я платила вовремя, мы оплатили штраф сами.")


def test_a_calmly_told_missing_part_asks_for_empathy():
    state = read_customer(["В заказе 90412 нет пульта от телевизора. Остальное привезли."], load_lexicon(), 4000)
    assert "complaint" in state.states


@pytest.mark.parametrize("message", [
    "Торшер привезли с погнутой ножкой и поцарапанным абажуром.",
    "В номере на потолке плесень, дышать тяжело.",
    "На линии постоянные помехи, собеседника не слышно.",
    "Подписку я отключил в мае, а деньги продолжают списывать.",
    "the delivery was so slow and the box arrived damaged",
])
def test_damage_faults_and_english_judgements_are_complaints(message):
    assert "complaint" in read_customer([message], load_lexicon(), 4000).states
