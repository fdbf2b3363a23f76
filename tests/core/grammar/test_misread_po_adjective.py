"""adjective_for_a_noun(): «по» + an adjective in «-ому» that makes no dictionary adverb stands for a noun left out
(«звоните по рабочему»); the adverbs of manner («по прежнему» → «по-прежнему») stay reported."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misread_po_adjective import adjective_for_a_noun


def engine_finding(text: str, span: str) -> Finding:
    return Finding(offset=text.index(span), length=len(span), message="Через дефис", category=Category.GRAMMAR,
                   rule_id="Pravopisanie_po-prezhnemu", source="embedded")


@pytest.mark.parametrize("text, span", [
    ("Лучше звоните по мобильному, городской не отвечает.", "по мобильному"),
    ("Расчёт с поставщиком идёт по безналичному.", "по безналичному"),
])
def test_a_noun_left_out(text, span):
    assert adjective_for_a_noun(text, engine_finding(text, span))


@pytest.mark.parametrize("text, span", [
    ("Тариф действует по прежнему.", "по прежнему"),   # «по-прежнему» is a dictionary adverb
    ("Сделайте всё по новому.", "по новому"),
    ("Пишите, как вам удобно.", "Пишите"),              # no «по» + adjective at all
])
def test_an_adverb_stays_reported(text, span):
    assert not adjective_for_a_noun(text, engine_finding(text, span))
