"""misread_substantive(): an adjective in the genitive standing for a noun before the next clause's subject
(«из налоговой приложение получит»), and a form cited against another after «вместо» («Петров вместо Петрова»)."""

import pytest

from app.core.grammar.findings import Category, Finding
from app.core.grammar.misread_substantive import misread_substantive


def engine_finding(text: str, span: str, rule_id: str) -> Finding:
    return Finding(offset=text.index(span), length=len(span), message="…", category=Category.GRAMMAR,
                   rule_id=rule_id, source="embedded")


@pytest.mark.parametrize("text, span", [
    ("Ответ из налоговой приложение покажет в разделе «Документы».", "налоговой приложение"),
    ("Адрес приёмной письмо укажет само.", "приёмной письмо"),
])
def test_adjective_for_a_noun(text, span):
    assert misread_substantive(text, engine_finding(text, span, "Unify_Adj_NN_gender"))


@pytest.mark.parametrize("text, span", [
    ("Откройте раздел новой приложение.", "новой приложение"),  # no verb for «приложение»
    ("Мы установили в новой приложение обновление.", "новой приложение"),  # a preposition's adjective, our verb
])
def test_agreement_stays_reported(text, span):
    assert not misread_substantive(text, engine_finding(text, span, "Unify_Adj_NN_gender"))


@pytest.mark.parametrize("text, span", [
    ("В билете напечатано Семёнова вместо Семенов, билет переоформим.", "вместо Семенов"),
    ("Курьер записал Гришин вместо Гришина.", "вместо Гришина"),
])
def test_cited_forms(text, span):
    assert misread_substantive(text, engine_finding(text, span, "PREP_U_and_Noun"))


@pytest.mark.parametrize("text", [
    "На смену вышел Пётр вместо Иван.",
    "Приехал курьер вместо Иван.",
])
def test_instead_of_a_person_stays_reported(text):
    assert not misread_substantive(text, engine_finding(text, text[text.index("вместо"):-1], "PREP_U_and_Noun"))
