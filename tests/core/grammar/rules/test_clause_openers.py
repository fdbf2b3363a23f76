"""A clause word between a predicate and a verb of its own opens a clause, whatever the tree made of it."""

import pytest

from app.core.grammar.language import analyse
from app.core.grammar.rules.clause_openers import opener_between_verbs


def _gaps(text):
    return [f"{left.text} ‸ {right.text}" for left, right in opener_between_verbs(analyse(text).sentences[0])]


@pytest.mark.parametrize("text, gap", [
    ("Оператор уточнил где лежит накладная.", "уточнил ‸ где"),
    ("Мы не поняли зачем клиент звонил ночью.", "поняли ‸ зачем"),
    ("Я не знаю как его зовут.", "знаю ‸ как"),
    ("Мне интересно кто будет отвечать за доставку.", "интересно ‸ кто"),
    ("Мы выяснили как было на складе.", "выяснили ‸ как"),   # a verb of finding out asks «how it was»
    ("Я помню как было.", "помню ‸ как"),
])
def test_the_comma_goes_before_the_clause_word(text, gap):
    assert _gaps(text) == [gap]


@pytest.mark.parametrize("text", [
    "Ты где сейчас живёшь?",                    # no predicate before the clause word
    "Делайте что хотите.",                      # a set phrase
    "Он работает как обычно.",                  # a comparison, not a clause
    "Заходите когда вздумается.",               # a whole expression
    "Она пела как соловей и танцевала.",        # a comparison with a noun
    "Верните настройки как было.",              # «as it was»: a set comparison
    "Потом всё снова заработает как было.",
])
def test_no_clause_no_comma(text):
    assert _gaps(text) == []
