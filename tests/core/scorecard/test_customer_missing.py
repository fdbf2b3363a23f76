"""customer_missing: a thing absent from what came, or promised and absent, an owed thing missing after a deed, a
refusal shown on the screen, and money taken «хотя» it was not due — complaints told without a complaint word;
questions, suppositions and denials are not."""

from __future__ import annotations

import pytest

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_missing import charged_though, missing_thing, owed_missing, refused_on_screen
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


def _states(text):
    return read_customer([text], load_lexicon(), 4000).states


def test_an_owed_thing_missing_after_a_deed_is_a_complaint():
    text = "Оплатил подписку на год ещё в понедельник, обещанных баллов нет. Когда ждать?"
    assert owed_missing(text, tokenize(text)) == ["баллов нет"]
    assert "complaint" in _states("Съездили в тур по акции, кешбэка до сих пор нет.")
    assert "complaint" in _states("Посылку получила, а сертификата в ней не было.")


def test_a_status_a_supposition_or_a_question_is_not():
    for text in ("Если кешбэка нет, куда писать?", "Кешбэка нет?", "Раньше скидки на доставку не было, а теперь есть?",
                 "Проверил выписку, долгов нет.", "Баллов нет, а как их копить?"):
        assert owed_missing(text, tokenize(text)) == [], text


def test_a_refusal_shown_on_the_screen_is_a_complaint():
    text = "Пробую списать мили, а сайт выдаёт «операция недоступна»."
    assert refused_on_screen(text, tokenize(text)) == ["выдаёт «операция недоступна»"]
    assert "complaint" in _states("Ввожу купон, приложение пишет «купон не найден». Что с ним?")
    text = "Открыл страницу, там пишет «Добро пожаловать в клуб». Что дальше?"
    assert refused_on_screen(text, tokenize(text)) == []
