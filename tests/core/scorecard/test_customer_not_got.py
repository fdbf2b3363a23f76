"""What the customer did not get, told without complaint words: an owed thing missing after a deed, a refusal shown
on the screen — both ask for empathy (issue 15)."""

from __future__ import annotations

from app.core.scorecard.customer import read_customer
from app.core.scorecard.customer_not_got import owed_missing, refused_on_screen
from app.core.scorecard.lexicon import load_lexicon
from app.core.scorecard.words import tokenize


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
