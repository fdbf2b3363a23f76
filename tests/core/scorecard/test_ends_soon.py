"""Something the customer wants ends within minutes or hours: urgency, so empathy is due (issue 15)."""

from __future__ import annotations

from app.core.scorecard.customer import read_customer
from app.core.scorecard.ends_soon import ends_soon
from app.core.scorecard.lexicon import load_lexicon
from app.core.scorecard.words import tokenize


def test_an_offer_or_a_window_closing_soon_presses_the_customer():
    text = "Касса с подарками закрывается через полчаса, а приложение не пускает."
    assert ends_soon(text, tokenize(text)) == ["закрывается через полчаса"]
    text = "Купон на ужин истекает сегодня, помогите его применить."
    assert ends_soon(text, tokenize(text)) == ["истекает сегодня"]
    assert "urgency" in read_customer(["Распродажа заканчивается через два часа, а корзина не грузится."],
                                      load_lexicon(), 4000).states


def test_a_question_a_supposition_or_a_far_date_does_not():
    for text in ("Когда заканчивается распродажа?", "Распродажа заканчивается сегодня?",
                 "Если купон истечёт через час, можно продлить?", "Акция заканчивается 30 июня, можно успеть?"):
        assert ends_soon(text, tokenize(text)) == [], text
